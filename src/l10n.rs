//! Stage 2, l10n: Fluent. In: the FTL files of the loaded content and a
//! requested language. Out: a [`Localizer`] that formats messages with their
//! variables. Parses FTL collecting every error with its position, negotiates
//! the locale (`es-MX` finds `es`, `zh-TW` finds `zh-Hant`), and treats a
//! missing message, attribute or variable as an error: a message id never
//! reaches paper. Keeps Fluent's bidi isolation marks (U+2068/U+2069) for
//! the layout stage, which drops them before shaping.

use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::load::{Content, SourceFile};
use crate::model::{LocaleInfo, MessageRef};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The reference locale every translation is made from.
pub const REFERENCE_LOCALE: &str = "en-US";

/// Pseudo-locales, made from the reference locale on the fly (fluent-pseudo)
/// so that template authors see layout breakage before any translator
/// starts: `en-XA` is accented and about a third longer, `ar-XB` mirrored
/// and right to left.
pub const PSEUDO_LOCALES: [&str; 2] = ["en-XA", "ar-XB"];

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

/// The pseudo-locale a request names, if any (`en-xa` finds `en-XA`).
pub fn pseudo_locale(requested: &str) -> Option<&'static str> {
    PSEUDO_LOCALES
        .iter()
        .copied()
        .find(|p| p.eq_ignore_ascii_case(requested))
}

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
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

/// Longest text one message may format to, in bytes. A leaflet message is
/// a paragraph or two; a longer one is a mistake (a file pasted into a
/// message, references that multiply) and would not fit the page limit.
pub const MAX_MESSAGE: usize = 64 * 1024;

/// Why a message could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// No such message in the locale.
    MissingMessage,
    /// The message exists but has no such attribute.
    MissingAttribute,
    /// The message has only attributes.
    NoValue,
    /// Fluent reported problems (an unknown variable, a cycle...).
    Fluent(Vec<FluentProblem>),
    /// The formatted text is longer than [`MAX_MESSAGE`] bytes (its length).
    TooLong(usize),
}

/// One problem Fluent found while formatting a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FluentProblem {
    /// The message refers to itself, directly or through others.
    Cycle,
    /// `{ $name }` names a variable the message is not given.
    UnknownVariable(String),
    /// `{ id }` or `{ -term }` names a message or term that does not exist.
    UnknownReference(String),
    /// More than Fluent's 100 placeables (references nested too deep).
    TooManyPlaceables,
    /// Anything else, as Fluent words it.
    Other(String),
}

impl std::fmt::Display for FluentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FluentProblem::Cycle => f.write_str("it refers to itself (a cycle of references)"),
            FluentProblem::UnknownVariable(v) => {
                write!(f, "it uses `${v}`, a variable it is not given")
            }
            FluentProblem::UnknownReference(r) => {
                write!(f, "it refers to `{r}`, which does not exist")
            }
            FluentProblem::TooManyPlaceables => {
                f.write_str("it expands to more than 100 placeables (references nested too deep)")
            }
            FluentProblem::Other(s) => f.write_str(s),
        }
    }
}

impl FluentProblem {
    fn from_fluent(e: &FluentError) -> FluentProblem {
        use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
        match e {
            FluentError::ResolverError(ResolverError::Cyclic) => FluentProblem::Cycle,
            FluentError::ResolverError(ResolverError::TooManyPlaceables) => {
                FluentProblem::TooManyPlaceables
            }
            FluentError::ResolverError(ResolverError::Reference(r)) => match r {
                ReferenceKind::Variable { id } => FluentProblem::UnknownVariable(id.clone()),
                ReferenceKind::Message { id, attribute } => FluentProblem::UnknownReference(
                    attribute
                        .as_ref()
                        .map_or(id.clone(), |a| format!("{id}.{a}")),
                ),
                ReferenceKind::Term { id, attribute } => FluentProblem::UnknownReference(
                    attribute
                        .as_ref()
                        .map_or(format!("-{id}"), |a| format!("-{id}.{a}")),
                ),
                ReferenceKind::Function { id } => {
                    FluentProblem::UnknownReference(format!("{id}()"))
                }
            },
            other => FluentProblem::Other(other.to_string()),
        }
    }

    /// The text in the message's source to point at, if any.
    fn needle(&self) -> Option<String> {
        match self {
            FluentProblem::UnknownVariable(v) => Some(format!("${v}")),
            FluentProblem::UnknownReference(r) => Some(r.clone()),
            _ => None,
        }
    }
}

impl FormatError {
    /// What went wrong with `msg` in `locale`, in one sentence.
    pub fn describe(&self, msg: &MessageRef, locale: &str) -> String {
        let id = msg.message();
        match self {
            FormatError::MissingMessage => {
                format!("message `{id}` is missing from locale `{locale}`")
            }
            FormatError::MissingAttribute => format!(
                "message `{id}` has no attribute `{}` in locale `{locale}`",
                msg.attribute().unwrap_or("")
            ),
            FormatError::NoValue => {
                format!("message `{id}` has no value in locale `{locale}`, only attributes")
            }
            FormatError::Fluent(problems) => {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                format!(
                    "message `{msg}` in locale `{locale}` could not be formatted: {}",
                    list.join("; ")
                )
            }
            FormatError::TooLong(len) => format!(
                "message `{msg}` in locale `{locale}` is {len} bytes long once formatted; the limit is {MAX_MESSAGE}"
            ),
        }
    }

    /// How to fix it; `folder` is the locale's folder (`locales/es`).
    pub fn hint(&self, msg: &MessageRef, folder: &str) -> String {
        let id = msg.message();
        match self {
            FormatError::MissingMessage | FormatError::MissingAttribute => format!(
                "add `{id} = ...` to a .ftl file of {folder}, or pass --allow-fallback to print the {REFERENCE_LOCALE} text"
            ),
            FormatError::NoValue => format!("give it a value: `{id} = text`, before its attributes"),
            FormatError::Fluent(problems) => match problems.first() {
                Some(FluentProblem::Cycle) => format!(
                    "a message cannot include itself, directly or through other messages: replace the `{{ ... }}` reference that leads back to `{id}` with text"
                ),
                Some(FluentProblem::UnknownVariable(v)) => format!(
                    "remove `{{ ${v} }}` or write the value in the text: the leaflet passes this message no `${v}` (templates/README.md lists the variables each message gets)"
                ),
                Some(FluentProblem::UnknownReference(r)) => format!(
                    "define `{r}` in {folder}, or remove the reference to it"
                ),
                Some(FluentProblem::TooManyPlaceables) => {
                    "write the text out instead of nesting references to references".to_string()
                }
                _ => "see projectfluent.org/fluent/guide".to_string(),
            },
            FormatError::TooLong(_) => format!(
                "a leaflet message is a paragraph or two: shorten `{id}` (was a file or a list pasted into it?)"
            ),
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

/// Which locale folder serves a request, by Fluent's negotiation with CLDR
/// likely-subtags data; `None` when none fits.
pub fn negotiate(requested: &str, available: &[String]) -> Option<String> {
    let req: LanguageIdentifier = requested.parse().ok()?;
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let chosen = negotiate_languages(&[req], &avail, None, NegotiationStrategy::Filtering);
    let first = chosen.first()?;
    available
        .iter()
        .find(|a| a.parse::<LanguageIdentifier>().ok().as_ref() == Some(*first))
        .cloned()
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
                    diags.push(
                        Diagnostic::error(format!("Fluent syntax: {}", e.kind))
                            .at(Location::new(&file.display, text, e.pos.clone()))
                            .hint(syntax_hint(&e.kind.to_string())),
                    );
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(res) {
            for e in errors {
                if let FluentError::Overriding { id, .. } = &e {
                    let at = find_entry(text, id);
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

/// Control characters (other than tab and line breaks) and the
/// noncharacters U+FFFE and U+FFFF in a locale file: nothing can print
/// them, and the leaflet's markup (XML) cannot even hold most of them.
/// They are invisible in most editors and usually come with text pasted
/// from another program. The first few are reported, each at its place.
fn unprintable(display: &str, text: &str) -> Vec<Diagnostic> {
    const SHOWN: usize = 5;
    let found: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| {
            (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{FFFE}' | '\u{FFFF}')
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

/// The entry starting at `offset`: its line and the indented lines after it.
fn entry_text(text: &str, offset: usize) -> String {
    let mut out = String::new();
    for (i, line) in text[offset.min(text.len())..]
        .split_inclusive('\n')
        .enumerate()
    {
        let continues = line.starts_with([' ', '\t']) && !line.trim().is_empty();
        if i > 0 && !continues {
            break;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn find_entry(text: &str, id: &str) -> usize {
    find_entry_opt(text, id).unwrap_or(0)
}

fn find_entry_opt(text: &str, id: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line
            .strip_prefix(id)
            .is_some_and(|r| r.trim_start().starts_with('='))
        {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

impl Localizer {
    /// Builds the localizer for `requested` (negotiated against the locale
    /// folders). With `allow_fallback`, messages missing from it come from
    /// the reference locale, with a warning each.
    pub fn new(content: &Content, requested: &str, allow_fallback: bool) -> Result<Localizer> {
        if let Some(pseudo) = pseudo_locale(requested) {
            let mut bundle = build_bundle(content, REFERENCE_LOCALE)?;
            let rtl = pseudo == "ar-XB";
            bundle.set_transform(Some(if rtl { mirrored } else { accented }));
            return Ok(Localizer {
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
            });
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
            folder: format!("locales/{locale}"),
            locale,
            info,
            bundle,
            fallback,
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
            let Some(at) = find_entry_opt(text, id) else {
                continue;
            };
            let entry_len = entry_text(text, at).len().min(text.len() - at);
            let needle = match err {
                FormatError::Fluent(problems) => problems.iter().find_map(FluentProblem::needle),
                _ => None,
            };
            let span = needle
                .and_then(|n| {
                    text[at..at + entry_len]
                        .find(&n)
                        .map(|i| at + i..at + i + n.len())
                })
                .unwrap_or(at..at + id.len());
            return Some(Location::new(&file.display, text, span));
        }
        None
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

    /// True if the message (or attribute) exists in this locale.
    pub fn has(&self, msg: &MessageRef) -> bool {
        lookup(&self.bundle, msg).is_ok()
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

#[cfg(test)]
mod tests {
    use super::*;

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

/// What one message of a locale's files says, for the translators' checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageFacts {
    /// Display path of the file that defines it.
    pub file: String,
    /// Byte offset of its definition in that file.
    pub offset: usize,
    /// Whether it has a value (not only attributes).
    pub has_value: bool,
    /// Its attributes.
    pub attributes: std::collections::BTreeSet<String>,
    /// The `$variables` it uses, in its value and attributes.
    pub variables: std::collections::BTreeSet<String>,
    /// The messages (`id`) and terms (`-id`) it refers to.
    pub references: std::collections::BTreeSet<String>,
    /// Its source text as written (id, value, attributes), for fingerprints.
    pub source: String,
    /// The variant keys of each selector that chooses by plural category
    /// (any key is one of zero, one, two, few, many, other).
    pub plural_selects: Vec<std::collections::BTreeSet<String>>,
}

/// The CLDR plural categories (cardinal) a language uses, found by asking
/// its rules about integers and decimals; empty when CLDR has no rules.
pub fn plural_categories(lang: &str) -> Vec<&'static str> {
    use intl_pluralrules::{PluralCategory as C, PluralRuleType, PluralRules};
    let Ok(id) = lang.parse::<LanguageIdentifier>() else {
        return Vec::new();
    };
    // CLDR keys most rules by language alone (ru, not ru-RU).
    let language = LanguageIdentifier::from_parts(id.language, None, None, &[]);
    let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
    else {
        return Vec::new();
    };
    let mut found = std::collections::BTreeSet::new();
    let samples = (0..=200)
        .map(f64::from)
        .chain([0.5, 1.5, 2.5, 0.1, 1.1, 1_000_000.0]);
    for n in samples {
        if let Ok(c) = rules.select(n) {
            found.insert(match c {
                C::ZERO => 0,
                C::ONE => 1,
                C::TWO => 2,
                C::FEW => 3,
                C::MANY => 4,
                C::OTHER => 5,
            });
        }
    }
    const NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    found.into_iter().map(|i| NAMES[i]).collect()
}

/// Everything a locale's files define, and their syntax errors.
#[derive(Debug, Clone, Default)]
pub struct LocaleFacts {
    /// Messages by id.
    pub messages: std::collections::BTreeMap<String, MessageFacts>,
    /// Term ids, with their leading `-`.
    pub terms: std::collections::BTreeSet<String>,
    /// Syntax errors, with their places.
    pub errors: Diagnostics,
    /// The text of each file, by display path.
    pub texts: std::collections::BTreeMap<String, String>,
}

impl LocaleFacts {
    /// Where message `id` is defined: its id on its line (the file alone
    /// if its text is unknown).
    pub fn location(&self, id: &str) -> Location {
        let Some(m) = self.messages.get(id) else {
            return Location::file("");
        };
        match self.texts.get(&m.file) {
            Some(text) => Location::new(&m.file, text, m.offset..m.offset + id.len()),
            None => Location::file(&m.file),
        }
    }

    /// Where `needle` first appears in message `id`'s definition, if it does.
    pub fn location_in(&self, id: &str, needle: &str) -> Option<Location> {
        let m = self.messages.get(id)?;
        let text = self.texts.get(&m.file)?;
        let end = (m.offset + m.source.len()).min(text.len());
        let at = m.offset + text[m.offset..end].find(needle)?;
        Some(Location::new(&m.file, text, at..at + needle.len()))
    }
}

/// Reads a locale's FTL files into [`LocaleFacts`], collecting every
/// syntax error.
pub fn locale_facts(content: &Content, lang: &str) -> LocaleFacts {
    use fluent_syntax::ast;
    let mut facts = LocaleFacts::default();
    for file in content.locale_files(lang) {
        let text = match file.text() {
            Ok(t) => t,
            Err(e) => {
                facts.errors.0.extend(e.0);
                continue;
            }
        };
        facts.errors.0.extend(unprintable(&file.display, text));
        facts.texts.insert(file.display.clone(), text.to_string());
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    facts.errors.push(
                        Diagnostic::error(format!("Fluent syntax: {}", e.kind))
                            .at(Location::new(&file.display, text, e.pos.clone()))
                            .hint(syntax_hint(&e.kind.to_string()))
                            .note("the message with this error is skipped until it is fixed, so checks may also report it missing"),
                    );
                }
                r
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let offset = find_entry(text, m.id.name);
                    let mut f = MessageFacts {
                        file: file.display.clone(),
                        offset,
                        has_value: m.value.is_some(),
                        source: entry_text(text, offset),
                        ..MessageFacts::default()
                    };
                    if let Some(v) = &m.value {
                        walk_pattern(v, &mut f);
                    }
                    for a in &m.attributes {
                        f.attributes.insert(a.id.name.to_string());
                        walk_pattern(&a.value, &mut f);
                    }
                    facts.messages.insert(m.id.name.to_string(), f);
                }
                ast::Entry::Term(t) => {
                    facts.terms.insert(format!("-{}", t.id.name));
                }
                _ => {}
            }
        }
    }
    facts
}

fn walk_pattern(p: &fluent_syntax::ast::Pattern<&str>, f: &mut MessageFacts) {
    use fluent_syntax::ast::{Expression, PatternElement};
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(i) => walk_inline(i, f),
                Expression::Select { selector, variants } => {
                    walk_inline(selector, f);
                    let keys: std::collections::BTreeSet<String> = variants
                        .iter()
                        .map(|v| match &v.key {
                            fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                            fluent_syntax::ast::VariantKey::NumberLiteral { value } => {
                                value.to_string()
                            }
                        })
                        .collect();
                    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
                    if keys.iter().any(|k| CATEGORIES.contains(&k.as_str())) {
                        f.plural_selects.push(keys);
                    }
                    for v in variants {
                        walk_pattern(&v.value, f);
                    }
                }
            }
        }
    }
}

fn walk_inline(i: &fluent_syntax::ast::InlineExpression<&str>, f: &mut MessageFacts) {
    use fluent_syntax::ast::InlineExpression as I;
    match i {
        I::VariableReference { id } => {
            f.variables.insert(id.name.to_string());
        }
        I::MessageReference { id, .. } => {
            f.references.insert(id.name.to_string());
        }
        I::TermReference { id, arguments, .. } => {
            f.references.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| walk_inline(a, f));
                args.named.iter().for_each(|a| walk_inline(&a.value, f));
            }
        }
        I::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, f));
            arguments
                .named
                .iter()
                .for_each(|a| walk_inline(&a.value, f));
        }
        I::Placeable { expression } => walk_pattern(
            &fluent_syntax::ast::Pattern {
                elements: vec![fluent_syntax::ast::PatternElement::Placeable {
                    expression: (**expression).clone(),
                }],
            },
            f,
        ),
        I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
    }
}

/// Parses a language tag, as a translator would type it.
pub fn canonical_tag(tag: &str) -> std::result::Result<(String, bool), String> {
    let id: LanguageIdentifier = tag.parse().map_err(|_| {
        format!("`{tag}` is not a valid language tag (BCP 47, such as fr, pt-BR, zh-Hant)")
    })?;
    let rtl = id.character_direction() == unic_langid::CharacterDirection::RTL;
    Ok((id.to_string(), rtl))
}

#[cfg(test)]
mod plural_tests {
    use super::*;

    #[test]
    fn plural_categories_come_from_cldr() {
        assert_eq!(plural_categories("en"), ["one", "other"]);
        assert_eq!(plural_categories("ru"), ["one", "few", "many", "other"]);
        assert_eq!(
            plural_categories("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(plural_categories("zh"), ["other"]);
        assert_eq!(plural_categories("ru-RU"), ["one", "few", "many", "other"]);
    }
}
