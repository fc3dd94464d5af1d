//! End-to-end tests of `handout batch`: they run the real executable on
//! manifests (CSV generated here, YAML and a clinic manifest from
//! `tests/fixtures/batch-*/`), each into a fresh temporary folder, and read
//! back the PDFs (with `lopdf`), the JSON report and standard error.
//!
//! Every run removes `SOURCE_DATE_EPOCH`, `LC_ALL`, `LC_PAPER` and `LANG`
//! from the environment (or sets them on purpose), so the paper and the
//! dates come only from the manifest.

use crate::support::*;
use lopdf::Document;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// Concern subsets of `twelve-step-meetings` (`;`-separated as in the CSV);
/// empty means every concern.
const SUBSETS: [&str; 8] = [
    "made-to-speak",
    "religion;costs-money",
    "maintenance-medication;made-to-speak",
    "drug-talk-triggers",
    "attendance-records;therapist-in-charge",
    "others-problems;only-aa-nearby;advice-and-confrontation",
    "religion",
    "",
];

/// `examples/clinic.yaml`'s name; it prints on Letter.
const RIVERSIDE: &str = "Riverside Community Recovery Clinic";
/// `tests/fixtures/batch-clinic/clinics/harbor.yaml`'s name; it prints on A4.
const HARBOR: &str = "Harbor Light Outpatient Service";

// ---------------------------------------------------------------------------
// Helpers: running the binary (the rest are in `support`)
// ---------------------------------------------------------------------------

/// The binary, run from `dir`, without the environment variables that
/// change its output: no locale variable either.
fn handout_in_no_locale(dir: &Path) -> Command {
    let mut c = handout_in(dir);
    c.lang_only(None);
    c
}

/// `handout batch MANIFEST --out-dir OUT ARGS`, run from `dir`.
fn batch(dir: &Path, manifest: &str, out: &str, args: &[&str]) -> Run {
    run(handout_in_no_locale(dir)
        .args(["batch", manifest, "--out-dir", out])
        .args(args))
}

// ---------------------------------------------------------------------------
// Helpers: the report, the output folder, the PDFs
// ---------------------------------------------------------------------------

/// One entry of the JSON report.
#[derive(Debug, Clone)]
struct Entry {
    line: usize,
    output: Option<String>,
    status: String,
    pages: Option<u64>,
    bytes: Option<u64>,
    error: Option<String>,
}

/// Reads the report, checking its shape: a JSON array of objects, each
/// with `line`, `output`, `status` and `ms`, `pages`/`bytes` exactly when
/// written, `error` exactly when failed.
#[track_caller]
fn report(path: &Path) -> Vec<Entry> {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("report {}: {e}", path.display()));
    let v: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("report JSON: {e}\n{text}"));
    let arr = v.as_array().expect("the report is a JSON array");
    arr.iter()
        .map(|e| {
            let o = e.as_object().expect("report entries are objects");
            let ms = o.get("ms").and_then(Value::as_f64);
            assert!(ms.is_some_and(|ms| ms >= 0.0), "`ms` in {e}");
            let status = o["status"].as_str().expect("status").to_string();
            let entry = Entry {
                line: o["line"].as_u64().expect("line") as usize,
                output: o.get("output").and_then(Value::as_str).map(str::to_string),
                status,
                pages: o.get("pages").and_then(Value::as_u64),
                bytes: o.get("bytes").and_then(Value::as_u64),
                error: o.get("error").and_then(Value::as_str).map(str::to_string),
            };
            match entry.status.as_str() {
                "written" => {
                    assert!(entry.pages.is_some_and(|p| p >= 1), "pages in {e}");
                    assert!(entry.bytes.is_some_and(|b| b > 0), "bytes in {e}");
                    assert!(entry.output.is_some() && entry.error.is_none(), "{e}");
                }
                "up-to-date" => assert!(entry.output.is_some() && entry.error.is_none(), "{e}"),
                "failed" => assert!(entry.error.is_some(), "a failed job says why: {e}"),
                other => panic!("unknown status `{other}` in {e}"),
            }
            entry
        })
        .collect()
}

/// Status per manifest line.
fn statuses(entries: &[Entry]) -> BTreeMap<usize, String> {
    let mut m = BTreeMap::new();
    for e in entries {
        assert!(
            m.insert(e.line, e.status.clone()).is_none(),
            "line {} reported twice",
            e.line
        );
    }
    m
}

/// Every file under `dir`, as paths relative to it, recursively.
fn files_under(dir: &Path) -> BTreeSet<String> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd {
            let p = e.expect("dir entry").path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p.strip_prefix(base).expect("under base");
                out.insert(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

/// Names in one folder (files and folders, not recursive).
fn names_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .expect("read folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A complete PDF: header, `%%EOF` at the end, and lopdf reads it.
#[track_caller]
fn assert_complete_pdf(path: &Path) -> Document {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"%PDF-"),
        "{} does not start with %PDF-",
        path.display()
    );
    assert!(
        bytes.trim_ascii_end().ends_with(b"%%EOF"),
        "{} does not end with %%EOF: a partial PDF",
        path.display()
    );
    Document::load_mem(&bytes)
        .unwrap_or_else(|e| panic!("lopdf cannot read {}: {e}", path.display()))
}

fn mtime(path: &Path) -> SystemTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Width and height of the first page, in points.
fn first_page_size(doc: &Document) -> (f32, f32) {
    let (_, id) = doc.get_pages().into_iter().next().expect("a page");
    let v = media_box(doc, id);
    (v[2] - v[0], v[3] - v[1])
}

#[track_caller]
fn assert_paper(doc: &Document, paper: &str, what: &str) {
    let (w, h) = first_page_size(doc);
    let expected = match paper {
        "letter" => (612.0, 792.0),
        "a4" => (595.0, 842.0),
        _ => unreachable!(),
    };
    assert!(
        (w - expected.0).abs() < 1.5 && (h - expected.1).abs() < 1.5,
        "{what}: page is {w} x {h}, expected {paper}"
    );
}

// ---------------------------------------------------------------------------
// Manifests generated here
// ---------------------------------------------------------------------------

/// One CSV row of `topic,locale,concerns,paper,large_print,output`.
#[derive(Debug, Clone)]
struct Row {
    topic: &'static str,
    locale: &'static str,
    concerns: &'static str,
    paper: &'static str,
    large: bool,
    output: String,
}

impl Row {
    fn csv(&self) -> String {
        format!(
            "{},{},{},{},{},{}",
            self.topic,
            self.locale,
            self.concerns,
            self.paper,
            if self.large { "yes" } else { "no" },
            self.output
        )
    }
}

const HEADER: &str = "topic,locale,concerns,paper,large_print,output";

fn csv_text(rows: &[Row]) -> String {
    let mut s = String::from(HEADER);
    s.push('\n');
    for r in rows {
        s.push_str(&r.csv());
        s.push('\n');
    }
    s
}

/// The clinic-style mix: every locale, concern subsets, both papers, some
/// large print, both topics. 96 + 24 = 120 rows.
fn clinic_rows(output: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    for (i, concerns) in SUBSETS.iter().enumerate() {
        for locale in LOCALES {
            for paper in ["letter", "a4"] {
                rows.push(Row {
                    topic: TSM,
                    locale,
                    concerns,
                    paper,
                    large: i % 3 == 1,
                    output: output.to_string(),
                });
            }
        }
    }
    for large in [false, true] {
        for locale in LOCALES {
            for paper in ["letter", "a4"] {
                rows.push(Row {
                    topic: FM,
                    locale,
                    concerns: "",
                    paper,
                    large,
                    output: output.to_string(),
                });
            }
        }
    }
    rows
}

/// A row that is cheap to make (a one-page leaflet).
fn quick_row(locale: &'static str, output: &str) -> Row {
    Row {
        topic: FM,
        locale,
        concerns: "",
        paper: "a4",
        large: false,
        output: output.to_string(),
    }
}

// ---------------------------------------------------------------------------
// 1. A clinic-style CSV with broken rows
// ---------------------------------------------------------------------------

#[test]
fn clinic_csv_writes_good_rows_and_reports_each_broken_row_at_its_line() {
    let tmp = TempDir::new("clinic-csv");
    let pattern = "{n}-{topic}-{locale}-{paper}";
    let mut rows: Vec<Row> = clinic_rows(pattern);
    assert_eq!(rows.len(), 120);
    // Broken rows, each with what its error line must name. Inserted from
    // the front, in order, so the indices are those of the final manifest.
    let broken: Vec<(usize, Row, Vec<&str>)> = vec![
        (
            7,
            Row {
                concerns: "made-to-speak;bogus-worry",
                ..rows[0].clone()
            },
            vec!["no concern `bogus-worry`"],
        ),
        (
            31,
            Row {
                locale: "xx",
                ..rows[0].clone()
            },
            vec!["`xx`"],
        ),
        (
            58,
            Row {
                output: "blocker.txt/x.pdf".into(),
                ..rows[3].clone()
            },
            vec!["blocker.txt", "is not a folder (part of it is a file)"],
        ),
        (
            90,
            Row {
                output: "{patient}-{topic}".into(),
                ..rows[5].clone()
            },
            vec!["unknown placeholder", "{patient}"],
        ),
        (
            121,
            Row {
                output: "../escape.pdf".into(),
                ..rows[6].clone()
            },
            vec!["../escape.pdf", "inside the output folder"],
        ),
    ];
    for (at, row, _) in &broken {
        rows.insert(*at, row.clone());
    }
    let total = rows.len();
    // CSV line of row i: the header is line 1.
    let line_of = |i: usize| i + 2;
    let bad_lines: BTreeMap<usize, &Vec<&str>> = broken
        .iter()
        .map(|(at, _, causes)| (line_of(*at), causes))
        .collect();

    tmp.write("clinic.csv", &csv_text(&rows));
    std::fs::create_dir(tmp.join("out")).expect("out dir");
    std::fs::write(tmp.join("out/blocker.txt"), "a file, not a folder").expect("blocker");

    let r = batch(
        tmp.path(),
        "clinic.csv",
        "out",
        &["--report", "r.json", "--jobs", "2"],
    );
    r.assert_code(1);

    // Every good row's PDF exists, named by the pattern.
    let mut expected_files = set(&["blocker.txt"]);
    for (i, row) in rows.iter().enumerate() {
        let line = line_of(i);
        if !bad_lines.contains_key(&line) {
            expected_files.insert(format!(
                "{line}-{}-{}-{}.pdf",
                row.topic, row.locale, row.paper
            ));
        }
    }
    assert_eq!(expected_files.len(), 121);
    // Nothing else in the out dir: no temporary or partial files.
    assert_eq!(files_under(&tmp.join("out")), expected_files);
    for f in &expected_files {
        if f.ends_with(".pdf") {
            let bytes = std::fs::read(tmp.join("out").join(f)).expect("pdf");
            assert!(
                bytes.starts_with(b"%PDF-") && bytes.trim_ascii_end().ends_with(b"%%EOF"),
                "{f} is not a complete PDF"
            );
        }
    }
    // Nothing written outside it: the temp folder holds only what we put
    // there, the out dir and the report; `../escape.pdf` was not created.
    assert!(!tmp.join("escape.pdf").exists(), "../escape.pdf escaped");
    assert_eq!(names_in(tmp.path()), set(&["clinic.csv", "out", "r.json"]));

    // One stderr line per broken row: `clinic.csv:LINE: error: CAUSE`.
    let failure_lines = r.lines_starting("clinic.csv:");
    assert_eq!(
        failure_lines.len(),
        broken.len(),
        "one line per broken row; stderr:\n{}",
        r.stderr
    );
    for (line, causes) in &bad_lines {
        let prefix = format!("clinic.csv:{line}: error: ");
        let found: Vec<&&str> = failure_lines
            .iter()
            .filter(|l| l.starts_with(&prefix))
            .collect();
        assert_eq!(found.len(), 1, "no `{prefix}` line; stderr:\n{}", r.stderr);
        for cause in *causes {
            assert!(found[0].contains(cause), "`{cause}` not in `{}`", found[0]);
        }
    }
    assert!(
        r.stderr
            .contains(&format!("{} written", total - broken.len())),
        "summary; stderr:\n{}",
        r.stderr
    );

    // The report: one entry per row, in manifest order.
    let entries = report(&tmp.join("r.json"));
    let lines: Vec<usize> = entries.iter().map(|e| e.line).collect();
    assert_eq!(lines, (2..2 + total).collect::<Vec<_>>());
    for (i, e) in entries.iter().enumerate() {
        let row = &rows[i];
        if bad_lines.contains_key(&e.line) {
            assert_eq!(e.status, "failed", "line {}", e.line);
            continue;
        }
        assert_eq!(e.status, "written", "line {}: {e:?}", e.line);
        let name = format!("{}-{}-{}-{}.pdf", e.line, row.topic, row.locale, row.paper);
        let path = tmp.join("out").join(&name);
        assert_eq!(
            e.output.as_deref().map(Path::new),
            Some(Path::new("out").join(&name).as_path()),
            "line {}",
            e.line
        );
        let len = std::fs::metadata(&path).expect("written").len();
        assert_eq!(e.bytes, Some(len), "bytes of {name}");
    }
    // Pages as lopdf counts them, for a few.
    for e in entries.iter().filter(|e| e.status == "written").step_by(23) {
        let doc = assert_complete_pdf(&tmp.join(e.output.as_deref().expect("output")));
        assert_eq!(e.pages, Some(doc.get_pages().len() as u64), "{e:?}");
    }
}

// ---------------------------------------------------------------------------
// 2. A batch leaflet is byte-identical to the same leaflet rendered alone
// ---------------------------------------------------------------------------

#[test]
fn batch_outputs_are_byte_identical_to_single_renders() {
    let tmp = TempDir::new("identity");
    let rows: Vec<Row> = vec![
        // Warm-up rows: each worker shapes words before the sampled jobs,
        // so the sample also checks that a reused typesetter changes nothing.
        quick_row("en-US", "w1"),
        quick_row("es", "w2"),
        quick_row("ar", "w3"),
        quick_row("ru", "w4"),
        Row {
            topic: TSM,
            locale: "es",
            concerns: "made-to-speak;maintenance-medication",
            paper: "letter",
            large: true,
            output: "s1".into(),
        },
        Row {
            topic: TSM,
            locale: "ar",
            concerns: "religion;costs-money",
            paper: "a4",
            large: false,
            output: "s2".into(),
        },
        Row {
            topic: TSM,
            locale: "zh-Hans",
            concerns: "religion",
            paper: "a4",
            large: true,
            output: "s3".into(),
        },
        Row {
            topic: FM,
            locale: "vi",
            concerns: "",
            paper: "letter",
            large: true,
            output: "s4".into(),
        },
        Row {
            topic: TSM,
            locale: "ru",
            concerns: "costs-money;made-to-speak",
            paper: "letter",
            large: false,
            output: "s5".into(),
        },
        Row {
            topic: TSM,
            locale: "en-US",
            concerns: "",
            paper: "a4",
            large: true,
            output: "s6".into(),
        },
    ];
    tmp.write("m.csv", &csv_text(&rows));
    let epoch = "1700000000";
    let r = run(handout_in_no_locale(tmp.path())
        .env("SOURCE_DATE_EPOCH", epoch)
        .args(["batch", "m.csv", "--out-dir", "out", "--jobs", "2", "-q"]));
    r.assert_code(0);
    for row in rows.iter().filter(|r| r.output.starts_with('s')) {
        let mut cmd = handout_in_no_locale(tmp.path());
        cmd.env("SOURCE_DATE_EPOCH", epoch).args([
            "render", "--topic", row.topic, "--locale", row.locale, "--paper", row.paper,
        ]);
        for c in row.concerns.split(';').filter(|c| !c.is_empty()) {
            cmd.args(["--concern", c]);
        }
        if row.large {
            cmd.arg("--large-print");
        }
        let single = format!("single-{}.pdf", row.output);
        cmd.args(["-o", &single]);
        run(&mut cmd).assert_code(0);
        let a = std::fs::read(tmp.join("out").join(format!("{}.pdf", row.output))).expect("batch");
        let b = std::fs::read(tmp.join(&single)).expect("render");
        assert!(
            a == b,
            "{row:?}: batch ({} bytes) and render ({} bytes) differ",
            a.len(),
            b.len()
        );
    }
    // The samples differ from one another (the comparison is not vacuous).
    let s1 = std::fs::read(tmp.join("out/s1.pdf")).expect("s1");
    let s6 = std::fs::read(tmp.join("out/s6.pdf")).expect("s6");
    assert!(s1 != s6);
}

// ---------------------------------------------------------------------------
// 3. Up to date
// ---------------------------------------------------------------------------

#[test]
fn rerun_skips_up_to_date_pdfs_and_redoes_changed_forced_or_damaged_ones() {
    let tmp = TempDir::new("up-to-date");
    let pattern = "{n}-{topic}-{locale}{large}-{paper}";
    let mut rows: Vec<Row> = Vec::new();
    for (i, locale) in LOCALES.iter().enumerate() {
        rows.push(Row {
            topic: TSM,
            locale,
            concerns: SUBSETS[i % 4],
            paper: if i % 2 == 0 { "a4" } else { "letter" },
            large: i == 3,
            output: pattern.into(),
        });
        rows.push(quick_row(locale, pattern));
    }
    let n = rows.len();
    let all_lines: Vec<usize> = (2..2 + n).collect();
    tmp.write("m.csv", &csv_text(&rows));
    let args = ["--report", "r.json", "--jobs", "2", "-q"];
    let go = |extra: &[&str]| {
        let mut a = args.to_vec();
        a.extend_from_slice(extra);
        let r = batch(tmp.path(), "m.csv", "out", &a);
        r.assert_code(0);
        report(&tmp.join("r.json"))
    };
    let only = |entries: &[Entry], written: &[usize]| {
        let s = statuses(entries);
        assert_eq!(s.keys().copied().collect::<Vec<_>>(), all_lines);
        for (line, status) in &s {
            let want = if written.contains(line) {
                "written"
            } else {
                "up-to-date"
            };
            assert_eq!(status, want, "line {line}: {s:?}");
        }
    };
    let snapshot = || -> BTreeMap<String, (SystemTime, Vec<u8>)> {
        files_under(&tmp.join("out"))
            .into_iter()
            .map(|f| {
                let p = tmp.join("out").join(&f);
                (f, (mtime(&p), std::fs::read(&p).expect("read")))
            })
            .collect()
    };

    let first = go(&[]);
    only(&first, &all_lines);
    let before = snapshot();
    assert_eq!(before.len(), n);
    let path_of = |line: usize| -> PathBuf {
        let e = first.iter().find(|e| e.line == line).expect("line");
        tmp.path().join(e.output.as_deref().expect("output"))
    };

    // The same batch again: nothing is written, no file is touched.
    std::thread::sleep(Duration::from_millis(20));
    only(&go(&[]), &[]);
    assert_eq!(snapshot(), before, "an up-to-date rerun touched files");

    // One job's concerns change: only that row is made again.
    let changed_line = 4; // rows[2]: twelve-step-meetings, es
    let changed_path = path_of(changed_line);
    assert_eq!(rows[2].concerns, "religion;costs-money");
    rows[2].concerns = "religion";
    tmp.write("m.csv", &csv_text(&rows));
    only(&go(&[]), &[changed_line]);
    let after = snapshot();
    for (f, (t, bytes)) in &before {
        let p = tmp.join("out").join(f);
        if p == changed_path {
            assert_ne!(&after[f].1, bytes, "{f} was not remade");
        } else {
            assert_eq!(&after[f], &(*t, bytes.clone()), "{f} was touched");
        }
    }

    // --force remakes every job, to the same bytes.
    let forced = go(&["--force"]);
    only(&forced, &all_lines);
    let after_force = snapshot();
    for (f, (t, bytes)) in &after {
        assert_ne!(&after_force[f].0, t, "{f} not rewritten by --force");
        assert_eq!(&after_force[f].1, bytes, "{f} changed under --force");
    }

    // A damaged PDF (garbage bytes, newer than the program) is redone.
    let damaged_line = 7;
    let damaged = path_of(damaged_line);
    let good = std::fs::read(&damaged).expect("pdf");
    std::fs::write(&damaged, vec![b'#'; good.len()]).expect("damage");
    only(&go(&[]), &[damaged_line]);
    assert!(std::fs::read(&damaged).expect("pdf") == good, "not redone");

    // So is a valid PDF of another job copied over it (its /ID differs).
    std::fs::copy(path_of(8), &damaged).expect("copy");
    only(&go(&[]), &[damaged_line]);
    assert!(std::fs::read(&damaged).expect("pdf") == good, "not redone");
}

// ---------------------------------------------------------------------------
// 4. Interrupted batch
// ---------------------------------------------------------------------------

#[test]
fn killed_batch_leaves_only_whole_pdfs_and_a_rerun_finishes_it() {
    let tmp = TempDir::new("killed");
    let locales = ["en-US", "es", "vi"];
    let rows: Vec<Row> = (0..300)
        .map(|i| quick_row(locales[i % 3], "{n}-{topic}-{locale}"))
        .collect();
    tmp.write("m.csv", &csv_text(&rows));
    let out = tmp.join("out");
    let mut child = handout_in_no_locale(tmp.path())
        .args([
            "batch",
            "m.csv",
            "--out-dir",
            "out",
            "--jobs",
            "1",
            "--report",
            "killed.json",
            "-q",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start handout");
    let pid = child.id();
    let count_pdfs = || {
        std::fs::read_dir(&out).map_or(0, |rd| {
            rd.filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".pdf"))
            })
            .count()
        })
    };
    let start = Instant::now();
    while count_pdfs() < 20 {
        assert!(
            child.try_wait().expect("poll").is_none(),
            "the batch finished before it could be interrupted"
        );
        assert!(start.elapsed() < Duration::from_secs(60), "batch too slow");
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().expect("kill");
    child.wait().expect("reap");

    // What the kill left: whole PDFs, and at most one temporary file per
    // writer thread (4): a SIGKILL cannot be caught, so if it lands between
    // creating a `.NAME.pdf.PID@HOST.tmp` and renaming it into place, that
    // file stays (never under a `.pdf` name); the rerun removes it.
    let left = names_in(&out);
    let finished: BTreeSet<String> = left
        .iter()
        .filter(|n| n.ends_with(".pdf"))
        .cloned()
        .collect();
    let others: Vec<&String> = left.iter().filter(|n| !n.ends_with(".pdf")).collect();
    eprintln!(
        "after the kill: {} PDFs, other files: {others:?}",
        finished.len()
    );
    assert!(finished.len() >= 20 && finished.len() < 300);
    for name in &finished {
        assert_complete_pdf(&out.join(name));
    }
    let tmp_suffix = format!(".pdf.{pid}@{}.tmp", host_name());
    assert!(
        others.len() <= 4
            && others
                .iter()
                .all(|n| n.starts_with('.') && n.ends_with(&tmp_suffix)),
        "unexpected files after the kill: {others:?}"
    );
    // The report is never left half written under its own name.
    assert!(!tmp.join("killed.json").exists());

    // The rerun: the finished ones are up to date, the rest written.
    let r = batch(
        tmp.path(),
        "m.csv",
        "out",
        &["--report", "r.json", "--jobs", "2", "-q"],
    );
    r.assert_code(0);
    let entries = report(&tmp.join("r.json"));
    assert_eq!(entries.len(), 300);
    for e in &entries {
        let name = Path::new(e.output.as_deref().expect("output"))
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let want = if finished.contains(&name) {
            "up-to-date"
        } else {
            "written"
        };
        assert_eq!(e.status, want, "{e:?}");
    }
    let after = names_in(&out);
    let pdfs: Vec<&String> = after.iter().filter(|n| n.ends_with(".pdf")).collect();
    assert_eq!(pdfs.len(), 300);
    // The rerun leaves no temporary file of its own (a stale one from the
    // killed process, if any, is the one seen above).
    let rest: Vec<&String> = after.iter().filter(|n| !n.ends_with(".pdf")).collect();
    assert!(
        rest.iter().all(|n| others.contains(n)),
        "the rerun left files behind: {rest:?}"
    );
}

// ---------------------------------------------------------------------------
// 5. Shards
// ---------------------------------------------------------------------------

#[test]
fn three_shards_write_every_job_once_and_bad_shards_are_usage_errors() {
    let tmp = TempDir::new("shards");
    let rows: Vec<Row> = (0..30)
        .map(|i| quick_row(LOCALES[i % LOCALES.len()], "{n}-{locale}"))
        .collect();
    tmp.write("m.csv", &csv_text(&rows));
    let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
    for k in 1..=3 {
        let rep = format!("r{k}.json");
        let shard = format!("{k}/3");
        let r = batch(
            tmp.path(),
            "m.csv",
            "out",
            &["--shard", &shard, "--report", &rep, "-q"],
        );
        r.assert_code(0);
        let entries = report(&tmp.join(&rep));
        assert_eq!(entries.len(), 10, "shard {shard}");
        for e in &entries {
            assert_eq!(e.status, "written", "shard {shard}: {e:?}");
            // Job i (from 0) belongs to shard i mod N + 1.
            assert_eq!((e.line - 2) % 3 + 1, k, "line {} in shard {shard}", e.line);
            if let Some(other) = seen.insert(e.line, k) {
                panic!("line {} in shards {other} and {k}", e.line);
            }
        }
    }
    assert_eq!(
        seen.keys().copied().collect::<Vec<_>>(),
        (2..32).collect::<Vec<_>>()
    );
    assert_eq!(files_under(&tmp.join("out")).len(), 30);

    for bad in ["0/3", "4/3"] {
        let r = batch(tmp.path(), "m.csv", "out-bad", &["--shard", bad]);
        r.assert_code(2);
        assert!(r.stderr.contains("--shard"), "{bad}: {}", r.stderr);
        assert!(!tmp.join("out-bad").exists(), "{bad} wrote something");
    }
}

// ---------------------------------------------------------------------------
// 6. YAML manifests
// ---------------------------------------------------------------------------

const YAML_DIR: &str = "tests/fixtures/batch-yaml";

/// 1-based line and column of the first occurrence of `needle` in a fixture.
fn position_in(rel: &str, needle: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(root().join(rel)).expect("fixture");
    text.lines()
        .enumerate()
        .find_map(|(i, l)| l.find(needle).map(|c| (i + 1, c + 1)))
        .unwrap_or_else(|| panic!("`{needle}` not in {rel}"))
}

#[test]
fn yaml_manifest_with_an_unknown_field_is_rejected_at_its_line() {
    let tmp = TempDir::new("yaml-unknown");
    let manifest = format!("{YAML_DIR}/unknown-field.yaml");
    let out = tmp.join("out");
    let r = run(handout_in_no_locale(root())
        .args(["batch", &manifest, "--out-dir"])
        .arg(&out));
    r.assert_code(1);
    let (line, col) = position_in(&manifest, "concern:");
    let first = r.stderr.lines().next().unwrap_or("");
    let prefix = format!("{manifest}:{line}:{col}: error: ");
    assert!(
        first.starts_with(&prefix) && first.contains("unknown field") && first.contains("concern"),
        "expected `{prefix}... unknown field`; stderr:\n{}",
        r.stderr
    );
    assert!(
        !out.exists() || files_under(&out).is_empty(),
        "nothing may be written: {:?}",
        files_under(&out)
    );
}

#[test]
fn valid_yaml_manifest_applies_its_defaults() {
    let tmp = TempDir::new("yaml-valid");
    let out = tmp.join("out");
    let r = run(handout_in_no_locale(root())
        .args([
            "batch",
            &format!("{YAML_DIR}/valid.yaml"),
            "-q",
            "--out-dir",
        ])
        .arg(&out));
    r.assert_code(0);
    let expected = [
        ("twelve-step-meetings-es.pdf", "es", "letter"),
        ("twelve-step-meetings-es-large.pdf", "es", "letter"),
        ("twelve-step-meetings-vi.pdf", "vi", "letter"),
        ("first-meeting-es.pdf", "es", "letter"),
        ("twelve-step-meetings-es-a4.pdf", "es", "a4"),
    ];
    let names: Vec<&str> = expected.iter().map(|e| e.0).collect();
    assert_eq!(files_under(&out), set(&names));
    for (name, locale, paper) in expected {
        let doc = assert_complete_pdf(&out.join(name));
        assert_eq!(catalog_lang(&doc), locale, "{name}");
        assert_paper(&doc, paper, name);
    }
}

#[test]
fn failures_of_yaml_jobs_name_the_line_of_their_item() {
    let tmp = TempDir::new("yaml-bad-jobs");
    let manifest = format!("{YAML_DIR}/bad-jobs.yaml");
    let out = tmp.join("out");
    let r = run(handout_in_no_locale(root())
        .args(["batch", &manifest, "-q", "--out-dir"])
        .arg(&out));
    r.assert_code(1);
    // The `- ` item of each bad job is the line before its `output:`.
    let concern_item = position_in(&manifest, "- output: bad-concern").0;
    let locale_item = position_in(&manifest, "output: bad-locale").0 - 1;
    let lines = r.lines_starting(&format!("{manifest}:"));
    assert_eq!(lines.len(), 2, "stderr:\n{}", r.stderr);
    assert!(
        lines[0].starts_with(&format!("{manifest}:{concern_item}: error: "))
            && lines[0].contains("no-such-worry"),
        "stderr:\n{}",
        r.stderr
    );
    assert!(
        lines[1].starts_with(&format!("{manifest}:{locale_item}: error: "))
            && lines[1].contains("`xx`"),
        "stderr:\n{}",
        r.stderr
    );
    assert_eq!(
        files_under(&out),
        set(&["good-1.pdf", "good-2.pdf", "good-3.pdf"])
    );
}

// ---------------------------------------------------------------------------
// 7. Duplicate outputs
// ---------------------------------------------------------------------------

#[test]
fn second_row_with_the_same_output_fails_naming_the_first() {
    let tmp = TempDir::new("duplicates");
    let rows = vec![
        quick_row("es", "same"),             // line 2
        quick_row("vi", "other"),            // line 3
        quick_row("ru", "same.pdf"),         // line 4: same file as line 2
        quick_row("ar", ""),                 // line 5: first-meeting-ar.pdf
        quick_row("ar", "{topic}-{locale}"), // line 6: the same again
    ];
    tmp.write("m.csv", &csv_text(&rows));
    let r = batch(tmp.path(), "m.csv", "out", &["--report", "r.json", "-q"]);
    r.assert_code(1);
    let lines = r.lines_starting("m.csv:");
    assert_eq!(lines.len(), 2, "stderr:\n{}", r.stderr);
    assert!(
        lines[0].starts_with("m.csv:4: error: ")
            && lines[0].contains("same.pdf")
            && lines[0].contains("line 2"),
        "stderr:\n{}",
        r.stderr
    );
    assert!(
        lines[1].starts_with("m.csv:6: error: ") && lines[1].contains("line 5"),
        "stderr:\n{}",
        r.stderr
    );
    let s = statuses(&report(&tmp.join("r.json")));
    let want: BTreeMap<usize, String> = [
        (2, "written"),
        (3, "written"),
        (4, "failed"),
        (5, "written"),
        (6, "failed"),
    ]
    .into_iter()
    .map(|(l, s)| (l, s.to_string()))
    .collect();
    assert_eq!(s, want);
    assert_eq!(
        files_under(&tmp.join("out")),
        set(&["same.pdf", "other.pdf", "first-meeting-ar.pdf"])
    );
    // The first row's leaflet (Spanish) is the one in `same.pdf`.
    let doc = assert_complete_pdf(&tmp.join("out/same.pdf"));
    assert_eq!(catalog_lang(&doc), "es");
}

// ---------------------------------------------------------------------------
// 8. Privacy
// ---------------------------------------------------------------------------

#[test]
fn a_patient_name_appears_only_where_the_manifest_puts_it() {
    let tmp = TempDir::new("privacy");
    let patient = "Zzyzx Qwertyson";
    let mut rows = vec![
        Row {
            topic: TSM,
            locale: "es",
            concerns: "religion",
            paper: "a4",
            large: false,
            output: patient.into(),
        },
        Row {
            topic: TSM,
            locale: "es",
            concerns: "religion;costs-money",
            paper: "a4",
            large: true,
            output: String::new(),
        },
    ];
    for locale in ["en-US", "ar", "zh-Hans"] {
        rows.push(quick_row(locale, ""));
    }
    tmp.write("m.csv", &csv_text(&rows));
    let r = batch(tmp.path(), "m.csv", "out", &["--report", "r.json"]);
    r.assert_code(0);
    let out = tmp.join("out");
    // Default names hold only topic, locale and `-large`.
    assert_eq!(
        files_under(&out),
        set(&[
            "Zzyzx Qwertyson.pdf",
            "twelve-step-meetings-es-large.pdf",
            "first-meeting-en-US.pdf",
            "first-meeting-ar.pdf",
            "first-meeting-zh-Hans.pdf",
        ])
    );
    // The name is in the report (it is the output)...
    let text = std::fs::read_to_string(tmp.join("r.json")).expect("report");
    assert!(text.contains(patient));
    // ...and nowhere in any PDF: raw bytes, decompressed objects (in UTF-8
    // and UTF-16), the extracted text.
    let needles: Vec<Vec<u8>> = ["Zzyzx", "Qwertyson"]
        .iter()
        .flat_map(|w| {
            let utf16: Vec<u8> = w.encode_utf16().flat_map(u16::to_be_bytes).collect();
            [w.as_bytes().to_vec(), utf16]
        })
        .collect();
    let contains = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    for name in files_under(&out) {
        let raw = std::fs::read(out.join(&name)).expect("pdf");
        let mut doc = Document::load_mem(&raw).expect("lopdf");
        let text = printed_words(&doc);
        doc.decompress();
        let mut plain = Vec::new();
        doc.save_to(&mut plain).expect("save");
        for n in &needles {
            assert!(!contains(&raw, n), "{name}: patient name in the PDF bytes");
            assert!(!contains(&plain, n), "{name}: patient name in a PDF object");
        }
        assert!(
            !text.contains("Zzyzx") && !text.contains("Qwertyson"),
            "{name}"
        );
    }
    // Standard error does not echo it either.
    assert!(!r.stderr.contains("Zzyzx"), "stderr:\n{}", r.stderr);
}

// ---------------------------------------------------------------------------
// 9. Clinic profiles
// ---------------------------------------------------------------------------

#[test]
fn clinic_flag_applies_to_every_row_and_a_clinic_column_overrides_it() {
    let tmp = TempDir::new("clinic");
    let out = tmp.join("out");
    let r = run(handout_in_no_locale(root())
        .args([
            "batch",
            "tests/fixtures/batch-clinic/manifest.csv",
            "--clinic",
            "examples/clinic.yaml",
            "--report",
        ])
        .arg(tmp.join("r.json"))
        .arg("--out-dir")
        .arg(&out));
    r.assert_code(0);
    let entries = report(&tmp.join("r.json"));
    assert_eq!(entries.len(), 4);
    assert!(entries.iter().all(|e| e.status == "written"), "{entries:?}");
    for (name, clinic, other, paper) in [
        ("riverside-religion.pdf", RIVERSIDE, HARBOR, "letter"),
        ("riverside-first.pdf", RIVERSIDE, HARBOR, "letter"),
        ("harbor-religion.pdf", HARBOR, RIVERSIDE, "a4"),
        ("harbor-first-es.pdf", HARBOR, RIVERSIDE, "a4"),
    ] {
        let doc = assert_complete_pdf(&out.join(name));
        let text = printed_words(&doc);
        assert!(text.contains(clinic), "{name}: `{clinic}` not in:\n{text}");
        assert!(!text.contains(other), "{name}: `{other}` printed:\n{text}");
        // No paper column: the clinic's paper.
        assert_paper(&doc, paper, name);
    }
}

// ---------------------------------------------------------------------------
// Bugs found while writing these tests (ignored until fixed)
// ---------------------------------------------------------------------------

/// Runs a CSV with one bad row (locale `xx`) and returns its failure line.
fn failure_line_of(csv: &str) -> String {
    let tmp = TempDir::new("csv-lines");
    tmp.write("m.csv", csv);
    let r = batch(tmp.path(), "m.csv", "out", &["-q"]);
    r.assert_code(1);
    let lines = r.lines_starting("m.csv:");
    assert_eq!(lines.len(), 1, "stderr:\n{}", r.stderr);
    lines[0].to_string()
}

#[test]
fn csv_line_numbers_are_right_with_crlf_line_endings() {
    let csv = format!(
        "{HEADER}\r\n{}\r\n{}\r\n{}\r\n",
        quick_row("es", "a").csv(),
        quick_row("vi", "b").csv(),
        quick_row("xx", "c").csv()
    );
    let line = failure_line_of(&csv);
    assert!(line.starts_with("m.csv:4: error: "), "{line}");
}

#[test]
fn csv_line_numbers_count_blank_lines() {
    let csv = format!(
        "{HEADER}\n{}\n\n{}\n",
        quick_row("es", "a").csv(),
        quick_row("xx", "c").csv()
    );
    let line = failure_line_of(&csv);
    assert!(line.starts_with("m.csv:4: error: "), "{line}");
}

#[test]
fn clinic_path_spelling_does_not_change_the_pdf() {
    let tmp = TempDir::new("clinic-spelling");
    let out = tmp.join("out");
    let go = |clinic: &str| {
        let r = run(handout_in_no_locale(root())
            .args([
                "batch",
                "tests/fixtures/batch-clinic/manifest.csv",
                "-q",
                "--clinic",
                clinic,
                "--report",
            ])
            .arg(tmp.join("r.json"))
            .arg("--out-dir")
            .arg(&out));
        r.assert_code(0);
        statuses(&report(&tmp.join("r.json")))
    };
    go("examples/clinic.yaml");
    let before = std::fs::read(out.join("riverside-first.pdf")).expect("pdf");
    let again = go("./examples/clinic.yaml");
    // Same clinic file, same logo bytes: the Riverside rows are up to date.
    assert_eq!(again[&2], "up-to-date", "{again:?}");
    assert_eq!(again[&3], "up-to-date", "{again:?}");
    let after = std::fs::read(out.join("riverside-first.pdf")).expect("pdf");
    assert!(before == after, "the PDF changed with the path's spelling");
}

#[test]
fn flow_style_yaml_jobs_report_a_real_line() {
    let tmp = TempDir::new("yaml-flow");
    tmp.write(
        "m.yaml",
        "defaults: {topic: first-meeting}\njobs: [{locale: es}, {locale: xx}]\n",
    );
    let r = batch(tmp.path(), "m.yaml", "out", &["-q"]);
    r.assert_code(1);
    let lines = r.lines_starting("m.yaml:");
    assert_eq!(lines.len(), 1, "stderr:\n{}", r.stderr);
    assert!(lines[0].starts_with("m.yaml:2: error: "), "{}", lines[0]);
}

#[test]
fn unknown_field_hint_points_at_the_manifest_format() {
    let manifest = format!("{YAML_DIR}/unknown-field.yaml");
    let tmp = TempDir::new("yaml-hint");
    let r = run(handout_in_no_locale(root())
        .args(["batch", &manifest, "--out-dir"])
        .arg(tmp.join("out")));
    r.assert_code(1);
    assert!(
        !r.stderr.contains("topics/README.md"),
        "hint sends the user to the topic schema:\n{}",
        r.stderr
    );
}

/// A killed run leaves `.NAME.PID@HOST.tmp` files; the next run on the
/// same host removes those whose process is gone and leaves other files
/// alone: other hosts' (in flight on a shared folder), and the old
/// host-less names (whose host is unknown).
#[test]
fn stale_temp_files_of_a_killed_run_are_removed() {
    let tmp = TempDir::new("stale-tmp");
    let manifest = tmp.write(
        "m.csv",
        &format!("{HEADER}\n{}\n", quick_row("es", "a").csv()),
    );
    std::fs::create_dir_all(tmp.join("out")).expect("out dir");
    // PIDs above the kernel's maximum (4194304) never run.
    let stale = tmp.join("out/.a.pdf.99999999@alpha.tmp");
    let report_stale = tmp.join(".r.json.99999999@alpha.tmp");
    let other_host = tmp.join("out/.b.pdf.99999999@beta.tmp");
    let hostless = tmp.join("out/.c.pdf.99999999.tmp");
    let unrelated = tmp.join("out/.notes.tmp");
    for p in [&stale, &report_stale, &other_host, &hostless, &unrelated] {
        std::fs::write(p, "partial").expect("write");
    }
    let r = run(handout_in_no_locale(tmp.path())
        .env("HANDOUT_HOST", "alpha")
        .arg("batch")
        .arg(&manifest)
        .arg("--out-dir")
        .arg(tmp.join("out"))
        .arg("--report")
        .arg(tmp.join("r.json")));
    r.assert_code(0);
    assert!(!stale.exists(), "stale PDF temp file removed");
    assert!(!report_stale.exists(), "stale report temp file removed");
    assert!(other_host.exists(), "another host's temp file is kept");
    assert!(hostless.exists(), "a temp file of unknown host is kept");
    assert!(unrelated.exists(), "a file not of ours is kept");
    assert!(tmp.join("out/a.pdf").exists());
}

/// A leaflet written with warnings (a message printed in English under
/// `--allow-fallback`) is not silent in a batch: each warning is listed
/// with its manifest line, counted in the summary, and kept in the report.
#[test]
fn warnings_of_written_leaflets_are_listed_counted_and_reported() {
    let tmp = TempDir::new("batch-warnings");
    let content = root().join("tests/fixtures/missing-message");
    let manifest = tmp.write(
        "m.csv",
        "topic,locale,concerns,output\n\
         twelve-step-meetings,es,religion,with-fallback\n\
         twelve-step-meetings,es,made-to-speak,no-fallback\n\
         twelve-step-meetings,en-US,religion,english\n",
    );
    let report_path = tmp.join("r.json");
    let r = run(handout_in_no_locale(tmp.path())
        .arg("batch")
        .arg(&manifest)
        .args(["--out-dir", "out", "--allow-fallback", "--content"])
        .arg(&content)
        .arg("--report")
        .arg(&report_path));
    r.assert_code(0);
    let warning_lines: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.contains(": warning: "))
        .collect();
    assert_eq!(warning_lines.len(), 1, "{}", r.stderr);
    assert!(
        warning_lines[0].starts_with(&format!("{}:2: warning: ", manifest.display()))
            && warning_lines[0].contains("tsm-religion-answer"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("batch: 3 written, 0 up to date, 0 failed, of 3 jobs (1 warning)"),
        "{}",
        r.stderr
    );
    let text = std::fs::read_to_string(&report_path).expect("report");
    let v: Value = serde_json::from_str(&text).expect("report JSON");
    let warnings: Vec<usize> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|e| {
            e.get("warnings")
                .and_then(Value::as_array)
                .map_or(0, Vec::len)
        })
        .collect();
    assert_eq!(warnings, [1, 0, 0], "{text}");
    assert_eq!(report(&report_path).len(), 3);
}

/// Two rows naming the same output: the first is written, the second fails
/// naming the first's line, and a third row with its own name is written.
#[test]
fn a_second_row_with_the_same_output_fails_naming_the_first() {
    let tmp = TempDir::new("batch-same-output");
    tmp.write(
        "m.csv",
        "topic,locale,concerns,output\n\
         twelve-step-meetings,es,religion,same\n\
         twelve-step-meetings,en-US,religion,same\n\
         twelve-step-meetings,en-US,religion,other\n",
    );
    let r = batch(tmp.path(), "m.csv", "out", &[]);
    r.assert_code(1);
    let out = tmp.join("out");
    assert!(
        r.stderr
            .contains("m.csv:3: error: out/same.pdf is also the output of line 2"),
        "{}",
        r.stderr
    );
    assert!(out.join("same.pdf").exists() && out.join("other.pdf").exists());
}

/// This machine's name as handout's temporary files carry it.
fn host_name() -> String {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    name.trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect()
}

/// Shards on two machines writing to one shared folder (a Kubernetes
/// indexed Job, a Slurm array on NFS) never remove each other's files in
/// flight: a shard cleans only its own host's leftovers. Here two shard
/// processes run at once, pretending to be hosts `alpha` and `beta`, while
/// a shard on a third machine, `gamma`, has a temporary file in flight
/// whose PID means nothing here (handout judged such files by the local
/// /proc and removed them); `alpha`'s own leftover from a killed run goes.
#[test]
fn shards_on_two_hosts_keep_each_others_files_in_flight() {
    let tmp = TempDir::new("two-hosts");
    let locales = ["en-US", "es", "vi", "ru"];
    let rows: Vec<Row> = (0..24)
        .map(|i| quick_row(locales[i % 4], "{n}-{topic}-{locale}"))
        .collect();
    tmp.write("m.csv", &csv_text(&rows));
    std::fs::create_dir_all(tmp.join("out")).expect("out dir");
    // In flight on gamma: a PID that no process of this machine has.
    let in_flight = tmp.join("out/.9-first-meeting-es.pdf.99999999@gamma.tmp");
    let leftover = tmp.join("out/.3-first-meeting-vi.pdf.99999999@alpha.tmp");
    std::fs::write(&in_flight, "half a PDF").expect("write");
    std::fs::write(&leftover, "half a PDF").expect("write");
    let shard = |host: &str, k: &str| {
        handout_in_no_locale(tmp.path())
            .env("HANDOUT_HOST", host)
            .args(["batch", "m.csv", "--out-dir", "out", "-q", "--shard", k])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start a shard")
    };
    let alpha = shard("alpha", "1/2");
    let beta = shard("beta", "2/2");
    for child in [alpha, beta] {
        let out = child.wait_with_output().expect("a shard ends");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(in_flight.exists(), "a shard removed gamma's file in flight");
    assert!(!leftover.exists(), "alpha's own leftover is removed");
    let pdfs = names_in(&tmp.join("out"))
        .into_iter()
        .filter(|n| n.ends_with(".pdf"))
        .count();
    assert_eq!(pdfs, 24, "each shard wrote its half");
}

/// Serbian after Russian in one batch printed Russian letterforms: the
/// shaped-word cache left the language out of its key, and Noto Sans draws
/// some Cyrillic letters (б) differently for Serbian (`locl`). The PDF even
/// carried the right document id, so a rerun never remade it.
#[test]
fn serbian_after_russian_in_one_batch_equals_render() {
    let tmp = TempDir::new("sr-after-ru");
    run(handout_in_no_locale(tmp.path()).args([
        "locale",
        "new",
        "sr",
        "--from",
        "ru",
        "--content",
        "content",
    ]))
    .assert_code(0);
    let row = |locale: &'static str, output: &str| Row {
        topic: TSM,
        locale,
        concerns: "",
        paper: "a4",
        large: false,
        output: output.into(),
    };
    // Russian twice: a word enters the cache the second time it is shaped.
    let rows = vec![row("ru", "ru1"), row("ru", "ru2"), row("sr", "sr")];
    tmp.write("m.csv", &csv_text(&rows));
    let epoch = "1700000000";
    run(handout_in_no_locale(tmp.path())
        .env("SOURCE_DATE_EPOCH", epoch)
        .args(["batch", "m.csv", "--out-dir", "out", "--jobs", "1", "-q"])
        .args(["--content", "content"]))
    .assert_code(0);
    let render = |locale: &str, out: &str| {
        run(handout_in_no_locale(tmp.path())
            .env("SOURCE_DATE_EPOCH", epoch)
            .args([
                "render", "--topic", TSM, "--locale", locale, "--paper", "a4",
            ])
            .args(["--content", "content", "-o", out]))
        .assert_code(0);
        std::fs::read(tmp.join(out)).expect("a PDF")
    };
    let batch_sr = std::fs::read(tmp.join("out/sr.pdf")).expect("the batch's sr.pdf");
    assert!(
        batch_sr == render("sr", "alone-sr.pdf"),
        "the batch's Serbian leaflet differs from render --locale sr"
    );
    // Not vacuous: the same words in Russian are drawn differently.
    let ru = std::fs::read(tmp.join("out/ru1.pdf")).expect("ru1.pdf");
    assert!(ru != batch_sr);
}

// ---------------------------------------------------------------------------
// Spreadsheet exports (issue 12)
// ---------------------------------------------------------------------------

/// The lines of stderr that are warnings.
fn warning_lines(r: &Run) -> Vec<&str> {
    r.stderr
        .lines()
        .filter(|l| l.contains(": warning: "))
        .collect()
}

/// A clinic's export has an MRN and a date of birth beside the columns
/// handout reads: the batch runs, with one warning naming those columns
/// and none of their values, anywhere.
#[test]
fn extra_spreadsheet_columns_are_ignored_with_one_warning_and_no_values() {
    let tmp = TempDir::new("csv-extra-columns");
    tmp.write(
        "m.csv",
        "MRN,topic,locale,Date of birth,output\n\
         MRN-555017,first-meeting,es,1961-04-23,a\n\
         MRN-555018,first-meeting,vi,1979-11-02,b\n",
    );
    let r = batch(tmp.path(), "m.csv", "out", &["-q", "--report", "r.json"]);
    r.assert_ok();
    assert_eq!(names_in(&tmp.join("out")), set(&["a.pdf", "b.pdf"]));
    let warnings = warning_lines(&r);
    assert_eq!(warnings.len(), 1, "one warning: {}", r.stderr);
    assert!(
        warnings[0].starts_with("m.csv:1: warning: ignoring the columns `MRN`, `Date of birth`"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("(1 warning)"), "{}", r.stderr);
    let report_text = std::fs::read_to_string(tmp.join("r.json")).expect("report");
    for value in ["MRN-55501", "1961", "1979"] {
        assert!(!r.stderr.contains(value), "{value} echoed: {}", r.stderr);
        assert!(!report_text.contains(value), "{value} in the report");
    }
    assert_eq!(report(&tmp.join("r.json")).len(), 2);
}

/// Excel in a Spanish, Portuguese or German locale saves `;`-separated
/// CSV; a concerns cell then holds ids separated by `,` or, quoted, by `;`.
#[test]
fn semicolon_separated_manifest_is_read() {
    let tmp = TempDir::new("csv-semicolons");
    tmp.write(
        "m.csv",
        "topic;locale;concerns;output\n\
         twelve-step-meetings;es;\"religion;costs-money\";{concerns}\n\
         twelve-step-meetings;es;made-to-speak, drug-talk-triggers;{concerns}\n\
         first-meeting;ru;;ru\n",
    );
    let r = batch(tmp.path(), "m.csv", "out", &["-q"]);
    r.assert_ok();
    assert!(warning_lines(&r).is_empty(), "{}", r.stderr);
    assert_eq!(
        names_in(&tmp.join("out")),
        set(&[
            "religion+costs-money.pdf",
            "made-to-speak+drug-talk-triggers.pdf",
            "ru.pdf"
        ])
    );
}

/// A first row that names no column under any separator is an error that
/// says what a header is, and quotes nothing (it may be a patient's row).
#[test]
fn manifest_without_a_header_row_is_refused_without_quoting_it() {
    let tmp = TempDir::new("csv-no-header");
    tmp.write("m.csv", "first-meeting|es|Ana Ruiz\n");
    let r = batch(tmp.path(), "m.csv", "out", &["-q"]);
    r.assert_failed();
    assert!(
        r.stderr
            .contains("m.csv: error: the first row of the manifest names none of its columns")
            && r.stderr.contains("commas, semicolons or tabs"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("Ana Ruiz"), "{}", r.stderr);
}

/// A spreadsheet exports a blank row as `,,,` (or `;;;`): it is skipped,
/// and the rows after it keep their real line numbers.
#[test]
fn blank_spreadsheet_rows_are_skipped_and_later_lines_stay_right() {
    let csv = format!(
        "{HEADER}\n,,,,,\n{}\n,,\n\n{}\n",
        quick_row("es", "a").csv(),
        quick_row("xx", "c").csv()
    );
    let line = failure_line_of(&csv);
    assert!(line.starts_with("m.csv:6: error: "), "{line}");
    // And with semicolons, in a report: one entry per row that holds a job.
    let tmp = TempDir::new("csv-blank-rows");
    tmp.write(
        "m.csv",
        "topic;locale;output\n;;\nfirst-meeting;es;a\n ; ;\nfirst-meeting;vi;b\n",
    );
    let r = batch(tmp.path(), "m.csv", "out", &["-q", "--report", "r.json"]);
    r.assert_ok();
    let entries = report(&tmp.join("r.json"));
    let lines: Vec<usize> = entries.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 5]);
}

/// Excel's "Unicode text" is UTF-16: the error says to save as CSV UTF-8.
#[test]
fn utf16_manifest_is_refused_with_a_hint_to_save_as_csv_utf8() {
    let text = "topic,locale,output\nfirst-meeting,es,a\n";
    for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
        let tmp = TempDir::new("csv-utf16");
        let mut bytes = bom.to_vec();
        for unit in text.encode_utf16() {
            let b = if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            bytes.extend_from_slice(&b);
        }
        std::fs::write(tmp.join("m.csv"), bytes).expect("write");
        let r = batch(tmp.path(), "m.csv", "out", &["-q"]);
        r.assert_failed();
        assert!(
            r.stderr
                .contains("m.csv: error: the manifest is saved as UTF-16")
                && r.stderr.contains("\"CSV UTF-8"),
            "{}",
            r.stderr
        );
        assert!(!tmp.join("out").exists(), "nothing made");
    }
}

/// Excel's "CSV UTF-8" starts with a byte-order mark: it is read.
#[test]
fn utf8_manifest_with_a_byte_order_mark_is_read() {
    let tmp = TempDir::new("csv-utf8-bom");
    tmp.write(
        "m.csv",
        "\u{feff}topic;locale;output\r\nfirst-meeting;es;a\r\n",
    );
    let r = batch(tmp.path(), "m.csv", "out", &["-q"]);
    r.assert_ok();
    assert!(warning_lines(&r).is_empty(), "{}", r.stderr);
    assert_eq!(names_in(&tmp.join("out")), set(&["a.pdf"]));
}

/// A manifest that cannot be read still leaves its report: one entry of
/// the batch's scope, with the error and the line, for automation.
#[test]
fn report_is_written_when_the_manifest_itself_fails() {
    let tmp = TempDir::new("report-manifest-fails");
    // A YAML manifest with an unknown field at line 3.
    tmp.write(
        "m.yaml",
        "jobs:\n  - topic: first-meeting\n    colour: blue\n",
    );
    // A CSV manifest with no header row, and one that does not exist.
    tmp.write("m.csv", "first-meeting|es\n");
    for (manifest, line, says) in [
        ("m.yaml", 3, "m.yaml:3:"),
        ("m.csv", 0, "m.csv: the first row"),
        ("missing.csv", 0, "missing.csv: cannot read the manifest"),
    ] {
        let report_path = tmp.join(&format!("{manifest}.json"));
        let r = batch(
            tmp.path(),
            manifest,
            "out",
            &["-q", "--report", s(&report_path)],
        );
        r.assert_failed();
        let entries = report(&report_path);
        assert_eq!(entries.len(), 1, "{manifest}");
        let e = &entries[0];
        assert_eq!((e.line, e.status.as_str()), (line, "failed"), "{manifest}");
        assert!(
            e.error.as_deref().is_some_and(|m| m.starts_with(says)),
            "{manifest}: {e:?}"
        );
        let v: Value =
            serde_json::from_str(&std::fs::read_to_string(&report_path).expect("report"))
                .expect("JSON");
        assert_eq!(v[0]["scope"], "batch", "{manifest}");
    }
}
