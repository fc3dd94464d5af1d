//! Core: writing files. Every file handout writes goes to a temporary file
//! in the same folder, is synced, and is renamed into place, so a reader (or
//! a rerun after a crash) never sees half a file; a failure is explained in
//! the words a user needs.

use crate::diag::{Diagnostic, Location, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The temporary file `path` is written to before it is renamed into place:
/// `.NAME.PID@HOST.tmp` in the same folder (so the rename stays on one file
/// system), hidden, and naming the process and the machine that write it,
/// so that a run can tell its own host's leftovers from the files that
/// shards on other machines are writing into a shared folder.
pub(crate) fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}@{}.tmp", std::process::id(), host()))
}

/// This machine's name as temporary files carry it: the host name, or what
/// [`set_host`] gave; only the characters a file name keeps everywhere.
pub(crate) fn host() -> &'static str {
    HOST.get_or_init(|| file_safe(&gethostname::gethostname().to_string_lossy()))
}

static HOST: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Names this machine for temporary files, instead of its host name (for
/// containers that share one). Has no effect once a temporary file was
/// named.
pub(crate) fn set_host(name: &str) {
    let _ = HOST.set(file_safe(name));
}

fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    if safe.is_empty() {
        "unknown-host".to_string()
    } else {
        safe
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed into place: readers never see a partial file.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
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

/// Removes the temporary files a killed run of this machine left in `dir`:
/// ours are named `.NAME.PID@HOST.tmp` and renamed when complete. Only
/// this host's files whose process is gone are removed; another host's
/// files may be in flight (shards on several machines writing to one
/// shared folder), and where processes cannot be looked up (no `/proc`),
/// nothing is removed.
pub(crate) fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some((pid, host)) = temp_owner(&name) else {
            continue;
        };
        if host == self::host() && process_alive(pid) == Some(false) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The process and host a temporary file's name says made it.
fn temp_owner(file_name: &str) -> Option<(u32, &str)> {
    let stem = file_name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (rest, host) = stem.rsplit_once('@')?;
    let (_, pid) = rest.rsplit_once('.')?;
    Some((pid.parse().ok()?, host))
}

/// Whether process `pid` of this machine runs; `None` where that cannot be
/// told (no `/proc`).
fn process_alive(pid: u32) -> Option<bool> {
    if pid == std::process::id() {
        return Some(true);
    }
    if !Path::new("/proc/self").exists() {
        return None;
    }
    Some(Path::new(&format!("/proc/{pid}")).exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_say_which_process_and_host_made_them() {
        let tmp = temp_path(Path::new("out/intake-2.es.pdf"));
        let name = tmp.file_name().unwrap().to_str().unwrap();
        assert_eq!(tmp.parent(), Some(Path::new("out")));
        assert_eq!(temp_owner(name), Some((std::process::id(), host())));
        assert_eq!(
            temp_owner(".a.pdf.12@node-3.example.org.tmp"),
            Some((12, "node-3.example.org"))
        );
        // Not ours: no host, no pid, not hidden.
        assert_eq!(temp_owner(".a.pdf.12.tmp"), None);
        assert_eq!(temp_owner(".a.pdf.x@h.tmp"), None);
        assert_eq!(temp_owner("a.pdf.12@h.tmp"), None);
        assert_eq!(file_safe("a/b c"), "a_b_c");
    }
}
