//! Stage 1, load: finds and reads every input. In: the embedded built-in
//! content (topics, locales, templates, fonts, compiled into the binary), an
//! optional overlay folder (`--content DIR`, same layout; a file there
//! replaces the built-in one of the same path), a clinic profile path. Out:
//! source files with display paths, parsed topics and clinic profiles. The
//! only module that names the YAML crate, so a maintained fork can replace
//! it here alone.

use crate::diag::{Diagnostic, Location, Result};
use crate::model::{Clinic, Id, LocaleInfo, Topic};
use include_dir::{include_dir, Dir};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

static BUILTIN_TOPICS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/topics");
static BUILTIN_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
static BUILTIN_TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");
static BUILTIN_FONTS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/fonts");

/// Largest text input read (a topic, FTL file or template).
pub const MAX_TEXT_FILE: u64 = 4 * 1024 * 1024;
/// Deepest folder read in a content folder (`locales/es/extra/...`).
pub const MAX_CONTENT_DEPTH: usize = 4;
/// Largest font file read.
pub const MAX_FONT_FILE: u64 = 64 * 1024 * 1024;

/// The bytes of one input file.
#[derive(Debug, Clone)]
pub enum Bytes {
    /// Compiled into the binary.
    Static(&'static [u8]),
    /// Read from the overlay folder.
    Owned(Arc<[u8]>),
}

impl Bytes {
    /// The bytes.
    pub fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Static(b) => b,
            Bytes::Owned(b) => b,
        }
    }
}

/// One input file: where it came from and what it holds.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the content root (`locales/es/leaflet.ftl`).
    pub rel: String,
    /// Path as shown in diagnostics: the relative path for built-in files,
    /// the real path for a user's files.
    pub display: String,
    /// Contents.
    pub bytes: Bytes,
    /// True when it comes from the user's overlay folder.
    pub user: bool,
}

impl SourceFile {
    /// The contents as UTF-8 text, without a leading byte-order mark.
    pub fn text(&self) -> Result<&str> {
        let s = std::str::from_utf8(self.bytes.as_slice()).map_err(|e| {
            let at = e.valid_up_to();
            let text = String::from_utf8_lossy(&self.bytes.as_slice()[..at]).into_owned();
            Diagnostic::error("the file is not valid UTF-8")
                .at(Location::new(&self.display, &text, at..at))
                .hint("save the file as UTF-8")
        })?;
        Ok(s.strip_prefix('\u{feff}').unwrap_or(s))
    }
}

/// All input files: built-ins overlaid by the user's folder.
#[derive(Debug, Clone)]
pub struct Content {
    files: BTreeMap<String, SourceFile>,
}

fn collect_builtin(
    dir: &'static Dir<'static>,
    prefix: &str,
    out: &mut BTreeMap<String, SourceFile>,
) {
    for file in dir.files() {
        let rel = format!(
            "{prefix}/{}",
            file.path().to_string_lossy().replace('\\', "/")
        );
        out.insert(
            rel.clone(),
            SourceFile {
                display: rel.clone(),
                rel,
                bytes: Bytes::Static(file.contents()),
                user: false,
            },
        );
    }
    for sub in dir.dirs() {
        collect_builtin(sub, prefix, out);
    }
}

impl Content {
    /// The built-in content only.
    pub fn builtin() -> Content {
        let mut files = BTreeMap::new();
        collect_builtin(&BUILTIN_TOPICS, "topics", &mut files);
        collect_builtin(&BUILTIN_LOCALES, "locales", &mut files);
        collect_builtin(&BUILTIN_TEMPLATES, "templates", &mut files);
        collect_builtin(&BUILTIN_FONTS, "fonts", &mut files);
        Content { files }
    }

    /// The built-in content overlaid by the files in `dir`.
    pub fn with_overlay(dir: &Path) -> Result<Content> {
        let mut content = Content::builtin();
        if !dir.is_dir() {
            return Err(Diagnostic::error("the content folder does not exist")
                .at(Location::file(&dir.display().to_string()))
                .hint("pass --content a folder laid out like the built-in content: topics/, locales/<lang>/, templates/, fonts/")
                .into());
        }
        for top in ["topics", "locales", "templates", "fonts"] {
            let root = dir.join(top);
            if root.is_dir() {
                read_tree(&root, top, &mut content.files)?;
            }
        }
        Ok(content)
    }

    /// The files that come from the user's overlay folder, in path order.
    pub fn user_files(&self) -> impl Iterator<Item = &SourceFile> {
        self.files.values().filter(|f| f.user)
    }

    /// The built-in content overlaid by `dir` if it is a folder already.
    pub fn with_overlay_or_builtin(dir: &Path) -> Result<Content> {
        if dir.is_dir() {
            Content::with_overlay(dir)
        } else {
            Ok(Content::builtin())
        }
    }

    /// The file at `rel`, if any.
    pub fn get(&self, rel: &str) -> Option<&SourceFile> {
        self.files.get(rel)
    }

    /// Files under `prefix/` whose names end in `ext`, in path order.
    pub fn files_under<'a>(
        &'a self,
        prefix: &'a str,
        ext: &'a str,
    ) -> impl Iterator<Item = &'a SourceFile> + 'a {
        self.files
            .range(format!("{prefix}/")..)
            .take_while(move |(k, _)| k.starts_with(prefix) && k[prefix.len()..].starts_with('/'))
            .filter(move |(k, _)| k.ends_with(ext))
            .map(|(_, v)| v)
    }

    /// Ids of all topics, sorted.
    pub fn topic_ids(&self) -> Vec<String> {
        self.files_under("topics", ".yaml")
            .filter_map(|f| {
                f.rel
                    .strip_prefix("topics/")?
                    .strip_suffix(".yaml")
                    .map(str::to_string)
            })
            .filter(|id| !id.contains('/'))
            .collect()
    }

    /// Locale folder names, sorted.
    pub fn locale_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .files_under("locales", ".ftl")
            .filter_map(|f| {
                f.rel
                    .strip_prefix("locales/")?
                    .split_once('/')
                    .map(|(l, _)| l.to_string())
            })
            .collect();
        ids.dedup();
        ids
    }

    /// The FTL files of one locale, in path order.
    pub fn locale_files(&self, lang: &str) -> Vec<&SourceFile> {
        let prefix = format!("locales/{lang}/");
        self.files
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .filter(|(k, _)| k.ends_with(".ftl") && !k[prefix.len()..].contains('/'))
            .map(|(_, v)| v)
            .collect()
    }

    /// Template files, `templates/*.tera`.
    pub fn templates(&self) -> Vec<&SourceFile> {
        self.files_under("templates", ".tera").collect()
    }

    /// Font files, `fonts/*.ttf` and `fonts/*.otf`, in path order.
    pub fn fonts(&self) -> Vec<&SourceFile> {
        self.files
            .values()
            .filter(|f| {
                f.rel.starts_with("fonts/") && (f.rel.ends_with(".ttf") || f.rel.ends_with(".otf"))
            })
            .collect()
    }

    /// Reads and checks one topic.
    pub fn topic(&self, id: &str) -> Result<LoadedTopic> {
        crate::model::Id::new(id).map_err(|e| {
            Diagnostic::error(format!("topic {e}"))
                .hint(format!("valid topics: {}", self.topic_ids().join(", ")))
        })?;
        let rel = format!("topics/{id}.yaml");
        let file = self.get(&rel).ok_or_else(|| {
            Diagnostic::error(format!("there is no topic `{id}`"))
                .hint(format!("valid topics: {}", self.topic_ids().join(", ")))
        })?;
        let text = file.text()?;
        let topic: Topic = parse_yaml(&file.display, text, "topics/README.md")?;
        if topic.id.as_str() != id {
            let span = value_span(text, "id", topic.id.as_str());
            return Err(Diagnostic::error(format!(
                "the topic's id `{}` does not match its file name `{id}.yaml`",
                topic.id
            ))
            .at(Location::new(&file.display, text, span))
            .hint(format!("rename the file or set `id: {id}`"))
            .into());
        }
        let mut seen = std::collections::BTreeSet::new();
        for c in &topic.concerns {
            if !seen.insert(c.id.clone()) {
                // Point at the second listing, the one to change.
                let first = value_span(text, "id", c.id.as_str());
                let again = value_span(&text[first.end..], "id", c.id.as_str());
                let span = if again.is_empty() {
                    first
                } else {
                    first.end + again.start..first.end + again.end
                };
                return Err(
                    Diagnostic::error(format!("concern `{}` is listed twice", c.id))
                        .at(Location::new(&file.display, text, span))
                        .hint("give each concern its own id")
                        .into(),
                );
            }
            if let Some(w) = &c.wording {
                if !w.variants.contains_key(&w.default) {
                    let span = value_span(text, "default", w.default.as_str());
                    return Err(Diagnostic::error(format!(
                        "concern `{}`: default wording `{}` is not one of its variants",
                        c.id, w.default
                    ))
                    .at(Location::new(&file.display, text, span))
                    .hint(format!(
                        "variants: {}",
                        w.variants
                            .keys()
                            .map(Id::as_str)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                    .into());
                }
            }
        }
        Ok(LoadedTopic {
            topic,
            file: file.clone(),
        })
    }

    /// The `source.lock` of one locale, if it has one.
    pub fn source_lock(&self, lang: &str) -> Result<Option<crate::model::SourceLock>> {
        match self.get(&format!("locales/{lang}/source.lock")) {
            None => Ok(None),
            Some(file) => parse_yaml(&file.display, file.text()?, "locales/README.md").map(Some),
        }
    }

    /// The metadata of one locale, if it has a `locale.yaml`.
    pub fn locale_info(&self, lang: &str) -> Result<Option<LocaleInfo>> {
        match self.get(&format!("locales/{lang}/locale.yaml")) {
            None => Ok(None),
            Some(file) => parse_yaml(&file.display, file.text()?, "locales/README.md").map(Some),
        }
    }
}

/// Largest YAML manifest read (CSV manifests are streamed, any size).
pub const MAX_YAML_MANIFEST: u64 = 64 * 1024 * 1024;

/// The jobs of a batch manifest, read one at a time: CSV is streamed row by
/// row, so memory stays flat however long it is; YAML is read whole.
pub enum ManifestJobs {
    /// A CSV manifest.
    Csv {
        /// Display path.
        path: String,
        /// The reader.
        reader: Box<csv::Reader<std::io::BufReader<std::fs::File>>>,
        /// Column names, checked.
        columns: Vec<String>,
        /// Counts lines up to a record's byte offset (the csv crate's own
        /// line numbers are off after CRLF endings and blank lines).
        lines: LineCounter,
    },
    /// A YAML manifest, with the line of each job.
    Yaml(std::vec::IntoIter<(usize, crate::model::JobSpec)>),
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

/// The CSV columns a manifest may have.
pub const CSV_COLUMNS: [&str; 8] = [
    "topic",
    "locale",
    "concerns",
    "paper",
    "large_print",
    "output",
    "clinic",
    "patient_name",
];

/// How a manifest names the patient's name field.
const PATIENT_KEYS: [&str; 2] = ["patient-name", "patient_name"];

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
fn redact_manifest(mut diags: crate::diag::Diagnostics, text: &str) -> crate::diag::Diagnostics {
    for name in patient_names_in(text) {
        diags = diags.redact(&name);
    }
    for d in &mut diags.0 {
        if let Some(loc) = &mut d.location {
            if let Some(k) = PATIENT_KEYS.iter().find_map(|k| loc.snippet.find(k)) {
                let value = loc.snippet[k..]
                    .split_once(':')
                    .map(|(_, v)| v.trim_start());
                if value.is_some_and(|v| v.starts_with(crate::diag::REDACTED)) {
                    continue;
                }
                if let Some(colon) = loc.snippet[k..].find(':') {
                    loc.snippet.truncate(k + colon + 1);
                    loc.snippet.push(' ');
                    loc.snippet.push_str(crate::diag::REDACTED);
                }
            }
        }
    }
    diags
}

/// Opens a manifest (`.csv`, else YAML). Returns the jobs and the
/// manifest-wide defaults (YAML only).
pub fn open_manifest(path: &Path) -> Result<(ManifestJobs, crate::model::JobSpec)> {
    let display = path.display().to_string();
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        let file = std::fs::File::open(path).map_err(|e| {
            Diagnostic::error(format!("cannot read the manifest: {e}")).at(Location::file(&display))
        })?;
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .flexible(false)
            .from_reader(std::io::BufReader::new(file));
        let headers = reader
            .headers()
            .map_err(|e| {
                Diagnostic::error(format!("cannot read the manifest's header row: {e}"))
                    .at(Location::file(&display))
            })?
            .clone();
        let mut columns = Vec::new();
        let header_line: String = headers.iter().collect::<Vec<_>>().join(",");
        for (i, h) in headers.iter().enumerate() {
            let h = h
                .trim_start_matches('\u{feff}')
                .to_ascii_lowercase()
                .replace('-', "_");
            if !CSV_COLUMNS.contains(&h.as_str()) {
                let at = headers.iter().take(i).map(|c| c.len() + 1).sum::<usize>();
                return Err(Diagnostic::error(format!("unknown column `{h}`"))
                    .at(Location::new(&display, &header_line, at..at + h.len()))
                    .hint(format!("columns: {}", CSV_COLUMNS.join(", ")))
                    .into());
            }
            columns.push(h);
        }
        let counter = std::fs::File::open(path).map_err(|e| {
            Diagnostic::error(format!("cannot read the manifest: {e}")).at(Location::file(&display))
        })?;
        let lines = LineCounter {
            reader: std::io::BufReader::new(counter),
            offset: 0,
            line: 1,
        };
        Ok((
            ManifestJobs::Csv {
                path: display,
                reader: Box::new(reader),
                columns,
                lines,
            },
            crate::model::JobSpec::default(),
        ))
    } else {
        let bytes = read_limited(
            path,
            MAX_YAML_MANIFEST,
            &display,
            "a YAML manifest",
            "use a CSV manifest for very large batches: it is read row by row, whatever its size",
        )?;
        let file = SourceFile {
            rel: display.clone(),
            display: display.clone(),
            bytes: Bytes::Owned(bytes.into()),
            user: true,
        };
        // An error quoting a line of the manifest must not show a patient's
        // name: the names written in it are redacted from every message.
        let lossy = String::from_utf8_lossy(file.bytes.as_slice()).into_owned();
        let text = file.text().map_err(|d| redact_manifest(d, &lossy))?;
        let manifest: crate::model::Manifest =
            parse_yaml(&display, text, "the README's section on batches")
                .map_err(|d| redact_manifest(d, text))?;
        if manifest.defaults.patient_name.is_some() {
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
            let d = Diagnostic::error("a patient name in `defaults` would print on every leaflet")
                .at(Location::new(
                    &display,
                    text,
                    at..at + PATIENT_KEYS[0].len(),
                ))
                .hint("give `patient-name` to the job it belongs to, under `jobs:`");
            return Err(redact_manifest(d.into(), text));
        }
        let lines = yaml_item_lines(text, "jobs");
        // Flow style (`jobs: [{...}]`) has no item lines: name the key's.
        let jobs_line = text
            .lines()
            .position(|l| l.starts_with("jobs:"))
            .map_or(1, |i| i + 1);
        let jobs: Vec<(usize, crate::model::JobSpec)> = manifest
            .jobs
            .into_iter()
            .enumerate()
            .map(|(i, j)| (lines.get(i).copied().unwrap_or(jobs_line), j))
            .collect();
        Ok((ManifestJobs::Yaml(jobs.into_iter()), manifest.defaults))
    }
}

/// Turns byte offsets into 1-based line numbers, reading the file once,
/// forwards only.
pub struct LineCounter {
    reader: std::io::BufReader<std::fs::File>,
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

/// Lines (1-based) of the items of the top-level list `key`.
fn yaml_item_lines(text: &str, key: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut indent = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if !line.starts_with([' ', '-', '\t']) && !trimmed.is_empty() && !trimmed.starts_with('#') {
            inside = line.starts_with(&format!("{key}:"));
            continue;
        }
        if inside && (trimmed.starts_with("- ") || trimmed == "-") {
            let ind = line.len() - trimmed.len();
            if *indent.get_or_insert(ind) == ind {
                out.push(i + 1);
            }
        }
    }
    out
}

impl Iterator for ManifestJobs {
    type Item = (usize, Result<crate::model::JobSpec>);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            ManifestJobs::Yaml(it) => it.next().map(|(line, j)| (line, Ok(j))),
            ManifestJobs::Csv {
                reader,
                columns,
                lines,
                ..
            } => {
                let mut record = csv::StringRecord::new();
                match reader.read_record(&mut record) {
                    Ok(false) => None,
                    Err(e) => {
                        let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                        let d = match e.kind() {
                            csv::ErrorKind::UnequalLengths {
                                expected_len, len, ..
                            } => Diagnostic::error(format!(
                                "this row has {len} field{}; the header has {expected_len}",
                                if *len == 1 { "" } else { "s" }
                            ))
                            .hint("a value with a comma must be in double quotes; check for a quote that is not closed"),
                            csv::ErrorKind::Utf8 { err, .. } => Diagnostic::error(format!(
                                "the `{}` field is not valid UTF-8",
                                columns.get(err.field()).map_or("?", String::as_str)
                            ))
                            .hint("save the manifest as UTF-8 (in a spreadsheet: CSV UTF-8)"),
                            _ => Diagnostic::error(format!("cannot read this row: {e}")),
                        };
                        Some((line, Err(d.into())))
                    }
                    Ok(true) => {
                        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
                        // An error about this row never shows its patient's name.
                        let name = columns
                            .iter()
                            .position(|c| c == "patient_name")
                            .and_then(|i| record.get(i))
                            .unwrap_or("");
                        Some((line, csv_job(columns, &record).map_err(|d| d.redact(name))))
                    }
                }
            }
        }
    }
}

fn csv_job(columns: &[String], record: &csv::StringRecord) -> Result<crate::model::JobSpec> {
    let mut job = crate::model::JobSpec::default();
    for (col, value) in columns.iter().zip(record.iter()) {
        if value.is_empty() {
            continue;
        }
        let v = value.to_string();
        match col.as_str() {
            "topic" => {
                crate::model::Id::new(&v).map_err(Diagnostic::error)?;
                job.topic = Some(v)
            }
            "locale" => {
                crate::model::check_language_tag(&v).map_err(Diagnostic::error)?;
                job.locale = Some(v)
            }
            "concerns" => {
                let ids: Vec<String> = v
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                for id in &ids {
                    crate::model::Id::new(id).map_err(Diagnostic::error)?;
                }
                job.concerns = Some(ids)
            }
            "paper" => {
                job.paper = Some(match v.to_ascii_lowercase().as_str() {
                    "letter" => crate::model::Paper::Letter,
                    "a4" => crate::model::Paper::A4,
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
            "patient_name" => job.patient_name = Some(crate::model::PatientName::new(v)),
            _ => {}
        }
    }
    Ok(job)
}

/// Largest picture read (a clinic logo).
pub const MAX_PICTURE: u64 = 10 * 1024 * 1024;

/// Longest field of a clinic profile (name, address, phone...), in bytes.
pub const MAX_CLINIC_FIELD: usize = 1000;

/// Largest clinic profile read.
pub const MAX_CLINIC_FILE: u64 = 1024 * 1024;

/// Reads a clinic profile from a YAML file. A relative `logo` path is taken
/// from the profile's folder.
pub fn read_clinic(path: &Path) -> Result<Clinic> {
    let display = path.display().to_string();
    let bytes = read_limited(
        path,
        MAX_CLINIC_FILE,
        &display,
        "a clinic profile",
        "a clinic profile is a few lines of YAML (see the README): is this the right file?",
    )?;
    let file = SourceFile {
        rel: display.clone(),
        display: display.clone(),
        bytes: Bytes::Owned(bytes.into()),
        user: true,
    };
    let text = file.text()?;
    let mut clinic: Clinic =
        parse_yaml(&display, text, "the README's section on the clinic profile")?;
    // A field is one line of a leaflet: a pasted document is a mistake.
    let fields = [
        ("name", &clinic.name),
        ("address", &clinic.address),
        ("phone", &clinic.phone),
        ("website", &clinic.website),
        ("meeting-finder-url", &clinic.meeting_finder_url),
        ("logo", &clinic.logo),
    ];
    for (key, value) in fields {
        if let Some(v) = value.as_deref().filter(|v| v.len() > MAX_CLINIC_FIELD) {
            let at = text.find(&format!("{key}:")).unwrap_or(0);
            return Err(Diagnostic::error(format!(
                "the clinic's `{key}` is {} bytes long; the limit is {MAX_CLINIC_FIELD}",
                v.len()
            ))
            .at(Location::new(&display, text, at..at + key.len()))
            .hint("a clinic field is printed on one or two lines: shorten it")
            .into());
        }
    }
    if let Some(logo) = &clinic.logo {
        let p = Path::new(logo);
        if p.is_relative() {
            let base = path.parent().unwrap_or(Path::new(""));
            clinic.logo = Some(base.join(p).display().to_string());
        }
    }
    Ok(clinic)
}

/// Reads a PNG or JPEG picture and its size in pixels.
pub fn read_picture(path: &str) -> Result<crate::doc::Picture> {
    let bytes = read_limited(
        Path::new(path),
        MAX_PICTURE,
        path,
        "a picture (the clinic logo)",
        "a logo of a few hundred pixels is plenty: scale it down, or save it as JPEG",
    )?;
    let bad = |why: &str| -> crate::diag::Diagnostics {
        Diagnostic::error(format!("the picture {why}"))
            .at(Location::file(path))
            .hint("use a PNG or JPEG file (a clinic logo of a few hundred pixels is plenty)")
            .into()
    };
    if bytes.is_empty() {
        return Err(bad("is empty (0 bytes)"));
    }
    match imagesize::image_type(&bytes) {
        Ok(imagesize::ImageType::Png | imagesize::ImageType::Jpeg) => {}
        Ok(_) => return Err(bad("is neither PNG nor JPEG")),
        Err(_) => return Err(bad("cannot be read")),
    }
    let size = imagesize::blob_size(&bytes).map_err(|_| bad("cannot be read"))?;
    if size.width == 0 || size.height == 0 || size.width > 10_000 || size.height > 10_000 {
        return Err(bad(&format!(
            "is {} x {} pixels; the limit is 10,000 a side",
            size.width, size.height
        )));
    }
    Ok(crate::doc::Picture {
        path: path.to_string(),
        data: bytes.into(),
        width_px: size.width as u32,
        height_px: size.height as u32,
    })
}

/// `limit` bytes as people say it: `10 MB`, `64 KB`.
pub fn size_text(limit: u64) -> String {
    if limit >= 1024 * 1024 && limit.is_multiple_of(1024 * 1024) {
        format!("{} MB", limit / (1024 * 1024))
    } else if limit >= 1024 && limit.is_multiple_of(1024) {
        format!("{} KB", limit / 1024)
    } else {
        format!("{limit} bytes")
    }
}

/// Reads a regular file of at most `limit` bytes. `what` names the kind of
/// file for the error (`a clinic logo`), `hint` says what to do about a
/// file over the limit. Never reads more than the limit, so a device or a
/// file that grows cannot exhaust memory.
fn read_limited(path: &Path, limit: u64, display: &str, what: &str, hint: &str) -> Result<Vec<u8>> {
    use std::io::Read;
    let cannot = |e: std::io::Error| -> crate::diag::Diagnostics {
        let hint = if e.kind() == std::io::ErrorKind::NotFound {
            "check the path (a relative path is taken from the current folder, or from the folder of the file that names it)"
        } else {
            "check that the file exists and is readable"
        };
        Diagnostic::error(format!("cannot read {what}: {e}"))
            .at(Location::file(display))
            .hint(hint)
            .into()
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(
            Diagnostic::error(format!("cannot read {what}: it is not a regular file"))
                .at(Location::file(display))
                .hint("give the path of a file (not a folder or a device)")
                .into(),
        );
    }
    let too_big = |size: u64| -> crate::diag::Diagnostics {
        Diagnostic::error(format!(
            "{what} may be at most {} ({limit} bytes); this file is {size} bytes",
            size_text(limit)
        ))
        .at(Location::file(display))
        .hint(hint)
        .into()
    };
    if meta.len() > limit {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

fn read_tree(dir: &Path, rel_prefix: &str, out: &mut BTreeMap<String, SourceFile>) -> Result<()> {
    let display_dir = dir.display().to_string();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            Diagnostic::error(format!("cannot read the folder: {e}"))
                .at(Location::file(&display_dir))
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{rel_prefix}/{name}");
        if path.is_dir() {
            // The layout is at most locales/<lang>/<file>; a deeper tree is
            // a mistake, or a symbolic link that loops.
            if rel.matches('/').count() >= MAX_CONTENT_DEPTH {
                return Err(Diagnostic::error(format!(
                    "folders nested more than {MAX_CONTENT_DEPTH} deep in the content folder"
                ))
                .at(Location::file(&path.display().to_string()))
                .hint("the content folder holds topics/, locales/<lang>/, templates/ and fonts/; is there a symbolic link that points back up?")
                .into());
            }
            read_tree(&path, &rel, out)?;
        } else {
            let display = path.display().to_string();
            let (limit, what, hint) = if rel.starts_with("fonts/") {
                (
                    MAX_FONT_FILE,
                    "a file in fonts/",
                    "use a subset of the font with the characters your leaflets need (see fonts/README.md)",
                )
            } else {
                (
                    MAX_TEXT_FILE,
                    "a content file (topic, translation, template)",
                    "these files are a few kilobytes of text: is this the right file, or was something pasted into it?",
                )
            };
            let bytes = read_limited(&path, limit, &display, what, hint)?;
            out.insert(
                rel.clone(),
                SourceFile {
                    rel,
                    display,
                    bytes: Bytes::Owned(bytes.into()),
                    user: true,
                },
            );
        }
    }
    Ok(())
}

/// A topic and the file it came from.
#[derive(Debug, Clone)]
pub struct LoadedTopic {
    /// The parsed topic.
    pub topic: Topic,
    /// Its source, for pointing at lines.
    pub file: SourceFile,
}

impl LoadedTopic {
    /// Where in the topic file `value` is written (first `key: value` or
    /// list item holding it), for errors about values that parsed fine.
    pub fn location_of(&self, key: &str, value: &str) -> Location {
        let text = self.file.text().unwrap_or("");
        Location::new(&self.file.display, text, value_span(text, key, value))
    }
}

/// Parses YAML into `T`, turning the YAML crate's position into a location.
/// `schema` names where the file's fields are documented, for the hint.
pub fn parse_yaml<T: DeserializeOwned>(display: &str, text: &str, schema: &str) -> Result<T> {
    let blank = text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    if blank {
        return Err(Diagnostic::error("the file is empty")
            .at(Location::file(display))
            .hint(format!("{schema} lists the fields it must hold"))
            .into());
    }
    serde_yaml::from_str(text).map_err(|e| {
        let msg = e.to_string();
        // serde_yaml appends " at line L column C"; we print our own position.
        let msg = match msg.find(" at line ") {
            Some(i) => msg[..i].to_string(),
            None => msg,
        };
        let mut d = Diagnostic::error(msg);
        // Our own value checks (ids, dates, message ids) name the bad value
        // in backticks; serde_yaml then points at the enclosing mapping, so
        // find the value itself from there on.
        let bad_value = !d.message.starts_with("unknown field")
            && !d.message.starts_with("missing field")
            && (d.message.contains("is not a valid id")
                || d.message.contains("is not a language tag")
                || d.message.contains("is not a date")
                || d.message.contains("is not a Fluent message id"));
        let quoted = d.message.split('`').nth(1).map(str::to_string);
        match (e.location(), quoted) {
            (Some(loc), Some(value)) if bad_value => {
                let from = loc.index().min(text.len());
                let span = value_span(&text[from..], "", &value);
                let span = if span.is_empty() { from..from + 1 } else { from + span.start..from + span.end };
                d = d.at(Location::new(display, text, span));
            }
            (Some(loc), _) => {
                let idx = loc.index().min(text.len());
                d = d.at(Location::new(display, text, idx..idx + 1));
            }
            (None, _) => d = d.at(Location::file(display)),
        }
        let unknown_hint = format!("check the spelling against the fields listed in {schema}");
        let missing_hint = format!("add the field; {schema} lists the required ones");
        let type_hint = format!("write a value of the kind named above; {schema} describes each field");
        let hint: &str = if bad_value {
            "fix the value: ids use a-z, 0-9 and `-`; dates are YYYY-MM-DD; message ids are Fluent identifiers"
        } else if d.message.contains("unknown field") {
            &unknown_hint
        } else if d.message.contains("missing field") {
            &missing_hint
        } else if d.message.contains("invalid type") || d.message.contains("unknown variant") {
            &type_hint
        } else {
            "check the YAML syntax on this line: indentation, colons, quotes and brackets"
        };
        d.hint(hint).into()
    })
}

/// Byte span of `value` as written in `text`: the first line whose key (or
/// list item) holds exactly that value, else the first whole-word match.
fn value_span(text: &str, key: &str, value: &str) -> std::ops::Range<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start().trim_start_matches("- ").trim_start();
        let after_key = trimmed
            .strip_prefix(key)
            .and_then(|r| r.strip_prefix(':'))
            .map(str::trim);
        let candidates = [after_key, Some(trimmed.trim_end())];
        for cand in candidates.into_iter().flatten() {
            let cand = cand.trim_matches(|c| c == '"' || c == '\'');
            if cand == value {
                let at = offset + line.find(value).unwrap_or(0);
                return at..at + value.len();
            }
        }
        offset += line.len();
    }
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.';
    let mut from = 0;
    while let Some(i) = text[from..].find(value) {
        let at = from + i;
        let end = at + value.len();
        let before_ok = at == 0 || !word(bytes[at - 1]);
        let after_ok = end >= bytes.len() || !word(bytes[end]);
        if before_ok && after_ok {
            return at..end;
        }
        from = at + 1;
    }
    0..0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_span_finds_list_items_and_keys() {
        let text = "id: t\nintro: [a-1]\nconcerns:\n  - id: x\n    worry: x-worry\n    answer:\n      - x-answer\n";
        let span = value_span(text, "worry", "x-worry");
        assert_eq!(&text[span], "x-worry");
        let span = value_span(text, "", "x-answer");
        assert_eq!(crate::diag::line_col(text, span.start), (7, 9));
        let span = value_span(text, "", "a-1");
        assert_eq!(&text[span], "a-1");
    }

    #[test]
    fn patient_names_are_found_in_a_manifest_that_may_not_parse() {
        let text = "defaults: {topic: t}\njobs:\n  - patient-name: Ruiz, Ana # x\n  - {locale: es, patient_name: 'Bo Li', paper: a4}\n  - patient-name: \"Cy D\n";
        assert_eq!(patient_names_in(text), ["Ruiz, Ana", "Bo Li", "Cy D"]);
    }

    #[test]
    fn builtin_content_is_embedded() {
        let c = Content::builtin();
        assert!(c.topic_ids().contains(&"twelve-step-meetings".to_string()));
        assert!(c.locale_ids().contains(&"en-US".to_string()));
        assert!(!c.fonts().is_empty());
    }

    #[test]
    fn yaml_errors_point_at_the_line() {
        let err =
            parse_yaml::<Topic>("t.yaml", "id: t\nversion: [1\n", "topics/README.md").unwrap_err();
        let d = &err.0[0];
        let loc = d.location.as_ref().unwrap();
        assert_eq!(loc.path, "t.yaml");
        assert!(loc.line >= 2, "{d}");
    }
}
