//! `handout render`: one leaflet to a file or standard output.

use super::{epoch_from_env, paper_from_env};
use crate::cli::{CopyArg, Emit, FormatArg, PaperArg, RenderArgs};
use crate::diag::{Diagnostic, Result};
use crate::leaflet::{make_leaflet, render_markup, resolve_paper, Job, Library};
use crate::model::{CopyKind, Format, Paper, PatientName};
use crate::output::write_atomically;
use std::io::Write;
use std::path::PathBuf;

/// Makes the leaflet (or its markup, with `--emit markup`) and writes it;
/// its warnings go to `warn`.
pub(super) fn run(args: RenderArgs, warn: &mut dyn FnMut(&Diagnostic)) -> Result<()> {
    let lib = Library::open(args.content.content.as_deref())?;
    let clinic = args.clinic.as_deref().map(|p| lib.clinic(p)).transpose()?;
    let asked = args.paper.map(|p| match p {
        PaperArg::Letter => Paper::Letter,
        PaperArg::A4 => Paper::A4,
    });
    let paper = resolve_paper(asked, clinic.as_ref(), paper_from_env());
    let job = Job {
        topic: args.topic.clone(),
        locale: args.locale.clone(),
        concerns: args.concerns.clone(),
        clinic,
        paper,
        large_print: args.large_print,
        allow_fallback: args.allow_fallback,
        epoch: epoch_from_env()?,
        format: match (args.format, &args.output) {
            (Some(FormatArg::Pdf), _) => Format::Pdf,
            (Some(FormatArg::Html), _) => Format::Html,
            (None, Some(out)) => Format::of_path(out),
            (None, None) => Format::Pdf,
        },
        patient_name: args.patient_name.as_deref().and_then(PatientName::given),
        copy: match args.copy {
            CopyArg::Patient => CopyKind::Patient,
            CopyArg::Clinician => CopyKind::Clinician,
        },
        clinician_locale: args.clinician_locale.clone(),
    };
    let (bytes, locale, warnings) = match args.emit {
        Emit::Pdf => {
            let l = make_leaflet(&lib, &job)?;
            (l.bytes, l.locale, l.warnings)
        }
        Emit::Markup => {
            let r = render_markup(&lib, &job)?;
            (r.markup.into_bytes(), r.locale, r.warnings)
        }
    };
    for w in &warnings {
        warn(&Diagnostic::warning(w.clone()));
    }
    let ext = match args.emit {
        Emit::Pdf => job.format.extension(),
        Emit::Markup => "xml",
    };
    let out = args.output.unwrap_or_else(|| {
        let suffix = match (job.copy, job.large_print) {
            (CopyKind::Clinician, _) => "-clinician",
            (CopyKind::Patient, true) => "-large",
            (CopyKind::Patient, false) => "",
        };
        PathBuf::from(format!("{}-{}{suffix}.{ext}", job.topic, locale))
    });
    if out.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&bytes)
            .and_then(|()| stdout.flush())
            .map_err(|e| Diagnostic::error(format!("cannot write to standard output: {e}")))?;
        Ok(())
    } else {
        write_atomically(&out, &bytes)
    }
}
