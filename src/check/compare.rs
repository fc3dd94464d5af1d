//! Check: one locale against the reference locale: missing, obsolete and
//! different-shaped messages, stale translations, plural variants,
//! references that do not resolve, messages a topic asks for, and
//! characters no bundled font can draw.

use super::fingerprint_matches;
use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::l10n::{FormatError, LocaleFacts, REFERENCE_LOCALE};
use crate::leaflet::Library;
use crate::load::LoadedTopic;
use crate::model::{Id, MessageRef};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Which messages the topics ask of one locale: those of the topics
/// written for it, and those only the other topics (which list their
/// `locales:` and leave this one out) ask for.
pub(super) struct Scope {
    /// Message id to the first topic written for this locale that asks
    /// for it.
    asked: BTreeMap<String, Id>,
    /// Messages only topics not written for this locale ask for.
    not_asked: BTreeSet<String>,
    /// Messages of topics written for this locale but not for the
    /// reference: not obsolete, though the reference lacks them.
    without_reference: BTreeSet<String>,
}

impl Scope {
    pub(super) fn new(topics: &[Arc<LoadedTopic>], others: &[Arc<LoadedTopic>]) -> Scope {
        let mut asked = BTreeMap::new();
        let mut without_reference = BTreeSet::new();
        for t in topics {
            for r in t.topic.all_messages() {
                let id = r.message().to_string();
                if !t.topic.meant_for(REFERENCE_LOCALE) {
                    without_reference.insert(id.clone());
                }
                asked.entry(id).or_insert_with(|| t.topic.id.clone());
            }
        }
        let not_asked = others
            .iter()
            .flat_map(|t| t.topic.all_messages())
            .map(|r| r.message().to_string())
            .filter(|id| !asked.contains_key(id))
            .collect();
        Scope {
            asked,
            not_asked,
            without_reference,
        }
    }
}

/// Missing, obsolete and different-shaped messages against the reference.
/// A message only the topics not written for this locale ask for is not
/// missing.
pub(super) fn compare(
    locale: &str,
    reference: &LocaleFacts,
    facts: &LocaleFacts,
    scope: &Scope,
    out: &mut Diagnostics,
    translated: &mut usize,
) -> f64 {
    let mut present = 0usize;
    let mut expected = 0usize;
    for (id, r) in &reference.messages {
        if scope.not_asked.contains(id) {
            continue;
        }
        expected += 1;
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
            let mut d = Diagnostic::error(format!(
                "message `{id}` of {REFERENCE_LOCALE} is missing from `{locale}`"
            ))
            .at(Location::file(&file));
            if let Some(topic) = scope.asked.get(id) {
                d = d.note(format!(
                    "the topic `{topic}` asks for it; a topic written for some languages only lists them: `locales: [{REFERENCE_LOCALE}, ...]` in its YAML"
                ));
            }
            out.push(d.hint(format!("translate it: {} has it", r.file)));
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
        if !reference.messages.contains_key(id) && !scope.without_reference.contains(id) {
            out.push(
                Diagnostic::warning(format!(
                    "message `{id}` is not in {REFERENCE_LOCALE} (obsolete?)"
                ))
                .at(facts.location(id))
                .hint("remove it, or check its spelling against the reference locale"),
            );
        }
    }
    super::percent(present, expected)
}

/// Translations whose source text changed since they were made: the text
/// of the locale the `source.lock` says they were translated from (en-US,
/// or the locale a scaffold started from: `locale new es-MX --from es`).
pub(super) fn stale(
    locale: &str,
    source: &LocaleFacts,
    facts: &LocaleFacts,
    lock: &crate::model::SourceLock,
    out: &mut Diagnostics,
) {
    let from = &lock.from;
    for (id, print) in &lock.messages {
        let (Some(r), true) = (source.messages.get(id), facts.messages.contains_key(id)) else {
            continue;
        };
        if !fingerprint_matches(&r.source, print) {
            out.push(
                Diagnostic::warning(format!("the {from} text of `{id}` changed since it was translated"))
                    .at(facts.location(id))
                    .note(format!("{from} now says: {}", r.source.trim_end()))
                    .hint(format!("update the translation, then run `handout check --accept --locale {locale} --content DIR`")),
            );
        }
    }
}

/// A selector on a number must name every plural category the language
/// uses (Russian: one, few, many, other; Arabic adds zero and two).
pub(super) fn plurals(locale: &str, facts: &LocaleFacts, out: &mut Diagnostics) {
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
pub(super) fn references(facts: &LocaleFacts, out: &mut Diagnostics) {
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

/// Every message a topic asks for exists in the locale. One the reference
/// has is reported by `compare`, at the locale's file; one the reference
/// lacks too is reported under the reference when it is checked (a topic
/// written for it), so each missing message is reported once.
pub(super) fn topic_messages(
    lib: &Library,
    topics: &[Arc<LoadedTopic>],
    locale: &str,
    (reference, reference_checked): (&LocaleFacts, bool),
    facts: &LocaleFacts,
    out: &mut Diagnostics,
) {
    let has = |facts: &LocaleFacts, r: &MessageRef| {
        facts.messages.get(r.message()).is_some_and(|m| {
            r.attribute()
                .map_or(m.has_value, |a| m.attributes.contains(a))
        })
    };
    let l10n = lib.localizer(locale, false).ok();
    for t in topics {
        let topic = &t.topic;
        for r in topic.all_messages() {
            if has(facts, r) {
                continue;
            }
            if locale != REFERENCE_LOCALE
                && (has(reference, r) || (reference_checked && topic.meant_for(REFERENCE_LOCALE)))
            {
                continue;
            }
            let asked = t.location_of("", r.as_str());
            let error = if facts.messages.contains_key(r.message()) {
                if r.attribute().is_some() {
                    FormatError::MissingAttribute
                } else {
                    FormatError::NoValue
                }
            } else {
                FormatError::MissingMessage
            };
            let asker = format!("the topic `{}`", topic.id);
            let d = match &l10n {
                Some(l10n) => crate::render::message_error(l10n, r, &error, asked, &asker),
                None => {
                    Diagnostic::error(format!("message `{r}` is missing from locale `{locale}`"))
                        .at(asked)
                        .note(format!("{asker} asks for it"))
                        .hint(format!(
                            "add `{} = ...` to a .ftl file of locales/{locale}/",
                            r.message()
                        ))
                }
            };
            out.push(d);
        }
    }
}

/// Characters no bundled font can draw, at their place in the files.
pub(super) fn glyphs(lib: &Library, locale: &str, out: &mut Diagnostics) {
    out.0
        .extend(crate::leaflet::locale_glyph_errors(lib, locale).0);
}
