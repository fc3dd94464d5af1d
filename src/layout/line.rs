//! Layout, step 5 (line): one line finished. In: the pieces a line got, in
//! logical order. Out: a [`Line`] without trailing white space, its pieces
//! in visual order (UAX #9 for this line) and placed side by side.

use super::shaping::{Glyph, Piece};

/// A laid-out line: pieces, its natural width, and its height.
#[derive(Debug, Clone, Default)]
pub(super) struct Line {
    pub(super) pieces: Vec<Piece>,
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) ascent: f32,
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
pub(super) fn finish_line(
    line: &mut Line,
    height: f32,
    ascent: f32,
    bidi: &unicode_bidi::ParagraphBidiInfo<'_>,
) {
    trim_trailing_space(line);
    order_visually(line, bidi);
    line.height = height;
    line.ascent = ascent;
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
