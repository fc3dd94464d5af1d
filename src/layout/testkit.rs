//! Layout, tests only: the bundled fonts and small helpers the unit tests
//! of several steps share.

use super::collect::StyledText;
use super::fonts::FontBook;
use super::line::Line;
use super::linebreak::ParStyle;
use crate::doc::{TextStyle, Tone};
use crate::load::Content;

/// The bundled fonts.
pub(super) fn book() -> FontBook {
    let content = Content::builtin();
    FontBook::new(&content.fonts(), "NotoSans").unwrap()
}

/// `text` in one plain style.
pub(super) fn plain(text: &str) -> StyledText {
    StyledText {
        text: text.to_string(),
        runs: vec![(0..text.len(), TextStyle::default(), Tone::Normal)],
    }
}

/// The characters a line's glyphs stand for, in visual order.
pub(super) fn line_text(line: &Line) -> String {
    line.pieces
        .iter()
        .flat_map(|p| &p.glyphs)
        .map(|g| &*g.text)
        .collect()
}

/// 12 pt text, 1.3 leading, not hyphenated, in a column `width` wide.
pub(super) fn par(width: f32, lang: &str, rtl: bool) -> ParStyle<'_> {
    ParStyle {
        size: 12.0,
        leading: 1.3,
        width,
        lang,
        rtl,
        hyphenate: false,
    }
}
