//! Stage 1, load: pictures. In: the path of a picture (the clinic logo).
//! Out: a [`Picture`] with its bytes and its size in pixels, once it is
//! known to be a PNG or JPEG of a sane size. The only file that names
//! imagesize.

use super::limits::{read_limited, MAX_PICTURE};
use crate::diag::{Diagnostic, Location, Result};
use crate::doc::Picture;
use std::path::Path;

/// Reads a PNG or JPEG picture and its size in pixels.
pub fn read_picture(path: &str) -> Result<Picture> {
    let bytes = read_limited(
        Path::new(path),
        MAX_PICTURE,
        path,
        "a picture (the clinic logo)",
        "a logo of a few hundred pixels is plenty: scale it down, or save it as JPEG",
    )?;
    let bad = |why: &str| -> crate::diag::Diagnostics {
        Diagnostic::error(format!("the picture {why}"))
            .at(Location::file(path))
            .hint("use a PNG or JPEG file (a clinic logo of a few hundred pixels is plenty)")
            .into()
    };
    if bytes.is_empty() {
        return Err(bad("is empty (0 bytes)"));
    }
    match imagesize::image_type(&bytes) {
        Ok(imagesize::ImageType::Png | imagesize::ImageType::Jpeg) => {}
        Ok(_) => return Err(bad("is neither PNG nor JPEG")),
        Err(_) => return Err(bad("cannot be read")),
    }
    let size = imagesize::blob_size(&bytes).map_err(|_| bad("cannot be read"))?;
    if size.width == 0 || size.height == 0 || size.width > 10_000 || size.height > 10_000 {
        return Err(bad(&format!(
            "is {} x {} pixels; the limit is 10,000 a side",
            size.width, size.height
        )));
    }
    Ok(Picture {
        path: path.to_string(),
        data: bytes.into(),
        width_px: size.width as u32,
        height_px: size.height as u32,
    })
}
