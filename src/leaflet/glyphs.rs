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
    for file in lib.content.locale_files(locale) {
        let Ok(text) = file.text() else { continue };
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let missing = if line.trim_start().starts_with('#') {
                Vec::new()
            } else {
                lib.fonts.uncovered(line)
            };
            if let (Some(first), Some(last)) = (missing.first(), missing.last()) {
                let mut chars: Vec<char> = Vec::new();
                for (_, c) in &missing {
                    if !chars.contains(c) {
                        chars.push(*c);
                    }
                }
                let list: Vec<String> = chars
                    .iter()
                    .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
                    .collect();
                let message = message_at(text, offset).unwrap_or("");
                let span = offset + first.0..offset + last.0 + last.1.len_utf8();
                found.push(
                    Diagnostic::error(format!(
                        "no font can draw {} in message `{message}`",
                        list.join(", ")
                    ))
                    .kind(Kind::MissingGlyphs(chars))
                    .at(Location::new(&file.display, text, span))
                    .hint("add a font that covers these characters to the fonts/ folder of a content folder (--content DIR), see fonts/README.md"),
                );
            }
            offset += line.len();
        }
    }
    found
}

/// Layout's missing-glyph errors explained at their source: the places in
/// `locale`'s files that write the characters layout could not draw. A
/// character the files do not write (it came from a clinic profile, say)
/// keeps layout's error, so nothing is blamed on the wrong file.
pub fn explain_missing_glyphs(lib: &Library, locale: &str, diags: Diagnostics) -> Diagnostics {
    let missing: BTreeSet<char> = diags
        .0
        .iter()
        .filter_map(|d| match &d.kind {
            Kind::MissingGlyphs(chars) => Some(chars.iter().copied()),
            _ => None,
        })
        .flatten()
        .collect();
    if missing.is_empty() {
        return diags;
    }
    let mut explained = BTreeSet::new();
    let mut out = Diagnostics::default();
    for d in locale_glyph_errors(lib, locale).0 {
        let Kind::MissingGlyphs(chars) = &d.kind else {
            continue;
        };
        if chars.iter().any(|c| missing.contains(c)) {
            explained.extend(chars.iter().copied());
            out.push(d);
        }
    }
    for d in diags.0 {
        let from_elsewhere = match &d.kind {
            Kind::MissingGlyphs(chars) => chars.iter().any(|c| !explained.contains(c)),
            _ => true,
        };
        if from_elsewhere {
            out.push(d);
        }
    }
    out
}
