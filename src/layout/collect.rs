//! Layout, step 1 (collect): a block's inlines flattened into one string
//! with style runs. In: [`Inline`]s. Out: [`StyledText`], with the bidi
//! controls kept for the bidi pass, and the character classes that decide
//! what is never drawn.

use crate::doc::{Inline, TextStyle, Tone};
use std::ops::Range;

/// Bidi controls ([`crate::doc::is_bidi_control`]): used by the bidi pass,
/// never drawn nor put in the text layer.
pub(super) use crate::doc::is_bidi_control as is_stripped;

/// Deepest nesting of bidi embeddings, overrides and isolates honoured.
/// UAX #9 allows 125 levels, but unicode-bidi 0.3.18 panics ordering a line
/// whose text all sits at the deepest implicit level, 126
/// (servo/unicode-bidi#145): 60 initiators give at most level 122.
const MAX_BIDI_DEPTH: usize = 60;

/// `text` for the bidi algorithm, with initiators nested deeper than
/// [`MAX_BIDI_DEPTH`] (and their terminators) made word joiners, which the
/// algorithm ignores. Every control and U+2060 is 3 bytes in UTF-8, so
/// offsets stay valid.
pub(super) fn cap_bidi_depth(text: &str) -> std::borrow::Cow<'_, str> {
    let opens = |c: char| matches!(c, '\u{202A}'..='\u{202B}' | '\u{202D}'..='\u{202E}' | '\u{2066}'..='\u{2068}');
    if text.chars().filter(|c| opens(*c)).count() <= MAX_BIDI_DEPTH {
        return text.into();
    }
    // Whether each open initiator was dropped.
    let mut stack: Vec<bool> = Vec::new();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let drop = if opens(c) {
            let drop = stack.len() >= MAX_BIDI_DEPTH || stack.last() == Some(&true);
            stack.push(drop);
            drop
        } else if matches!(c, '\u{202C}' | '\u{2069}') {
            stack.pop().unwrap_or(false)
        } else {
            false
        };
        out.push(if drop { '\u{2060}' } else { c });
    }
    out.into()
}

/// Stands for `<br/>` in flattened text: a mandatory break (UAX #14 BK)
/// that is white space, not a paragraph end, to the bidi algorithm.
pub(super) const LINE_SEPARATOR: char = '\u{2028}';

/// Text of a block with style runs. Keeps bidi controls for the bidi pass.
pub(super) struct StyledText {
    pub(super) text: String,
    pub(super) runs: Vec<(Range<usize>, TextStyle, Tone)>,
}

pub(super) fn flatten(
    inlines: &[Inline],
    base_tone: Tone,
    page: Option<(usize, usize)>,
) -> StyledText {
    let mut text = String::new();
    let mut runs = Vec::new();
    for inl in inlines {
        let (s, style) = match inl {
            Inline::Text { text, style } => (text.clone(), *style),
            Inline::LineBreak => (LINE_SEPARATOR.to_string(), TextStyle::default()),
            Inline::PageNumber(st) => (page.map_or("00".into(), |p| p.0.to_string()), *st),
            Inline::PageCount(st) => (page.map_or("00".into(), |p| p.1.to_string()), *st),
        };
        let start = text.len();
        text.push_str(&s);
        let tone = if style.tone == Tone::Normal {
            base_tone
        } else {
            style.tone
        };
        if text.len() > start {
            runs.push((start..text.len(), style, tone));
        }
    }
    StyledText { text, runs }
}

/// Invisible format characters the shaper removes (Unicode's
/// Default_Ignorable_Code_Point, less the bidi controls of [`is_stripped`]):
/// joiners, variation selectors, the soft hyphen, tags. Not the Hangul
/// fillers (U+115F, U+1160, U+3164, U+FFA0) nor U+1BCA0..U+1BCA3: the
/// shaper keeps those as ordinary glyphs, as HarfBuzz does, so a face must
/// have them (or they are reported as characters no font can draw).
pub(super) fn is_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200D | 0x2060..=0x2065 | 0x206A..=0x206F | 0xFE00..=0xFE0F
        | 0xFEFF | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testkit::*;
    use crate::layout::Typesetter;

    #[test]
    fn isolation_marks_never_reach_the_text() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let st = flatten(
            &[Inline::Text {
                text: "Call \u{2068}555-0142\u{2069}.".into(),
                style: TextStyle::default(),
            }],
            Tone::Normal,
            None,
        );
        // Collected text keeps them for the bidi pass; the lines drop them.
        assert_eq!(st.text, "Call \u{2068}555-0142\u{2069}.");
        let lines = ts
            .lines(&st, &par(400.0, "en", false), usize::MAX - 1)
            .unwrap();
        assert_eq!(line_text(&lines[0]), "Call 555-0142.");
    }
}
