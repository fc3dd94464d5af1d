//! Layout, step 4b (hyphenation): a word that does not fit split at a
//! dictionary's hyphenation point. In: the word's segment and the room left
//! on the line. Out: the head with a hyphen, and the range of the rest.

use super::itemize::FaceRun;
use super::linebreak::ParStyle;
use super::shaping::Piece;
use super::typesetter::Typesetter;
use std::ops::Range;
use std::sync::Arc;

impl Typesetter<'_> {
    /// The hyphenation dictionary of a language, if patterns exist for it.
    fn dictionary(&mut self, lang: &str) -> Option<&hyphenation::Standard> {
        use hyphenation::{Language, Load};
        let language = match lang.split('-').next()? {
            "en" => Language::EnglishUS,
            "es" => Language::Spanish,
            "ru" => Language::Russian,
            "fr" => Language::French,
            "de" => Language::German1996,
            "pt" => Language::Portuguese,
            "it" => Language::Italian,
            "pl" => Language::Polish,
            "uk" => Language::Ukrainian,
            "nl" => Language::Dutch,
            _ => return None,
        };
        let key = language.code().to_string();
        if !self.dictionaries.contains_key(&key) {
            let d = hyphenation::Standard::from_embedded(language).ok();
            self.dictionaries.insert(key.clone(), d);
        }
        self.dictionaries.get(&key)?.as_ref()
    }

    /// Splits a word that does not fit the rest of the line (`room`) at a
    /// hyphenation point: the head (with a hyphen) for this line, the byte
    /// range of the rest for the next. Only plain left-to-right words of one
    /// style; at least two letters stay on the line and three go down.
    /// `None` when the paragraph is not hyphenated.
    pub(super) fn hyphenate(
        &mut self,
        items: &[FaceRun],
        text: &str,
        seg: &Range<usize>,
        pieces: &[Piece],
        par: &ParStyle<'_>,
        room: f32,
    ) -> Option<(Vec<Piece>, Range<usize>)> {
        use hyphenation::Hyphenator;
        let [piece] = pieces else { return None };
        if !par.hyphenate || piece.rtl {
            return None;
        }
        let seg_text = &text[seg.clone()];
        let word = seg_text.trim_end();
        let letters = word.trim_end_matches(|c: char| !c.is_alphabetic());
        if letters.chars().count() < 5 || !letters.chars().all(char::is_alphabetic) {
            return None;
        }
        let breaks: Vec<usize> = self.dictionary(par.lang)?.hyphenate(letters).breaks;
        // The run the one piece was shaped from: left to right, like it.
        let run = items
            .iter()
            .find(|r| r.range.start <= seg.start && seg.start < r.range.end)?;
        for &at in breaks.iter().rev() {
            let head_chars = letters[..at].chars().count();
            let tail_chars = letters[at..].chars().count();
            if head_chars < 2 || tail_chars < 3 {
                continue;
            }
            let head = self.shape_piece(
                run,
                &letters[..at],
                seg.start..seg.start + at,
                par.size,
                par.lang,
            );
            // The hyphen is not in the text: its glyph carries no characters.
            let mut hyphen =
                self.shape_piece(run, "-", seg.start + at..seg.start + at, par.size, par.lang);
            for g in &mut hyphen.glyphs {
                g.text = Arc::from("");
            }
            if head.width + hyphen.width <= room {
                return Some((vec![head, hyphen], seg.start + at..seg.end));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::line::Line;
    use crate::layout::testkit::*;
    use crate::layout::Typesetter;

    #[test]
    fn hyphenation_splits_long_words_only_when_asked() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let text = "Meetings are confidential and nonjudgmental everywhere";
        let lay_out = |ts: &mut Typesetter<'_>, lang: &str, hyphenate: bool| {
            let style = ParStyle {
                hyphenate,
                ..par(120.0, lang, false)
            };
            ts.lines(&plain(text), &style, usize::MAX - 1).unwrap()
        };
        let plain_lines = lay_out(&mut ts, "en-US", false);
        let hyph_lines = lay_out(&mut ts, "en-US", true);
        let ends_with_hyphen = |l: &Line| {
            l.pieces
                .last()
                .is_some_and(|p| p.glyphs.last().is_some_and(|g| g.text.is_empty()))
        };
        assert!(!plain_lines.iter().any(ends_with_hyphen));
        assert!(
            hyph_lines.iter().any(ends_with_hyphen),
            "some word is hyphenated"
        );
        for l in &hyph_lines {
            assert!(l.width <= 120.01);
        }
        // The text layer still spells every word whole (the hyphen adds nothing).
        let all: String = hyph_lines
            .iter()
            .map(line_text)
            .collect::<Vec<_>>()
            .join("");
        assert_eq!(all.replace(' ', ""), text.replace(' ', ""));
        // No hyphenation for a language without patterns.
        let zh = lay_out(&mut ts, "zh-Hans", true);
        assert!(!zh.iter().any(ends_with_hyphen));
    }
}
