//! Serve, the work: a checked form becomes a [`Job`] and then a document,
//! on a bounded pool of blocking threads (typesetting is CPU work).
//!
//! Privacy: a job without a patient name borrows a typesetter from a pool
//! (its caches make the next leaflet faster, as in a batch); a job with a
//! name runs on a thread of its own with a fresh typesetter, both dropped
//! with the response, so no cache of the server (shaped words, laid-out
//! paragraphs, the PDF stage's per-thread memo) keeps anything of it.

use super::form::{Choices, Copy, Field, Format, LeafletForm, Problem};
use super::Server;
use crate::diag::{Diagnostic, Diagnostics, Kind};
use crate::l10n::pseudo_locale;
use crate::layout::Typesetter;
use crate::leaflet::{check_patient_name, make_leaflet_with, resolve_paper, Job};
use crate::model::PatientName;
use crate::model::{CopyKind, Format as ModelFormat};

/// A made document and how to name it.
pub(super) struct Document {
    /// The bytes.
    pub bytes: Vec<u8>,
    /// Its media type.
    pub content_type: &'static str,
    /// Its file name (`TOPIC-LOCALE.pdf`), never anything of the patient.
    pub file_name: String,
}

/// Checks a form against the content and makes its job: the topic exists,
/// its concerns are the topic's, the locale is a locale folder (or a
/// pseudo-locale), the name can be printed.
pub(super) fn job(
    server: &Server,
    form: &LeafletForm,
    choices: &Choices,
) -> Result<Job, Vec<Problem>> {
    let lib = server.lib;
    let mut problems = Vec::new();
    let topic_id = form.topic.trim();
    let topic = match lib.topic(topic_id) {
        Ok(t) => Some(t),
        Err(_) if !lib.content.topic_ids().iter().any(|t| t == topic_id) => {
            problems.push(
                Problem::new(Field::Topic, "serve-error-topic-unknown")
                    .arg("topics", lib.content.topic_ids().join(", ")),
            );
            None
        }
        Err(d) => {
            problems.push(Problem::new(Field::Form, "serve-error-leaflet").detail(words_of(&d)));
            None
        }
    };
    if let Some(t) = &topic {
        let valid: Vec<&str> = t.topic.concerns.iter().map(|c| c.id.as_str()).collect();
        for c in &form.concerns {
            if !valid.contains(&c.trim()) {
                let shown: String = c.chars().filter(|c| !c.is_control()).take(64).collect();
                problems.push(
                    Problem::new(Field::Concern, "serve-error-concern-unknown")
                        .arg("concern", shown)
                        .arg("concerns", valid.join(", ")),
                );
            }
        }
    }
    let locale = match locale_of(server, form.locale.trim()) {
        Ok(l) => l,
        Err(p) => {
            problems.push(p);
            String::new()
        }
    };
    let patient_name = PatientName::given(&form.patient_name);
    if let Some(name) = &patient_name {
        if let Err(d) = check_patient_name(lib, name.as_str()) {
            let d = d.redact(name.as_str());
            problems
                .push(Problem::new(Field::PatientName, "serve-error-name").detail(words_of(&d)));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let clinic = server.clinic.clone();
    let paper = resolve_paper(choices.paper, clinic.as_ref(), server.region_paper);
    Ok(Job {
        concerns: form.concerns.iter().map(|c| c.trim().to_string()).collect(),
        clinic,
        large_print: choices.large_print,
        allow_fallback: server.allow_fallback,
        patient_name,
        epoch: server.epoch,
        copy: match choices.copy {
            Copy::Patient => CopyKind::Patient,
            Copy::Clinician => CopyKind::Clinician,
        },
        format: match choices.format {
            Format::Pdf => ModelFormat::Pdf,
            Format::Html => ModelFormat::Html,
        },
        ..Job::new(topic_id, &locale, paper)
    })
}

/// The locale a form asks for, as a locale folder's own id: only those
/// (and the pseudo-locales) are taken, so that the server's caches hold
/// one entry per folder whatever is sent; `es-MX` is told to send `es`.
fn locale_of(server: &Server, asked: &str) -> Result<String, Problem> {
    let asked = if asked.is_empty() {
        crate::l10n::REFERENCE_LOCALE
    } else {
        asked
    };
    if let Some(p) = pseudo_locale(asked) {
        return Ok(p.to_string());
    }
    let available = server.lib.content.locale_ids();
    if let Some(l) = available.iter().find(|l| l.eq_ignore_ascii_case(asked)) {
        return Ok(l.clone());
    }
    let shown: String = asked.chars().filter(|c| !c.is_control()).take(64).collect();
    match crate::l10n::negotiate(asked, &available) {
        Some(folder) => Err(Problem::new(Field::Locale, "serve-error-locale-served-by")
            .arg("locale", shown)
            .arg("folder", folder)),
        None => Err(Problem::new(Field::Locale, "serve-error-locale-unknown")
            .arg("locales", available.join(", "))),
    }
}

/// Makes the document of a checked job. Runs on a blocking thread.
pub(super) fn make(server: &Server, job: &Job) -> Result<Document, Vec<Problem>> {
    let leaflet = if job.patient_name.is_some() {
        // A thread and a typesetter of its own, gone with it.
        std::thread::scope(|s| {
            s.spawn(|| {
                let mut ts = Typesetter::new(&server.lib.fonts);
                make_leaflet_with(server.lib, job, &mut ts)
            })
            .join()
            .unwrap_or_else(|_| Err(Diagnostic::error("the leaflet could not be made").into()))
        })
    } else {
        let mut ts = server.typesetter();
        let made = make_leaflet_with(server.lib, job, &mut ts);
        server.give_back(ts);
        made
    };
    let leaflet = leaflet.map_err(|d| problems_of(job, &d))?;
    for w in &leaflet.warnings {
        eprintln!("warning: {w}");
    }
    // Named as `handout render` names it.
    let suffix = match (job.copy, job.large_print) {
        (CopyKind::Clinician, _) => "-clinician",
        (CopyKind::Patient, true) => "-large",
        (CopyKind::Patient, false) => "",
    };
    Ok(Document {
        bytes: leaflet.bytes,
        content_type: match job.format {
            ModelFormat::Pdf => "application/pdf",
            ModelFormat::Html => "text/html; charset=utf-8",
        },
        file_name: format!(
            "{}-{}{suffix}.{}",
            job.topic,
            leaflet.locale,
            job.format.extension()
        ),
    })
}

/// The field a failed leaflet's diagnostics belong to: a message of the
/// translation that is missing or broken, or a character of it no font
/// draws, is the locale's; anything else is the whole form's.
fn problems_of(job: &Job, diags: &Diagnostics) -> Vec<Problem> {
    let name = job.patient_name.as_ref().map_or("", PatientName::as_str);
    diags
        .0
        .iter()
        .filter(|d| d.is_error())
        .map(|d| {
            let d = d.clone().redact(name);
            let of_translation = matches!(d.kind, Kind::Message | Kind::MissingGlyphs { .. })
                || d.location
                    .as_ref()
                    .is_some_and(|l| l.path.contains("locales/"));
            if of_translation {
                Problem::new(Field::Locale, "serve-error-locale-messages")
                    .arg("locale", job.locale.clone())
                    .detail(words_of_one(&d))
            } else {
                Problem::new(Field::Form, "serve-error-leaflet").detail(words_of_one(&d))
            }
        })
        .collect()
}

/// A diagnostic in words: where (file and line), what, and the hint; no
/// snippet, no caret.
fn words_of_one(d: &Diagnostic) -> String {
    let mut s = String::new();
    if let Some(loc) = &d.location {
        if loc.line > 0 {
            s.push_str(&format!("{}, line {}: ", loc.path, loc.line));
        } else {
            s.push_str(&format!("{}: ", loc.path));
        }
    }
    if s.is_empty() {
        s.push_str(&sentence(&d.message));
    } else {
        s.push_str(&d.message);
    }
    if let Some(h) = &d.hint {
        s.push_str(" (");
        s.push_str(h);
        s.push(')');
    }
    s
}

/// A message as a sentence of its own after the page's: capital first.
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The words of every error of `diags`, one sentence after another.
fn words_of(diags: &Diagnostics) -> String {
    diags
        .0
        .iter()
        .filter(|d| d.is_error())
        .map(words_of_one)
        .collect::<Vec<_>>()
        .join(" ")
}
