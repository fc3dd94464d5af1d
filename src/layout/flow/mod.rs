//! Layout, step 6 (flow): blocks into units of rows. In: the document's
//! [`Block`]s. Out: [`Unit`]s, each rows of items placed relative to the
//! row, with what pagination must know (breakable, keep with next, the gap
//! above, a forced page break).

use super::collect::{flatten, is_stripped};
use super::geom::{Mm, Pt, Rgb, CALLOUT_EDGE, CALLOUT_FILL, MUTED};
use super::line::Line;
use super::shaping::Piece;
use super::typesetter::Typesetter;
use super::{Metrics, MAX_PAGES};
use crate::diag::{Diagnostic, Diagnostics};
use crate::doc::{Block, BlockKind, Inline, TextStyle, Tone};

/// A unit of pagination.
#[derive(Debug, Clone)]
pub(super) struct Unit {
    /// Rows: each has a height and items positioned relative to the row top
    /// (y down from the top, x from the content box's left).
    pub(super) rows: Vec<Row>,
    pub(super) breakable: bool,
    pub(super) keep_with_next: bool,
    pub(super) space_before: f32,
    pub(super) page_break: bool,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Row {
    pub(super) height: f32,
    pub(super) items: Vec<RelItem>,
    /// A bookmark starts at this row.
    pub(super) outline: Option<String>,
}

/// Items positioned relative to a row's top-left; y grows downwards.
#[derive(Debug, Clone)]
pub(super) enum RelItem {
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

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Zone {
    Body,
    Footer,
}

pub(super) struct Engine<'a, 'f> {
    pub(super) ts: &'a mut Typesetter<'f>,
    pub(super) m: Metrics,
    pub(super) lang: String,
    pub(super) rtl: bool,
    pub(super) pictures: &'a std::collections::BTreeMap<String, crate::doc::Picture>,
    pub(super) diags: Diagnostics,
    /// Height the body's lines may still take ([`MAX_PAGES`] pages), while
    /// the body is laid out; `None` for the footer.
    pub(super) room: Option<f32>,
    /// The body went over [`MAX_PAGES`]: lay out nothing more.
    pub(super) over: bool,
    /// Height of a page's body: a box or picture taller than this cannot
    /// stay whole, nor a keep together.
    pub(super) page_h: f32,
}

/// The narrowest column a list or box indents its content to: deeper
/// nesting stops indenting, so text never runs past the margin.
fn min_column(base: f32) -> f32 {
    base * 8.0
}

impl Engine<'_, '_> {
    /// Records that the body needs more than [`MAX_PAGES`] pages, once.
    pub(super) fn too_long(&mut self, text: &str) {
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

    pub(super) fn blocks(
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
