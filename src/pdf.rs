//! Stage 6, pdf: frames to a PDF file. In: the typeset pages and the font
//! book. Out: PDF bytes. printpdf is used as a writer only: glyphs go in as
//! glyph ids with the characters they stand for (so copy/paste and
//! `pdftotext` give the real words); each font is subset here with
//! `subsetter` and embedded. lopdf then sets what printpdf does not: PDF
//! version 1.7, `/Lang`, fixed dates (from `SOURCE_DATE_EPOCH` or the topic's
//! review date) and a document id derived from the content, so the same
//! inputs give byte-identical files. No patient data is ever written to
//! metadata: only the leaflet title and language.

use crate::diag::{Diagnostic, Result};
use crate::layout::{FontBook, Item, Laid, Rgb};
use printpdf::{
    Color, FontId, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, TextItem, TextMatrix, WindingOrder,
};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What goes into the PDF besides the pages.
#[derive(Debug, Clone)]
pub struct PdfMeta {
    /// Creation and modification time, seconds since 1970 (UTC).
    pub epoch: i64,
    /// The document id: a digest of everything the leaflet is made from,
    /// so the same inputs give the same file.
    pub id: [u8; 16],
}

/// A 64-bit FNV-1a hash, for deterministic subset tags and image names.
#[derive(Debug, Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new(seed: u64) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325 ^ seed)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

fn pt(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

fn ctrl(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: true,
    }
}

fn rounded_rect(x: f32, y: f32, w: f32, h: f32, r: f32) -> Vec<LinePoint> {
    let r = r.min(w / 2.0).min(h / 2.0);
    if r <= 0.0 {
        return vec![pt(x, y), pt(x + w, y), pt(x + w, y + h), pt(x, y + h)];
    }
    let k = r * 0.552_284_8;
    let (x1, y1) = (x + w, y + h);
    vec![
        pt(x + r, y),
        pt(x1 - r, y),
        ctrl(x1 - r + k, y),
        ctrl(x1, y + r - k),
        pt(x1, y + r),
        pt(x1, y1 - r),
        ctrl(x1, y1 - r + k),
        ctrl(x1 - r + k, y1),
        pt(x1 - r, y1),
        pt(x + r, y1),
        ctrl(x + r - k, y1),
        ctrl(x, y1 - r + k),
        pt(x, y1 - r),
        pt(x, y + r),
        ctrl(x, y + r - k),
        ctrl(x + r - k, y),
        pt(x + r, y),
    ]
}

/// Writes the PDF.
pub fn write(laid: &Laid, fonts: &FontBook, meta: &PdfMeta) -> Result<Vec<u8>> {
    // 1. Glyphs used per face, with the text each stands for.
    let mut used: BTreeMap<usize, BTreeMap<u16, String>> = BTreeMap::new();
    for frame in &laid.frames {
        for item in &frame.items {
            if let Item::Glyphs(run) = item {
                let map = used.entry(run.face).or_default();
                for g in &run.glyphs {
                    let e = map.entry(g.gid).or_default();
                    if e.is_empty() {
                        *e = g.text.to_string();
                    }
                }
            }
        }
    }

    // 2. Subset each face and register it under a fixed resource name.
    let mut doc = PdfDocument::new(&laid.title);
    let mut remaps: BTreeMap<usize, (FontId, subsetter::GlyphRemapper, Vec<u16>)> = BTreeMap::new();
    for (face, glyphs) in &used {
        let f = &fonts.faces[*face];
        let mut remapper = subsetter::GlyphRemapper::new();
        remapper.remap(0);
        for gid in glyphs.keys() {
            remapper.remap(*gid);
        }
        let subset = MEMO
            .with_borrow_mut(|m| m.subset(&f.data, &remapper))
            .map_err(|e| damaged(f, &format!("its glyphs cannot be embedded ({e:?})")))?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&subset, 0, &mut warnings)
            .ok_or_else(|| damaged(f, "it cannot be embedded"))?;
        let mut tag_hash = Fnv::new(*face as u64);
        for gid in glyphs.keys() {
            tag_hash.write(&gid.to_le_bytes());
        }
        let tag: String = (0..6)
            .map(|i| (b'A' + ((tag_hash.0 >> (i * 5)) % 26) as u8) as char)
            .collect();
        parsed.font_name = Some(format!("{tag}+{}", f.name));
        // Widths in the subset, in the font's units, to compute kerning offsets.
        let widths: Vec<u16> = (0..remapper.num_gids())
            .map(|new| parsed.get_glyph_width(new).unwrap_or(0))
            .collect();
        let id = FontId(format!("F{face}"));
        doc.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(parsed));
        remaps.insert(*face, (id, remapper, widths));
    }

    // 3. Pages.
    let mut pages = Vec::with_capacity(laid.frames.len());
    let mut images: BTreeMap<u64, printpdf::XObjectId> = BTreeMap::new();
    for frame in &laid.frames {
        let mut ops = Vec::new();
        let mut in_text = false;
        // Glyph runs of one face, size and colour on one baseline (the words
        // of a line) become one run: one TJ instead of one per word.
        let merged = merge_runs(&frame.items);
        let mut state: Option<(usize, u32, [u32; 3])> = None;
        for item in merged.iter() {
            match item.as_ref() {
                Item::Glyphs(run) => {
                    let (id, remapper, widths) = &remaps[&run.face];
                    let upem = f32::from(fonts.faces[run.face].units_per_em);
                    if !in_text {
                        ops.push(Op::StartTextSection);
                        in_text = true;
                    }
                    let now = (
                        run.face,
                        run.size.to_bits(),
                        [
                            run.color.0.to_bits(),
                            run.color.1.to_bits(),
                            run.color.2.to_bits(),
                        ],
                    );
                    if state.map(|s| s.2) != Some(now.2) {
                        ops.push(Op::SetFillColor {
                            col: color(run.color),
                        });
                    }
                    if state.map(|s| (s.0, s.1)) != Some((now.0, now.1)) {
                        ops.push(Op::SetFont {
                            font: PdfFontHandle::External(id.clone()),
                            size: Pt(run.size),
                        });
                    }
                    state = Some(now);
                    let canon = &used[&run.face];
                    let ctx = RunCtx {
                        run,
                        remapper,
                        widths,
                        upem,
                        canon,
                    };
                    // A cluster whose glyphs' usual texts (ToUnicode holds one
                    // text per glyph) do not spell its real text, say a letter
                    // drawn as a base and a dot the font also uses elsewhere,
                    // is wrapped in /ActualText so extraction gives its words.
                    let groups = clusters(&run.glyphs);
                    let mut plain_from = 0;
                    for g in groups {
                        let cluster = &run.glyphs[g.clone()];
                        let spelled = cluster
                            .iter()
                            .flat_map(|p| p.text.chars())
                            .eq(cluster.iter().flat_map(|p| canon[&p.gid].chars()));
                        if !spelled {
                            let real: String = cluster.iter().map(|p| &*p.text).collect();
                            emit_glyphs(&mut ops, &ctx, plain_from..g.start);
                            ops.push(Op::BeginMarkedContentWithProperties {
                                tag: "Span".into(),
                                properties: printpdf::DictItem::Dict {
                                    map: [(
                                        "ActualText".to_string(),
                                        printpdf::DictItem::String {
                                            data: utf16_bytes(&real),
                                            literal: false,
                                        },
                                    )]
                                    .into_iter()
                                    .collect(),
                                },
                            });
                            emit_glyphs(&mut ops, &ctx, g.clone());
                            ops.push(Op::EndMarkedContentWithProperties);
                            plain_from = g.end;
                        }
                    }
                    emit_glyphs(&mut ops, &ctx, plain_from..run.glyphs.len());
                }
                Item::Rect {
                    x,
                    y,
                    w,
                    h,
                    radius,
                    fill,
                    stroke,
                } => {
                    if in_text {
                        ops.push(Op::EndTextSection);
                        in_text = false;
                    }
                    state = None;
                    let mode = match (fill, stroke) {
                        (Some(_), Some(_)) => PaintMode::FillStroke,
                        (Some(_), None) => PaintMode::Fill,
                        _ => PaintMode::Stroke,
                    };
                    if let Some(f) = fill {
                        ops.push(Op::SetFillColor { col: color(*f) });
                    }
                    if let Some((c, width)) = stroke {
                        ops.push(Op::SetOutlineColor { col: color(*c) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                    }
                    ops.push(Op::DrawPolygon {
                        polygon: Polygon {
                            rings: vec![PolygonRing {
                                points: rounded_rect(*x, *y, *w, *h, *radius),
                            }],
                            mode,
                            winding_order: WindingOrder::NonZero,
                        },
                    });
                }
                Item::Line {
                    from,
                    to,
                    color: c,
                    width,
                } => {
                    if in_text {
                        ops.push(Op::EndTextSection);
                        in_text = false;
                    }
                    ops.push(Op::SetOutlineColor { col: color(*c) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                    ops.push(Op::DrawLine {
                        line: printpdf::Line {
                            points: vec![pt(from.0, from.1), pt(to.0, to.1)],
                            is_closed: false,
                        },
                    });
                }
                Item::Image {
                    x,
                    y,
                    w,
                    h,
                    picture,
                } => {
                    if in_text {
                        ops.push(Op::EndTextSection);
                        in_text = false;
                    }
                    let mut key = Fnv::new(7);
                    key.write(&picture.data);
                    let next = images.len();
                    let id = match images.get(&key.0) {
                        Some(id) => id.clone(),
                        None => {
                            let mut warnings = Vec::new();
                            let raw =
                                printpdf::RawImage::decode_from_bytes(&picture.data, &mut warnings)
                                    .map_err(|e| {
                                        Diagnostic::error(format!(
                                            "the picture is damaged: {e}"
                                        ))
                                        .at(crate::diag::Location::file(&picture.path))
                                        .hint("open it in an image editor and save it again as PNG or JPEG")
                                    })?;
                            let id = printpdf::XObjectId(format!("Im{next}"));
                            doc.resources
                                .xobjects
                                .map
                                .insert(id.clone(), printpdf::XObject::Image(raw));
                            images.insert(key.0, id.clone());
                            id
                        }
                    };
                    ops.push(Op::UseXobject {
                        id,
                        transform: printpdf::XObjectTransform {
                            translate_x: Some(Pt(*x)),
                            translate_y: Some(Pt(*y)),
                            rotate: None,
                            scale_x: Some(*w / picture.width_px.max(1) as f32),
                            scale_y: Some(*h / picture.height_px.max(1) as f32),
                            dpi: Some(72.0),
                            no_auto_scale: false,
                        },
                    });
                }
            }
        }
        for link in &frame.links {
            ops.push(Op::LinkAnnotation {
                link: printpdf::LinkAnnotation::new(
                    printpdf::Rect {
                        x: Pt(link.x),
                        y: Pt(link.y),
                        width: Pt(link.w),
                        height: Pt(link.h),
                        mode: None,
                        winding_order: None,
                    },
                    printpdf::Actions::Uri(link.uri.clone()),
                    Some(printpdf::BorderArray::Solid([0.0, 0.0, 0.0])),
                    None,
                    None,
                ),
            });
        }
        if in_text {
            ops.push(Op::EndTextSection);
        }
        // Exact points: a round trip through millimetres leaves 612.00006.
        let bx = printpdf::Rect {
            x: Pt(0.0),
            y: Pt(0.0),
            width: Pt(frame.width.0),
            height: Pt(frame.height.0),
            mode: None,
            winding_order: None,
        };
        pages.push(PdfPage {
            media_box: bx.clone(),
            trim_box: bx.clone(),
            crop_box: bx,
            ops,
        });
    }
    doc.pages = pages;

    // 4. Serialize through lopdf and fix what printpdf leaves open.
    let opts = PdfSaveOptions {
        subset_fonts: false,
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    finish(&mut lo, laid, meta)?;
    // Dictionaries go into an object stream, left uncompressed: lopdf
    // compresses an object stream with a zlib compressor of its own, made
    // for each PDF (a 371 KB block), and in a batch those blocks fragment
    // the heap: peak memory rose from 34 MB to as much as 46 MB. Unpacked,
    // a leaflet is 2-3.5 KB larger (en-US 15.2 -> 17.1 KB). Every other
    // stream is compressed in `finish`, with a compressor kept per thread.
    let mut out = Vec::new();
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(0)
        .build();
    lo.save_with_options(&mut out, options)
        .map_err(|e| Diagnostic::error(format!("cannot write the PDF: {e}")))?;
    Ok(out)
}

/// The error for a font file that cannot be embedded, and why.
fn damaged(f: &crate::layout::Face, why: &str) -> Diagnostic {
    Diagnostic::error(format!("the font {} is damaged: {why}", f.name))
        .at(crate::diag::Location::file(&f.path))
        .hint("replace the file with an intact copy of the font (.ttf, .otf)")
}

fn utf16_bytes(s: &str) -> Vec<u8> {
    let mut v = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        v.extend_from_slice(&u.to_be_bytes());
    }
    v
}

fn utf16(s: &str) -> lopdf::Object {
    lopdf::Object::String(utf16_bytes(s), lopdf::StringFormat::Hexadecimal)
}

/// Joins consecutive glyph runs that share face, size, colour and baseline.
fn merge_runs(items: &[Item]) -> Vec<std::borrow::Cow<'_, Item>> {
    use std::borrow::Cow;
    let mut out: Vec<Cow<'_, Item>> = Vec::with_capacity(items.len());
    for item in items {
        if let (Item::Glyphs(run), Some(last)) = (item, out.last_mut()) {
            if let Item::Glyphs(prev) = last.as_ref() {
                if prev.face == run.face
                    && prev.size == run.size
                    && prev.color == run.color
                    && prev.baseline == run.baseline
                    && prev.rtl == run.rtl
                {
                    if let Item::Glyphs(p) = last.to_mut() {
                        p.glyphs.extend(run.glyphs.iter().cloned());
                    }
                    continue;
                }
            }
        }
        out.push(Cow::Borrowed(item));
    }
    out
}

/// What one glyph run needs to be written.
struct RunCtx<'a> {
    run: &'a crate::layout::GlyphRun,
    remapper: &'a subsetter::GlyphRemapper,
    widths: &'a [u16],
    upem: f32,
    canon: &'a BTreeMap<u16, String>,
}

/// Glyph index ranges of clusters: a glyph with text starts one, the
/// glyphs without text after it (marks, parts of a letter) belong to it.
fn clusters(glyphs: &[crate::layout::PlacedGlyph]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, g) in glyphs.iter().enumerate() {
        match out.last_mut() {
            Some(r) if g.text.is_empty() => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// Writes glyphs `range` of a run: one TJ per stretch on the baseline, with
/// offsets where the shaped advance differs from the font's width. A glyph
/// off the baseline (a mark) is raised with Ts, so text extraction keeps it
/// on its line.
fn emit_glyphs(ops: &mut Vec<Op>, ctx: &RunCtx<'_>, range: std::ops::Range<usize>) {
    let run = ctx.run;
    let glyphs = &run.glyphs[range];
    let mut i = 0;
    while i < glyphs.len() {
        let first = &glyphs[i];
        let rise = first.y - run.baseline;
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(first.x), Pt(run.baseline)),
        });
        if rise != 0.0 {
            ops.push(Op::SetLineOffset { multiplier: rise });
        }
        let mut cps = Vec::new();
        let mut j = i;
        while j < glyphs.len() && glyphs[j].y == first.y && (rise == 0.0 || j == i) {
            let g = &glyphs[j];
            let new = ctx.remapper.get(g.gid).unwrap_or(0);
            let w =
                f32::from(ctx.widths.get(new as usize).copied().unwrap_or(0)) * run.size / ctx.upem;
            let offset = match glyphs.get(j + 1) {
                Some(n) if n.y == first.y && rise == 0.0 => {
                    ((g.x + w - n.x) * 1000.0 / run.size * 10.0).round() / 10.0
                }
                _ => 0.0,
            };
            cps.push(printpdf::Codepoint {
                gid: new,
                offset: if offset.abs() < 0.05 { 0.0 } else { offset },
                cid: Some(ctx.canon[&g.gid].clone()),
            });
            j += 1;
        }
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(cps)],
        });
        if rise != 0.0 {
            ops.push(Op::SetLineOffset { multiplier: 0.0 });
        }
        i = j;
    }
}

fn pdf_date(epoch: i64) -> String {
    let days = epoch.div_euclid(86_400);
    let secs = epoch.rem_euclid(86_400);
    // Civil from days (Howard Hinnant).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "D:{y:04}{m:02}{d:02}{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

fn finish(lo: &mut lopdf::Document, laid: &Laid, meta: &PdfMeta) -> Result<()> {
    use lopdf::{Dictionary, Object};
    lo.version = "1.7".to_string();
    let date = Object::String(
        pdf_date(meta.epoch).into_bytes(),
        lopdf::StringFormat::Literal,
    );
    let mut info = Dictionary::new();
    info.set("Title", utf16(&laid.title));
    info.set("Creator", Object::string_literal("handout"));
    info.set(
        "Producer",
        Object::string_literal(format!("handout {} (printpdf)", env!("CARGO_PKG_VERSION"))),
    );
    info.set("CreationDate", date.clone());
    info.set("ModDate", date);
    let info_id = lo.trailer.get(b"Info").and_then(Object::as_reference).ok();
    if let Some(id) = info_id {
        lo.objects.insert(id, Object::Dictionary(info));
    }
    let root = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| Diagnostic::error("the PDF writer produced no catalog"))?;
    if let Ok(Object::Dictionary(cat)) = lo.get_object_mut(root) {
        cat.set("Lang", Object::string_literal(laid.lang.clone()));
        cat.set("ViewerPreferences", {
            let mut vp = Dictionary::new();
            vp.set("DisplayDocTitle", Object::Boolean(true));
            vp
        });
        cat.remove(b"Metadata");
    }
    add_outline(lo, laid, root);
    let doc_id = Object::String(meta.id.to_vec(), lopdf::StringFormat::Hexadecimal);
    lo.trailer
        .set("ID", Object::Array(vec![doc_id.clone(), doc_id]));
    lo.prune_objects();
    lo.renumber_objects();
    compress_streams(lo);
    Ok(())
}

/// Deflates every stream not yet compressed, at level 3: about 2 % larger
/// than lopdf's own `compress` (level 9) for a fraction of the time, which a
/// batch of thousands feels. Font programs and their ToUnicode maps come
/// back unchanged whenever a leaflet uses the same glyphs as an earlier one,
/// so their compressed form is memoised (see [`Memo`]); page contents never
/// repeat and are compressed each time.
fn compress_streams(lo: &mut lopdf::Document) {
    let contents: std::collections::BTreeSet<lopdf::ObjectId> = lo
        .page_iter()
        .flat_map(|page| lo.get_page_contents(page))
        .collect();
    MEMO.with_borrow_mut(|memo| {
        for (id, obj) in lo.objects.iter_mut() {
            if let lopdf::Object::Stream(st) = obj {
                if st.dict.get(b"Filter").is_ok() || st.content.len() < 64 {
                    continue;
                }
                let packed = if contents.contains(id) {
                    memo.deflate(&st.content)
                } else {
                    memo.deflate_memoised(&st.content).to_vec()
                };
                if packed.len() < st.content.len() {
                    st.dict
                        .set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
                    st.set_content(packed);
                }
            }
        }
    });
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::new());
}

/// Work a batch repeats, kept per thread. Each leaflet embeds its fonts
/// subset to the glyphs it uses, and leaflets of one language mostly use the
/// same glyphs, so the same subset font programs, and the same compressed
/// streams, come back again and again. Entries are keyed by their whole
/// input (the font file itself and the glyph ids; a stream's bytes), so a
/// remembered result is exactly what computing it again would give, and a
/// batch stays byte-identical to single renders. Bounded to [`MEMO_BYTES`]
/// per thread; the oldest entries go first.
struct Memo {
    /// One zlib compressor, reset between streams: creating one clears
    /// several hundred kilobytes of tables, more work than compressing a
    /// small stream. A reset compressor gives the same bytes as a new one.
    zlib: flate2::Compress,
    subsets: std::collections::VecDeque<(FontKey, Vec<u16>, Arc<[u8]>)>,
    streams: std::collections::VecDeque<(u64, Vec<u8>, Arc<[u8]>)>,
    bytes: usize,
}

/// Memory the memo may hold per thread.
const MEMO_BYTES: usize = 1024 * 1024;

/// A font file, by identity: built-in fonts by address, a user's font by
/// its shared buffer, which the key keeps alive so the address cannot be
/// reused by another font.
enum FontKey {
    Static(&'static [u8]),
    Owned(Arc<[u8]>),
}

impl FontKey {
    fn of(data: &crate::load::Bytes) -> FontKey {
        match data {
            crate::load::Bytes::Static(b) => FontKey::Static(b),
            crate::load::Bytes::Owned(b) => FontKey::Owned(b.clone()),
        }
    }

    fn is(&self, data: &crate::load::Bytes) -> bool {
        match (self, data) {
            (FontKey::Static(a), crate::load::Bytes::Static(b)) => std::ptr::eq(*a, *b),
            (FontKey::Owned(a), crate::load::Bytes::Owned(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Memo {
    fn new() -> Memo {
        Memo {
            zlib: flate2::Compress::new(flate2::Compression::new(3), true),
            subsets: Default::default(),
            streams: Default::default(),
            bytes: 0,
        }
    }

    /// `font` subset to the glyphs `remapper` lists, in its order.
    fn subset(
        &mut self,
        font: &crate::load::Bytes,
        remapper: &subsetter::GlyphRemapper,
    ) -> std::result::Result<Arc<[u8]>, subsetter::Error> {
        let gids: Vec<u16> = remapper.remapped_gids().collect();
        if let Some((_, _, hit)) = self
            .subsets
            .iter()
            .find(|(k, g, _)| k.is(font) && *g == gids)
        {
            return Ok(hit.clone());
        }
        let made: Arc<[u8]> = subsetter::subset(font.as_slice(), 0, remapper)?.into();
        self.bytes += made.len() + 2 * gids.len();
        self.subsets
            .push_back((FontKey::of(font), gids, made.clone()));
        self.trim();
        Ok(made)
    }

    /// `data` compressed, remembered for the next time it comes.
    fn deflate_memoised(&mut self, data: &[u8]) -> Arc<[u8]> {
        let mut h = Fnv::new(0);
        h.write(data);
        if let Some((_, _, hit)) = self
            .streams
            .iter()
            .find(|(k, d, _)| *k == h.0 && d.as_slice() == data)
        {
            return hit.clone();
        }
        let packed: Arc<[u8]> = self.deflate(data).into();
        self.bytes += data.len() + packed.len();
        self.streams.push_back((h.0, data.to_vec(), packed.clone()));
        self.trim();
        packed
    }

    /// `data` compressed as a zlib stream.
    fn deflate(&mut self, data: &[u8]) -> Vec<u8> {
        self.zlib.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let read = usize::try_from(self.zlib.total_in()).unwrap_or(usize::MAX);
            let status = self
                .zlib
                .compress_vec(
                    &data[read.min(data.len())..],
                    &mut out,
                    flate2::FlushCompress::Finish,
                )
                .expect("deflate on a fresh stream with room to write cannot fail");
            if status == flate2::Status::StreamEnd {
                return out;
            }
            out.reserve(out.capacity().max(1024));
        }
    }

    /// Drops the oldest entries until the memo fits its budget.
    fn trim(&mut self) {
        while self.bytes > MEMO_BYTES {
            let freed = if self.subsets.len() > self.streams.len() {
                self.subsets
                    .pop_front()
                    .map(|(_, g, s)| s.len() + 2 * g.len())
            } else {
                self.streams.pop_front().map(|(_, d, p)| d.len() + p.len())
            };
            match freed {
                Some(n) => self.bytes -= n,
                None => break,
            }
        }
    }
}

/// PDF bookmarks for the headings, in reading order (printpdf's own sorts
/// them by name within a page).
fn add_outline(lo: &mut lopdf::Document, laid: &Laid, root: lopdf::ObjectId) {
    use lopdf::{Dictionary, Object};
    if laid.outline.is_empty() {
        return;
    }
    let pages = lo.get_pages();
    let outlines_id = lo.new_object_id();
    let ids: Vec<lopdf::ObjectId> = laid.outline.iter().map(|_| lo.new_object_id()).collect();
    for (i, entry) in laid.outline.iter().enumerate() {
        let Some(page) = pages.get(&(entry.page as u32 + 1)) else {
            continue;
        };
        let mut item = Dictionary::new();
        item.set("Title", utf16(&entry.title));
        item.set("Parent", Object::Reference(outlines_id));
        item.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(*page),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(entry.y),
                Object::Null,
            ]),
        );
        if i > 0 {
            item.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            item.set("Next", Object::Reference(*next));
        }
        lo.objects.insert(ids[i], Object::Dictionary(item));
    }
    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    outlines.set("First", Object::Reference(ids[0]));
    outlines.set("Last", Object::Reference(*ids.last().expect("not empty")));
    outlines.set("Count", Object::Integer(ids.len() as i64));
    lo.objects.insert(outlines_id, Object::Dictionary(outlines));
    if let Ok(Object::Dictionary(cat)) = lo.get_object_mut(root) {
        cat.set("Outlines", Object::Reference(outlines_id));
    }
}

/// The document id of a PDF written here, read from the end of the file
/// (the cross-reference stream's dictionary), without parsing the rest.
pub fn read_id(pdf_tail: &[u8]) -> Option<[u8; 16]> {
    let at = pdf_tail.windows(4).rposition(|w| w == b"/ID[")?;
    let rest = &pdf_tail[at + 4..];
    let open = rest.iter().position(|&b| b == b'<')?;
    let close = rest[open..].iter().position(|&b| b == b'>')? + open;
    let hex = std::str::from_utf8(&rest[open + 1..close]).ok()?;
    if hex.len() != 32 {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_are_utc() {
        assert_eq!(pdf_date(0), "D:19700101000000Z");
        assert_eq!(pdf_date(1_793_491_200 + 3661), "D:20261101010101Z");
    }

    /// What a memoised or reused compressor gives is what a fresh one
    /// gives, whatever came before: a batch must equal single renders.
    #[test]
    fn memo_gives_what_fresh_work_gives() {
        use std::io::{Read, Write};
        let a: Vec<u8> = (0..20_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let b: Vec<u8> = b"BT /F0 12 Tf (hello) Tj ET ".repeat(300);
        let fresh = |data: &[u8]| {
            let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(3));
            enc.write_all(data).unwrap();
            enc.finish().unwrap()
        };
        let mut memo = Memo::new();
        let first_a = memo.deflate(&a);
        let b_packed = memo.deflate_memoised(&b);
        let again_a = memo.deflate(&a);
        assert_eq!(first_a, fresh(&a));
        assert_eq!(again_a, first_a);
        assert_eq!(&*b_packed, fresh(&b).as_slice());
        assert!(Arc::ptr_eq(&b_packed, &memo.deflate_memoised(&b)));
        let mut back = Vec::new();
        flate2::read::ZlibDecoder::new(&*b_packed)
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, b);

        // Subsets are keyed by the font file itself, not only the glyphs.
        let fonts = crate::load::Content::builtin();
        let files = fonts.fonts();
        let regular = files
            .iter()
            .find(|f| f.rel.ends_with("NotoSans-Regular.ttf"))
            .expect("built-in font");
        let bold = files
            .iter()
            .find(|f| f.rel.ends_with("NotoSans-Bold.ttf"))
            .expect("built-in font");
        let mut remapper = subsetter::GlyphRemapper::new();
        for gid in [0, 36, 37, 38] {
            remapper.remap(gid);
        }
        let r = memo.subset(&regular.bytes, &remapper).unwrap();
        let b = memo.subset(&bold.bytes, &remapper).unwrap();
        assert_ne!(r, b);
        assert_eq!(
            &*r,
            subsetter::subset(regular.bytes.as_slice(), 0, &remapper)
                .unwrap()
                .as_slice()
        );
        assert!(Arc::ptr_eq(
            &r,
            &memo.subset(&regular.bytes, &remapper).unwrap()
        ));
    }
}
