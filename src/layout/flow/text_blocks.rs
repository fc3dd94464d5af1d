//! Layout, flow of text blocks: headings, paragraphs, form fields, rules
//! and the footer's rows. In: a block's inlines and its [`BlockCtx`]. Out:
//! one [`Unit`] of rows of text.

use super::{BlockCtx, Engine, Look, RelItem, Row, Unit, Zone};
use crate::doc::{Inline, Tone};
use crate::layout::collect::{flatten, is_stripped};
use crate::layout::frame::{Artifact, Tag};
use crate::layout::geom::MUTED;

impl Engine<'_, '_> {
    /// A heading: kept with what follows, and a bookmark.
    pub(super) fn heading(&mut self, level: u8, inlines: &[Inline], ctx: &BlockCtx) -> Unit {
        let base = ctx.base;
        let (size, before) = match level {
            1 => (base * 2.0, 0.0),
            2 => (base * 1.3, base * 1.0),
            _ => (base * 1.1, base * 0.7),
        };
        let look = Look {
            size,
            tone: Tone::Accent,
            bold: true,
            // Headings are never hyphenated.
            hyphenate: false,
        };
        let lines = self.text_lines(inlines, &look, ctx.width, ctx.page);
        let mut rows = self.rows(lines);
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
        Unit::new(rows).keep_with_next(true).space_before(before)
    }

    /// A paragraph, in the size and tone of its class; only plain body
    /// paragraphs are hyphenated.
    pub(super) fn paragraph(
        &mut self,
        inlines: &[Inline],
        class: Option<&str>,
        ctx: &BlockCtx,
    ) -> Unit {
        let base = ctx.base;
        let (size, tone) = match class {
            Some("subtitle") => (base * 1.2, Tone::Muted),
            Some("draft") => (base, Tone::Warm),
            Some("muted") => (base, Tone::Muted),
            _ => (base, Tone::Normal),
        };
        let look = Look {
            size,
            tone,
            bold: false,
            hyphenate: self.hyphenate && ctx.zone == Zone::Body && class.is_none(),
        };
        let lines = self.text_lines(inlines, &look, ctx.width, ctx.page);
        let space = if ctx.zone == Zone::Footer {
            0.0
        } else {
            base * 0.5
        };
        Unit::new(self.rows(lines))
            .breakable(true)
            .keep_with_next(class == Some("subtitle"))
            .space_before(space)
    }

    /// A form field: a bold label and a line to write on.
    pub(super) fn field(&mut self, label: &[Inline], ctx: &BlockCtx) -> Unit {
        let base = ctx.base;
        let look = Look {
            size: base,
            tone: Tone::Normal,
            bold: true,
            hyphenate: self.hyphenate,
        };
        let lines = self.text_lines(label, &look, ctx.width * 0.4, ctx.page);
        let lw = lines.first().map_or(0.0, |l| l.width);
        let mut rows = self.rows(lines);
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
                x2: ctx.width,
                y2: baseline + 1.5,
                color: MUTED,
                width: 0.6,
            });
        }
        Unit::new(rows).space_before(base * 0.3)
    }

    /// A row of the footer: the start part against the start edge, each
    /// line of the end part against the end edge.
    pub(super) fn row(&mut self, start: &[Inline], end: &[Inline], ctx: &BlockCtx) -> Unit {
        let (base, hyphenate) = (ctx.base, self.hyphenate);
        let look = |tone| Look {
            size: base,
            tone,
            bold: false,
            hyphenate,
        };
        let end_lines = self.text_lines(end, &look(Tone::Muted), ctx.width * 0.4, ctx.page);
        // "Page 2 of 3" is pagination: an artifact, also where the rest of
        // the footer is read.
        let counter = end
            .iter()
            .any(|i| matches!(i, Inline::PageNumber(_) | Inline::PageCount(_)));
        let ew = end_lines.iter().map(|l| l.width).fold(0.0, f32::max);
        let start_width = ctx.width - ew - base;
        let start_lines = self.text_lines(start, &look(Tone::Normal), start_width, ctx.page);
        // Each row: a line of the start part against the start edge, a
        // line of the end part against the end edge (an end part too long
        // for one line wraps, and is never cut), on one baseline deep
        // enough for both.
        let n = start_lines.len().max(end_lines.len()).max(1);
        // Read as written: the whole start part, then the end part, though
        // their lines share rows.
        let start_tags: Vec<Vec<Tag>> = start_lines
            .iter()
            .map(|l| self.tags.line(&l.pieces))
            .collect();
        let saved = counter.then(|| self.tags.artifacts(Artifact::Footer));
        let end_tags: Vec<Vec<Tag>> = end_lines
            .iter()
            .map(|l| self.tags.line(&l.pieces))
            .collect();
        if let Some(s) = saved {
            self.tags.leave(s);
        }
        let mut start_lines = start_lines.into_iter().zip(start_tags);
        let mut end_lines = end_lines.into_iter().zip(end_tags);
        let mut rows = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end) = (start_lines.next(), end_lines.next());
            let (mut above, mut below) = (0.0f32, 0.0f32);
            for (l, _) in start.iter().chain(&end) {
                above = above.max(l.ascent);
                below = below.max(l.height - l.ascent);
            }
            if start.is_none() && end.is_none() {
                above = base * self.m.leading;
            }
            let mut items = Vec::new();
            for ((l, tags), at_end) in start
                .into_iter()
                .map(|l| (l, false))
                .chain(end.map(|l| (l, true)))
            {
                let x = if at_end { ctx.width - l.width } else { 0.0 };
                for (p, tag) in l.pieces.into_iter().zip(tags) {
                    items.push(RelItem::Text {
                        x,
                        baseline: above,
                        piece: p,
                        line_width: l.width,
                        tag,
                    });
                }
            }
            rows.push(Row {
                outline: None,
                height: above + below,
                items,
            });
        }
        Unit::new(rows)
    }
}

/// A horizontal rule, kept with what follows.
pub(super) fn rule(ctx: &BlockCtx) -> Unit {
    let base = ctx.base;
    let gap = base * 0.5;
    let row = Row {
        outline: None,
        height: gap,
        items: vec![RelItem::Line {
            x1: 0.0,
            y1: 0.0,
            x2: ctx.width,
            y2: 0.0,
            color: MUTED,
            width: 0.5,
        }],
    };
    let space = if ctx.zone == Zone::Footer {
        0.0
    } else {
        base * 0.5
    };
    Unit::new(vec![row])
        .keep_with_next(true)
        .space_before(space)
}
