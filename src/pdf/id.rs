//! Stage 6, pdf: the document id of a PDF already written. In: the last few
//! kilobytes of a file (or all of it). Out: the id [`super::write`] set, if
//! the file is one of ours. The batch compares it with a job's digest to
//! skip leaflets that are up to date, for every existing output, so this
//! reads only the end of the file: a whole-document load with lopdf takes
//! 0.2-0.35 ms for a 15-50 KB leaflet, a thousand times this scan.

/// The document id of a PDF written here: the first string of the `/ID`
/// array in the trailer. We write the trailer as the dictionary of a
/// cross-reference stream, the file's last object, so its `/ID` is the last
/// one in the file; the tests check this against lopdf's own reading of
/// what we write. White space is allowed where PDF allows it.
pub fn read_id(pdf_tail: &[u8]) -> Option<[u8; 16]> {
    let mut end = pdf_tail.len();
    // From the end; a match that is no `/ID` array (bytes of the binary
    // cross-reference data, say) is passed over.
    while let Some(at) = pdf_tail[..end].windows(3).rposition(|w| w == b"/ID") {
        if let Some(id) = id_array(&pdf_tail[at + 3..]) {
            return Some(id);
        }
        end = at + 2;
    }
    None
}

/// The first string of the array after a name `/ID`, if it is 16 bytes.
fn id_array(rest: &[u8]) -> Option<[u8; 16]> {
    // A name ends at white space or a delimiter (so this is not `/IDTree`).
    let ends = rest
        .first()
        .is_none_or(|&b| is_space(b) || b"()<>[]{}/%".contains(&b));
    if !ends {
        return None;
    }
    let rest = skip_space(rest).strip_prefix(b"[")?;
    let rest = skip_space(rest).strip_prefix(b"<")?;
    let close = rest.iter().position(|&b| b == b'>')?;
    let digits: Vec<u8> = rest[..close]
        .iter()
        .copied()
        .filter(|b| !is_space(*b))
        .collect();
    if digits.len() != 32 || !digits.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let mut out = [0u8; 16];
    for (byte, pair) in out.iter_mut().zip(digits.chunks(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(out)
}

fn skip_space(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|&&b| is_space(b)).count();
    &bytes[n..]
}

/// PDF white space (ISO 32000-1, 7.2.2).
fn is_space(b: u8) -> bool {
    matches!(b, b'\0' | b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{
        Artifact, FontBook, Frame, GlyphRun, Item, Laid, Node, OutlineEntry, PlacedGlyph, Pt, Rgb,
        Role, Structure, Tag,
    };
    use crate::pdf::{write, PdfMeta};

    /// A leaflet of `pages` pages, each with text, a box and a bookmark.
    fn leaflet(pages: usize) -> Laid {
        let glyph = |gid, x, text: &str| PlacedGlyph {
            gid,
            x,
            y: 700.0,
            advance: 7.0,
            text: text.into(),
            hyphen: false,
        };
        let frame = Frame {
            width: Pt(612.0),
            height: Pt(792.0),
            items: vec![
                Item::Glyphs(GlyphRun {
                    face: 0,
                    size: 12.0,
                    color: Rgb(0.1, 0.1, 0.1),
                    baseline: 700.0,
                    rtl: false,
                    glyphs: vec![glyph(36, 72.0, "A"), glyph(37, 79.0, "B")],
                    tag: Tag::Content { node: 1, seq: 1 },
                }),
                Item::Rect {
                    x: 72.0,
                    y: 600.0,
                    w: 200.0,
                    h: 50.0,
                    radius: 4.0,
                    fill: Some(Rgb(0.9, 0.9, 0.8)),
                    stroke: None,
                    tag: Tag::Artifact(Artifact::Layout),
                },
            ],
            links: Vec::new(),
        };
        Laid {
            frames: vec![frame; pages],
            title: "Your first meeting".into(),
            lang: "en-US".into(),
            outline: (0..pages)
                .map(|page| OutlineEntry {
                    title: format!("Part {page}"),
                    page,
                    y: 720.0,
                })
                .collect(),
            structure: {
                let mut s = Structure::new();
                s.nodes.push(Node {
                    role: Role::P,
                    parent: Some(0),
                    seq: 0,
                    alt: None,
                    lang: None,
                });
                s
            },
        }
    }

    /// What lopdf, parsing the whole file, finds as the first string of
    /// the trailer's /ID.
    fn lopdf_id(pdf: &[u8]) -> Vec<u8> {
        let doc = lopdf::Document::load_mem(pdf).expect("our PDF loads");
        let ids = doc.trailer.get(b"ID").and_then(lopdf::Object::as_array);
        ids.expect("a trailer /ID")[0]
            .as_str()
            .expect("a string")
            .to_vec()
    }

    /// The id written is the id read, from the whole file and from the
    /// 4 KB the batch reads, and lopdf agrees, from 1 page up to the
    /// 20 pages a leaflet may have.
    #[test]
    fn reads_back_the_id_that_was_set() {
        let content = crate::load::Content::builtin();
        let fonts = FontBook::new(&content.fonts(), "NotoSans").unwrap();
        let ids = [[0u8; 16], [0xFF; 16], *b">)]/ID[<0123abc\n"];
        for (pages, id) in [1, 20].into_iter().zip(ids).chain([(3, ids[2])]) {
            let meta = PdfMeta {
                epoch: 1_700_000_000,
                id,
            };
            let pdf = write(&leaflet(pages), &fonts, &meta).unwrap();
            let tail = &pdf[pdf.len().saturating_sub(4096)..];
            assert_eq!(read_id(&pdf), Some(id), "{pages} pages");
            assert_eq!(read_id(tail), Some(id), "{pages} pages, the tail");
            assert_eq!(lopdf_id(&pdf), id, "{pages} pages, lopdf");
        }
    }

    #[test]
    fn white_space_is_allowed_where_pdf_allows_it() {
        let id: [u8; 16] = std::array::from_fn(|i| i as u8 * 17);
        let hex = "00112233445566778899AABBCCDDEEFF";
        for dict in [
            format!("<</ID[<{hex}><{hex}>]>>"),
            format!("<< /ID [ <{hex}> <{hex}> ] >>"),
            format!("<</ID\r\n[\n<{} {}>]>>", &hex[..16], &hex[16..]),
            format!("<</IDTree 3 0 R/ID[<{hex}><{hex}>]>>"),
            format!("<</ID[<{hex}><{hex}>]>>stream\n/ID\0\x01\x02\nendstream"),
        ] {
            assert_eq!(read_id(dict.as_bytes()), Some(id), "{dict}");
        }
        for wrong in [
            format!("<</IDTree[<{hex}>]>>"),
            format!("<</ID[<{}>]>>", &hex[..30]),
            format!("<</ID[({hex})]>>"),
            format!("<</ID[<+{}>]>>", &hex[..31]),
            "no id here".to_string(),
        ] {
            assert_eq!(read_id(wrong.as_bytes()), None, "{wrong}");
        }
    }
}
