//! Stage 6, pdf: glyph runs to text operators. In: a page's glyph runs and
//! the subset fonts. Out: printpdf ops that draw each glyph by its id in the
//! subset, with the text it stands for (ToUnicode), one TJ per stretch of a
//! line, and /ActualText where a cluster's glyphs do not spell its text.

use crate::layout::Item;
use printpdf::{Op, Pt, TextItem, TextMatrix};
use std::collections::BTreeMap;

/// Joins consecutive glyph runs that share face, size, colour and baseline.
pub(super) fn merge_runs(items: &[Item]) -> Vec<std::borrow::Cow<'_, Item>> {
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
pub(super) struct RunCtx<'a> {
    pub(super) run: &'a crate::layout::GlyphRun,
    pub(super) remapper: &'a subsetter::GlyphRemapper,
    pub(super) widths: &'a [u16],
    pub(super) upem: f32,
    pub(super) canon: &'a BTreeMap<u16, String>,
}

/// Glyph index ranges of clusters: a glyph with text starts one, the
/// glyphs without text after it (marks, parts of a letter) belong to it.
pub(super) fn clusters(glyphs: &[crate::layout::PlacedGlyph]) -> Vec<std::ops::Range<usize>> {
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
pub(super) fn emit_glyphs(ops: &mut Vec<Op>, ctx: &RunCtx<'_>, range: std::ops::Range<usize>) {
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
