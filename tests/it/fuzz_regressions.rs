//! Replays the fuzzing corpus and crash regressions with a plain
//! `cargo test` (stable, no cargo-fuzz): every file of
//! `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` goes through the
//! same property checks as the fuzz target (`fuzz/props.rs`). See the
//! README's "Fuzzing" section.

#[path = "../../fuzz/props.rs"]
mod props;

use std::path::Path;

/// Runs `check` on every file of the target's corpus and regression
/// folders; reports every failing file by name, not just the first.
fn replay(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for e in entries {
            files.push(e.expect("a folder entry").path());
        }
    }
    files.sort();
    assert!(
        !files.is_empty(),
        "no corpus for the fuzz target `{target}`"
    );
    let mut failed = Vec::new();
    for f in &files {
        let data = std::fs::read(f).expect("read a corpus file");
        // The stack of the process's main thread (8 MB), which the CLI and
        // the fuzz targets run on, not a test thread's 2 MB: unoptimized,
        // parsing markup nested 500 deep (the parser refuses it after) needs
        // more than that.
        let run = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || check(&data))
            .expect("a thread");
        if let Err(e) = run.join() {
            let why = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failed.push(format!("{}: {why}", f.display()));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} inputs of `{target}` fail:\n{}",
        failed.len(),
        files.len(),
        failed.join("\n")
    );
}

#[test]
fn markup_corpus_and_regressions() {
    replay("markup", props::markup);
}

#[test]
fn ftl_page_corpus_and_regressions() {
    replay("ftl_page", props::ftl_page);
}

#[test]
fn layout_mixed_corpus_and_regressions() {
    replay("layout_mixed", props::layout_mixed);
}
