//! Stage 6, pdf: glyph runs to text operators. In: a page's glyph runs and
//! the subset fonts. Out: printpdf ops that draw each glyph by its id in the
//! subset, with the text it stands for (ToUnicode), one TJ per stretch of a
//! line, and /ActualText where a cluster's glyphs do not spell its text.

use super::content::{color, PageWriter};
use super::fonts::Subset;
use super::utf16_bytes;
use crate::layout::{GlyphRun, Item, PlacedGlyph, Tag};
use printpdf::{Op, PdfFontHandle, Pt, TextItem, TextMatrix};
use std::ops::Range;

/// The font and fill colour that text operators set, so that a run which
/// shares them with the one before does not set them again. Size and
/// colour are compared by their bits: what is written is what is compared.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct TextState {
    /// Index of the face in the font book.
    face: usize,
    /// The size in points, as bits.
    size: u32,
    /// The fill colour's red, green and blue, as bits.
    color: [u32; 3],
}

impl TextState {
    fn of(run: &GlyphRun) -> TextState {
        TextState {
            face: run.face,
            size: run.size.to_bits(),
            color: [
                run.color.0.to_bits(),
                run.color.1.to_bits(),
                run.color.2.to_bits(),
            ],
        }
    }
}

impl PageWriter<'_, '_> {
    /// Writes a glyph run (the last place in reading order it holds:
    /// `last_seq`): font and colour where they change, then its glyphs.
    pub(super) fn glyphs(&mut self, run: &GlyphRun, last_seq: u32) {
        let font = &self.fonts[&run.face];
        self.marked(run.tag, true, last_seq);
        let now = TextState::of(run);
        if self.text.map(|s| s.color) != Some(now.color) {
            self.ops.push(Op::SetFillColor {
                col: color(run.color),
            });
        }
        if self.text.map(|s| (s.face, s.size)) != Some((now.face, now.size)) {
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.id.clone()),
                size: Pt(run.size),
            });
        }
        self.text = Some(now);
        // A cluster whose glyphs' usual texts (ToUnicode holds one text per
        // glyph) do not spell its real text, say a letter drawn as a base
        // and a dot the font also uses elsewhere, is wrapped in /ActualText
        // so extraction gives its words. A cluster its glyphs spell (a
        // letter and its marks, each mapped) needs none: an extractor puts
        // a mark of no width with the letter it is drawn over.
        let mut plain_from = 0;
        for g in clusters(&run.glyphs) {
            let cluster = &run.glyphs[g.clone()];
            let spelled = cluster
                .iter()
                .flat_map(|p| p.text.chars())
                .eq(cluster.iter().flat_map(|p| font.texts[&p.gid].chars()));
            if !spelled {
                let real: String = cluster.iter().map(|p| &*p.text).collect();
                emit_glyphs(&mut self.ops, run, font, plain_from..g.start);
                self.ops.push(actual_text(&real));
                emit_glyphs(&mut self.ops, run, font, g.clone());
                self.ops.push(Op::EndMarkedContentWithProperties);
                plain_from = g.end;
            }
        }
        emit_glyphs(&mut self.ops, run, font, plain_from..run.glyphs.len());
    }
}

/// Opens a marked-content span whose text, for extraction, is `real`.
fn actual_text(real: &str) -> Op {
    Op::BeginMarkedContentWithProperties {
        tag: "Span".into(),
        properties: printpdf::DictItem::Dict {
            map: [(
                "ActualText".to_string(),
                printpdf::DictItem::String {
                    data: utf16_bytes(real),
                    literal: false,
                },
            )]
            .into_iter()
            .collect(),
        },
    }
}

/// Joins consecutive glyph runs that share face, size, colour, baseline
/// and element. Each item comes with the last place in reading order it
/// holds (a joined run holds several; see [`PageWriter::marked`]).
pub(super) fn merge_runs(items: &[Item]) -> Vec<(std::borrow::Cow<'_, Item>, u32)> {
    use std::borrow::Cow;
    let mut out: Vec<(Cow<'_, Item>, u32)> = Vec::with_capacity(items.len());
    for item in items {
        let last_seq = match item {
            Item::Glyphs(GlyphRun {
                tag: Tag::Content { seq, .. },
                ..
            })
            | Item::Rect {
                tag: Tag::Content { seq, .. },
                ..
            }
            | Item::Image {
                tag: Tag::Content { seq, .. },
                ..
            } => *seq,
            _ => 0,
        };
        if let (Item::Glyphs(run), Some((last, last_max))) = (item, out.last_mut()) {
            if let Item::Glyphs(prev) = last.as_ref() {
                if prev.face == run.face
                    && prev.size == run.size
                    && prev.color == run.color
                    && prev.baseline == run.baseline
                    && prev.rtl == run.rtl
                    && same_element(prev.tag, run.tag)
                {
                    if let Item::Glyphs(p) = last.to_mut() {
                        p.glyphs.extend(run.glyphs.iter().cloned());
                        p.tag = earlier(p.tag, run.tag);
                    }
                    *last_max = (*last_max).max(last_seq);
                    continue;
                }
            }
        }
        out.push((Cow::Borrowed(item), last_seq));
    }
    out
}

/// Whether two runs' tags put them in the same element (or the same kind
/// of artifact), so one marked span may hold both.
fn same_element(a: Tag, b: Tag) -> bool {
    match (a, b) {
        (Tag::Content { node: x, .. }, Tag::Content { node: y, .. }) => x == y,
        (a, b) => a == b,
    }
}

/// Of two tags of one element, the one earlier in reading order.
fn earlier(a: Tag, b: Tag) -> Tag {
    match (a, b) {
        (Tag::Content { node, seq: x }, Tag::Content { seq: y, .. }) => Tag::Content {
            node,
            seq: x.min(y),
        },
        (a, _) => a,
    }
}

/// Glyph index ranges of clusters: a glyph with text starts one, the
/// glyphs without text after it (marks, parts of a letter) belong to it.
pub(super) fn clusters(glyphs: &[PlacedGlyph]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
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
fn emit_glyphs(ops: &mut Vec<Op>, run: &GlyphRun, font: &Subset, range: Range<usize>) {
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
            let new = font.remapper.get(g.gid).unwrap_or(0);
            let w = f32::from(font.widths.get(new as usize).copied().unwrap_or(0)) * run.size
                / font.upem;
            let offset = match glyphs.get(j + 1) {
                Some(n) if n.y == first.y && rise == 0.0 => {
                    ((g.x + w - n.x) * 1000.0 / run.size * 10.0).round() / 10.0
                }
                _ => 0.0,
            };
            cps.push(printpdf::Codepoint {
                gid: new,
                offset: if offset.abs() < 0.05 { 0.0 } else { offset },
                cid: Some(font.texts[&g.gid].clone()),
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
