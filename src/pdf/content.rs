//! Stage 6, pdf: shapes to path operators. In: rectangles (rounded or not)
//! and lines in points from the bottom left, colours as [`Rgb`]. Out:
//! printpdf colours, points and polygons.

use crate::layout::Rgb;
use printpdf::{Color, LinePoint, Point, Pt};

pub(super) fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

pub(super) fn pt(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

fn ctrl(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: true,
    }
}

pub(super) fn rounded_rect(x: f32, y: f32, w: f32, h: f32, r: f32) -> Vec<LinePoint> {
    let r = r.min(w / 2.0).min(h / 2.0);
    if r <= 0.0 {
        return vec![pt(x, y), pt(x + w, y), pt(x + w, y + h), pt(x, y + h)];
    }
    let k = r * 0.552_284_8;
    let (x1, y1) = (x + w, y + h);
    vec![
        pt(x + r, y),
        pt(x1 - r, y),
        ctrl(x1 - r + k, y),
        ctrl(x1, y + r - k),
        pt(x1, y + r),
        pt(x1, y1 - r),
        ctrl(x1, y1 - r + k),
        ctrl(x1 - r + k, y1),
        pt(x1 - r, y1),
        pt(x + r, y1),
        ctrl(x + r - k, y1),
        ctrl(x, y1 - r + k),
        pt(x, y1 - r),
        pt(x, y + r),
        ctrl(x, y + r - k),
        ctrl(x + r - k, y),
        pt(x + r, y),
    ]
}
