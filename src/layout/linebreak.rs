//! Layout, step 4 (line breaking): a paragraph broken into lines. In:
//! [`StyledText`] and the measure. Out: [`Line`]s in visual order. UAX #14
//! break opportunities (tailored for CJK quotes), greedy filling, a word
//! longer than the line broken between glyphs; whole paragraphs are cached.

use super::cache::ParagraphKey;
use super::collect::{cap_bidi_depth, StyledText};
use super::line::{finish_line, push_piece, trailing_width, Line};
use super::shaping::{Glyph, Piece};
use super::typesetter::Typesetter;
use std::ops::Range;
use std::sync::Arc;

impl Typesetter<'_> {
    /// Breaks styled text into lines no wider than `width`, each in visual
    /// order (UAX #9 per line). `rtl` is the paragraph's base direction.
    /// Stops after `max_lines + 1` lines: more than the pages may hold.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn lines(
        &mut self,
        st: &StyledText,
        size: f32,
        leading: f32,
        width: f32,
        lang: &str,
        rtl: bool,
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
            size: size.to_bits(),
            leading: leading.to_bits(),
            width: width.to_bits(),
            lang: lang.to_string(),
            rtl,
            hyphenate: self.hyphenate,
        };
        if let Some(lines) = self.paragraphs.get(&key) {
            return Ok(lines.as_ref().clone());
        }
        let lines = self.lines_uncached(st, size, leading, width, lang, rtl, max_lines)?;
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

    #[allow(clippy::too_many_arguments)]
    fn lines_uncached(
        &mut self,
        st: &StyledText,
        size: f32,
        leading: f32,
        width: f32,
        lang: &str,
        rtl: bool,
        max_lines: usize,
    ) -> std::result::Result<Vec<Line>, Vec<char>> {
        let text = &st.text;
        let base = if rtl {
            unicode_bidi::Level::rtl()
        } else {
            unicode_bidi::Level::ltr()
        };
        let shallow = cap_bidi_depth(text);
        let bidi = unicode_bidi::ParagraphBidiInfo::new(&shallow, Some(base));
        let items = self.itemize(st, &bidi.levels, lang)?;
        // Segments between break opportunities.
        let mut segments: Vec<(Range<usize>, bool)> = Vec::new();
        let mut start = 0;
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
                text.as_str().into()
            };
        for (at, op) in unicode_linebreak::linebreaks(&tailored) {
            if at > start {
                segments.push((
                    start..at,
                    op == unicode_linebreak::BreakOpportunity::Mandatory && at < text.len(),
                ));
            }
            start = at;
        }
        let mut lines = Vec::new();
        let mut line = Line::default();
        let height = size * leading;
        let ascent = size * (leading - 1.0) / 2.0 + size * 0.8;
        let finish = |line: &mut Line| finish_line(line, height, ascent, &bidi);
        let mut queue: std::collections::VecDeque<(Range<usize>, bool)> = segments.into();
        while let Some((seg, mandatory)) = queue.pop_front() {
            let pieces = self.shape_range(&items, text, seg.clone(), size, lang);
            // Trailing white space does not count at a line end.
            let trailing = trailing_width(&pieces);
            let seg_width: f32 = pieces.iter().map(|p| p.width).sum();
            if !line.pieces.is_empty() && line.width + seg_width - trailing > width + 0.01 {
                // Hyphenate the word if part of it fits, then go on with the rest.
                if let Some((head, rest)) =
                    self.hyphenate(&items, text, &seg, &pieces, size, lang, width - line.width)
                {
                    for p in head {
                        push_piece(&mut line, p);
                    }
                    finish(&mut line);
                    lines.push(std::mem::take(&mut line));
                    queue.push_front((rest, mandatory));
                    continue;
                }
                finish(&mut line);
                lines.push(std::mem::take(&mut line));
                if lines.len() > max_lines {
                    return Ok(lines);
                }
            }
            if line.pieces.is_empty() && seg_width - trailing > width {
                // A word longer than the line: break it between glyphs.
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
                        if line.width + cur.width + g.advance > width
                            && g.advance > 0.0
                            && (cur.width > 0.0 || !line.pieces.is_empty())
                        {
                            let mut done = std::mem::replace(&mut cur, empty.clone());
                            done.range = part_range(part_from, pos);
                            part_from = pos;
                            push_piece(&mut line, done);
                            finish(&mut line);
                            lines.push(std::mem::take(&mut line));
                            if lines.len() > max_lines {
                                return Ok(lines);
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
                    push_piece(&mut line, cur);
                }
            } else {
                for p in pieces {
                    push_piece(&mut line, p);
                }
            }
            if mandatory {
                finish(&mut line);
                lines.push(std::mem::take(&mut line));
            }
            if lines.len() > max_lines {
                return Ok(lines);
            }
        }
        if !line.pieces.is_empty() {
            finish(&mut line);
            lines.push(line);
        }
        Ok(lines)
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
            .lines(&plain(&text), 12.0, 1.3, 200.0, "en", false, usize::MAX - 1)
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
                .lines(&plain(&text), 12.0, 1.3, 120.0, lang, rtl, usize::MAX - 1)
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
            .lines(&plain(&text), 12.0, 1.3, 120.0, "en", false, 5)
            .unwrap();
        assert_eq!(lines.len(), 6, "one line more than allowed, then stop");
        let long = "x".repeat(20_000);
        let lines = ts
            .lines(&plain(&long), 12.0, 1.3, 120.0, "en", false, 5)
            .unwrap();
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn a_word_broken_between_glyphs_keeps_its_marks_over_their_letters() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        // Where the font puts the acute over its letter.
        let one = ts.lines(
            &plain("q\u{301}"),
            12.0,
            1.3,
            400.0,
            "vi",
            false,
            usize::MAX - 1,
        );
        let g = &one.unwrap()[0].pieces[0].glyphs;
        let over = g[1].x - g[0].x;
        // A word far wider than the line, broken between glyphs.
        let word = "q\u{301}".repeat(40);
        let lines = ts
            .lines(&plain(&word), 12.0, 1.3, 60.0, "vi", false, usize::MAX - 1)
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
