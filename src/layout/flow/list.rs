//! Layout, flow of lists. In: a list's items (each a list of blocks) and
//! its [`BlockCtx`]. Out: the items' units, indented, each item's first row
//! with its marker; the first two and the last two items kept together.

use super::{min_column, shift, BlockCtx, Engine, Look, RelItem, Unit};
use crate::doc::{Block, BlockKind, Inline, TextStyle, Tone};
use crate::layout::frame::Role;

impl Engine<'_, '_> {
    /// A numbered or bulleted list.
    pub(super) fn list(
        &mut self,
        ordered: bool,
        items: &[Vec<Block>],
        ctx: &BlockCtx,
    ) -> Vec<Unit> {
        let base = ctx.base;
        // Lists nested so deep that their column would get too
        // narrow stop indenting, and lose their markers.
        let indent = base * 1.3;
        let (indent, markers) = if ctx.width - indent >= min_column(base) {
            (indent, true)
        } else {
            (0.0, false)
        };
        let look = Look {
            size: base,
            tone: Tone::Accent,
            bold: ordered,
            hyphenate: self.hyphenate,
        };
        let mut out = Vec::new();
        for (n, item) in items.iter().enumerate() {
            // LI: its marker (Lbl) first, then its body (LBody), whatever
            // order they are laid out in.
            let li = self.tags.enter(Role::ListItem);
            let label = if markers {
                self.tags.open(Role::Label)
            } else {
                None
            };
            let body = self.tags.enter(Role::ListBody);
            // An item of one plain paragraph is read straight from its
            // LBody (as Acrobat tags a list), not from a P inside it.
            let mut inner = match item.as_slice() {
                [Block {
                    kind: BlockKind::Paragraph(inlines),
                    class: None,
                    ..
                }] => vec![self.paragraph(inlines, None, &ctx.narrower(indent))],
                _ => self.blocks(item, &ctx.narrower(indent)),
            };
            self.tags.leave(body);
            let in_label = self.tags.enter_node(label);
            let marker = if ordered {
                format!("{}.", n + 1)
            } else {
                "•".to_string()
            };
            let mlines = if markers {
                let text = [Inline::Text {
                    text: marker,
                    style: TextStyle::default(),
                }];
                self.text_lines(&text, &look, indent, ctx.page)
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
                        // On the baseline of the item's first line, which
                        // a taller face may have lowered.
                        let baseline = first
                            .items
                            .iter()
                            .find_map(|it| match it {
                                RelItem::Text { baseline, .. } => Some(*baseline),
                                _ => None,
                            })
                            .unwrap_or(ml.ascent);
                        // Drawn before the item's text, as it is read (the
                        // two never overlap).
                        let tags = self.tags.line(&ml.pieces);
                        let marker = ml.pieces.iter().zip(tags).map(|(p, tag)| RelItem::Text {
                            x: if ordered { 0.0 } else { base * 0.25 },
                            baseline,
                            piece: p.clone(),
                            line_width: ml.width,
                            tag,
                        });
                        first.items.splice(0..0, marker);
                    }
                    u.space_before = if n == 0 { base * 0.5 } else { base * 0.3 };
                }
            }
            self.tags.leave(in_label);
            self.tags.leave(li);
            // Keep the first two items together and the last two,
            // so no item stands alone at a page's top or bottom.
            let last_item = n + 1 == items.len();
            if let Some(u) = inner.last_mut() {
                u.keep_with_next =
                    items.len() > 1 && (n == 0 || n + 2 == items.len()) && !last_item;
            }
            out.extend(inner);
        }
        out
    }
}
