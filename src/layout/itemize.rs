//! Layout, step 2 (itemize): one face per character by coverage (font
//! fallback), split where the bidi level changes. In: [`StyledText`] and the
//! paragraph's bidi levels. Out: [`FaceRun`]s, or the characters no face
//! can draw.

use super::collect::{is_ignorable, is_stripped, StyledText, LINE_SEPARATOR};
use super::geom::{tone_color, Rgb};
use super::typesetter::Typesetter;
use std::ops::Range;

/// A stretch of text drawn with one face, colour and direction.
pub(super) struct FaceRun {
    pub(super) range: Range<usize>,
    pub(super) face: usize,
    pub(super) color: Rgb,
    pub(super) rtl: bool,
    pub(super) link: Option<u16>,
}

impl Typesetter<'_> {
    /// Picks a face for each character (fallback by coverage) and splits
    /// runs where the bidi level changes; reports the characters no face
    /// covers. Bidi controls and line separators get no run: never drawn.
    pub(super) fn itemize(
        &self,
        st: &StyledText,
        levels: &[unicode_bidi::Level],
        lang: &str,
    ) -> std::result::Result<Vec<FaceRun>, Vec<char>> {
        let mut out: Vec<FaceRun> = Vec::new();
        let mut missing = Vec::new();
        // In Chinese, Japanese and Korean text, quotes, dashes and dots of
        // ambiguous width come from the CJK face (full width), not the Latin one.
        let cjk = matches!(lang.split('-').next(), Some("zh" | "ja" | "ko"));
        for (range, style, tone) in &st.runs {
            let cands = self.fonts.candidates(*style);
            let cjk_face = cands
                .iter()
                .copied()
                .find(|&f| self.fonts.covers(f, '\u{4E00}'));
            let mut prev: Option<usize> = None;
            for (i, c) in st.text[range.clone()].char_indices() {
                let at = range.start + i;
                // Controls are never drawn either (a font has no glyph for
                // them: they would print as boxes).
                if is_stripped(c) || c == LINE_SEPARATOR || c.is_control() {
                    continue;
                }
                // Joiners and variation selectors stay with their letter;
                // the shaper uses and removes them.
                let ignorable = is_ignorable(c);
                let wide = cjk
                    && matches!(
                        c,
                        '\u{2014}' | '\u{2018}'..='\u{201F}' | '\u{2026}' | '\u{00B7}'
                    );
                let face = match (prev, cjk_face) {
                    (_, Some(f)) if wide && self.fonts.covers(f, c) => Some(f),
                    // A space or mark the face has stays in it; one it lacks
                    // (the Chinese face has no U+0020) comes from a face
                    // that has it, never as the face's .notdef box.
                    (Some(p), _) if ignorable || self.fonts.covers(p, c) => Some(p),
                    _ => cands.iter().copied().find(|&f| self.fonts.covers(f, c)),
                };
                let face = match face {
                    Some(f) => f,
                    None if ignorable => prev.unwrap_or(cands[0]),
                    None => {
                        if !missing.contains(&c) {
                            missing.push(c);
                        }
                        prev.unwrap_or(cands[0])
                    }
                };
                prev = Some(face);
                let color = tone_color(*tone);
                let rtl = levels.get(at).is_some_and(|l| l.is_rtl());
                let link = style.link;
                match out.last_mut() {
                    Some(r)
                        if r.face == face
                            && r.range.end == at
                            && r.color == color
                            && r.rtl == rtl
                            && r.link == link =>
                    {
                        r.range.end = at + c.len_utf8();
                    }
                    _ => out.push(FaceRun {
                        range: at..at + c.len_utf8(),
                        face,
                        color,
                        rtl,
                        link,
                    }),
                }
            }
        }
        if missing.is_empty() {
            Ok(out)
        } else {
            Err(missing)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::line::Line;
    use crate::layout::testkit::*;
    use crate::layout::FontBook;

    #[test]
    fn a_character_no_font_has_is_reported() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let err = ts
            .lines(
                &plain("Meetings ที่ประชุม are free"),
                &par(400.0, "en", false),
                usize::MAX - 1,
            )
            .unwrap_err();
        assert_eq!(err, vec!['ท', 'ี', '่', 'ป', 'ร', 'ะ', 'ช', 'ุ', 'ม']);
    }

    /// The faces used for each visible character of a line, in visual order.
    fn faces(fonts: &FontBook, line: &Line) -> Vec<(String, String)> {
        line.pieces
            .iter()
            .map(|p| {
                (
                    fonts.faces[p.face].family.clone(),
                    p.glyphs.iter().map(|g| &*g.text).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn fallback_inside_a_paragraph_picks_a_face_per_script() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let lines = ts
            .lines(
                &plain("美沙酮 (methadone) 是药"),
                &par(400.0, "zh-Hans", false),
                usize::MAX - 1,
            )
            .unwrap();
        let f = faces(&fonts, &lines[0]);
        let of = |family: &str| -> String {
            f.iter()
                .filter(|(fam, _)| fam == family)
                .map(|(_, t)| t.as_str())
                .collect()
        };
        // The spaces come from Noto Sans: the Chinese face has no U+0020,
        // and drew them as its empty, em-wide .notdef glyph.
        assert_eq!(of("NotoSansSC"), "美沙酮是药", "{f:?}");
        assert_eq!(of("NotoSans"), " (methadone) ", "{f:?}");
    }
}
