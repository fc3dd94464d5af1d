//! Rebuilds the binary when the built-in content changes (`include_dir!`
//! embeds these folders but cannot tell cargo to watch them), and records a
//! hash of that content: a batch uses it to tell whether a leaflet printed
//! earlier is still up to date.

use std::path::Path;

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let mut files = Vec::new();
    for dir in ["topics", "locales", "templates", "fonts"] {
        println!("cargo:rerun-if-changed={dir}");
        walk(Path::new(dir), &mut files);
    }
    files.sort();
    // FNV-1a, twice with different seeds: a fingerprint, not security.
    let mut h = [0xcbf2_9ce4_8422_2325u64, 0x6c62_272e_07bb_0142u64];
    for f in &files {
        let bytes = std::fs::read(f).unwrap_or_default();
        for part in [f.to_string_lossy().as_bytes(), &bytes[..]] {
            for b in part {
                for x in &mut h {
                    *x ^= u64::from(*b);
                    *x = x.wrapping_mul(0x0100_0000_01b3);
                }
            }
        }
    }
    println!(
        "cargo:rustc-env=HANDOUT_CONTENT_HASH={:016x}{:016x}",
        h[0], h[1]
    );
}
