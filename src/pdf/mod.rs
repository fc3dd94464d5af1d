//! Stage 6, pdf: frames to a PDF file. In: the typeset pages and the font
//! book. Out: PDF bytes. printpdf is used as a writer only: glyphs go in as
//! glyph ids with the characters they stand for (so copy/paste and
//! `pdftotext` give the real words); each font is subset here with
//! `subsetter` and embedded. lopdf then sets what printpdf does not: PDF
//! version 1.7, `/Lang`, fixed dates (from `SOURCE_DATE_EPOCH` or the topic's
//! review date) and a document id derived from the content, so the same
//! inputs give byte-identical files. No patient data is ever written to
//! metadata: only the leaflet title and language.

mod content;
mod id;
mod memo;
mod meta;
mod text;

pub use id::read_id;

use crate::diag::{Diagnostic, Result};
use crate::layout::{FontBook, Item, Laid};
use content::{color, pt, rounded_rect};
use memo::MEMO;
use printpdf::{
    FontId, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Polygon, PolygonRing, Pt, WindingOrder,
};
use std::collections::BTreeMap;
use text::{clusters, emit_glyphs, merge_runs, RunCtx};

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
    meta::finish(&mut lo, laid, meta)?;
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
