//! Layout, step 5 (line): one line finished. In: the pieces a line got, in
//! logical order. Out: a [`Line`] without trailing white space, its pieces
//! in visual order (UAX #9 for this line) and placed side by side.

use super::fonts::FontBook;
use super::shaping::{Glyph, Piece};

/// A laid-out line: pieces, its natural width, and its height.
#[derive(Debug, Clone, Default)]
pub(super) struct Line {
    pub(super) pieces: Vec<Piece>,
    pub(super) width: f32,
    /// From the top of the line's box to the bottom of it.
    pub(super) height: f32,
    /// From the top of the line's box to the baseline.
    pub(super) ascent: f32,
}

/// How a line's box is measured: the fonts, the paragraph's strut (how far
/// its main face at its size reaches above and below the baseline, so
/// every line of a paragraph is at least that tall, whatever faces it
/// holds) and the leading.
#[derive(Debug, Clone, Copy)]
pub(super) struct LineBox<'f> {
    pub(super) fonts: &'f FontBook,
    pub(super) strut: (f32, f32),
    pub(super) leading: f32,
}

impl<'f> LineBox<'f> {
    /// Lines of text `size` points, set `leading` times the size apart,
    /// in paragraphs whose main face is the book's first.
    pub(super) fn new(fonts: &'f FontBook, size: f32, leading: f32) -> Self {
        let strut = fonts
            .faces
            .first()
            .map_or((size * leading, 0.0), |f| f.line.line_box(size, leading));
        LineBox {
            fonts,
            strut,
            leading,
        }
    }

    /// The height of a line holding `pieces`, and its baseline's distance
    /// from the line's top: the strut, grown to hold each face on the line
    /// (CSS's line box).
    pub(super) fn measure(&self, pieces: &[Piece]) -> (f32, f32) {
        let (mut above, mut below) = self.strut;
        for p in pieces {
            if let Some(f) = self.fonts.faces.get(p.face) {
                let (a, b) = f.line.line_box(p.size, self.leading);
                above = above.max(a);
                below = below.max(b);
            }
        }
        (above + below, above)
    }
}

fn is_space_glyph(g: &Glyph) -> bool {
    !g.text.is_empty() && g.text.chars().all(char::is_whitespace)
}

/// Width of the white space at the logical end of a segment's pieces.
pub(super) fn trailing_width(pieces: &[Piece]) -> f32 {
    let mut w = 0.0;
    for p in pieces.iter().rev() {
        // Glyphs are in visual order: a right-to-left piece ends at its front.
        let logical: Box<dyn Iterator<Item = &Glyph>> = if p.rtl {
            Box::new(p.glyphs.iter())
        } else {
            Box::new(p.glyphs.iter().rev())
        };
        for g in logical {
            if is_space_glyph(g) {
                w += g.advance;
            } else {
                return w;
            }
        }
    }
    w
}

pub(super) fn push_piece(line: &mut Line, p: Piece) {
    if p.glyphs.is_empty() {
        return;
    }
    line.width += p.width;
    line.pieces.push(p);
}

/// Drops white space at the line's logical end, puts the pieces in visual
/// order (UAX #9, L1-L2, for this line) and places them one after another.
/// Its box comes from the faces on it (`metrics`).
pub(super) fn finish_line(
    line: &mut Line,
    metrics: &LineBox<'_>,
    bidi: &unicode_bidi::ParagraphBidiInfo<'_>,
) {
    trim_trailing_space(line);
    order_visually(line, bidi);
    (line.height, line.ascent) = metrics.measure(&line.pieces);
}

/// Drops the white space at the line's logical end (the start of a
/// right-to-left piece), and pieces left empty.
fn trim_trailing_space(line: &mut Line) {
    while let Some(p) = line.pieces.last_mut() {
        loop {
            let idx = if p.rtl {
                0
            } else {
                p.glyphs.len().wrapping_sub(1)
            };
            match p.glyphs.get(idx) {
                Some(g) if is_space_glyph(g) => {
                    let g = p.glyphs.remove(idx);
                    p.width -= g.advance;
                    line.width -= g.advance;
                    // The space leaves the piece's logical range too, so the
                    // bidi runs of the line (which end before trailing white
                    // space) still contain the piece.
                    p.range.end = p.range.end.saturating_sub(g.text.len()).max(p.range.start);
                    if p.rtl {
                        for h in &mut p.glyphs {
                            h.x -= g.advance;
                        }
                    }
                }
                _ => break,
            }
        }
        if p.glyphs.is_empty() {
            line.pieces.pop();
        } else {
            break;
        }
    }
}

/// Puts the pieces in visual order by the bidi runs of the line's range
/// and lays them side by side from x = 0.
fn order_visually(line: &mut Line, bidi: &unicode_bidi::ParagraphBidiInfo<'_>) {
    if let (Some(first), Some(last)) = (line.pieces.first(), line.pieces.last()) {
        // A word broken between glyphs leaves its pieces the word's whole
        // range, which trimming a trailing space can put inside a
        // character: the bidi pass needs a character boundary.
        let text = bidi.text;
        let mut end = last.range.end.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let range = first.range.start..end.max(first.range.start);
        let (_, runs) = bidi.visual_runs(range);
        let mut logical = std::mem::take(&mut line.pieces);
        let mut visual = Vec::with_capacity(logical.len());
        for run in runs {
            let mut in_run: Vec<Piece> = Vec::new();
            let mut rest = Vec::new();
            for p in logical {
                if run.contains(&p.range.start) || (p.range.is_empty() && p.range.start == run.end)
                {
                    in_run.push(p);
                } else {
                    rest.push(p);
                }
            }
            logical = rest;
            if in_run.first().is_some_and(|p| p.rtl) {
                in_run.reverse();
            }
            visual.extend(in_run);
        }
        // Pieces no run claimed (cannot happen with well-formed ranges) keep
        // their logical place at the end rather than vanish.
        visual.extend(logical);
        let mut x = 0.0;
        for p in &mut visual {
            for g in &mut p.glyphs {
                g.x += x;
            }
            x += p.width;
        }
        line.width = x;
        line.pieces = visual;
    }
}

#[cfg(test)]
mod tests {
    use crate::layout::testkit::*;
    use crate::layout::Typesetter;

    /// How far the ink of a line's glyphs reaches above and below its
    /// baseline, from the fonts' glyph outlines.
    fn ink(fonts: &crate::layout::FontBook, line: &super::Line) -> (f32, f32) {
        let (mut top, mut bottom) = (0.0f32, 0.0f32);
        for p in &line.pieces {
            let face = &fonts.faces[p.face];
            let scale = p.size / f32::from(face.units_per_em);
            let gm = face.font.glyph_metrics();
            for g in &p.glyphs {
                let e = gm
                    .extents(harfrust::GlyphId::new(u32::from(g.gid)))
                    .unwrap();
                top = top.max(e.y_bearing * scale + g.rise);
                bottom = bottom.max((e.height - e.y_bearing) * scale - g.rise);
            }
        }
        (top, bottom)
    }

    /// The baseline sat a fixed 0.8 em (plus half the leading) below the
    /// line's top, whatever the font: Vietnamese capitals with stacked
    /// marks (Ẩ reaches 1.036 em) stuck out of the line's box, into the
    /// line, heading or box edge above.
    #[test]
    fn stacked_vietnamese_marks_stay_inside_their_line_box() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let lines = ts
            .lines(
                &plain("Hội Ẩn danh Cai nghiện Ma túy, Ở ĐÂY"),
                &par(400.0, "vi", false),
                usize::MAX - 1,
            )
            .unwrap();
        let line = &lines[0];
        let (top, bottom) = ink(&fonts, line);
        assert!(
            top <= line.ascent + 0.01,
            "ink {top} pt above the baseline, the box {} pt",
            line.ascent
        );
        assert!(bottom <= line.height - line.ascent + 0.01);
        // The face's own ascent and descent are what place the baseline.
        let f = &fonts.faces[line.pieces[0].face];
        let (above, below) = f.line.line_box(12.0, 1.3);
        assert_eq!((line.ascent, line.height), (above, above + below));
    }

    /// Every line was `size × leading` tall whatever faces it held: an
    /// Arabic or Chinese line, whose face reaches deeper or higher than
    /// the Latin one, got no more room than a Latin line.
    #[test]
    fn a_line_is_as_tall_as_the_faces_on_it_ask() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        for (text, lang, rtl) in [
            ("زمالتا NA وAA مجموعتان من أشخاص", "ar", true),
            ("匿名戒毒会（NA）和匿名戒酒会", "zh-Hans", false),
        ] {
            let lines = ts
                .lines(&plain(text), &par(400.0, lang, rtl), usize::MAX - 1)
                .unwrap();
            let line = &lines[0];
            assert!(
                line.height > 12.0 * 1.3 + 0.5,
                "{lang}: a line {} pt tall",
                line.height
            );
            for p in &line.pieces {
                let (above, below) = fonts.faces[p.face].line.line_box(12.0, 1.3);
                assert!(
                    line.ascent >= above - 0.001,
                    "{lang}: {}",
                    fonts.faces[p.face].name
                );
                assert!(line.height - line.ascent >= below - 0.001, "{lang}");
            }
        }
        // A Latin line keeps the designed leading exactly.
        let lines = ts
            .lines(
                &plain("Nobody is made to speak."),
                &par(400.0, "en", false),
                9,
            )
            .unwrap();
        assert!((lines[0].height - 12.0 * 1.3).abs() < 0.001);
    }

    #[test]
    fn bidi_reorders_a_mixed_line_visually() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        // Arabic paragraph with a Latin name and a number embedded.
        let text = "اتصل بـ NA على 555";
        let lines = ts
            .lines(&plain(text), &par(400.0, "ar", true), usize::MAX - 1)
            .unwrap();
        assert_eq!(lines.len(), 1);
        let pieces = &lines[0].pieces;
        // Visual order, left to right: the number, then Arabic, NA, Arabic.
        // Each piece's text in logical order (a right-to-left piece's glyphs
        // are in visual order).
        let texts: Vec<String> = pieces
            .iter()
            .map(|p| {
                let mut t: Vec<&str> = p.glyphs.iter().map(|g| &*g.text).collect();
                if p.rtl {
                    t.reverse();
                }
                t.concat()
            })
            .collect();
        let pos = |needle: &str| {
            texts
                .iter()
                .position(|t| t.contains(needle))
                .unwrap_or_else(|| panic!("{needle} in {texts:?}"))
        };
        assert!(pos("555") < pos("على"), "{texts:?}");
        assert!(pos("على") < pos("NA"), "{texts:?}");
        assert!(pos("NA") < pos("اتصل"), "{texts:?}");
        // Pieces are laid side by side from x = 0 without overlap.
        let mut x = 0.0;
        for p in pieces {
            let start = p.glyphs.iter().map(|g| g.x).fold(f32::INFINITY, f32::min);
            assert!(start >= x - 0.5, "{start} < {x}");
            x += p.width;
        }
        // Arabic letters are joined: the shaper picked contextual forms, so
        // no glyph of "اتصل" is the isolated form of its letter.
        let isolated: Vec<u16> = "اتصل"
            .chars()
            .map(|c| {
                fonts.faces[pieces[pos("اتصل")].face]
                    .font
                    .charmap()
                    .map_unicode(c as u32)
                    .unwrap()
                    .to_u32() as u16
            })
            .collect();
        let drawn: Vec<u16> = pieces[pos("اتصل")].glyphs.iter().map(|g| g.gid).collect();
        assert_ne!(
            drawn.iter().filter(|g| isolated.contains(g)).count(),
            drawn.len(),
            "{drawn:?} vs {isolated:?}"
        );
    }
}
