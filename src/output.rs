//! Core: writing files. Every file handout writes goes to a temporary file
//! in the same folder, is synced, and is renamed into place, so a reader (or
//! a rerun after a crash) never sees half a file; a failure is explained in
//! the words a user needs.

use crate::diag::{Diagnostic, Location, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The temporary file `path` is written to before it is renamed into place:
/// `.NAME.PID.tmp` in the same folder (so the rename stays on one file
/// system), hidden, and telling which process made it.
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed into place: readers never see a partial file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = temp_path(path);
    // Try first and explain afterwards: a batch writes thousands of files,
    // and checking the path beforehand costs a few system calls each.
    let created = std::fs::File::create(&tmp);
    let res = match created {
        Ok(mut f) => f
            .write_all(bytes)
            .and_then(|()| f.sync_all())
            .and_then(|()| {
                drop(f);
                std::fs::rename(&tmp, path)
            })
            .map_err(|e| ("write", e)),
        Err(e) => Err(("create", e)),
    };
    if let Err((what, e)) = res {
        let _ = std::fs::remove_file(&tmp);
        return Err(explain_write_failure(path, dir, what, e).into());
    }
    Ok(())
}

/// Why `path` could not be written, in the words a user needs: a missing
/// folder, a file where a folder should be, a folder where the file should
/// be, or what the system said.
fn explain_write_failure(path: &Path, dir: &Path, what: &str, e: std::io::Error) -> Diagnostic {
    let display = path.display().to_string();
    let folder = dir.display();
    let (message, hint) = if path.is_dir() {
        (
            format!("`{display}` is a folder, not a file"),
            format!("give a file name: {}", path.join("leaflet.pdf").display()),
        )
    } else if dir.ancestors().any(Path::is_file) {
        (
            format!("cannot write the file: `{folder}` is not a folder (part of it is a file)"),
            "choose an output path inside an existing folder".to_string(),
        )
    } else if !dir.exists() {
        (
            format!("cannot write the file: the folder `{folder}` does not exist"),
            format!("create it first (mkdir -p {folder}) or choose another output path"),
        )
    } else {
        (
            format!("cannot {what} the file: {e}"),
            "check that the folder exists and is writable".to_string(),
        )
    };
    Diagnostic::error(message)
        .at(Location::file(&display))
        .hint(hint)
}

/// Removes `.NAME.PID.tmp` files left by a killed run (ours are written that
/// way and renamed when complete) whose process is gone.
pub fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
            continue;
        };
        let Some((_, pid)) = stem.rsplit_once('.') else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        let alive = pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
        if !alive {
            let _ = std::fs::remove_file(e.path());
        }
    }
}
