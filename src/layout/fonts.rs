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
    pub(super) font: harfrust::Font,
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
