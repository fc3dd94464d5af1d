//! Layout, flow of boxes: callouts (a tinted, framed box) and keeps
//! (blocks that stay on one page). In: the boxed blocks and their
//! [`BlockCtx`]. Out: one unit of one row, or the inner units when the box
//! is taller than a page.

use super::{min_column, shift, BlockCtx, Engine, RelItem, Row, Unit, LAYOUT};
use crate::doc::Block;
use crate::layout::geom::{CALLOUT_EDGE, CALLOUT_FILL};

impl Engine<'_, '_> {
    /// A callout: its blocks on a tinted, framed box, never split unless
    /// taller than a page.
    pub(super) fn callout(&mut self, children: &[Block], ctx: &BlockCtx) -> Unit {
        let (base, width) = (ctx.base, ctx.width);
        let pad = base * 0.6;
        let pad = if width - 2.0 * pad >= min_column(base) {
            pad
        } else {
            0.0
        };
        let inner = self.blocks(children, &ctx.narrower(2.0 * pad));
        let (items, y) = stack(&inner, pad, pad, 0.6);
        let h = y + pad * 0.8;
        if h > self.page_h {
            return split_callout(inner, width, pad, base);
        }
        let mut all = vec![RelItem::Rect {
            x: 0.0,
            y: 0.0,
            w: width,
            h,
            fill: Some(CALLOUT_FILL),
            stroke: Some((CALLOUT_EDGE, 0.8)),
            radius: 4.0,
            tag: LAYOUT,
        }];
        all.extend(items);
        let row = Row {
            outline: None,
            height: h,
            items: all,
        };
        Unit::new(vec![row]).space_before(base * 0.6)
    }

    /// Blocks kept on one page, as one row; they flow as usual when they
    /// are taller than a page.
    pub(super) fn keep(&mut self, children: &[Block], ctx: &BlockCtx) -> Vec<Unit> {
        let inner = self.blocks(children, ctx);
        let (items, y) = stack(&inner, 0.0, 0.0, 1.0);
        let before = inner.first().map_or(0.0, |u| u.space_before);
        if y > self.page_h {
            // Too tall to keep together: it flows like its blocks.
            return inner;
        }
        let row = Row {
            height: y,
            items,
            outline: inner
                .iter()
                .flat_map(|u| &u.rows)
                .find_map(|r| r.outline.clone()),
        };
        vec![Unit::new(vec![row]).space_before(before)]
    }
}

/// The items of `inner`'s rows stacked one under another from `top`, moved
/// right by `dx`, with the gap above each unit but the first (its own gap
/// times `gaps`); and the y where the last row ends.
fn stack(inner: &[Unit], dx: f32, top: f32, gaps: f32) -> (Vec<RelItem>, f32) {
    let mut items = Vec::new();
    let mut y = top;
    for (k, u) in inner.iter().enumerate() {
        if k > 0 {
            y += u.space_before * gaps;
        }
        for row in &u.rows {
            for it in &row.items {
                let mut it = it.clone();
                shift(&mut it, dx, y);
                items.push(it);
            }
            y += row.height;
        }
    }
    (items, y)
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
        tag: LAYOUT,
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
    Unit::new(rows).breakable(true).space_before(base * 0.6)
}
