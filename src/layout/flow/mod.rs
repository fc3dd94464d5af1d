//! Layout, step 6 (flow): blocks into units of rows. In: the document's
//! [`Block`]s. Out: [`Unit`]s, each rows of items placed relative to the
//! row, with what pagination must know (breakable, keep with next, the gap
//! above, a forced page break). One function per kind of block: text in
//! `text_blocks`, lists in `list`, callouts and keeps in `boxes`, pictures
//! and QR codes in `media`.

mod boxes;
mod list;
mod media;
mod tags;
mod text_blocks;

pub(super) use tags::Tagger;

use super::collect::{flatten, is_stripped};
use super::frame::{Artifact, Role, Tag};
use super::geom::Rgb;
use super::line::Line;
use super::linebreak::ParStyle;
use super::shaping::Piece;
use super::typesetter::Typesetter;
use super::{Metrics, MAX_PAGES};
use crate::diag::{Diagnostic, Diagnostics, Kind};
use crate::doc::{Block, BlockKind, Inline, Tone};

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
        tag: Tag,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
        radius: f32,
        tag: Tag,
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
        tag: Tag,
    },
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        uri: String,
        node: Option<u32>,
    },
}

impl Unit {
    /// Rows that stay together on one page, with no gap above; the setters
    /// below say otherwise.
    pub(super) fn new(rows: Vec<Row>) -> Unit {
        Unit {
            rows,
            breakable: false,
            keep_with_next: false,
            space_before: 0.0,
            page_break: false,
        }
    }

    /// A forced page break: no rows.
    fn page_break() -> Unit {
        Unit {
            page_break: true,
            ..Unit::new(Vec::new())
        }
    }

    /// Whether its rows may go on different pages.
    pub(super) fn breakable(self, breakable: bool) -> Unit {
        Unit { breakable, ..self }
    }

    /// Whether it must start on the same page as the unit after it.
    pub(super) fn keep_with_next(self, keep_with_next: bool) -> Unit {
        Unit {
            keep_with_next,
            ..self
        }
    }

    /// The gap above it, left out at the top of a page.
    pub(super) fn space_before(self, space_before: f32) -> Unit {
        Unit {
            space_before,
            ..self
        }
    }
}

/// Where a block is: the body, or the footer repeated on every page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Zone {
    Body,
    Footer,
}

/// What the blocks of one container share.
#[derive(Debug, Clone, Copy)]
pub(super) struct BlockCtx {
    /// The column's width.
    width: f32,
    /// Page number and count, when a footer is laid out for its page.
    page: Option<(usize, usize)>,
    zone: Zone,
    /// The zone's text size; every gap is a fraction of it.
    base: f32,
}

impl BlockCtx {
    /// Blocks in `zone`, in a column `width` wide.
    pub(super) fn new(zone: Zone, width: f32, page: Option<(usize, usize)>, m: &Metrics) -> Self {
        let base = match zone {
            Zone::Body => m.body,
            Zone::Footer => m.footer,
        };
        BlockCtx {
            width,
            page,
            zone,
            base,
        }
    }

    /// The same, in a column narrower by `by` (inside a list or a box).
    fn narrower(&self, by: f32) -> BlockCtx {
        BlockCtx {
            width: self.width - by,
            ..*self
        }
    }
}

/// How a block's text is set, besides the column it fills.
#[derive(Debug, Clone, Copy)]
struct Look {
    size: f32,
    /// The colour of text in the default tone.
    tone: Tone,
    bold: bool,
    hyphenate: bool,
}

/// Lays out one document's blocks; lives for one [`super::typeset`] call.
pub(super) struct Engine<'a, 'f> {
    pub(super) ts: &'a mut Typesetter<'f>,
    pub(super) m: Metrics,
    pub(super) lang: String,
    pub(super) rtl: bool,
    /// The document asks for its body paragraphs to be hyphenated.
    pub(super) hyphenate: bool,
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
    /// The logical structure, built as the blocks are laid out.
    pub(super) tags: Tagger,
}

/// The narrowest column a list or box indents its content to: deeper
/// nesting stops indenting, so text never runs past the margin.
fn min_column(base: f32) -> f32 {
    base * 8.0
}

impl Engine<'_, '_> {
    /// Lays out `blocks` in order.
    pub(super) fn blocks(&mut self, blocks: &[Block], ctx: &BlockCtx) -> Vec<Unit> {
        let mut out: Vec<Unit> = Vec::new();
        for (i, b) in blocks.iter().enumerate() {
            if self.over {
                break;
            }
            self.block(b, ctx, &mut out);
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

    fn block(&mut self, b: &Block, ctx: &BlockCtx, out: &mut Vec<Unit>) {
        // The element the block's content goes in; pictures and QR codes
        // make their own, keeps and rules none.
        let role = match &b.kind {
            BlockKind::Heading { level, .. } => Some(Role::Heading(*level)),
            BlockKind::Paragraph(_) | BlockKind::Field(_) | BlockKind::Row { .. } => Some(Role::P),
            BlockKind::List { ordered, .. } => Some(Role::List { ordered: *ordered }),
            BlockKind::Callout(_) => Some(Role::Aside),
            _ => None,
        };
        let saved = role.map(|r| self.tags.enter(r));
        // A paragraph in another language than the document's: shaped,
        // broken, aligned and tagged in its own language and direction.
        let foreign = b.lang.as_ref().map(|l| {
            let latin = self.tags.language(&l.tag);
            let lang = std::mem::replace(&mut self.lang, l.tag.clone());
            let rtl = std::mem::replace(&mut self.rtl, l.rtl);
            (lang, rtl, latin)
        });
        match &b.kind {
            BlockKind::Heading { level, inlines } => out.push(self.heading(*level, inlines, ctx)),
            BlockKind::Paragraph(inlines) => {
                out.push(self.paragraph(inlines, b.class.as_deref(), ctx))
            }
            BlockKind::Field(label) => out.push(self.field(label, ctx)),
            BlockKind::Rule => out.push(text_blocks::rule(ctx)),
            BlockKind::Row { start, end } => out.push(self.row(start, end, ctx)),
            BlockKind::PageBreak => out.push(Unit::page_break()),
            BlockKind::List { ordered, items } => out.extend(self.list(*ordered, items, ctx)),
            BlockKind::Callout(children) => out.push(self.callout(children, ctx)),
            BlockKind::Keep(children) => out.extend(self.keep(children, ctx)),
            BlockKind::Image {
                src,
                width_mm,
                height_mm,
                alt,
            } => out.extend(self.image(src, *width_mm, *height_mm, alt, ctx)),
            BlockKind::Qr { data, size_mm, alt } => out.extend(self.qr(data, *size_mm, alt, ctx)),
        }
        if let Some((lang, rtl, latin)) = foreign {
            // Its lines stand at its own start edge: mirrored in the
            // column here when the page is mirrored the other way.
            if rtl != self.rtl {
                if let Some(u) = out.last_mut() {
                    for it in u.rows.iter_mut().flat_map(|r| r.items.iter_mut()) {
                        super::page::mirror_item(it, ctx.width);
                    }
                }
            }
            self.lang = lang;
            self.rtl = rtl;
            self.tags.end_language(latin);
        }
        if let Some(s) = saved {
            self.tags.leave(s);
        }
    }

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
            .kind(Kind::LimitExceeded)
            .note(format!("the text that went over starts: \"{start}\""))
            .hint("a message, or a clinic profile's field, is far too long: shorten it; `--emit markup` shows every text the leaflet prints"),
        );
    }

    /// The lines of a block's text in a column `width` wide; none when the
    /// body has gone over its pages or a character cannot be drawn (both
    /// recorded in `diags`).
    fn text_lines(
        &mut self,
        inlines: &[Inline],
        look: &Look,
        width: f32,
        page: Option<(usize, usize)>,
    ) -> Vec<Line> {
        let Look {
            size,
            tone,
            bold,
            hyphenate,
        } = *look;
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
        let par = ParStyle {
            size,
            leading: self.m.leading,
            width,
            lang: &self.lang,
            rtl: self.rtl,
            hyphenate,
        };
        match self.ts.lines(&st, &par, max_lines) {
            Ok(l) if l.len() > max_lines => {
                self.too_long(&st.text);
                Vec::new()
            }
            Ok(l) => {
                if let Some(room) = self.room.as_mut() {
                    *room -= l.iter().map(|l| l.height).sum::<f32>();
                }
                l
            }
            Err(missing) => {
                self.diags.push(
                    Diagnostic::error(format!(
                        "no font can draw {}",
                        crate::diag::char_list(&missing)
                    ))
                        .kind(Kind::MissingGlyphs {
                            chars: missing.clone(),
                            text: st.text.clone(),
                        })
                        .note(format!("in the text: \"{}\"", st.text.chars().filter(|c| !is_stripped(*c)).take(80).collect::<String>()))
                        .hint("add a font that covers these characters to the content's fonts/ folder (--content DIR)"),
                );
                Vec::new()
            }
        }
    }
}

impl Engine<'_, '_> {
    /// One row per line, each line's pieces at the column's left, tagged
    /// as content of the current element.
    fn rows(&mut self, lines: Vec<Line>) -> Vec<Row> {
        lines
            .into_iter()
            .map(|l| {
                let tags = self.tags.line(&l.pieces);
                Row {
                    outline: None,
                    height: l.height,
                    items: l
                        .pieces
                        .into_iter()
                        .zip(tags)
                        .map(|(p, tag)| RelItem::Text {
                            x: 0.0,
                            baseline: l.ascent,
                            piece: p,
                            line_width: l.width,
                            tag,
                        })
                        .collect(),
                }
            })
            .collect()
    }
}

/// A drawn box or line that is only layout.
const LAYOUT: Tag = Tag::Artifact(Artifact::Layout);

/// Moves an item right by `dx` and down by `dy`.
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
