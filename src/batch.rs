//! Edge: `handout batch`. Reads a manifest (YAML or CSV, streamed), makes
//! its leaflets in parallel with rayon over one shared [`Library`], and
//! writes each PDF atomically. A failed job does not stop the others; a job
//! whose PDF is already up to date (same inputs, newer than this program) is
//! skipped; `--shard K/N` takes every N-th job. Memory stays flat: jobs are
//! read and made in chunks, and no finished PDF is kept.

use crate::app::{make_leaflet_with, paper_from_env, write_atomically, Job, Library};
use crate::cli::BatchArgs;
use crate::diag::{Diagnostic, Location, Result};
use crate::layout::Typesetter;
use crate::load::{open_manifest, read_clinic};
use crate::model::{Clinic, JobSpec, Paper};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// A manifest row turned into a job and its output file, or why it cannot be.
type Prepared = std::result::Result<(Job, PathBuf), String>;

/// Jobs read and made together; bounds memory whatever the manifest's size.
const CHUNK: usize = 256;

/// Threads that write the finished PDFs. Writing waits on the disk (each
/// file is synced before it is renamed into place); on their own threads,
/// those waits overlap with the typesetting instead of idling a core, and
/// on a journalled file system concurrent syncs share a journal commit.
const WRITERS: usize = 4;

/// Finished PDFs waiting for a writer; bounds the memory they hold.
const WRITE_QUEUE: usize = 2 * WRITERS;

/// A finished PDF on its way to its file: the job's index in its chunk.
struct Pending {
    index: usize,
    out: PathBuf,
    pdf: Vec<u8>,
    patient: Option<crate::model::PatientName>,
    start: Instant,
}

/// What a writer did with a [`Pending`]: its index, the error if the file
/// could not be written, and the job's time including the writing.
type Written = (usize, Option<String>, f64);

/// Failed rows listed at the end of a batch; the rest are counted (and all
/// are in the `--report`).
pub const MAX_LISTED_FAILURES: usize = 20;

/// The default output name: no patient data, only what the leaflet is.
pub const DEFAULT_PATTERN: &str = "{topic}-{locale}{large}.pdf";

/// Which slice of the jobs this run makes: job `i` (from 0) belongs to
/// shard `i mod N + 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This shard, 1-based.
    pub index: usize,
    /// How many shards.
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Shard, String> {
        let err = || format!("`{s}` is not K/N with 1 <= K <= N (for example 2/8)");
        let (k, n) = s.split_once('/').ok_or_else(err)?;
        let index: usize = k.trim().parse().map_err(|_| err())?;
        let count: usize = n.trim().parse().map_err(|_| err())?;
        if index == 0 || count == 0 || index > count {
            return Err(err());
        }
        Ok(Shard { index, count })
    }
}

/// What happened to one job.
#[derive(Debug, Clone, Serialize)]
pub struct JobReport {
    /// Line of the manifest.
    pub line: usize,
    /// Output file, when one was decided.
    pub output: Option<String>,
    /// `written`, `up-to-date` or `failed`.
    pub status: &'static str,
    /// Pages of the leaflet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<usize>,
    /// Size of the PDF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<usize>,
    /// Time spent on the job, milliseconds.
    pub ms: f64,
    /// Why it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Warnings about a leaflet that was written (a message printed in
    /// English under `--allow-fallback`, say).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Totals of a batch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// PDFs written.
    pub written: usize,
    /// Jobs skipped because their PDF was up to date.
    pub up_to_date: usize,
    /// Jobs that failed.
    pub failed: usize,
    /// Warnings about leaflets that were written.
    pub warnings: usize,
}

struct Context<'a> {
    lib: &'a Library,
    out_dir: PathBuf,
    manifest_dir: PathBuf,
    defaults: JobSpec,
    cli_clinic: Option<Arc<Clinic>>,
    clinics: Mutex<HashMap<PathBuf, std::result::Result<Arc<Clinic>, String>>>,
    epoch: Option<i64>,
    force: bool,
    allow_fallback: bool,
    exe_modified: Option<std::time::SystemTime>,
}

/// Runs `handout batch`. Progress and the summary go to `log`; returns the
/// totals (the caller exits 1 when any job failed).
pub fn run(args: &BatchArgs, epoch: Option<i64>, log: &mut dyn FnMut(&str)) -> Result<Summary> {
    let lib = Library::open(args.content.content.as_deref())?;
    let manifest_display = args.manifest.display().to_string();
    let (jobs, defaults) = open_manifest(&args.manifest)?;
    let total = count_jobs(&args.manifest, &jobs, args.shard)?;
    std::fs::create_dir_all(&args.out_dir).map_err(|e| {
        Diagnostic::error(format!("cannot create the output folder: {e}"))
            .at(Location::file(&args.out_dir.display().to_string()))
    })?;
    remove_stale_temp_files(&args.out_dir);
    if let Some(parent) = args.report.as_deref().and_then(Path::parent) {
        remove_stale_temp_files(parent);
    }
    let cli_clinic = args
        .clinic
        .as_deref()
        .map(read_clinic)
        .transpose()?
        .map(Arc::new);
    let ctx = Context {
        lib: &lib,
        out_dir: args.out_dir.clone(),
        manifest_dir: args
            .manifest
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default(),
        defaults,
        cli_clinic,
        clinics: Mutex::default(),
        epoch,
        force: args.force,
        allow_fallback: args.allow_fallback,
        exe_modified: std::env::current_exe()
            .ok()
            .and_then(|p| p.metadata().ok())
            .and_then(|m| m.modified().ok()),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Diagnostic::error(format!("cannot start worker threads: {e}")))?;
    let paragraphs = Arc::new(crate::layout::Paragraphs::default());
    let typesetters: Vec<Mutex<Typesetter<'_>>> = (0..pool.current_num_threads().max(1))
        .map(|_| Mutex::new(Typesetter::sharing(&lib.fonts, paragraphs.clone())))
        .collect();
    let mut progress = Progress::new(total, args.quiet);
    let mut report = match &args.report {
        Some(path) => Some(ReportWriter::create(path)?),
        None => None,
    };
    let mut summary = Summary::default();
    let mut failures: Vec<String> = Vec::new();
    let mut warned: Vec<String> = Vec::new();
    // Outputs taken so far, by a 128-bit digest of the path rather than the
    // path itself: memory stays small for 100,000 rows.
    let mut outputs: HashMap<u128, usize> = HashMap::new();
    let mut ordinal = 0usize;
    let mut jobs = jobs.peekable();
    let (to_write, queue) = std::sync::mpsc::sync_channel::<Pending>(WRITE_QUEUE);
    let (written_tx, written) = std::sync::mpsc::channel::<Written>();
    let queue = Mutex::new(queue);
    std::thread::scope(|scope| -> Result<()> {
        // Owned here, so it is dropped (and the writers stop) however
        // this returns.
        let to_write = to_write;
        for _ in 0..WRITERS {
            let written_tx = written_tx.clone();
            let queue = &queue;
            scope.spawn(move || loop {
                // One writer at a time waits for the next file.
                let next = queue.lock().expect("not poisoned").recv();
                let Ok(p) = next else { break };
                let done = write_pending(&p);
                if written_tx.send(done).is_err() {
                    break;
                }
            });
        }
        drop(written_tx);
        while jobs.peek().is_some() {
            // Read a chunk of this shard's jobs and settle their outputs in order,
            // so two jobs never write the same file.
            let mut chunk: Vec<(usize, Prepared)> = Vec::with_capacity(CHUNK);
            for (line, spec) in jobs.by_ref() {
                let mine = args.shard.is_none_or(|s| ordinal % s.count == s.index - 1);
                ordinal += 1;
                if !mine {
                    continue;
                }
                // A row's errors never quote its patient's name (a value in the
                // wrong column, say).
                let prepared = spec.map_err(|d| first_message(&d)).and_then(|spec| {
                    let name = spec.patient_name.clone();
                    ctx.prepare(line, spec).map_err(|e| {
                        crate::diag::redact_text(&e, name.as_ref().map_or("", |n| n.as_str()))
                    })
                });
                let prepared = prepared.and_then(|(job, out)| match outputs.get(&path_digest(&out)) {
                Some(first) => Err(format!(
                    "{} is also the output of line {first}; give this row its own `output` (a pattern may use {{line}}, {{concerns}}, {{paper}})",
                    out.display()
                )),
                None => {
                    outputs.insert(path_digest(&out), line);
                    Ok((job, out))
                }
            });
                chunk.push((line, prepared));
                if chunk.len() == CHUNK {
                    break;
                }
            }
            let made: Vec<(JobReport, bool)> = pool.install(|| {
                chunk
                    .into_par_iter()
                    .enumerate()
                    .map(|(index, (line, prepared))| {
                        // Each worker keeps its own typesetter (and the words and
                        // shape plans it cached) for the whole batch.
                        let slot = rayon::current_thread_index().unwrap_or(0) % typesetters.len();
                        let mut ts = typesetters[slot].lock().expect("not poisoned");
                        let (mut report, pending) = ctx.make(&mut ts, line, prepared);
                        drop(ts);
                        let Some(mut p) = pending else {
                            return (report, false);
                        };
                        p.index = index;
                        match to_write.send(p) {
                            Ok(()) => (report, true),
                            // No writer left (one panicked): write here.
                            Err(std::sync::mpsc::SendError(p)) => {
                                settle(&mut report, write_pending(&p));
                                (report, false)
                            }
                        }
                    })
                    .collect()
            });
            let queued = made.iter().filter(|(_, queued)| *queued).count();
            let mut results: Vec<JobReport> = made.into_iter().map(|(r, _)| r).collect();
            for done in written.iter().take(queued) {
                let index = done.0;
                settle(&mut results[index], done);
            }
            for r in results {
                summary.warnings += r.warnings.len();
                for w in &r.warnings {
                    if warned.len() < MAX_LISTED_FAILURES {
                        warned.push(format!("{manifest_display}:{}: warning: {w}", r.line));
                    }
                }
                match r.status {
                    "written" => summary.written += 1,
                    "up-to-date" => summary.up_to_date += 1,
                    _ => {
                        summary.failed += 1;
                        // Only the first few are kept to print: a manifest of
                        // 100,000 bad rows must not flood the terminal.
                        if failures.len() < MAX_LISTED_FAILURES {
                            failures.push(format!(
                                "{manifest_display}:{}: error: {}",
                                r.line,
                                r.error.as_deref().unwrap_or("failed")
                            ));
                        }
                    }
                }
                if let Some(rep) = report.as_mut() {
                    rep.add(&r)?;
                }
                progress.tick(&summary, log);
            }
        }
        Ok(())
    })?;
    progress.finish();
    if let Some(rep) = report {
        rep.finish()?;
    }
    // The first few of each kind, then how many more the report lists.
    let mut list = |shown: &[String], total: usize, what: &str| {
        for line in shown {
            log(line);
        }
        if total > shown.len() {
            let more = total - shown.len();
            log(&match &args.report {
                Some(r) => format!("… and {more} more {what}, listed in {}", r.display()),
                None => format!("… and {more} more {what}; pass --report FILE to list them all"),
            });
        }
    };
    list(&warned, summary.warnings, "warnings");
    list(&failures, summary.failed, "failed rows");
    let warnings = match summary.warnings {
        0 => String::new(),
        1 => " (1 warning)".to_string(),
        n => format!(" ({n} warnings)"),
    };
    log(&format!(
        "batch: {} written, {} up to date, {} failed, of {} jobs{warnings}",
        summary.written,
        summary.up_to_date,
        summary.failed,
        summary.written + summary.up_to_date + summary.failed
    ));
    Ok(summary)
}

/// Two salted 64-bit SipHash digests of a path (`DefaultHasher::new` has
/// fixed keys): two different outputs of 100,000 rows share one with odds
/// of about 1 in 10^28.
fn path_digest(path: &Path) -> u128 {
    use std::hash::{Hash, Hasher};
    let half = |salt: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut h);
        path.hash(&mut h);
        h.finish()
    };
    (u128::from(half(1)) << 64) | u128::from(half(2))
}

fn first_message(d: &crate::diag::Diagnostics) -> String {
    d.0.iter()
        .find(|d| d.is_error())
        .map(|d| {
            let mut s = d.message.clone();
            if let Some(loc) = &d.location {
                if loc.line > 0 {
                    s = format!("{}:{}:{}: {s}", loc.path, loc.line, loc.column);
                } else if !loc.path.is_empty() {
                    s = format!("{}: {s}", loc.path);
                }
            }
            if let Some(h) = &d.hint {
                s.push_str(&format!(" (hint: {h})"));
            }
            s
        })
        .unwrap_or_else(|| "failed".to_string())
}

/// Jobs this shard will make, for the progress display; a CSV manifest is
/// counted by a fast pass over the file, a YAML one is already in memory.
fn count_jobs(
    manifest: &Path,
    jobs: &crate::load::ManifestJobs,
    shard: Option<Shard>,
) -> Result<usize> {
    let n = match jobs {
        // Already read whole.
        crate::load::ManifestJobs::Yaml(it) => it.len(),
        crate::load::ManifestJobs::Csv { .. } => open_manifest(manifest)?.0.count(),
    };
    Ok(match shard {
        Some(s) => n / s.count + usize::from(n % s.count >= s.index),
        None => n,
    })
}

impl Context<'_> {
    fn clinic(&self, rel: &str) -> std::result::Result<Arc<Clinic>, String> {
        let path = self.manifest_dir.join(rel);
        let mut cache = self.clinics.lock().expect("not poisoned");
        cache
            .entry(path.clone())
            .or_insert_with(|| {
                read_clinic(&path)
                    .map(Arc::new)
                    .map_err(|d| first_message(&d))
            })
            .clone()
    }

    /// Turns a manifest row into a job and its output path.
    fn prepare(&self, line: usize, spec: JobSpec) -> Prepared {
        let spec = spec.or(&self.defaults);
        let topic = spec
            .topic
            .clone()
            .ok_or("no topic: give a `topic` column or a default")?;
        let locale = spec
            .locale
            .clone()
            .unwrap_or_else(|| crate::l10n::REFERENCE_LOCALE.to_string());
        let clinic = match &spec.clinic {
            Some(rel) => Some(self.clinic(rel)?),
            None => self.cli_clinic.clone(),
        };
        let paper = spec
            .paper
            .or_else(|| clinic.as_ref().and_then(|c| c.paper))
            .or_else(paper_from_env)
            .unwrap_or(Paper::A4);
        let large_print = spec.large_print.unwrap_or(false);
        let concerns = spec.concerns.clone().unwrap_or_default();
        let pattern = spec.output.as_deref().unwrap_or(DEFAULT_PATTERN);
        // Named after the translation that serves the request (es-MX -> es),
        // as `handout render` names its file.
        let served = self
            .lib
            .localizer(&locale, self.allow_fallback)
            .map(|l| l.locale.clone())
            .map_err(|d| first_message(&d))?;
        let name = output_name(
            pattern,
            &topic,
            &served,
            paper,
            large_print,
            &concerns,
            line,
        )?;
        if let Some(patient) = &spec.patient_name {
            if names_patient(&name.to_string_lossy(), patient.as_str()) {
                return Err("the output name holds the patient name, which must not identify the patient in a file name; use a placeholder such as {n} instead".to_string());
            }
        }
        let job = Job {
            topic,
            locale,
            concerns,
            clinic: clinic.map(|c| (*c).clone()),
            paper,
            large_print,
            allow_fallback: self.allow_fallback,
            epoch: self.epoch,
            patient_name: spec
                .patient_name
                .as_ref()
                .map(|n| n.as_str().trim())
                .filter(|n| !n.is_empty())
                .map(crate::model::PatientName::new),
        };
        Ok((job, self.out_dir.join(name)))
    }

    /// Makes one job; its report never holds the patient's name. A PDF
    /// made comes back to be written; until it is, the report says
    /// `written`.
    fn make(
        &self,
        ts: &mut Typesetter<'_>,
        line: usize,
        prepared: Prepared,
    ) -> (JobReport, Option<Pending>) {
        let name = match &prepared {
            Ok((job, _)) => job.patient_name.clone(),
            Err(_) => None,
        };
        let (mut report, mut pending) = self.make_inner(ts, line, prepared);
        if let Some(p) = pending.as_mut() {
            p.patient = name.clone();
        }
        if let Some(name) = name {
            report.error = report
                .error
                .map(|e| crate::diag::redact_text(&e, name.as_str()));
            for w in &mut report.warnings {
                *w = crate::diag::redact_text(w, name.as_str());
            }
        }
        (report, pending)
    }

    fn make_inner(
        &self,
        ts: &mut Typesetter<'_>,
        line: usize,
        prepared: Prepared,
    ) -> (JobReport, Option<Pending>) {
        let start = Instant::now();
        // What every report says; each outcome adds its own fields.
        let report = |output: Option<&Path>, status: &'static str| JobReport {
            line,
            output: output.map(|p| p.display().to_string()),
            status,
            pages: None,
            bytes: None,
            ms: start.elapsed().as_secs_f64() * 1e3,
            error: None,
            warnings: Vec::new(),
        };
        let fail = |output: Option<&Path>, error: String| JobReport {
            error: Some(error),
            ..report(output, "failed")
        };
        let (job, out) = match prepared {
            Ok(p) => p,
            Err(e) => return (fail(None, e), None),
        };
        let digest = job.digest(self.lib);
        if !self.force && self.up_to_date(&out, &digest) {
            return (report(Some(&out), "up-to-date"), None);
        }
        let leaflet = match make_leaflet_with(self.lib, &job, ts) {
            Ok(l) => l,
            Err(d) => return (fail(Some(&out), first_message(&d)), None),
        };
        let report = JobReport {
            pages: Some(leaflet.pages),
            bytes: Some(leaflet.pdf.len()),
            warnings: leaflet.warnings,
            ..report(Some(&out), "written")
        };
        let pending = Pending {
            index: 0,
            out,
            pdf: leaflet.pdf,
            patient: None,
            start,
        };
        (report, Some(pending))
    }

    /// The PDF at `out` was made from the same inputs, by this program or
    /// an older build of the same content (it is newer than the program).
    fn up_to_date(&self, out: &Path, digest: &[u8; 16]) -> bool {
        let Ok(meta) = std::fs::metadata(out) else {
            return false;
        };
        if let (Ok(made), Some(exe)) = (meta.modified(), self.exe_modified) {
            if made < exe {
                return false;
            }
        }
        let Ok(mut f) = std::fs::File::open(out) else {
            return false;
        };
        let len = meta.len();
        let tail_len = len.min(4096);
        let mut tail = vec![0u8; tail_len as usize];
        use std::io::{Read, Seek, SeekFrom};
        if f.seek(SeekFrom::Start(len - tail_len)).is_err() || f.read_exact(&mut tail).is_err() {
            return false;
        }
        crate::pdf::read_id(&tail).as_ref() == Some(digest)
    }
}

/// Writes a finished PDF into place, creating its folder if need be.
fn write_pending(p: &Pending) -> Written {
    // If the folder cannot be made, the write fails too, and explains why
    // (a file where a folder should be, say) better than mkdir would.
    if let Some(parent) = p.out.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let error = write_atomically(&p.out, &p.pdf)
        .err()
        .map(|d| first_message(&d));
    // Like the rest of a job's report, the error never holds the name.
    let error = match (&p.patient, error) {
        (Some(name), Some(e)) => Some(crate::diag::redact_text(&e, name.as_str())),
        (_, e) => e,
    };
    (p.index, error, p.start.elapsed().as_secs_f64() * 1e3)
}

/// Completes a job's report once its PDF was written, or was not.
fn settle(report: &mut JobReport, (_, error, ms): Written) {
    report.ms = ms;
    if let Some(e) = error {
        report.status = "failed";
        report.pages = None;
        report.bytes = None;
        report.warnings.clear();
        report.error = Some(e);
    }
}

/// Removes `.NAME.PID.tmp` files left by a killed run (ours are written that
/// way and renamed when complete) whose process is gone.
fn remove_stale_temp_files(dir: &Path) {
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

/// Expands an output pattern. Placeholders: `{topic}`, `{locale}`,
/// `{paper}`, `{large}` (`-large` or nothing), `{concerns}` (ids joined by
/// `+`, or `all`), `{n}` (the manifest line). The result must stay inside
/// the output folder.
pub fn output_name(
    pattern: &str,
    topic: &str,
    locale: &str,
    paper: Paper,
    large: bool,
    concerns: &[String],
    line: usize,
) -> std::result::Result<PathBuf, String> {
    let concerns = if concerns.is_empty() {
        "all".to_string()
    } else {
        concerns.join("+")
    };
    let paper = match paper {
        Paper::Letter => "letter",
        Paper::A4 => "a4",
    };
    let name = pattern
        .replace("{topic}", topic)
        .replace("{locale}", locale)
        .replace("{paper}", paper)
        .replace("{large}", if large { "-large" } else { "" })
        .replace("{concerns}", &concerns)
        .replace("{line}", &line.to_string())
        // The first spelling; clap's help turns `{n}` into a line break, so
        // the help and the README show `{line}`.
        .replace("{n}", &line.to_string());
    if let Some(open) = name.find('{') {
        let end = name[open..].find('}').map_or(name.len(), |e| open + e + 1);
        return Err(format!(
            "unknown placeholder `{}` in output `{pattern}`; use {{topic}}, {{locale}}, {{paper}}, {{large}}, {{concerns}}, {{line}}",
            &name[open..end]
        ));
    }
    let path = PathBuf::from(&name);
    let safe = !name.is_empty()
        && !name.contains('\0')
        && path.components().all(|c| matches!(c, Component::Normal(_)));
    if !safe {
        return Err(format!("output `{name}` must be a relative path inside the output folder (no `..`, no leading `/`)"));
    }
    Ok(if path.extension().is_none() {
        path.with_extension("pdf")
    } else {
        path
    })
}

/// Whether a file name spells the patient's name (in any case, with its
/// spaces as they are, as `-` or `_`, or left out). Names under four
/// letters are words of many file names, so they are not looked for.
fn names_patient(file: &str, patient: &str) -> bool {
    let patient = patient.trim();
    if patient.chars().count() < 4 {
        return false;
    }
    let file = file.to_lowercase();
    let patient = patient.to_lowercase();
    [" ", "-", "_", ""]
        .iter()
        .any(|sep| file.contains(&patient.split_whitespace().collect::<Vec<_>>().join(sep)))
}

/// Progress on a terminal (a bar), as plain lines otherwise, or nothing.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    total: usize,
    done: usize,
    quiet: bool,
    next_line: usize,
}

impl Progress {
    fn new(total: usize, quiet: bool) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} leaflets, {per_sec}, {eta} left {msg}",
            ) {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            total,
            done: 0,
            quiet,
            next_line: 1,
        }
    }

    fn tick(&mut self, summary: &Summary, log: &mut dyn FnMut(&str)) {
        self.done += 1;
        if let Some(bar) = &self.bar {
            bar.inc(1);
            if summary.failed > 0 {
                bar.set_message(format!("({} failed)", summary.failed));
            }
        } else if !self.quiet {
            // About ten lines per batch.
            let step = (self.total / 10).max(1);
            if self.done >= self.next_line * step || self.done == self.total {
                self.next_line = self.done / step + 1;
                log(&format!(
                    "batch: {}/{} done, {} failed",
                    self.done, self.total, summary.failed
                ));
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The JSON report, written to a temporary file and renamed at the end.
struct ReportWriter {
    path: PathBuf,
    tmp: PathBuf,
    file: std::io::BufWriter<std::fs::File>,
    first: bool,
}

impl ReportWriter {
    fn create(path: &Path) -> Result<ReportWriter> {
        let display = path.display().to_string();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let file = std::fs::File::create(&tmp).map_err(|e| {
            Diagnostic::error(format!("cannot write the report: {e}")).at(Location::file(&display))
        })?;
        let mut w = ReportWriter {
            path: path.to_path_buf(),
            tmp,
            file: std::io::BufWriter::new(file),
            first: true,
        };
        w.write(b"[")?;
        Ok(w)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.file.write_all(bytes).map_err(|e| {
            Diagnostic::error(format!("cannot write the report: {e}"))
                .at(Location::file(&self.path.display().to_string()))
                .into()
        })
    }

    fn add(&mut self, r: &JobReport) -> Result<()> {
        let json = serde_json::to_string(r).expect("plain data");
        let sep: &[u8] = if self.first { b"\n  " } else { b",\n  " };
        self.first = false;
        self.write(sep)?;
        self.write(json.as_bytes())
    }

    fn finish(mut self) -> Result<()> {
        self.write(b"\n]\n")?;
        self.file
            .flush()
            .map_err(|e| Diagnostic::error(format!("cannot write the report: {e}")))?;
        std::fs::rename(&self.tmp, &self.path).map_err(|e| {
            Diagnostic::error(format!("cannot write the report: {e}"))
                .at(Location::file(&self.path.display().to_string()))
                .into()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_reject_nonsense() {
        assert_eq!("2/8".parse::<Shard>(), Ok(Shard { index: 2, count: 8 }));
        for bad in ["0/3", "4/3", "1/0", "a/b", "3"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn output_names_fill_placeholders_and_stay_inside() {
        let c = vec!["religion".to_string(), "costs-money".to_string()];
        let n = output_name(
            DEFAULT_PATTERN,
            "first-meeting",
            "es",
            Paper::A4,
            true,
            &c,
            7,
        )
        .unwrap();
        assert_eq!(n, PathBuf::from("first-meeting-es-large.pdf"));
        let n = output_name(
            "{n}/{topic}-{concerns}-{paper}",
            "t",
            "es",
            Paper::Letter,
            false,
            &c,
            7,
        )
        .unwrap();
        assert_eq!(n, PathBuf::from("7/t-religion+costs-money-letter.pdf"));
        let n = output_name("intake-{line}", "t", "es", Paper::A4, false, &c, 12).unwrap();
        assert_eq!(n, PathBuf::from("intake-12.pdf"));
        assert!(output_name("../x.pdf", "t", "es", Paper::A4, false, &[], 1).is_err());
        assert!(output_name("/etc/x.pdf", "t", "es", Paper::A4, false, &[], 1).is_err());
        assert!(output_name("{patient}.pdf", "t", "es", Paper::A4, false, &[], 1).is_err());
    }

    #[test]
    fn output_names_spelling_the_patient_are_recognised() {
        assert!(names_patient("x/ana-ruiz-3.pdf", "Ana Ruiz"));
        assert!(names_patient("ANARUIZ.pdf", " Ana  Ruiz "));
        assert!(names_patient("ana_ruiz.pdf", "Ana Ruiz"));
        assert!(!names_patient("first-meeting-es.pdf", "Ana Ruiz"));
        // Too short to tell from a word.
        assert!(!names_patient("an-answer.pdf", "An"));
    }
}
