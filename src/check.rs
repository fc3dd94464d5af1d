//! Edge: the translators' workflow. `handout locale new` scaffolds a locale
//! from the reference one; `handout check` finds every problem a translator
//! or a content author can make, in every file, before anything is printed:
//! syntax, completeness against the reference locale, `$variable` parity,
//! references that do not resolve, characters no bundled font can draw,
//! and leaflets that no longer fit their page budget.

use crate::app::{make_leaflet, Job, Library};
use crate::diag::{Diagnostic, Diagnostics, Location, Result, Severity};
use crate::l10n::{canonical_tag, locale_facts, LocaleFacts, REFERENCE_LOCALE};
use crate::model::{LocaleStatus, Paper};
use serde::Serialize;
use std::path::Path;

/// One locale's summary line (also used by `handout list`).
#[derive(Debug, Clone, Serialize)]
pub struct LocaleSummary {
    /// Locale folder.
    pub locale: String,
    /// `draft`, `reviewed`, or `unknown` (no locale.yaml).
    pub status: &'static str,
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

/// What `check` found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Every problem, in file order per locale.
    pub diagnostics: Diagnostics,
    /// One line per checked locale.
    pub locales: Vec<LocaleSummary>,
    /// Reading level per locale, where a validated formula exists.
    pub grades: Vec<Grade>,
}

/// The reading level of a locale's leaflet text.
#[derive(Debug, Clone, Serialize)]
pub struct Grade {
    /// Locale folder.
    pub locale: String,
    /// `flesch-kincaid` (a US school grade) or `fernandez-huerta` (an ease
    /// score, 0-100, higher is easier).
    pub formula: &'static str,
    /// The value over every message the topics print.
    pub value: f64,
}

/// Checks the content (built-in overlaid by `content`) for `locales`, or
/// for every locale when empty.
pub fn check(content: Option<&Path>, locales: &[String]) -> Result<Report> {
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
    for locale in wanted {
        let before = report.diagnostics.0.len();
        let facts = locale_facts(&lib.content, &locale);
        let syntax_ok = !facts.errors.has_errors();
        report.diagnostics.0.extend(facts.errors.0.iter().cloned());
        let mut translated = 0usize;
        let completeness = if locale == REFERENCE_LOCALE {
            translated = reference.messages.len();
            100.0
        } else {
            compare(
                &locale,
                &reference,
                &facts,
                &mut report.diagnostics,
                &mut translated,
            )
        };
        let translated = if reference.messages.is_empty() {
            100.0
        } else {
            (translated as f64 * 1000.0 / reference.messages.len() as f64).round() / 10.0
        };
        references(&facts, &mut report.diagnostics);
        plurals(&locale, &facts, &mut report.diagnostics);
        match lib.content.source_lock(&locale) {
            Ok(Some(lock)) => stale(&locale, &reference, &facts, &lock, &mut report.diagnostics),
            Ok(None) => {}
            Err(d) => report.diagnostics.0.extend(d.0),
        }
        topic_messages(&topics, &locale, &facts, &mut report.diagnostics);
        glyphs(&lib, &locale, &mut report.diagnostics);
        reading_grade(
            &lib,
            &topics,
            &locale,
            &mut report.diagnostics,
            &mut report.grades,
        );
        let ok_so_far = syntax_ok
            && !report.diagnostics.0[before..]
                .iter()
                .any(Diagnostic::is_error);
        // Page fit renders the leaflets; a topic that cannot render (its
        // errors are reported above) is skipped, the others still checked.
        let _ = ok_so_far;
        page_fit(&lib, &topics, &locale, &mut report.diagnostics);
        let status = match lib.content.locale_info(&locale) {
            Ok(Some(info)) if info.status == LocaleStatus::Draft => "draft",
            Ok(Some(_)) => "reviewed",
            Ok(None) => "unknown",
            Err(d) => {
                report.diagnostics.0.extend(d.0);
                "unknown"
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
    Ok(report)
}

/// A pseudo-locale has no files to check; its leaflets must fit.
fn check_pseudo(
    lib: &Library,
    topics: &[std::sync::Arc<crate::load::LoadedTopic>],
    pseudo: &str,
    report: &mut Report,
) {
    let before = report.diagnostics.0.len();
    page_fit(lib, topics, pseudo, &mut report.diagnostics);
    let new = &report.diagnostics.0[before..];
    report.locales.push(LocaleSummary {
        locale: pseudo.to_string(),
        status: "pseudo",
        completeness: 100.0,
        translated: 100.0,
        errors: new.iter().filter(|d| d.is_error()).count(),
        warnings: new.iter().filter(|d| !d.is_error()).count(),
    });
}

/// Missing, obsolete and different-shaped messages against the reference.
fn compare(
    locale: &str,
    reference: &LocaleFacts,
    facts: &LocaleFacts,
    out: &mut Diagnostics,
    translated: &mut usize,
) -> f64 {
    let mut present = 0usize;
    for (id, r) in &reference.messages {
        let ref_file = r.file.rsplit('/').next().unwrap_or(&r.file);
        let Some(m) = facts.messages.get(id) else {
            // The locale's file of the same name, where it belongs.
            let file = facts
                .messages
                .values()
                .map(|m| m.file.as_str())
                .find(|f| f.rsplit('/').next() == Some(ref_file))
                .map(str::to_string)
                .or_else(|| {
                    // No file of that name: beside the locale's other files.
                    let any = facts.messages.values().next()?;
                    let dir = any.file.rsplit_once('/').map_or("", |(d, _)| d);
                    Some(format!("{dir}/{ref_file}"))
                })
                .unwrap_or_else(|| format!("locales/{locale}/{ref_file}"));
            out.push(
                Diagnostic::error(format!(
                    "message `{id}` of {REFERENCE_LOCALE} is missing from `{locale}`"
                ))
                .at(Location::file(&file))
                .hint(format!("translate it: {} has it", r.file)),
            );
            continue;
        };
        present += 1;
        // Still the reference text: not translated yet (a message with no
        // words of its own, only placeables, counts as translated).
        let words = |src: &str| strip_id(src).chars().any(char::is_alphabetic);
        if strip_id(&m.source) != strip_id(&r.source) || !words(&r.source) {
            *translated += 1;
        }
        for a in r.attributes.difference(&m.attributes) {
            out.push(
                Diagnostic::error(format!(
                    "message `{id}` lacks the attribute `.{a}` that {REFERENCE_LOCALE} has"
                ))
                .at(facts.location(id))
                .hint(format!("add `    .{a} = ...` under the message")),
            );
        }
        for a in m.attributes.difference(&r.attributes) {
            out.push(
                Diagnostic::warning(format!(
                    "message `{id}` has an attribute `.{a}` that {REFERENCE_LOCALE} does not"
                ))
                .at(facts.location(id))
                .hint("remove it; nothing uses it"),
            );
        }
        for v in r.variables.difference(&m.variables) {
            out.push(
                Diagnostic::error(format!("message `{id}` drops the variable `${v}`"))
                    .at(facts.location(id))
                    .hint(format!(
                        "the leaflet fills `{{ ${v} }}` in; keep it in the translation"
                    )),
            );
        }
        for v in m.variables.difference(&r.variables) {
            // Point at the variable itself.
            let loc = facts
                .location_in(id, &format!("${v}"))
                .unwrap_or_else(|| facts.location(id));
            out.push(
                Diagnostic::error(format!(
                    "message `{id}` uses `${v}`, which {REFERENCE_LOCALE} does not"
                ))
                .at(loc)
                .hint(format!(
                    "the leaflet gives this message only {}",
                    if r.variables.is_empty() {
                        "no variables".to_string()
                    } else {
                        r.variables
                            .iter()
                            .map(|v| format!("${v}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                )),
            );
        }
    }
    for id in facts.messages.keys() {
        if !reference.messages.contains_key(id) {
            out.push(
                Diagnostic::warning(format!(
                    "message `{id}` is not in {REFERENCE_LOCALE} (obsolete?)"
                ))
                .at(facts.location(id))
                .hint("remove it, or check its spelling against the reference locale"),
            );
        }
    }
    if reference.messages.is_empty() {
        100.0
    } else {
        (present as f64 * 1000.0 / reference.messages.len() as f64).round() / 10.0
    }
}

/// A short fingerprint of a message's source text.
pub fn fingerprint(source: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest: [u8; 32] = Sha256::digest(source.as_bytes()).into();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The `source.lock` text for a locale: the fingerprint of the reference
/// text of every message the locale has.
pub fn lock_text(locale: &str, reference: &LocaleFacts, facts: &LocaleFacts) -> String {
    let mut out = format!(
        "# The {REFERENCE_LOCALE} text each {locale} message was translated from, by fingerprint.\n\
         # `handout check` warns when that text changes; after updating the translation,\n\
         # `handout check --accept --locale {locale} --content DIR` records the new text.\n\
         from: {REFERENCE_LOCALE}\nmessages:\n"
    );
    for (id, r) in &reference.messages {
        if facts.messages.contains_key(id) {
            out.push_str(&format!("  {id}: {}\n", fingerprint(&r.source)));
        }
    }
    out
}

/// Translations whose reference text changed since they were made.
fn stale(
    locale: &str,
    reference: &LocaleFacts,
    facts: &LocaleFacts,
    lock: &crate::model::SourceLock,
    out: &mut Diagnostics,
) {
    for (id, print) in &lock.messages {
        let (Some(r), true) = (reference.messages.get(id), facts.messages.contains_key(id)) else {
            continue;
        };
        if &fingerprint(&r.source) != print {
            out.push(
                Diagnostic::warning(format!("the {REFERENCE_LOCALE} text of `{id}` changed since it was translated"))
                    .at(facts.location(id))
                    .note(format!("{REFERENCE_LOCALE} now says: {}", r.source.trim_end()))
                    .hint(format!("update the translation, then run `handout check --accept --locale {locale} --content DIR`")),
            );
        }
    }
}

/// Rewrites the `source.lock` of each of `locales` in the content folder.
pub fn accept(content: &Path, locales: &[String]) -> Result<Vec<std::path::PathBuf>> {
    let lib_content = crate::load::Content::with_overlay(content)?;
    let reference = locale_facts(&lib_content, REFERENCE_LOCALE);
    let mut written = Vec::new();
    for l in locales {
        let folder = content.join("locales").join(l);
        if !folder.is_dir() {
            return Err(Diagnostic::error(format!(
                "there is no locale `{l}` in the content folder"
            ))
            .at(Location::file(&folder.display().to_string()))
            .hint("--accept records translations of your own content folder")
            .into());
        }
        let facts = locale_facts(&lib_content, l);
        let path = folder.join("source.lock");
        crate::app::write_atomically(&path, lock_text(l, &reference, &facts).as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// A selector on a number must name every plural category the language
/// uses (Russian: one, few, many, other; Arabic adds zero and two).
fn plurals(locale: &str, facts: &LocaleFacts, out: &mut Diagnostics) {
    let categories = crate::l10n::plural_categories(locale);
    if categories.is_empty() {
        return;
    }
    for (id, m) in &facts.messages {
        for keys in &m.plural_selects {
            let missing: Vec<&str> = categories
                .iter()
                .copied()
                .filter(|c| !keys.contains(*c))
                .collect();
            if missing.is_empty() {
                continue;
            }
            out.push(
                Diagnostic::warning(format!(
                    "message `{id}` chooses by number but has no variant for {}",
                    missing.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
                ))
                .at(facts.location(id))
                .note(format!("`{locale}` uses the plural categories {}", categories.join(", ")))
                .hint("add a `[category]` variant for each; the `*` default covers the rest, often with the wrong grammar"),
            );
        }
    }
}

/// A message's text without its id (`id = text` -> `text`).
fn strip_id(source: &str) -> &str {
    source.split_once('=').map_or(source, |(_, v)| v).trim()
}

/// Message and term references that do not resolve within the locale.
fn references(facts: &LocaleFacts, out: &mut Diagnostics) {
    for (id, m) in &facts.messages {
        for r in &m.references {
            let ok = if r.starts_with('-') {
                facts.terms.contains(r)
            } else {
                facts.messages.contains_key(r)
            };
            if !ok {
                out.push(
                    Diagnostic::error(format!(
                        "message `{id}` refers to `{r}`, which this locale does not define"
                    ))
                    .at(facts.location(id))
                    .hint("define it in one of the locale's .ftl files, or fix the reference"),
                );
            }
        }
    }
}

/// Every message a topic asks for exists in the locale.
fn topic_messages(
    topics: &[std::sync::Arc<crate::load::LoadedTopic>],
    locale: &str,
    facts: &LocaleFacts,
    out: &mut Diagnostics,
) {
    for t in topics {
        let topic = &t.topic;
        let refs = topic.all_messages();
        for r in refs {
            let found = facts.messages.get(r.message()).is_some_and(|m| {
                r.attribute()
                    .map_or(m.has_value, |a| m.attributes.contains(a))
            });
            if !found {
                out.push(
                    Diagnostic::error(format!("message `{r}` is missing from locale `{locale}`"))
                        .at(t.location_of("", r.as_str()))
                        .note(format!("the topic `{}` asks for it", topic.id))
                        .hint(format!(
                            "add `{} = ...` to a .ftl file of locales/{locale}/",
                            r.message()
                        )),
                );
            }
        }
    }
}

/// Characters no bundled font can draw, at their place in the files.
fn glyphs(lib: &Library, locale: &str, out: &mut Diagnostics) {
    let probe = Diagnostics::from(Diagnostic::error("no font can draw"));
    let found = crate::app::explain_missing_glyphs(lib, locale, probe);
    out.0
        .extend(found.0.into_iter().filter(|d| d.location.is_some()));
}

/// Every topic, with every concern, on Letter and A4, within its budget.
fn page_fit(
    lib: &Library,
    topics: &[std::sync::Arc<crate::load::LoadedTopic>],
    locale: &str,
    out: &mut Diagnostics,
) {
    for t in topics {
        let Some(budget) = t.topic.page_budget else {
            continue;
        };
        for paper in [Paper::Letter, Paper::A4] {
            let job = |concerns: &[crate::model::Concern]| Job {
                topic: t.topic.id.to_string(),
                locale: locale.to_string(),
                concerns: concerns.iter().map(|c| c.id.to_string()).collect(),
                clinic: None,
                paper,
                large_print: false,
                allow_fallback: false,
                epoch: Some(0),
                patient_name: None,
            };
            let all = &t.topic.concerns;
            let pages = match make_leaflet(lib, &job(all)) {
                Ok(l) => l.pages,
                Err(_) => break,
            };
            if pages as u32 <= budget {
                continue;
            }
            // The first concern whose box pushes the leaflet over.
            let culprit = (1..=all.len()).find(|&k| {
                make_leaflet(lib, &job(&all[..k])).is_ok_and(|l| l.pages as u32 > budget)
            });
            let mut d = Diagnostic::error(format!(
                "topic `{}` in `{locale}` takes {pages} pages on {paper:?} with every concern; its budget is {budget}",
                t.topic.id
            ))
            .at(t.location_of("page-budget", &budget.to_string()));
            if let Some(k) = culprit {
                d = d.note(format!(
                    "the leaflet runs onto page {} at concern `{}`",
                    budget + 1,
                    all[k - 1].id
                ));
            }
            // The answers that grew most against the reference locale.
            if let (Ok(here), Ok(en)) = (
                lib.localizer(locale, false),
                lib.localizer(REFERENCE_LOCALE, false),
            ) {
                let len = |l: &crate::l10n::Localizer, c: &crate::model::Concern| -> usize {
                    c.answer
                        .iter()
                        .filter_map(|m| l.format(m, &[], &mut Vec::new()).ok())
                        .map(|t| t.chars().count())
                        .sum()
                };
                let mut growth: Vec<(f64, &str)> = all
                    .iter()
                    .map(|c| {
                        (
                            len(&here, c) as f64 / len(&en, c).max(1) as f64,
                            c.id.as_str(),
                        )
                    })
                    .collect();
                growth.sort_by(|a, b| b.0.total_cmp(&a.0));
                let top: Vec<String> = growth
                    .iter()
                    .take(2)
                    .map(|(g, id)| format!("`{id}` ({g:.1}x)"))
                    .collect();
                d = d.note(format!(
                    "longest answers against {REFERENCE_LOCALE}: {}",
                    top.join(", ")
                ));
            }
            out.push(d.hint(
                "shorten the longest answers, keeping every fact; a topic's author may raise its `page-budget`",
            ));
        }
    }
}

/// Syllables in a word, by vowel groups (English drops a silent final
/// `e`). A heuristic, as every readability tool uses.
fn syllables(word: &str, spanish: bool) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouyáéíóúü".contains(c);
    let mut n = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c) && !(spanish && c == 'y');
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    if !spanish && w.len() > 2 && w[w.len() - 1] == 'e' && !vowel(w[w.len() - 2]) && n > 1 {
        n -= 1;
    }
    n.max(1)
}

/// Words, sentences and syllables of a text.
fn counts(text: &str, spanish: bool) -> (usize, usize, usize) {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let sentences = text.matches(['.', '!', '?', ':', ';']).count().max(1);
    let syl = words.iter().map(|w| syllables(w, spanish)).sum();
    (words.len(), sentences, syl)
}

fn score(words: usize, sentences: usize, syllables: usize, spanish: bool) -> f64 {
    let (w, s, y) = (words as f64, sentences as f64, syllables as f64);
    if spanish {
        // Fernández Huerta, with F as words per sentence (the usual
        // correction of the formula as first printed).
        206.84 - 0.60 * (y / w * 100.0) - 1.02 * (w / s)
    } else {
        0.39 * (w / s) + 11.8 * (y / w) - 15.59
    }
}

/// English: Flesch-Kincaid grade (warn over 6, error over 8). Spanish:
/// Fernandez-Huerta ease on the INFLESZ scale (warn under 65, error under
/// 55: "somewhat difficult"). Other languages: not measured.
/// The reading level of `locale`'s leaflet text, where a formula exists.
pub fn reading_level(lib: &Library, locale: &str) -> Option<Grade> {
    let topics: Vec<_> = lib
        .content
        .topic_ids()
        .iter()
        .filter_map(|id| lib.topic(id).ok())
        .collect();
    let mut grades = Vec::new();
    reading_grade(
        lib,
        &topics,
        locale,
        &mut Diagnostics::default(),
        &mut grades,
    );
    grades.pop()
}

fn reading_grade(
    lib: &Library,
    topics: &[std::sync::Arc<crate::load::LoadedTopic>],
    locale: &str,
    out: &mut Diagnostics,
    grades: &mut Vec<Grade>,
) {
    let lang = locale.split('-').next().unwrap_or("");
    if lang != "en" && lang != "es" {
        return;
    }
    let spanish = lang == "es";
    let Ok(l10n) = lib.localizer(locale, false) else {
        return;
    };
    let mut per_message: Vec<(String, f64)> = Vec::new();
    let (mut w, mut s, mut y) = (0, 0, 0);
    let mut seen = std::collections::BTreeSet::new();
    for t in topics {
        let topic = &t.topic;
        let refs = topic.body_messages();
        for r in refs {
            if !seen.insert(r.as_str().to_string()) {
                continue;
            }
            let Ok(text) = l10n.format(r, &[], &mut Vec::new()) else {
                continue;
            };
            let (mw, ms, my) = counts(&text, spanish);
            w += mw;
            s += ms;
            y += my;
            if mw >= 8 {
                per_message.push((r.as_str().to_string(), score(mw, ms, my, spanish)));
            }
        }
    }
    if w == 0 {
        return;
    }
    let value = (score(w, s, y, spanish) * 10.0).round() / 10.0;
    let (formula, higher_is_harder, warn, error) = if spanish {
        ("fernandez-huerta", false, 65.0, 55.0)
    } else {
        ("flesch-kincaid", true, 6.0, 8.0)
    };
    grades.push(Grade {
        locale: locale.to_string(),
        formula,
        value,
    });
    let bad = |v: f64, limit: f64| {
        if higher_is_harder {
            v > limit
        } else {
            v < limit
        }
    };
    if bad(value, warn) {
        per_message.sort_by(|a, b| {
            if higher_is_harder {
                b.1.total_cmp(&a.1)
            } else {
                a.1.total_cmp(&b.1)
            }
        });
        let aim = if higher_is_harder {
            "at most"
        } else {
            "at least"
        };
        let message =
            format!("the `{locale}` leaflets read at {formula} {value:.1} (aim: {aim} {warn})");
        let mut d = if bad(value, error) {
            Diagnostic::error(message)
        } else {
            Diagnostic::warning(message)
        };
        for (id, v) in per_message.iter().take(3) {
            d = d.note(format!("hardest message: `{id}` ({v:.1})"));
        }
        out.push(d.hint("shorter sentences and common words; one idea per sentence"));
    }
}

/// Prints a report. Returns true when it holds errors.
pub fn print(
    report: &Report,
    format: crate::cli::CheckFormat,
    out: &mut dyn std::io::Write,
) -> std::io::Result<bool> {
    use crate::cli::CheckFormat;
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
                let grade = report
                    .grades
                    .iter()
                    .find(|g| g.locale == l.locale)
                    .map_or("not measured".to_string(), |g| {
                        format!("{} {:.1}", g.formula, g.value)
                    });
                writeln!(
                    out,
                    "{:<10} {:<9} {:>8.1}% {:>7} {:>9}  {grade:<24} {:>9.1}%",
                    l.locale, l.status, l.completeness, l.errors, l.warnings, l.translated
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

/// Creates `locales/LANG/` in `dir` from the `from` locale: every message,
/// each under a comment with its source text, and a `locale.yaml` marking
/// the translation as a draft. Returns the files written.
pub fn new_locale(dir: &Path, lang: &str, from: &str) -> Result<Vec<std::path::PathBuf>> {
    let (tag, rtl) = canonical_tag(lang)
        .map_err(|e| Diagnostic::error(e).hint("for example: handout locale new fr"))?;
    let content = crate::load::Content::with_overlay_or_builtin(dir)?;
    let folder = dir.join("locales").join(&tag);
    if folder.exists() {
        return Err(Diagnostic::error(format!("locale `{tag}` exists already"))
            .at(Location::file(&folder.display().to_string()))
            .hint("edit its files, or move the folder away to start again")
            .into());
    }
    if content.locale_ids().contains(&tag) {
        let where_ = content
            .locale_files(&tag)
            .first()
            .map(|f| f.display.clone())
            .unwrap_or_default();
        return Err(Diagnostic::error(format!("locale `{tag}` exists already ({where_})"))
            .hint("edit its files, or copy them into your content folder to change a built-in translation")
            .into());
    }
    let source = content.locale_files(from);
    if source.is_empty() {
        return Err(
            Diagnostic::error(format!("there is no locale `{from}` to start from"))
                .hint(format!(
                    "available locales: {}",
                    content.locale_ids().join(", ")
                ))
                .into(),
        );
    }
    let target = dir.join("locales").join(&tag);
    let mut files = Vec::new();
    let mut planned: Vec<(std::path::PathBuf, String)> = Vec::new();
    for file in &source {
        let name = file.rel.rsplit('/').next().unwrap_or(&file.rel).to_string();
        let text = file.text()?;
        planned.push((target.join(&name), scaffold_ftl(text, from, &tag)));
    }
    let yaml = format!(
        "# Metadata of the {tag} translation. See locales/README.md.\n\
         name: {tag}                # the language's name in itself, e.g. Français\n\
         direction: {}\n\
         status: draft              # reviewed, once a native-speaking clinician has checked it\n\
         translator: null\n\
         reviewer: null\n\
         review-date: null\n",
        if rtl { "rtl" } else { "ltr" }
    );
    planned.push((target.join("locale.yaml"), yaml));
    // Every message starts as the source text: record what it came from.
    let reference = locale_facts(&content, from);
    let lock = lock_text(&tag, &reference, &reference).replace(
        &format!("from: {REFERENCE_LOCALE}"),
        &format!("from: {from}"),
    );
    planned.push((target.join("source.lock"), lock));
    std::fs::create_dir_all(&target).map_err(|e| {
        Diagnostic::error(format!("cannot create the folder: {e}"))
            .at(Location::file(&target.display().to_string()))
    })?;
    for (path, text) in planned {
        crate::app::write_atomically(&path, text.as_bytes())?;
        files.push(path);
    }
    Ok(files)
}

/// The source file with each message preceded by a comment holding its
/// source text; the text itself stays as a placeholder to translate.
fn scaffold_ftl(text: &str, from: &str, tag: &str) -> String {
    let mut out = format!(
        "# {tag}: translation started from {from} by `handout locale new`.\n\
         # Translate the text after each `=`; keep every {{ $variable }} and the ids.\n\
         # The comment above each message shows the {from} text it was made from.\n\n"
    );
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let starts_message = line.starts_with(|c: char| c.is_ascii_alphabetic())
            && line.split_once('=').is_some_and(|(id, _)| {
                id.trim_end()
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            });
        if starts_message {
            let mut end = i + 1;
            while end < lines.len()
                && lines[end].starts_with([' ', '\t'])
                && !lines[end].trim().is_empty()
            {
                end += 1;
            }
            for l in &lines[i..end] {
                out.push_str(&format!("# {from}: {}\n", l.trim_end()));
            }
            for l in &lines[i..end] {
                out.push_str(l);
                out.push('\n');
            }
            i = end;
        } else {
            out.push_str(line);
            out.push('\n');
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_vowel_groups() {
        assert_eq!(syllables("meeting", false), 2);
        assert_eq!(syllables("therapy", false), 3);
        assert_eq!(syllables("welcome", false), 2);
        assert_eq!(syllables("escuchar", true), 3);
        assert_eq!(syllables("hablar", true), 2);
    }

    #[test]
    fn flesch_kincaid_grades_plain_and_hard_english() {
        let (w, s, y) = counts("The cat sat on the mat.", false);
        assert_eq!((w, s, y), (6, 1, 6));
        assert!((score(w, s, y, false) - -1.45).abs() < 0.01);
        let hard = "Pharmacological maintenance interventions necessitate individualized consideration regarding concomitant psychosocial rehabilitation.";
        let (w, s, y) = counts(hard, false);
        assert!(score(w, s, y, false) > 8.0);
    }

    #[test]
    fn fernandez_huerta_scores_easy_spanish_high() {
        let (w, s, y) = counts("Nadie está obligado a hablar. Puede solo escuchar.", true);
        assert!(score(w, s, y, true) > 65.0);
    }

    #[test]
    fn scaffold_puts_the_source_above_each_message() {
        let out = scaffold_ftl(
            "# c\nhi = Hello { $name }\n    .title = T\nbye = Bye\n",
            "en-US",
            "fr",
        );
        assert!(out.contains("# en-US: hi = Hello { $name }\n# en-US:     .title = T\nhi = Hello { $name }\n    .title = T\n"), "{out}");
        assert!(out.contains("# en-US: bye = Bye\nbye = Bye\n"));
    }
}
