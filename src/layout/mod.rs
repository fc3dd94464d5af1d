//! Stage 5, layout: our typesetting engine. In: a [`Document`] and the font
//! files. Out: [`Frame`]s, one per page, of positioned glyph runs, rules and
//! boxes in our own types (PDF coordinates: points, origin at the bottom
//! left). Shaping with harfrust (kerning, ligatures), line breaking by
//! UAX #14 (unicode-linebreak), ragged right, per-character font fallback
//! over the bundled fonts, pagination that keeps headings with what follows,
//! never splits a callout, and leaves no line of a paragraph alone at the top
//! or bottom of a page; a footer on every page with "page X of Y".
//!
//! The steps, in the order a paragraph goes through them:
//!
//! ```text
//! collect -> itemize -> shaping -> linebreak (+ hyphenate) -> line
//!   -> flow (blocks into units of rows) -> paginate -> page -> Frame
//! ```
//!
//! [`Typesetter`] (fonts and caches, `typesetter`, `cache`) lives across
//! leaflets; this file holds the public API and assembles the pages.

mod cache;
mod collect;
mod flow;
mod fonts;
mod frame;
mod geom;
mod hyphenate;
mod itemize;
mod line;
mod linebreak;
mod page;
mod paginate;
mod shaping;
#[cfg(test)]
mod testkit;
mod typesetter;

pub use cache::Paragraphs;
pub use fonts::{Face, FontBook, LineMetrics};
pub use frame::{
    Artifact, Frame, GlyphRun, Item, Laid, LinkArea, Node, OutlineEntry, PlacedGlyph, Role,
    Structure, Tag,
};
pub use geom::{Mm, Pt, Rgb};
pub use typesetter::Typesetter;

use crate::diag::{Diagnostic, Diagnostics, Kind, Result};
use crate::doc::Document;
use crate::model::Paper;
use flow::{BlockCtx, Engine, RelItem, Row, Zone};
use geom::round;
use page::PageOut;
use paginate::{paginate, Page};

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
                Some(piece.glyphs.iter().map(|g| &*g.text).collect::<String>())
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
    let mut engine = Engine {
        ts,
        m,
        lang: doc.lang.clone(),
        rtl: doc.rtl,
        hyphenate: doc.hyphenate,
        pictures: &doc.pictures,
        diags: Diagnostics::default(),
        room: None,
        over: false,
        page_h: f32::INFINITY,
        tags: flow::Tagger::new(&doc.lang),
    };
    let mirror = doc.rtl.then_some(content_w);
    let Some((footer_h, pages)) = body_pages(&mut engine, doc, content_w, ph.0) else {
        return Err(engine.diags);
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
        // The footer is read once, after the body: on the last page (but
        // for its page numbers). Elsewhere it is a running artifact.
        let footer_mode = if i + 1 == total {
            engine.tags.read_in_document();
            None
        } else {
            Some(engine.tags.artifacts(Artifact::Footer))
        };
        let footer = engine.blocks(
            &doc.footer,
            &BlockCtx::new(Zone::Footer, content_w, Some((i + 1, total)), &m),
        );
        if let Some(s) = footer_mode {
            engine.tags.leave(s);
        }
        // The footer stands on the bottom margin. It was measured with
        // placeholder page numbers: this page's own may wrap its lines
        // differently and make it a little taller, which then comes out of
        // the gap above it, never out of the margin.
        let this_h: f32 = footer.iter().flat_map(|u| &u.rows).map(|r| r.height).sum();
        let mut fy = m.margin + footer_h.max(this_h);
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
        structure: engine.tags.structure,
    })
}

/// The footer's height and the body's pages, each page's rows with the gap
/// above each; `None` when the leaflet cannot be laid out (the reasons are
/// in `engine.diags`).
fn body_pages(
    engine: &mut Engine<'_, '_>,
    doc: &Document,
    content_w: f32,
    page_h: f32,
) -> Option<(f32, Vec<Page>)> {
    let m = engine.m;
    // Footer: measured with placeholder page numbers to reserve its height,
    // two digits wide; measured again, and the body paginated again, if the
    // leaflet has more pages than that (a wider number may wrap a line).
    let gap = m.body * 0.8;
    let mut digits = 2;
    loop {
        let n: usize = "8".repeat(digits).parse().unwrap_or(88);
        let probing = engine.tags.artifacts(Artifact::Footer);
        let footer_probe = engine.blocks(
            &doc.footer,
            &BlockCtx::new(Zone::Footer, content_w, Some((n, n)), &m),
        );
        engine.tags.leave(probing);
        let footer_h: f32 = footer_probe
            .iter()
            .flat_map(|u| &u.rows)
            .map(|r| r.height)
            .sum::<f32>();
        if footer_h > (page_h - 2.0 * m.margin) / 2.0 {
            engine.diags.push(
                Diagnostic::error(format!(
                    "the footer is {:.0} mm tall, more than half the page",
                    footer_h * 25.4 / 72.0
                ))
                .kind(Kind::LimitExceeded)
                .hint("shorten the footer's messages (version, page, clinic lines)"),
            );
            return None;
        }
        let body_h = page_h - 2.0 * m.margin - footer_h - gap;
        engine.page_h = body_h;
        // Stop laying out once the lines alone fill more than the page limit.
        engine.room = Some(body_h * MAX_PAGES as f32);
        engine.over = false;
        engine.tags.restart();
        let units = engine.blocks(&doc.body, &BlockCtx::new(Zone::Body, content_w, None, &m));
        engine.room = None;
        if engine.diags.has_errors() {
            return None;
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
            return None;
        }
        let needed = pages.len().to_string().len();
        if needed <= digits {
            return Some((footer_h, pages));
        }
        digits = needed;
    }
}
