//! Bench binary: a batch of distinct leaflets through `handout batch`'s own
//! code path (manifest, workers, atomic writes), timed in-process.
//! Run with `cargo bench --bench batch` (1,000 jobs, all cores); `-- N` sets
//! the number of jobs. Peak memory is measured on the real binary, see the
//! README.

use std::io::Write;

const LOCALES: [&str; 6] = ["en-US", "es", "ar", "zh-Hans", "vi", "ru"];

/// `n` distinct jobs: topic x locale x concern subset x paper.
fn manifest(n: usize) -> String {
    // The concerns of the built-in topic, as the program reads them.
    let topic = handout::load::Content::builtin()
        .topic("twelve-step-meetings")
        .expect("built-in topic");
    let concerns: Vec<&str> = topic.topic.concerns.iter().map(|c| c.id.as_str()).collect();
    let mut out = String::from("topic,locale,concerns,paper,output\n");
    let mut subsets: Vec<Vec<&&str>> = Vec::new();
    for (a, first) in concerns.iter().enumerate() {
        subsets.push(vec![first]);
        for (b, second) in concerns.iter().enumerate().skip(a + 1) {
            subsets.push(vec![first, second]);
            for third in concerns.iter().skip(b + 1) {
                subsets.push(vec![first, second, third]);
            }
        }
    }
    let mut i = 0;
    'outer: for s in &subsets {
        for l in LOCALES {
            for paper in ["letter", "a4"] {
                if i == n {
                    break 'outer;
                }
                out.push_str(&format!(
                    "twelve-step-meetings,{l},{},{paper},{{n}}\n",
                    s.iter().map(|c| **c).collect::<Vec<_>>().join(";")
                ));
                i += 1;
            }
        }
    }
    out
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1000);
    let dir = std::env::temp_dir().join(format!("handout-bench-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("jobs.csv");
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(manifest(n).as_bytes()))
        .expect("manifest");
    let args = handout::cli::BatchArgs {
        manifest: path,
        out_dir: dir.join("out"),
        jobs: std::env::var("JOBS").ok().and_then(|j| j.parse().ok()),
        shard: None,
        force: true,
        report: None,
        quiet: true,
        clinic: None,
        allow_fallback: false,
        content: handout::cli::ContentArgs { content: None },
    };
    let start = std::time::Instant::now();
    let summary = handout::batch::run(&args, Some(0), &mut |_| {}).expect("batch runs");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(summary.written, n, "every job written");
    let bytes: u64 = std::fs::read_dir(dir.join("out"))
        .map(|d| {
            d.filter_map(|e| e.ok()?.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    println!(
        "batch: {n} distinct leaflets in {secs:.2} s = {:.0} leaflets/s on {} threads, {:.1} KB per PDF on average",
        n as f64 / secs,
                args.jobs.unwrap_or_else(rayon_threads),
        bytes as f64 / n as f64 / 1024.0
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn rayon_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
