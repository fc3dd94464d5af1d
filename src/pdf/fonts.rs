//! Stage 6, pdf: the fonts a leaflet embeds. In: the typeset pages and the
//! font book. Out: each face the pages use, subset to the glyphs they draw
//! and registered in the printpdf document under a fixed resource name, with
//! what the page writer needs to draw its glyphs (new glyph ids, widths, the
//! text each glyph stands for).

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
    /// The text of each glyph (by its id in the face) in the ToUnicode map:
    /// the first text the glyph stood for, as a map holds one per glyph.
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
    for (face, texts) in glyphs_used(laid) {
        let subset = subset(doc, face, &fonts.faces[face], texts)?;
        out.insert(face, subset);
    }
    Ok(out)
}

/// Glyphs used per face, each with the first text it stands for.
fn glyphs_used(laid: &Laid) -> BTreeMap<usize, BTreeMap<u16, String>> {
    let mut used: BTreeMap<usize, BTreeMap<u16, String>> = BTreeMap::new();
    for frame in &laid.frames {
        for item in &frame.items {
            if let Item::Glyphs(run) = item {
                let map = used.entry(run.face).or_default();
                for g in &run.glyphs {
                    let e = map.entry(g.gid).or_default();
                    if e.is_empty() {
                        *e = g.text.to_string();
                    }
                }
            }
        }
    }
    used
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
