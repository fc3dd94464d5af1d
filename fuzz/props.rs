//! The fuzzing properties, shared by the cargo-fuzz targets
//! (`fuzz/fuzz_targets/*.rs`) and by `tests/it/fuzz_regressions.rs`, which
//! replays the committed corpus and crash regressions through the same
//! checks with a plain `cargo test` (no cargo-fuzz, no nightly).
//!
//! Only `std` and `handout` are used here, so both crates can include the
//! file with `#[path = ...] mod props;`.
//!
//! Each entry point takes the raw fuzz input and panics when a property
//! fails:
//! - [`markup`]: the bytes as leaflet markup: parsed, then typeset;
//! - [`ftl_page`]: the bytes as the text of one Fluent message in a locale
//!   overlay (`--content`), rendered to a PDF leaflet;
//! - [`layout_mixed`]: the bytes decoded into a document of mixed-script
//!   text (Latin, Cyrillic, Vietnamese, Arabic, Chinese, combining marks,
//!   bidi controls, emoji, characters no font has), typeset.
//!
//! Properties of every typeset result ([`check_typeset`]):
//! - every visible character of the drawn text is in the text layer (the
//!   glyphs' text, which the PDF writer maps to its ToUnicode / ActualText)
//!   at least as often as in the document, unless the typesetter failed
//!   with an error naming the characters no font can draw;
//! - an error names only characters no font covers, and names all of them;
//! - no `.notdef` glyph (a box) is drawn;
//! - every glyph, rule, box, picture and link lies inside the page margins,
//!   and every coordinate is finite.
//!
//! No hang is checked by libFuzzer's `-timeout` (`fuzz/run.sh`).

#![allow(dead_code)]

use handout::diag::{Diagnostics, Kind};
use handout::doc::{Block, BlockKind, BlockLang, Document, Inline, Picture, TextStyle, Tone};
use handout::layout::{FontBook, Item, Laid, Options, Role, Tag, Typesetter};
use handout::model::Paper;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The built-in fonts, parsed once per process.
pub(crate) fn fonts() -> &'static FontBook {
    static FONTS: OnceLock<FontBook> = OnceLock::new();
    FONTS.get_or_init(|| {
        let content = handout::load::Content::builtin();
        FontBook::new(&content.fonts(), handout::leaflet::PRIMARY_FAMILY).expect("built-in fonts")
    })
}

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

/// Bidi controls: used by the bidi pass, never drawn nor in the text layer.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{061C}')
}

/// Unicode's Default_Ignorable_Code_Point: invisible, removed by the shaper.
fn is_default_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

/// Characters that are never drawn, so need not reach the text layer:
/// white space (line ends drop it), controls, bidi controls, default
/// ignorables.
pub(crate) fn is_invisible(c: char) -> bool {
    c.is_whitespace() || c.is_control() || is_bidi_control(c) || is_default_ignorable(c)
}

/// Characters XML 1.0 can carry.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn count_visible(text: &str, into: &mut BTreeMap<char, usize>) {
    for c in text.chars().filter(|c| !is_invisible(*c)) {
        *into.entry(c).or_default() += 1;
    }
}

// ---------------------------------------------------------------------------
// The document's drawn text
// ---------------------------------------------------------------------------

fn inline_text(inlines: &[Inline], out: &mut String) {
    for i in inlines {
        if let Inline::Text { text, .. } = i {
            out.push_str(text);
            out.push(' ');
        }
    }
}

/// The text the layout draws from `blocks` (the title is metadata only;
/// link targets, picture paths and QR data are not text).
fn drawn_text(blocks: &[Block], out: &mut String) {
    for b in blocks {
        match &b.kind {
            BlockKind::Heading { inlines, .. }
            | BlockKind::Paragraph(inlines)
            | BlockKind::Field(inlines) => inline_text(inlines, out),
            BlockKind::List { items, .. } => items.iter().for_each(|i| drawn_text(i, out)),
            BlockKind::Callout(inner) | BlockKind::Keep(inner) => drawn_text(inner, out),
            BlockKind::Row { start, end } => {
                inline_text(start, out);
                inline_text(end, out);
            }
            BlockKind::Rule
            | BlockKind::PageBreak
            | BlockKind::Image { .. }
            | BlockKind::Qr { .. } => {}
        }
    }
}

/// Gives every picture the markup names a made-up size (the layout needs
/// only the pixel size; the app reads real files, which a fuzzer must not).
fn fake_pictures(doc: &mut Document) {
    for src in doc.image_sources() {
        let n = src.len() as u32;
        doc.pictures.insert(
            src.clone(),
            Picture {
                path: src,
                data: std::sync::Arc::from(Vec::new()),
                width_px: 1 + n * 97 % 4000,
                height_px: 1 + n * 31 % 3000,
            },
        );
    }
}

// ---------------------------------------------------------------------------
// The properties of a typeset leaflet
// ---------------------------------------------------------------------------

/// Typesets `doc` and checks the properties of the result (or of the
/// error). Returns the pages when typesetting succeeded.
pub(crate) fn check_typeset(doc: &Document, opts: &Options) -> Option<Laid> {
    let fonts = fonts();
    let mut ts = Typesetter::new(fonts);
    let result = handout::layout::typeset(&mut ts, doc, opts);
    let mut drawn = String::new();
    drawn_text(&doc.body, &mut drawn);
    drawn_text(&doc.footer, &mut drawn);
    let uncovered: BTreeSet<char> = fonts.uncovered(&drawn).into_iter().map(|p| p.1).collect();
    match result {
        Err(diags) => {
            check_errors(&diags, &uncovered);
            None
        }
        Ok(laid) => {
            assert!(
                uncovered.is_empty(),
                "typeset succeeded although no font draws {uncovered:?}"
            );
            check_text_layer(&drawn, &laid);
            check_bounds(&laid, opts);
            check_structure(&laid);
            Some(laid)
        }
    }
}

fn check_errors(diags: &Diagnostics, uncovered: &BTreeSet<char>) {
    assert!(!diags.0.is_empty(), "an error without a diagnostic");
    let mut named = BTreeSet::new();
    for d in &diags.0 {
        match &d.kind {
            Kind::MissingGlyphs { chars, .. } => {
                for c in chars {
                    assert!(
                        uncovered.contains(c),
                        "`{}` names U+{:04X}, which a font covers",
                        d.message,
                        *c as u32
                    );
                    named.insert(*c);
                }
            }
            // The page limit refuses the whole leaflet (nothing is printed
            // without its text), see README "Limits"; so do a footer taller
            // than half the page and a QR code too long to make.
            Kind::LimitExceeded => {}
            // A picture the properties named but never loaded.
            _ => assert!(
                d.message.starts_with("the picture"),
                "unexpected layout error: {}",
                d.message
            ),
        }
    }
    // Every character no font draws is named (a box is never printed
    // silently), unless the layout stopped for another reason.
    if diags
        .0
        .iter()
        .all(|d| matches!(d.kind, Kind::MissingGlyphs { .. }))
    {
        let unnamed: Vec<&char> = uncovered.difference(&named).collect();
        assert!(unnamed.is_empty(), "not reported: {unnamed:?}");
    }
}

/// Every visible character of the drawn text is in the text layer at least
/// as often, and no `.notdef` glyph is drawn.
fn check_text_layer(drawn: &str, laid: &Laid) {
    let mut want = BTreeMap::new();
    count_visible(drawn, &mut want);
    let mut have = BTreeMap::new();
    for (p, frame) in laid.frames.iter().enumerate() {
        for item in &frame.items {
            if let Item::Glyphs(run) = item {
                for g in &run.glyphs {
                    assert!(
                        g.gid != 0,
                        "page {}: a .notdef glyph (a box) of face {} for {:?} ({:?})",
                        p + 1,
                        run.face,
                        g.text,
                        g.text
                            .chars()
                            .map(|c| format!("U+{:04X}", c as u32))
                            .collect::<Vec<_>>()
                    );
                    count_visible(&g.text, &mut have);
                }
            }
        }
    }
    let lost: Vec<String> = want
        .iter()
        .filter(|(c, n)| have.get(*c).copied().unwrap_or(0) < **n)
        .map(|(c, n)| {
            format!(
                "U+{:04X} {c:?} {n}x in the text, {}x in the text layer",
                *c as u32,
                have.get(c).copied().unwrap_or(0)
            )
        })
        .collect();
    assert!(
        lost.is_empty(),
        "characters lost between the document and the text layer: {}",
        lost.join("; ")
    );
}

/// The structure is a tree rooted at the document, each element after its
/// parent, and every tag points into it; every link area of a tagged link
/// names a `Link` element; content is read after its element and no place
/// in reading order is held twice.
fn check_structure(laid: &Laid) {
    let nodes = &laid.structure.nodes;
    assert_eq!(nodes.first().map(|n| n.role), Some(Role::Document));
    for (i, n) in nodes.iter().enumerate().skip(1) {
        let parent = n
            .parent
            .expect("every element but the document has a parent") as usize;
        assert!(parent < i, "element {i} comes before its parent {parent}");
        assert!(
            n.seq > nodes[parent].seq,
            "element {i} is read before its parent"
        );
    }
    let mut seen = BTreeSet::new();
    for (p, frame) in laid.frames.iter().enumerate() {
        for item in &frame.items {
            let tag = match item {
                Item::Glyphs(run) => run.tag,
                Item::Rect { tag, .. } | Item::Image { tag, .. } => *tag,
                Item::Line { .. } => continue,
            };
            if let Tag::Content { node, seq } = tag {
                assert!(
                    (node as usize) < nodes.len(),
                    "page {}: a tag names element {node} of {}",
                    p + 1,
                    nodes.len()
                );
                assert!(
                    seq > nodes[node as usize].seq,
                    "page {}: content read before its element",
                    p + 1
                );
                // A place in reading order is held once (QR code modules
                // share their figure's one place).
                if !matches!(item, Item::Rect { .. }) {
                    assert!(seen.insert(seq), "page {}: place {seq} held twice", p + 1);
                }
            }
        }
        for link in &frame.links {
            let node = link.node.unwrap_or_else(|| {
                panic!("page {}: a clickable area outside the structure", p + 1)
            });
            assert_eq!(
                nodes.get(node as usize).map(|n| n.role),
                Some(Role::Link),
                "page {}: a link area's element",
                p + 1
            );
        }
    }
}

/// Everything drawn lies inside the margins (with a small tolerance for
/// rounding and stroke widths), at finite coordinates.
fn check_bounds(laid: &Laid, opts: &Options) {
    let m = opts.metrics.margin;
    let tol = 0.5;
    assert!(!laid.frames.is_empty(), "no pages");
    for (p, frame) in laid.frames.iter().enumerate() {
        let (pw, ph) = (frame.width.0, frame.height.0);
        let (x0, x1, y0, y1) = (m - tol, pw - m + tol, m - tol, ph - m + tol);
        let inside = |what: &str, x: f32, y: f32, w: f32, h: f32| {
            assert!(
                [x, y, w, h].iter().all(|v| v.is_finite()),
                "page {}: {what} at a non-finite place ({x}, {y}, {w}, {h})",
                p + 1
            );
            assert!(
                w >= -tol && h >= -tol,
                "page {}: {what} of negative size {w} x {h}",
                p + 1
            );
            assert!(
                x >= x0 && x + w <= x1 && y >= y0 && y + h <= y1,
                "page {}: {what} at x {x}..{}, y {y}..{} is outside the margins \
                 (x {m}..{}, y {m}..{})",
                p + 1,
                x + w,
                y + h,
                pw - m,
                ph - m
            );
        };
        for item in &frame.items {
            match item {
                Item::Glyphs(run) => {
                    for g in &run.glyphs {
                        // The pen box of the glyph: its advance, from its
                        // face's descent to its ascent, with the leading
                        // (the box the engine makes each line hold). Marks
                        // have no advance and the font raises or lowers
                        // them from the baseline (`g.y`): the line's box
                        // is what counts.
                        let what = format!("glyph {} ({:?}, {} pt)", g.gid, g.text, run.size);
                        if g.advance > 0.0 {
                            let (above, below) = fonts().faces[run.face]
                                .line
                                .line_box(run.size, opts.metrics.leading);
                            inside(&what, g.x, run.baseline - below, g.advance, above + below);
                        } else {
                            // A mark (no advance) sits where the font
                            // attaches it; a stack of many drifts past its
                            // letter, by the font's design: it stays on the
                            // paper.
                            assert!(
                                g.x.is_finite()
                                    && (0.0..=pw).contains(&g.x)
                                    && (0.0..=ph).contains(&g.y),
                                "page {}: {what} at ({}, {}) is off the paper",
                                p + 1,
                                g.x,
                                g.y
                            );
                        }
                    }
                }
                Item::Rect { x, y, w, h, .. } => inside("box", *x, *y, *w, *h),
                Item::Image { x, y, w, h, .. } => inside("picture", *x, *y, *w, *h),
                Item::Line { from, to, .. } => {
                    let (ax, bx) = (from.0.min(to.0), from.0.max(to.0));
                    let (ay, by) = (from.1.min(to.1), from.1.max(to.1));
                    inside("rule", ax, ay, bx - ax, by - ay);
                }
            }
        }
        for l in &frame.links {
            // A link area is a little taller than its text's line.
            inside(
                &format!("link to {}", l.uri),
                l.x,
                l.y + l.h * 0.2,
                l.w,
                l.h * 0.6,
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Target (a): markup
// ---------------------------------------------------------------------------

/// The bytes as leaflet markup: the parser never panics; what it accepts
/// typesets with the properties above, on A4 and in large print on Letter.
pub(crate) fn markup(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(mut doc) = handout::markup::parse(text, "fuzz") else {
        return;
    };
    fake_pictures(&mut doc);
    let opts = if data.len().is_multiple_of(2) {
        Options::new(Paper::A4, false)
    } else {
        Options::new(Paper::Letter, true)
    };
    check_typeset(&doc, &opts);
}

// ---------------------------------------------------------------------------
// Target (c): the layout engine with mixed-script text
// ---------------------------------------------------------------------------

/// What most input bytes stand for: letters of every bundled script, marks,
/// bidi controls, spaces and breaks, emoji and characters no font has.
const ALPHABET: &[&str] = &[
    // Latin, with kerning pairs and ligatures
    "a",
    "e",
    "i",
    "o",
    "n",
    "s",
    "t",
    "A",
    "V",
    "W",
    "f",
    "fi",
    "l",
    "T",
    "y",
    "1",
    "9",
    ".",
    ",",
    "(",
    ")",
    "-",
    "—",
    "'",
    "\"",
    "!",
    "?",
    "«",
    "»",
    "/",
    ":",
    "&",
    // Cyrillic
    "а",
    "б",
    "ж",
    "Ж",
    "я",
    "щ",
    "ё",
    "й",
    // Vietnamese, precomposed and decomposed
    "ệ",
    "ư",
    "ơ",
    "ắ",
    "ỗ",
    "Đ",
    "e\u{323}\u{302}",
    "a\u{306}\u{301}",
    "\u{309}",
    // Arabic: letters, lam-alef, harakat, tatweel, digits
    "ا",
    "ل",
    "م",
    "ب",
    "ي",
    "ة",
    "ع",
    "لا",
    "\u{64B}",
    "\u{64E}",
    "\u{651}",
    "\u{652}",
    "\u{640}",
    "٣",
    "٤",
    "،",
    "؟",
    // Chinese, CJK punctuation, kana
    "中",
    "文",
    "字",
    "会",
    "。",
    "，",
    "「",
    "」",
    "“",
    "”",
    "‘",
    "’",
    "…",
    "·",
    "（",
    "）",
    "あ",
    "カ",
    // combining marks on their own
    "\u{300}",
    "\u{301}",
    "\u{308}",
    "\u{20DD}",
    "\u{1AB0}",
    "\u{FE20}",
    // bidi controls
    "\u{200E}",
    "\u{200F}",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{61C}",
    // joiners, invisible and special spaces
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{AD}",
    "\u{A0}",
    "\u{202F}",
    "\u{3000}",
    "\u{2009}",
    "\u{FEFF}",
    "\u{FE0F}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{9F}",
    // emoji and characters no bundled font draws
    "😀",
    "👍🏽",
    "❤\u{FE0F}",
    "🇪🇸",
    "क",
    "ก",
    "א",
    "𠀀",
    "\u{E000}",
    "\u{FFFD}",
    "\u{1D400}",
    // spaces (breaks)
    " ",
    " ",
    " ",
    " ",
    " ",
    " ",
];

/// Reads a fuzz input as a sequence of small decisions.
struct Bytes<'a> {
    data: &'a [u8],
}

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((b, rest)) => {
                self.data = rest;
                *b
            }
            None => 0,
        }
    }

    fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Text: a length, then one alphabet entry per byte; bytes from 0xF0 up
    /// take three more bytes as any code point XML allows.
    fn text(&mut self) -> String {
        let len = usize::from(self.byte() % 48);
        let mut s = String::new();
        for _ in 0..len {
            if self.is_empty() {
                break;
            }
            let b = self.byte();
            if b >= 0xF0 {
                let v = u32::from(self.byte()) << 16
                    | u32::from(self.byte()) << 8
                    | u32::from(self.byte());
                if let Some(c) = char::from_u32(v % 0x11_0000).filter(|c| is_xml_char(*c)) {
                    if !matches!(c, '\t' | '\n' | '\r') {
                        s.push(c);
                    }
                }
            } else {
                s.push_str(ALPHABET[usize::from(b) % ALPHABET.len()]);
            }
        }
        s
    }

    fn style(&mut self) -> TextStyle {
        let b = self.byte();
        TextStyle {
            bold: b & 1 != 0,
            italic: b & 2 != 0,
            tone: [Tone::Normal, Tone::Accent, Tone::Warm, Tone::Muted][usize::from(b >> 2 & 3)],
            link: (b & 16 != 0).then_some(0),
        }
    }

    /// Inline content, trimmed and collapsed as the markup stage leaves it.
    fn inlines(&mut self) -> Vec<Inline> {
        let n = 1 + self.byte() % 4;
        let mut out = Vec::new();
        for _ in 0..n {
            match self.byte() % 8 {
                0 => out.push(Inline::LineBreak),
                1 => out.push(Inline::PageNumber(self.style())),
                2 => out.push(Inline::PageCount(self.style())),
                _ => {
                    let style = self.style();
                    let text = self.text();
                    out.push(Inline::Text { text, style });
                }
            }
        }
        out
    }

    fn block(&mut self, depth: u32) -> Block {
        let kind = match self.byte() % 12 {
            0..=2 => BlockKind::Paragraph(self.inlines()),
            3 => BlockKind::Heading {
                level: 1 + self.byte() % 3,
                inlines: self.inlines(),
            },
            4 if depth < 4 => BlockKind::List {
                ordered: self.byte() & 1 != 0,
                items: (0..1 + self.byte() % 4)
                    .map(|_| vec![self.block(depth + 1)])
                    .collect(),
            },
            5 if depth < 4 => BlockKind::Callout(
                (0..1 + self.byte() % 3)
                    .map(|_| self.block(depth + 1))
                    .collect(),
            ),
            6 if depth < 4 => BlockKind::Keep(
                (0..1 + self.byte() % 3)
                    .map(|_| self.block(depth + 1))
                    .collect(),
            ),
            7 => BlockKind::Field(vec![Inline::Text {
                text: self.text(),
                style: TextStyle::default(),
            }]),
            8 => BlockKind::Rule,
            9 if depth == 0 => BlockKind::PageBreak,
            10 => BlockKind::Qr {
                data: "https://example.org/meetings".into(),
                size_mm: 1.0 + f32::from(self.byte()),
                alt: self.text(),
            },
            _ => BlockKind::Paragraph(self.inlines()),
        };
        let class = match self.byte() % 6 {
            0 => Some("subtitle".to_string()),
            1 => Some("muted".to_string()),
            2 => Some("draft".to_string()),
            _ => None,
        };
        // Now and then a paragraph in another language and direction than
        // the document's (a teach-back question on a clinician's sheet).
        let lang = match (&kind, self.byte() % 4) {
            (BlockKind::Paragraph(_), 0) => Some(BlockLang {
                tag: LANGS[usize::from(self.byte()) % LANGS.len()].to_string(),
                rtl: self.byte() & 1 != 0,
            }),
            _ => None,
        };
        Block {
            kind,
            class,
            span: 0..0,
            lang,
        }
    }
}

const LANGS: [&str; 8] = ["en-US", "es", "ar", "zh-Hans", "vi", "ru", "ja", "und"];

/// The bytes decoded into a document of mixed-script text, typeset.
pub(crate) fn layout_mixed(data: &[u8]) {
    let mut b = Bytes { data };
    let flags = b.byte();
    let mut body = Vec::new();
    while !b.is_empty() && body.len() < 16 {
        body.push(b.block(0));
    }
    let footer = vec![
        Block {
            kind: BlockKind::Rule,
            class: None,
            span: 0..0,
            lang: None,
        },
        Block {
            kind: BlockKind::Row {
                start: b.inlines(),
                end: b.inlines(),
            },
            class: None,
            span: 0..0,
            lang: None,
        },
    ];
    let doc = Document {
        title: "fuzz".into(),
        lang: LANGS[usize::from(flags >> 4 & 7)].into(),
        rtl: flags & 1 != 0,
        hyphenate: flags & 8 != 0,
        body,
        footer,
        links: vec!["https://example.org/".into()],
        pictures: Default::default(),
    };
    let paper = if flags & 2 != 0 {
        Paper::Letter
    } else {
        Paper::A4
    };
    let opts = Options::new(paper, flags & 4 != 0);
    check_typeset(&doc, &opts);
}

// ---------------------------------------------------------------------------
// Target (b): a Fluent message, through the whole pipeline to a PDF
// ---------------------------------------------------------------------------

/// Messages the fuzzer may rewrite: (file, id, topic). Each is printed in
/// a different place: heading, paragraph, list item, callout, field label
/// (an attribute), footer, PDF title.
const MESSAGES: [(&str, &str, &str); 10] = [
    ("first-meeting", "fm-title", "first-meeting"),
    ("first-meeting", "fm-subtitle", "first-meeting"),
    ("first-meeting", "fm-intro-1", "first-meeting"),
    ("first-meeting", "fm-during-speaker", "first-meeting"),
    ("first-meeting", "fm-before-heading", "first-meeting"),
    ("leaflet", "leaflet-talk-body", "first-meeting"),
    ("leaflet", "leaflet-clinic-blank", "first-meeting"),
    ("leaflet", "leaflet-language-name", "first-meeting"),
    ("leaflet", "leaflet-talk-heading", "first-meeting"),
    ("leaflet", "leaflet-worry-label", "twelve-step-meetings"),
];

const LOCALES: [&str; 8] = ["en-US", "es", "ar", "zh-Hans", "vi", "ru", "en-XA", "ar-XB"];

/// `source` with the value of message `id` replaced by `value`, its lines
/// indented as continuation lines, so the text stays one message's.
fn replace_message(source: &str, id: &str, value: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in source.split_inclusive('\n') {
        if skipping {
            if line.starts_with(' ') && !line.trim().is_empty() {
                continue;
            }
            skipping = false;
        }
        let is_it = line
            .split_once('=')
            .is_some_and(|(k, _)| k.trim() == id && !line.starts_with([' ', '#']));
        if is_it {
            out.push_str(id);
            out.push_str(" =");
            for (i, l) in value.split('\n').enumerate() {
                out.push_str(if i == 0 { " " } else { "\n    " });
                out.push_str(l);
            }
            out.push('\n');
            skipping = true;
        } else {
            out.push_str(line);
        }
    }
    out
}

/// A folder of this process for the content overlay.
fn overlay_dir() -> std::path::PathBuf {
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("handout-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("a temporary folder");
        d
    })
    .clone()
}

/// The bytes as the text of a Fluent message in a `--content` overlay
/// (first byte: locale, second: message, third: paper and print size),
/// rendered to a PDF. A message that cannot be formatted is an error, never
/// a panic; a message that formats reaches the document whole (escaped for
/// the markup and unescaped by the parser) and the leaflet typesets with
/// the properties above and writes as a PDF.
/// `text` without its tags: each `<` followed by a letter or `/`, through
/// the next `>`.
fn without_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find('>') {
            Some(end) if after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') => {
                rest = &after[end + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

pub(crate) fn ftl_page(data: &[u8]) {
    let [loc, msg, flags, rest @ ..] = data else {
        return;
    };
    let Ok(value) = std::str::from_utf8(rest) else {
        return;
    };
    let locale = LOCALES[usize::from(*loc) % LOCALES.len()];
    let (file, id, topic) = MESSAGES[usize::from(*msg) % MESSAGES.len()];
    // Pseudo-locales are made from the reference locale's files.
    let folder = if locale.contains("-X") {
        "en-US"
    } else {
        locale
    };
    let rel = format!("locales/{folder}/{file}.ftl");
    let builtin = handout::load::Content::builtin();
    let source = builtin
        .get(&rel)
        .expect("a built-in FTL file")
        .text()
        .expect("UTF-8");
    // Only this input's file: nothing of an earlier input stays.
    let dir = overlay_dir();
    let _ = std::fs::remove_dir_all(dir.join("locales"));
    let path = dir.join(&rel);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("the overlay folder");
    std::fs::write(&path, replace_message(source, id, value)).expect("write the overlay");

    let lib = handout::leaflet::Library::open(Some(&dir)).expect("the overlay loads");
    let paper = if flags & 1 != 0 {
        Paper::Letter
    } else {
        Paper::A4
    };
    let job = handout::leaflet::Job {
        concerns: if topic == "first-meeting" {
            Vec::new()
        } else {
            vec!["made-to-speak".into()]
        },
        large_print: flags & 2 != 0,
        epoch: Some(0),
        ..handout::leaflet::Job::new(topic, locale, paper)
    };
    let Ok(rendered) = handout::leaflet::render_markup(&lib, &job) else {
        // An FTL syntax error, an unknown variable...: reported, not printed.
        return;
    };
    let formatted = lib
        .localizer(locale, false)
        .expect("the localizer rendered")
        .format(
            &handout::model::MessageRef::new(id).expect("an id"),
            &[],
            &mut Vec::new(),
        )
        .expect("the message rendered");
    let doc = match handout::markup::parse(&rendered.markup, &rendered.origin) {
        Ok(doc) => doc,
        Err(e) => {
            // Only characters XML cannot carry may break the markup.
            assert!(
                !formatted.chars().all(is_xml_char),
                "a message of XML characters broke the markup: {e}\nmarkup:\n{}",
                rendered.markup
            );
            return;
        }
    };
    // The message reaches the document whole: `drawn_text` plus the title,
    // less its inline markup (a message that rendered holds only tags it
    // may use: `<strong>`, `<em>`, `<a href>`, which draw nothing).
    let mut text = doc.title.clone();
    drawn_text(&doc.body, &mut text);
    drawn_text(&doc.footer, &mut text);
    let mut want = BTreeMap::new();
    count_visible(&without_tags(&formatted), &mut want);
    let mut have = BTreeMap::new();
    count_visible(&text, &mut have);
    for (c, n) in &want {
        assert!(
            have.get(c).copied().unwrap_or(0) >= *n,
            "U+{:04X} {c:?} of the message is not in the document",
            *c as u32
        );
    }
    let opts = Options::new(job.paper, job.large_print);
    if let Some(laid) = check_typeset(&doc, &opts) {
        let meta = handout::pdf::PdfMeta {
            epoch: 0,
            id: [0; 16],
        };
        let pdf = handout::pdf::write(&laid, &lib.fonts, &meta).expect("the PDF is written");
        assert!(pdf.starts_with(b"%PDF-1.7"), "not a PDF 1.7 file");
    }
}
