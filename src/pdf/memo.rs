//! Stage 6, pdf: the per-thread memo of work a batch repeats, and the last
//! pass over the document. In: font files with the glyphs to keep; the
//! finished lopdf document. Out: subset font programs; the document with
//! every stream compressed. A remembered result is byte for byte what doing
//! the work again would give, so a batch equals single renders.

use super::Fnv;
use std::cell::RefCell;
use std::sync::Arc;

/// Deflates every stream not yet compressed, at level 3: about 2 % larger
/// than lopdf's own `compress` (level 9) for a fraction of the time, which a
/// batch of thousands feels. Font programs and their ToUnicode maps come
/// back unchanged whenever a leaflet uses the same glyphs as an earlier one,
/// so their compressed form is memoised (see [`Memo`]); page contents never
/// repeat and are compressed each time.
pub(super) fn compress_streams(lo: &mut lopdf::Document) {
    let contents: std::collections::BTreeSet<lopdf::ObjectId> = lo
        .page_iter()
        .flat_map(|page| lo.get_page_contents(page))
        .collect();
    MEMO.with_borrow_mut(|memo| {
        for (id, obj) in lo.objects.iter_mut() {
            if let lopdf::Object::Stream(st) = obj {
                if st.dict.get(b"Filter").is_ok() || st.content.len() < 64 {
                    continue;
                }
                let packed = if contents.contains(id) {
                    memo.deflate(&st.content)
                } else {
                    memo.deflate_memoised(&st.content).to_vec()
                };
                if packed.len() < st.content.len() {
                    st.dict
                        .set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
                    st.set_content(packed);
                }
            }
        }
    });
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::new());
}

/// `font` subset to the glyphs `remapper` lists, in its order, from this
/// thread's memo when an earlier leaflet needed the same.
pub(super) fn subset(
    font: &crate::load::Bytes,
    remapper: &subsetter::GlyphRemapper,
) -> std::result::Result<Arc<[u8]>, subsetter::Error> {
    MEMO.with_borrow_mut(|m| m.subset(font, remapper))
}

/// Work a batch repeats, kept per thread. Each leaflet embeds its fonts
/// subset to the glyphs it uses, and leaflets of one language mostly use the
/// same glyphs, so the same subset font programs, and the same compressed
/// streams, come back again and again. Entries are keyed by their whole
/// input (the font file itself and the glyph ids; a stream's bytes), so a
/// remembered result is exactly what computing it again would give, and a
/// batch stays byte-identical to single renders. Bounded to [`MEMO_BYTES`]
/// per thread; the oldest entries go first.
struct Memo {
    /// One zlib compressor, reset between streams: creating one clears
    /// several hundred kilobytes of tables, more work than compressing a
    /// small stream. A reset compressor gives the same bytes as a new one.
    zlib: flate2::Compress,
    subsets: std::collections::VecDeque<(FontKey, Vec<u16>, Arc<[u8]>)>,
    streams: std::collections::VecDeque<(u64, Vec<u8>, Arc<[u8]>)>,
    bytes: usize,
}

/// Memory the memo may hold per thread.
const MEMO_BYTES: usize = 1024 * 1024;

/// A font file, by identity: built-in fonts by address, a user's font by
/// its shared buffer, which the key keeps alive so the address cannot be
/// reused by another font.
enum FontKey {
    Static(&'static [u8]),
    Owned(Arc<[u8]>),
}

impl FontKey {
    fn of(data: &crate::load::Bytes) -> FontKey {
        match data {
            crate::load::Bytes::Static(b) => FontKey::Static(b),
            crate::load::Bytes::Owned(b) => FontKey::Owned(b.clone()),
        }
    }

    fn is(&self, data: &crate::load::Bytes) -> bool {
        match (self, data) {
            (FontKey::Static(a), crate::load::Bytes::Static(b)) => std::ptr::eq(*a, *b),
            (FontKey::Owned(a), crate::load::Bytes::Owned(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Memo {
    fn new() -> Memo {
        Memo {
            zlib: flate2::Compress::new(flate2::Compression::new(3), true),
            subsets: Default::default(),
            streams: Default::default(),
            bytes: 0,
        }
    }

    /// `font` subset to the glyphs `remapper` lists, in its order.
    fn subset(
        &mut self,
        font: &crate::load::Bytes,
        remapper: &subsetter::GlyphRemapper,
    ) -> std::result::Result<Arc<[u8]>, subsetter::Error> {
        let gids: Vec<u16> = remapper.remapped_gids().collect();
        if let Some((_, _, hit)) = self
            .subsets
            .iter()
            .find(|(k, g, _)| k.is(font) && *g == gids)
        {
            return Ok(hit.clone());
        }
        let made: Arc<[u8]> = subsetter::subset(font.as_slice(), 0, remapper)?.into();
        self.bytes += made.len() + 2 * gids.len();
        self.subsets
            .push_back((FontKey::of(font), gids, made.clone()));
        self.trim();
        Ok(made)
    }

    /// `data` compressed, remembered for the next time it comes.
    fn deflate_memoised(&mut self, data: &[u8]) -> Arc<[u8]> {
        let mut h = Fnv::new(0);
        h.write(data);
        if let Some((_, _, hit)) = self
            .streams
            .iter()
            .find(|(k, d, _)| *k == h.0 && d.as_slice() == data)
        {
            return hit.clone();
        }
        let packed: Arc<[u8]> = self.deflate(data).into();
        self.bytes += data.len() + packed.len();
        self.streams.push_back((h.0, data.to_vec(), packed.clone()));
        self.trim();
        packed
    }

    /// `data` compressed as a zlib stream.
    fn deflate(&mut self, data: &[u8]) -> Vec<u8> {
        self.zlib.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let read = usize::try_from(self.zlib.total_in()).unwrap_or(usize::MAX);
            let status = self
                .zlib
                .compress_vec(
                    &data[read.min(data.len())..],
                    &mut out,
                    flate2::FlushCompress::Finish,
                )
                .expect("deflate on a fresh stream with room to write cannot fail");
            if status == flate2::Status::StreamEnd {
                return out;
            }
            out.reserve(out.capacity().max(1024));
        }
    }

    /// Drops the oldest entries until the memo fits its budget.
    fn trim(&mut self) {
        while self.bytes > MEMO_BYTES {
            let freed = if self.subsets.len() > self.streams.len() {
                self.subsets
                    .pop_front()
                    .map(|(_, g, s)| s.len() + 2 * g.len())
            } else {
                self.streams.pop_front().map(|(_, d, p)| d.len() + p.len())
            };
            match freed {
                Some(n) => self.bytes -= n,
                None => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a memoised or reused compressor gives is what a fresh one
    /// gives, whatever came before: a batch must equal single renders.
    #[test]
    fn memo_gives_what_fresh_work_gives() {
        use std::io::{Read, Write};
        let a: Vec<u8> = (0..20_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let b: Vec<u8> = b"BT /F0 12 Tf (hello) Tj ET ".repeat(300);
        let fresh = |data: &[u8]| {
            let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(3));
            enc.write_all(data).unwrap();
            enc.finish().unwrap()
        };
        let mut memo = Memo::new();
        let first_a = memo.deflate(&a);
        let b_packed = memo.deflate_memoised(&b);
        let again_a = memo.deflate(&a);
        assert_eq!(first_a, fresh(&a));
        assert_eq!(again_a, first_a);
        assert_eq!(&*b_packed, fresh(&b).as_slice());
        assert!(Arc::ptr_eq(&b_packed, &memo.deflate_memoised(&b)));
        let mut back = Vec::new();
        flate2::read::ZlibDecoder::new(&*b_packed)
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, b);

        // Subsets are keyed by the font file itself, not only the glyphs.
        let fonts = crate::load::Content::builtin();
        let files = fonts.fonts();
        let regular = files
            .iter()
            .find(|f| f.rel.ends_with("NotoSans-Regular.ttf"))
            .expect("built-in font");
        let bold = files
            .iter()
            .find(|f| f.rel.ends_with("NotoSans-Bold.ttf"))
            .expect("built-in font");
        let mut remapper = subsetter::GlyphRemapper::new();
        for gid in [0, 36, 37, 38] {
            remapper.remap(gid);
        }
        let r = memo.subset(&regular.bytes, &remapper).unwrap();
        let b = memo.subset(&bold.bytes, &remapper).unwrap();
        assert_ne!(r, b);
        assert_eq!(
            &*r,
            subsetter::subset(regular.bytes.as_slice(), 0, &remapper)
                .unwrap()
                .as_slice()
        );
        assert!(Arc::ptr_eq(
            &r,
            &memo.subset(&regular.bytes, &remapper).unwrap()
        ));
    }
}
