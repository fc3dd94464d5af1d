//! Bench binary for `handout batch`, through its own code path (manifest,
//! workers, writer threads, atomic writes):
//!
//! - throughput: 1,000 distinct leaflets (every built-in topic x concern
//!   subset x locale x paper), timed in-process, written under `TMPDIR`;
//! - peak memory of the real `handout batch` program, for 100 and for
//!   10,000 distinct leaflets, and for 10,000 personalised ones (each with a
//!   patient's name of its own): its peak resident set (`VmHWM`), read from
//!   `/proc` while it runs (Linux).
//!
//! `cargo bench --bench batch` runs both; `-- N` sets the number of jobs
//! for the throughput run; `-- --no-memory` skips the memory runs.
//! `JOBS=N` sets the worker threads (default: all cores).

use std::io::Write;
use std::path::Path;

const LOCALES: [&str; 6] = ["en-US", "es", "ar", "zh-Hans", "vi", "ru"];

/// `n` distinct jobs: topic x concern subset x locale x paper. Subsets go
/// from one concern up; the topics take turns, so even a short manifest has
/// all of them (a topic without concerns has one leaflet per locale and
/// paper). `named`: each row also has a patient name of its own.
fn manifest(n: usize, named: bool) -> String {
    let content = handout::load::Content::builtin();
    let mut per_topic: Vec<Vec<(String, String)>> = Vec::new();
    for id in content.topic_ids() {
        let topic = content.topic(&id).expect("built-in topic");
        let concerns: Vec<&str> = topic.topic.concerns.iter().map(|c| c.id.as_str()).collect();
        let mut masks: Vec<u32> = (1..1u32 << concerns.len().min(16)).collect();
        masks.sort_by_key(|m| (m.count_ones(), *m));
        let mut subsets: Vec<String> = masks
            .iter()
            .map(|m| {
                let picked: Vec<&str> = (0..concerns.len())
                    .filter(|i| m & (1 << i) != 0)
                    .map(|i| concerns[i])
                    .collect();
                picked.join(";")
            })
            .collect();
        if subsets.is_empty() {
            subsets.push(String::new());
        }
        per_topic.push(subsets.into_iter().map(|s| (id.clone(), s)).collect());
    }
    let longest = per_topic.iter().map(Vec::len).max().unwrap_or(0);
    let pairs = (0..longest).flat_map(|i| per_topic.iter().filter_map(move |t| t.get(i)));
    let mut out = String::from("topic,locale,concerns,paper,output,patient_name\n");
    let mut rows = 0;
    'all: for (topic, subset) in pairs {
        for locale in LOCALES {
            for paper in ["letter", "a4"] {
                if rows == n {
                    break 'all;
                }
                let name = if named { patient(rows) } else { String::new() };
                out.push_str(&format!(
                    "{topic},{locale},{subset},{paper},{{line}}.pdf,{name}\n"
                ));
                rows += 1;
            }
        }
    }
    assert_eq!(
        rows, n,
        "the built-in content has fewer than {n} distinct leaflets"
    );
    out
}

/// A made-up name, different for every `i`: "Bac Dafeg", ...
fn patient(i: usize) -> String {
    let word = |mut k: usize, len: usize| -> String {
        let mut w = String::new();
        for j in 0..len {
            let letters: &[u8] = if j % 2 == 0 {
                b"bcdfghklmnprstvz"
            } else {
                b"aeiou"
            };
            w.push(letters[k % letters.len()] as char);
            k /= letters.len();
        }
        let mut c = w.chars();
        c.next()
            .map_or(w.clone(), |f| f.to_uppercase().chain(c).collect())
    };
    format!("{} {}", word(i, 3), word(i / 7 + 11, 5))
}

/// Writes a manifest of `n` jobs into `dir`; returns its path.
fn write_manifest(n: usize, named: bool, dir: &Path) -> std::path::PathBuf {
    std::fs::create_dir_all(dir).expect("temp dir");
    let path = dir.join("jobs.csv");
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(manifest(n, named).as_bytes()))
        .expect("manifest");
    path
}

/// Makes `n` distinct leaflets in `dir`, in this process; returns the
/// seconds taken.
fn run_batch(n: usize, dir: &Path) -> f64 {
    let path = write_manifest(n, false, dir);
    let opts = handout::batch::BatchOptions {
        manifest: path,
        out_dir: dir.join("out"),
        jobs: std::env::var("JOBS").ok().and_then(|j| j.parse().ok()),
        shard: None,
        force: true,
        report: None,
        progress: handout::batch::ProgressMode::Quiet,
        clinic: None,
        allow_fallback: false,
        content: None,
        epoch: Some(0),
        region_paper: None,
        program_time: None,
    };
    let start = std::time::Instant::now();
    let summary = handout::batch::run(&opts, &mut |_| {}).expect("batch runs");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(summary.written, n, "every job written");
    secs
}

/// Peak resident set of process `pid` so far, in kilobytes (Linux).
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs the `handout batch` program on `n` jobs; returns its peak resident
/// set in kilobytes, as last read before it ended (the mark only rises).
fn program_peak_kb(n: usize, named: bool, dir: &Path) -> Option<u64> {
    let manifest = write_manifest(n, named, dir);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_handout"))
        .arg("batch")
        .arg(&manifest)
        .arg("--out-dir")
        .arg(dir.join("out"))
        .args(["--quiet", "--force"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .stdin(std::process::Stdio::null())
        .spawn()
        .expect("handout runs");
    let mut peak = None;
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            assert!(status.success(), "handout batch of {n} failed");
            break;
        }
        peak = peak_rss_kb(child.id()).or(peak);
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let _ = std::fs::remove_dir_all(dir);
    peak
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scratch = std::env::temp_dir().join(format!("handout-bench-batch-{}", std::process::id()));
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(1000);
    let secs = run_batch(n, &scratch);
    let bytes: u64 = std::fs::read_dir(scratch.join("out"))
        .map(|d| {
            d.filter_map(|e| e.ok()?.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    let threads = std::env::var("JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    println!(
        "batch: {n} distinct leaflets in {secs:.2} s = {:.0} leaflets/s on {threads} threads, {:.1} KB per PDF on average (output in {})",
        n as f64 / secs,
        bytes as f64 / n as f64 / 1024.0,
        std::env::temp_dir().display(),
    );
    let _ = std::fs::remove_dir_all(&scratch);
    if args.iter().any(|a| a == "--no-memory") {
        return;
    }
    for (jobs, named) in [(100, false), (10_000, false), (10_000, true)] {
        let what = if named { " personalised" } else { "" };
        match program_peak_kb(jobs, named, &scratch) {
            Some(kb) => println!(
                "peak memory of handout batch: {jobs}{what} jobs {:.1} MB (resident set)",
                kb as f64 / 1024.0
            ),
            None => println!("peak memory: {jobs}{what} jobs: not measurable here (no /proc)"),
        }
    }
}
