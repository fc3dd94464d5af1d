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
    /// range of the rest for the next, and where the word (with the
    /// punctuation after it) ends.
    /// Only plain left-to-right words of one style; at least two letters
    /// stay on the line and three go down. `None` when the paragraph is not
    /// hyphenated.
    ///
    /// The hyphen is not in the text. Its glyph stands for the rest of the
    /// word instead, so the text layer gives the word whole on
    /// this line ("meeting", not "meet" and "ing" a line apart, which
    /// copy and paste and screen readers read as two words); the caller
    /// takes those characters out of the text of the lines below.
    pub(super) fn hyphenate(
        &mut self,
        items: &[FaceRun],
        text: &str,
        seg: &Range<usize>,
        pieces: &[Piece],
        par: &ParStyle<'_>,
        room: f32,
    ) -> Option<(Vec<Piece>, Range<usize>, usize)> {
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
            // The hyphen stands for the rest of the word, and the
            // punctuation that ends it ("alcohol," stays one word).
            let mut hyphen =
                self.shape_piece(run, "-", seg.start + at..seg.start + at, par.size, par.lang);
            for (i, g) in hyphen.glyphs.iter_mut().enumerate() {
                g.text = Arc::from(if i == 0 { &word[at..] } else { "" });
                g.hyphen = true;
            }
            if head.width + hyphen.width <= room {
                let word_end = seg.start + word.len();
                return Some((vec![head, hyphen], seg.start + at..seg.end, word_end));
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

    /// A word hyphenated with a rest longer than a line (broken between
    /// glyphs over two more lines): the hyphen stands for all the rest,
    /// the lines below give none of it.
    #[test]
    fn a_hyphenated_word_is_told_once_whatever_follows() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let text = "We say incomprehensibilities incomprehensibilities";
        let style = ParStyle {
            hyphenate: true,
            ..par(62.0, "en-US", false)
        };
        let lines = ts.lines(&plain(text), &style, usize::MAX - 1).unwrap();
        let texts: Vec<String> = lines.iter().map(line_text).collect();
        assert!(lines.len() >= 4, "{texts:?}");
        assert!(texts[0].ends_with(" incomprehensibilities"), "{texts:?}");
        assert_eq!((&*texts[1], &*texts[2]), ("", ""), "{texts:?}");
        assert_eq!(texts.concat().replace(' ', ""), text.replace(' ', ""));
    }

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
        // The hyphen is a piece of no text range of its own.
        let ends_with_hyphen = |l: &Line| l.pieces.last().is_some_and(|p| p.range.is_empty());
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
        // The text layer gives each hyphenated word whole on the line where
        // it starts, and nothing of it on the next line: copy and paste, and
        // a screen reader, get "nonjudgmental", not "nonjudg mental".
        let words: Vec<String> = hyph_lines.iter().map(line_text).collect();
        let all_words: Vec<&str> = words.iter().flat_map(|l| l.split(' ')).collect();
        for w in text.split(' ') {
            assert!(all_words.contains(&w), "{w} whole in {words:?}");
        }
        // No hyphenation for a language without patterns.
        let zh = lay_out(&mut ts, "zh-Hans", true);
        assert!(!zh.iter().any(ends_with_hyphen));
    }
}
