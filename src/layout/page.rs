//! Layout, step 8 (page): rows placed on a page. In: the [`Row`]s
//! pagination gave a page, at their place. Out: the page's [`Item`]s and
//! link areas in PDF coordinates, mirrored on a right-to-left page.

use super::flow::{RelItem, Row};
use super::frame::{GlyphRun, Item, LinkArea, PlacedGlyph, Tag};
use super::geom::round;
use super::shaping::Piece;

/// What one page receives.
pub(super) struct PageOut<'d> {
    pub(super) items: Vec<Item>,
    pub(super) links: Vec<LinkArea>,
    pub(super) uris: &'d [String],
}

impl PageOut<'_> {
    /// Places a row whose top is at `top` (PDF y) and left at `left`. With
    /// `mirror` (the content width of a right-to-left page), boxes are
    /// mirrored left to right: lines, bullets and labels move to the right
    /// edge, while the glyphs inside a line keep their visual order.
    pub(super) fn emit_row(&mut self, row: &Row, left: f32, top: f32, mirror: Option<f32>) {
        for it in &row.items {
            let mut it = it.clone();
            if let Some(w) = mirror {
                mirror_item(&mut it, w);
            }
            match it {
                RelItem::Text {
                    x,
                    baseline,
                    piece,
                    tag,
                    ..
                } => self.emit_text(piece, tag, left + x, round(top - baseline)),
                RelItem::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill,
                    stroke,
                    radius,
                    tag,
                } => self.items.push(Item::Rect {
                    x: round(left + x),
                    y: round(top - y - h),
                    w: round(w),
                    h: round(h),
                    radius,
                    fill,
                    stroke,
                    tag,
                }),
                RelItem::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    color,
                    width,
                } => self.items.push(Item::Line {
                    from: (round(left + x1), round(top - y1)),
                    to: (round(left + x2), round(top - y2)),
                    color,
                    width,
                }),
                RelItem::Image {
                    x,
                    y,
                    w,
                    h,
                    picture,
                    tag,
                } => self.items.push(Item::Image {
                    x: round(left + x),
                    y: round(top - y - h),
                    w: round(w),
                    h: round(h),
                    picture,
                    tag,
                }),
                // A link in an artifact (a running footer) is not made
                // clickable: an annotation must sit in the structure.
                RelItem::Link { node: None, .. } => {}
                RelItem::Link {
                    x,
                    y,
                    w,
                    h,
                    uri,
                    node,
                } => self.links.push(LinkArea {
                    x: round(left + x),
                    y: round(top - y - h),
                    w: round(w),
                    h: round(h),
                    uri,
                    node,
                }),
            }
        }
    }

    /// Places one piece of a line, its left at `left` and its baseline at
    /// `y` (PDF y), with the area a click on it follows.
    fn emit_text(&mut self, piece: Piece, tag: Tag, left: f32, y: f32) {
        // A piece with no width (only marks) has nothing to
        // click; a mark's offset never moves the area out of
        // the line. Text that is an artifact (a running footer) gets no
        // area: an annotation must sit in the structure.
        let tagged = matches!(tag, Tag::Content { .. });
        let link = piece.link.filter(|_| piece.width > 0.0 && tagged);
        if let Some(uri) = link.and_then(|l| self.uris.get(usize::from(l))) {
            let x0 = piece
                .glyphs
                .iter()
                .map(|g| g.x)
                .fold(f32::INFINITY, f32::min)
                .max(0.0);
            let area = LinkArea {
                x: round(left + x0),
                y: round(y - piece.size * 0.25),
                w: round(piece.width),
                h: round(piece.size * 1.15),
                uri: uri.clone(),
                // A link's text is tagged into its `Link` element.
                node: match tag {
                    Tag::Content { node, .. } => Some(node),
                    Tag::Artifact(_) => None,
                },
            };
            // The words of one link on one line make one area (and one
            // annotation), not one each.
            match self.links.last_mut() {
                Some(last) if joins(last, &area, piece.size * 0.6) => {
                    let right = (last.x + last.w).max(area.x + area.w);
                    last.x = last.x.min(area.x);
                    last.w = round(right - last.x);
                }
                _ => self.links.push(area),
            }
        }
        self.items.push(Item::Glyphs(GlyphRun {
            face: piece.face,
            size: piece.size,
            color: piece.color,
            baseline: y,
            rtl: piece.rtl,
            glyphs: piece
                .glyphs
                .into_iter()
                .map(|g| PlacedGlyph {
                    gid: g.gid,
                    x: round(left + g.x),
                    y: round(y + g.rise),
                    advance: g.advance,
                    text: g.text,
                    hyphen: g.hyphen,
                })
                .collect(),
            tag,
        }));
    }
}

/// Whether `area` continues `last` on its line: the same link, side by
/// side (either way round), at most `gap` apart.
fn joins(last: &LinkArea, area: &LinkArea, gap: f32) -> bool {
    last.uri == area.uri
        && last.node == area.node
        && last.y == area.y
        && last.h == area.h
        && ((area.x - (last.x + last.w)).abs() <= gap || (last.x - (area.x + area.w)).abs() <= gap)
}

/// `it` mirrored left to right in a column `width` wide.
pub(super) fn mirror_item(it: &mut RelItem, width: f32) {
    match it {
        RelItem::Text { x, line_width, .. } => *x = width - *x - *line_width,
        RelItem::Rect { x, w, .. } | RelItem::Image { x, w, .. } | RelItem::Link { x, w, .. } => {
            *x = width - *x - *w
        }
        RelItem::Line { x1, x2, .. } => {
            *x1 = width - *x1;
            *x2 = width - *x2;
        }
    }
}
