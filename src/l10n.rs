//! Stage 2, l10n: Fluent. In: the FTL files of the loaded content and a
//! requested language. Out: a [`Localizer`] that formats messages with their
//! variables. Parses FTL collecting every error with its position, negotiates
//! the locale (`es-MX` finds `es`, `zh-TW` finds `zh-Hant`), and treats a
//! missing message, attribute or variable as an error: a message id never
//! reaches paper. Keeps Fluent's bidi isolation marks (U+2068/U+2069) for
//! the layout stage, which drops them before shaping.

use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::load::Content;
use crate::model::{LocaleInfo, MessageRef};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The reference locale every translation is made from.
pub const REFERENCE_LOCALE: &str = "en-US";

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
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

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
    Fluent(Vec<String>),
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
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(
                        Diagnostic::error(format!("Fluent syntax: {}", e.kind))
                            .at(Location::new(&file.display, text, e.pos.clone()))
                            .hint("see https://projectfluent.org/fluent/guide/ ; continuation lines of a message must be indented"),
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

fn find_entry(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line
            .strip_prefix(id)
            .is_some_and(|r| r.trim_start().starts_with('='))
        {
            return offset;
        }
        offset += line.len();
    }
    0
}

impl Localizer {
    /// Builds the localizer for `requested` (negotiated against the locale
    /// folders). With `allow_fallback`, messages missing from it come from
    /// the reference locale, with a warning each.
    pub fn new(content: &Content, requested: &str, allow_fallback: bool) -> Result<Localizer> {
        let available = content.locale_ids();
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
            folder: format!("locales/{locale}"),
            locale,
            info,
            bundle,
            fallback,
        })
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
    if errors.is_empty() {
        Ok(out.into_owned())
    } else {
        Err(FormatError::Fluent(
            errors.iter().map(ToString::to_string).collect(),
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
