//! Stage 5, layout: our typesetting engine. In: a [`Document`] and the font
//! files. Out: [`Frame`]s, one per page, of positioned glyph runs, rules and
//! boxes in our own types (PDF coordinates: points, origin at the bottom
//! left). Shaping with harfrust (kerning, ligatures), line breaking by
//! UAX #14 (unicode-linebreak), ragged right, per-character font fallback
//! over the bundled fonts, pagination that keeps headings with what follows,
//! never splits a callout, and leaves no line of a paragraph alone at the top
//! or bottom of a page; a footer on every page with "page X of Y".

use crate::diag::{Diagnostic, Diagnostics, Result};
use crate::doc::{Block, BlockKind, Document, Inline, TextStyle, Tone};
use crate::load::{Bytes, SourceFile};
use crate::model::Paper;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// A length in PostScript points (1/72 inch).
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct Pt(pub f32);

/// A length in millimetres.
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct Mm(pub f32);

impl From<Mm> for Pt {
    fn from(mm: Mm) -> Pt {
        Pt(mm.0 * 72.0 / 25.4)
    }
}

impl Paper {
    /// Width and height.
    pub fn size(self) -> (Pt, Pt) {
        match self {
            Paper::Letter => (Pt(612.0), Pt(792.0)),
            Paper::A4 => (Mm(210.0).into(), Mm(297.0).into()),
        }
    }
}

/// An sRGB colour, components 0..1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

const INK: Rgb = Rgb(0.10, 0.10, 0.11);
const ACCENT: Rgb = Rgb(0.11, 0.37, 0.45);
const WARM: Rgb = Rgb(0.62, 0.22, 0.10);
const MUTED: Rgb = Rgb(0.36, 0.36, 0.38);
const CALLOUT_FILL: Rgb = Rgb(0.93, 0.96, 0.97);
const CALLOUT_EDGE: Rgb = Rgb(0.45, 0.64, 0.71);

/// One font face, parsed once and shared by every leaflet.
pub struct Face {
    /// PostScript-style name from the file name (`NotoSans-Bold`).
    pub name: String,
    /// Family part of the name (`NotoSans`).
    pub family: String,
    /// Bold face.
    pub bold: bool,
    /// Italic face.
    pub italic: bool,
    /// The font program.
    pub data: Bytes,
    /// The file it came from, as shown in errors.
    pub path: String,
    /// Design units per em.
    pub units_per_em: u16,
    font: harfrust::Font,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// The bundled fonts, in fallback order: the first family is the main one.
#[derive(Debug)]
pub struct FontBook {
    /// All faces.
    pub faces: Vec<Face>,
}

impl FontBook {
    /// Parses the font files (`fonts/*.ttf`, `.otf`). Faces are named
    /// `Family-Style.ttf` with Style one of Regular, Bold, Italic, BoldItalic.
    /// `primary` names the family tried first.
    pub fn new(files: &[&SourceFile], primary: &str) -> Result<FontBook> {
        let mut faces = Vec::new();
        let mut diags = Diagnostics::default();
        for file in files {
            let stem = file
                .rel
                .rsplit('/')
                .next()
                .unwrap_or("")
                .trim_end_matches(".ttf")
                .trim_end_matches(".otf");
            let (family, style) = stem.rsplit_once('-').unwrap_or((stem, "Regular"));
            let bytes = file.bytes.clone();
            let blob: harfrust::font::Blob = match &bytes {
                Bytes::Static(b) => harfrust::font::Blob::from(*b),
                Bytes::Owned(a) => harfrust::font::Blob::from(a.to_vec()),
            };
            let Some(font) = harfrust::Font::new(blob, 0) else {
                diags.push(
                    Diagnostic::error("the font file cannot be read")
                        .at(crate::diag::Location::file(&file.display))
                        .hint("use a TrueType or OpenType font (.ttf, .otf)"),
                );
                continue;
            };
            let units_per_em = font.units_per_em();
            if units_per_em == 0 || font.num_glyphs() == 0 {
                diags.push(
                    Diagnostic::error("the font has no glyphs: the file is damaged or cut short")
                        .at(crate::diag::Location::file(&file.display))
                        .hint("replace it with an intact copy of the font (.ttf, .otf)"),
                );
                continue;
            }
            faces.push(Face {
                name: stem.to_string(),
                family: family.to_string(),
                bold: style.contains("Bold"),
                italic: style.contains("Italic"),
                data: bytes,
                path: file.display.clone(),
                units_per_em,
                font,
            });
        }
        faces.sort_by_key(|f| (f.family != primary, f.family.clone(), f.bold, f.italic));
        if faces.is_empty() && !diags.has_errors() {
            diags.push(
                Diagnostic::error("no fonts found")
                    .hint("the content's fonts/ folder needs at least one .ttf"),
            );
        }
        diags.into_result(FontBook { faces })
    }

    /// The characters of `text` that no face can draw, with their byte
    /// offsets (controls, bidi marks and other invisible format characters
    /// are never drawn, so never missing; a space no face has is).
    pub fn uncovered(&self, text: &str) -> Vec<(usize, char)> {
        text.char_indices()
            .filter(|(_, c)| !c.is_control() && !is_stripped(*c) && !is_ignorable(*c))
            .filter(|(_, c)| !(0..self.faces.len()).any(|f| self.covers(f, *c)))
            .collect()
    }

    fn covers(&self, face: usize, c: char) -> bool {
        self.faces[face]
            .font
            .charmap()
            .map_unicode(c as u32)
            .is_some()
    }

    /// Faces to try for a style, best first: same family order, closest style.
    fn candidates(&self, style: TextStyle) -> Vec<usize> {
        let mut v: Vec<(u8, usize)> = Vec::new();
        let mut families: Vec<&str> = Vec::new();
        for f in &self.faces {
            if !families.contains(&f.family.as_str()) {
                families.push(&f.family);
            }
        }
        for (i, f) in self.faces.iter().enumerate() {
            let fam = families.iter().position(|x| *x == f.family).unwrap_or(0) as u8;
            let penalty = u8::from(f.bold != style.bold) * 2 + u8::from(f.italic != style.italic);
            v.push((fam * 8 + penalty, i));
        }
        v.sort();
        v.into_iter().map(|(_, i)| i).collect()
    }
}

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

/// A glyph of a shaped piece: id, pen position, rise, advance (points),
/// and the characters it stands for (shared: a cached line is cloned into
/// every leaflet that prints it).
type PieceGlyph = (u16, f32, f32, f32, Arc<str>);

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
}

/// Sizes and spacing for normal or large print.
#[derive(Debug, Clone, Copy)]
pub struct Metrics {
    /// Body text size (>= 12 pt; >= 18 pt in large print).
    pub body: f32,
    /// Footer text size.
    pub footer: f32,
    /// Line height as a multiple of the size.
    pub leading: f32,
    /// Page margins.
    pub margin: f32,
}

impl Metrics {
    /// Normal print.
    pub const NORMAL: Metrics = Metrics {
        body: 12.0,
        footer: 9.0,
        leading: 1.32,
        margin: 18.0 * 72.0 / 25.4,
    };
    /// Large print.
    pub const LARGE: Metrics = Metrics {
        body: 18.0,
        footer: 12.0,
        leading: 1.4,
        margin: 16.0 * 72.0 / 25.4,
    };
}

/// Typesetting options.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Paper.
    pub paper: Paper,
    /// Sizes.
    pub metrics: Metrics,
}

impl Options {
    /// On `paper`, in the normal sizes or in large print.
    pub fn new(paper: Paper, large_print: bool) -> Options {
        Options {
            paper,
            metrics: if large_print {
                Metrics::LARGE
            } else {
                Metrics::NORMAL
            },
        }
    }
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

#[derive(Debug, Clone)]
struct Shaped {
    glyphs: Vec<ShapedGlyph>,
}

#[derive(Debug, Clone)]
struct ShapedGlyph {
    gid: u16,
    advance: i32,
    /// Pen position before this glyph, from the start of the shaped text.
    pen: i32,
    x_offset: i32,
    y_offset: i32,
    /// Byte range in the shaped text of this glyph's cluster (start glyph only).
    text: Option<Range<usize>>,
}

/// The typesetter: fonts plus a cache of shaped words.
pub struct Typesetter<'f> {
    fonts: &'f FontBook,
    /// Hyphenate where patterns exist for the language.
    hyphenate: bool,
    dictionaries: HashMap<String, Option<hyphenation::Standard>>,
    plans: HashMap<(usize, bool, Option<harfrust::Script>, String), Arc<harfrust::ShapePlan>>,
    /// Laid-out paragraphs, shared with the other typesetters of a batch.
    paragraphs: Arc<Paragraphs>,
    /// Shaped words, keyed by [`word_key`] (looked up by `&str`, so a hit
    /// allocates nothing).
    words: Generations<String, Arc<Shaped>>,
    /// Where a word's key is spelled out for a lookup.
    word_key: String,
}

/// Memory the laid-out paragraphs may take (shared by a batch's workers).
const PARAGRAPH_BYTES: usize = 8 << 20;

/// Laid-out paragraphs, by everything their lines depend on. One is shared
/// by all the typesetters of a batch: each worker would otherwise hold its
/// own copy of the same paragraphs.
pub struct Paragraphs(std::sync::Mutex<Generations<ParagraphKey, Arc<Vec<Line>>>>);

impl Default for Paragraphs {
    fn default() -> Self {
        Paragraphs(std::sync::Mutex::new(Generations::new(PARAGRAPH_BYTES)))
    }
}

impl std::fmt::Debug for Paragraphs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paragraphs").finish_non_exhaustive()
    }
}

impl Paragraphs {
    fn get(&self, key: &ParagraphKey) -> Option<Arc<Vec<Line>>> {
        let mut cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        cache.get(key).cloned()
    }

    fn insert(&self, key: ParagraphKey, lines: Arc<Vec<Line>>, bytes: usize) {
        let mut cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        cache.insert(key, lines, bytes);
    }
}

/// Memory the shaped words of one typesetter may take.
const WORD_BYTES: usize = 2 << 20;

/// A cache bounded in bytes, in two generations. New entries go into the
/// young one; once it holds half the budget, the old generation is dropped
/// and the young one becomes old. A hit in the old generation moves the
/// entry back into the young one. An entry is only kept the second time it
/// is offered: what a batch prints once (a patient's name) never pushes
/// out what it keeps printing (the topic's paragraphs, common words).
/// Memory stays flat however long the batch.
struct Generations<K, V> {
    young: HashMap<K, (V, usize)>,
    old: HashMap<K, (V, usize)>,
    young_bytes: usize,
    budget: usize,
    /// Hashes of the keys offered once (cleared when it grows large).
    seen: std::collections::HashSet<u64>,
    hasher: std::collections::hash_map::RandomState,
}

/// Keys a [`Generations`] remembers having been offered.
const SEEN_KEYS: usize = 1 << 14;

impl<K: std::hash::Hash + Eq, V> Generations<K, V> {
    fn new(budget: usize) -> Self {
        Generations {
            young: HashMap::new(),
            old: HashMap::new(),
            young_bytes: 0,
            budget,
            seen: Default::default(),
            hasher: Default::default(),
        }
    }

    fn get<Q>(&mut self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        if !self.young.contains_key(key) {
            let (k, (v, bytes)) = self.old.remove_entry(key)?;
            return Some(self.keep(k, v, bytes));
        }
        self.young.get(key).map(|(v, _)| v)
    }

    /// Offers `value`, which takes about `bytes` of memory: kept if its key
    /// was offered before.
    fn insert(&mut self, key: K, value: V, bytes: usize) {
        use std::hash::BuildHasher;
        if self.seen.len() >= SEEN_KEYS {
            self.seen.clear();
        }
        if self.seen.insert(self.hasher.hash_one(&key)) {
            return;
        }
        self.keep(key, value, bytes);
    }

    fn keep(&mut self, key: K, value: V, bytes: usize) -> &V {
        if self.young_bytes + bytes > self.budget / 2 {
            self.old = std::mem::take(&mut self.young);
            self.young_bytes = 0;
        }
        self.young_bytes += bytes;
        &self
            .young
            .entry(key)
            .insert_entry((value, bytes))
            .into_mut()
            .0
    }
}

/// The key of a shaped word: face, direction and text.
fn word_key(out: &mut String, face: usize, rtl: bool, text: &str) {
    use std::fmt::Write;
    out.clear();
    let _ = write!(out, "{face}{}", if rtl { '<' } else { '>' });
    out.push_str(text);
}

impl std::fmt::Debug for Typesetter<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typesetter").finish_non_exhaustive()
    }
}

/// A piece of a line: glyphs of one face, relative to the line start.
#[derive(Debug, Clone)]
struct Piece {
    face: usize,
    size: f32,
    color: Rgb,
    /// gid, x from the piece start (the line start once the line is
    /// finished), y offset, advance, text; in visual order.
    glyphs: Vec<PieceGlyph>,
    width: f32,
    /// Logical byte range in the paragraph text.
    range: Range<usize>,
    /// Shaped right to left.
    rtl: bool,
    /// Inside a link: index into the document's links.
    link: Option<u16>,
}

/// A laid-out line: pieces, its natural width, and its height.
#[derive(Debug, Clone, Default)]
struct Line {
    pieces: Vec<Piece>,
    width: f32,
    height: f32,
    ascent: f32,
}

/// A unit of pagination.
#[derive(Debug, Clone)]
struct Unit {
    /// Rows: each has a height and items positioned relative to the row top
    /// (y down from the top, x from the content box's left).
    rows: Vec<Row>,
    breakable: bool,
    keep_with_next: bool,
    space_before: f32,
    page_break: bool,
}

#[derive(Debug, Clone, Default)]
struct Row {
    height: f32,
    items: Vec<RelItem>,
    /// A bookmark starts at this row.
    outline: Option<String>,
}

/// Items positioned relative to a row's top-left; y grows downwards.
#[derive(Debug, Clone)]
enum RelItem {
    /// One piece of a line; `line_width` is the width of the whole line
    /// (or marker) it belongs to, so a right-to-left page can mirror it.
    Text {
        x: f32,
        baseline: f32,
        piece: Piece,
        line_width: f32,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
        radius: f32,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        color: Rgb,
        width: f32,
    },
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        picture: crate::doc::Picture,
    },
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        uri: String,
    },
}

fn tone_color(t: Tone) -> Rgb {
    match t {
        Tone::Normal => INK,
        Tone::Accent => ACCENT,
        Tone::Warm => WARM,
        Tone::Muted => MUTED,
    }
}

fn is_stripped(c: char) -> bool {
    // Bidi isolation marks from Fluent and other bidi controls: used by the
    // bidi pass, never drawn nor put in the text layer.
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')
}

/// Deepest nesting of bidi embeddings, overrides and isolates honoured.
/// UAX #9 allows 125 levels, but unicode-bidi 0.3.18 panics ordering a line
/// whose text all sits at the deepest implicit level, 126
/// (servo/unicode-bidi#145): 60 initiators give at most level 122.
const MAX_BIDI_DEPTH: usize = 60;

/// `text` for the bidi algorithm, with initiators nested deeper than
/// [`MAX_BIDI_DEPTH`] (and their terminators) made word joiners, which the
/// algorithm ignores. Every control and U+2060 is 3 bytes in UTF-8, so
/// offsets stay valid.
fn cap_bidi_depth(text: &str) -> std::borrow::Cow<'_, str> {
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
const LINE_SEPARATOR: char = '\u{2028}';

/// A stretch of text drawn with one face, colour and direction.
struct FaceRun {
    range: Range<usize>,
    face: usize,
    color: Rgb,
    rtl: bool,
    link: Option<u16>,
}

/// Text of a block with style runs. Keeps bidi controls for the bidi pass.
struct StyledText {
    text: String,
    runs: Vec<(Range<usize>, TextStyle, Tone)>,
}

/// What a paragraph's lines depend on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ParagraphKey {
    text: String,
    runs: Vec<(usize, usize, TextStyle, Tone)>,
    size: u32,
    leading: u32,
    width: u32,
    lang: String,
    rtl: bool,
    hyphenate: bool,
}

fn flatten(inlines: &[Inline], base_tone: Tone, page: Option<(usize, usize)>) -> StyledText {
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

impl StyledText {
    /// The text without bidi controls, as it reaches the text layer.
    #[cfg(test)]
    fn visible(&self) -> String {
        self.text.chars().filter(|c| !is_stripped(*c)).collect()
    }
}

impl<'f> Typesetter<'f> {
    /// A typesetter over `fonts`.
    pub fn new(fonts: &'f FontBook) -> Self {
        Typesetter::sharing(fonts, Arc::default())
    }

    /// A typesetter over `fonts` that keeps laid-out paragraphs in
    /// `paragraphs`, which other typesetters may share.
    pub fn sharing(fonts: &'f FontBook, paragraphs: Arc<Paragraphs>) -> Self {
        Typesetter {
            fonts,
            hyphenate: false,
            dictionaries: HashMap::new(),
            plans: HashMap::new(),
            paragraphs,
            words: Generations::new(WORD_BYTES),
            word_key: String::new(),
        }
    }

    fn shape(&mut self, face: usize, text: &str, lang: &str, rtl: bool) -> Arc<Shaped> {
        word_key(&mut self.word_key, face, rtl, text);
        if let Some(s) = self.words.get(self.word_key.as_str()) {
            return s.clone();
        }
        let f = &self.fonts.faces[face];
        let sf = harfrust::ShaperFont::new(&f.font);
        let mut buf = harfrust::Buffer::new();
        buf.push_str(text);
        buf.set_direction(if rtl {
            harfrust::Direction::RightToLeft
        } else {
            harfrust::Direction::LeftToRight
        });
        buf.set_language(lang.parse().ok());
        buf.guess_segment_properties();
        buf.set_flags(harfrust::BufferFlags::REMOVE_DEFAULT_IGNORABLES);
        // Building a shape plan costs more than shaping a word: keep one per
        // face, direction, script and language.
        let plan_key = (face, rtl, buf.script(), lang.to_string());
        let plan = match self.plans.get(&plan_key) {
            Some(p) => p.clone(),
            None => {
                let p = Arc::new(harfrust::ShapePlan::new(
                    &f.font,
                    buf.direction(),
                    buf.script(),
                    buf.language(),
                    &[],
                ));
                self.plans.insert(plan_key, p.clone());
                p
            }
        };
        let shaped = if harfrust::shape(
            &sf,
            &mut buf,
            harfrust::ShapeOptions::new().plan(Some(&plan)),
        )
        .is_ok()
        {
            let infos = buf.glyph_infos();
            let pos = buf.glyph_positions();
            // Cluster starts in logical order: a cluster's text runs to the
            // next start, whatever the visual order of the glyphs.
            let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
            starts.sort_unstable();
            starts.dedup();
            let mut glyphs = Vec::with_capacity(infos.len());
            let mut pen = 0;
            for (info, p) in infos.iter().zip(pos) {
                glyphs.push((
                    info.cluster,
                    ShapedGlyph {
                        gid: info.glyph_id as u16,
                        advance: p.x_advance,
                        pen,
                        x_offset: p.x_offset,
                        y_offset: p.y_offset,
                        text: None,
                    },
                ));
                pen += p.x_advance;
            }
            // Within a cluster, draw the base before its marks: right to left
            // the shaper puts a mark first, and text extraction (poppler)
            // then splits it from its letter. Positions are absolute, so the
            // order changes nothing on paper.
            let mut k = 0;
            while k < glyphs.len() {
                let cluster = glyphs[k].0;
                let end = glyphs[k..]
                    .iter()
                    .position(|g| g.0 != cluster)
                    .map_or(glyphs.len(), |n| k + n);
                glyphs[k..end].sort_by_key(|g| g.1.advance == 0);
                let start = cluster as usize;
                let next = starts.partition_point(|&c| c <= start);
                glyphs[k].1.text = Some(start..starts.get(next).copied().unwrap_or(text.len()));
                k = end;
            }
            let glyphs = glyphs.into_iter().map(|(_, g)| g).collect();
            Shaped { glyphs }
        } else {
            Shaped { glyphs: Vec::new() }
        };
        let shaped = Arc::new(shaped);
        let bytes = 64 + text.len() + shaped.glyphs.len() * std::mem::size_of::<ShapedGlyph>();
        let mut key = String::new();
        word_key(&mut key, face, rtl, text);
        self.words.insert(key, shaped.clone(), bytes);
        shaped
    }

    /// Picks a face for each character (fallback by coverage) and splits
    /// runs where the bidi level changes; reports the characters no face
    /// covers. Bidi controls and line separators get no run: never drawn.
    fn itemize(
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

    /// Breaks styled text into lines no wider than `width`, each in visual
    /// order (UAX #9 per line). `rtl` is the paragraph's base direction.
    /// Stops after `max_lines + 1` lines: more than the pages may hold.
    #[allow(clippy::too_many_arguments)]
    fn lines(
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
                + glyphs * (std::mem::size_of::<PieceGlyph>() + 32);
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
                        if line.width + cur.width + g.3 > width
                            && g.3 > 0.0
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
                            pos.saturating_sub(g.4.len())
                        } else {
                            pos + g.4.len()
                        };
                        let adv = g.3;
                        let offset = g.1 - pen;
                        pen += adv;
                        cur.glyphs.push((g.0, cur.width + offset, g.2, adv, g.4));
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

impl Typesetter<'_> {
    /// Shapes each face/direction piece of `seg`.
    fn shape_range(
        &mut self,
        items: &[FaceRun],
        text: &str,
        seg: Range<usize>,
        size: f32,
        lang: &str,
    ) -> Vec<Piece> {
        let mut pieces = Vec::new();
        for FaceRun {
            range: r,
            face,
            color,
            rtl,
            link,
        } in items
        {
            let a = r.start.max(seg.start);
            let b = r.end.min(seg.end);
            if a >= b {
                continue;
            }
            pieces.push(self.shape_piece(
                &text[a..b],
                a..b,
                *face,
                *color,
                *rtl,
                *link,
                size,
                lang,
            ));
        }
        pieces
    }

    #[allow(clippy::too_many_arguments)]
    fn shape_piece(
        &mut self,
        piece_text: &str,
        range: Range<usize>,
        face: usize,
        color: Rgb,
        rtl: bool,
        link: Option<u16>,
        size: f32,
        lang: &str,
    ) -> Piece {
        let shaped = self.shape(face, piece_text, lang, rtl);
        let scale = size / self.fonts.faces[face].units_per_em as f32;
        let mut x = 0.0;
        let mut glyphs: Vec<PieceGlyph> = Vec::with_capacity(shaped.glyphs.len());
        let upem = self.fonts.faces[face].units_per_em as i32;
        // Text of marks left out, for the next glyph drawn.
        let mut carried = String::new();
        for g in &shaped.glyphs {
            let mut t: String = g
                .text
                .clone()
                .map(|r| piece_text[r].chars().filter(|c| !is_stripped(*c)).collect())
                .unwrap_or_default();
            // A mark the font piles more than an em and a half above or
            // below the line, or an em aside (dozens stacked on a letter),
            // is not drawn: it would run off the page. Its text goes with
            // a glyph that is drawn.
            let far = g.y_offset.abs() * 2 > upem * 3 || g.x_offset.abs() > upem;
            if g.advance == 0 && far {
                carried.push_str(&t);
                continue;
            }
            if !carried.is_empty() {
                t.insert_str(0, &std::mem::take(&mut carried));
            }
            glyphs.push((
                g.gid,
                (g.pen + g.x_offset) as f32 * scale,
                g.y_offset as f32 * scale,
                g.advance as f32 * scale,
                t.into(),
            ));
            x += g.advance as f32 * scale;
        }
        if let Some(last) = glyphs.last_mut() {
            if !carried.is_empty() {
                last.4 = format!("{}{carried}", last.4).into();
            }
        }
        Piece {
            face,
            size,
            color,
            glyphs,
            width: x,
            range,
            rtl,
            link,
        }
    }

    /// The hyphenation dictionary of a language, if hyphenation is on and
    /// patterns exist for it.
    fn dictionary(&mut self, lang: &str) -> Option<&hyphenation::Standard> {
        use hyphenation::{Language, Load};
        if !self.hyphenate {
            return None;
        }
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
    #[allow(clippy::too_many_arguments)]
    fn hyphenate(
        &mut self,
        items: &[FaceRun],
        text: &str,
        seg: &Range<usize>,
        pieces: &[Piece],
        size: f32,
        lang: &str,
        room: f32,
    ) -> Option<(Vec<Piece>, Range<usize>)> {
        use hyphenation::Hyphenator;
        let [piece] = pieces else { return None };
        if piece.rtl {
            return None;
        }
        let seg_text = &text[seg.clone()];
        let word = seg_text.trim_end();
        let letters = word.trim_end_matches(|c: char| !c.is_alphabetic());
        if letters.chars().count() < 5 || !letters.chars().all(char::is_alphabetic) {
            return None;
        }
        let breaks: Vec<usize> = self.dictionary(lang)?.hyphenate(letters).breaks;
        let run = items
            .iter()
            .find(|r| r.range.start <= seg.start && seg.start < r.range.end)?;
        let (face, color, link) = (run.face, run.color, run.link);
        for &at in breaks.iter().rev() {
            let head_chars = letters[..at].chars().count();
            let tail_chars = letters[at..].chars().count();
            if head_chars < 2 || tail_chars < 3 {
                continue;
            }
            let head = self.shape_piece(
                &letters[..at],
                seg.start..seg.start + at,
                face,
                color,
                false,
                link,
                size,
                lang,
            );
            // The hyphen is not in the text: its glyph carries no characters.
            let mut hyphen = self.shape_piece(
                "-",
                seg.start + at..seg.start + at,
                face,
                color,
                false,
                link,
                size,
                lang,
            );
            for g in &mut hyphen.glyphs {
                g.4 = Arc::from("");
            }
            if head.width + hyphen.width <= room {
                return Some((vec![head, hyphen], seg.start + at..seg.end));
            }
        }
        None
    }
}

/// Invisible format characters the shaper removes (Unicode's
/// Default_Ignorable_Code_Point, less the bidi controls of [`is_stripped`]):
/// joiners, variation selectors, the soft hyphen, tags. Not the Hangul
/// fillers (U+115F, U+1160, U+3164, U+FFA0) nor U+1BCA0..U+1BCA3: the
/// shaper keeps those as ordinary glyphs, as HarfBuzz does, so a face must
/// have them (or they are reported as characters no font can draw).
fn is_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200D | 0x2060..=0x2065 | 0x206A..=0x206F | 0xFE00..=0xFE0F
        | 0xFEFF | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

fn is_space_glyph(g: &PieceGlyph) -> bool {
    !g.4.is_empty() && g.4.chars().all(char::is_whitespace)
}

/// Width of the white space at the logical end of a segment's pieces.
fn trailing_width(pieces: &[Piece]) -> f32 {
    let mut w = 0.0;
    for p in pieces.iter().rev() {
        // Glyphs are in visual order: a right-to-left piece ends at its front.
        let logical: Box<dyn Iterator<Item = &PieceGlyph>> = if p.rtl {
            Box::new(p.glyphs.iter())
        } else {
            Box::new(p.glyphs.iter().rev())
        };
        for g in logical {
            if is_space_glyph(g) {
                w += g.3;
            } else {
                return w;
            }
        }
    }
    w
}

fn push_piece(line: &mut Line, p: Piece) {
    if p.glyphs.is_empty() {
        return;
    }
    line.width += p.width;
    line.pieces.push(p);
}

/// Drops white space at the line's logical end, puts the pieces in visual
/// order (UAX #9, L1-L2, for this line) and places them one after another.
fn finish_line(
    line: &mut Line,
    height: f32,
    ascent: f32,
    bidi: &unicode_bidi::ParagraphBidiInfo<'_>,
) {
    while let Some(p) = line.pieces.last_mut() {
        loop {
            let idx = if p.rtl {
                0
            } else {
                p.glyphs.len().wrapping_sub(1)
            };
            match p.glyphs.get(idx) {
                Some(g) if is_space_glyph(g) => {
                    let g = p.glyphs.remove(idx);
                    p.width -= g.3;
                    line.width -= g.3;
                    // The space leaves the piece's logical range too, so the
                    // bidi runs of the line (which end before trailing white
                    // space) still contain the piece.
                    p.range.end = p.range.end.saturating_sub(g.4.len()).max(p.range.start);
                    if p.rtl {
                        for h in &mut p.glyphs {
                            h.1 -= g.3;
                        }
                    }
                }
                _ => break,
            }
        }
        if p.glyphs.is_empty() {
            line.pieces.pop();
        } else {
            break;
        }
    }
    if let (Some(first), Some(last)) = (line.pieces.first(), line.pieces.last()) {
        // A word broken between glyphs leaves its pieces the word's whole
        // range, which trimming a trailing space can put inside a
        // character: the bidi pass needs a character boundary.
        let text = bidi.text;
        let mut end = last.range.end.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let range = first.range.start..end.max(first.range.start);
        let (_, runs) = bidi.visual_runs(range);
        let mut logical = std::mem::take(&mut line.pieces);
        let mut visual = Vec::with_capacity(logical.len());
        for run in runs {
            let mut in_run: Vec<Piece> = Vec::new();
            let mut rest = Vec::new();
            for p in logical {
                if run.contains(&p.range.start) || (p.range.is_empty() && p.range.start == run.end)
                {
                    in_run.push(p);
                } else {
                    rest.push(p);
                }
            }
            logical = rest;
            if in_run.first().is_some_and(|p| p.rtl) {
                in_run.reverse();
            }
            visual.extend(in_run);
        }
        // Pieces no run claimed (cannot happen with well-formed ranges) keep
        // their logical place at the end rather than vanish.
        visual.extend(logical);
        let mut x = 0.0;
        for p in &mut visual {
            for g in &mut p.glyphs {
                g.1 += x;
            }
            x += p.width;
        }
        line.width = x;
        line.pieces = visual;
    }
    line.height = height;
    line.ascent = ascent;
}

/// Most pages a leaflet may take: a leaflet is a few pages; more means a
/// message or a clinic field is far too long, and laying it out would
/// only waste time.
pub const MAX_PAGES: usize = 20;

/// The text of a row's glyphs, for naming where a leaflet went over.
fn row_text(row: &Row) -> String {
    row.items
        .iter()
        .filter_map(|it| match it {
            RelItem::Text { piece, .. } => {
                Some(piece.glyphs.iter().map(|g| &*g.4).collect::<String>())
            }
            _ => None,
        })
        .collect()
}

/// Lays out a document on pages.
pub fn typeset(ts: &mut Typesetter<'_>, doc: &Document, opts: &Options) -> Result<Laid> {
    let (pw, ph) = opts.paper.size();
    let m = opts.metrics;
    let content_w = pw.0 - 2.0 * m.margin;
    ts.hyphenate = doc.hyphenate;
    let mut engine = Engine {
        ts,
        m,
        lang: doc.lang.clone(),
        rtl: doc.rtl,
        pictures: &doc.pictures,
        diags: Diagnostics::default(),
        room: None,
        over: false,
        page_h: f32::INFINITY,
    };
    let mirror = doc.rtl.then_some(content_w);

    // Footer: measured with placeholder page numbers to reserve its height,
    // two digits wide; measured again, and the body paginated again, if the
    // leaflet has more pages than that (a wider number may wrap a line).
    let gap = m.body * 0.8;
    let mut digits = 2;
    let (footer_h, pages) = loop {
        let n: usize = "8".repeat(digits).parse().unwrap_or(88);
        let footer_probe = engine.blocks(&doc.footer, content_w, Some((n, n)), FOOTER);
        let footer_h: f32 = footer_probe
            .iter()
            .flat_map(|u| &u.rows)
            .map(|r| r.height)
            .sum::<f32>();
        if footer_h > (ph.0 - 2.0 * m.margin) / 2.0 {
            engine.diags.push(
                Diagnostic::error(format!(
                    "the footer is {:.0} mm tall, more than half the page",
                    footer_h * 25.4 / 72.0
                ))
                .hint("shorten the footer's messages (version, page, clinic lines)"),
            );
            return Err(engine.diags);
        }
        let body_h = ph.0 - 2.0 * m.margin - footer_h - gap;
        engine.page_h = body_h;
        // Stop laying out once the lines alone fill more than the page limit.
        engine.room = Some(body_h * MAX_PAGES as f32);
        engine.over = false;
        let units = engine.blocks(&doc.body, content_w, None, BODY);
        engine.room = None;
        if engine.diags.has_errors() {
            return Err(engine.diags);
        }
        let pages = paginate(&units, body_h);
        if pages.len() > MAX_PAGES {
            let first = units
                .iter()
                .flat_map(|u| &u.rows)
                .nth(pages[..MAX_PAGES].iter().map(Vec::len).sum())
                .map(row_text)
                .unwrap_or_default();
            engine.too_long(&first);
            return Err(engine.diags);
        }
        let needed = pages.len().to_string().len();
        if needed <= digits {
            break (footer_h, pages);
        }
        digits = needed;
    };
    let total = pages.len();
    let mut frames = Vec::with_capacity(total);
    let mut outline = Vec::new();
    for (i, rows) in pages.into_iter().enumerate() {
        let mut out = PageOut {
            items: Vec::new(),
            links: Vec::new(),
            uris: &doc.links,
        };
        let top = ph.0 - m.margin;
        let mut y = 0.0;
        for (row, dy) in rows {
            y += dy;
            if let Some(title) = &row.outline {
                outline.push(OutlineEntry {
                    title: title.clone(),
                    page: i,
                    y: round(top - y + m.body),
                });
            }
            out.emit_row(&row, m.margin, top - y, mirror);
            y += row.height;
        }
        let footer = engine.blocks(&doc.footer, content_w, Some((i + 1, total)), FOOTER);
        let mut fy = m.margin + footer_h;
        for u in &footer {
            for row in &u.rows {
                out.emit_row(row, m.margin, fy, mirror);
                fy -= row.height;
            }
        }
        frames.push(Frame {
            width: pw,
            height: ph,
            items: out.items,
            links: out.links,
        });
    }
    if engine.diags.has_errors() {
        return Err(engine.diags);
    }
    Ok(Laid {
        frames,
        title: doc.title.clone(),
        lang: doc.lang.clone(),
        outline,
    })
}

/// What one page receives.
struct PageOut<'d> {
    items: Vec<Item>,
    links: Vec<LinkArea>,
    uris: &'d [String],
}

impl PageOut<'_> {
    /// Places a row whose top is at `top` (PDF y) and left at `left`. With
    /// `mirror` (the content width of a right-to-left page), boxes are
    /// mirrored left to right: lines, bullets and labels move to the right
    /// edge, while the glyphs inside a line keep their visual order.
    fn emit_row(&mut self, row: &Row, left: f32, top: f32, mirror: Option<f32>) {
        for it in &row.items {
            let mut it = it.clone();
            if let Some(w) = mirror {
                mirror_item(&mut it, w);
            }
            match it {
                RelItem::Text {
                    x, baseline, piece, ..
                } => {
                    let y = round(top - baseline);
                    // A piece with no width (only marks) has nothing to
                    // click; a mark's offset never moves the area out of
                    // the line.
                    let link = piece.link.filter(|_| piece.width > 0.0);
                    if let Some(uri) = link.and_then(|l| self.uris.get(usize::from(l))) {
                        let x0 = piece
                            .glyphs
                            .iter()
                            .map(|g| g.1)
                            .fold(f32::INFINITY, f32::min)
                            .max(0.0);
                        self.links.push(LinkArea {
                            x: round(left + x + x0),
                            y: round(y - piece.size * 0.25),
                            w: round(piece.width),
                            h: round(piece.size * 1.15),
                            uri: uri.clone(),
                        });
                    }
                    self.items.push(Item::Glyphs(GlyphRun {
                        face: piece.face,
                        size: piece.size,
                        color: piece.color,
                        baseline: y,
                        rtl: piece.rtl,
                        glyphs: piece
                            .glyphs
                            .into_iter()
                            .map(|g| PlacedGlyph {
                                gid: g.0,
                                x: round(left + x + g.1),
                                y: round(y + g.2),
                                advance: g.3,
                                text: g.4,
                            })
                            .collect(),
                    }));
                }
                RelItem::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill,
                    stroke,
                    radius,
                } => self.items.push(Item::Rect {
                    x: round(left + x),
                    y: round(top - y - h),
                    w: round(w),
                    h: round(h),
                    radius,
                    fill,
                    stroke,
                }),
                RelItem::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    color,
                    width,
                } => self.items.push(Item::Line {
                    from: (round(left + x1), round(top - y1)),
                    to: (round(left + x2), round(top - y2)),
                    color,
                    width,
                }),
                RelItem::Image {
                    x,
                    y,
                    w,
                    h,
                    picture,
                } => self.items.push(Item::Image {
                    x: round(left + x),
                    y: round(top - y - h),
                    w: round(w),
                    h: round(h),
                    picture,
                }),
                RelItem::Link { x, y, w, h, uri } => self.links.push(LinkArea {
                    x: round(left + x),
                    y: round(top - y - h),
                    w: round(w),
                    h: round(h),
                    uri,
                }),
            }
        }
    }
}

fn round(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}

#[derive(Clone, Copy, PartialEq)]
enum Zone {
    Body,
    Footer,
}
const BODY: Zone = Zone::Body;
const FOOTER: Zone = Zone::Footer;

struct Engine<'a, 'f> {
    ts: &'a mut Typesetter<'f>,
    m: Metrics,
    lang: String,
    rtl: bool,
    pictures: &'a std::collections::BTreeMap<String, crate::doc::Picture>,
    diags: Diagnostics,
    /// Height the body's lines may still take ([`MAX_PAGES`] pages), while
    /// the body is laid out; `None` for the footer.
    room: Option<f32>,
    /// The body went over [`MAX_PAGES`]: lay out nothing more.
    over: bool,
    /// Height of a page's body: a box or picture taller than this cannot
    /// stay whole, nor a keep together.
    page_h: f32,
}

/// The narrowest column a list or box indents its content to: deeper
/// nesting stops indenting, so text never runs past the margin.
fn min_column(base: f32) -> f32 {
    base * 8.0
}

impl Engine<'_, '_> {
    /// Records that the body needs more than [`MAX_PAGES`] pages, once.
    fn too_long(&mut self, text: &str) {
        if self.over {
            return;
        }
        self.over = true;
        let start: String = text.chars().filter(|c| !is_stripped(*c)).take(60).collect();
        self.diags.push(
            Diagnostic::error(format!(
                "the leaflet would be longer than {MAX_PAGES} pages, the limit"
            ))
            .note(format!("the text that went over starts: \"{start}\""))
            .hint("a message, or a clinic profile's field, is far too long: shorten it; `--emit markup` shows every text the leaflet prints"),
        );
    }

    fn text_lines(
        &mut self,
        inlines: &[Inline],
        size: f32,
        tone: Tone,
        width: f32,
        page: Option<(usize, usize)>,
        bold: bool,
    ) -> Vec<Line> {
        let mut st = flatten(inlines, tone, page);
        if bold {
            for r in &mut st.runs {
                r.1.bold = true;
            }
        }
        if self.over {
            return Vec::new();
        }
        let line_h = size * self.m.leading;
        let max_lines = self
            .room
            .map_or(usize::MAX - 1, |room| (room / line_h).max(0.0) as usize);
        // A text with more letters than the pages could hold even at a
        // tenth of an em each goes over without being shaped (a megabyte
        // would take seconds).
        if self.room.is_some() {
            let capacity = max_lines as f32 * width / (size * 0.1);
            let letters = st.text.chars().filter(|c| c.is_alphanumeric()).count();
            if letters as f32 > capacity {
                self.too_long(&st.text);
                return Vec::new();
            }
        }
        match self.ts.lines(
            &st,
            size,
            self.m.leading,
            width,
            &self.lang,
            self.rtl,
            max_lines,
        ) {
            Ok(l) if l.len() > max_lines => {
                self.too_long(&st.text);
                Vec::new()
            }
            Ok(l) => {
                if let Some(room) = self.room.as_mut() {
                    *room -= l.len() as f32 * line_h;
                }
                l
            }
            Err(missing) => {
                let list: Vec<String> = missing
                    .iter()
                    .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
                    .collect();
                self.diags.push(
                    Diagnostic::error(format!("no font can draw {}", list.join(", ")))
                                                .note(format!("in the text: \"{}\"", st.text.chars().filter(|c| !is_stripped(*c)).take(80).collect::<String>()))
                        .hint("add a font that covers these characters to the content's fonts/ folder (--content DIR)"),
                );
                Vec::new()
            }
        }
    }

    /// A callout taller than a page: its rows break across pages like a
    /// paragraph's, each on its own band of the box's colour (the box's edge
    /// is left out, it would need a top and bottom on every page).
    fn split_callout(inner: Vec<Unit>, width: f32, pad: f32, base: f32) -> Unit {
        let band = |h: f32| RelItem::Rect {
            x: 0.0,
            y: 0.0,
            w: width,
            h,
            fill: Some(CALLOUT_FILL),
            stroke: None,
            radius: 0.0,
        };
        let mut rows = vec![Row {
            height: pad,
            items: vec![band(pad)],
            outline: None,
        }];
        for (k, u) in inner.into_iter().enumerate() {
            let gap = if k > 0 { u.space_before * 0.6 } else { 0.0 };
            for (j, row) in u.rows.into_iter().enumerate() {
                let above = if j == 0 { gap } else { 0.0 };
                let mut items = vec![band(row.height + above)];
                for mut it in row.items {
                    // Already a band of an inner split box: keep it.
                    shift(&mut it, pad, above);
                    items.push(it);
                }
                rows.push(Row {
                    height: row.height + above,
                    items,
                    outline: row.outline,
                });
            }
        }
        rows.push(Row {
            height: pad * 0.8,
            items: vec![band(pad * 0.8)],
            outline: None,
        });
        Unit {
            rows,
            breakable: true,
            keep_with_next: false,
            space_before: base * 0.6,
            page_break: false,
        }
    }

    fn rows_from_lines(lines: Vec<Line>, x: f32) -> Vec<Row> {
        lines
            .into_iter()
            .map(|l| Row {
                outline: None,
                height: l.height,
                items: l
                    .pieces
                    .into_iter()
                    .map(|p| RelItem::Text {
                        x,
                        baseline: l.ascent,
                        piece: p,
                        line_width: l.width,
                    })
                    .collect(),
            })
            .collect()
    }

    fn blocks(
        &mut self,
        blocks: &[Block],
        width: f32,
        page: Option<(usize, usize)>,
        zone: Zone,
    ) -> Vec<Unit> {
        let mut out: Vec<Unit> = Vec::new();
        for (i, b) in blocks.iter().enumerate() {
            if self.over {
                break;
            }
            self.block(b, width, page, zone, &mut out);
            // A lead-in paragraph stays with the list it introduces.
            let leads_list = matches!(b.kind, BlockKind::Paragraph(_))
                && blocks
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.kind, BlockKind::List { .. }));
            if leads_list {
                if let Some(u) = out.last_mut() {
                    u.keep_with_next = true;
                }
            }
        }
        out
    }

    fn block(
        &mut self,
        b: &Block,
        width: f32,
        page: Option<(usize, usize)>,
        zone: Zone,
        out: &mut Vec<Unit>,
    ) {
        let m = self.m;
        let base = if zone == Zone::Footer {
            m.footer
        } else {
            m.body
        };
        let class = b.class.as_deref();
        match &b.kind {
            BlockKind::Heading { level, inlines } => {
                let (size, before) = match level {
                    1 => (base * 2.0, 0.0),
                    2 => (base * 1.3, base * 1.0),
                    _ => (base * 1.1, base * 0.7),
                };
                // Headings are never hyphenated.
                let hyphenate = std::mem::replace(&mut self.ts.hyphenate, false);
                let lines = self.text_lines(inlines, size, Tone::Accent, width, page, true);
                self.ts.hyphenate = hyphenate;
                let mut rows = Self::rows_from_lines(lines, 0.0);
                for r in &mut rows {
                    r.height *= 0.95;
                }
                if let Some(first) = rows.first_mut() {
                    let title: String = flatten(inlines, Tone::Normal, None)
                        .text
                        .chars()
                        .filter(|c| !is_stripped(*c))
                        .collect();
                    first.outline = Some(title);
                }
                if let Some(last) = rows.last_mut() {
                    last.height += base * 0.25;
                }
                out.push(Unit {
                    rows,
                    breakable: false,
                    keep_with_next: true,
                    space_before: before,
                    page_break: false,
                });
            }
            BlockKind::Image {
                src,
                width_mm,
                height_mm,
            } => {
                let Some(pic) = self.pictures.get(src) else {
                    self.diags.push(
                        Diagnostic::error(format!("the picture `{src}` was not loaded"))
                            .hint("pictures are read before layout; check the path"),
                    );
                    return;
                };
                let pt = |mm: f32| Pt::from(Mm(mm)).0;
                let aspect = pic.width_px.max(1) as f32 / pic.height_px.max(1) as f32;
                let (mut w, mut h) = match (width_mm, height_mm) {
                    (Some(w), Some(h)) => (pt(*w), pt(*h)),
                    (Some(w), None) => (pt(*w), pt(*w) / aspect),
                    (None, Some(h)) => (pt(*h) * aspect, pt(*h)),
                    (None, None) => (pt(15.0) * aspect, pt(15.0)),
                };
                if w > width {
                    h *= width / w;
                    w = width;
                }
                // Room for the gap below it too, on an empty page.
                let room = self.page_h - base * 0.6;
                if h > room {
                    w *= room / h;
                    h = room;
                }
                out.push(Unit {
                    // Room below the picture, so a heading does not touch it.
                    rows: vec![Row {
                        height: h + base * 0.6,
                        items: vec![RelItem::Image {
                            x: 0.0,
                            y: 0.0,
                            w,
                            h,
                            picture: pic.clone(),
                        }],
                        outline: None,
                    }],
                    breakable: false,
                    keep_with_next: false,
                    space_before: base * 0.5,
                    page_break: false,
                });
            }
            BlockKind::Qr { data, size_mm } => {
                let code = match qrcode::QrCode::with_error_correction_level(
                    data.as_bytes(),
                    qrcode::EcLevel::M,
                ) {
                    Ok(c) => c,
                    Err(e) => {
                        self.diags.push(Diagnostic::error(format!("cannot make a QR code of {} bytes: {e}", data.len())).hint("a QR code holds a web address; keep it under about 2,000 characters"));
                        return;
                    }
                };
                let n = code.width();
                let side = Pt::from(Mm(*size_mm)).0.min(width);
                // Four light modules on every side: the quiet zone scanners need.
                let module = side / (n + 8) as f32;
                let colors = code.to_colors();
                let mut items = Vec::new();
                for row in 0..n {
                    let mut col = 0;
                    while col < n {
                        if colors[row * n + col] == qrcode::Color::Dark {
                            let start = col;
                            while col < n && colors[row * n + col] == qrcode::Color::Dark {
                                col += 1;
                            }
                            items.push(RelItem::Rect {
                                x: (start + 4) as f32 * module,
                                y: (row + 4) as f32 * module,
                                w: (col - start) as f32 * module,
                                h: module,
                                fill: Some(Rgb(0.0, 0.0, 0.0)),
                                stroke: None,
                                radius: 0.0,
                            });
                        } else {
                            col += 1;
                        }
                    }
                }
                if data.starts_with("https://") || data.starts_with("http://") {
                    items.push(RelItem::Link {
                        x: 0.0,
                        y: 0.0,
                        w: side,
                        h: side,
                        uri: data.clone(),
                    });
                }
                out.push(Unit {
                    rows: vec![Row {
                        height: side,
                        items,
                        outline: None,
                    }],
                    breakable: false,
                    keep_with_next: false,
                    space_before: base * 0.3,
                    page_break: false,
                });
            }
            BlockKind::Paragraph(inlines) => {
                let (size, tone) = match class {
                    Some("subtitle") => (base * 1.2, Tone::Muted),
                    Some("draft") => (base, Tone::Warm),
                    Some("muted") => (base, Tone::Muted),
                    _ => (base, Tone::Normal),
                };
                let hyphenate = self.ts.hyphenate && zone == Zone::Body && class.is_none();
                let saved = std::mem::replace(&mut self.ts.hyphenate, hyphenate);
                let lines = self.text_lines(inlines, size, tone, width, page, false);
                self.ts.hyphenate = saved;
                let rows = Self::rows_from_lines(lines, 0.0);
                let space = if zone == Zone::Footer {
                    0.0
                } else {
                    base * 0.5
                };
                out.push(Unit {
                    rows,
                    breakable: true,
                    keep_with_next: class == Some("subtitle"),
                    space_before: space,
                    page_break: false,
                });
            }
            BlockKind::List { ordered, items } => {
                // Lists nested so deep that their column would get too
                // narrow stop indenting, and lose their markers.
                let indent = base * 1.3;
                let (indent, markers) = if width - indent >= min_column(base) {
                    (indent, true)
                } else {
                    (0.0, false)
                };
                for (n, item) in items.iter().enumerate() {
                    let mut inner = self.blocks(item, width - indent, page, zone);
                    let marker = if *ordered {
                        format!("{}.", n + 1)
                    } else {
                        "•".to_string()
                    };
                    let mlines = if markers {
                        self.text_lines(
                            &[Inline::Text {
                                text: marker,
                                style: TextStyle::default(),
                            }],
                            base,
                            Tone::Accent,
                            indent,
                            page,
                            *ordered,
                        )
                    } else {
                        Vec::new()
                    };
                    for (k, u) in inner.iter_mut().enumerate() {
                        for row in &mut u.rows {
                            for it in &mut row.items {
                                shift(it, indent, 0.0);
                            }
                        }
                        if k == 0 {
                            if let (Some(first), Some(ml)) = (u.rows.first_mut(), mlines.first()) {
                                for p in &ml.pieces {
                                    first.items.push(RelItem::Text {
                                        x: if *ordered { 0.0 } else { base * 0.25 },
                                        baseline: ml.ascent,
                                        piece: p.clone(),
                                        line_width: ml.width,
                                    });
                                }
                            }
                            u.space_before = if n == 0 { base * 0.5 } else { base * 0.3 };
                        }
                    }
                    // Keep the first two items together and the last two,
                    // so no item stands alone at a page's top or bottom.
                    let last_item = n + 1 == items.len();
                    if let Some(u) = inner.last_mut() {
                        u.keep_with_next =
                            items.len() > 1 && (n == 0 || n + 2 == items.len()) && !last_item;
                    }
                    out.extend(inner);
                }
            }
            BlockKind::Callout(children) => {
                let pad = base * 0.6;
                let pad = if width - 2.0 * pad >= min_column(base) {
                    pad
                } else {
                    0.0
                };
                let inner = self.blocks(children, width - 2.0 * pad, page, zone);
                let mut items = Vec::new();
                let mut y = pad;
                for (k, u) in inner.iter().enumerate() {
                    if k > 0 {
                        y += u.space_before * 0.6;
                    }
                    for row in &u.rows {
                        for it in &row.items {
                            let mut it = it.clone();
                            shift(&mut it, pad, y);
                            items.push(it);
                        }
                        y += row.height;
                    }
                }
                let h = y + pad * 0.8;
                if h > self.page_h {
                    out.push(Self::split_callout(inner, width, pad, base));
                    return;
                }
                let mut all = vec![RelItem::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: width,
                    h,
                    fill: Some(CALLOUT_FILL),
                    stroke: Some((CALLOUT_EDGE, 0.8)),
                    radius: 4.0,
                }];
                all.extend(items);
                out.push(Unit {
                    rows: vec![Row {
                        outline: None,
                        height: h,
                        items: all,
                    }],
                    breakable: false,
                    keep_with_next: false,
                    space_before: base * 0.6,
                    page_break: false,
                });
            }
            BlockKind::Keep(children) => {
                let inner = self.blocks(children, width, page, zone);
                let mut items = Vec::new();
                let mut y = 0.0;
                for (k, u) in inner.iter().enumerate() {
                    if k > 0 {
                        y += u.space_before;
                    }
                    for row in &u.rows {
                        for it in &row.items {
                            let mut it = it.clone();
                            shift(&mut it, 0.0, y);
                            items.push(it);
                        }
                        y += row.height;
                    }
                }
                let before = inner.first().map_or(0.0, |u| u.space_before);
                if y > self.page_h {
                    // Too tall to keep together: it flows like its blocks.
                    out.extend(inner);
                    return;
                }
                out.push(Unit {
                    rows: vec![Row {
                        height: y,
                        items,
                        outline: inner
                            .iter()
                            .flat_map(|u| &u.rows)
                            .find_map(|r| r.outline.clone()),
                    }],
                    breakable: false,
                    keep_with_next: false,
                    space_before: before,
                    page_break: false,
                });
            }
            BlockKind::Field(label) => {
                let lines = self.text_lines(label, base, Tone::Normal, width * 0.4, page, true);
                let lw = lines.first().map_or(0.0, |l| l.width);
                let mut rows = Self::rows_from_lines(lines, 0.0);
                if let Some(r) = rows.first_mut() {
                    r.height = base * 2.0;
                    let baseline = base * 1.6;
                    for it in &mut r.items {
                        if let RelItem::Text { baseline: b, .. } = it {
                            *b = baseline;
                        }
                    }
                    r.items.push(RelItem::Line {
                        x1: lw + base * 0.4,
                        y1: baseline + 1.5,
                        x2: width,
                        y2: baseline + 1.5,
                        color: MUTED,
                        width: 0.6,
                    });
                }
                out.push(Unit {
                    rows,
                    breakable: false,
                    keep_with_next: false,
                    space_before: base * 0.3,
                    page_break: false,
                });
            }
            BlockKind::Rule => {
                let gap = base * 0.5;
                out.push(Unit {
                    rows: vec![Row {
                        outline: None,
                        height: gap,
                        items: vec![RelItem::Line {
                            x1: 0.0,
                            y1: 0.0,
                            x2: width,
                            y2: 0.0,
                            color: MUTED,
                            width: 0.5,
                        }],
                    }],
                    breakable: false,
                    keep_with_next: true,
                    space_before: if zone == Zone::Footer {
                        0.0
                    } else {
                        base * 0.5
                    },
                    page_break: false,
                });
            }
            BlockKind::PageBreak => out.push(Unit {
                rows: Vec::new(),
                breakable: false,
                keep_with_next: false,
                space_before: 0.0,
                page_break: true,
            }),
            BlockKind::Row { start, end } => {
                let end_lines = self.text_lines(end, base, Tone::Muted, width * 0.4, page, false);
                let ew = end_lines.iter().map(|l| l.width).fold(0.0, f32::max);
                let start_lines =
                    self.text_lines(start, base, Tone::Normal, width - ew - base, page, false);
                let mut rows = Self::rows_from_lines(start_lines, 0.0);
                // Every line of the end part, each against the end edge (an
                // end part too long for one line wraps, and is never cut).
                while rows.is_empty() || rows.len() < end_lines.len() {
                    rows.push(Row {
                        outline: None,
                        height: base * m.leading,
                        items: Vec::new(),
                    });
                }
                for (row, l) in rows.iter_mut().zip(end_lines) {
                    for p in l.pieces {
                        row.items.push(RelItem::Text {
                            x: width - l.width,
                            baseline: l.ascent,
                            piece: p,
                            line_width: l.width,
                        });
                    }
                }
                out.push(Unit {
                    rows,
                    breakable: false,
                    keep_with_next: false,
                    space_before: 0.0,
                    page_break: false,
                });
            }
        }
    }
}

fn mirror_item(it: &mut RelItem, width: f32) {
    match it {
        RelItem::Text { x, line_width, .. } => *x = width - *x - *line_width,
        RelItem::Rect { x, w, .. } | RelItem::Image { x, w, .. } | RelItem::Link { x, w, .. } => {
            *x = width - *x - *w
        }
        RelItem::Line { x1, x2, .. } => {
            *x1 = width - *x1;
            *x2 = width - *x2;
        }
    }
}

fn shift(it: &mut RelItem, dx: f32, dy: f32) {
    match it {
        RelItem::Text { x, baseline, .. } => {
            *x += dx;
            *baseline += dy;
        }
        RelItem::Rect { x, y, .. } | RelItem::Image { x, y, .. } | RelItem::Link { x, y, .. } => {
            *x += dx;
            *y += dy;
        }
        RelItem::Line { x1, y1, x2, y2, .. } => {
            *x1 += dx;
            *x2 += dx;
            *y1 += dy;
            *y2 += dy;
        }
    }
}

/// The least height a unit needs on a page before it may start there.
fn min_start(u: &Unit) -> f32 {
    if u.breakable && u.rows.len() >= 4 {
        u.rows[..2].iter().map(|r| r.height).sum()
    } else {
        u.rows.iter().map(|r| r.height).sum()
    }
}

/// Splits units into pages of rows, each with the gap above it.
fn paginate(units: &[Unit], page_h: f32) -> Vec<Vec<(Row, f32)>> {
    let mut pages: Vec<Vec<(Row, f32)>> = vec![Vec::new()];
    let mut y = 0.0;
    let mut i = 0;
    let mut pending: Option<Unit> = None;
    while i < units.len() || pending.is_some() {
        let u = match pending.take() {
            Some(u) => u,
            None => {
                i += 1;
                units[i - 1].clone()
            }
        };
        if u.page_break {
            if !pages.last().expect("one page").is_empty() {
                pages.push(Vec::new());
                y = 0.0;
            }
            continue;
        }
        let at_top = pages.last().expect("one page").is_empty();
        let before = if at_top { 0.0 } else { u.space_before };
        // A heading needs its chain of keep-with-next units plus the start of
        // the next unit on the same page.
        let mut need = before + min_start(&u);
        if u.keep_with_next {
            let mut k = i;
            let mut prev_keep = true;
            while prev_keep && k < units.len() {
                let n = &units[k];
                need += n.space_before + min_start(n);
                prev_keep = n.keep_with_next;
                k += 1;
            }
        }
        let total: f32 = u.rows.iter().map(|r| r.height).sum();
        // A unit taller than a whole page (a heading of many lines) breaks
        // between its rows rather than run off the page.
        let breakable = u.breakable || total > page_h && u.rows.len() > 1;
        if !at_top && y + need > page_h {
            pages.push(Vec::new());
            y = 0.0;
            pending = Some(u);
            continue;
        }
        if y + before + total <= page_h || at_top && !breakable {
            let page = pages.last_mut().expect("one page");
            for (k, row) in u.rows.into_iter().enumerate() {
                let gap = if k == 0 { before } else { 0.0 };
                y += gap + row.height;
                page.push((row, gap));
            }
            continue;
        }
        if breakable {
            // Fit as many rows as possible, leaving at least two on each side.
            let n = u.rows.len();
            let mut k = 0;
            let mut h = y + before;
            while k < n && h + u.rows[k].height <= page_h {
                h += u.rows[k].height;
                k += 1;
            }
            if n - k == 1 && k > 0 {
                k -= 1;
            }
            if k < 2 && !at_top {
                pages.push(Vec::new());
                y = 0.0;
                pending = Some(u);
                continue;
            }
            let k = k.max(1);
            let mut rows = u.rows;
            let rest = rows.split_off(k);
            let page = pages.last_mut().expect("one page");
            for (j, row) in rows.into_iter().enumerate() {
                page.push((row, if j == 0 { before } else { 0.0 }));
            }
            pages.push(Vec::new());
            y = 0.0;
            pending = Some(Unit {
                rows: rest,
                space_before: 0.0,
                ..u
            });
        } else {
            pages.push(Vec::new());
            y = 0.0;
            pending = Some(u);
        }
    }
    if pages.len() > 1 && pages.last().is_some_and(Vec::is_empty) {
        pages.pop();
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held<K, V>(g: &Generations<K, V>) -> usize {
        g.young.values().chain(g.old.values()).map(|(_, b)| b).sum()
    }

    #[test]
    fn cache_keeps_what_comes_twice_within_its_budget() {
        let mut g: Generations<String, u32> = Generations::new(1000);
        g.insert("once".into(), 1, 10);
        assert_eq!(g.get("once"), None, "a key offered once is not kept");
        g.insert("once".into(), 1, 10);
        assert_eq!(g.get("once"), Some(&1), "offered twice, it is kept");
        // A stream of distinct keys, each offered twice, never holds more
        // than the budget, and a key used all along survives it.
        g.insert("topic".into(), 7, 100);
        g.insert("topic".into(), 7, 100);
        for i in 0..10_000 {
            let k = format!("patient {i}");
            g.insert(k.clone(), i, 90);
            g.insert(k, i, 90);
            assert!(held(&g) <= 1000, "holds {} bytes", held(&g));
            assert_eq!(g.get("topic"), Some(&7), "lost the key in use at {i}");
        }
        // One-off keys never enter, so they push nothing out.
        let before = held(&g);
        for i in 0..10_000 {
            g.insert(format!("one-off {i}"), i, 90);
        }
        assert_eq!(held(&g), before);
    }

    fn para(lines: usize) -> Unit {
        Unit {
            rows: (0..lines)
                .map(|_| Row {
                    height: 10.0,
                    ..Row::default()
                })
                .collect(),
            breakable: true,
            keep_with_next: false,
            space_before: 0.0,
            page_break: false,
        }
    }

    fn heading() -> Unit {
        Unit {
            breakable: false,
            keep_with_next: true,
            ..para(1)
        }
    }

    #[test]
    fn no_single_line_left_at_the_bottom() {
        // 9 rows used, room for 1 more: a 4-line paragraph must move whole.
        let pages = paginate(&[para(9), para(4)], 100.0);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), vec![9, 4]);
    }

    #[test]
    fn no_single_line_alone_at_the_top() {
        // Room for 3 of 4 lines: split 2 + 2, not 3 + 1.
        let pages = paginate(&[para(7), para(4)], 100.0);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), vec![9, 2]);
    }

    #[test]
    fn heading_moves_with_its_paragraph() {
        let pages = paginate(&[para(8), heading(), para(3)], 100.0);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), vec![8, 4]);
    }

    #[test]
    fn unbreakable_unit_is_never_split() {
        let callout = Unit {
            breakable: false,
            ..para(5)
        };
        let pages = paginate(&[para(6), callout], 100.0);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), vec![6, 5]);
    }
}

#[cfg(test)]
mod shaping_tests {
    use super::*;
    use crate::load::Content;

    fn book() -> FontBook {
        let content = Content::builtin();
        FontBook::new(&content.fonts(), "NotoSans").unwrap()
    }

    fn plain(text: &str) -> StyledText {
        StyledText {
            text: text.to_string(),
            runs: vec![(0..text.len(), TextStyle::default(), Tone::Normal)],
        }
    }

    #[test]
    fn kerning_changes_advances() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let face = fonts.candidates(TextStyle::default())[0];
        let shaped = ts.shape(face, "AV", "en", false);
        let kerned: i32 = shaped.glyphs.iter().map(|g| g.advance).sum();
        let f = &fonts.faces[face];
        let gm = f.font.glyph_metrics();
        let plain: f32 = shaped
            .glyphs
            .iter()
            .map(|g| gm.h_advance(harfrust::GlyphId::new(u32::from(g.gid))))
            .sum();
        assert!((kerned as f32) < plain, "AV is kerned: {kerned} vs {plain}");
    }

    #[test]
    fn ligature_glyph_carries_all_its_characters() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let face = fonts.candidates(TextStyle::default())[0];
        let shaped = ts.shape(face, "office", "en", false);
        let texts: Vec<String> = shaped
            .glyphs
            .iter()
            .map(|g| {
                g.text
                    .clone()
                    .map(|r| "office"[r].to_string())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(
            texts.concat(),
            "office",
            "every character once in the text layer"
        );
        assert!(
            shaped.glyphs.len() < 6,
            "the font's ffi/fi ligature is applied: {texts:?}"
        );
    }

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
            .map(|g| &*g.4)
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
                let own: usize = p.glyphs.iter().map(|g| g.4.len()).sum();
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
    fn hyphenation_splits_long_words_only_when_asked() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let text = "Meetings are confidential and nonjudgmental everywhere";
        let lay_out = |ts: &mut Typesetter<'_>| {
            ts.lines(
                &plain(text),
                12.0,
                1.3,
                120.0,
                "en-US",
                false,
                usize::MAX - 1,
            )
            .unwrap()
        };
        let plain_lines = lay_out(&mut ts);
        ts.hyphenate = true;
        let hyph_lines = lay_out(&mut ts);
        let ends_with_hyphen = |l: &Line| {
            l.pieces
                .last()
                .is_some_and(|p| p.glyphs.last().is_some_and(|g| g.4.is_empty()))
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
        let zh = ts
            .lines(
                &plain(text),
                12.0,
                1.3,
                120.0,
                "zh-Hans",
                false,
                usize::MAX - 1,
            )
            .unwrap();
        assert!(!zh.iter().any(ends_with_hyphen));
    }

    #[test]
    fn a_character_no_font_has_is_reported() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let err = ts
            .lines(
                &plain("Meetings ที่ประชุม are free"),
                12.0,
                1.3,
                400.0,
                "en",
                false,
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
                    p.glyphs.iter().map(|g| &*g.4).collect(),
                )
            })
            .collect()
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
        let over = g[1].1 - g[0].1;
        // A word far wider than the line, broken between glyphs.
        let word = "q\u{301}".repeat(40);
        let lines = ts
            .lines(&plain(&word), 12.0, 1.3, 60.0, "vi", false, usize::MAX - 1)
            .unwrap();
        assert!(lines.len() > 2);
        for line in &lines {
            for p in &line.pieces {
                for pair in p.glyphs.windows(2) {
                    if pair[1].3 == 0.0 {
                        assert!((pair[1].1 - pair[0].1 - over).abs() < 0.01, "{pair:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn fallback_inside_a_paragraph_picks_a_face_per_script() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let lines = ts
            .lines(
                &plain("美沙酮 (methadone) 是药"),
                12.0,
                1.3,
                400.0,
                "zh-Hans",
                false,
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

    #[test]
    fn bidi_reorders_a_mixed_line_visually() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        // Arabic paragraph with a Latin name and a number embedded.
        let text = "اتصل بـ NA على 555";
        let lines = ts
            .lines(&plain(text), 12.0, 1.3, 400.0, "ar", true, usize::MAX - 1)
            .unwrap();
        assert_eq!(lines.len(), 1);
        let pieces = &lines[0].pieces;
        // Visual order, left to right: the number, then Arabic, NA, Arabic.
        // Each piece's text in logical order (a right-to-left piece's glyphs
        // are in visual order).
        let texts: Vec<String> = pieces
            .iter()
            .map(|p| {
                let mut t: Vec<&str> = p.glyphs.iter().map(|g| &*g.4).collect();
                if p.rtl {
                    t.reverse();
                }
                t.concat()
            })
            .collect();
        let pos = |needle: &str| {
            texts
                .iter()
                .position(|t| t.contains(needle))
                .unwrap_or_else(|| panic!("{needle} in {texts:?}"))
        };
        assert!(pos("555") < pos("على"), "{texts:?}");
        assert!(pos("على") < pos("NA"), "{texts:?}");
        assert!(pos("NA") < pos("اتصل"), "{texts:?}");
        // Pieces are laid side by side from x = 0 without overlap.
        let mut x = 0.0;
        for p in pieces {
            let start = p.glyphs.iter().map(|g| g.1).fold(f32::INFINITY, f32::min);
            assert!(start >= x - 0.5, "{start} < {x}");
            x += p.width;
        }
        // Arabic letters are joined: the shaper picked contextual forms, so
        // no glyph of "اتصل" is the isolated form of its letter.
        let isolated: Vec<u16> = "اتصل"
            .chars()
            .map(|c| {
                fonts.faces[pieces[pos("اتصل")].face]
                    .font
                    .charmap()
                    .map_unicode(c as u32)
                    .unwrap()
                    .to_u32() as u16
            })
            .collect();
        let drawn: Vec<u16> = pieces[pos("اتصل")].glyphs.iter().map(|g| g.0).collect();
        assert_ne!(
            drawn.iter().filter(|g| isolated.contains(g)).count(),
            drawn.len(),
            "{drawn:?} vs {isolated:?}"
        );
    }

    #[test]
    fn brackets_mirror_in_right_to_left_text() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let ltr = ts
            .lines(
                &plain("(NA)"),
                12.0,
                1.3,
                400.0,
                "en",
                false,
                usize::MAX - 1,
            )
            .unwrap();
        let rtl = ts
            .lines(
                &plain("زمالة (أ)"),
                12.0,
                1.3,
                400.0,
                "ar",
                true,
                usize::MAX - 1,
            )
            .unwrap();
        let paren_ltr = ltr[0].pieces[0].glyphs[0].0;
        // In the RTL line the "(" glyph drawn is the mirrored one: its glyph
        // is the font's ")" (or a distinct mirrored glyph), not "(".
        let open_rtl: Vec<u16> = rtl[0]
            .pieces
            .iter()
            .flat_map(|p| &p.glyphs)
            .filter(|g| &*g.4 == "(")
            .map(|g| g.0)
            .collect();
        assert_eq!(open_rtl.len(), 1);
        assert_ne!(open_rtl[0], paren_ltr, "( must be mirrored in RTL");
    }

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
        assert_eq!(st.visible(), "Call 555-0142.");
        let lines = ts
            .lines(&st, 12.0, 1.3, 400.0, "en", false, usize::MAX - 1)
            .unwrap();
        assert_eq!(line_text(&lines[0]), "Call 555-0142.");
    }

    fn line_text(line: &Line) -> String {
        line.pieces
            .iter()
            .flat_map(|p| &p.glyphs)
            .map(|g| &*g.4)
            .collect()
    }
}
