//! Check: the translators' workflow as a library (no command-line types).
//! [`check`] finds every problem a translator or a content author can make,
//! in every file, before anything is printed: syntax, completeness against
//! the reference locale, `$variable` parity, references that do not
//! resolve, characters no bundled font can draw, reading level, and
//! leaflets that no longer fit their page budget. [`new_locale`] scaffolds
//! a locale from another; [`accept`] records reviewed translations.

mod compare;
mod fit;
mod late;
mod readability;
mod scaffold;

pub(crate) use readability::{hardest, reading_level};
pub(crate) use scaffold::{accept, fingerprint_matches, new_locale};

use crate::diag::{Diagnostic, Diagnostics, Result};
use crate::l10n::{locale_facts, LocaleFacts, REFERENCE_LOCALE};
use crate::leaflet::Library;
use crate::load::LoadedTopic;
use crate::model::LocaleStatus;
use compare::{compare, glyphs, plurals, references, stale, topic_messages, Scope};
use fit::page_fit;
use readability::reading_grade;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;
/// One locale's summary line.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LocaleSummary {
    /// Locale folder.
    pub locale: String,
    /// Whether its translation was reviewed.
    pub status: Review,
    /// Share of the reference locale's messages it defines, in percent.
    pub completeness: f64,
    /// Share of the reference locale's messages it has translated (whose
    /// text differs from the reference's), in percent: a fresh scaffold is 0.
    pub translated: f64,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
}

/// `part` of `whole` in percent, to one decimal; 100 when `whole` is 0.
pub(crate) fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    }
}

/// Where a checked locale's translation stands; printed and serialized as
/// `draft`, `reviewed`, `unknown` (no locale.yaml) or `pseudo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Review {
    /// A draft: not yet checked by a native-speaking clinician.
    Draft,
    /// Reviewed.
    Reviewed,
    /// No `locale.yaml` says.
    Unknown,
    /// A pseudo-locale, made from the reference to test layouts.
    Pseudo,
}

impl Review {
    /// The word the report prints.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Review::Draft => "draft",
            Review::Reviewed => "reviewed",
            Review::Unknown => "unknown",
            Review::Pseudo => "pseudo",
        }
    }
}

/// What `check` found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Report {
    /// Every problem, in file order per locale.
    pub diagnostics: Diagnostics,
    /// One line per checked locale.
    pub locales: Vec<LocaleSummary>,
    /// Reading level per locale, topic and wording variant, where a
    /// validated formula exists.
    pub grades: Vec<Grade>,
}

/// The reading level of a topic's leaflet in one locale, with every
/// concern and optional section.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Grade {
    /// Locale folder.
    pub locale: String,
    /// Topic id.
    pub topic: String,
    /// The wording variant measured in place of a concern's default answer
    /// (`concern=variant`); none for the default answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// `flesch-kincaid` (a US school grade) or `szigriszt-pazos` (an ease
    /// score, 0-100, higher is easier; INFLESZ bands).
    pub formula: &'static str,
    /// The value over every message the topic prints.
    pub value: f64,
}

/// Checks the content (built-in overlaid by `content`) for `locales`, or
/// for every locale when empty.
pub(crate) fn check(content: Option<&Path>, locales: &[String]) -> Result<Report> {
    let mut report = Report::default();
    // Content-wide problems first: fonts, templates, topics.
    let lib = match Library::open(content) {
        Ok(lib) => lib,
        Err(d) => {
            report.diagnostics = d;
            return Ok(report);
        }
    };
    let mut topics = Vec::new();
    for id in lib.content.topic_ids() {
        match lib.topic(&id) {
            Ok(t) => topics.push(t),
            Err(d) => report.diagnostics.0.extend(d.0),
        }
    }
    teach_backs(&topics, &mut report.diagnostics);
    topic_locales(&lib, &topics, &mut report.diagnostics);
    let reference = locale_facts(&lib.content, REFERENCE_LOCALE);
    let wanted: Vec<String> = if locales.is_empty() {
        // Every locale, and the leaflets under the pseudo-locales.
        for pseudo in crate::l10n::PSEUDO_LOCALES {
            check_pseudo(&lib, &topics, pseudo, &mut report);
        }
        lib.content.locale_ids()
    } else {
        let mut out = Vec::new();
        for l in locales {
            // A pseudo-locale has no files to check; its leaflets must fit.
            if let Some(pseudo) = crate::l10n::pseudo_locale(l) {
                check_pseudo(&lib, &topics, pseudo, &mut report);
                continue;
            }
            match crate::l10n::negotiate(l, &lib.content.locale_ids()) {
                Some(found) if out.contains(&found) => {}
                Some(found) => out.push(found),
                None => report.diagnostics.push(
                    Diagnostic::error(format!("no locale serves `{l}`")).hint(format!(
                        "available locales: {}",
                        lib.content.locale_ids().join(", ")
                    )),
                ),
            }
        }
        out
    };
    let reference_checked = wanted.iter().any(|l| l == REFERENCE_LOCALE);
    for locale in wanted {
        check_locale(
            &lib,
            &topics,
            &reference,
            locale,
            reference_checked,
            &mut report,
        );
    }
    Ok(report)
}

/// A topic that writes teach-back questions for its clinician copy should
/// have one for every concern: each concern without one is a warning. (A
/// topic with none at all has no clinician copy to speak of; rendering its
/// clinician copy says so.)
fn teach_backs(topics: &[Arc<LoadedTopic>], out: &mut Diagnostics) {
    for t in topics {
        let concerns = &t.topic.concerns;
        if concerns.iter().all(|c| c.teach_back.is_none()) {
            continue;
        }
        for c in concerns.iter().filter(|c| c.teach_back.is_none()) {
            out.push(
                Diagnostic::warning(format!(
                    "concern `{}` has no teach-back question for the clinician copy",
                    c.id
                ))
                .at(t.location_of("id", c.id.as_str()))
                .hint("add `teach-back: MESSAGE-ID` under the concern, and the message to each locale (see topics/README.md)"),
            );
        }
    }
}

/// A topic's `locales:` must name locale folders there are.
fn topic_locales(lib: &Library, topics: &[Arc<LoadedTopic>], out: &mut Diagnostics) {
    let available = lib.content.locale_ids();
    for t in topics {
        for l in t.topic.locales.iter().flatten() {
            if !available.contains(l) {
                out.push(
                    Diagnostic::error(format!(
                        "topic `{}` lists the locale `{l}`, which has no folder",
                        t.topic.id
                    ))
                    .at(t.location_of("locales", l))
                    .hint(format!(
                        "the locales are {}; a translation goes in locales/<lang>/",
                        available.join(", ")
                    )),
                );
            }
        }
    }
}

/// A pseudo-locale has no files to check; its leaflets must fit.
fn check_pseudo(lib: &Library, topics: &[Arc<LoadedTopic>], pseudo: &str, report: &mut Report) {
    let before = report.diagnostics.0.len();
    // Made from the reference locale: the topics written for it.
    let topics: Vec<Arc<LoadedTopic>> = topics
        .iter()
        .filter(|t| t.topic.meant_for(REFERENCE_LOCALE))
        .cloned()
        .collect();
    let clean = !report.diagnostics.has_errors();
    page_fit(lib, &topics, pseudo, clean, &mut report.diagnostics);
    let new = &report.diagnostics.0[before..];
    report.locales.push(LocaleSummary {
        locale: pseudo.to_string(),
        status: Review::Pseudo,
        completeness: 100.0,
        translated: 100.0,
        errors: new.iter().filter(|d| d.is_error()).count(),
        warnings: new.iter().filter(|d| !d.is_error()).count(),
    });
}

/// Every check of one locale; its problems and summary line go to `report`.
fn check_locale(
    lib: &Library,
    topics: &[Arc<LoadedTopic>],
    reference: &LocaleFacts,
    locale: String,
    reference_checked: bool,
    report: &mut Report,
) {
    let before = report.diagnostics.0.len();
    // Only the topics written for this locale (all, unless a topic lists
    // its `locales:`); the messages of the others are not asked of it.
    let (topics, others): (Vec<Arc<LoadedTopic>>, Vec<Arc<LoadedTopic>>) = topics
        .iter()
        .cloned()
        .partition(|t| t.topic.meant_for(&locale));
    let scope = Scope::new(&topics, &others);
    let topics = &topics[..];
    let facts = locale_facts(&lib.content, &locale);
    report.diagnostics.0.extend(facts.errors.0.iter().cloned());
    let mut translated = 0usize;
    let completeness = if locale == REFERENCE_LOCALE {
        translated = reference.messages.len();
        100.0
    } else {
        compare(
            &locale,
            reference,
            &facts,
            &scope,
            &mut report.diagnostics,
            &mut translated,
        )
    };
    let translated = percent(translated, reference.messages.len());
    references(&facts, &mut report.diagnostics);
    plurals(&locale, &facts, &mut report.diagnostics);
    late::late_selectors(
        &late::late_variables(&lib.content),
        &facts,
        &mut report.diagnostics,
    );
    match lib.content.source_lock(&locale) {
        Ok(Some(lock)) if lock.from == REFERENCE_LOCALE => {
            stale(&locale, reference, &facts, &lock, &mut report.diagnostics)
        }
        Ok(Some(lock)) => {
            let source = locale_facts(&lib.content, &lock.from);
            if source.messages.is_empty() {
                let folder = Path::new("locales").join(&locale);
                let mut d = scaffold::missing_from(&locale, &lock.from, &folder);
                if let Some(file) = lib.content.get(&format!("locales/{locale}/source.lock")) {
                    d.0[0].location = Some(crate::diag::Location::file(&file.display));
                }
                report.diagnostics.0.extend(d.0);
            } else {
                stale(&locale, &source, &facts, &lock, &mut report.diagnostics)
            }
        }
        Ok(None) => {}
        Err(d) => report.diagnostics.0.extend(d.0),
    }
    topic_messages(
        lib,
        topics,
        &locale,
        (reference, reference_checked),
        &facts,
        &mut report.diagnostics,
    );
    glyphs(lib, &locale, &mut report.diagnostics);
    reading_grade(
        lib,
        topics,
        &locale,
        &mut report.diagnostics,
        &mut report.grades,
    );
    // Page fit renders the leaflets; a topic that cannot render (its
    // errors are reported above) is skipped, the others still checked.
    // A leaflet that fails to render for a reason none of the checks
    // above found (a template's t() id, say) is reported from there.
    let clean = !report.diagnostics.0[before..].iter().any(|d| d.is_error());
    page_fit(lib, topics, &locale, clean, &mut report.diagnostics);
    let status = match lib.content.locale_info(&locale) {
        Ok(Some(info)) if info.status == LocaleStatus::Draft => Review::Draft,
        Ok(Some(_)) => Review::Reviewed,
        Ok(None) => Review::Unknown,
        Err(d) => {
            report.diagnostics.0.extend(d.0);
            Review::Unknown
        }
    };
    let new = &report.diagnostics.0[before..];
    report.locales.push(LocaleSummary {
        locale,
        status,
        completeness,
        translated,
        errors: new.iter().filter(|d| d.is_error()).count(),
        warnings: new.iter().filter(|d| !d.is_error()).count(),
    });
}
