//! Layout, step 3 (shaping): harfrust turns a run of text in one face into
//! glyphs (kerning, ligatures, contextual and language forms). In: a text
//! segment and its [`FaceRun`]s. Out: [`Piece`]s of positioned glyphs, in
//! visual order, each glyph carrying the characters it stands for.

use super::cache::word_key;
use super::collect::is_stripped;
use super::geom::Rgb;
use super::itemize::FaceRun;
use super::typesetter::Typesetter;
use std::ops::Range;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub(super) struct Shaped {
    glyphs: Vec<ShapedGlyph>,
}

#[derive(Debug, Clone)]
struct ShapedGlyph {
    gid: u16,
    advance: i32,
    /// Pen position before this glyph, from the start of the shaped text.
    pen: i32,
    x_offset: i32,
    y_offset: i32,
    /// Byte range in the shaped text of this glyph's cluster (start glyph only).
    text: Option<Range<usize>>,
}

/// A glyph of a shaped piece, in points.
#[derive(Debug, Clone)]
pub(super) struct Glyph {
    /// Glyph id in the piece's face.
    pub(super) gid: u16,
    /// Where it is drawn: the pen position plus the font's offset (a mark's,
    /// moved back over its letter), from the piece start (the line start
    /// once the line is finished).
    pub(super) x: f32,
    /// Raised (up is positive) or lowered from the baseline by the font.
    pub(super) rise: f32,
    /// How far it moves the pen.
    pub(super) advance: f32,
    /// The characters it stands for (shared: a cached line is cloned into
    /// every leaflet that prints it).
    pub(super) text: Arc<str>,
    /// A hyphen the line break added (see `PlacedGlyph::hyphen`).
    pub(super) hyphen: bool,
}

/// A piece of a line: glyphs of one face, relative to the line start.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub(super) face: usize,
    pub(super) size: f32,
    pub(super) color: Rgb,
    /// In visual order.
    pub(super) glyphs: Vec<Glyph>,
    pub(super) width: f32,
    /// Logical byte range in the paragraph text.
    pub(super) range: Range<usize>,
    /// Shaped right to left.
    pub(super) rtl: bool,
    /// Inside a link: index into the document's links.
    pub(super) link: Option<u16>,
}

impl Typesetter<'_> {
    fn shape(&mut self, face: usize, text: &str, lang: &str, rtl: bool) -> Arc<Shaped> {
        word_key(&mut self.word_key, face, rtl, lang, text);
        if let Some(s) = self.words.get(self.word_key.as_str()) {
            return s.clone();
        }
        let f = &self.fonts.faces[face];
        let sf = harfrust::ShaperFont::new(&f.font);
        let mut buf = harfrust::Buffer::new();
        buf.push_str(text);
        buf.set_direction(if rtl {
            harfrust::Direction::RightToLeft
        } else {
            harfrust::Direction::LeftToRight
        });
        buf.set_language(lang.parse().ok());
        buf.guess_segment_properties();
        buf.set_flags(harfrust::BufferFlags::REMOVE_DEFAULT_IGNORABLES);
        // Building a shape plan costs more than shaping a word: keep one per
        // face, direction, script and language.
        let plan_key = (face, rtl, buf.script(), lang.to_string());
        let plan = match self.plans.get(&plan_key) {
            Some(p) => p.clone(),
            None => {
                let p = Arc::new(harfrust::ShapePlan::new(
                    &f.font,
                    buf.direction(),
                    buf.script(),
                    buf.language(),
                    &[],
                ));
                self.plans.insert(plan_key, p.clone());
                p
            }
        };
        let options = harfrust::ShapeOptions::new().plan(Some(&plan));
        let shaped = if harfrust::shape(&sf, &mut buf, options).is_ok() {
            Shaped {
                glyphs: shaped_glyphs(&buf, text.len()),
            }
        } else {
            Shaped { glyphs: Vec::new() }
        };
        let shaped = Arc::new(shaped);
        let bytes = 64 + text.len() + shaped.glyphs.len() * std::mem::size_of::<ShapedGlyph>();
        let mut key = String::new();
        word_key(&mut key, face, rtl, lang, text);
        self.words.insert(key, shaped.clone(), bytes);
        shaped
    }

    /// Shapes each face/direction piece of `seg`.
    pub(super) fn shape_range(
        &mut self,
        items: &[FaceRun],
        text: &str,
        seg: Range<usize>,
        size: f32,
        lang: &str,
    ) -> Vec<Piece> {
        let mut pieces = Vec::new();
        for run in items {
            let a = run.range.start.max(seg.start);
            let b = run.range.end.min(seg.end);
            if a >= b {
                continue;
            }
            pieces.push(self.shape_piece(run, &text[a..b], a..b, size, lang));
        }
        pieces
    }

    /// Shapes `piece_text`, at `range` of the paragraph, in the face,
    /// colour, direction and link of `run`.
    pub(super) fn shape_piece(
        &mut self,
        run: &FaceRun,
        piece_text: &str,
        range: Range<usize>,
        size: f32,
        lang: &str,
    ) -> Piece {
        let FaceRun {
            face,
            color,
            rtl,
            link,
            ..
        } = *run;
        let shaped = self.shape(face, piece_text, lang, rtl);
        let scale = size / self.fonts.faces[face].units_per_em as f32;
        let mut x = 0.0;
        let mut glyphs: Vec<Glyph> = Vec::with_capacity(shaped.glyphs.len());
        let upem = self.fonts.faces[face].units_per_em as i32;
        // Text of marks left out, for the next glyph drawn.
        let mut carried = String::new();
        for g in &shaped.glyphs {
            let mut t: String = g
                .text
                .clone()
                .map(|r| piece_text[r].chars().filter(|c| !is_stripped(*c)).collect())
                .unwrap_or_default();
            // A mark the font piles more than an em and a half above or
            // below the line, or an em aside (dozens stacked on a letter),
            // is not drawn: it would run off the page. Its text goes with
            // a glyph that is drawn.
            let far = g.y_offset.abs() * 2 > upem * 3 || g.x_offset.abs() > upem;
            if g.advance == 0 && far {
                carried.push_str(&t);
                continue;
            }
            if !carried.is_empty() {
                t.insert_str(0, &std::mem::take(&mut carried));
            }
            glyphs.push(Glyph {
                gid: g.gid,
                x: (g.pen + g.x_offset) as f32 * scale,
                rise: g.y_offset as f32 * scale,
                advance: g.advance as f32 * scale,
                text: t.into(),
                hyphen: false,
            });
            x += g.advance as f32 * scale;
        }
        if let Some(last) = glyphs.last_mut() {
            if !carried.is_empty() {
                last.text = format!("{}{carried}", last.text).into();
            }
        }
        Piece {
            face,
            size,
            color,
            glyphs,
            width: x,
            range,
            rtl,
            link,
        }
    }
}

/// The glyphs harfrust left in `buf`, each cluster's base before its marks,
/// the first glyph of each cluster with the byte range of its text (of
/// `text_len` bytes).
fn shaped_glyphs(buf: &harfrust::Buffer, text_len: usize) -> Vec<ShapedGlyph> {
    let infos = buf.glyph_infos();
    let pos = buf.glyph_positions();
    // Cluster starts in logical order: a cluster's text runs to the
    // next start, whatever the visual order of the glyphs.
    let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut pen = 0;
    for (info, p) in infos.iter().zip(pos) {
        glyphs.push((
            info.cluster,
            ShapedGlyph {
                gid: info.glyph_id as u16,
                advance: p.x_advance,
                pen,
                x_offset: p.x_offset,
                y_offset: p.y_offset,
                text: None,
            },
        ));
        pen += p.x_advance;
    }
    // Within a cluster, draw the base before its marks: right to left
    // the shaper puts a mark first, and text extraction (poppler)
    // then splits it from its letter. Positions are absolute, so the
    // order changes nothing on paper.
    let mut k = 0;
    while k < glyphs.len() {
        let cluster = glyphs[k].0;
        let end = glyphs[k..]
            .iter()
            .position(|(c, _)| *c != cluster)
            .map_or(glyphs.len(), |n| k + n);
        glyphs[k..end].sort_by_key(|(_, g)| g.advance == 0);
        let start = cluster as usize;
        let next = starts.partition_point(|&c| c <= start);
        glyphs[k].1.text = Some(start..starts.get(next).copied().unwrap_or(text_len));
        k = end;
    }
    glyphs.into_iter().map(|(_, g)| g).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::TextStyle;
    use crate::layout::testkit::*;

    #[test]
    fn kerning_changes_advances() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let face = fonts.candidates(TextStyle::default())[0];
        let shaped = ts.shape(face, "AV", "en", false);
        let kerned: i32 = shaped.glyphs.iter().map(|g| g.advance).sum();
        let f = &fonts.faces[face];
        let gm = f.font.glyph_metrics();
        let plain: f32 = shaped
            .glyphs
            .iter()
            .map(|g| gm.h_advance(harfrust::GlyphId::new(u32::from(g.gid))))
            .sum();
        assert!((kerned as f32) < plain, "AV is kerned: {kerned} vs {plain}");
    }

    #[test]
    fn ligature_glyph_carries_all_its_characters() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let face = fonts.candidates(TextStyle::default())[0];
        let shaped = ts.shape(face, "office", "en", false);
        let texts: Vec<String> = shaped
            .glyphs
            .iter()
            .map(|g| {
                g.text
                    .clone()
                    .map(|r| "office"[r].to_string())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(
            texts.concat(),
            "office",
            "every character once in the text layer"
        );
        assert!(
            shaped.glyphs.len() < 6,
            "the font's ffi/fi ligature is applied: {texts:?}"
        );
    }

    #[test]
    fn brackets_mirror_in_right_to_left_text() {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let ltr = ts
            .lines(&plain("(NA)"), &par(400.0, "en", false), usize::MAX - 1)
            .unwrap();
        let rtl = ts
            .lines(&plain("زمالة (أ)"), &par(400.0, "ar", true), usize::MAX - 1)
            .unwrap();
        let paren_ltr = ltr[0].pieces[0].glyphs[0].gid;
        // In the RTL line the "(" glyph drawn is the mirrored one: its glyph
        // is the font's ")" (or a distinct mirrored glyph), not "(".
        let open_rtl: Vec<u16> = rtl[0]
            .pieces
            .iter()
            .flat_map(|p| &p.glyphs)
            .filter(|g| &*g.text == "(")
            .map(|g| g.gid)
            .collect();
        assert_eq!(open_rtl.len(), 1);
        assert_ne!(open_rtl[0], paren_ltr, "( must be mirrored in RTL");
    }

    /// A batch worker keeps one typesetter for its whole life: a word shaped
    /// for Russian was reused for Serbian, whose `locl` forms differ (б).
    #[test]
    fn word_cache_keeps_languages_apart() {
        let fonts = book();
        let face = fonts.candidates(TextStyle::default())[0];
        let word = "бобов";
        let glyphs = |lang: &str, ts: &mut Typesetter<'_>| -> Vec<u16> {
            ts.shape(face, word, lang, false)
                .glyphs
                .iter()
                .map(|g| g.gid)
                .collect()
        };
        let serbian = glyphs("sr", &mut Typesetter::new(&fonts));
        let russian = glyphs("ru", &mut Typesetter::new(&fonts));
        assert_ne!(serbian, russian, "the font has Serbian forms of б");
        let mut ts = Typesetter::new(&fonts);
        // Offered twice, the Russian word is kept in the cache.
        glyphs("ru", &mut ts);
        glyphs("ru", &mut ts);
        assert_eq!(glyphs("sr", &mut ts), serbian);
        assert_eq!(glyphs("ru", &mut ts), russian);
    }
}
