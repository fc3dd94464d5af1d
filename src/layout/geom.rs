//! Layout, geometry: lengths (points, millimetres), the paper's size and
//! the colours of the leaflet. Used by every step; depends on none.

use crate::doc::Tone;
use crate::model::Paper;

/// A length in PostScript points (1/72 inch).
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct Pt(pub f32);

/// A length in millimetres.
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct Mm(pub f32);

impl From<Mm> for Pt {
    fn from(mm: Mm) -> Pt {
        Pt(mm.0 * 72.0 / 25.4)
    }
}

impl Paper {
    /// Width and height.
    pub fn size(self) -> (Pt, Pt) {
        match self {
            Paper::Letter => (Pt(612.0), Pt(792.0)),
            Paper::A4 => (Mm(210.0).into(), Mm(297.0).into()),
        }
    }
}

/// An sRGB colour, components 0..1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

const INK: Rgb = Rgb(0.10, 0.10, 0.11);
const ACCENT: Rgb = Rgb(0.11, 0.37, 0.45);
const WARM: Rgb = Rgb(0.62, 0.22, 0.10);
pub(super) const MUTED: Rgb = Rgb(0.36, 0.36, 0.38);
pub(super) const CALLOUT_FILL: Rgb = Rgb(0.93, 0.96, 0.97);
pub(super) const CALLOUT_EDGE: Rgb = Rgb(0.45, 0.64, 0.71);

pub(super) fn tone_color(t: Tone) -> Rgb {
    match t {
        Tone::Normal => INK,
        Tone::Accent => ACCENT,
        Tone::Warm => WARM,
        Tone::Muted => MUTED,
    }
}

pub(super) fn round(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}
