//! Stage 6, pdf: frames to a PDF file. In: the typeset pages and the font
//! book. Out: PDF bytes. printpdf is used as a writer only: glyphs go in as
//! glyph ids with the characters they stand for (so copy/paste and
//! `pdftotext` give the real words); each font is subset here with
//! `subsetter` and embedded. lopdf then sets what printpdf does not: PDF
//! version 1.7, `/Lang`, fixed dates (from `SOURCE_DATE_EPOCH` or the topic's
//! review date) and a document id derived from the content, so the same
//! inputs give byte-identical files. No patient data is ever written to
//! metadata: only the leaflet title and language.
//!
//! In order: `fonts` subsets and registers the faces the pages use;
//! `content` writes each frame as a page, one function per kind of item
//! (glyph runs in `text`); `meta` sets the document's metadata, id and
//! bookmarks on the lopdf document; `memo` keeps, per thread, the subsets
//! and compressed streams a batch makes again and again. `id` reads the id
//! back from a file written earlier.

mod content;
mod fonts;
mod id;
mod memo;
mod meta;
mod tags;
mod text;

pub use id::read_id;

use crate::diag::{Diagnostic, Result};
use crate::layout::{FontBook, Laid};
use content::{PageWriter, Pictures};
use printpdf::{PdfDocument, PdfSaveOptions};

/// What goes into the PDF besides the pages.
#[derive(Debug, Clone)]
pub struct PdfMeta {
    /// Creation and modification time, seconds since 1970 (UTC).
    pub epoch: i64,
    /// The document id: a digest of everything the leaflet is made from,
    /// so the same inputs give the same file.
    pub id: [u8; 16],
}

/// A 64-bit FNV-1a hash, for deterministic subset tags and for knowing a
/// picture or a stream seen before.
#[derive(Debug, Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new(seed: u64) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325 ^ seed)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Writes the PDF: fonts subset and registered, each frame written as a
/// page, then serialized through lopdf with what printpdf leaves open set.
pub fn write(laid: &Laid, fonts: &FontBook, meta: &PdfMeta) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&laid.title);
    let subsets = fonts::embed(&mut doc, laid, fonts)?;
    let mut pictures = Pictures::new(&mut doc.resources.xobjects);
    let mut marks = Vec::with_capacity(laid.frames.len());
    for frame in &laid.frames {
        let written = PageWriter::page(frame, &subsets, &mut pictures, &laid.structure)?;
        doc.pages.push(written.page);
        marks.push(written.mcids);
    }
    save(&doc, laid, &marks, meta)
}

/// Serializes through lopdf and fixes what printpdf leaves open.
fn save(
    doc: &PdfDocument,
    laid: &Laid,
    marks: &[tags::PageMarks],
    meta: &PdfMeta,
) -> Result<Vec<u8>> {
    let opts = PdfSaveOptions {
        subset_fonts: false,
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    meta::finish(&mut lo, laid, marks, meta)?;
    // Dictionaries go into an object stream, left uncompressed: lopdf
    // compresses an object stream with a zlib compressor of its own, made
    // for each PDF (a 371 KB block), and in a batch those blocks fragment
    // the heap: peak memory rose from 34 MB to as much as 46 MB. Unpacked,
    // a leaflet is 2-3.5 KB larger (en-US 15.2 -> 17.1 KB). Every other
    // stream is compressed in `finish`, with a compressor kept per thread.
    let mut out = Vec::new();
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(0)
        .build();
    lo.save_with_options(&mut out, options)
        .map_err(|e| Diagnostic::error(format!("cannot write the PDF: {e}")))?;
    Ok(out)
}

/// A PDF text string object (hex UTF-16BE, for titles and alt texts in
/// any script).
fn text_string(s: &str) -> lopdf::Object {
    lopdf::Object::String(utf16_bytes(s), lopdf::StringFormat::Hexadecimal)
}

/// A PDF text string: UTF-16BE with its byte-order mark.
fn utf16_bytes(s: &str) -> Vec<u8> {
    let mut v = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        v.extend_from_slice(&u.to_be_bytes());
    }
    v
}
