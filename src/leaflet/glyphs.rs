//! Core: "no font can draw" errors explained at their source: the place in
//! the locale's files where each uncovered character is written.

use super::Library;
use crate::diag::{Diagnostic, Location};

/// Turns "no font can draw" errors into one error per place in the
/// locale's files where such a character is written, naming the message
/// (`check` uses it too).
pub fn explain_missing_glyphs(
    lib: &Library,
    locale: &str,
    diags: crate::diag::Diagnostics,
) -> crate::diag::Diagnostics {
    if !diags
        .0
        .iter()
        .any(|d| d.message.starts_with("no font can draw"))
    {
        return diags;
    }
    let mut found = crate::diag::Diagnostics::default();
    for file in lib.content.locale_files(locale) {
        let Ok(text) = file.text() else { continue };
        let mut offset = 0;
        let mut message = String::new();
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if let Some((id, _)) = line
                .split_once('=')
                .filter(|(id, _)| !line.starts_with([' ', '\t', '#', '.']) && !id.trim().is_empty())
            {
                message = id.trim().to_string();
            }
            let missing = if trimmed.starts_with('#') {
                Vec::new()
            } else {
                lib.fonts.uncovered(line)
            };
            if let (Some(first), Some(last)) = (missing.first(), missing.last()) {
                let mut chars: Vec<char> = missing.iter().map(|(_, c)| *c).collect();
                chars.dedup();
                let list: Vec<String> = chars
                    .iter()
                    .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
                    .collect();
                found.push(
                    Diagnostic::error(format!("no font can draw {} in message `{message}`", list.join(", ")))
                        .at(Location::new(&file.display, text, offset + first.0..offset + last.0 + last.1.len_utf8()))
                        .hint("add a font that covers these characters to the fonts/ folder of a content folder (--content DIR), see fonts/README.md"),
                );
            }
            offset += line.len();
        }
    }
    if found.0.is_empty() {
        diags
    } else {
        found
    }
}
