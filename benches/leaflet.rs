//! Bench binary: times one leaflet in-process (library loaded once, as a
//! batch would), for each built-in locale, and reports the PDF size.
//! Run with `cargo bench --bench leaflet`.

use handout::leaflet::{make_leaflet, Job, Library};
use handout::model::Paper;
use std::time::{Duration, Instant};

fn job(locale: &str, concerns: &[&str]) -> Job {
    Job {
        concerns: concerns.iter().map(|s| s.to_string()).collect(),
        epoch: Some(0),
        ..Job::new("twelve-step-meetings", locale, Paper::Letter)
    }
}

fn main() {
    let start = Instant::now();
    let lib = Library::open(None).expect("built-in content loads");
    println!(
        "library load (content, fonts, templates): {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    let three: &[&str] = &["made-to-speak", "religion", "costs-money"];
    let cases: [(&str, &[&str]); 8] = [
        ("en-US", three),
        ("es", three),
        ("ar", three),
        ("zh-Hans", three),
        ("vi", three),
        ("ru", three),
        ("es", &["made-to-speak", "maintenance-medication"]),
        ("en-US", &[]),
    ];
    for (locale, concerns) in cases {
        let j = job(locale, concerns);
        let first = make_leaflet(&lib, &j).expect("renders");
        let mut times: Vec<Duration> = Vec::new();
        let runs = 200;
        for _ in 0..runs {
            let t = Instant::now();
            let l = make_leaflet(&lib, &j).expect("renders");
            times.push(t.elapsed());
            assert_eq!(l.bytes, first.bytes, "output must not change between runs");
        }
        times.sort();
        let median = times[runs / 2].as_secs_f64() * 1e3;
        let p90 = times[runs * 9 / 10].as_secs_f64() * 1e3;
        let what = if concerns.is_empty() {
            "all concerns".to_string()
        } else {
            format!("{} concerns", concerns.len())
        };
        println!(
            "{locale:<8} {what:<13} {} pages {:>6} bytes  median {median:.2} ms  p90 {p90:.2} ms",
            first.pages,
            first.bytes.len()
        );
    }
}
