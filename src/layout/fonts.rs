//! Layout, fonts: the bundled font files parsed once into [`FontBook`].
//! In: the content's `fonts/*.ttf` files. Out: faces in fallback order, which
//! characters each covers, and the faces to try for a style.

use super::collect::{is_ignorable, is_stripped};
use crate::diag::{Diagnostic, Diagnostics, Result};
use crate::doc::TextStyle;
use crate::load::{Bytes, SourceFile};

/// One font face, parsed once and shared by every leaflet.
pub struct Face {
    /// PostScript-style name from the file name (`NotoSans-Bold`).
    pub name: String,
    /// Family part of the name (`NotoSans`).
    pub family: String,
    /// Bold face.
    pub bold: bool,
    /// Italic face.
    pub italic: bool,
    /// The font program.
    pub data: Bytes,
    /// The file it came from, as shown in errors.
    pub path: String,
    /// Design units per em.
    pub units_per_em: u16,
    /// Ascent, descent and line gap, in ems.
    pub line: LineMetrics,
    pub(super) font: harfrust::Font,
}

/// A face's vertical metrics, in ems (fractions of the font size): what a
/// line of its text needs above and below the baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineMetrics {
    /// Height above the baseline (positive).
    pub ascent: f32,
    /// Depth below the baseline (positive).
    pub descent: f32,
    /// Extra space the font asks for between lines.
    pub gap: f32,
}

impl LineMetrics {
    /// The metrics the font asks for (`OS/2` typographic metrics when it
    /// sets `USE_TYPO_METRICS`, else `hhea`, else `OS/2`), as read-fonts
    /// chooses them; a font with none gets 0.8 and 0.2 em.
    fn of(font: &harfrust::Font) -> LineMetrics {
        let m = font.metrics();
        let upem = f32::from(m.units_per_em.max(1));
        match m.h_line() {
            Some(l) => LineMetrics {
                ascent: l.ascender.to_f64() as f32 / upem,
                descent: -(l.descender.to_f64() as f32) / upem,
                gap: (l.line_gap.to_f64() as f32 / upem).max(0.0),
            },
            None => LineMetrics {
                ascent: 0.8,
                descent: 0.2,
                gap: 0.0,
            },
        }
    }

    /// How far a line of this face at `size`, set `leading` times the
    /// size apart, reaches above and below its baseline: the ascent and
    /// descent (each with half the line gap), each with half of what the
    /// leading adds to them or takes away (CSS's inline box). A line is as
    /// tall as the highest and deepest of its faces'.
    pub fn line_box(&self, size: f32, leading: f32) -> (f32, f32) {
        let above = self.ascent + self.gap / 2.0;
        let below = self.descent + self.gap / 2.0;
        let half_leading = (leading - above - below) / 2.0;
        (size * (above + half_leading), size * (below + half_leading))
    }
}

impl Face {
    /// The glyph the face's character map draws `c` with.
    pub fn glyph_of(&self, c: char) -> Option<u16> {
        self.font
            .charmap()
            .map_unicode(c as u32)
            .and_then(|g| u16::try_from(g.to_u32()).ok())
    }

    /// For each of `gids`, a character the face's character map draws with
    /// it (the first the map lists), if any: one pass over the map.
    pub fn chars_of(&self, gids: &[u16]) -> Vec<(u16, char)> {
        let mut found: std::collections::BTreeMap<u16, char> = Default::default();
        for (code, g) in self.font.charmap().unicodes() {
            let Ok(g) = u16::try_from(g.to_u32()) else {
                continue;
            };
            if gids.contains(&g) && !found.contains_key(&g) {
                if let Some(c) = char::from_u32(code) {
                    found.insert(g, c);
                }
            }
        }
        found.into_iter().collect()
    }
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// The bundled fonts, in fallback order: the first family is the main one.
#[derive(Debug)]
pub struct FontBook {
    /// All faces.
    pub faces: Vec<Face>,
}

impl FontBook {
    /// Parses the font files (`fonts/*.ttf`, `.otf`). Faces are named
    /// `Family-Style.ttf` with Style one of Regular, Bold, Italic, BoldItalic.
    /// `primary` names the family tried first.
    pub fn new(files: &[&SourceFile], primary: &str) -> Result<FontBook> {
        let mut faces = Vec::new();
        let mut diags = Diagnostics::default();
        for file in files {
            let stem = file
                .rel
                .rsplit('/')
                .next()
                .unwrap_or("")
                .trim_end_matches(".ttf")
                .trim_end_matches(".otf");
            let (family, style) = stem.rsplit_once('-').unwrap_or((stem, "Regular"));
            let bytes = file.bytes.clone();
            let blob: harfrust::font::Blob = match &bytes {
                Bytes::Static(b) => harfrust::font::Blob::from(*b),
                Bytes::Owned(a) => harfrust::font::Blob::from(a.to_vec()),
            };
            let Some(font) = harfrust::Font::new(blob, 0) else {
                diags.push(
                    Diagnostic::error("the font file cannot be read")
                        .at(crate::diag::Location::file(&file.display))
                        .hint("use a TrueType or OpenType font (.ttf, .otf)"),
                );
                continue;
            };
            let units_per_em = font.units_per_em();
            if units_per_em == 0 || font.num_glyphs() == 0 {
                diags.push(
                    Diagnostic::error("the font has no glyphs: the file is damaged or cut short")
                        .at(crate::diag::Location::file(&file.display))
                        .hint("replace it with an intact copy of the font (.ttf, .otf)"),
                );
                continue;
            }
            faces.push(Face {
                name: stem.to_string(),
                family: family.to_string(),
                bold: style.contains("Bold"),
                italic: style.contains("Italic"),
                data: bytes,
                path: file.display.clone(),
                units_per_em,
                line: LineMetrics::of(&font),
                font,
            });
        }
        faces.sort_by_key(|f| (f.family != primary, f.family.clone(), f.bold, f.italic));
        if faces.is_empty() && !diags.has_errors() {
            diags.push(
                Diagnostic::error("no fonts found")
                    .hint("the content's fonts/ folder needs at least one .ttf"),
            );
        }
        diags.into_result(FontBook { faces })
    }

    /// The characters of `text` that no face can draw, with their byte
    /// offsets (controls, bidi marks and other invisible format characters
    /// are never drawn, so never missing; a space no face has is).
    pub fn uncovered(&self, text: &str) -> Vec<(usize, char)> {
        text.char_indices()
            .filter(|(_, c)| !c.is_control() && !is_stripped(*c) && !is_ignorable(*c))
            .filter(|(_, c)| !(0..self.faces.len()).any(|f| self.covers(f, *c)))
            .collect()
    }

    pub(super) fn covers(&self, face: usize, c: char) -> bool {
        self.faces[face]
            .font
            .charmap()
            .map_unicode(c as u32)
            .is_some()
    }

    /// Faces to try for a style, best first: same family order, closest style.
    pub(super) fn candidates(&self, style: TextStyle) -> Vec<usize> {
        let mut v: Vec<(u8, usize)> = Vec::new();
        let mut families: Vec<&str> = Vec::new();
        for f in &self.faces {
            if !families.contains(&f.family.as_str()) {
                families.push(&f.family);
            }
        }
        for (i, f) in self.faces.iter().enumerate() {
            let fam = families.iter().position(|x| *x == f.family).unwrap_or(0) as u8;
            let penalty = u8::from(f.bold != style.bold) * 2 + u8::from(f.italic != style.italic);
            v.push((fam * 8 + penalty, i));
        }
        v.sort();
        v.into_iter().map(|(_, i)| i).collect()
    }
}
