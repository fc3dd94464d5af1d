//! Core: "no font can draw" errors explained at their source. Layout reports
//! the characters it could not draw ([`Kind::MissingGlyphs`]); when the
//! locale's files write them, the error points at each place, naming the
//! message; characters that came from elsewhere (a clinic profile, a
//! patient name) keep layout's error.

use super::Library;
use crate::diag::{Diagnostic, Diagnostics, Kind, Location};
use crate::l10n::source::message_at;
use std::collections::BTreeSet;

/// Every line of `locale`'s files that writes a character no bundled font
/// can draw, as one error each naming the message and the characters
/// (`check` reports them all; comments are skipped).
pub fn locale_glyph_errors(lib: &Library, locale: &str) -> Diagnostics {
    let mut found = Diagnostics::default();
    for_each_uncovered_line(lib, locale, |file, text, offset, missing| {
        found.push(line_error(file, text, offset, missing));
    });
    found
}

/// Layout's missing-glyph errors explained at their source: the places in
/// `locale`'s files that write the characters layout could not draw, in
/// words layout met them in. A character the leaflet's messages do not
/// write (it came from a clinic profile, say, or from a message the
/// leaflet does not print) keeps layout's error, so nothing is blamed on
/// the wrong file.
pub fn explain_missing_glyphs(lib: &Library, locale: &str, diags: Diagnostics) -> Diagnostics {
    // Layout's errors, each with its characters and the text they were in
    // (bidi controls out, white space collapsed: as the words are compared).
    let mut unexplained: Vec<(BTreeSet<char>, String)> = diags
        .0
        .iter()
        .filter_map(|d| match &d.kind {
            Kind::MissingGlyphs { chars, text } => {
                Some((chars.iter().copied().collect(), collapse(text)))
            }
            _ => None,
        })
        .collect();
    if unexplained.is_empty() {
        return diags;
    }
    let mut out = Diagnostics::default();
    for_each_uncovered_line(lib, locale, |file, text, offset, missing| {
        let line = &text[offset..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        // The characters of this line that a layout error met in this
        // line's own words.
        let mut shown: Vec<(usize, char)> = Vec::new();
        for &(at, c) in missing {
            let words = collapse(literal_run(line, at));
            for (chars, laid) in &mut unexplained {
                if chars.contains(&c) && laid.contains(&words) {
                    chars.remove(&c);
                    shown.push((at, c));
                }
            }
        }
        if !shown.is_empty() {
            shown.dedup();
            out.push(line_error(file, text, offset, &shown));
        }
    });
    // Layout's own error stays for what no message explained.
    let mut left = unexplained.iter();
    for d in diags.0 {
        let from_elsewhere = match &d.kind {
            Kind::MissingGlyphs { .. } => left.next().is_some_and(|(chars, _)| !chars.is_empty()),
            _ => true,
        };
        if from_elsewhere {
            out.push(d);
        }
    }
    out
}

/// Calls `f` with each line of `locale`'s files (but comments) that
/// writes characters no bundled font can draw: the file, its text, the
/// line's byte offset and the characters with their offsets in the line.
fn for_each_uncovered_line(
    lib: &Library,
    locale: &str,
    mut f: impl FnMut(&crate::load::SourceFile, &str, usize, &[(usize, char)]),
) {
    for file in lib.content.locale_files(locale) {
        let Ok(text) = file.text() else { continue };
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            if !line.trim_start().starts_with('#') {
                let missing = lib.fonts.uncovered(line);
                if !missing.is_empty() {
                    f(file, text, offset, &missing);
                }
            }
            offset += line.len();
        }
    }
}

/// The error for the line at `offset` of `file` writing `missing`.
fn line_error(
    file: &crate::load::SourceFile,
    text: &str,
    offset: usize,
    missing: &[(usize, char)],
) -> Diagnostic {
    let mut chars: Vec<char> = Vec::new();
    for (_, c) in missing {
        if !chars.contains(c) {
            chars.push(*c);
        }
    }
    let message = message_at(text, offset).unwrap_or("");
    let (first, last) = (missing[0], missing[missing.len() - 1]);
    let span = offset + first.0..offset + last.0 + last.1.len_utf8();
    Diagnostic::error(format!(
        "no font can draw {} in message `{message}`",
        crate::diag::char_list(&chars)
    ))
    .kind(Kind::MissingGlyphs {
        chars,
        text: String::new(),
    })
    .at(Location::new(&file.display, text, span))
    .hint("add a font that covers these characters to the fonts/ folder of a content folder (--content DIR), see fonts/README.md")
}

/// The words of `line` around byte `at` that reach the page as written:
/// up to a placeable's brace, a markup tag or entity, or the `=` after a
/// message's id.
fn literal_run(line: &str, at: usize) -> &str {
    let stop = |c: char| matches!(c, '{' | '}' | '<' | '>' | '&' | ';' | '=');
    let start = line[..at].rfind(stop).map_or(0, |i| i + 1);
    let end = line[at..].find(stop).map_or(line.len(), |i| at + i);
    line[start..end].trim()
}

/// `text` without bidi controls, its white space runs made one space.
fn collapse(text: &str) -> String {
    crate::doc::without_bidi_controls(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
