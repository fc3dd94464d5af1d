//! Stage 2, l10n: Fluent. In: the FTL files of the loaded content and a
//! requested language. Out: a [`Localizer`] that formats messages with their
//! variables. Parses FTL collecting every error with its position, negotiates
//! the locale (`es-MX` finds `es`, `zh-TW` finds `zh-Hant`), and treats a
//! missing message, attribute or variable as an error: a message id never
//! reaches paper. Keeps Fluent's bidi isolation marks (U+2068/U+2069) for
//! the layout stage, which drops them before shaping.
//!
//! This file holds the localizer, negotiation and the pseudo-locales;
//! `error` says why a message failed, `facts` reads a locale for the
//! translators' checks, `source` finds entries in FTL text line by line.

mod absent;
mod error;
mod facts;
pub(crate) mod source;

pub(crate) use absent::Absent;
pub(crate) use error::{FluentProblem, FormatError};
pub(crate) use facts::{locale_facts, plural_categories, LocaleFacts};

use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::load::{Content, SourceFile};
use crate::model::{LocaleInfo, MessageRef};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The reference locale every translation is made from.
pub(crate) const REFERENCE_LOCALE: &str = "en-US";

/// Longest text one message may format to, in bytes. A leaflet message is
/// a paragraph or two; a longer one is a mistake (a file pasted into a
/// message, references that multiply) and would not fit the page limit.
pub(crate) const MAX_MESSAGE: usize = 64 * 1024;

/// One locale's messages, ready to format.
pub struct Localizer {
    /// The locale folder that was chosen (`es` for a request of `es-MX`).
    pub locale: String,
    /// The locale's metadata (name, direction, draft status).
    pub info: Option<LocaleInfo>,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
    /// Folder shown in errors (`locales/es`).
    folder: String,
    /// The locale's FTL files, to point at a message that fails.
    files: Vec<SourceFile>,
    /// The reference locale's FTL files, to tell a message not translated
    /// yet from a misspelled id.
    reference: Vec<SourceFile>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// Builds the localizer for `requested` (negotiated against the locale
    /// folders). With `allow_fallback`, messages missing from it come from
    /// the reference locale, with a warning each.
    pub fn new(content: &Content, requested: &str, allow_fallback: bool) -> Result<Localizer> {
        if let Some(pseudo) = pseudo_locale(requested) {
            return Localizer::pseudo(content, pseudo);
        }
        let available = content.locale_ids();
        crate::model::check_language_tag(requested).map_err(|e| {
            Diagnostic::error(e).hint(format!("available locales: {}", available.join(", ")))
        })?;
        let locale = negotiate(requested, &available).ok_or_else(|| {
            Diagnostic::error(format!("no locale serves `{requested}`")).hint(format!(
                "available locales: {}; a translation goes in locales/<lang>/ of a content folder (--content DIR)",
                available.join(", ")
            ))
        })?;
        let bundle = build_bundle(content, &locale)?;
        let fallback = if allow_fallback && locale != REFERENCE_LOCALE {
            Some(build_bundle(content, REFERENCE_LOCALE)?)
        } else {
            None
        };
        let info = content.locale_info(&locale)?;
        Ok(Localizer {
            files: content.locale_files(&locale).into_iter().cloned().collect(),
            reference: content
                .locale_files(REFERENCE_LOCALE)
                .into_iter()
                .cloned()
                .collect(),
            folder: format!("locales/{locale}"),
            locale,
            info,
            bundle,
            fallback,
        })
    }

    /// The localizer of a pseudo-locale: the reference locale's messages,
    /// transformed as they are formatted.
    fn pseudo(content: &Content, pseudo: &'static str) -> Result<Localizer> {
        let mut bundle = build_bundle(content, REFERENCE_LOCALE)?;
        let rtl = pseudo == "ar-XB";
        bundle.set_transform(Some(if rtl { mirrored } else { accented }));
        Ok(Localizer {
            folder: format!("locales/{REFERENCE_LOCALE}"),
            locale: pseudo.to_string(),
            info: Some(LocaleInfo {
                name: if rtl {
                    "Pseudo (mirrored, right to left)".into()
                } else {
                    "Pseudo (accented, longer)".into()
                },
                direction: if rtl {
                    crate::model::Direction::Rtl
                } else {
                    crate::model::Direction::Ltr
                },
                status: crate::model::LocaleStatus::Draft,
                translator: None,
                reviewer: None,
                review_date: None,
            }),
            bundle,
            fallback: None,
            files: content
                .locale_files(REFERENCE_LOCALE)
                .into_iter()
                .cloned()
                .collect(),
            reference: content
                .locale_files(REFERENCE_LOCALE)
                .into_iter()
                .cloned()
                .collect(),
        })
    }

    /// Where the problem `err` with `msg` is in this locale's files: the
    /// unknown variable or reference inside the message's definition when
    /// it is written there, else the message's id. `None` when the message
    /// is not defined here (it is missing, or came from the fallback).
    pub fn definition(&self, msg: &MessageRef, err: &FormatError) -> Option<Location> {
        let id = msg.message();
        for file in &self.files {
            let Ok(text) = file.text() else { continue };
            let Some(at) = source::find_entry(text, id) else {
                continue;
            };
            let entry = source::entry_span(text, at);
            let needle = match err {
                FormatError::Fluent(problems) => problems.iter().find_map(FluentProblem::needle),
                _ => None,
            };
            let span = needle
                .and_then(|n| {
                    text[entry.clone()]
                        .find(&n)
                        .map(|i| entry.start + i..entry.start + i + n.len())
                })
                .unwrap_or(at..at + id.len());
            return Some(Location::new(&file.display, text, span));
        }
        None
    }

    /// Why message `id` is not in this locale: not translated yet, defined
    /// under a misspelled id, or unknown (with a close id, if any).
    pub(crate) fn absent(&self, id: &str) -> Absent {
        absent::absent(id, &self.files, &self.reference)
    }

    /// The locale folder shown in errors.
    pub fn folder(&self) -> &str {
        &self.folder
    }

    /// True when the locale is marked as a draft translation.
    pub fn is_draft(&self) -> bool {
        self.info
            .as_ref()
            .is_some_and(|i| i.status == crate::model::LocaleStatus::Draft)
    }

    /// Formats a message. `warnings` receives one entry per message served
    /// by the fallback locale.
    pub fn format(
        &self,
        msg: &MessageRef,
        args: &[(&str, Arg)],
        warnings: &mut Vec<String>,
    ) -> std::result::Result<String, FormatError> {
        match format_in(&self.bundle, msg, args) {
            Err(FormatError::MissingMessage | FormatError::MissingAttribute)
                if self.fallback.is_some() =>
            {
                let fb = self.fallback.as_ref().expect("checked");
                let s = format_in(fb, msg, args)?;
                warnings.push(format!(
                    "`{msg}` is missing from locale `{}`; printed in {REFERENCE_LOCALE} instead",
                    self.locale
                ));
                Ok(s)
            }
            other => other,
        }
    }
}

/// An argument to a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text.
    Str(String),
    /// A number (plural selection uses it).
    Num(f64),
}

fn lookup<'b>(
    bundle: &'b FluentBundle<FluentResource>,
    msg: &MessageRef,
) -> std::result::Result<&'b fluent_syntax::ast::Pattern<&'b str>, FormatError> {
    let m = bundle
        .get_message(msg.message())
        .ok_or(FormatError::MissingMessage)?;
    match msg.attribute() {
        Some(a) => Ok(m
            .get_attribute(a)
            .ok_or(FormatError::MissingAttribute)?
            .value()),
        None => m.value().ok_or(FormatError::NoValue),
    }
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    msg: &MessageRef,
    args: &[(&str, Arg)],
) -> std::result::Result<String, FormatError> {
    let pattern = lookup(bundle, msg)?;
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    if errors.is_empty() && out.len() > MAX_MESSAGE {
        Err(FormatError::TooLong(out.len()))
    } else if errors.is_empty() {
        Ok(out.into_owned())
    } else {
        Err(FormatError::Fluent(
            errors.iter().map(FluentProblem::from_fluent).collect(),
        ))
    }
}

/// Which locale folder serves a request, by Fluent's negotiation with CLDR
/// likely-subtags data; `None` when none fits.
pub(crate) fn negotiate(requested: &str, available: &[String]) -> Option<String> {
    let req: LanguageIdentifier = requested.parse().ok()?;
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let chosen = negotiate_languages(&[req], &avail, None, NegotiationStrategy::Filtering);
    let first = chosen.first()?;
    available
        .iter()
        .find(|a| a.parse::<LanguageIdentifier>().ok().as_ref() == Some(*first))
        .cloned()
}

/// Parses a language tag, as a translator would type it.
pub(crate) fn canonical_tag(tag: &str) -> std::result::Result<(String, bool), String> {
    let id: LanguageIdentifier = tag.parse().map_err(|_| {
        format!("`{tag}` is not a valid language tag (BCP 47, such as fr, pt-BR, zh-Hant)")
    })?;
    let rtl = id.character_direction() == unic_langid::CharacterDirection::RTL;
    Ok((id.to_string(), rtl))
}

/// Pseudo-locales, made from the reference locale on the fly (fluent-pseudo)
/// so that template authors see layout breakage before any translator
/// starts: `en-XA` is accented and about a third longer, `ar-XB` mirrored
/// and right to left.
pub(crate) const PSEUDO_LOCALES: [&str; 2] = ["en-XA", "ar-XB"];

/// The pseudo-locale a request names, if any (`en-xa` finds `en-XA`).
pub(crate) fn pseudo_locale(requested: &str) -> Option<&'static str> {
    PSEUDO_LOCALES
        .iter()
        .copied()
        .find(|p| p.eq_ignore_ascii_case(requested))
}

fn accented(s: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

fn mirrored(s: &str) -> std::borrow::Cow<'_, str> {
    // fluent-pseudo's upside-down letters, but with the few that only math
    // or Canadian-syllabics fonts have replaced by Latin look-alikes, so the
    // bundled fonts draw every one.
    let flipped = fluent_pseudo::transform(s, true, false);
    if !flipped.contains(['∀', 'Ↄ', '∩', '⊥', 'ᗡ']) {
        return flipped;
    }
    flipped
        .chars()
        .map(|c| match c {
            '∀' => 'Ɐ',
            'Ↄ' => 'Ɔ',
            '∩' => 'U',
            '⊥' => 'Ʇ',
            'ᗡ' => 'D',
            c => c,
        })
        .collect::<String>()
        .into()
}

/// Parses every FTL file of `lang` into one bundle, collecting all errors.
fn build_bundle(content: &Content, lang: &str) -> Result<FluentBundle<FluentResource>> {
    let langid: LanguageIdentifier = lang.parse().map_err(|_| {
        Diagnostic::error(format!("`{lang}` is not a valid language tag"))
            .hint("use a BCP 47 tag such as es, es-MX, zh-Hans")
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    let mut diags = Diagnostics::default();
    let files = content.locale_files(lang);
    if files.is_empty() {
        return Err(
            Diagnostic::error(format!("locale `{lang}` has no .ftl files"))
                .at(Location::file(&format!("locales/{lang}")))
                .into(),
        );
    }
    for file in files {
        let text = match file.text() {
            Ok(t) => t,
            Err(e) => {
                diags.0.extend(e.0);
                continue;
            }
        };
        diags.0.extend(unprintable(&file.display, text));
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(syntax_error(&file.display, text, &e));
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(res) {
            for e in errors {
                if let FluentError::Overriding { id, .. } = &e {
                    // 0 for a term: Fluent names it without its `-`.
                    let at = source::find_entry(text, id).unwrap_or(0);
                    diags.push(
                        Diagnostic::error(format!(
                            "message `{id}` is defined twice in locale `{lang}`"
                        ))
                        .at(Location::new(&file.display, text, at..at + id.len()))
                        .hint("each message id may appear once across a locale's files"),
                    );
                } else {
                    diags.push(Diagnostic::error(e.to_string()).at(Location::file(&file.display)));
                }
            }
        }
    }
    diags.into_result(bundle)
}

/// A Fluent syntax error at its place in the file, with a hint.
fn syntax_error(display: &str, text: &str, e: &fluent_syntax::parser::ParserError) -> Diagnostic {
    Diagnostic::error(format!("Fluent syntax: {}", e.kind))
        .at(Location::new(display, text, e.pos.clone()))
        .hint(syntax_hint(&e.kind.to_string()))
}

/// A hint for a Fluent syntax error, by what the parser expected.
fn syntax_hint(kind: &str) -> &'static str {
    if kind.contains("\"}\"") {
        "a `{` is not closed: every placeable is written `{ $variable }`"
    } else if kind.contains("inline expression") {
        "after `{` comes a variable (`$name`), a message id, or a quoted text; close it with `}`"
    } else if kind.contains("\"=\"") {
        "a message is `id = text`; is the `=` missing?"
    } else {
        "see projectfluent.org/fluent/guide ; a message's continuation lines must be indented"
    }
}

/// Control characters (other than tab and line breaks) and the
/// noncharacters (U+FDD0 to U+FDEF, and U+FFFE and U+FFFF of every plane)
/// in a locale file: nothing can print them, the leaflet's markup (XML)
/// cannot even hold most of them, and the template uses noncharacters
/// for its own stand-ins.
/// They are invisible in most editors and usually come with text pasted
/// from another program. The first few are reported, each at its place.
fn unprintable(display: &str, text: &str) -> Vec<Diagnostic> {
    const SHOWN: usize = 5;
    let found: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| {
            (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_noncharacter(*c)
        })
        .collect();
    let mut out: Vec<Diagnostic> = found
        .iter()
        .take(SHOWN)
        .map(|&(at, c)| {
            Diagnostic::error(format!(
                "the file holds the invisible character U+{:04X}, which cannot be printed",
                u32::from(c)
            ))
            .at(Location::new(display, text, at..at + c.len_utf8()))
            .hint("delete it; it often comes with text pasted from another program")
        })
        .collect();
    if found.len() > SHOWN {
        out.push(
            Diagnostic::error(format!(
                "… and {} more invisible characters in this file",
                found.len() - SHOWN
            ))
            .at(Location::file(display)),
        );
    }
    out
}

/// A Unicode noncharacter: U+FDD0 to U+FDEF, or U+xFFFE and U+xFFFF.
fn is_noncharacter(c: char) -> bool {
    let c = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&c) || c & 0xFFFE == 0xFFFE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noncharacters_are_the_unicode_set() {
        for c in [
            '\u{FDD0}',
            '\u{FDEF}',
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{1FFFE}',
            '\u{10FFFF}',
        ] {
            assert!(is_noncharacter(c), "{c:?}");
        }
        for c in ['\u{FDCF}', '\u{FDF0}', '\u{E000}', '\u{FFFD}', 'a'] {
            assert!(!is_noncharacter(c), "{c:?}");
        }
    }

    fn avail(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn negotiation_finds_the_language_folder() {
        let a = avail(&["en-US", "es", "zh-Hans"]);
        assert_eq!(negotiate("es-MX", &a).as_deref(), Some("es"));
        assert_eq!(negotiate("en", &a).as_deref(), Some("en-US"));
        assert_eq!(negotiate("zh-CN", &a).as_deref(), Some("zh-Hans"));
        assert_eq!(negotiate("fr", &a), None);
    }

    #[test]
    fn missing_variable_is_an_error_not_text() {
        let mut b = FluentBundle::new_concurrent(vec!["en-US".parse().unwrap()]);
        b.add_resource(FluentResource::try_new("hi = Hello { $name }\n".into()).unwrap())
            .unwrap();
        let m = MessageRef::new("hi").unwrap();
        assert!(matches!(
            format_in(&b, &m, &[]),
            Err(FormatError::Fluent(_))
        ));
        let ok = format_in(&b, &m, &[("name", Arg::Str("Ana".into()))]).unwrap();
        assert_eq!(ok, "Hello \u{2068}Ana\u{2069}");
    }
}
