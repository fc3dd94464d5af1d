//! Stage 3, render: errors said in the author's words. A message a topic
//! or template asks for that a locale lacks or cannot format (named as
//! what it most likely is: untranslated, misspelled, unknown), a topic
//! asked for in a locale it is not written for, and Tera's own errors at
//! their place in the template.

use crate::diag::{Diagnostic, Kind, Location};
use crate::l10n::{Absent, FormatError, Localizer, REFERENCE_LOCALE};
use crate::load::{LoadedTopic, SourceFile};
use crate::model::MessageRef;

/// The error for message `msg`, which `l10n` could not format, asked for
/// at `asked` by `asker` (`the topic`, `the template`). A message missing
/// from the locale is said as what it most likely is: not translated yet,
/// misspelled where the locale defines it (the error is then at that
/// definition), or an id no locale has (with the closest one). A message
/// that is there but fails is wrong in its FTL file: the error is there.
pub(crate) fn message_error(
    l10n: &Localizer,
    msg: &MessageRef,
    e: &FormatError,
    asked: Location,
    asker: &str,
) -> Diagnostic {
    located_message_error(l10n, msg, e, asked, asker).kind(Kind::Message)
}

fn located_message_error(
    l10n: &Localizer,
    msg: &MessageRef,
    e: &FormatError,
    asked: Location,
    asker: &str,
) -> Diagnostic {
    let locale = &l10n.locale;
    let folder = l10n.folder();
    let id = msg.message();
    let at = |loc: &Location| format!("{}:{}:{}", loc.path, loc.line, loc.column);
    if *e == FormatError::MissingMessage {
        return match l10n.absent(id) {
            Absent::MisspeltHere { id: near, at: def } => Diagnostic::error(format!(
                "no message `{id}` in locale `{locale}` ({folder}/*.ftl)"
            ))
            .at(def)
            .note(format!("{asker} asks for `{id}` at {}", at(&asked)))
            .hint(format!(
                "`{near}` here looks like a misspelling of it: rename it `{id}`"
            )),
            Absent::Untranslated {
                reference_file,
                file_name,
            } => Diagnostic::error(e.describe(msg, locale))
                .at(asked)
                .note(format!(
                    "{asker} asks for it; {REFERENCE_LOCALE} has it in {reference_file}"
                ))
                .hint(format!(
                    "add `{id} = ...` to {folder}/{file_name}, or pass --allow-fallback to print the {REFERENCE_LOCALE} text"
                )),
            Absent::Unknown { suggestion } => {
                let nor = if locale == REFERENCE_LOCALE || l10n.folder().ends_with(REFERENCE_LOCALE) {
                    String::new()
                } else {
                    format!(" or in {REFERENCE_LOCALE}")
                };
                Diagnostic::error(format!(
                    "no message `{id}` in locale `{locale}` ({folder}/*.ftl){nor}"
                ))
                .at(asked)
                .hint(match suggestion {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!(
                        "check the id's spelling; messages are defined in {folder}/*.ftl and the other locales' folders"
                    ),
                })
            }
        };
    }
    let d = match l10n.definition(msg, e) {
        Some(def) => Diagnostic::error(e.describe(msg, locale))
            .at(def)
            .note(format!("{asker} asks for it at {}", at(&asked))),
        None => Diagnostic::error(e.describe(msg, locale))
            .at(asked)
            .note(format!(
                "{asker} asks for it; the locale's files are in {folder}/"
            )),
    };
    d.hint(e.hint(msg, folder))
}

/// The error for a topic asked for in a locale it does not list in its
/// `locales:` (a clinic's topic written in two languages, say). A
/// pseudo-locale, made from the reference, goes with the reference.
pub(crate) fn not_meant_for(topic: &LoadedTopic, locale: &str) -> Option<Diagnostic> {
    let t = &topic.topic;
    let as_locale = if crate::l10n::pseudo_locale(locale).is_some() {
        REFERENCE_LOCALE
    } else {
        locale
    };
    let listed = t.locales.as_ref().filter(|_| !t.meant_for(as_locale))?;
    let text = topic.file.text().unwrap_or("");
    let at = text
        .match_indices("locales:")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n')
        .unwrap_or(0);
    let names = listed
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(
        Diagnostic::error(format!(
            "topic `{}` is written for {names}, not for `{locale}`",
            t.id
        ))
        .at(Location::new(&topic.file.display, text, at..at + "locales".len()))
        .hint(format!(
            "ask for one of its locales (--locale {}), or translate its messages and add `{locale}` to its `locales:`",
            listed.first().map_or("", String::as_str)
        )),
    )
}

pub(super) fn tera_diagnostic(e: &tera::Error, sources: &[SourceFile]) -> Diagnostic {
    tera_located(e, sources).kind(Kind::Template)
}

/// The Tera error at its place in the template, with a hint.
fn tera_located(e: &tera::Error, sources: &[SourceFile]) -> Diagnostic {
    let report = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    if let tera::ErrorKind::CircularInclude { include_chain, .. } = e.kind() {
        // Point at the include that closes the loop.
        let chain = include_chain.join(" -> ");
        let d = Diagnostic::error(format!("template: the includes form a loop: {chain}"))
            .hint("a template cannot include itself, directly or through another: remove one `{% include %}` of the loop");
        if let [.., from, to] = include_chain.as_slice() {
            let file = sources
                .iter()
                .find(|f| f.rel.trim_start_matches("templates/") == from.as_str());
            if let Some((f, text)) = file.and_then(|f| f.text().ok().map(|t| (f, t))) {
                let needle = format!("\"{to}\"");
                if let Some(at) = text.find(&needle) {
                    return d.at(Location::new(&f.display, text, at..at + needle.len()));
                }
                return d.at(Location::file(&f.display));
            }
        }
        return d;
    }
    if let tera::ErrorKind::Msg(m) = e.kind() {
        if let Some(d) = located_report(m, sources) {
            return d;
        }
    }
    match report {
        Some(r) => {
            let file = sources
                .iter()
                .find(|f| f.rel.trim_start_matches("templates/") == r.filename());
            let mut d = Diagnostic::error(format!("template: {}", r.message()));
            d = match file.and_then(|f| f.text().ok().map(|t| (f, t))) {
                Some((f, text)) => d.at(Location::new(&f.display, text, r.span().range.clone())),
                None => d.at(Location::file(&format!("templates/{}", r.filename()))),
            };
            d.hint(
                "see the template syntax of Tera 2 (keon.github.io/tera) and templates/README.md",
            )
        }
        None => Diagnostic::error(format!("template: {e}"))
            .hint("see the template syntax of Tera 2 and templates/README.md"),
    }
}

/// Tera's checks after parsing (an unknown template, filter or function)
/// come as text: `error: Unknown template `x.tera`` then
/// ` --> name:line:col`. Turns the first into our diagnostic.
fn located_report(m: &str, sources: &[SourceFile]) -> Option<Diagnostic> {
    let mut lines = m.lines();
    let what = lines.next()?.trim().trim_start_matches("error: ");
    let place = lines.find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = place.rsplitn(3, ':');
    let col: usize = parts.next()?.trim().parse().ok()?;
    let line: usize = parts.next()?.trim().parse().ok()?;
    let name = parts.next()?;
    let file = sources
        .iter()
        .find(|f| f.rel.trim_start_matches("templates/") == name)?;
    let text = file.text().ok()?;
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let at = text[line_start..]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i);
    let hint = if what.starts_with("Unknown template") {
        "templates live in templates/*.tera of the content; check the name, or add the file"
    } else {
        "see the template syntax of Tera 2 (keon.github.io/tera) and templates/README.md"
    };
    Some(
        Diagnostic::error(format!("template: {what}"))
            .at(Location::new(&file.display, text, at..at + 1))
            .hint(hint),
    )
}
