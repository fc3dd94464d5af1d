//! Batch: what happened to each job (the `--report` JSON, one object per
//! manifest row) and the totals.

use crate::diag::{Diagnostic, Location, Result};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What happened to one job.
#[derive(Debug, Clone, Serialize)]
pub struct JobReport {
    /// Line of the manifest.
    pub line: usize,
    /// Output file, when one was decided.
    pub output: Option<String>,
    /// What happened.
    pub status: Status,
    /// Pages of the leaflet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<usize>,
    /// Size of the PDF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<usize>,
    /// Time spent on the job, milliseconds.
    pub ms: f64,
    /// Why it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Warnings about a leaflet that was written (a message printed in
    /// English under `--allow-fallback`, say).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Absent for a row; `batch` for the one entry of a batch that stopped
    /// before its rows were read (a manifest that cannot be read, say).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
}

/// What a report entry is about, when it is not one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The whole batch, which stopped before making any leaflet.
    Batch,
}

/// What happened to one job; the report spells it `written`,
/// `up-to-date` or `failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Its PDF was made and written.
    Written,
    /// Its PDF was there already, made from the same inputs.
    UpToDate,
    /// It failed; the report's `error` says why.
    Failed,
}

/// Totals of a batch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// PDFs written.
    pub written: usize,
    /// Jobs skipped because their PDF was up to date.
    pub up_to_date: usize,
    /// Jobs that failed.
    pub failed: usize,
    /// Warnings about leaflets that were written.
    pub warnings: usize,
}

/// A job's first error on one line, `path:line:col: message (hint: ...)`,
/// for the report and the list of failed rows.
pub(super) fn first_message(d: &crate::diag::Diagnostics) -> String {
    d.0.iter()
        .find(|d| d.is_error())
        .map(|d| {
            let mut s = d.message.clone();
            if let Some(loc) = &d.location {
                if loc.line > 0 {
                    s = format!("{}:{}:{}: {s}", loc.path, loc.line, loc.column);
                } else if !loc.path.is_empty() {
                    s = format!("{}: {s}", loc.path);
                }
            }
            if let Some(h) = &d.hint {
                s.push_str(&format!(" (hint: {h})"));
            }
            s
        })
        .unwrap_or_else(|| "failed".to_string())
}

/// The JSON report, written to a temporary file and renamed at the end.
pub(super) struct ReportWriter {
    path: PathBuf,
    tmp: PathBuf,
    file: std::io::BufWriter<std::fs::File>,
    first: bool,
}

impl ReportWriter {
    pub(super) fn create(path: &Path) -> Result<ReportWriter> {
        let display = path.display().to_string();
        let tmp = crate::output::temp_path(path);
        let file = std::fs::File::create(&tmp).map_err(|e| {
            Diagnostic::error(format!("cannot write the report: {e}")).at(Location::file(&display))
        })?;
        let mut w = ReportWriter {
            path: path.to_path_buf(),
            tmp,
            file: std::io::BufWriter::new(file),
            first: true,
        };
        w.write(b"[")?;
        Ok(w)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.file.write_all(bytes).map_err(|e| {
            Diagnostic::error(format!("cannot write the report: {e}"))
                .at(Location::file(&self.path.display().to_string()))
                .into()
        })
    }

    pub(super) fn add(&mut self, r: &JobReport) -> Result<()> {
        let json = serde_json::to_string(r).expect("plain data");
        let sep: &[u8] = if self.first { b"\n  " } else { b",\n  " };
        self.first = false;
        self.write(sep)?;
        self.write(json.as_bytes())
    }

    pub(super) fn finish(mut self) -> Result<()> {
        self.write(b"\n]\n")?;
        self.file
            .flush()
            .map_err(|e| Diagnostic::error(format!("cannot write the report: {e}")))?;
        std::fs::rename(&self.tmp, &self.path).map_err(|e| {
            Diagnostic::error(format!("cannot write the report: {e}"))
                .at(Location::file(&self.path.display().to_string()))
                .into()
        })
    }
}
