//! Layout, output: what a typeset leaflet is. In: nothing (types only).
//! Out: pages ([`Frame`]) of positioned glyph runs, boxes, lines, pictures
//! and link areas, plus bookmarks and the document's logical structure
//! ([`Structure`]): the contract the `pdf` stage reads. Every glyph run,
//! box and picture says, by its [`Tag`], which structure element it is
//! part of or that it is an artifact (drawn, but not read).

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
    /// The `Link` element the area belongs to, when the link is tagged.
    pub node: Option<u32>,
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
        /// An artifact (a box's background), or part of a figure (a QR code's modules).
        tag: Tag,
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
        /// A figure, or an artifact when it is decorative.
        tag: Tag,
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
    /// The element the text belongs to, or an artifact.
    pub tag: Tag,
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
    /// The logical structure the items' tags point into.
    pub structure: Structure,
}

/// What a drawn item is to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// Content of element `node`; `seq` orders it among the element's
    /// other content and children (logical order, whatever the drawing order).
    Content {
        /// Index into [`Structure::nodes`].
        node: u32,
        /// Position in reading order, shared with [`Node::seq`].
        seq: u32,
    },
    /// Drawn but not read.
    Artifact(Artifact),
}

/// The kinds of artifact (ISO 32000-1, 14.8.2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    /// Box backgrounds and frames, rules, the lines of a field.
    Layout,
    /// The running footer and its page numbers.
    Footer,
}

/// The logical structure of a leaflet: a tree of elements in reading
/// order. Node 0 is the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Structure {
    /// The elements; a node's parent comes before it.
    pub nodes: Vec<Node>,
}

/// One structure element.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What kind of element.
    pub role: Role,
    /// The element it is part of (`None` for the document).
    pub parent: Option<u32>,
    /// Position in reading order among its parent's children and content.
    pub seq: u32,
    /// Alternative text (a figure's).
    pub alt: Option<String>,
    /// Language, when it differs from the document's.
    pub lang: Option<String>,
}

/// Structure types (ISO 32000-1, 14.8.4), as many as a leaflet uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The whole leaflet.
    Document,
    /// A heading, level 1 to 3.
    Heading(u8),
    /// A paragraph (also a field's label and a footer line).
    P,
    /// A list, numbered or not.
    List {
        /// Numbered.
        ordered: bool,
    },
    /// A list item.
    ListItem,
    /// A list item's bullet or number.
    Label,
    /// A list item's text.
    ListBody,
    /// A boxed callout (a worry and its answer).
    Aside,
    /// A picture or a QR code.
    Figure,
    /// A link: its text and its clickable areas.
    Link,
    /// A run of text in another language.
    Span,
}

impl Role {
    /// The structure type's name.
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Heading(1) => "H1",
            Role::Heading(2) => "H2",
            Role::Heading(_) => "H3",
            Role::P => "P",
            Role::List { .. } => "L",
            Role::ListItem => "LI",
            Role::Label => "Lbl",
            Role::ListBody => "LBody",
            Role::Aside => "Aside",
            Role::Figure => "Figure",
            Role::Link => "Link",
            Role::Span => "Span",
        }
    }
}

impl Default for Structure {
    /// Only the document element, as [`Structure::new`].
    fn default() -> Self {
        Structure::new()
    }
}

impl Structure {
    /// A structure holding only the document element.
    pub fn new() -> Structure {
        Structure {
            nodes: vec![Node {
                role: Role::Document,
                parent: None,
                seq: 0,
                alt: None,
                lang: None,
            }],
        }
    }
}
