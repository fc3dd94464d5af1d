//! Stage 6, pdf: the document id of a PDF already written. In: the last few
//! kilobytes of a file (or all of it). Out: the id [`super::write`] set, if
//! the file is one of ours. The batch compares it with a job's digest to
//! skip leaflets that are up to date.

/// The document id of a PDF written here, read from the end of the file
/// (the cross-reference stream's dictionary), without parsing the rest.
pub fn read_id(pdf_tail: &[u8]) -> Option<[u8; 16]> {
    let at = pdf_tail.windows(4).rposition(|w| w == b"/ID[")?;
    let rest = &pdf_tail[at + 4..];
    let open = rest.iter().position(|&b| b == b'<')?;
    let close = rest[open..].iter().position(|&b| b == b'>')? + open;
    let hex = std::str::from_utf8(&rest[open + 1..close]).ok()?;
    if hex.len() != 32 {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}
