//! Stage 6, pdf: what lopdf sets after printpdf. In: the lopdf document
//! printpdf made, the typeset leaflet's title, language and headings, and
//! [`PdfMeta`]. Out: the same document with PDF 1.7, the Info dictionary,
//! `/Lang`, fixed dates, the document id and the bookmarks; then its
//! objects pruned, renumbered and compressed.

use super::memo::compress_streams;
use super::{text_string, PdfMeta};
use crate::diag::{Diagnostic, Result};
use crate::layout::Laid;

/// Sets what printpdf leaves open or gets wrong for us (see the file's
/// doc), then prunes, renumbers and compresses the objects.
pub(super) fn finish(
    lo: &mut lopdf::Document,
    laid: &Laid,
    marks: &[super::tags::PageMarks],
    meta: &PdfMeta,
) -> Result<()> {
    use lopdf::{Dictionary, Object};
    lo.version = "1.7".to_string();
    let date = Object::String(
        pdf_date(meta.epoch).into_bytes(),
        lopdf::StringFormat::Literal,
    );
    let mut info = Dictionary::new();
    info.set("Title", text_string(&super::tags::title(laid)));
    info.set("Creator", Object::string_literal("handout"));
    info.set(
        "Producer",
        Object::string_literal(format!("handout {} (printpdf)", env!("CARGO_PKG_VERSION"))),
    );
    info.set("CreationDate", date.clone());
    info.set("ModDate", date);
    let info_id = lo.trailer.get(b"Info").and_then(Object::as_reference).ok();
    if let Some(id) = info_id {
        lo.objects.insert(id, Object::Dictionary(info));
    }
    let root = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| Diagnostic::error("the PDF writer produced no catalog"))?;
    if let Ok(Object::Dictionary(cat)) = lo.get_object_mut(root) {
        cat.set("Lang", Object::string_literal(laid.lang.clone()));
        cat.set("ViewerPreferences", {
            let mut vp = Dictionary::new();
            vp.set("DisplayDocTitle", Object::Boolean(true));
            vp
        });
    }
    add_outline(lo, laid, root);
    let doc_id = Object::String(meta.id.to_vec(), lopdf::StringFormat::Hexadecimal);
    lo.trailer
        .set("ID", Object::Array(vec![doc_id.clone(), doc_id]));
    lo.prune_objects();
    // After pruning: every object the structure adds is referenced, and
    // pruning need not walk the tree.
    super::tags::tag(lo, laid, marks, root);
    lo.renumber_objects();
    compress_streams(lo);
    Ok(())
}

/// A PDF date in UTC, `D:YYYYMMDDHHmmSSZ`. This is the other half of
/// `model::Date::unix_seconds` (days from civil).
fn pdf_date(epoch: i64) -> String {
    let days = epoch.div_euclid(86_400);
    let secs = epoch.rem_euclid(86_400);
    // Civil from days (Howard Hinnant).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "D:{y:04}{m:02}{d:02}{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// PDF bookmarks for the headings, in reading order (printpdf's own sorts
/// them by name within a page).
fn add_outline(lo: &mut lopdf::Document, laid: &Laid, root: lopdf::ObjectId) {
    use lopdf::{Dictionary, Object};
    if laid.outline.is_empty() {
        return;
    }
    let pages = lo.get_pages();
    let outlines_id = lo.new_object_id();
    let ids: Vec<lopdf::ObjectId> = laid.outline.iter().map(|_| lo.new_object_id()).collect();
    for (i, entry) in laid.outline.iter().enumerate() {
        let Some(page) = pages.get(&(entry.page as u32 + 1)) else {
            continue;
        };
        let mut item = Dictionary::new();
        item.set("Title", text_string(&entry.title));
        item.set("Parent", Object::Reference(outlines_id));
        item.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(*page),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(entry.y),
                Object::Null,
            ]),
        );
        if i > 0 {
            item.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            item.set("Next", Object::Reference(*next));
        }
        lo.objects.insert(ids[i], Object::Dictionary(item));
    }
    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    outlines.set("First", Object::Reference(ids[0]));
    outlines.set("Last", Object::Reference(*ids.last().expect("not empty")));
    outlines.set("Count", Object::Integer(ids.len() as i64));
    lo.objects.insert(outlines_id, Object::Dictionary(outlines));
    if let Ok(Object::Dictionary(cat)) = lo.get_object_mut(root) {
        cat.set("Outlines", Object::Reference(outlines_id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_are_utc() {
        assert_eq!(pdf_date(0), "D:19700101000000Z");
        assert_eq!(pdf_date(1_793_491_200 + 3661), "D:20261101010101Z");
    }
}
