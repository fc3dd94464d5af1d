//! Bench binary for `handout serve` under load, against `handout batch`
//! for the same leaflets:
//!
//! - `handout batch` (the real program) makes N distinct leaflets (topic x
//!   concern subset x locale x paper) into a folder under `TMPDIR`
//!   (default /dev/shm where it exists: the server writes no file); its
//!   wall time gives leaflets per second;
//! - `handout serve --port 0` is posted the same N leaflets by 16 clients
//!   at once (each its own keep-alive connection, one request at a time),
//!   after a warm-up of 32; every response must be a 200 PDF. It reports
//!   leaflets per second and the latency percentiles.
//!
//! Targets (issue 15): every request succeeds, p99 at most 100 ms,
//! throughput at least 70 % of the batch's. `cargo bench --bench serve`
//! (release build); `-- N` sets the leaflets (default 960), `CLIENTS=N` the clients,
//! `-- --named` gives each leaflet a patient name of its own (in both).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const LOCALES: [&str; 6] = ["en-US", "es", "ar", "zh-Hans", "vi", "ru"];

/// One leaflet: topic, locale, concerns, paper.
#[derive(Clone)]
struct Job {
    topic: String,
    locale: &'static str,
    concerns: Vec<String>,
    paper: &'static str,
    /// A patient name, or empty.
    name: String,
}

/// `n` distinct jobs: concern subsets from one concern up, the topics
/// taking turns, each in every locale on both papers.
fn jobs(n: usize) -> Vec<Job> {
    let content = handout::load::Content::builtin();
    let mut per_topic: Vec<Vec<(String, Vec<String>)>> = Vec::new();
    for id in content.topic_ids() {
        let topic = content.topic(&id).expect("built-in topic");
        let concerns: Vec<String> = topic
            .topic
            .concerns
            .iter()
            .map(|c| c.id.as_str().to_string())
            .collect();
        let mut masks: Vec<u32> = (1..1u32 << concerns.len().min(16)).collect();
        masks.sort_by_key(|m| (m.count_ones(), *m));
        let mut subsets: Vec<Vec<String>> = masks
            .iter()
            .map(|m| {
                (0..concerns.len())
                    .filter(|i| m & (1 << i) != 0)
                    .map(|i| concerns[i].clone())
                    .collect()
            })
            .collect();
        if subsets.is_empty() {
            subsets.push(Vec::new());
        }
        per_topic.push(subsets.into_iter().map(|s| (id.clone(), s)).collect());
    }
    let longest = per_topic.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    'all: for i in 0..longest {
        for (topic, subset) in per_topic.iter().filter_map(|t| t.get(i)) {
            for locale in LOCALES {
                for paper in ["letter", "a4"] {
                    if out.len() == n {
                        break 'all;
                    }
                    out.push(Job {
                        topic: topic.clone(),
                        locale,
                        concerns: subset.clone(),
                        paper,
                        name: String::new(),
                    });
                }
            }
        }
    }
    out
}

fn manifest(jobs: &[Job]) -> String {
    let mut csv = String::from("topic,locale,concerns,paper,output,patient_name\n");
    for j in jobs {
        csv.push_str(&format!(
            "{},{},{},{},{{line}}.pdf,{}\n",
            j.topic,
            j.locale,
            j.concerns.join(";"),
            j.paper,
            j.name
        ));
    }
    csv
}

fn form(j: &Job) -> String {
    let mut body = format!(
        "topic={}&locale={}&paper={}&patient_name={}",
        j.topic,
        j.locale,
        j.paper,
        j.name.replace(' ', "+")
    );
    for c in &j.concerns {
        body.push_str("&concern=");
        body.push_str(c);
    }
    body
}

/// A keep-alive HTTP/1.1 connection that posts forms.
struct Client {
    addr: String,
    reader: BufReader<TcpStream>,
}

impl Client {
    fn connect(addr: &str) -> Client {
        let s = TcpStream::connect(addr).expect("connect");
        s.set_nodelay(true).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        Client {
            addr: addr.to_string(),
            reader: BufReader::new(s),
        }
    }

    /// Posts one form; the status and the body's first bytes.
    fn post(&mut self, body: &str) -> (u16, Vec<u8>) {
        let req = format!(
            "POST /leaflet HTTP/1.1\r\nHost: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            self.addr,
            body.len()
        );
        self.reader
            .get_mut()
            .write_all(req.as_bytes())
            .expect("send");
        let mut line = String::new();
        self.reader.read_line(&mut line).expect("status line");
        let status = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut length = 0;
        loop {
            line.clear();
            self.reader.read_line(&mut line).expect("a header");
            if line == "\r\n" || line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).expect("the body");
        (status, body)
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(960);
    let clients: usize = std::env::var("CLIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16);
    let named = std::env::args().any(|a| a == "--named");
    let mut jobs = jobs(n);
    if named {
        for (i, j) in jobs.iter_mut().enumerate() {
            j.name = format!("Patient {i}");
        }
    }
    let bin = env!("CARGO_BIN_EXE_handout");
    let tmp = std::env::var_os("TMPDIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            let shm = std::path::Path::new("/dev/shm");
            if shm.is_dir() {
                shm.to_path_buf()
            } else {
                std::env::temp_dir()
            }
        });
    let scratch = tmp.join(format!("handout-bench-serve-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{} leaflets{}, {clients} clients, {cores} cores, batch output under {}",
        jobs.len(),
        if named {
            " each with a patient name"
        } else {
            ""
        },
        tmp.display()
    );

    // handout batch, the whole program.
    let csv = scratch.join("jobs.csv");
    std::fs::write(&csv, manifest(&jobs)).expect("manifest");
    let started = Instant::now();
    let status = Command::new(bin)
        .args([
            "batch",
            csv.to_str().unwrap(),
            "--out-dir",
            scratch.join("out").to_str().unwrap(),
            "-q",
        ])
        .env_remove("SOURCE_DATE_EPOCH")
        .status()
        .expect("run handout batch");
    let batch_time = started.elapsed();
    assert!(status.success(), "handout batch failed");
    let batch_rate = jobs.len() as f64 / batch_time.as_secs_f64();
    println!(
        "batch: {:.0} leaflets/s ({:.2} s)",
        batch_rate,
        batch_time.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&scratch);

    // handout serve, under 16 clients.
    let mut server = Command::new(bin)
        .args(["serve", "--port", "0"])
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start handout serve");
    let mut first = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut first)
        .expect("the address");
    let addr = first
        .split_whitespace()
        .find_map(|w| w.strip_prefix("http://"))
        .expect("an address")
        .trim_end_matches('/')
        .to_string();
    let mut warm = Client::connect(&addr);
    for j in jobs.iter().take(32) {
        assert_eq!(warm.post(&form(j)).0, 200, "warm-up");
    }
    let latencies = Arc::new(Mutex::new(Vec::with_capacity(jobs.len())));
    let failures = Arc::new(Mutex::new(0usize));
    let jobs = Arc::new(jobs);
    let started = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|c| {
            let (jobs, latencies, failures, addr) = (
                jobs.clone(),
                latencies.clone(),
                failures.clone(),
                addr.clone(),
            );
            std::thread::spawn(move || {
                let mut client = Client::connect(&addr);
                for j in jobs.iter().skip(c).step_by(clients) {
                    let sent = Instant::now();
                    let (status, body) = client.post(&form(j));
                    let took = sent.elapsed();
                    if status != 200 || !body.starts_with(b"%PDF-") {
                        *failures.lock().unwrap() += 1;
                    }
                    latencies.lock().unwrap().push(took);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("a client");
    }
    let serve_time = started.elapsed();
    let _ = server.kill();
    let _ = server.wait();
    let mut lat = latencies.lock().unwrap().clone();
    lat.sort();
    let failed = *failures.lock().unwrap();
    let serve_rate = lat.len() as f64 / serve_time.as_secs_f64();
    let p99 = percentile(&lat, 0.99);
    println!(
        "serve: {:.0} leaflets/s ({:.2} s), {} of {} failed; latency p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        serve_rate,
        serve_time.as_secs_f64(),
        failed,
        lat.len(),
        ms(percentile(&lat, 0.50)),
        ms(percentile(&lat, 0.90)),
        ms(p99),
        ms(*lat.last().unwrap()),
    );
    let share = serve_rate / batch_rate;
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    println!("target: every request succeeds: {}", verdict(failed == 0));
    println!(
        "target: p99 <= 100 ms: {} ({:.1} ms)",
        verdict(ms(p99) <= 100.0),
        ms(p99)
    );
    println!(
        "target: throughput >= 70 % of batch: {} ({:.0} %)",
        verdict(share >= 0.70),
        share * 100.0
    );
    if failed > 0 {
        std::process::exit(1);
    }
}
