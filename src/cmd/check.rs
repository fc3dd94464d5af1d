//! `handout check`: runs the translators' checks (`crate::check`) and
//! prints the report for people (`human`), editors (`short`, one
//! `path:line:col: severity: message` per line) or programs (`json`).

use crate::check::Report;
use crate::cli::{CheckArgs, CheckFormat};
use crate::diag::{Diagnostic, Result, Severity};

/// Records accepted translations if asked, checks, prints; an error when the
/// report holds errors.
pub(super) fn run(args: CheckArgs) -> Result<()> {
    if args.accept {
        let dir = args
            .content
            .content
            .as_deref()
            .expect("clap requires --content");
        for f in crate::check::accept(dir, &args.locales)? {
            eprintln!("recorded {}", f.display());
        }
    }
    let report = crate::check::check(args.content.content.as_deref(), &args.locales)?;
    let mut stdout = std::io::stdout().lock();
    let failed = print(&report, args.format, &mut stdout)
        .map_err(|e| Diagnostic::error(format!("cannot write to standard output: {e}")))?;
    if failed {
        Err(Diagnostic::error("check found errors").into())
    } else {
        Ok(())
    }
}

/// Prints a report. Returns true when it holds errors.
fn print(
    report: &Report,
    format: CheckFormat,
    out: &mut dyn std::io::Write,
) -> std::io::Result<bool> {
    let has_errors = report.diagnostics.has_errors();
    match format {
        CheckFormat::Human => {
            for d in &report.diagnostics.0 {
                writeln!(out, "{d}")?;
            }
            writeln!(
                out,
                "{:<10} {:<9} {:>9} {:>7} {:>9}  {:<24} translated",
                "locale", "status", "complete", "errors", "warnings", "reading level"
            )?;
            for l in &report.locales {
                let grade = crate::check::hardest(&report.grades, &l.locale)
                    .map_or("not measured".to_string(), |g| {
                        format!("{} {:.1}", g.formula, g.value)
                    });
                writeln!(
                    out,
                    "{:<10} {:<9} {:>8.1}% {:>7} {:>9}  {grade:<24} {:>9.1}%",
                    l.locale,
                    l.status.as_str(),
                    l.completeness,
                    l.errors,
                    l.warnings,
                    l.translated
                )?;
            }
        }
        CheckFormat::Short => {
            for d in &report.diagnostics.0 {
                writeln!(out, "{}", short(d))?;
            }
        }
        CheckFormat::Json => {
            let diags: Vec<serde_json::Value> = report
                .diagnostics
                .0
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "severity": if d.severity == Severity::Error { "error" } else { "warning" },
                        "path": d.location.as_ref().map(|l| l.path.clone()),
                        "line": d.location.as_ref().filter(|l| l.line > 0).map(|l| l.line),
                        "column": d.location.as_ref().filter(|l| l.line > 0).map(|l| l.column),
                        "message": d.message,
                        "notes": d.notes,
                        "hint": d.hint,
                    })
                })
                .collect();
            let value = serde_json::json!({ "locales": report.locales, "reading_levels": report.grades, "diagnostics": diags });
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&value).expect("plain data")
            )?;
        }
    }
    Ok(has_errors)
}

/// `path:line:col: severity: message`, on one line.
fn short(d: &Diagnostic) -> String {
    let kind = if d.is_error() { "error" } else { "warning" };
    match &d.location {
        Some(l) if l.line > 0 => {
            format!("{}:{}:{}: {kind}: {}", l.path, l.line, l.column, d.message)
        }
        Some(l) => format!("{}: {kind}: {}", l.path, d.message),
        None => format!("{kind}: {}", d.message),
    }
}
