//! Stage 6, pdf: the fonts a leaflet embeds. In: the typeset pages and the
//! font book. Out: each face the pages use, subset to the glyphs they draw
//! and registered in the printpdf document under a fixed resource name, with
//! what the page writer needs to draw its glyphs (new glyph ids, widths, the
//! text each glyph stands for).

use super::text::clusters;
use super::{memo, Fnv};
use crate::diag::{Diagnostic, Location, Result};
use crate::layout::{Face, FontBook, Item, Laid};
use printpdf::{FontId, ParsedFont, PdfDocument, PdfFont};
use std::collections::BTreeMap;

/// One face as embedded.
pub(super) struct Subset {
    /// The resource name the pages use (`F` and the face's index).
    pub(super) id: FontId,
    /// The face's glyph ids to the subset's.
    pub(super) remapper: subsetter::GlyphRemapper,
    /// Advance widths in the subset, in font units, by new glyph id: the
    /// kerning offsets are measured against them.
    pub(super) widths: Vec<u16>,
    /// The text of each glyph (by its id in the face) in the ToUnicode map
    /// (see [`glyphs_used`]), never empty.
    pub(super) texts: BTreeMap<u16, String>,
    /// The face's units per em.
    pub(super) upem: f32,
}

/// Subsets each face the pages use and registers it in `doc`, by face index.
pub(super) fn embed(
    doc: &mut PdfDocument,
    laid: &Laid,
    fonts: &FontBook,
) -> Result<BTreeMap<usize, Subset>> {
    let mut out = BTreeMap::new();
    for (face, texts) in glyphs_used(laid, fonts) {
        let subset = subset(doc, face, &fonts.faces[face], texts)?;
        out.insert(face, subset);
    }
    Ok(out)
}

/// What a glyph's ToUnicode entry will say, while the pages are read.
#[derive(Default)]
struct Mapping {
    text: String,
    /// `text` is a character the face's cmap draws with this very glyph.
    own: bool,
}

/// Glyphs used per face, each with the text of its ToUnicode entry. A map
/// holds one text per glyph, and every glyph gets one (PDF/UA-1 7.21.7: a
/// glyph without one is lost to screen readers and copying):
/// 1. a character the glyph stood for that the face's cmap draws with it;
/// 2. else the shortest text it stood for (a contextual form of a letter
///    stood for "ر" alone and for "رّ" with a mark drawn as another glyph:
///    "ر", so the mark gets its own entry below);
/// 3. a glyph that never stood for text of its own (a mark or a part of a
///    letter the shaper added to a cluster, a letter of the rest of a
///    hyphenated word): a character the cmap draws with it, else what its
///    cluster's text holds beyond the other glyphs' entries, else the
///    cluster's text, else U+FFFD.
///
/// A cluster whose glyphs' entries do not spell its text is wrapped in
/// /ActualText as well (`text.rs`). A hyphen the line break added maps to
/// "-", the character it draws.
fn glyphs_used(laid: &Laid, fonts: &FontBook) -> BTreeMap<usize, BTreeMap<u16, String>> {
    let mut used: BTreeMap<usize, BTreeMap<u16, Mapping>> = BTreeMap::new();
    let runs = || {
        laid.frames
            .iter()
            .flat_map(|f| &f.items)
            .filter_map(|item| match item {
                Item::Glyphs(run) => Some(run),
                _ => None,
            })
    };
    for run in runs() {
        let face = &fonts.faces[run.face];
        let map = used.entry(run.face).or_default();
        for g in &run.glyphs {
            let e = map.entry(g.gid).or_default();
            let drawn: &str = if g.hyphen { "-" } else { &g.text };
            if drawn.is_empty() || e.own {
                continue;
            }
            let mut chars = drawn.chars();
            let own = match (chars.next(), chars.next()) {
                (Some(c), None) => face.glyph_of(c) == Some(g.gid),
                _ => false,
            };
            if own || e.text.is_empty() || drawn.chars().count() < e.text.chars().count() {
                *e = Mapping {
                    text: drawn.to_string(),
                    own,
                };
            }
        }
    }
    // Glyphs that never stood for text of their own.
    for (&face, map) in &mut used {
        let bare: Vec<u16> = map
            .iter()
            .filter(|(_, m)| m.text.is_empty())
            .map(|(gid, _)| *gid)
            .collect();
        if bare.is_empty() {
            continue;
        }
        for (gid, c) in fonts.faces[face].chars_of(&bare) {
            if let Some(m) = map.get_mut(&gid) {
                m.text = c.to_string();
            }
        }
    }
    for run in runs() {
        let Some(map) = used.get_mut(&run.face) else {
            continue;
        };
        for r in clusters(&run.glyphs) {
            let cluster = &run.glyphs[r];
            for (i, g) in cluster.iter().enumerate() {
                if !map.get(&g.gid).is_some_and(|m| m.text.is_empty()) {
                    continue;
                }
                let mut rest: Vec<char> = cluster.iter().flat_map(|p| p.text.chars()).collect();
                for (j, other) in cluster.iter().enumerate() {
                    let Some(m) = map.get(&other.gid).filter(|_| j != i) else {
                        continue;
                    };
                    for c in m.text.chars() {
                        if let Some(k) = rest.iter().position(|x| *x == c) {
                            rest.remove(k);
                        }
                    }
                }
                let whole: String = cluster.iter().map(|p| &*p.text).collect();
                let text = if !rest.is_empty() {
                    rest.into_iter().collect()
                } else if !whole.is_empty() {
                    whole
                } else {
                    '\u{FFFD}'.to_string()
                };
                if let Some(m) = map.get_mut(&g.gid) {
                    m.text = text;
                }
            }
        }
    }
    used.into_iter()
        .map(|(face, map)| {
            (
                face,
                map.into_iter().map(|(gid, m)| (gid, m.text)).collect(),
            )
        })
        .collect()
}

/// Face `f` (index `face`) subset to the glyphs of `texts`, registered in `doc`.
fn subset(
    doc: &mut PdfDocument,
    face: usize,
    f: &Face,
    texts: BTreeMap<u16, String>,
) -> Result<Subset> {
    let mut remapper = subsetter::GlyphRemapper::new();
    remapper.remap(0);
    for gid in texts.keys() {
        remapper.remap(*gid);
    }
    let program = memo::subset(&f.data, &remapper)
        .map_err(|e| damaged(f, &format!("its glyphs cannot be embedded ({e:?})")))?;
    let mut warnings = Vec::new();
    let mut parsed = ParsedFont::from_bytes(&program, 0, &mut warnings)
        .ok_or_else(|| damaged(f, "it cannot be embedded"))?;
    let tag = subset_tag(face, texts.keys().copied());
    parsed.font_name = Some(format!("{tag}+{}", f.name));
    let widths: Vec<u16> = (0..remapper.num_gids())
        .map(|new| parsed.get_glyph_width(new).unwrap_or(0))
        .collect();
    let id = FontId(format!("F{face}"));
    doc.resources
        .fonts
        .map
        .insert(id.clone(), PdfFont::new(parsed));
    Ok(Subset {
        id,
        remapper,
        widths,
        texts,
        upem: f32::from(f.units_per_em),
    })
}

/// The six capital letters before a subset font's name. Derived from the
/// face and its glyphs, not drawn at random, so the same inputs give the
/// same file.
fn subset_tag(face: usize, gids: impl Iterator<Item = u16>) -> String {
    let mut hash = Fnv::new(face as u64);
    for gid in gids {
        hash.write(&gid.to_le_bytes());
    }
    (0..6)
        .map(|i| (b'A' + ((hash.0 >> (i * 5)) % 26) as u8) as char)
        .collect()
}

/// The error for a font file that cannot be embedded, and why.
fn damaged(f: &Face, why: &str) -> Diagnostic {
    Diagnostic::error(format!("the font {} is damaged: {why}", f.name))
        .at(Location::file(&f.path))
        .hint("replace the file with an intact copy of the font (.ttf, .otf)")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tag depends only on the face and the glyphs: six capitals.
    #[test]
    fn subset_tags_are_stable_capitals() {
        let a = subset_tag(0, [3, 36, 37].into_iter());
        assert_eq!(a, subset_tag(0, [3, 36, 37].into_iter()));
        assert_ne!(a, subset_tag(1, [3, 36, 37].into_iter()));
        assert_ne!(a, subset_tag(0, [3, 36].into_iter()));
        assert_eq!(a.len(), 6);
        assert!(a.bytes().all(|b| b.is_ascii_uppercase()), "{a}");
    }
}
