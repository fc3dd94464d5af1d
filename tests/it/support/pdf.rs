//! Reading the PDFs back: lopdf helpers (fonts, boxes, metadata), a
//! reader of the pages' content streams, and comparing printed text with the
//! source sentences.
//!
//! The content-stream reader (`read_page`) gives the font, size and position
//! of every glyph and its text (ToUnicode CMap, or the /ActualText around
//! it), rather than lopdf's `extract_text`. So a test can check where text is
//! drawn, at which size and in which font, and put right-to-left text back in
//! reading order (`page_text`), which stream order does not give: Arabic is
//! drawn glyph by glyph in visual order.

use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::{BTreeMap, HashMap};

// ---------------------------------------------------------------------------
// lopdf helpers
// ---------------------------------------------------------------------------

/// Runs of white space made one space.
pub(crate) fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of every page as lopdf extracts it, white space made single
/// spaces.
pub(crate) fn printed_words(doc: &Document) -> String {
    words(&extracted_text(doc))
}

/// The text of one page (from 1) as lopdf extracts it.
pub(crate) fn extracted_page_text(doc: &Document, page: u32) -> String {
    doc.extract_text(&[page]).expect("extract text")
}

/// The text of every page as lopdf extracts it.
pub(crate) fn extracted_text(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("extract text")
}

/// Asserts that `needle` is in `text`; both are compared as given, so make
/// them comparable first.
#[track_caller]
pub(crate) fn assert_contains(text: &str, needle: &str, what: &str) {
    assert!(
        text.contains(needle),
        "{what}: `{needle}` not found in the PDF text:\n{text}"
    );
}

/// Asserts that `needle` is not in `text`; both are compared as given.
#[track_caller]
pub(crate) fn assert_not_contains(text: &str, needle: &str, what: &str) {
    assert!(
        !text.contains(needle),
        "{what}: `{needle}` should not be printed:\n{text}"
    );
}

pub(crate) fn name(obj: &Object) -> String {
    String::from_utf8_lossy(obj.as_name().expect("a name")).into_owned()
}

pub(crate) fn deref<'a>(doc: &'a Document, obj: &'a Object) -> &'a Object {
    doc.dereference(obj).expect("resolvable reference").1
}

/// A page's /MediaBox as given: `[x0, y0, x1, y1]` in points.
pub(crate) fn media_box(doc: &Document, page: ObjectId) -> Vec<f32> {
    let dict = doc.get_dictionary(page).expect("page dict");
    deref(doc, dict.get(b"MediaBox").expect("page /MediaBox"))
        .as_array()
        .expect("array")
        .iter()
        .map(|o| o.as_float().expect("a number"))
        .collect()
}

/// The catalog's /Lang.
pub(crate) fn catalog_lang(doc: &Document) -> String {
    let lang = doc
        .catalog()
        .expect("catalog")
        .get(b"Lang")
        .expect("/Lang in the catalog");
    lopdf::decode_text_string(lang).expect("a text string")
}

// ---------------------------------------------------------------------------
// Comparing printed text
// ---------------------------------------------------------------------------

/// Arabic letters (the base letters, not the marks).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

/// Text made comparable whatever the script and the line breaks: without
/// white space (lines break at spaces, Chinese has no spaces at all and may
/// break between any two characters, so only the characters are compared)
/// and without bidi controls (Fluent's isolation marks are never drawn).
pub(crate) fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}')
        })
        .collect()
}

#[track_caller]
pub(crate) fn assert_has(text: &str, needle: &str, what: &str) {
    assert_contains(&squash(text), &squash(needle), what);
}

#[track_caller]
pub(crate) fn assert_lacks(text: &str, needle: &str, what: &str) {
    assert_not_contains(&squash(text), &squash(needle), what);
}

// ---------------------------------------------------------------------------
// The content streams
// ---------------------------------------------------------------------------

pub(crate) fn num(obj: &Object) -> f32 {
    obj.as_float().expect("a number")
}

/// One drawn glyph: the text its ToUnicode entry gives, its pen position
/// and its advance (from the font's /W widths and the TJ offsets).
#[derive(Debug, Clone)]
pub(crate) struct Glyph {
    pub(crate) text: String,
    pub(crate) x: f32,
    pub(crate) w: f32,
    /// Its code in the font.
    pub(crate) cid: u16,
    /// The font's ToUnicode map gives it some text.
    pub(crate) mapped: bool,
    /// It is drawn inside an /ActualText span.
    pub(crate) in_actual_text: bool,
    /// The MCID of the innermost marked-content sequence around it that
    /// has one: the structure element it belongs to.
    pub(crate) mcid: Option<i64>,
    /// Inside an `/Artifact` sequence: its kind (see [`Mark::artifact`]).
    pub(crate) artifact: Option<String>,
    /// The /Lang of the innermost marked-content sequence around it that
    /// has one.
    pub(crate) lang: Option<String>,
}

/// The glyphs drawn from one `Tm` in one font and size (a `Tf` or a `Tm`
/// starts a new run; `Tf` persists across text objects).
/// Glyphs are in drawing order, which is visual order.
#[derive(Debug, Clone)]
pub(crate) struct TextRun {
    /// /BaseFont of the font, with its subset tag.
    pub(crate) font: String,
    pub(crate) size: f32,
    /// Baseline: the y of the run's first `Tm`.
    pub(crate) y: f32,
    pub(crate) glyphs: Vec<Glyph>,
}

impl TextRun {
    pub(crate) fn x0(&self) -> f32 {
        self.glyphs
            .iter()
            .map(|g| g.x)
            .fold(f32::INFINITY, f32::min)
    }

    pub(crate) fn x1(&self) -> f32 {
        self.glyphs
            .iter()
            .map(|g| g.x + g.w)
            .fold(f32::NEG_INFINITY, f32::max)
    }

    pub(crate) fn text(&self) -> String {
        self.glyphs.iter().map(|g| g.text.as_str()).collect()
    }

    pub(crate) fn is_blank(&self) -> bool {
        self.text().trim().is_empty()
    }

    pub(crate) fn has_arabic(&self) -> bool {
        self.text().chars().any(is_arabic_letter)
    }
}

/// What one page draws.
#[derive(Debug, Default)]
pub(crate) struct PageContent {
    pub(crate) runs: Vec<TextRun>,
    /// How many times each operator occurs.
    pub(crate) ops: BTreeMap<String, usize>,
    /// Every operator that puts something on the page (text, a picture, a
    /// painted path), with the marked-content sequences open around it.
    pub(crate) drawn: Vec<Drawn>,
    /// The MCIDs of the page's marked-content sequences, in stream order.
    pub(crate) mcids: Vec<i64>,
    /// Marked content that does not nest: an `EMC` without its `BDC`, a
    /// sequence left open, a `BT … ET` crossing a sequence's bounds.
    pub(crate) nesting_errors: Vec<String>,
}

impl PageContent {
    pub(crate) fn count(&self, ops: &[&str]) -> usize {
        ops.iter()
            .map(|o| self.ops.get(*o).copied().unwrap_or(0))
            .sum()
    }

    /// Filled shapes: rectangles (`re`) and paths closed by a fill
    /// operator (the writer draws rectangles as `m l l l h` paths).
    pub(crate) fn fills(&self) -> usize {
        self.count(&["re", "f", "F", "f*", "b", "B", "b*", "B*"])
    }
}

/// One open marked-content sequence (`BMC` or `BDC … EMC`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mark {
    /// The tag (`/P`, `/Span`, `/Artifact`).
    pub(crate) tag: String,
    /// Its /MCID, if it has one.
    pub(crate) mcid: Option<i64>,
    /// For an `/Artifact`: its /Type and /Subtype as `Type/Subtype`
    /// (`Pagination/Footer`, `Layout`; empty when it has neither).
    pub(crate) artifact: Option<String>,
    /// Its /ActualText, if any.
    pub(crate) actual_text: Option<String>,
    /// Its /Lang, if any.
    pub(crate) lang: Option<String>,
}

impl std::fmt::Display for Mark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "/{}", self.tag)?;
        if let Some(m) = self.mcid {
            write!(f, " <</MCID {m}>>")?;
        }
        if let Some(a) = &self.artifact {
            write!(f, " <<{a}>>")?;
        }
        Ok(())
    }
}

/// What a drawing operator puts on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DrawnKind {
    /// Text (`Tj`, `TJ`, `'`, `"`).
    Text,
    /// An XObject (`Do`) or an inline image.
    Picture,
    /// A painted path or a shading.
    Path,
}

/// One drawing operator and the marked content around it.
#[derive(Debug, Clone)]
pub(crate) struct Drawn {
    pub(crate) kind: DrawnKind,
    /// The operator.
    pub(crate) op: String,
    /// Its index among the page's operators.
    pub(crate) index: usize,
    /// For text: what it shows (ToUnicode or ActualText).
    pub(crate) text: String,
    /// The sequences open around it, outermost first.
    pub(crate) marks: Vec<Mark>,
}

impl Drawn {
    /// The innermost MCID around it.
    pub(crate) fn mcid(&self) -> Option<i64> {
        self.marks.iter().rev().find_map(|m| m.mcid)
    }

    /// The kind of the outermost artifact around it.
    pub(crate) fn artifact(&self) -> Option<&str> {
        self.marks.iter().find_map(|m| m.artifact.as_deref())
    }

    /// The open sequences, as `/P <</MCID 3>> > /Span` (or "no marked
    /// content").
    pub(crate) fn context(&self) -> String {
        if self.marks.is_empty() {
            return "no marked content".into();
        }
        self.marks
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" > ")
    }
}

/// The property list of a `BDC`: inline, or a name in the page's
/// /Properties resources.
fn bdc_properties<'a>(
    doc: &'a Document,
    resources: &'a [&'a Dictionary],
    operand: Option<&'a Object>,
) -> Option<&'a Dictionary> {
    match operand.map(|o| deref(doc, o))? {
        Object::Dictionary(d) => Some(d),
        Object::Name(n) => resources.iter().find_map(|r| {
            let props = deref(doc, r.get(b"Properties").ok()?).as_dict().ok()?;
            deref(doc, props.get(n).ok()?).as_dict().ok()
        }),
        _ => None,
    }
}

/// The [`Mark`] a `BMC` or `BDC` opens.
fn open_mark(doc: &Document, resources: &[&Dictionary], op: &lopdf::content::Operation) -> Mark {
    let tag = op
        .operands
        .first()
        .and_then(|o| o.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default();
    let props = if op.operator == "BDC" {
        bdc_properties(doc, resources, op.operands.get(1))
    } else {
        None
    };
    let get_name = |key: &[u8]| {
        props
            .and_then(|p| p.get(key).ok())
            .and_then(|o| deref(doc, o).as_name().ok())
            .map(|n| String::from_utf8_lossy(n).into_owned())
    };
    let artifact = (tag == "Artifact").then(|| {
        [get_name(b"Type"), get_name(b"Subtype")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("/")
    });
    Mark {
        mcid: props
            .and_then(|p| p.get(b"MCID").ok())
            .and_then(|o| deref(doc, o).as_i64().ok()),
        actual_text: props
            .and_then(|p| p.get(b"ActualText").ok())
            .and_then(|o| lopdf::decode_text_string(deref(doc, o)).ok()),
        lang: props
            .and_then(|p| p.get(b"Lang").ok())
            .and_then(|o| lopdf::decode_text_string(deref(doc, o)).ok()),
        tag,
        artifact,
    }
}

pub(crate) struct FontInfo {
    pub(crate) base: String,
    /// CID to width in 1/1000 em.
    pub(crate) widths: HashMap<u16, f32>,
    pub(crate) default_width: f32,
    /// CID to text, from the ToUnicode CMap.
    pub(crate) to_unicode: HashMap<u16, String>,
}

pub(crate) fn font_info(doc: &Document, font: &Dictionary) -> FontInfo {
    let base = name(font.get(b"BaseFont").expect("/BaseFont"));
    let mut widths = HashMap::new();
    let mut default_width = 1000.0;
    if let Ok(d) = font.get(b"DescendantFonts") {
        let cid = deref(doc, &deref(doc, d).as_array().expect("array")[0])
            .as_dict()
            .expect("CIDFont");
        if let Ok(dw) = cid.get(b"DW") {
            default_width = num(dw);
        }
        if let Ok(w) = cid.get(b"W") {
            let w = deref(doc, w).as_array().expect("/W array");
            let mut i = 0;
            while i + 1 < w.len() {
                let first = w[i].as_i64().expect("CID") as u16;
                match deref(doc, &w[i + 1]) {
                    Object::Array(ws) => {
                        for (k, v) in ws.iter().enumerate() {
                            widths.insert(first + k as u16, num(v));
                        }
                        i += 2;
                    }
                    last => {
                        let last = last.as_i64().expect("CID") as u16;
                        for c in first..=last {
                            widths.insert(c, num(&w[i + 2]));
                        }
                        i += 3;
                    }
                }
            }
        }
    }
    let cmap = font
        .get(b"ToUnicode")
        .map(|t| {
            deref(doc, t)
                .as_stream()
                .expect("ToUnicode stream")
                .get_plain_content()
                .expect("decodable ToUnicode")
        })
        .unwrap_or_default();
    FontInfo {
        base,
        widths,
        default_width,
        to_unicode: parse_cmap(&String::from_utf8_lossy(&cmap)),
    }
}

/// Parses the `bfchar` and `bfrange` sections of a ToUnicode CMap.
///
/// Our own parser rather than lopdf's: lopdf 0.44 keeps the CMap in a range
/// map that merges neighbouring codes with equal targets, then adds the
/// offset into the merged range to the target; two glyphs that both stand
/// for lam-alef ("لا", as the Arabic font has several) then read back as
/// "لا" and "لب". The PDF is right; that reading is not.
pub(crate) fn parse_cmap(text: &str) -> HashMap<u16, String> {
    #[derive(Debug, PartialEq)]
    enum Tok {
        Hex(Vec<u8>),
        Open,
        Close,
        Word(String),
    }
    let mut toks = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' if chars.peek() == Some(&'<') => {
                chars.next();
                toks.push(Tok::Word("<<".into()));
            }
            '<' => {
                let hex: String = chars
                    .by_ref()
                    .take_while(|c| *c != '>')
                    .filter(char::is_ascii_hexdigit)
                    .collect();
                let bytes = (0..hex.len() / 2)
                    .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).expect("hex"))
                    .collect();
                toks.push(Tok::Hex(bytes));
            }
            '[' => toks.push(Tok::Open),
            ']' => toks.push(Tok::Close),
            '%' => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => {}
            c => {
                let mut w = c.to_string();
                while let Some(&n) = chars.peek() {
                    if n.is_whitespace() || "<>[]%".contains(n) {
                        break;
                    }
                    w.push(n);
                    chars.next();
                }
                toks.push(Tok::Word(w));
            }
        }
    }
    let code = |b: &[u8]| b.iter().fold(0u32, |a, x| a << 8 | u32::from(*x)) as u16;
    let utf16 = |b: &[u8]| -> Vec<u16> {
        b.chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect()
    };
    let mut map = HashMap::new();
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Word(w) if w == "beginbfchar" => {
                i += 1;
                while let (Some(Tok::Hex(src)), Some(Tok::Hex(dst))) =
                    (toks.get(i), toks.get(i + 1))
                {
                    map.insert(code(src), String::from_utf16_lossy(&utf16(dst)));
                    i += 2;
                }
            }
            Tok::Word(w) if w == "beginbfrange" => {
                i += 1;
                while let (Some(Tok::Hex(lo)), Some(Tok::Hex(hi))) = (toks.get(i), toks.get(i + 1))
                {
                    let (lo, hi) = (code(lo), code(hi));
                    match toks.get(i + 2) {
                        Some(Tok::Hex(dst)) => {
                            let base = utf16(dst);
                            for (k, c) in (lo..=hi).enumerate() {
                                let mut t = base.clone();
                                if let Some(last) = t.last_mut() {
                                    *last += k as u16;
                                }
                                map.insert(c, String::from_utf16_lossy(&t));
                            }
                            i += 3;
                        }
                        Some(Tok::Open) => {
                            i += 3;
                            let mut c = lo;
                            while let Some(Tok::Hex(dst)) = toks.get(i) {
                                map.insert(c, String::from_utf16_lossy(&utf16(dst)));
                                c += 1;
                                i += 1;
                            }
                            i += 1; // ]
                        }
                        _ => break,
                    }
                }
            }
            _ => i += 1,
        }
    }
    map
}

/// Walks a page's content stream: text runs with glyph positions and
/// texts, a count of every operator, every drawing operator with the
/// marked content around it, and the MCIDs.
///
/// A glyph's text is its ToUnicode entry, except inside a marked-content
/// span with /ActualText (the writer wraps a cluster whose glyphs' usual
/// texts do not spell it, like a letter with a mark): there the first glyph
/// carries the ActualText and the others nothing, as a viewer copies it.
pub(crate) fn read_page(doc: &Document, page: ObjectId) -> PageContent {
    let fonts: BTreeMap<Vec<u8>, FontInfo> = doc
        .get_page_fonts(page)
        .expect("page fonts")
        .into_iter()
        .map(|(k, f)| (k, font_info(doc, f)))
        .collect();
    let (own, inherited) = doc.get_page_resources(page).expect("page resources");
    let resources: Vec<&Dictionary> = own
        .into_iter()
        .chain(
            inherited
                .iter()
                .filter_map(|id| doc.get_dictionary(*id).ok()),
        )
        .collect();
    let content = doc
        .get_and_decode_page_content(page)
        .expect("decodable page content");
    let mut out = PageContent::default();
    let mut current: Option<&FontInfo> = None;
    let (mut size, mut x) = (0.0_f32, 0.0_f32);
    // The open marked-content sequences, each with its ActualText until a
    // glyph takes it.
    let mut marks: Vec<(Mark, Option<String>)> = Vec::new();
    // BT and BDC/BMC as they open, to check that they nest.
    let mut nest: Vec<Option<usize>> = Vec::new();
    for (index, op) in content.operations.iter().enumerate() {
        *out.ops.entry(op.operator.clone()).or_default() += 1;
        let open = || marks.iter().map(|(m, _)| m.clone()).collect::<Vec<_>>();
        let kind = match op.operator.as_str() {
            "Tj" | "TJ" | "'" | "\"" => Some(DrawnKind::Text),
            "Do" | "BI" | "EI" => Some(DrawnKind::Picture),
            "f" | "F" | "f*" | "S" | "s" | "B" | "B*" | "b" | "b*" | "sh" => Some(DrawnKind::Path),
            _ => None,
        };
        if let Some(kind) = kind {
            out.drawn.push(Drawn {
                kind,
                op: op.operator.clone(),
                index,
                text: String::new(),
                marks: open(),
            });
        }
        match op.operator.as_str() {
            "BT" => nest.push(None),
            "ET" => match nest.pop() {
                Some(None) => {}
                Some(Some(m)) => out.nesting_errors.push(format!(
                    "operator {index}: ET closes the text object while {} (opened inside it) is open",
                    marks.get(m).map_or("a sequence".into(), |(m, _)| m.to_string())
                )),
                None => out
                    .nesting_errors
                    .push(format!("operator {index}: ET without BT")),
            },
            "BDC" | "BMC" => {
                let mark = open_mark(doc, &resources, op);
                if let Some(m) = mark.mcid {
                    if out.mcids.contains(&m) {
                        out.nesting_errors
                            .push(format!("operator {index}: MCID {m} is used twice on the page"));
                    }
                    out.mcids.push(m);
                }
                let actual = mark.actual_text.clone();
                marks.push((mark, actual));
                nest.push(Some(marks.len() - 1));
            }
            "EMC" => {
                match nest.pop() {
                    Some(Some(_)) => {}
                    Some(None) => out.nesting_errors.push(format!(
                        "operator {index}: EMC inside a text object (BT) opened after its BDC"
                    )),
                    None => out
                        .nesting_errors
                        .push(format!("operator {index}: EMC without BDC")),
                }
                marks.pop();
            }
            "Tf" => {
                let key = op.operands[0].as_name().expect("font name");
                current = fonts.get(key);
                size = num(&op.operands[1]);
                let font = current.map_or("?".to_string(), |f| f.base.clone());
                out.runs.push(TextRun {
                    font,
                    size,
                    y: f32::NAN,
                    glyphs: Vec::new(),
                });
            }
            "Tm" => {
                x = num(&op.operands[4]);
                let y = num(&op.operands[5]);
                // The font and size stay set across text objects and
                // baselines: each positioned stretch is a run of its own.
                match out.runs.last_mut() {
                    Some(run) if run.glyphs.is_empty() => run.y = y,
                    Some(run) => {
                        let next = TextRun {
                            font: run.font.clone(),
                            size: run.size,
                            y,
                            glyphs: Vec::new(),
                        };
                        out.runs.push(next);
                    }
                    None => {}
                }
            }
            "TJ" | "Tj" => {
                let info = current.expect("a font is set before text");
                let run = out.runs.last_mut().expect("a run");
                let shown = &mut out.drawn.last_mut().expect("recorded above").text;
                show_text(&op.operands[0], info, size, &mut x, &mut marks, run, shown);
            }
            _ => {}
        }
    }
    for open in nest {
        match open {
            None => out
                .nesting_errors
                .push("a text object (BT) is never closed".into()),
            Some(m) => out.nesting_errors.push(format!(
                "{} is never closed (EMC missing)",
                marks
                    .get(m)
                    .map_or("a sequence".into(), |(m, _)| m.to_string())
            )),
        }
    }
    out.runs.retain(|r| !r.glyphs.is_empty());
    out
}

/// The glyphs a `Tj` or `TJ` shows (`operand`), appended to `run` and
/// their text to `shown`; `x` advances. The open marked-content sequences
/// give each glyph its MCID, artifact kind and language, and an /ActualText
/// span gives its first glyph the span's text.
fn show_text(
    operand: &Object,
    info: &FontInfo,
    size: f32,
    x: &mut f32,
    marks: &mut [(Mark, Option<String>)],
    run: &mut TextRun,
    shown: &mut String,
) {
    let items: Vec<Object> = match operand {
        Object::Array(a) => a.clone(),
        other => vec![other.clone()],
    };
    let mcid = marks.iter().rev().find_map(|(m, _)| m.mcid);
    let artifact = marks.iter().find_map(|(m, _)| m.artifact.clone());
    let lang = marks.iter().rev().find_map(|(m, _)| m.lang.clone());
    let in_actual_text = marks.iter().any(|(m, _)| m.actual_text.is_some());
    for item in &items {
        match item {
            Object::String(bytes, _) => {
                for code in bytes.chunks(2) {
                    let cid = u16::from_be_bytes([code[0], *code.get(1).unwrap_or(&0)]);
                    let w = info.widths.get(&cid).copied().unwrap_or(info.default_width) * size
                        / 1000.0;
                    let unicode = info.to_unicode.get(&cid);
                    let text = if in_actual_text {
                        marks
                            .iter_mut()
                            .rev()
                            .find(|(m, _)| m.actual_text.is_some())
                            .and_then(|(_, t)| t.take())
                            .unwrap_or_default()
                    } else {
                        unicode.cloned().unwrap_or_default()
                    };
                    shown.push_str(&text);
                    run.glyphs.push(Glyph {
                        text,
                        x: *x,
                        w,
                        cid,
                        mapped: unicode.is_some_and(|t| !t.is_empty()),
                        in_actual_text,
                        mcid,
                        artifact: artifact.clone(),
                        lang: lang.clone(),
                    });
                    *x += w;
                }
            }
            Object::Integer(_) | Object::Real(_) => *x -= num(item) * size / 1000.0,
            _ => {}
        }
    }
}

pub(crate) fn pages(doc: &Document) -> Vec<PageContent> {
    doc.get_pages()
        .values()
        .map(|id| read_page(doc, *id))
        .collect()
}

/// Runs grouped into lines: consecutive runs on the same baseline.
pub(crate) fn lines(runs: &[TextRun]) -> Vec<Vec<&TextRun>> {
    let mut out: Vec<Vec<&TextRun>> = Vec::new();
    for r in runs {
        match out.last_mut() {
            Some(line) if (line[0].y - r.y).abs() < 0.01 => line.push(r),
            _ => out.push(vec![r]),
        }
    }
    out
}

/// The text of a page in logical (reading) order, one line of text per
/// line, as a viewer would copy it.
///
/// Left to right, that is the runs of each line from left to right (a list
/// item's bullet is drawn after its line, but is left of it). Right to
/// left, the writer draws text glyph by glyph in visual order (left to
/// right on paper), so stream-order extraction gives each Arabic word
/// reversed and the words of a line in reverse order. We undo exactly that,
/// the inverse of the bidi algorithm's reordering of a right-to-left line:
/// - each run is classed by its characters: right to left if it holds
///   Arabic letters, left to right if it holds other letters or digits
///   (NA, 12, an English pamphlet title), neutral otherwise (spaces,
///   punctuation), a neutral taking the direction of the strong runs on
///   both sides when they agree, else right to left (UAX #9, N1-N2);
/// - the line is read from right to left, except that a stretch of
///   left-to-right runs is read from left to right;
/// - the glyphs of a right-to-left run are reversed glyph by glyph, not
///   character by character: one glyph of a ligature such as lam-alef, or
///   an /ActualText cluster, stands for several characters in logical order;
///   a mark of no width stays after the glyph before it, its letter.
pub(crate) fn page_text(page: &PageContent, rtl: bool) -> String {
    let mut out = String::new();
    for (_, line) in reading_order(page, rtl) {
        out.extend(line.iter().map(|g| g.text.as_str()));
        out.push('\n');
    }
    out
}

/// The glyphs of a page in reading order, line by line with each line's
/// baseline: the order [`page_text`] reads them in (see there), each glyph
/// with its MCID.
pub(crate) fn reading_order(page: &PageContent, rtl: bool) -> Vec<(f32, Vec<Glyph>)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Dir {
        L,
        R,
        N,
    }
    let mut out: Vec<(f32, Vec<Glyph>)> = Vec::new();
    for line in lines(&page.runs) {
        let y = line[0].y;
        // A mark raised or lowered from the baseline is drawn from a `Tm`
        // of its own, right after its letter: it belongs to the letter's run.
        let mut merged: Vec<TextRun> = Vec::new();
        for run in line {
            match merged.last_mut() {
                Some(prev) if run.glyphs.iter().all(|g| g.w == 0.0) => {
                    prev.glyphs.extend(run.glyphs.iter().cloned())
                }
                _ => merged.push(run.clone()),
            }
        }
        let mut line: Vec<&TextRun> = merged.iter().collect();
        line.sort_by(|a, b| a.x0().total_cmp(&b.x0()));
        if !rtl {
            out.push((
                y,
                line.iter().flat_map(|r| r.glyphs.iter().cloned()).collect(),
            ));
            continue;
        }
        // The writer (and printpdf's own merging) may draw several words,
        // even of both directions, in one TJ: split each run where the
        // direction class of its glyphs changes, then reorder the pieces.
        let class = |t: &str| {
            if t.chars().any(is_arabic_letter) {
                Dir::R
            } else if t.chars().any(char::is_alphanumeric) {
                Dir::L
            } else {
                Dir::N
            }
        };
        let mut pieces: Vec<TextRun> = Vec::new();
        for run in &line {
            let mut cur: Option<(Dir, TextRun)> = None;
            for g in &run.glyphs {
                let d = class(&g.text);
                match &mut cur {
                    // A mark (no width) stays with its letter.
                    Some((cd, r)) if *cd == d || g.text.is_empty() || g.w == 0.0 => {
                        r.glyphs.push(g.clone())
                    }
                    _ => {
                        if let Some((_, r)) = cur.take() {
                            pieces.push(r);
                        }
                        cur = Some((
                            d,
                            TextRun {
                                font: run.font.clone(),
                                size: run.size,
                                y: run.y,
                                glyphs: vec![g.clone()],
                            },
                        ));
                    }
                }
            }
            if let Some((_, r)) = cur {
                pieces.push(r);
            }
        }
        let line: Vec<&TextRun> = pieces.iter().collect();
        let dirs: Vec<Dir> = line
            .iter()
            .map(|r| {
                if r.has_arabic() {
                    Dir::R
                } else if r.text().chars().any(char::is_alphanumeric) {
                    Dir::L
                } else {
                    Dir::N
                }
            })
            .collect();
        let resolved: Vec<Dir> = (0..dirs.len())
            .map(|i| {
                if dirs[i] != Dir::N {
                    return dirs[i];
                }
                let prev = dirs[..i].iter().rev().find(|d| **d != Dir::N);
                let next = dirs[i + 1..].iter().find(|d| **d != Dir::N);
                if prev == Some(&Dir::L) && next == Some(&Dir::L) {
                    Dir::L
                } else {
                    Dir::R
                }
            })
            .collect();
        // Right to left, then each left-to-right stretch back in order.
        let mut order: Vec<usize> = (0..line.len()).rev().collect();
        let mut k = 0;
        while k < order.len() {
            let mut end = k;
            while end < order.len() && resolved[order[end]] == Dir::L {
                end += 1;
            }
            order[k..end].reverse();
            k = end.max(k + 1);
        }
        let mut read: Vec<Glyph> = Vec::new();
        for i in order {
            if resolved[i] == Dir::R {
                // A mark of no width (a haraka mapped on its own) is drawn
                // after the letter it sits on: it stays after it.
                let mut units: Vec<Vec<Glyph>> = Vec::new();
                for g in &line[i].glyphs {
                    match units.last_mut() {
                        Some(u) if g.w == 0.0 && !g.text.is_empty() => u.push(g.clone()),
                        _ => units.push(vec![g.clone()]),
                    }
                }
                read.extend(units.into_iter().rev().flatten());
            } else {
                read.extend(line[i].glyphs.iter().cloned());
            }
        }
        out.push((y, read));
    }
    out
}
