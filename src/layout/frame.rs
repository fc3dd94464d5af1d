//! Layout, output: what a typeset leaflet is. In: nothing (types only).
//! Out: pages ([`Frame`]) of positioned glyph runs, boxes, lines, pictures
//! and link areas, plus bookmarks: the contract the `pdf` stage reads.

use super::geom::{Pt, Rgb};
use std::sync::Arc;

/// One page of output.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Page width.
    pub width: Pt,
    /// Page height.
    pub height: Pt,
    /// What is drawn, in painting order.
    pub items: Vec<Item>,
    /// Clickable areas and where they lead.
    pub links: Vec<LinkArea>,
}

/// A clickable rectangle on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    /// Left.
    pub x: f32,
    /// Bottom.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// The URI.
    pub uri: String,
}

/// A bookmark: a heading and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// The heading's text.
    pub title: String,
    /// Page index, from 0.
    pub page: usize,
    /// Top of the heading, PDF y.
    pub y: f32,
}

/// Something drawn on a page. Coordinates in points from the bottom left.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Glyphs of one face and size on one baseline.
    Glyphs(GlyphRun),
    /// A rectangle, filled and/or stroked, with rounded corners.
    Rect {
        /// Left.
        x: f32,
        /// Bottom.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Corner radius.
        radius: f32,
        /// Fill colour.
        fill: Option<Rgb>,
        /// Stroke colour and width.
        stroke: Option<(Rgb, f32)>,
    },
    /// A picture, scaled into its box.
    Image {
        /// Left.
        x: f32,
        /// Bottom.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// The picture.
        picture: crate::doc::Picture,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Colour.
        color: Rgb,
        /// Width.
        width: f32,
    },
}

/// Glyphs of one face, size and colour.
#[derive(Debug, Clone, PartialEq)]
pub struct GlyphRun {
    /// Index into [`FontBook::faces`].
    pub face: usize,
    /// Font size.
    pub size: f32,
    /// Colour.
    pub color: Rgb,
    /// The baseline; a glyph whose `y` differs is raised or lowered from it
    /// (a mark placed by the font).
    pub baseline: f32,
    /// Shaped right to left (the glyphs are still in visual order).
    pub rtl: bool,
    /// The glyphs, in visual order.
    pub glyphs: Vec<PlacedGlyph>,
}

/// A glyph at its place.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    /// Glyph id in the face.
    pub gid: u16,
    /// Pen position (left of the glyph's advance), points.
    pub x: f32,
    /// Baseline, points.
    pub y: f32,
    /// Advance as shaped, points.
    pub advance: f32,
    /// The characters this glyph stands for (empty for the 2nd.. glyph of a cluster).
    pub text: Arc<str>,
    /// A hyphen the line break added: drawn, but not in the text. `text`
    /// is the rest of the word it stands for, so the text layer gives the
    /// word whole (empty on a later part of a word hyphenated twice).
    pub hyphen: bool,
}

/// A typeset leaflet.
#[derive(Debug, Clone)]
pub struct Laid {
    /// Pages.
    pub frames: Vec<Frame>,
    /// Document title.
    pub title: String,
    /// Language tag.
    pub lang: String,
    /// Bookmarks for the sections, in reading order.
    pub outline: Vec<OutlineEntry>,
}
