//! Stage 3, render: the inline markup a message may carry. In: a body
//! message's formatted text. Out: leaflet markup with `<strong>`, `<em>`
//! and `<a href>` (https, mailto, tel) written out again and everything
//! else escaped, or the problem, reported at the message's place in its
//! FTL file. Titles, headings and the template's chrome messages take none.

use super::escape;
use crate::diag::Diagnostic;
use crate::l10n::Localizer;
use crate::model::MessageRef;

/// The inline markup a message may carry, for error messages.
const ALLOWED_MARKUP: &str = "<strong>…</strong>, <em>…</em> and <a href=\"https://…\">…</a> (an https, mailto or tel address)";

/// Why a message's inline markup was refused.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct MarkupProblem {
    /// The text at fault, as written (found again in the FTL file).
    needle: String,
    /// What is wrong, in one sentence.
    what: String,
}

impl MarkupProblem {
    fn new(needle: &str, what: impl Into<String>) -> Self {
        MarkupProblem {
            needle: needle.to_string(),
            what: what.into(),
        }
    }
}

/// One tag of a message's inline markup.
enum Tag<'a> {
    Open(&'static str),
    Close(&'static str),
    Link(&'a str),
}

/// Reads the inside of `<...>`: `strong`, `em`, `a href="..."` and their
/// closing tags; `None` for anything else.
fn read_tag(inner: &str) -> Option<Tag<'_>> {
    let inner = inner.trim_end();
    match inner {
        "strong" => return Some(Tag::Open("strong")),
        "em" => return Some(Tag::Open("em")),
        "/strong" => return Some(Tag::Close("strong")),
        "/em" => return Some(Tag::Close("em")),
        "/a" => return Some(Tag::Close("a")),
        _ => {}
    }
    let attr = inner.strip_prefix('a')?;
    if !attr.starts_with(char::is_whitespace) {
        return None;
    }
    let value = attr.trim_start().strip_prefix("href")?.trim_start();
    let value = value.strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value = &value[1..];
    let end = value.find(quote)?;
    value[end + 1..]
        .trim()
        .is_empty()
        .then(|| Tag::Link(&value[..end]))
}

/// Whether a link may lead to `href`: an https web address, an email
/// address or a phone number, written out in the message.
fn allowed_href(href: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    let rest = ["https://", "mailto:", "tel:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme));
    rest.is_some_and(|r| !r.is_empty())
        && !href
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_private_use(c) || is_isolate(c))
}

fn is_private_use(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

fn is_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// A message's text with its inline markup checked, as leaflet markup: the
/// tags of [`ALLOWED_MARKUP`] written out again, everything else escaped.
/// A `<` not followed by a letter, `/`, `!` or `?` is text ("5 < 10").
pub(super) fn inline_markup(text: &str) -> std::result::Result<String, MarkupProblem> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut open: Vec<&'static str> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.push_str(&escape(&rest[..i]));
        let after = &rest[i + 1..];
        if !after.starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c)) {
            out.push_str("&lt;");
            rest = after;
            continue;
        }
        let Some(end) = after.find('>') else {
            let start: String = rest[i..].chars().take(12).collect();
            return Err(MarkupProblem::new(
                &start,
                format!("`{start}` starts a tag that is never closed with `>`"),
            ));
        };
        let written = &rest[i..i + end + 2];
        match read_tag(&after[..end]) {
            Some(Tag::Open(name)) => {
                out.push_str(&format!("<{name}>"));
                open.push(name);
            }
            Some(Tag::Link(href)) => {
                if open.contains(&"a") {
                    return Err(MarkupProblem::new(written, "a link inside a link"));
                }
                if !allowed_href(href) {
                    return Err(MarkupProblem::new(
                        written,
                        format!("`{href}` is not an address a link may lead to: it must be written out in the message and start with https://, mailto: or tel:"),
                    ));
                }
                out.push_str(&format!("<a href=\"{}\">", escape(href)));
                open.push("a");
            }
            Some(Tag::Close(name)) => {
                if open.last() != Some(&name) {
                    return Err(MarkupProblem::new(
                        written,
                        match open.last() {
                            Some(o) => {
                                format!("`{written}` closes `<{o}>`, which needs `</{o}>` first")
                            }
                            None => format!("`{written}` closes a tag that is not open"),
                        },
                    ));
                }
                open.pop();
                out.push_str(&format!("</{name}>"));
            }
            None => {
                return Err(MarkupProblem::new(
                    written,
                    format!("`{written}` is not allowed in a message"),
                ));
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(&escape(rest));
    match open.last() {
        Some(name) => Err(MarkupProblem::new(
            &format!("<{name}"),
            format!("`<{name}>` is never closed with `</{name}>`"),
        )),
        None => Ok(out),
    }
}

/// The first tag in a message that may take none (a title, a heading, a
/// chrome message), as a problem; `where_` says which kind of message.
pub(super) fn no_markup(text: &str, where_: &str) -> std::result::Result<(), MarkupProblem> {
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        if after.starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c)) {
            let end = after.find('>').map_or(after.len(), |e| e + 1);
            let written: String = rest[i..i + 1 + end].chars().take(40).collect();
            return Err(MarkupProblem::new(
                &written,
                format!("`{written}` is markup, and {where_} takes none"),
            ));
        }
        rest = after;
    }
    Ok(())
}

/// The diagnostic for a message of `l10n` refused for its markup: at the
/// text at fault in the message's FTL file when it is written there.
pub(super) fn markup_diagnostic(
    l10n: &Localizer,
    msg: &MessageRef,
    p: &MarkupProblem,
) -> Diagnostic {
    // `definition` finds the text a problem names inside the message's
    // entry: the tag at fault, or the message's id.
    let find =
        crate::l10n::FormatError::Fluent(vec![crate::l10n::FluentProblem::UnknownReference(
            p.needle.clone(),
        )]);
    let d = Diagnostic::error(format!(
        "message `{}` of locale `{}`: {}",
        msg.message(),
        l10n.locale,
        p.what
    ));
    let d = match l10n.definition(msg, &find) {
        Some(at) => d.at(at),
        None => d.note(format!("the locale's files are in {}/", l10n.folder())),
    };
    d.hint(format!(
        "a topic's body messages may use {ALLOWED_MARKUP}; the title, headings and the template's chrome messages take no markup"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_characters() {
        assert_eq!(
            escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }

    #[test]
    fn inline_markup_keeps_three_tags_and_escapes_the_rest() {
        assert_eq!(
            inline_markup("a <strong>b <em>c</em></strong> & 5 < 10 <a href='tel:+1 555'>x</a>"),
            Err(MarkupProblem::new(
                "<a href='tel:+1 555'>",
                "`tel:+1 555` is not an address a link may lead to: it must be written out in the message and start with https://, mailto: or tel:"
            ))
        );
        assert_eq!(
            inline_markup("a <strong>b <em>c</em></strong> & 5 < 10 <a href=\"mailto:x@y.org?s=a&b\">x</a>").unwrap(),
            "a <strong>b <em>c</em></strong> &amp; 5 &lt; 10 <a href=\"mailto:x@y.org?s=a&amp;b\">x</a>"
        );
        let refused = |t: &str| inline_markup(t).unwrap_err().needle;
        assert_eq!(refused("<strong>a<em>b</strong></em>"), "</strong>");
        assert_eq!(refused("a</em>"), "</em>");
        assert_eq!(
            refused("<a href=\"https://x\"><a href=\"https://y\">z</a></a>"),
            "<a href=\"https://y\">"
        );
        assert_eq!(
            refused("<strong class=\"x\">a</strong>"),
            "<strong class=\"x\">"
        );
        assert_eq!(refused("<!-- c -->"), "<!-- c -->");
        assert_eq!(
            refused("<a href=\"http://x.org\">x</a>"),
            "<a href=\"http://x.org\">"
        );
        assert_eq!(refused("<em"), "<em");
        assert!(no_markup("5 < 10", "a heading").is_ok());
        assert_eq!(
            no_markup("a <em>b</em>", "a heading").unwrap_err().needle,
            "<em>"
        );
    }
}
