//! Stage 1, load: finds and reads every input. In: the embedded built-in
//! content (topics, locales, templates, fonts, compiled into the binary), an
//! optional overlay folder (`--content DIR`, same layout; a file there
//! replaces the built-in one of the same path), a clinic profile path, a
//! batch manifest path. Out: source files with display paths, parsed topics
//! and clinic profiles, pictures, manifest jobs.
//!
//! This file holds the content (built-ins and overlay); the other inputs
//! each have a file: `clinic`, `picture`, `manifest`. Every read goes
//! through `limits`, every YAML parse through `yaml`, the only file that
//! names the YAML crate.

mod clinic;
mod limits;
mod manifest;
mod picture;
mod yaml;

pub use clinic::{read_clinic, ProfileChoices, WordingChoices};
pub use manifest::{open_manifest, LineCounter, ManifestJobs};
pub use picture::read_picture;

use crate::diag::{Diagnostic, Location, Result};
use crate::model::{Id, LocaleInfo, SourceLock, Topic};
use include_dir::{include_dir, Dir};
use limits::{read_limited, MAX_CONTENT_DEPTH, MAX_FONT_FILE, MAX_TEXT_FILE};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use yaml::{key_span_after, parse_yaml, value_span};

static BUILTIN_TOPICS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/topics");
static BUILTIN_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
static BUILTIN_TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");
static BUILTIN_FONTS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/fonts");

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

    /// A user's file from outside the content folder (a clinic profile, a
    /// YAML manifest), known by its path alone.
    fn outside(display: String, bytes: Vec<u8>) -> SourceFile {
        SourceFile {
            rel: display.clone(),
            display,
            bytes: Bytes::Owned(bytes.into()),
            user: true,
        }
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
        Id::new(id).map_err(|e| {
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
                // A wording that is not a variant: the default, or a name's key.
                let unknown = if !w.variants.contains_key(&w.default) {
                    let span = value_span(text, "default", w.default.as_str());
                    Some((span, format!("default wording `{}` is not", w.default)))
                } else if let Some(name) = w.names.keys().find(|n| !w.variants.contains_key(*n)) {
                    let concern = value_span(text, "id", c.id.as_str()).start;
                    let span = key_span_after(&text[concern..], "names:", name.as_str());
                    let span = concern + span.start..concern + span.end;
                    Some((span, format!("wording `{name}` is named but is not")))
                } else {
                    None
                };
                if let Some((span, what)) = unknown {
                    let variants: Vec<&str> = w.variants.keys().map(Id::as_str).collect();
                    return Err(Diagnostic::error(format!(
                        "concern `{}`: {what} one of its variants",
                        c.id
                    ))
                    .at(Location::new(&file.display, text, span))
                    .hint(format!("variants: {}", variants.join(", ")))
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
    pub fn source_lock(&self, lang: &str) -> Result<Option<SourceLock>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_content_is_embedded() {
        let c = Content::builtin();
        assert!(c.topic_ids().contains(&"twelve-step-meetings".to_string()));
        assert!(c.locale_ids().contains(&"en-US".to_string()));
        assert!(!c.fonts().is_empty());
    }
}
