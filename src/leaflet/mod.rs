//! Core: one leaflet from its job, shared by every command. Holds the
//! [`Library`] (content, fonts and templates loaded once), the [`Job`] (what
//! one leaflet is made of, and its digest, the PDF's document id) and the
//! pipeline load -> l10n -> render -> markup -> layout -> pdf that turns a
//! job into PDF bytes. No file is written here (see `crate::output`).

mod glyphs;
mod privacy;

pub use glyphs::{explain_missing_glyphs, locale_glyph_errors};
pub use privacy::{check_patient_name, MAX_PATIENT_NAME};

use crate::diag::{Diagnostic, Result};
use crate::l10n::Localizer;
use crate::layout::{FontBook, Options, Typesetter};
use crate::load::{Content, LoadedTopic, ProfileChoices, WordingChoices};
use crate::model::{Clinic, CopyKind, Format, Id, Paper, PatientName};
use crate::render::{LeafletRequest, Renderer};
use privacy::{keep_name_out_of_metadata, PrivateText};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;
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

    /// The wording choices every topic offers, for checking a clinic
    /// profile (a topic that does not load offers none; rendering it
    /// reports why).
    pub fn wording_choices(&self) -> WordingChoices {
        let mut choices = WordingChoices::new();
        for id in self.content.topic_ids() {
            let Ok(topic) = self.topic(&id) else { continue };
            for c in &topic.topic.concerns {
                let variants = c
                    .wording
                    .as_ref()
                    .map(|w| w.variants.keys().cloned().collect())
                    .unwrap_or_default();
                choices.insert(c.id.clone(), variants);
            }
        }
        choices
    }

    /// The optional sections of every topic, which a clinic profile may
    /// include.
    pub fn optional_sections(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = Vec::new();
        for id in self.content.topic_ids() {
            let Ok(topic) = self.topic(&id) else { continue };
            ids.extend(topic.topic.optional_sections().cloned());
        }
        ids.sort();
        ids.dedup();
        ids
    }

    /// A clinic profile, checked against the content's wording choices and
    /// optional sections.
    pub fn clinic(&self, path: &Path) -> Result<Clinic> {
        let choices = ProfileChoices {
            wording: self.wording_choices(),
            sections: self.optional_sections(),
        };
        crate::load::read_clinic(path, &choices)
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
    /// PDF or the HTML twin.
    pub format: Format,
    /// The patient's name, printed near the title; it goes nowhere else
    /// (see [`check_patient_name`]; `keep_name_out_of_metadata` keeps it out
    /// of the PDF's metadata whatever the template does).
    pub patient_name: Option<PatientName>,
    /// The patient's leaflet, or the clinician copy of it.
    pub copy: CopyKind,
    /// The clinician copy's language (a language tag); unused for the
    /// patient's leaflet.
    pub clinician_locale: String,
}

impl Job {
    /// A job for `topic` in `locale` on `paper` with every concern and
    /// nothing else: no clinic, no name, normal print, no fallback, the
    /// topic's review date as the PDF's date.
    pub fn new(topic: &str, locale: &str, paper: Paper) -> Job {
        Job {
            topic: topic.to_string(),
            locale: locale.to_string(),
            concerns: Vec::new(),
            clinic: None,
            paper,
            large_print: false,
            allow_fallback: false,
            epoch: None,
            format: Format::Pdf,
            patient_name: None,
            copy: CopyKind::Patient,
            clinician_locale: crate::l10n::REFERENCE_LOCALE.to_string(),
        }
    }

    /// The patient's name as printed: trimmed, `None` when blank.
    fn printed_name(&self) -> Option<&str> {
        self.patient_name
            .as_ref()
            .map(|n| n.as_str().trim())
            .filter(|n| !n.is_empty())
    }

    /// The job's fields as the document id hashes them: a stable
    /// serialization (JSON of our own types, keys sorted), never `Debug`
    /// output, which changes with a derive or a dependency. Its form is
    /// pinned by a test; changing it changes every id (bump `id-version`).
    fn id_fields(&self) -> String {
        // Every field, named here so that a new one cannot be forgotten.
        let Job {
            topic,
            locale,
            concerns,
            clinic,
            paper,
            large_print,
            allow_fallback,
            epoch,
            format,
            copy,
            clinician_locale,
            patient_name: _,
        } = self;
        let mut concerns: Vec<&str> = concerns.iter().map(String::as_str).collect();
        concerns.sort_unstable();
        concerns.dedup();
        // The clinic's fields, but the logo by its bytes (see `digest`),
        // not by how its path was spelled.
        let fields = serde_json::json!({
            "id-version": 2,
            "topic": topic,
            "locale": locale,
            "concerns": concerns,
            "paper": paper,
            "large-print": large_print,
            "allow-fallback": allow_fallback,
            "epoch": epoch,
            "format": format,
            "copy": copy,
            "clinician-locale": clinician_locale,
            "clinic": clinic.clone().map(|c| Clinic { logo: None, ..c }),
        });
        fields.to_string()
    }

    /// A fingerprint of everything the leaflet is made from: the content,
    /// this job, the clinic profile and its logo. The PDF carries it as its
    /// document id, so a batch can tell that a file is up to date; the same
    /// job rendered alone carries the same id.
    pub fn digest(&self, lib: &Library) -> [u8; 16] {
        let mut d = Sha256::new();
        d.update(lib.content_digest);
        d.update(self.id_fields().as_bytes());
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
    /// The file's bytes: the PDF, or the HTML page.
    pub bytes: Vec<u8>,
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

/// Runs the first stages: load, l10n, render.
pub fn render_markup(lib: &Library, job: &Job) -> Result<RenderedMarkup> {
    let name = job.patient_name.as_ref().map(PatientName::as_str);
    render_markup_inner(lib, job).map_err(|d| d.redact(name.unwrap_or("")))
}

fn render_markup_inner(lib: &Library, job: &Job) -> Result<RenderedMarkup> {
    let name = job.printed_name();
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
    let (markup, origin) = match job.copy {
        CopyKind::Patient => (
            lib.renderer.render(&req, &l10n, &mut warnings)?,
            lib.renderer.template_path(topic.topic.template.as_str()),
        ),
        // The clinician copy is not the patient's: no name on it.
        CopyKind::Clinician => {
            let clinician = lib.localizer(&job.clinician_locale, job.allow_fallback)?;
            let req = LeafletRequest {
                patient_name: None,
                ..req
            };
            (
                lib.renderer
                    .render_clinician(&req, &l10n, &clinician, &mut warnings)?,
                lib.renderer.template_path("clinician"),
            )
        }
    };
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
    let name = job.printed_name();
    let private = name.map(|n| PrivateText::find(&doc, n));
    if job.format == Format::Html {
        if let (Some(n), Some(p)) = (name, &private) {
            privacy::keep_name_out_of_page_metadata(&mut doc, n, p, &mut warnings);
        }
        let meta = crate::html::HtmlMeta {
            id: job.digest(lib),
            large_print: job.large_print,
        };
        return Ok(Leaflet {
            bytes: crate::html::write(&doc, &meta).into_bytes(),
            markup,
            pages: 1,
            locale,
            warnings,
        });
    }
    let opts = Options::new(job.paper, job.large_print);
    // The text of a clinician copy is in the clinician's language.
    let text_locale = match job.copy {
        CopyKind::Patient => locale.clone(),
        CopyKind::Clinician => lib
            .localizer(&job.clinician_locale, job.allow_fallback)
            .map_or_else(|_| job.clinician_locale.clone(), |l| l.locale.clone()),
    };
    let mut laid = crate::layout::typeset(ts, &doc, &opts)
        .map_err(|d| explain_missing_glyphs(lib, &text_locale, d))?;
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
        bytes: pdf,
        markup,
        pages: laid.frames.len(),
        locale,
        warnings,
    })
}

/// The paper a leaflet is printed on: the one asked for (a flag, a
/// manifest row), else the clinic profile's, else the region's (the user's
/// `LC_PAPER`), else A4. Never the leaflet's language: a US clinic prints
/// Spanish leaflets on Letter.
pub fn resolve_paper(
    asked: Option<Paper>,
    clinic: Option<&Clinic>,
    region: Option<Paper>,
) -> Paper {
    asked
        .or_else(|| clinic.and_then(|c| c.paper))
        .or(region)
        .unwrap_or(Paper::A4)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The id hashed `{:?}` output, so a derive or a dependency's Debug
    /// format changed every document id (and a batch remade everything).
    #[test]
    fn document_id_hashes_a_stable_serialization_not_debug_output() {
        let clinic: Clinic = serde_json::from_value(serde_json::json!({
            "name": "Riverside",
            "phone": "555 0100",
            "logo": "a/b.png",
            "paper": "letter",
            "wording": {"maintenance-medication": "balanced"},
        }))
        .expect("a clinic");
        let job = Job {
            concerns: vec!["religion".into(), "costs-money".into(), "religion".into()],
            clinic: Some(clinic),
            epoch: Some(0),
            ..Job::new("twelve-step-meetings", "es-MX", Paper::A4)
        };
        assert_eq!(
            job.id_fields(),
            r#"{"allow-fallback":false,"clinic":{"address":null,"country":null,"crisis-line":null,"helpline":null,"include-sections":[],"logo":null,"meeting-finder-url":null,"naloxone":false,"name":"Riverside","paper":"letter","phone":"555 0100","website":null,"welcoming-meetings":[],"wording":{"maintenance-medication":"balanced"}},"clinician-locale":"en-US","concerns":["costs-money","religion"],"copy":"patient","epoch":0,"format":"pdf","id-version":2,"large-print":false,"locale":"es-MX","paper":"a4","topic":"twelve-step-meetings"}"#
        );
    }
}
