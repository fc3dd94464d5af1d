//! Layout, flow of pictures and QR codes. In: the picture's size (read
//! before layout) or the QR code's data, and the [`BlockCtx`]. Out: one
//! unbreakable unit, or nothing and a diagnostic.

use super::{BlockCtx, Engine, RelItem, Row, Unit, LAYOUT};
use crate::diag::{Diagnostic, Kind};
use crate::layout::collect::is_stripped;
use crate::layout::frame::{Role, Tag};
use crate::layout::geom::{Mm, Pt, Rgb};

impl Engine<'_, '_> {
    /// A picture, in the size asked (15 mm tall when none is), shrunk to
    /// fit the column and a page.
    pub(super) fn image(
        &mut self,
        src: &str,
        width_mm: Option<f32>,
        height_mm: Option<f32>,
        alt: &str,
        ctx: &BlockCtx,
    ) -> Option<Unit> {
        let base = ctx.base;
        let Some(pic) = self.pictures.get(src) else {
            self.diags.push(
                Diagnostic::error(format!("the picture `{src}` was not loaded"))
                    .hint("pictures are read before layout; check the path"),
            );
            return None;
        };
        let pt = |mm: f32| Pt::from(Mm(mm)).0;
        let aspect = pic.width_px.max(1) as f32 / pic.height_px.max(1) as f32;
        let (mut w, mut h) = match (width_mm, height_mm) {
            (Some(w), Some(h)) => (pt(w), pt(h)),
            (Some(w), None) => (pt(w), pt(w) / aspect),
            (None, Some(h)) => (pt(h) * aspect, pt(h)),
            (None, None) => (pt(15.0) * aspect, pt(15.0)),
        };
        if w > ctx.width {
            h *= ctx.width / w;
            w = ctx.width;
        }
        // Room for the gap below it too, on an empty page.
        let room = self.page_h - base * 0.6;
        if h > room {
            w *= room / h;
            h = room;
        }
        // A picture with no alt text is decorative: an artifact.
        let tag = if alt.chars().any(|c| !is_stripped(c) && !c.is_whitespace()) {
            self.tags.figure(alt)
        } else {
            LAYOUT
        };
        let row = Row {
            // Room below the picture, so a heading does not touch it.
            height: h + base * 0.6,
            items: vec![RelItem::Image {
                x: 0.0,
                y: 0.0,
                w,
                h,
                picture: pic.clone(),
                tag,
            }],
            outline: None,
        };
        Some(Unit::new(vec![row]).space_before(base * 0.5))
    }

    /// A QR code of `data` (error correction M), `size_mm` wide or the
    /// column's width; a link too when `data` is a web address.
    pub(super) fn qr(
        &mut self,
        data: &str,
        size_mm: f32,
        alt: &str,
        ctx: &BlockCtx,
    ) -> Option<Unit> {
        let code = match qrcode::QrCode::with_error_correction_level(
            data.as_bytes(),
            qrcode::EcLevel::M,
        ) {
            Ok(c) => c,
            Err(e) => {
                self.diags.push(
                    Diagnostic::error(format!(
                        "cannot make a QR code of {} bytes: {e}",
                        data.len()
                    ))
                    .kind(Kind::LimitExceeded)
                    .hint("a QR code holds a web address; keep it under about 2,000 characters"),
                );
                return None;
            }
        };
        let side = Pt::from(Mm(size_mm)).0.min(ctx.width);
        // A figure with its alt text; inside a link when it is one, the
        // link holding the figure and the clickable area.
        let is_link = data.starts_with("https://") || data.starts_with("http://");
        let link = is_link.then(|| self.tags.enter(Role::Link));
        let link_node = link.and_then(|_| self.tags.current());
        let tag = self.tags.figure(alt);
        if let Some(s) = link {
            self.tags.leave(s);
        }
        // The link has no text of its own: it says what the figure says.
        self.tags.set_alt(link_node, alt);
        let mut items = qr_modules(&code, side, tag);
        if is_link {
            items.push(RelItem::Link {
                x: 0.0,
                y: 0.0,
                w: side,
                h: side,
                uri: data.to_string(),
                node: link_node,
            });
        }
        let row = Row {
            height: side,
            items,
            outline: None,
        };
        Some(Unit::new(vec![row]).space_before(ctx.base * 0.3))
    }
}

/// The dark modules of `code` as black boxes in a square `side` wide, one
/// box per run of dark modules in a row, each tagged `tag`.
fn qr_modules(code: &qrcode::QrCode, side: f32, tag: Tag) -> Vec<RelItem> {
    let n = code.width();
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
                    tag,
                });
            } else {
                col += 1;
            }
        }
    }
    items
}
