//! Stage 1, load: the size limits on every file read. In: a path, a limit
//! and the words for an error. Out: the file's bytes, or an error that says
//! which limit was passed and what to do. A limit keeps a wrong path (a
//! device, a video) from exhausting memory.

use crate::diag::{Diagnostic, Kind, Location, Result};
use std::path::Path;

/// Largest text input read (a topic, FTL file or template).
pub(super) const MAX_TEXT_FILE: u64 = 4 * 1024 * 1024;
/// Deepest folder read in a content folder (`locales/es/extra/...`).
pub(super) const MAX_CONTENT_DEPTH: usize = 4;
/// Largest font file read.
pub(super) const MAX_FONT_FILE: u64 = 64 * 1024 * 1024;
/// Largest YAML manifest read (CSV manifests are streamed, any size).
pub(super) const MAX_YAML_MANIFEST: u64 = 64 * 1024 * 1024;
/// Largest picture read (a clinic logo).
pub(super) const MAX_PICTURE: u64 = 10 * 1024 * 1024;
/// Longest field of a clinic profile (name, address, phone...), in bytes.
pub(super) const MAX_CLINIC_FIELD: usize = 1000;
/// Largest clinic profile read.
pub(super) const MAX_CLINIC_FILE: u64 = 1024 * 1024;

/// `limit` bytes as people say it: `10 MB`, `64 KB`.
fn size_text(limit: u64) -> String {
    if limit >= 1024 * 1024 && limit.is_multiple_of(1024 * 1024) {
        format!("{} MB", limit / (1024 * 1024))
    } else if limit >= 1024 && limit.is_multiple_of(1024) {
        format!("{} KB", limit / 1024)
    } else {
        format!("{limit} bytes")
    }
}

/// Reads a regular file of at most `limit` bytes. `what` names the kind of
/// file for the error (`a clinic logo`), `hint` says what to do about a
/// file over the limit. Never reads more than the limit, so a device or a
/// file that grows cannot exhaust memory.
pub(super) fn read_limited(
    path: &Path,
    limit: u64,
    display: &str,
    what: &str,
    hint: &str,
) -> Result<Vec<u8>> {
    use std::io::Read;
    let cannot = |e: std::io::Error| -> crate::diag::Diagnostics {
        let hint = if e.kind() == std::io::ErrorKind::NotFound {
            "check the path (a relative path is taken from the current folder, or from the folder of the file that names it)"
        } else {
            "check that the file exists and is readable"
        };
        Diagnostic::error(format!("cannot read {what}: {e}"))
            .kind(Kind::Io)
            .at(Location::file(display))
            .hint(hint)
            .into()
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(
            Diagnostic::error(format!("cannot read {what}: it is not a regular file"))
                .at(Location::file(display))
                .hint("give the path of a file (not a folder or a device)")
                .into(),
        );
    }
    let too_big = |size: u64| -> crate::diag::Diagnostics {
        Diagnostic::error(format!(
            "{what} may be at most {} ({limit} bytes); this file is {size} bytes",
            size_text(limit)
        ))
        .kind(Kind::LimitExceeded)
        .at(Location::file(display))
        .hint(hint)
        .into()
    };
    if meta.len() > limit {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_said_in_the_largest_whole_unit() {
        assert_eq!(size_text(MAX_PICTURE), "10 MB");
        assert_eq!(size_text(64 * 1024), "64 KB");
        assert_eq!(size_text(1500), "1500 bytes");
    }
}
