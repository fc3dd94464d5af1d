//! Core: the patient's name. Checks that a name can be printed, and keeps
//! it out of everything but the page: the PDF's title, bookmarks and link
//! addresses (metadata a screen or an index shows without opening the page).

use super::Library;
use crate::diag::{Diagnostic, Result};

/// Longest patient name printed, in characters.
pub const MAX_PATIENT_NAME: usize = 100;

/// Checks that a patient name can be printed: at most
/// [`MAX_PATIENT_NAME`] characters, no control or bidi control characters,
/// and every character drawn by a bundled font. The errors say which
/// character (by position and code point), never the name.
pub fn check_patient_name(lib: &Library, name: &str) -> Result<()> {
    let hint_fix = "write the name as the patient spells it, on one line";
    let len = name.chars().count();
    if len > MAX_PATIENT_NAME {
        return Err(Diagnostic::error(format!(
            "the patient name is {len} characters long; the limit is {MAX_PATIENT_NAME}"
        ))
        .hint("shorten it: a first name, or a first name and an initial, is enough")
        .into());
    }
    let position = |byte: usize| name[..byte].chars().count() + 1;
    for (i, c) in name.char_indices() {
        let invisible = c.is_control()
            || matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}')
            || ('\u{E000}'..='\u{F8FF}').contains(&c);
        if invisible {
            return Err(Diagnostic::error(format!(
                "character {} of the patient name (U+{:04X}) is a control or invisible character",
                position(i),
                c as u32
            ))
            .hint(hint_fix)
            .into());
        }
    }
    if let Some((i, c)) = lib.fonts.uncovered(name).first() {
        return Err(Diagnostic::error(format!(
            "no bundled font can draw character {} of the patient name (U+{:04X})",
            position(*i),
            *c as u32
        ))
        .hint("check the name for a stray symbol or emoji; for a script the bundled fonts lack, add a font to the fonts/ folder of a content folder (--content DIR, see fonts/README.md)")
        .into());
    }
    Ok(())
}

use crate::doc::is_bidi_control;

/// Whether `text` holds the patient's `name`: exactly, where a template
/// inserted it (isolated for bidi, as `leaflet.patient_name` and Fluent
/// give it); and for a name of four characters or more, anywhere, in any
/// case (a template may have changed its case). Shorter names ("An", "Li")
/// are words of many sentences, so only their isolated form counts.
fn mentions(text: &str, name: &str) -> bool {
    if text.contains(&format!("\u{2068}{name}\u{2069}")) {
        return true;
    }
    if name.chars().count() < 4 {
        return false;
    }
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| !is_bidi_control(*c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    fold(text).contains(&fold(name))
}

/// `text` without the bidi controls and without `name` wherever it occurs
/// (in any case), spaces closed up; "…" if nothing is left.
fn without_name(text: &str, name: &str) -> String {
    let text: Vec<char> = text.chars().filter(|c| !is_bidi_control(*c)).collect();
    let name: Vec<char> = name.chars().filter(|c| !is_bidi_control(*c)).collect();
    let same = |a: &char, b: &char| a.to_lowercase().eq(b.to_lowercase());
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let hit = !name.is_empty()
            && text.len() - i >= name.len()
            && text[i..i + name.len()]
                .iter()
                .zip(&name)
                .all(|(a, b)| same(a, b));
        if hit {
            i += name.len();
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if out.chars().any(char::is_alphanumeric) {
        out
    } else {
        "…".to_string()
    }
}

/// `%XX` escapes of a URI decoded, `+` as a space.
fn percent_decoded(uri: &str) -> String {
    let b = uri.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' => match (
                b.get(i + 1).and_then(|c| hex(*c)),
                b.get(i + 2).and_then(|c| hex(*c)),
            ) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What of a leaflet's markup holds the patient's name and would become PDF
/// metadata: the title, headings (bookmarks).
#[derive(Debug, Default)]
pub(super) struct PrivateText {
    title: bool,
    /// The texts of headings that hold the name, as bookmarks show them.
    headings: Vec<String>,
}

impl PrivateText {
    pub(super) fn find(doc: &crate::doc::Document, name: &str) -> PrivateText {
        use crate::doc::{Block, BlockKind, Inline};
        fn walk(blocks: &[Block], name: &str, out: &mut Vec<String>) {
            for b in blocks {
                match &b.kind {
                    BlockKind::Heading { inlines, .. } => {
                        let raw: String = inlines
                            .iter()
                            .map(|i| match i {
                                Inline::Text { text, .. } => text.as_str(),
                                Inline::LineBreak => "\u{2028}",
                                Inline::PageNumber(_) | Inline::PageCount(_) => "00",
                            })
                            .collect();
                        if mentions(&raw, name) {
                            out.push(raw.chars().filter(|c| !is_bidi_control(*c)).collect());
                        }
                    }
                    BlockKind::Callout(inner) | BlockKind::Keep(inner) => walk(inner, name, out),
                    BlockKind::List { items, .. } => items.iter().for_each(|i| walk(i, name, out)),
                    _ => {}
                }
            }
        }
        let mut headings = Vec::new();
        walk(&doc.body, name, &mut headings);
        walk(&doc.footer, name, &mut headings);
        PrivateText {
            title: mentions(&doc.title, name),
            headings,
        }
    }
}

/// Keeps the patient's name out of what the PDF stage writes as metadata,
/// whatever the template did: a title holding it is left empty, a bookmark
/// holding it left out, a link whose address holds it not made clickable
/// (the page still prints all of them). Each says so in a warning, which
/// does not quote the name.
pub(super) fn keep_name_out_of_metadata(
    laid: &mut crate::layout::Laid,
    name: &str,
    private: &PrivateText,
    warnings: &mut Vec<String>,
) {
    if private.title || mentions(&laid.title, name) {
        laid.title.clear();
        warnings.push("the template puts the patient name in the document title; the PDF's title is left empty (no patient data goes into metadata)".to_string());
    }
    let before = laid.outline.len();
    laid.outline
        .retain(|e| !private.headings.contains(&e.title) && !mentions(&e.title, name));
    if laid.outline.len() < before {
        warnings.push(format!(
            "the template puts the patient name in {} heading(s); they are left out of the PDF's bookmarks (no patient data goes into metadata)",
            before - laid.outline.len()
        ));
    }
    // A figure's alt text is read aloud, but it is also a string in the
    // file's structure: the name is taken out of it (a figure keeps some
    // text, as PDF/UA asks).
    let mut alts = 0;
    for node in &mut laid.structure.nodes {
        if let Some(alt) = node.alt.as_mut().filter(|a| mentions(a, name)) {
            *alt = without_name(alt, name);
            alts += 1;
        }
    }
    if alts > 0 {
        warnings.push(format!(
            "the template puts the patient name in {alts} picture description(s) (alt); the name is left out of them in the PDF (no patient data goes into metadata)"
        ));
    }
    let mut dropped = 0;
    let mut unlinked = std::collections::BTreeSet::new();
    let mut linked = std::collections::BTreeSet::new();
    for frame in &mut laid.frames {
        let before = frame.links.len();
        frame.links.retain(|l| {
            let keep = !mentions(&l.uri, name) && !mentions(&percent_decoded(&l.uri), name);
            if let Some(node) = l.node {
                if keep {
                    linked.insert(node)
                } else {
                    unlinked.insert(node)
                };
            }
            keep
        });
        dropped += before - frame.links.len();
    }
    // A link element left with nothing to click is read as plain text.
    for node in unlinked.difference(&linked) {
        if let Some(n) = laid.structure.nodes.get_mut(*node as usize) {
            n.role = crate::layout::Role::Span;
        }
    }
    if dropped > 0 {
        warnings.push(format!(
            "the template puts the patient name in {dropped} link address(es); they are printed but not made clickable (no patient data goes into metadata)"
        ));
    }
}

/// The HTML twin's [`keep_name_out_of_metadata`]: the page's `<title>`
/// (shown in tabs, history and bookmarks) never holds the patient's name,
/// and a link whose address holds it is printed as text, not followed
/// (an address travels in history and referrers).
pub(super) fn keep_name_out_of_page_metadata(
    doc: &mut crate::doc::Document,
    name: &str,
    private: &PrivateText,
    warnings: &mut Vec<String>,
) {
    if private.title || mentions(&doc.title, name) {
        doc.title.clear();
        warnings.push("the template puts the patient name in the document title; the page's title is left empty (no patient data goes into metadata)".to_string());
    }
    let mut dropped = 0;
    for link in &mut doc.links {
        if mentions(link, name) || mentions(&percent_decoded(link), name) {
            // Not a web address any more: the page prints the text alone.
            link.clear();
            dropped += 1;
        }
    }
    if dropped > 0 {
        warnings.push(format!(
            "the template puts the patient name in {dropped} link address(es); they are printed but not made clickable (no patient data goes into metadata)"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::without_name;

    #[test]
    fn an_alt_text_loses_the_name_and_keeps_some_words() {
        assert_eq!(
            without_name("Meetings near \u{2068}Ana Ruiz\u{2069}'s home", "Ana Ruiz"),
            "Meetings near 's home"
        );
        assert_eq!(
            without_name("QR code for ANA RUIZ", "Ana Ruiz"),
            "QR code for"
        );
        assert_eq!(without_name("\u{2068}Ana Ruiz\u{2069}", "Ana Ruiz"), "…");
    }
}
