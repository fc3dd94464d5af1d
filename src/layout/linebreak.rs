//! Layout, step 4 (line breaking): a paragraph broken into lines. In:
//! [`StyledText`] and the measure. Out: [`Line`]s in visual order. UAX #14
//! break opportunities (tailored for CJK quotes), greedy filling, a word
//! longer than the line broken between glyphs; whole paragraphs are cached.

use super::cache::ParagraphKey;
use super::collect::{cap_bidi_depth, StyledText};
use super::line::{finish_line, push_piece, trailing_width, Line, LineBox};
use super::shaping::{Glyph, Piece};
use super::typesetter::Typesetter;
use std::ops::Range;
use std::sync::Arc;

/// How a paragraph is set: everything its lines depend on besides the text.
#[derive(Debug, Clone, Copy)]
pub(super) struct ParStyle<'a> {
    /// Font size.
    pub(super) size: f32,
    /// Line height as a multiple of the size.
    pub(super) leading: f32,
    /// The measure: no line is wider.
    pub(super) width: f32,
    /// The language tag (shaping, hyphenation, CJK rules).
    pub(super) lang: &'a str,
    /// The paragraph's base direction is right to left.
    pub(super) rtl: bool,
    /// Hyphenate where patterns exist for the language.
    pub(super) hyphenate: bool,
}

impl Typesetter<'_> {
    /// Breaks styled text into lines no wider than `par.width`, each in
    /// visual order (UAX #9 per line). Stops after `max_lines + 1` lines:
    /// more than the pages may hold.
    pub(super) fn lines(
        &mut self,
        st: &StyledText,
        par: &ParStyle<'_>,
        max_lines: usize,
    ) -> std::result::Result<Vec<Line>, Vec<char>> {
        // A batch prints the same paragraphs again and again: reuse their
        // lines (the result depends only on this key).
        let key = ParagraphKey {
            text: st.text.clone(),
            runs: st
                .runs
                .iter()
                .map(|(r, s, t)| (r.start, r.end, *s, *t))
                .collect(),
            size: par.size.to_bits(),
            leading: par.leading.to_bits(),
            width: par.width.to_bits(),
            lang: par.lang.to_string(),
            rtl: par.rtl,
            hyphenate: par.hyphenate,
        };
        if let Some(lines) = self.paragraphs.get(&key) {
            return Ok(lines.as_ref().clone());
        }
        let lines = self.lines_uncached(st, par, max_lines)?;
        if lines.len() <= max_lines {
            let glyphs: usize = lines
                .iter()
                .flat_map(|l| &l.pieces)
                .map(|p| p.glyphs.len())
                .sum();
            let pieces: usize = lines.iter().map(|l| l.pieces.len()).sum();
            let bytes = 64
                + 2 * key.text.len()
                + lines.len() * std::mem::size_of::<Line>()
                + pieces * std::mem::size_of::<Piece>()
                // Each glyph's text is an allocation of its own.
                + glyphs * (std::mem::size_of::<Glyph>() + 32);
            self.paragraphs.insert(key, Arc::new(lines.clone()), bytes);
        }
        Ok(lines)
    }

    fn lines_uncached(
        &mut self,
        st: &StyledText,
        par: &ParStyle<'_>,
        max_lines: usize,
    ) -> std::result::Result<Vec<Line>, Vec<char>> {
        let text = &st.text;
        let base = if par.rtl {
            unicode_bidi::Level::rtl()
        } else {
            unicode_bidi::Level::ltr()
        };
        let shallow = cap_bidi_depth(text);
        let bidi = unicode_bidi::ParagraphBidiInfo::new(&shallow, Some(base));
        let items = self.itemize(st, &bidi.levels, par.lang)?;
        let mut out = Breaker {
            lines: Vec::new(),
            line: Line::default(),
            metrics: LineBox::new(self.fonts, par.size, par.leading),
            told: 0..0,
            bidi: &bidi,
            max_lines,
        };
        let mut queue: std::collections::VecDeque<_> = segments(text, par.lang).into();
        while let Some((seg, mandatory)) = queue.pop_front() {
            let pieces = self.shape_range(&items, text, seg.clone(), par.size, par.lang);
            // Trailing white space does not count at a line end.
            let trailing = trailing_width(&pieces);
            let seg_width: f32 = pieces.iter().map(|p| p.width).sum();
            let line = &out.line;
            if !line.pieces.is_empty() && line.width + seg_width - trailing > par.width + 0.01 {
                // Hyphenate the word if part of it fits, then go on with the rest.
                let room = par.width - line.width;
                if let Some((mut head, rest, word_end)) =
                    self.hyphenate(&items, text, &seg, &pieces, par, room)
                {
                    if out.told.contains(&seg.start) {
                        // A later part of a word hyphenated above: its
                        // letters are told already, the hyphen stands for
                        // nothing.
                        for p in head.iter_mut().skip(1) {
                            for g in &mut p.glyphs {
                                g.text = Arc::from("");
                            }
                        }
                    } else {
                        // The line may end the rest of the word before.
                        untell(&mut out.line, &out.told);
                        out.told = rest.start..word_end;
                    }
                    for p in head {
                        push_piece(&mut out.line, p);
                    }
                    out.end_line();
                    queue.push_front((rest, mandatory));
                    continue;
                }
                if out.end_line() {
                    return Ok(out.lines);
                }
            }
            if out.line.pieces.is_empty() && seg_width - trailing > par.width {
                if out.break_long_word(pieces, par.width) {
                    return Ok(out.lines);
                }
            } else {
                for p in pieces {
                    push_piece(&mut out.line, p);
                }
            }
            if mandatory {
                out.end_line();
            }
            if out.lines.len() > max_lines {
                return Ok(out.lines);
            }
        }
        if !out.line.pieces.is_empty() {
            out.end_line();
        }
        Ok(out.lines)
    }
}

/// The segments of `text` between break opportunities (UAX #14), each with
/// whether a mandatory break ends it.
fn segments(text: &str, lang: &str) -> Vec<(Range<usize>, bool)> {
    // In CJK text, curly quotes break like brackets (as UAX #14's LB19a
    // tailors them for East Asian context): an opening quote may start a
    // line, so a line does not end early before a quotation. The
    // substitutes have the same UTF-8 length, so offsets stay valid.
    let cjk = matches!(lang.split('-').next(), Some("zh" | "ja" | "ko"));
    let tailored: std::borrow::Cow<'_, str> =
        if cjk && text.contains(['\u{201C}', '\u{2018}', '\u{201D}', '\u{2019}']) {
            text.chars()
                .map(|c| match c {
                    '\u{201C}' | '\u{2018}' => '\u{FF08}',
                    '\u{201D}' | '\u{2019}' => '\u{FF09}',
                    c => c,
                })
                .collect::<String>()
                .into()
        } else {
            text.into()
        };
    let mut segments = Vec::new();
    let mut start = 0;
    for (at, op) in unicode_linebreak::linebreaks(&tailored) {
        if at > start {
            segments.push((
                start..at,
                op == unicode_linebreak::BreakOpportunity::Mandatory && at < text.len(),
            ));
        }
        start = at;
    }
    segments
}

/// Empties the text of the glyphs on `line` that stand for letters in
/// `told` (the rest of a hyphenated word, which the hyphen on the line above
/// stands for). Hyphenated words are left to right: the glyphs of such a
/// piece are in logical order, each cluster's text after the one before.
fn untell(line: &mut Line, told: &Range<usize>) {
    if told.is_empty() {
        return;
    }
    for p in &mut line.pieces {
        if p.rtl || p.range.is_empty() || p.range.end <= told.start || p.range.start >= told.end {
            continue;
        }
        let mut at = p.range.start;
        for g in &mut p.glyphs {
            let len = g.text.len();
            if told.start <= at && at + len <= told.end && len > 0 {
                g.text = Arc::from("");
            }
            at += len;
        }
    }
}

/// The lines of a paragraph as they are made, and the line being filled.
struct Breaker<'b, 't> {
    lines: Vec<Line>,
    line: Line,
    metrics: LineBox<'b>,
    /// The letters of a hyphenated word that its first line's hyphen
    /// stands for: the lines below draw them without their text.
    told: Range<usize>,
    bidi: &'b unicode_bidi::ParagraphBidiInfo<'t>,
    max_lines: usize,
}

impl Breaker<'_, '_> {
    /// Finishes the current line and starts a new one; true once there are
    /// more lines than the pages may hold.
    fn end_line(&mut self) -> bool {
        untell(&mut self.line, &self.told);
        finish_line(&mut self.line, &self.metrics, self.bidi);
        self.lines.push(std::mem::take(&mut self.line));
        self.lines.len() > self.max_lines
    }

    /// Puts a word longer than the line on lines of their own, broken
    /// between glyphs; true once there are more lines than the pages may
    /// hold.
    fn break_long_word(&mut self, pieces: Vec<Piece>, width: f32) -> bool {
        for p in pieces {
            let whole = p.range.clone();
            let empty = Piece {
                glyphs: Vec::new(),
                width: 0.0,
                range: whole.start..whole.start,
                ..p
            };
            // Each part keeps only its own logical range (walked
            // through the glyphs' text, from the word's end when
            // it was shaped right to left): a line's bidi runs are
            // computed over its range, so the whole word's range on
            // every line made breaking a long word quadratic.
            let mut pos = if p.rtl { whole.end } else { whole.start };
            let mut part_from = pos;
            let part_range = |from: usize, to: usize| {
                if p.rtl {
                    to.max(whole.start)..from
                } else {
                    from..to.min(whole.end)
                }
            };
            let mut cur = empty.clone();
            // Pen position in the piece as shaped: a glyph's x is its
            // pen plus the offset the font gave it (a mark's, moved
            // back over its letter), which the glyph keeps.
            let mut pen = 0.0;
            for g in p.glyphs {
                // A mark (no advance) never starts a line.
                if self.line.width + cur.width + g.advance > width
                    && g.advance > 0.0
                    && (cur.width > 0.0 || !self.line.pieces.is_empty())
                {
                    let mut done = std::mem::replace(&mut cur, empty.clone());
                    done.range = part_range(part_from, pos);
                    part_from = pos;
                    push_piece(&mut self.line, done);
                    if self.end_line() {
                        return true;
                    }
                }
                pos = if p.rtl {
                    pos.saturating_sub(g.text.len())
                } else {
                    pos + g.text.len()
                };
                let adv = g.advance;
                let offset = g.x - pen;
                pen += adv;
                cur.glyphs.push(Glyph {
                    x: cur.width + offset,
                    ..g
                });
                cur.width += adv;
            }
            // The last part runs to the word's edge (stripped marks
            // have no glyph text).
            cur.range = part_range(part_from, if p.rtl { whole.start } else { whole.end });
            push_piece(&mut self.line, cur);
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testkit::*;

    #[test]
    fn lines_fit_the_measure_and_long_words_break() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let text = format!(
            "Nobody is made to speak at a meeting. {} end",
            "x".repeat(200)
        );
        let lines = ts
            .lines(&plain(&text), &par(200.0, "en", false), usize::MAX - 1)
            .unwrap();
        assert!(lines.len() > 3);
        for l in &lines {
            assert!(l.width <= 200.01, "line of {} pt", l.width);
        }
        let all: String = lines
            .iter()
            .flat_map(|l| &l.pieces)
            .flat_map(|p| &p.glyphs)
            .map(|g| &*g.text)
            .collect();
        assert_eq!(all.replace(' ', ""), text.replace(' ', ""));
    }

    #[test]
    fn each_part_of_a_broken_word_keeps_only_its_own_range() {
        // Every part used to keep the whole word's range, and each line's
        // bidi runs were computed over it: breaking a word of n letters
        // took n^2 time (a megabyte word never finished).
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        for (text, rtl) in [("x".repeat(3000), false), ("س".repeat(3000), true)] {
            let lang = if rtl { "ar" } else { "en" };
            let lines = ts
                .lines(&plain(&text), &par(120.0, lang, rtl), usize::MAX - 1)
                .unwrap();
            assert!(lines.len() > 20);
            let mut covered = 0;
            for p in lines.iter().flat_map(|l| &l.pieces) {
                let own: usize = p.glyphs.iter().map(|g| g.text.len()).sum();
                assert_eq!(p.range.len(), own, "{:?} for {own} bytes", p.range);
                covered += own;
            }
            assert_eq!(covered, text.len());
        }
    }

    #[test]
    fn breaking_stops_after_max_lines() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let text = "word ".repeat(2000);
        let lines = ts
            .lines(&plain(&text), &par(120.0, "en", false), 5)
            .unwrap();
        assert_eq!(lines.len(), 6, "one line more than allowed, then stop");
        let long = "x".repeat(20_000);
        let lines = ts
            .lines(&plain(&long), &par(120.0, "en", false), 5)
            .unwrap();
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn a_word_broken_between_glyphs_keeps_its_marks_over_their_letters() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        // Where the font puts the acute over its letter.
        let one = ts.lines(&plain("q\u{301}"), &par(400.0, "vi", false), usize::MAX - 1);
        let g = &one.unwrap()[0].pieces[0].glyphs;
        let over = g[1].x - g[0].x;
        // A word far wider than the line, broken between glyphs.
        let word = "q\u{301}".repeat(40);
        let lines = ts
            .lines(&plain(&word), &par(60.0, "vi", false), usize::MAX - 1)
            .unwrap();
        assert!(lines.len() > 2);
        for line in &lines {
            for p in &line.pieces {
                for pair in p.glyphs.windows(2) {
                    if pair[1].advance == 0.0 {
                        assert!((pair[1].x - pair[0].x - over).abs() < 0.01, "{pair:?}");
                    }
                }
            }
        }
    }
}
