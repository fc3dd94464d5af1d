//! Stage 1, load: batch manifests. In: the path of a manifest, CSV (one job
//! a row, streamed) or YAML (`defaults:` and `jobs:`). Out: the manifest-wide
//! defaults and an iterator of jobs, each with its line for errors. A
//! patient's name never appears in an error about the manifest: every
//! diagnostic is redacted before it leaves this file. YAML is parsed through
//! `yaml::parse_yaml`, so the YAML crate stays in one file.

use super::limits::{read_limited, MAX_YAML_MANIFEST};
use super::yaml::{parse_yaml, yaml_item_lines};
use super::SourceFile;
use crate::diag::{Diagnostic, Diagnostics, Location, Result, REDACTED};
use crate::model::{check_language_tag, CopyKind, Id, JobSpec, Manifest, Paper, PatientName};
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

/// The jobs of a batch manifest, read one at a time: CSV is streamed row by
/// row, so memory stays flat however long it is; YAML is read whole.
pub enum ManifestJobs {
    /// A CSV manifest.
    Csv {
        /// Display path.
        path: String,
        /// The reader.
        reader: Box<csv::Reader<BufReader<File>>>,
        /// Column names, normalised; an empty string for a column this
        /// program does not read (its values are never looked at).
        columns: Vec<String>,
        /// Counts lines up to a record's byte offset (the csv crate's own
        /// line numbers are off after CRLF endings and blank lines).
        lines: LineCounter,
    },
    /// A YAML manifest, with the line of each job.
    Yaml(std::vec::IntoIter<(usize, JobSpec)>),
}

/// The CSV columns a manifest may have.
const CSV_COLUMNS: [&str; 9] = [
    "topic",
    "locale",
    "concerns",
    "paper",
    "large_print",
    "output",
    "clinic",
    "patient_name",
    "copy",
];

/// The separators a CSV manifest's header row is tried with: a comma, a
/// semicolon (a spreadsheet's export in locales whose decimal mark is a
/// comma: Spanish, Portuguese, German...), a tab.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// How much of a CSV manifest is read to find its header row and separator.
const SNIFF_BYTES: u64 = 64 * 1024;

/// How a manifest names the patient's name field.
const PATIENT_KEYS: [&str; 2] = ["patient-name", "patient_name"];

/// An opened manifest: its jobs, its defaults and what was said about it.
#[derive(Debug)]
pub struct OpenManifest {
    /// The jobs, read as they are taken.
    pub jobs: ManifestJobs,
    /// The manifest-wide defaults (YAML only; empty for CSV).
    pub defaults: JobSpec,
    /// Warnings about the manifest as a whole (columns it ignores), each
    /// at its line; never with a value of a row.
    pub warnings: Diagnostics,
}

/// Opens a manifest (`.csv`, else YAML).
pub fn open_manifest(path: &Path) -> Result<OpenManifest> {
    let display = path.display().to_string();
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        open_csv(path, display)
    } else {
        open_yaml(path, display)
    }
}

/// A manifest saved as UTF-16 (a spreadsheet's "Unicode text"), known by
/// its byte-order mark, or by the zero bytes of UTF-16 ASCII: an error
/// that says how to save it instead.
fn refuse_utf16(head: &[u8], display: &str) -> Result<()> {
    let bom = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    if bom || first_line.contains(&0) {
        return Err(Diagnostic::error(
            "the manifest is saved as UTF-16 (\"Unicode text\"); it must be UTF-8",
        )
        .at(Location::file(display))
        .hint("in the spreadsheet, save it again as \"CSV UTF-8 (comma delimited)\" (Excel) or as CSV with the character set UTF-8 (LibreOffice)")
        .into());
    }
    Ok(())
}

/// A CSV manifest, its header row checked and its separator found; its
/// rows are read as the jobs are taken. A CSV manifest has no defaults.
fn open_csv(path: &Path, display: String) -> Result<OpenManifest> {
    let open = || -> Result<File> {
        File::open(path).map_err(|e| {
            Diagnostic::error(format!("cannot read the manifest: {e}"))
                .at(Location::file(&display))
                .into()
        })
    };
    let mut head = Vec::new();
    {
        use std::io::Read;
        open()?
            .take(SNIFF_BYTES)
            .read_to_end(&mut head)
            .map_err(|e| {
                Diagnostic::error(format!("cannot read the manifest: {e}"))
                    .at(Location::file(&display))
            })?;
    }
    refuse_utf16(&head, &display)?;
    let header = sniff_header(&head, &display)?;
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .delimiter(header.delimiter)
        // Rows of another length are reported by `next`, which first skips
        // rows with no value at all (a blank spreadsheet row is `,,,`).
        .flexible(true)
        .from_reader(BufReader::new(open()?));
    let headers = reader
        .byte_headers()
        .map_err(|e| {
            Diagnostic::error(format!("cannot read the manifest's header row: {e}"))
                .at(Location::file(&display))
        })?
        .clone();
    let (columns, ignored) = csv_columns(&headers);
    let mut warnings = Diagnostics::default();
    if !ignored.is_empty() {
        warnings.push(ignored_columns(&ignored, &header, &display));
    }
    // A second handle, so line numbers are counted without buffering rows.
    let lines = LineCounter {
        reader: BufReader::new(open()?),
        offset: 0,
        line: 1,
    };
    Ok(OpenManifest {
        jobs: ManifestJobs::Csv {
            path: display,
            reader: Box::new(reader),
            columns,
            lines,
        },
        defaults: JobSpec::default(),
        warnings,
    })
}

/// A column name as the manifest means it: lower case, `_` for `-`, no
/// byte-order mark, no surrounding white space.
fn normalise_column(name: &str) -> String {
    name.trim_start_matches('\u{feff}')
        .trim()
        .to_ascii_lowercase()
        .replace('-', "_")
}

/// The separator of a CSV manifest and its header line (as text, for a
/// warning's place): the one of [`DELIMITERS`] under which the first row
/// names the most known columns (a comma on a tie). A first row that names
/// none is an error, which does not quote it: with no header row, the first
/// row is a patient's.
fn sniff_header(head: &[u8], display: &str) -> Result<Header> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let known = |delimiter: u8| -> usize {
        let mut r = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(head);
        let mut record = csv::ByteRecord::new();
        match r.read_byte_record(&mut record) {
            Ok(true) => record
                .iter()
                .filter(|f| {
                    let name = normalise_column(&String::from_utf8_lossy(f));
                    CSV_COLUMNS.contains(&name.as_str())
                })
                .count(),
            _ => 0,
        }
    };
    let (best, count) = DELIMITERS
        .iter()
        .map(|&d| (d, known(d)))
        .fold(
            (b',', 0),
            |best, this| if this.1 > best.1 { this } else { best },
        );
    if count == 0 {
        return Err(Diagnostic::error(
            "the first row of the manifest names none of its columns",
        )
        .at(Location::file(display))
        .note("a CSV manifest starts with a header row naming its columns, separated by commas, semicolons or tabs")
        .hint(format!("add a header row with any of: {}", CSV_COLUMNS.join(", ")))
        .into());
    }
    let (at, line) = head
        .split(|&b| b == b'\n')
        .enumerate()
        .find(|(_, l)| !l.iter().all(|b| b.is_ascii_whitespace()))
        .unwrap_or((0, b""));
    let header = Header {
        delimiter: best,
        line: at + 1,
        text: String::from_utf8_lossy(line).trim_end().to_string(),
    };
    Ok(header)
}

/// A CSV manifest's header row, as found by [`sniff_header`].
struct Header {
    /// The separator.
    delimiter: u8,
    /// Its line.
    line: usize,
    /// Its text, for a warning's place.
    text: String,
}

/// The header row's column names, normalised, and the names of the ones
/// this program does not read (an MRN, a date of birth: a spreadsheet's
/// other columns), each of which becomes an empty name, never read.
fn csv_columns(headers: &csv::ByteRecord) -> (Vec<String>, Vec<String>) {
    let mut columns = Vec::new();
    let mut ignored = Vec::new();
    for h in headers.iter() {
        let h = String::from_utf8_lossy(h);
        let h = h.as_ref();
        let name = normalise_column(h);
        if CSV_COLUMNS.contains(&name.as_str()) {
            columns.push(name);
        } else {
            ignored.push(h.trim_start_matches('\u{feff}').trim().to_string());
            columns.push(String::new());
        }
    }
    (columns, ignored)
}

/// The one warning about the columns a manifest has but this program does
/// not read: it names them (a header, not a patient's data) and never
/// quotes a value of theirs.
fn ignored_columns(ignored: &[String], header: &Header, display: &str) -> Diagnostic {
    /// Longest column name quoted whole.
    const NAME_MAX: usize = 40;
    let names: Vec<String> = ignored
        .iter()
        .filter(|n| !n.is_empty())
        .map(|n| {
            let mut short: String = n.chars().take(NAME_MAX).collect();
            if short.len() < n.len() {
                short.push('…');
            }
            format!("`{short}`")
        })
        .collect();
    let unnamed = ignored.len() - names.len();
    let mut what = match names.len() {
        0 => String::new(),
        1 => format!("the column {}", names[0]),
        _ => format!("the columns {}", names.join(", ")),
    };
    if unnamed > 0 {
        if !what.is_empty() {
            what.push_str(" and ");
        }
        what.push_str(&match unnamed {
            1 => "1 column with no name".to_string(),
            n => format!("{n} columns with no name"),
        });
    }
    let mut location = Location::file(display);
    location.line = header.line;
    location.column = 1;
    location.snippet = header.text.clone();
    location.width = header.text.chars().count().max(1);
    Diagnostic::warning(format!("ignoring {what}: a manifest does not read them"))
        .at(location)
        .hint(format!("the columns read are {}", CSV_COLUMNS.join(", ")))
}

/// A YAML manifest, read whole: its jobs with their lines, and its
/// defaults (which may not name a patient).
fn open_yaml(path: &Path, display: String) -> Result<OpenManifest> {
    let bytes = read_limited(
        path,
        MAX_YAML_MANIFEST,
        &display,
        "a YAML manifest",
        "use a CSV manifest for very large batches: it is read row by row, whatever its size",
    )?;
    refuse_utf16(&bytes, &display)?;
    let file = SourceFile::outside(display.clone(), bytes);
    // An error quoting a line of the manifest must not show a patient's
    // name: the names written in it are redacted from every message.
    let lossy = String::from_utf8_lossy(file.bytes.as_slice()).into_owned();
    let text = file.text().map_err(|d| redact_manifest(d, &lossy))?;
    let manifest: Manifest = parse_yaml(&display, text, "the README's section on batches")
        .map_err(|d| redact_manifest(d, text))?;
    if manifest.defaults.patient_name.is_some() {
        return Err(redact_manifest(name_in_defaults(&display, text), text));
    }
    let lines = yaml_item_lines(text, "jobs");
    // Flow style (`jobs: [{...}]`) has no item lines: name the key's.
    let jobs_line = text
        .lines()
        .position(|l| l.starts_with("jobs:"))
        .map_or(1, |i| i + 1);
    let jobs: Vec<(usize, JobSpec)> = manifest
        .jobs
        .into_iter()
        .enumerate()
        .map(|(i, j)| (lines.get(i).copied().unwrap_or(jobs_line), j))
        .collect();
    Ok(OpenManifest {
        jobs: ManifestJobs::Yaml(jobs.into_iter()),
        defaults: manifest.defaults,
        warnings: Diagnostics::default(),
    })
}

/// The error for a patient name under `defaults:`, at its key.
fn name_in_defaults(display: &str, text: &str) -> Diagnostics {
    let at = text
        .find("defaults:")
        .and_then(|d| {
            PATIENT_KEYS
                .iter()
                .filter_map(|k| text[d..].find(k))
                .min()
                .map(|i| d + i)
        })
        .unwrap_or(0);
    Diagnostic::error("a patient name in `defaults` would print on every leaflet")
        .at(Location::new(display, text, at..at + PATIENT_KEYS[0].len()))
        .hint("give `patient-name` to the job it belongs to, under `jobs:`")
        .into()
}

impl Iterator for ManifestJobs {
    type Item = (usize, Result<JobSpec>);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            ManifestJobs::Yaml(it) => it.next().map(|(line, j)| (line, Ok(j))),
            ManifestJobs::Csv {
                reader,
                columns,
                lines,
                ..
            } => {
                // Bytes, so a column this program does not read may hold
                // anything (a Latin-1 export of a name, say).
                let mut record = csv::ByteRecord::new();
                let result = loop {
                    match reader.read_byte_record(&mut record) {
                        // A blank spreadsheet row (`,,,`) is no job.
                        Ok(true) if record.iter().all(<[u8]>::is_empty) => continue,
                        other => break other,
                    }
                };
                let result = result.map(|more| {
                    let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
                    (more, line)
                });
                match result {
                    Ok((false, _)) => None,
                    Err(e) => {
                        let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                        Some((line, Err(row_error(&e).into())))
                    }
                    Ok((true, line)) if record.len() != columns.len() => {
                        Some((line, Err(wrong_length(record.len(), columns.len()).into())))
                    }
                    Ok((true, line)) => {
                        // An error about this row never shows its patient's name.
                        let name = columns
                            .iter()
                            .position(|c| c == "patient_name")
                            .and_then(|i| record.get(i))
                            .map(String::from_utf8_lossy)
                            .unwrap_or_default();
                        Some((line, csv_job(columns, &record).map_err(|d| d.redact(&name))))
                    }
                }
            }
        }
    }
}

/// A row with another number of fields than the header.
fn wrong_length(len: usize, expected_len: usize) -> Diagnostic {
    Diagnostic::error(format!(
        "this row has {len} field{}; the header has {expected_len}",
        if len == 1 { "" } else { "s" }
    ))
    .hint("a value with the separator (a comma or semicolon) in it must be in double quotes; check for a quote that is not closed")
}

/// A CSV row that could not be read, said for someone with a spreadsheet.
fn row_error(e: &csv::Error) -> Diagnostic {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => wrong_length(*len as usize, *expected_len as usize),
        _ => Diagnostic::error(format!("cannot read this row: {e}")),
    }
}

/// The job of one CSV row; an empty cell leaves its field unset.
fn csv_job(columns: &[String], record: &csv::ByteRecord) -> Result<JobSpec> {
    let mut job = JobSpec::default();
    for (col, value) in columns.iter().zip(record.iter()) {
        // A column this program does not read: its value is not looked at.
        if value.is_empty() || col.is_empty() {
            continue;
        }
        let v = String::from_utf8(value.to_vec()).map_err(|_| {
            Diagnostic::error(format!("the `{col}` field is not valid UTF-8"))
                .hint("save the manifest as UTF-8 (in a spreadsheet: CSV UTF-8)")
        })?;
        match col.as_str() {
            "topic" => {
                Id::new(&v).map_err(Diagnostic::error)?;
                job.topic = Some(v)
            }
            "locale" => {
                check_language_tag(&v).map_err(Diagnostic::error)?;
                job.locale = Some(v)
            }
            "concerns" => {
                let ids: Vec<String> = v
                    // `;` as documented; `,` too, which a semicolon-separated
                    // file lets a spreadsheet user type unquoted.
                    .split([';', ','])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                for id in &ids {
                    Id::new(id).map_err(Diagnostic::error)?;
                }
                job.concerns = Some(ids)
            }
            "paper" => {
                job.paper = Some(match v.to_ascii_lowercase().as_str() {
                    "letter" => Paper::Letter,
                    "a4" => Paper::A4,
                    _ => {
                        return Err(Diagnostic::error(format!(
                            "paper `{v}` is neither letter nor a4"
                        ))
                        .into())
                    }
                })
            }
            "large_print" => {
                job.large_print = Some(match v.to_ascii_lowercase().as_str() {
                    "true" | "yes" | "1" | "y" => true,
                    "false" | "no" | "0" | "n" => false,
                    _ => {
                        return Err(Diagnostic::error(format!(
                            "large_print `{v}` is not yes or no"
                        ))
                        .into())
                    }
                })
            }
            "output" => job.output = Some(v),
            "clinic" => job.clinic = Some(v),
            "patient_name" => job.patient_name = Some(PatientName::new(v)),
            "copy" => {
                job.copy = Some(match v.to_ascii_lowercase().as_str() {
                    "patient" => CopyKind::Patient,
                    "clinician" => CopyKind::Clinician,
                    _ => {
                        return Err(Diagnostic::error(format!(
                            "copy `{v}` is neither patient nor clinician"
                        ))
                        .into())
                    }
                })
            }
            _ => {}
        }
    }
    Ok(job)
}

/// Turns byte offsets into 1-based line numbers, reading the file once,
/// forwards only.
pub struct LineCounter {
    reader: BufReader<File>,
    offset: u64,
    line: usize,
}

impl LineCounter {
    /// The line of the byte at `offset` (offsets must not go backwards).
    fn line_at(&mut self, offset: u64) -> usize {
        use std::io::BufRead;
        while self.offset < offset {
            let Ok(buf) = self.reader.fill_buf() else {
                break;
            };
            if buf.is_empty() {
                break;
            }
            let take = buf.len().min((offset - self.offset) as usize);
            self.line += buf[..take].iter().filter(|&&b| b == b'\n').count();
            self.reader.consume(take);
            self.offset += take as u64;
        }
        // The csv crate reports a record as starting where reading resumed:
        // on the LF of a CRLF or on a blank line before it. A record never
        // starts with a line break, so skip them.
        while let Ok(buf) = self.reader.fill_buf() {
            let n = buf
                .iter()
                .take_while(|&&b| b == b'\r' || b == b'\n')
                .count();
            let newlines = buf[..n].iter().filter(|&&b| b == b'\n').count();
            let more = n == buf.len() && n > 0;
            if n == 0 {
                break;
            }
            self.line += newlines;
            self.reader.consume(n);
            self.offset += n as u64;
            if !more {
                break;
            }
        }
        self.line
    }
}

/// The patient names written in a YAML manifest's text (`patient-name:
/// VALUE`, block or flow style), found without parsing it, so that even a
/// manifest that does not parse never has them echoed.
fn patient_names_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for key in PATIENT_KEYS {
        let mut from = 0;
        while let Some(i) = text[from..].find(key) {
            let at = from + i;
            let after = &text[at + key.len()..];
            from = at + key.len();
            let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
            let flow = text[line_start..at].contains('{');
            let Some(rest) = after.trim_start_matches([' ', '\t']).strip_prefix(':') else {
                continue;
            };
            let line = rest.split(['\n', '\r']).next().unwrap_or("").trim();
            let value = match line.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = &line[1..];
                    inner.split(q).next().unwrap_or(inner)
                }
                _ => {
                    let v = line.split(" #").next().unwrap_or(line);
                    if flow {
                        v.split([',', '}']).next().unwrap_or(v)
                    } else {
                        v
                    }
                }
            }
            .trim();
            if !value.is_empty() && !matches!(value, "|" | ">" | "|-" | ">-") {
                out.push(value.to_string());
            }
        }
    }
    // Longest first, so a name that holds another is replaced whole.
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

/// Redacts the patient names of a manifest's `text` from diagnostics about
/// it; a quoted source line holding a patient-name field shows the field
/// without its value.
fn redact_manifest(mut diags: Diagnostics, text: &str) -> Diagnostics {
    for name in patient_names_in(text) {
        diags = diags.redact(&name);
    }
    for d in &mut diags.0 {
        if let Some(loc) = &mut d.location {
            if let Some(k) = PATIENT_KEYS.iter().find_map(|k| loc.snippet.find(k)) {
                let value = loc.snippet[k..]
                    .split_once(':')
                    .map(|(_, v)| v.trim_start());
                if value.is_some_and(|v| v.starts_with(REDACTED)) {
                    continue;
                }
                if let Some(colon) = loc.snippet[k..].find(':') {
                    loc.snippet.truncate(k + colon + 1);
                    loc.snippet.push(' ');
                    loc.snippet.push_str(REDACTED);
                }
            }
        }
    }
    diags
}

impl std::fmt::Debug for LineCounter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LineCounter")
            .field("line", &self.line)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for ManifestJobs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ManifestJobs")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patient_names_are_found_in_a_manifest_that_may_not_parse() {
        let text = "defaults: {topic: t}\njobs:\n  - patient-name: Ruiz, Ana # x\n  - {locale: es, patient_name: 'Bo Li', paper: a4}\n  - patient-name: \"Cy D\n";
        assert_eq!(patient_names_in(text), ["Ruiz, Ana", "Bo Li", "Cy D"]);
    }
}
