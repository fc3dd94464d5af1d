//! Leaf: the document tree. The markup stage builds it from the rendered
//! template; the layout stage typesets it. Every node keeps the byte span of
//! the markup that produced it, so later errors can point back at it.

use std::ops::Range;

/// A whole leaflet, ready for layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Document title (PDF metadata and bookmarks).
    pub title: String,
    /// BCP 47 language tag of the text (`/Lang`).
    pub lang: String,
    /// Base direction of the text.
    pub rtl: bool,
    /// Hyphenate where patterns exist for the language.
    pub hyphenate: bool,
    /// The body, in reading order.
    pub body: Vec<Block>,
    /// Printed at the foot of every page.
    pub footer: Vec<Block>,
    /// Link targets; [`TextStyle::link`] indexes this list.
    pub links: Vec<String>,
    /// Pictures by `src`, read by the app before layout.
    pub pictures: std::collections::BTreeMap<String, Picture>,
}

impl Document {
    /// The `src` of every picture the body and footer name, in reading
    /// order (a picture named twice comes twice).
    pub fn image_sources(&self) -> Vec<String> {
        fn walk(blocks: &[Block], out: &mut Vec<String>) {
            for b in blocks {
                match &b.kind {
                    BlockKind::Image { src, .. } => out.push(src.clone()),
                    BlockKind::Callout(inner) | BlockKind::Keep(inner) => walk(inner, out),
                    BlockKind::List { items, .. } => items.iter().for_each(|i| walk(i, out)),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.body, &mut out);
        walk(&self.footer, &mut out);
        out
    }
}

/// A raster picture (PNG or JPEG) and its size in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The file it was read from, as shown in errors.
    pub path: String,
    /// The file's bytes.
    pub data: std::sync::Arc<[u8]>,
    /// Width in pixels.
    pub width_px: u32,
    /// Height in pixels.
    pub height_px: u32,
}

/// A block-level element.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// What kind of block.
    pub kind: BlockKind,
    /// Style class from the markup (`class="subtitle"`), if any.
    pub class: Option<String>,
    /// Byte span in the markup.
    pub span: Range<usize>,
    /// A paragraph in another language or direction than the document's
    /// (`<p lang=".." dir="..">`): its language and direction. `None` for
    /// every other block, and for a paragraph in the document's own.
    pub lang: Option<BlockLang>,
}

/// The language of a paragraph written in another language than its
/// document's (a teach-back question in the patient's language, on the
/// clinician's sheet).
#[derive(Debug, Clone, PartialEq)]
pub struct BlockLang {
    /// BCP 47 language tag (`/Lang`, `lang`).
    pub tag: String,
    /// Right to left.
    pub rtl: bool,
}

/// The kinds of block.
#[derive(Debug, Clone, PartialEq)]
pub enum BlockKind {
    /// `<h1>`..`<h3>`.
    Heading {
        /// 1 to 3.
        level: u8,
        /// Text.
        inlines: Vec<Inline>,
    },
    /// `<p>`.
    Paragraph(Vec<Inline>),
    /// `<ul>` or `<ol>`: each item is a list of blocks.
    List {
        /// Numbered list.
        ordered: bool,
        /// Items.
        items: Vec<Vec<Block>>,
    },
    /// `<aside>`: a boxed callout, never split across pages.
    Callout(Vec<Block>),
    /// `<keep>`: blocks kept together on one page.
    Keep(Vec<Block>),
    /// `<field label="…"/>`: a label and a line to write on by hand.
    Field(Vec<Inline>),
    /// `<hr/>`: a horizontal rule.
    Rule,
    /// `<page-break/>`.
    PageBreak,
    /// `<img src="..." width="30mm"/>`: a PNG or JPEG picture (a clinic logo).
    Image {
        /// Where the picture comes from (a path, resolved by the app).
        src: String,
        /// Width in millimetres, if given.
        width_mm: Option<f32>,
        /// Height in millimetres, if given.
        height_mm: Option<f32>,
        /// What the picture shows, for a screen reader; empty when it is
        /// decorative (it repeats text printed beside it).
        alt: String,
    },
    /// `<qr data="https://..." size="25mm"/>`: a QR code; a link when the data is a URL.
    Qr {
        /// What the code holds.
        data: String,
        /// Side length in millimetres.
        size_mm: f32,
        /// What the code is and where it leads, for a screen reader.
        alt: String,
    },
    /// `<row>`: a line with a start part and an end part (footer).
    Row {
        /// Aligned to the start edge.
        start: Vec<Inline>,
        /// Aligned to the end edge.
        end: Vec<Inline>,
    },
}

/// Inline content.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Text with a style.
    Text {
        /// The characters, as Fluent produced them (isolation marks kept).
        text: String,
        /// Bold, italic.
        style: TextStyle,
    },
    /// `<br/>`.
    LineBreak,
    /// `<page-number/>`: the current page's number.
    PageNumber(TextStyle),
    /// `<page-count/>`: the number of pages.
    PageCount(TextStyle),
}

/// Inline style flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct TextStyle {
    /// `<strong>`.
    pub bold: bool,
    /// `<em>`.
    pub italic: bool,
    /// Colour role, from `class` on `<strong>`, `<em>` or `<span>`.
    pub tone: Tone,
    /// Inside `<a href>`: index into [`Document::links`].
    pub link: Option<u16>,
}

/// The colour roles a template can ask for; the layout stage picks the colours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Body text colour.
    #[default]
    Normal,
    /// The leaflet's accent colour (headings, answer labels).
    Accent,
    /// A warm contrast colour (worry labels).
    Warm,
    /// Grey, for secondary lines.
    Muted,
}

/// Whether Latin words in a `lang` document are in another language (NA,
/// AA, a pamphlet's English title, a web address inside Arabic or Chinese).
pub fn latin_is_foreign(lang: &str) -> bool {
    let primary = lang.split('-').next().unwrap_or("");
    [
        "ar", "fa", "ur", "he", "zh", "ja", "ko", "ru", "uk", "bg", "sr", "mk", "el", "th",
    ]
    .contains(&primary)
}

/// Whether `c` is a bidi control: Fluent's isolation marks around its
/// arguments, and the other explicit marks, embeddings and overrides. The
/// layout's bidi pass reads them; they are never drawn, never put in the
/// text layer, and never written to metadata, attributes or addresses.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')
}

/// `s` without its bidi controls ([`is_bidi_control`]).
pub fn without_bidi_controls(s: &str) -> String {
    s.chars().filter(|c| !is_bidi_control(*c)).collect()
}
