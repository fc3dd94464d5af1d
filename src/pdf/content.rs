//! Stage 6, pdf: one page's content. In: a typeset frame (glyph runs,
//! rectangles, lines, pictures, link areas, in points from the bottom left)
//! and the subset fonts. Out: a printpdf page: its operators, in painting
//! order, and its boxes; each picture is registered in the document once.
//! [`PageWriter::item`] sends each kind of item to its own function, as
//! Typst's `handle_frame` does; glyph runs are written in `text.rs`.

use super::fonts::Subset;
use super::text::{merge_runs, TextState};
use super::Fnv;
use crate::diag::{Diagnostic, Location, Result};
use crate::doc::Picture;
use crate::layout::{Artifact, Frame, Item, LinkArea, Rgb, Structure, Tag};
use printpdf::{
    Color, DictItem, LinePoint, Op, PaintMode, PdfPage, Point, Polygon, PolygonRing, Pt,
    WindingOrder, XObjectId, XObjectMap,
};
use std::collections::BTreeMap;

/// The pictures of a document: each is embedded once, however often it is
/// drawn, and named by the order it first appears in.
pub(super) struct Pictures<'d> {
    /// The document's XObjects, where a picture is registered.
    xobjects: &'d mut XObjectMap,
    /// A picture's contents (hashed) to its name.
    names: BTreeMap<u64, XObjectId>,
}

impl<'d> Pictures<'d> {
    /// Pictures to register in `xobjects`.
    pub(super) fn new(xobjects: &'d mut XObjectMap) -> Self {
        Pictures {
            xobjects,
            names: BTreeMap::new(),
        }
    }

    /// The name of `picture`, decoding and registering it the first time.
    fn name(&mut self, picture: &Picture) -> Result<XObjectId> {
        let mut key = Fnv::new(7);
        key.write(&picture.data);
        if let Some(id) = self.names.get(&key.0) {
            return Ok(id.clone());
        }
        let mut warnings = Vec::new();
        let raw =
            printpdf::RawImage::decode_from_bytes(&picture.data, &mut warnings).map_err(|e| {
                Diagnostic::error(format!("the picture is damaged: {e}"))
                    .at(Location::file(&picture.path))
                    .hint("open it in an image editor and save it again as PNG or JPEG")
            })?;
        let id = XObjectId(format!("Im{}", self.names.len()));
        self.xobjects
            .map
            .insert(id.clone(), printpdf::XObject::Image(raw));
        self.names.insert(key.0, id.clone());
        Ok(id)
    }
}

/// One page being written: its operators so far and the graphics state
/// they leave, so that state is set only when it changes.
pub(super) struct PageWriter<'a, 'd> {
    /// The page's operators, in painting order.
    pub(super) ops: Vec<Op>,
    /// Inside a text section (BT … ET).
    in_text: bool,
    /// The font and fill colour the last glyph run set; `None` when a
    /// shape has set the fill colour since.
    pub(super) text: Option<TextState>,
    /// The subset fonts, by face index.
    pub(super) fonts: &'a BTreeMap<usize, Subset>,
    /// The document's pictures.
    pictures: &'a mut Pictures<'d>,
    /// The document's structure, for the role each marked span names.
    structure: &'a Structure,
    /// The marked-content span open now.
    mark: Option<OpenMark>,
    /// Each marked-content id (the index) given on this page: the element
    /// it belongs to and its place in reading order.
    pub(super) mcids: Vec<(u32, u32)>,
}

/// A marked-content span being written.
#[derive(Debug, Clone, Copy, PartialEq)]
struct OpenMark {
    /// What it marks.
    tag: Tag,
    /// Opened inside a text section (so it closes before the section does).
    text: bool,
    /// The last place in reading order its content holds.
    last_seq: u32,
}

/// A written page and its marked-content ids ([`PageWriter::mcids`]).
pub(super) struct WrittenPage {
    pub(super) page: PdfPage,
    pub(super) mcids: Vec<(u32, u32)>,
}

impl<'a, 'd> PageWriter<'a, 'd> {
    /// Writes `frame` as a page.
    pub(super) fn page(
        frame: &Frame,
        fonts: &'a BTreeMap<usize, Subset>,
        pictures: &'a mut Pictures<'d>,
        structure: &'a Structure,
    ) -> Result<WrittenPage> {
        let mut w = PageWriter {
            ops: Vec::new(),
            in_text: false,
            text: None,
            fonts,
            pictures,
            structure,
            mark: None,
            mcids: Vec::new(),
        };
        // Glyph runs of one face, size and colour on one baseline (the words
        // of a line) become one run: one TJ instead of one per word.
        for (item, last_seq) in merge_runs(&frame.items) {
            w.item(&item, last_seq)?;
        }
        w.close_mark();
        w.end_text();
        w.links(&frame.links);
        // Exact points: a round trip through millimetres leaves 612.00006.
        let bx = printpdf::Rect {
            x: Pt(0.0),
            y: Pt(0.0),
            width: Pt(frame.width.0),
            height: Pt(frame.height.0),
            mode: None,
            winding_order: None,
        };
        Ok(WrittenPage {
            page: PdfPage {
                media_box: bx.clone(),
                trim_box: bx.clone(),
                crop_box: bx,
                ops: w.ops,
            },
            mcids: w.mcids,
        })
    }

    /// Writes one item, by its kind; `last_seq` is the last place in
    /// reading order it holds.
    fn item(&mut self, item: &Item, last_seq: u32) -> Result<()> {
        match item {
            Item::Glyphs(run) => self.glyphs(run, last_seq),
            Item::Rect {
                x,
                y,
                w,
                h,
                radius,
                fill,
                stroke,
                tag,
            } => {
                self.marked(*tag, false, last_seq);
                self.rect([*x, *y, *w, *h], *radius, *fill, *stroke);
            }
            Item::Line {
                from,
                to,
                color,
                width,
            } => {
                self.marked(Tag::Artifact(Artifact::Layout), false, 0);
                self.line(*from, *to, *color, *width);
            }
            Item::Image {
                x,
                y,
                w,
                h,
                picture,
                tag,
            } => {
                self.marked(*tag, false, last_seq);
                self.image([*x, *y, *w, *h], picture)?;
            }
        }
        Ok(())
    }

    /// Makes sure what follows is drawn inside a marked-content span for
    /// `tag` (text: inside a text section), whose content holds places up
    /// to `last_seq` in reading order: the open span if it is that tag's,
    /// or if it is the same element's and this content is read right after
    /// it (the next line of a paragraph); else a new span, with the page's
    /// next marked-content id. Right-to-left lines, drawn in visual order,
    /// so get a span each, and the tree orders them. Spans nest inside
    /// text sections, never across their ends.
    pub(super) fn marked(&mut self, tag: Tag, text: bool, last_seq: u32) {
        if let Some(open) = self.mark.as_mut().filter(|open| open.text == text) {
            if open.tag == tag {
                return;
            }
            if let (Tag::Content { node: a, .. }, Tag::Content { node: b, seq }) = (open.tag, tag) {
                if a == b && seq == open.last_seq + 1 {
                    open.last_seq = last_seq;
                    return;
                }
            }
        }
        self.close_mark();
        if text {
            self.begin_text();
        } else {
            self.end_text();
        }
        self.ops.push(match tag {
            Tag::Content { node, seq } => {
                let mcid = self.mcids.len();
                self.mcids.push((node, seq));
                let role = self
                    .structure
                    .nodes
                    .get(node as usize)
                    .map_or("Span", |n| n.role.name());
                Op::BeginMarkedContentWithProperties {
                    tag: role.into(),
                    properties: dict([("MCID", DictItem::Int(mcid as i64))]),
                }
            }
            Tag::Artifact(Artifact::Layout) => Op::BeginMarkedContentWithProperties {
                tag: "Artifact".into(),
                properties: dict([("Type", name("Layout"))]),
            },
            Tag::Artifact(Artifact::Footer) => Op::BeginMarkedContentWithProperties {
                tag: "Artifact".into(),
                properties: dict([
                    ("Type", name("Pagination")),
                    ("Subtype", name("Footer")),
                    ("Attached", DictItem::Array(vec![name("Bottom")])),
                ]),
            },
        });
        self.mark = Some(OpenMark {
            tag,
            text,
            last_seq,
        });
    }

    /// Closes the open marked-content span, if any.
    fn close_mark(&mut self) {
        if self.mark.take().is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
    }

    /// Opens a text section unless one is open.
    pub(super) fn begin_text(&mut self) {
        if !self.in_text {
            self.ops.push(Op::StartTextSection);
            self.in_text = true;
        }
    }

    /// Closes the text section if one is open (and a span opened in it).
    fn end_text(&mut self) {
        if self.in_text {
            if self.mark.is_some_and(|m| m.text) {
                self.close_mark();
            }
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }

    /// A rectangle `[x, y, w, h]` with corners rounded to `radius`.
    fn rect(&mut self, at: [f32; 4], radius: f32, fill: Option<Rgb>, stroke: Option<(Rgb, f32)>) {
        self.end_text();
        // The fill colour changes here; the next glyph run must set its own.
        self.text = None;
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            _ => PaintMode::Stroke,
        };
        if let Some(f) = fill {
            self.ops.push(Op::SetFillColor { col: color(f) });
        }
        if let Some((c, width)) = stroke {
            self.ops.push(Op::SetOutlineColor { col: color(c) });
            self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        }
        let [x, y, w, h] = at;
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing {
                    points: rounded_rect(x, y, w, h, radius),
                }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// A straight line. It sets only the stroke colour, so the text state
    /// stays.
    fn line(&mut self, from: (f32, f32), to: (f32, f32), c: Rgb, width: f32) {
        self.end_text();
        self.ops.push(Op::SetOutlineColor { col: color(c) });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        self.ops.push(Op::DrawLine {
            line: printpdf::Line {
                points: vec![pt(from.0, from.1), pt(to.0, to.1)],
                is_closed: false,
            },
        });
    }

    /// A picture scaled into `[x, y, w, h]`.
    fn image(&mut self, at: [f32; 4], picture: &Picture) -> Result<()> {
        self.end_text();
        let id = self.pictures.name(picture)?;
        let [x, y, w, h] = at;
        self.ops.push(Op::UseXobject {
            id,
            transform: printpdf::XObjectTransform {
                translate_x: Some(Pt(x)),
                translate_y: Some(Pt(y)),
                rotate: None,
                scale_x: Some(w / picture.width_px.max(1) as f32),
                scale_y: Some(h / picture.height_px.max(1) as f32),
                dpi: Some(72.0),
                no_auto_scale: false,
            },
        });
        Ok(())
    }

    /// The page's clickable areas, without a visible border.
    fn links(&mut self, links: &[LinkArea]) {
        for link in links {
            self.ops.push(Op::LinkAnnotation {
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
    }
}

/// A dictionary for a marked-content span's properties.
fn dict<const N: usize>(entries: [(&str, DictItem); N]) -> DictItem {
    DictItem::Dict {
        map: entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    }
}

fn name(n: &str) -> DictItem {
    DictItem::Name(n.as_bytes().to_vec())
}

/// A colour as printpdf takes it.
pub(super) fn color(c: Rgb) -> Color {
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

/// The outline of a rectangle with rounded corners: quarter circles drawn
/// as cubic Béziers (0.5523 is the usual control-point factor).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{typeset, FontBook, GlyphRun, Options, Typesetter};
    use crate::load::Content;
    use crate::model::Paper;

    /// Each glyph run of `markup`'s first page, in stream order: its
    /// marked-content id and the places in reading order it holds.
    fn spans(markup: &str) -> Vec<(usize, u32, u32)> {
        let content = Content::builtin();
        let fonts = FontBook::new(&content.fonts(), "NotoSans").expect("fonts");
        let mut ts = Typesetter::new(&fonts);
        let doc = crate::markup::parse(markup, "test").expect("markup");
        let laid = typeset(&mut ts, &doc, &Options::new(Paper::Letter, false)).expect("layout");
        let mut pdf = printpdf::PdfDocument::new("t");
        let subsets = super::super::fonts::embed(&mut pdf, &laid, &fonts).expect("fonts");
        let mut pictures = Pictures::new(&mut pdf.resources.xobjects);
        let mut w = PageWriter {
            ops: Vec::new(),
            in_text: false,
            text: None,
            fonts: &subsets,
            pictures: &mut pictures,
            structure: &laid.structure,
            mark: None,
            mcids: Vec::new(),
        };
        let mut out = Vec::new();
        for (item, last_seq) in merge_runs(&laid.frames[0].items) {
            w.item(&item, last_seq).expect("written");
            if let Item::Glyphs(GlyphRun {
                tag: Tag::Content { seq, .. },
                ..
            }) = item.as_ref()
            {
                out.push((w.mcids.len() - 1, *seq, last_seq));
            }
        }
        out
    }

    #[test]
    fn a_marked_span_holds_its_text_in_reading_order_right_to_left_too() {
        // Numbers are left-to-right runs inside Arabic: "12" is read first
        // but drawn last on its line, "2026" read last but drawn first on
        // the next. One span holding both would read "12 2026" first.
        let filler = "خطوة للتعافي ".repeat(12);
        for markup in [
            format!(
                "<leaflet lang=\"ar\" dir=\"rtl\" title=\"t\"><p>12 {filler}2026</p></leaflet>"
            ),
            format!(
                "<leaflet lang=\"en-US\" dir=\"ltr\" title=\"t\"><p>{}</p></leaflet>",
                "Meetings are free and open to anyone. ".repeat(12)
            ),
        ] {
            let runs = spans(&markup);
            for w in runs.windows(2) {
                let ((m1, _, last1), (m2, first2, _)) = (w[0], w[1]);
                if m1 == m2 {
                    assert!(first2 > last1, "span {m1} reads out of order: {runs:?}");
                }
            }
        }
        // And left-to-right lines of one paragraph share one span.
        let en = spans(&format!(
            "<leaflet lang=\"en-US\" dir=\"ltr\" title=\"t\"><p>{}</p></leaflet>",
            "Meetings are free and open to anyone. ".repeat(12)
        ));
        assert!(en.iter().all(|r| r.0 == en[0].0), "{en:?}");
    }
}
