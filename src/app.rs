//! Edge: the subcommands. Drives the pipeline load -> l10n -> render ->
//! markup -> layout -> pdf, and is the only module that writes files
//! (atomically: a temporary file renamed into place, so a failed run never
//! leaves half a PDF).

use crate::cli::{Cli, Command, Emit, ListArgs, ListFormat, PaperArg, RenderArgs};
use crate::diag::{Diagnostic, Location, Result};
use crate::l10n::Localizer;
use crate::layout::{FontBook, Options, Typesetter};
use crate::load::{Content, LoadedTopic};
use crate::model::{Clinic, Id, Paper, PatientName};
use crate::render::{LeafletRequest, Renderer};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The family tried first for every script it covers.
pub const PRIMARY_FAMILY: &str = "NotoSans";

/// Content, fonts and templates, loaded once and shared by every leaflet;
/// topics and locales are parsed on first use and kept.
pub struct Library {
    /// All input files.
    pub content: Content,
    /// Parsed fonts.
    pub fonts: FontBook,
    /// Compiled templates.
    pub renderer: Renderer,
    topics: Mutex<HashMap<String, Arc<LoadedTopic>>>,
    localizers: Mutex<HashMap<(String, bool), Arc<Localizer>>>,
    pictures: Mutex<HashMap<String, crate::doc::Picture>>,
    /// Fingerprint of the content: the built-in files' hash and the user's.
    content_digest: [u8; 32],
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library").finish_non_exhaustive()
    }
}

impl Library {
    /// Loads the built-in content, overlaid by `dir` if given.
    pub fn open(dir: Option<&Path>) -> Result<Library> {
        let content = match dir {
            Some(d) => Content::with_overlay(d)?,
            None => Content::builtin(),
        };
        let fonts = FontBook::new(&content.fonts(), PRIMARY_FAMILY)?;
        let renderer = Renderer::new(&content)?;
        let mut digest = Sha256::new();
        digest.update(env!("CARGO_PKG_VERSION").as_bytes());
        digest.update(env!("HANDOUT_CONTENT_HASH").as_bytes());
        for file in content.user_files() {
            digest.update(file.rel.as_bytes());
            digest.update((file.bytes.as_slice().len() as u64).to_le_bytes());
            digest.update(file.bytes.as_slice());
        }
        Ok(Library {
            content,
            fonts,
            renderer,
            topics: Mutex::default(),
            localizers: Mutex::default(),
            pictures: Mutex::default(),
            content_digest: digest.finalize().into(),
        })
    }

    /// A topic, parsed once.
    pub fn topic(&self, id: &str) -> Result<Arc<LoadedTopic>> {
        if let Some(t) = self.topics.lock().expect("not poisoned").get(id) {
            return Ok(t.clone());
        }
        let t = Arc::new(self.content.topic(id)?);
        self.topics
            .lock()
            .expect("not poisoned")
            .insert(id.to_string(), t.clone());
        Ok(t)
    }

    /// A picture (a clinic logo), read once.
    pub fn picture(&self, src: &str) -> Result<crate::doc::Picture> {
        if let Some(p) = self.pictures.lock().expect("not poisoned").get(src) {
            return Ok(p.clone());
        }
        let p = crate::load::read_picture(src)?;
        self.pictures
            .lock()
            .expect("not poisoned")
            .insert(src.to_string(), p.clone());
        Ok(p)
    }

    /// The localizer for a requested language, built once.
    pub fn localizer(&self, requested: &str, allow_fallback: bool) -> Result<Arc<Localizer>> {
        let key = (requested.to_string(), allow_fallback);
        if let Some(l) = self.localizers.lock().expect("not poisoned").get(&key) {
            return Ok(l.clone());
        }
        let l = Arc::new(Localizer::new(&self.content, requested, allow_fallback)?);
        self.localizers
            .lock()
            .expect("not poisoned")
            .insert(key, l.clone());
        Ok(l)
    }
}

/// One leaflet to make.
#[derive(Debug, Clone)]
pub struct Job {
    /// Topic id.
    pub topic: String,
    /// Requested language.
    pub locale: String,
    /// Concern ids; empty means all.
    pub concerns: Vec<String>,
    /// Clinic profile.
    pub clinic: Option<Clinic>,
    /// Paper.
    pub paper: Paper,
    /// Large print.
    pub large_print: bool,
    /// Fall back to the reference locale for missing messages.
    pub allow_fallback: bool,
    /// PDF creation time (seconds since 1970); default: the topic's review date.
    pub epoch: Option<i64>,
    /// The patient's name, printed near the title; it goes nowhere else
    /// (see [`check_patient_name`]; `keep_name_out_of_metadata` keeps it out
    /// of the PDF's metadata whatever the template does).
    pub patient_name: Option<PatientName>,
}

impl Job {
    /// A fingerprint of everything the leaflet is made from: the content,
    /// this job, the clinic profile and its logo. The PDF carries it as its
    /// document id, so a batch can tell that a file is up to date; the same
    /// job rendered alone carries the same id.
    pub fn digest(&self, lib: &Library) -> [u8; 16] {
        let mut d = Sha256::new();
        d.update(lib.content_digest);
        let mut concerns = self.concerns.clone();
        concerns.sort();
        concerns.dedup();
        // The clinic's fields, but the logo by its bytes, not by how its path
        // was spelled.
        let clinic = self.clinic.clone().map(|c| Clinic { logo: None, ..c });
        let fields = format!(
            "{}\n{}\n{}\n{:?}\n{}\n{}\n{:?}\n{:?}",
            self.topic,
            self.locale,
            concerns.join(";"),
            self.paper,
            self.large_print,
            self.allow_fallback,
            self.epoch,
            clinic
        );
        d.update(fields.as_bytes());
        // The name changes the leaflet, so it changes the id (a batch rerun
        // remakes a row whose name changed). Whoever holds the PDF can read
        // the name on its page; the id tells them nothing more.
        if let Some(name) = &self.patient_name {
            d.update(b"\npatient-name\n");
            d.update((name.as_str().len() as u64).to_le_bytes());
            d.update(name.as_str().as_bytes());
        }
        if let Some(logo) = self.clinic.as_ref().and_then(|c| c.logo.as_ref()) {
            // An unreadable logo fails the leaflet later, with its error.
            if let Ok(p) = lib.picture(logo) {
                d.update(&p.data[..]);
            }
        }
        let full: [u8; 32] = d.finalize().into();
        let mut id = [0u8; 16];
        id.copy_from_slice(&full[..16]);
        id
    }
}

/// A made leaflet.
#[derive(Debug, Clone)]
pub struct Leaflet {
    /// The PDF bytes.
    pub pdf: Vec<u8>,
    /// The rendered markup.
    pub markup: String,
    /// Number of pages.
    pub pages: usize,
    /// The locale folder that served the request.
    pub locale: String,
    /// Warnings (fallback messages).
    pub warnings: Vec<String>,
}

/// A leaflet's markup, before typesetting.
#[derive(Debug, Clone)]
pub struct RenderedMarkup {
    /// The markup text.
    pub markup: String,
    /// Where the template came from, for errors (`templates/leaflet.tera`
    /// or the overlay file's path).
    pub origin: String,
    /// The topic.
    pub topic: Arc<LoadedTopic>,
    /// The locale folder that served the request.
    pub locale: String,
    /// Warnings (fallback messages).
    pub warnings: Vec<String>,
}

/// Longest patient name printed, in characters.
pub const MAX_PATIENT_NAME: usize = 100;

/// Checks that a patient name can be printed: at most
/// [`MAX_PATIENT_NAME`] characters, no control or bidi control characters,
/// and every character drawn by a bundled font. The errors say which
/// character (by position and code point), never the name.
pub fn check_patient_name(lib: &Library, name: &str) -> Result<()> {
    let hint_fix = "write the name as the patient spells it, on one line";
    let len = name.chars().count();
    if len > MAX_PATIENT_NAME {
        return Err(Diagnostic::error(format!(
            "the patient name is {len} characters long; the limit is {MAX_PATIENT_NAME}"
        ))
        .hint("shorten it: a first name, or a first name and an initial, is enough")
        .into());
    }
    let position = |byte: usize| name[..byte].chars().count() + 1;
    for (i, c) in name.char_indices() {
        let invisible = c.is_control()
            || matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}')
            || ('\u{E000}'..='\u{F8FF}').contains(&c);
        if invisible {
            return Err(Diagnostic::error(format!(
                "character {} of the patient name (U+{:04X}) is a control or invisible character",
                position(i),
                c as u32
            ))
            .hint(hint_fix)
            .into());
        }
    }
    if let Some((i, c)) = lib.fonts.uncovered(name).first() {
        return Err(Diagnostic::error(format!(
            "no bundled font can draw character {} of the patient name (U+{:04X})",
            position(*i),
            *c as u32
        ))
        .hint("check the name for a stray symbol or emoji; for a script the bundled fonts lack, add a font to the fonts/ folder of a content folder (--content DIR, see fonts/README.md)")
        .into());
    }
    Ok(())
}

/// Runs the first stages: load, l10n, render.
pub fn render_markup(lib: &Library, job: &Job) -> Result<RenderedMarkup> {
    let name = job.patient_name.as_ref().map(PatientName::as_str);
    render_markup_inner(lib, job).map_err(|d| d.redact(name.unwrap_or("")))
}

fn render_markup_inner(lib: &Library, job: &Job) -> Result<RenderedMarkup> {
    let name = job
        .patient_name
        .as_ref()
        .map(|n| n.as_str().trim())
        .filter(|n| !n.is_empty());
    if let Some(n) = name {
        check_patient_name(lib, n)?;
    }
    let topic = lib.topic(&job.topic)?;
    let concerns = check_concerns(&topic, &job.concerns)?;
    let l10n = lib.localizer(&job.locale, job.allow_fallback)?;
    let mut warnings = Vec::new();
    let req = LeafletRequest {
        topic: &topic,
        concerns: &concerns,
        clinic: job.clinic.as_ref(),
        large_print: job.large_print,
        patient_name: name,
    };
    let markup = lib.renderer.render(&req, &l10n, &mut warnings)?;
    let origin = lib.renderer.template_path(topic.topic.template.as_str());
    Ok(RenderedMarkup {
        markup,
        origin,
        locale: l10n.locale.clone(),
        topic,
        warnings,
    })
}

/// Makes one leaflet in memory.
pub fn make_leaflet(lib: &Library, job: &Job) -> Result<Leaflet> {
    make_leaflet_with(lib, job, &mut Typesetter::new(&lib.fonts))
}

/// Makes one leaflet with a typesetter that may have shaped words before
/// (a batch worker keeps one; the output is the same). Errors and warnings
/// never show the patient's name.
pub fn make_leaflet_with(lib: &Library, job: &Job, ts: &mut Typesetter<'_>) -> Result<Leaflet> {
    let name = job.patient_name.as_ref().map_or("", PatientName::as_str);
    make_leaflet_inner(lib, job, ts)
        .map(|mut l| {
            for w in &mut l.warnings {
                *w = crate::diag::redact_text(w, name);
            }
            l
        })
        .map_err(|d| d.redact(name))
}

fn make_leaflet_inner(lib: &Library, job: &Job, ts: &mut Typesetter<'_>) -> Result<Leaflet> {
    let RenderedMarkup {
        markup,
        origin,
        topic,
        locale,
        mut warnings,
    } = render_markup(lib, job)?;
    let mut doc = crate::markup::parse(&markup, &origin)?;
    load_pictures(lib, &mut doc)?;
    let name = job
        .patient_name
        .as_ref()
        .map(|n| n.as_str().trim())
        .filter(|n| !n.is_empty());
    let private = name.map(|n| PrivateText::find(&doc, n));
    let opts = Options::new(job.paper, job.large_print);
    let mut laid = crate::layout::typeset(ts, &doc, &opts)
        .map_err(|d| explain_missing_glyphs(lib, &locale, d))?;
    if let (Some(n), Some(p)) = (name, &private) {
        keep_name_out_of_metadata(&mut laid, n, p, &mut warnings);
    }
    let epoch = job
        .epoch
        .unwrap_or_else(|| topic.topic.review_date.unix_seconds());
    let meta = crate::pdf::PdfMeta {
        epoch,
        id: job.digest(lib),
    };
    let pdf = crate::pdf::write(&laid, &lib.fonts, &meta)?;
    Ok(Leaflet {
        pdf,
        markup,
        pages: laid.frames.len(),
        locale,
        warnings,
    })
}

/// Bidi controls: kept in the document for the bidi pass, never drawn.
fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')
}

/// Whether `text` holds the patient's `name`: exactly, where a template
/// inserted it (isolated for bidi, as `leaflet.patient_name` and Fluent
/// give it); and for a name of four characters or more, anywhere, in any
/// case (a template may have changed its case). Shorter names ("An", "Li")
/// are words of many sentences, so only their isolated form counts.
fn mentions(text: &str, name: &str) -> bool {
    if text.contains(&format!("\u{2068}{name}\u{2069}")) {
        return true;
    }
    if name.chars().count() < 4 {
        return false;
    }
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| !is_bidi_mark(*c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    fold(text).contains(&fold(name))
}

/// `%XX` escapes of a URI decoded, `+` as a space.
fn percent_decoded(uri: &str) -> String {
    let b = uri.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' => match (
                b.get(i + 1).and_then(|c| hex(*c)),
                b.get(i + 2).and_then(|c| hex(*c)),
            ) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What of a leaflet's markup holds the patient's name and would become PDF
/// metadata: the title, headings (bookmarks).
#[derive(Debug, Default)]
struct PrivateText {
    title: bool,
    /// The texts of headings that hold the name, as bookmarks show them.
    headings: Vec<String>,
}

impl PrivateText {
    fn find(doc: &crate::doc::Document, name: &str) -> PrivateText {
        use crate::doc::{Block, BlockKind, Inline};
        fn walk(blocks: &[Block], name: &str, out: &mut Vec<String>) {
            for b in blocks {
                match &b.kind {
                    BlockKind::Heading { inlines, .. } => {
                        let raw: String = inlines
                            .iter()
                            .map(|i| match i {
                                Inline::Text { text, .. } => text.as_str(),
                                Inline::LineBreak => "\u{2028}",
                                Inline::PageNumber(_) | Inline::PageCount(_) => "00",
                            })
                            .collect();
                        if mentions(&raw, name) {
                            out.push(raw.chars().filter(|c| !is_bidi_mark(*c)).collect());
                        }
                    }
                    BlockKind::Callout(inner) | BlockKind::Keep(inner) => walk(inner, name, out),
                    BlockKind::List { items, .. } => items.iter().for_each(|i| walk(i, name, out)),
                    _ => {}
                }
            }
        }
        let mut headings = Vec::new();
        walk(&doc.body, name, &mut headings);
        walk(&doc.footer, name, &mut headings);
        PrivateText {
            title: mentions(&doc.title, name),
            headings,
        }
    }
}

/// Keeps the patient's name out of what the PDF stage writes as metadata,
/// whatever the template did: a title holding it is left empty, a bookmark
/// holding it left out, a link whose address holds it not made clickable
/// (the page still prints all of them). Each says so in a warning, which
/// does not quote the name.
fn keep_name_out_of_metadata(
    laid: &mut crate::layout::Laid,
    name: &str,
    private: &PrivateText,
    warnings: &mut Vec<String>,
) {
    if private.title || mentions(&laid.title, name) {
        laid.title.clear();
        warnings.push("the template puts the patient name in the document title; the PDF's title is left empty (no patient data goes into metadata)".to_string());
    }
    let before = laid.outline.len();
    laid.outline
        .retain(|e| !private.headings.contains(&e.title) && !mentions(&e.title, name));
    if laid.outline.len() < before {
        warnings.push(format!(
            "the template puts the patient name in {} heading(s); they are left out of the PDF's bookmarks (no patient data goes into metadata)",
            before - laid.outline.len()
        ));
    }
    let mut dropped = 0;
    for frame in &mut laid.frames {
        let before = frame.links.len();
        frame
            .links
            .retain(|l| !mentions(&l.uri, name) && !mentions(&percent_decoded(&l.uri), name));
        dropped += before - frame.links.len();
    }
    if dropped > 0 {
        warnings.push(format!(
            "the template puts the patient name in {dropped} link address(es); they are printed but not made clickable (no patient data goes into metadata)"
        ));
    }
}

/// Turns "no font can draw" errors into one error per place in the
/// locale's files where such a character is written, naming the message
/// (`check` uses it too).
pub fn explain_missing_glyphs(
    lib: &Library,
    locale: &str,
    diags: crate::diag::Diagnostics,
) -> crate::diag::Diagnostics {
    if !diags
        .0
        .iter()
        .any(|d| d.message.starts_with("no font can draw"))
    {
        return diags;
    }
    let mut found = crate::diag::Diagnostics::default();
    for file in lib.content.locale_files(locale) {
        let Ok(text) = file.text() else { continue };
        let mut offset = 0;
        let mut message = String::new();
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if let Some((id, _)) = line
                .split_once('=')
                .filter(|(id, _)| !line.starts_with([' ', '\t', '#', '.']) && !id.trim().is_empty())
            {
                message = id.trim().to_string();
            }
            let missing = if trimmed.starts_with('#') {
                Vec::new()
            } else {
                lib.fonts.uncovered(line)
            };
            if let (Some(first), Some(last)) = (missing.first(), missing.last()) {
                let mut chars: Vec<char> = missing.iter().map(|(_, c)| *c).collect();
                chars.dedup();
                let list: Vec<String> = chars
                    .iter()
                    .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
                    .collect();
                found.push(
                    Diagnostic::error(format!("no font can draw {} in message `{message}`", list.join(", ")))
                        .at(Location::new(&file.display, text, offset + first.0..offset + last.0 + last.1.len_utf8()))
                        .hint("add a font that covers these characters to the fonts/ folder of a content folder (--content DIR), see fonts/README.md"),
                );
            }
            offset += line.len();
        }
    }
    if found.0.is_empty() {
        diags
    } else {
        found
    }
}

/// Reads every picture the markup names.
fn load_pictures(lib: &Library, doc: &mut crate::doc::Document) -> Result<()> {
    let all = doc.image_sources();
    for src in all {
        if let std::collections::btree_map::Entry::Vacant(e) = doc.pictures.entry(src) {
            let pic = lib.picture(e.key())?;
            e.insert(pic);
        }
    }
    Ok(())
}

fn check_concerns(topic: &LoadedTopic, asked: &[String]) -> Result<Vec<Id>> {
    let valid: Vec<&str> = topic.topic.concerns.iter().map(|c| c.id.as_str()).collect();
    let mut out = Vec::new();
    for a in asked {
        Id::new(a).map_err(Diagnostic::error)?;
        if !valid.contains(&a.as_str()) {
            let hint = if valid.is_empty() {
                format!("topic `{}` has no concerns to pick", topic.topic.id)
            } else {
                format!(
                    "valid concerns of `{}`: {}",
                    topic.topic.id,
                    valid.join(", ")
                )
            };
            return Err(Diagnostic::error(format!(
                "topic `{}` has no concern `{a}`",
                topic.topic.id
            ))
            .hint(hint)
            .into());
        }
        let id = Id::new(a).map_err(Diagnostic::error)?;
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

/// Paper from the environment the way POSIX tools read it.
pub fn paper_from_env() -> Option<Paper> {
    for var in ["LC_ALL", "LC_PAPER", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() {
                return Paper::from_posix_locale(&v);
            }
        }
    }
    None
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed into place: readers never see a partial file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // Try first and explain afterwards: a batch writes thousands of files,
    // and checking the path beforehand costs a few system calls each.
    let created = std::fs::File::create(&tmp);
    let res = match created {
        Ok(mut f) => f
            .write_all(bytes)
            .and_then(|()| f.sync_all())
            .and_then(|()| {
                drop(f);
                std::fs::rename(&tmp, path)
            })
            .map_err(|e| ("write", e)),
        Err(e) => Err(("create", e)),
    };
    if let Err((what, e)) = res {
        let _ = std::fs::remove_file(&tmp);
        return Err(explain_write_failure(path, dir, what, e).into());
    }
    Ok(())
}

/// Why `path` could not be written, in the words a user needs: a missing
/// folder, a file where a folder should be, a folder where the file should
/// be, or what the system said.
fn explain_write_failure(path: &Path, dir: &Path, what: &str, e: std::io::Error) -> Diagnostic {
    let display = path.display().to_string();
    let folder = dir.display();
    let (message, hint) = if path.is_dir() {
        (
            format!("`{display}` is a folder, not a file"),
            format!("give a file name: {}", path.join("leaflet.pdf").display()),
        )
    } else if dir.ancestors().any(Path::is_file) {
        (
            format!("cannot write the file: `{folder}` is not a folder (part of it is a file)"),
            "choose an output path inside an existing folder".to_string(),
        )
    } else if !dir.exists() {
        (
            format!("cannot write the file: the folder `{folder}` does not exist"),
            format!("create it first (mkdir -p {folder}) or choose another output path"),
        )
    } else {
        (
            format!("cannot {what} the file: {e}"),
            "check that the folder exists and is writable".to_string(),
        )
    };
    Diagnostic::error(message)
        .at(Location::file(&display))
        .hint(hint)
}

fn epoch_from_env() -> Result<Option<i64>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.is_empty() => v.trim().parse().map(Some).map_err(|_| {
            Diagnostic::error(format!(
                "SOURCE_DATE_EPOCH is `{v}`, not a number of seconds"
            ))
            .hint("unset it, or set it to seconds since 1970-01-01")
            .into()
        }),
        _ => Ok(None),
    }
}

/// Runs a parsed command line. Warnings go to `warn`.
pub fn run(cli: Cli, warn: &mut dyn FnMut(&Diagnostic)) -> Result<()> {
    match cli.command {
        Command::Render(args) => render(args, warn),
        Command::List(args) => list(args),
        Command::Check(args) => {
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
            let failed = crate::check::print(&report, args.format, &mut stdout)
                .map_err(|e| Diagnostic::error(format!("cannot write to standard output: {e}")))?;
            if failed {
                Err(Diagnostic::error("check found errors").into())
            } else {
                Ok(())
            }
        }
        Command::Locale(crate::cli::LocaleCommand::New(args)) => {
            let dir = args.content.clone().unwrap_or_else(|| PathBuf::from("."));
            let files = crate::check::new_locale(&dir, &args.lang, &args.from)?;
            for f in files {
                eprintln!("created {}", f.display());
            }
            Ok(())
        }
        Command::Batch(args) => {
            let epoch = epoch_from_env()?;
            let mut log = |line: &str| eprintln!("{line}");
            let summary = crate::batch::run(&args, epoch, &mut log)?;
            if summary.failed > 0 && summary.written + summary.up_to_date == 0 {
                Err(Diagnostic::error(format!(
                    "all {} of the batch's leaflets failed",
                    summary.failed
                ))
                .into())
            } else if summary.failed > 0 {
                Err(Diagnostic::error(format!(
                    "{} of the batch's leaflets failed; the others were written",
                    summary.failed
                ))
                .into())
            } else {
                Ok(())
            }
        }
    }
}

fn render(args: RenderArgs, warn: &mut dyn FnMut(&Diagnostic)) -> Result<()> {
    let lib = Library::open(args.content.content.as_deref())?;
    let clinic = args
        .clinic
        .as_deref()
        .map(crate::load::read_clinic)
        .transpose()?;
    let paper = match args.paper {
        Some(PaperArg::Letter) => Paper::Letter,
        Some(PaperArg::A4) => Paper::A4,
        None => clinic
            .as_ref()
            .and_then(|c| c.paper)
            .or_else(paper_from_env)
            .unwrap_or(Paper::A4),
    };
    let job = Job {
        topic: args.topic.clone(),
        locale: args.locale.clone(),
        concerns: args.concerns.clone(),
        clinic,
        paper,
        large_print: args.large_print,
        allow_fallback: args.allow_fallback,
        epoch: epoch_from_env()?,
        patient_name: args
            .patient_name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(PatientName::new),
    };
    let (bytes, locale, warnings) = match args.emit {
        Emit::Pdf => {
            let l = make_leaflet(&lib, &job)?;
            (l.pdf, l.locale, l.warnings)
        }
        Emit::Markup => {
            let r = render_markup(&lib, &job)?;
            (r.markup.into_bytes(), r.locale, r.warnings)
        }
    };
    for w in &warnings {
        warn(&Diagnostic::warning(w.clone()));
    }
    let ext = if args.emit == Emit::Pdf { "pdf" } else { "xml" };
    let out = args.output.unwrap_or_else(|| {
        PathBuf::from(format!(
            "{}-{}{}.{ext}",
            job.topic,
            locale,
            if job.large_print { "-large" } else { "" }
        ))
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

fn list(args: ListArgs) -> Result<()> {
    let content = match args.content.content.as_deref() {
        Some(d) => Content::with_overlay(d)?,
        None => Content::builtin(),
    };
    let mut topics = Vec::new();
    for id in content.topic_ids() {
        topics.push(content.topic(&id)?);
    }
    let reference = crate::l10n::locale_facts(&content, crate::l10n::REFERENCE_LOCALE);
    // For the reading level; without it (a broken font or template) the
    // list still shows the rest.
    let lib = Library::open(args.content.content.as_deref()).ok();
    let mut locales = Vec::new();
    for l in content.locale_ids() {
        let info = content.locale_info(&l)?;
        // Share of the reference locale's messages this one defines.
        let facts = crate::l10n::locale_facts(&content, &l);
        let present = reference
            .messages
            .keys()
            .filter(|id| facts.messages.contains_key(*id))
            .count();
        let complete = if reference.messages.is_empty() {
            100.0
        } else {
            (present as f64 * 1000.0 / reference.messages.len() as f64).round() / 10.0
        };
        let grade = lib
            .as_ref()
            .and_then(|lib| crate::check::reading_level(lib, &l));
        locales.push((l, info, complete, grade));
    }
    let mut out = String::new();
    match args.format {
        ListFormat::Text => {
            out.push_str("Topics:\n");
            for t in &topics {
                out.push_str(&format!(
                    "  {} (version {}, reviewed {})\n",
                    t.topic.id, t.topic.version, t.topic.review_date
                ));
                for c in &t.topic.concerns {
                    out.push_str(&format!("    --concern {}\n", c.id));
                }
            }
            out.push_str("Locales:\n");
            for (l, info, complete, grade) in &locales {
                let status = match info {
                    Some(i) if i.status == crate::model::LocaleStatus::Draft => "draft",
                    Some(_) => "reviewed",
                    None => "no locale.yaml",
                };
                let name = info.as_ref().map_or("", |i| i.name.as_str());
                let level = grade
                    .as_ref()
                    .map_or("reading level not measured".to_string(), |g| {
                        format!("{} {:.1}", g.formula, g.value)
                    });
                out.push_str(&format!(
                    "  {l:<8} {complete:>5.1}% {status:<9} {name:<24} {level}\n"
                ));
            }
            out.push_str(&format!(
                "Pseudo-locales: {}\n",
                crate::l10n::PSEUDO_LOCALES.join(", ")
            ));
        }
        ListFormat::Json => {
            let status = |i: &crate::model::LocaleInfo| i.status;
            let value = serde_json::json!({
                "topics": topics.iter().map(|t| serde_json::json!({
                    "id": t.topic.id,
                    "version": t.topic.version,
                    "review_date": t.topic.review_date.to_string(),
                    "concerns": t.topic.concerns.iter().map(|c| &c.id).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                                                "locales": locales.iter().map(|(l, info, complete, grade)| serde_json::json!({
                    "id": l,
                    "name": info.as_ref().map(|i| &i.name),
                    "status": info.as_ref().map(status),
                                        "completeness": complete,
                    "reading_level": grade,
                })).collect::<Vec<_>>(),
                "pseudo_locales": crate::l10n::PSEUDO_LOCALES,
            });
            out = serde_json::to_string_pretty(&value).expect("JSON of plain data");
            out.push('\n');
        }
    }
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Diagnostic::error(format!("cannot write to standard output: {e}")).into()),
        Ok(()) => Ok(()),
    }
}
