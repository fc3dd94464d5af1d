//! Batch: many leaflets from a manifest (YAML or CSV, streamed), made in
//! parallel with rayon over one shared [`Library`], each PDF written
//! atomically. A failed job does not stop the others; a job whose PDF is
//! already up to date (same inputs, newer than this program) is skipped; a
//! shard takes every N-th job. Memory stays flat: jobs are read and made in
//! chunks, and no finished PDF is kept. Takes plain [`BatchOptions`]; the
//! command layer (`cmd::batch`) builds them from the command line.

mod output;
mod progress;
mod report;
mod writer;

pub use output::{output_name, CLINICIAN_PATTERN, DEFAULT_PATTERN};
pub use progress::ProgressMode;
pub use report::{JobReport, Scope, Status, Summary};

use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::layout::{Paragraphs, Typesetter};
use crate::leaflet::{make_leaflet_with, resolve_paper, Job, Library};
use crate::load::{open_manifest, ManifestJobs};
use crate::model::{Clinic, CopyKind, Format, JobSpec, Paper, PatientName, Shard};
use output::names_patient;
use progress::Progress;
use rayon::prelude::*;
use report::{first_message, ReportWriter};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use writer::{Pending, Writers};

/// A manifest row turned into a job and its output file, or why it cannot be.
type Prepared = std::result::Result<(Job, PathBuf), String>;

/// Jobs read and made together; bounds memory whatever the manifest's size.
const CHUNK: usize = 256;

/// Failed rows listed at the end of a batch; the rest are counted (and all
/// are in the `--report`).
pub const MAX_LISTED_FAILURES: usize = 20;

/// What a batch makes and how: `handout batch`'s options as plain data.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// The manifest: a .csv file, or YAML.
    pub manifest: PathBuf,
    /// Folder for the PDFs (created if missing).
    pub out_dir: PathBuf,
    /// Worker threads; `None`: all cores.
    pub jobs: Option<usize>,
    /// Make only this slice of the jobs.
    pub shard: Option<Shard>,
    /// Remake every PDF, even those up to date.
    pub force: bool,
    /// Where to write the JSON report of every job.
    pub report: Option<PathBuf>,
    /// How progress is shown.
    pub progress: ProgressMode,
    /// Clinic profile for jobs that name none.
    pub clinic: Option<PathBuf>,
    /// Print messages missing from a locale in the reference locale.
    pub allow_fallback: bool,
    /// Content folder overlaid on the built-in content.
    pub content: Option<PathBuf>,
    /// PDF creation time for every leaflet (`SOURCE_DATE_EPOCH`).
    pub epoch: Option<i64>,
    /// Paper of the user's region, for jobs whose row and clinic name none.
    pub region_paper: Option<Paper>,
    /// When this program was built (its file's time): a PDF older than it
    /// is made again, even with the same inputs. `None`: not compared.
    pub program_time: Option<std::time::SystemTime>,
}

struct Context<'a> {
    lib: &'a Library,
    out_dir: PathBuf,
    manifest_dir: PathBuf,
    defaults: JobSpec,
    cli_clinic: Option<Arc<Clinic>>,
    clinics: Mutex<HashMap<PathBuf, std::result::Result<Arc<Clinic>, String>>>,
    epoch: Option<i64>,
    region_paper: Option<Paper>,
    force: bool,
    allow_fallback: bool,
    exe_modified: Option<std::time::SystemTime>,
}

/// What a batch has seen so far: the totals, and the first few warnings and
/// failures to list at the end.
struct Tally {
    summary: Summary,
    failures: Vec<String>,
    warned: Vec<String>,
    manifest: String,
}

impl Tally {
    fn add(&mut self, r: &JobReport) {
        self.summary.warnings += r.warnings.len();
        for w in &r.warnings {
            if self.warned.len() < MAX_LISTED_FAILURES {
                self.warned
                    .push(format!("{}:{}: warning: {w}", self.manifest, r.line));
            }
        }
        match r.status {
            Status::Written => self.summary.written += 1,
            Status::UpToDate => self.summary.up_to_date += 1,
            Status::Failed => {
                self.summary.failed += 1;
                // Only the first few are kept to print: a manifest of
                // 100,000 bad rows must not flood the terminal.
                if self.failures.len() < MAX_LISTED_FAILURES {
                    self.failures.push(format!(
                        "{}:{}: error: {}",
                        self.manifest,
                        r.line,
                        r.error.as_deref().unwrap_or("failed")
                    ));
                }
            }
        }
    }

    /// The first few warnings and failures, how many more the report
    /// lists, and the totals line.
    fn finish(&self, report: Option<&Path>, log: &mut dyn FnMut(&str)) {
        let mut list = |shown: &[String], total: usize, what: &str| {
            for line in shown {
                log(line);
            }
            if total > shown.len() {
                let more = total - shown.len();
                log(&match report {
                    Some(r) => format!("… and {more} more {what}, listed in {}", r.display()),
                    None => {
                        format!("… and {more} more {what}; pass --report FILE to list them all")
                    }
                });
            }
        };
        let s = &self.summary;
        list(&self.warned, s.warnings, "warnings");
        list(&self.failures, s.failed, "failed rows");
        let warnings = match s.warnings {
            0 => String::new(),
            1 => " (1 warning)".to_string(),
            n => format!(" ({n} warnings)"),
        };
        log(&format!(
            "batch: {} written, {} up to date, {} failed, of {} jobs{warnings}",
            s.written,
            s.up_to_date,
            s.failed,
            s.written + s.up_to_date + s.failed
        ));
    }
}

/// Runs a batch. Progress and the summary go to `log`; returns the totals
/// (the caller exits 1 when any job failed).
pub fn run(opts: &BatchOptions, log: &mut dyn FnMut(&str)) -> Result<Summary> {
    // Until the jobs start, an error stops the batch; the report still says
    // so, for the automation that reads it.
    let started = Instant::now();
    let stop = |mut d: Diagnostics| {
        if let Some(path) = &opts.report {
            if let Err(e) = write_stopped(path, &opts.manifest, &d, started) {
                d.0.extend(e.0);
            }
        }
        d
    };
    let lib = Library::open(opts.content.as_deref()).map_err(stop)?;
    let manifest = open_manifest(&opts.manifest).map_err(stop)?;
    let total = count_jobs(&opts.manifest, &manifest.jobs, opts.shard).map_err(stop)?;
    std::fs::create_dir_all(&opts.out_dir)
        .map_err(|e| {
            Diagnostics::from(
                Diagnostic::error(format!("cannot create the output folder: {e}"))
                    .at(Location::file(&opts.out_dir.display().to_string())),
            )
        })
        .map_err(stop)?;
    crate::output::remove_stale_temp_files(&opts.out_dir);
    if let Some(parent) = opts.report.as_deref().and_then(Path::parent) {
        crate::output::remove_stale_temp_files(parent);
    }
    let ctx = Context::new(&lib, opts, manifest.defaults).map_err(stop)?;
    let jobs = manifest.jobs;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Diagnostic::error(format!("cannot start worker threads: {e}")))?;
    let paragraphs = Arc::new(Paragraphs::default());
    let typesetters: Vec<Mutex<Typesetter<'_>>> = (0..pool.current_num_threads().max(1))
        .map(|_| Mutex::new(Typesetter::sharing(&lib.fonts, paragraphs.clone())))
        .collect();
    let mut progress = Progress::new(total, opts.progress);
    let mut report = match &opts.report {
        Some(path) => Some(ReportWriter::create(path)?),
        None => None,
    };
    let mut tally = Tally {
        summary: Summary::default(),
        failures: Vec::new(),
        warned: Vec::new(),
        manifest: opts.manifest.display().to_string(),
    };
    // The manifest's own warnings (columns it ignores) come first.
    for w in &manifest.warnings.0 {
        tally.summary.warnings += 1;
        let line = w.location.as_ref().map_or(0, |l| l.line);
        let hint = w.hint.as_ref().map_or(String::new(), |h| format!(" ({h})"));
        tally.warned.push(format!(
            "{}:{line}: warning: {}{hint}",
            tally.manifest, w.message
        ));
    }
    let mut rows = Rows {
        jobs: jobs.peekable(),
        shard: opts.shard,
        ordinal: 0,
        outputs: HashMap::new(),
    };
    std::thread::scope(|scope| -> Result<()> {
        let writers = Writers::spawn(scope, writer::write_pending);
        while let Some(chunk) = rows.next_chunk(&ctx) {
            // Each finished PDF goes to the writers at once (their queue is
            // bounded), so a chunk never holds more than a few PDFs.
            let queue = writers.queue();
            let made: Vec<(JobReport, bool)> = pool.install(|| {
                chunk
                    .into_par_iter()
                    .enumerate()
                    .map(|(index, (line, prepared))| {
                        // Each worker keeps its own typesetter (and the words and
                        // shape plans it cached) for the whole batch.
                        let slot = rayon::current_thread_index().unwrap_or(0) % typesetters.len();
                        let mut ts = typesetters[slot].lock().expect("not poisoned");
                        let (report, pending) = ctx.make(&mut ts, line, prepared);
                        drop(ts);
                        queue.send(index, report, pending)
                    })
                    .collect()
            });
            for r in writers.settle(made) {
                tally.add(&r);
                if let Some(rep) = report.as_mut() {
                    rep.add(&r)?;
                }
                progress.tick(&tally.summary, log);
            }
        }
        Ok(())
    })?;
    progress.finish();
    if let Some(rep) = report {
        rep.finish()?;
    }
    tally.finish(opts.report.as_deref(), log);
    Ok(tally.summary)
}

/// The report of a batch that stopped before its jobs: one entry, with the
/// `batch` scope, the error, and its line when it is in the manifest.
fn write_stopped(report: &Path, manifest: &Path, d: &Diagnostics, started: Instant) -> Result<()> {
    let manifest = manifest.display().to_string();
    let line =
        d.0.iter()
            .find(|d| d.is_error())
            .and_then(|d| d.location.as_ref())
            .filter(|l| l.path == manifest)
            .map_or(0, |l| l.line);
    let mut w = ReportWriter::create(report)?;
    w.add(&JobReport {
        line,
        output: None,
        status: Status::Failed,
        pages: None,
        bytes: None,
        ms: started.elapsed().as_secs_f64() * 1e3,
        error: Some(first_message(d)),
        warnings: Vec::new(),
        scope: Some(Scope::Batch),
    })?;
    w.finish()
}

/// The manifest's rows, read a chunk at a time: this shard's rows, each with
/// its output settled in order so two jobs never write the same file.
struct Rows<I: Iterator> {
    jobs: std::iter::Peekable<I>,
    shard: Option<Shard>,
    ordinal: usize,
    /// Outputs taken so far, by a 128-bit digest of the path rather than
    /// the path itself: memory stays small for 100,000 rows.
    outputs: HashMap<u128, usize>,
}

impl<I: Iterator<Item = (usize, std::result::Result<JobSpec, Diagnostics>)>> Rows<I> {
    fn next_chunk(&mut self, ctx: &Context<'_>) -> Option<Vec<(usize, Prepared)>> {
        self.jobs.peek()?;
        let mut chunk: Vec<(usize, Prepared)> = Vec::with_capacity(CHUNK);
        for (line, spec) in self.jobs.by_ref() {
            let mine = self
                .shard
                .is_none_or(|s| self.ordinal % s.count == s.index - 1);
            self.ordinal += 1;
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
            let prepared = prepared.and_then(|(job, out)| claim(&mut self.outputs, line, job, out));
            chunk.push((line, prepared));
            if chunk.len() == CHUNK {
                break;
            }
        }
        Some(chunk)
    }
}

/// The row's output, unless an earlier row took it.
fn claim(outputs: &mut HashMap<u128, usize>, line: usize, job: Job, out: PathBuf) -> Prepared {
    let digest = path_digest(&out);
    if let Some(first) = outputs.get(&digest) {
        return Err(format!(
            "{} is also the output of line {first}; give this row its own `output` (a pattern may use {{line}}, {{concerns}}, {{paper}})",
            out.display()
        ));
    }
    outputs.insert(digest, line);
    Ok((job, out))
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

/// Jobs this shard will make, for the progress display; a CSV manifest is
/// counted by a fast pass over the file, a YAML one is already in memory.
fn count_jobs(manifest: &Path, jobs: &ManifestJobs, shard: Option<Shard>) -> Result<usize> {
    let n = match jobs {
        // Already read whole.
        ManifestJobs::Yaml(it) => it.len(),
        ManifestJobs::Csv { .. } => open_manifest(manifest)?.jobs.count(),
    };
    Ok(match shard {
        Some(s) => n / s.count + usize::from(n % s.count >= s.index),
        None => n,
    })
}

impl<'a> Context<'a> {
    fn new(lib: &'a Library, opts: &BatchOptions, defaults: JobSpec) -> Result<Context<'a>> {
        let cli_clinic = opts
            .clinic
            .as_deref()
            .map(|p| lib.clinic(p))
            .transpose()?
            .map(Arc::new);
        Ok(Context {
            lib,
            out_dir: opts.out_dir.clone(),
            manifest_dir: opts
                .manifest
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
            defaults,
            cli_clinic,
            clinics: Mutex::default(),
            epoch: opts.epoch,
            region_paper: opts.region_paper,
            force: opts.force,
            allow_fallback: opts.allow_fallback,
            exe_modified: opts.program_time,
        })
    }

    fn clinic(&self, rel: &str) -> std::result::Result<Arc<Clinic>, String> {
        let path = self.manifest_dir.join(rel);
        let mut cache = self.clinics.lock().expect("not poisoned");
        cache
            .entry(path.clone())
            .or_insert_with(|| {
                self.lib
                    .clinic(&path)
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
        let paper = resolve_paper(spec.paper, clinic.as_deref(), self.region_paper);
        let large_print = spec.large_print.unwrap_or(false);
        let concerns = spec.concerns.clone().unwrap_or_default();
        let copy = spec.copy.unwrap_or_default();
        let pattern = spec.output.as_deref().unwrap_or(match copy {
            CopyKind::Patient => DEFAULT_PATTERN,
            CopyKind::Clinician => CLINICIAN_PATTERN,
        });
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
            // An output named `.html` is the HTML twin.
            format: Format::of_path(&name),
            patient_name: spec
                .patient_name
                .as_ref()
                .and_then(|n| PatientName::given(n.as_str())),
            copy,
            clinician_locale: crate::l10n::REFERENCE_LOCALE.to_string(),
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
        let report = |output: Option<&Path>, status: Status| JobReport {
            line,
            output: output.map(|p| p.display().to_string()),
            status,
            pages: None,
            bytes: None,
            ms: start.elapsed().as_secs_f64() * 1e3,
            error: None,
            warnings: Vec::new(),
            scope: None,
        };
        let fail = |output: Option<&Path>, error: String| JobReport {
            error: Some(error),
            ..report(output, Status::Failed)
        };
        let (job, out) = match prepared {
            Ok(p) => p,
            Err(e) => return (fail(None, e), None),
        };
        let digest = job.digest(self.lib);
        if !self.force && self.up_to_date(&out, &digest) {
            return (report(Some(&out), Status::UpToDate), None);
        }
        let leaflet = match make_leaflet_with(self.lib, &job, ts) {
            Ok(l) => l,
            Err(d) => return (fail(Some(&out), first_message(&d)), None),
        };
        let report = JobReport {
            pages: Some(leaflet.pages),
            bytes: Some(leaflet.bytes.len()),
            warnings: leaflet.warnings,
            ..report(Some(&out), Status::Written)
        };
        let pending = Pending {
            index: 0,
            out,
            pdf: leaflet.bytes,
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
        // A PDF carries its id in the trailer, at the end; a page in a
        // `<meta>` of its head.
        let html = Format::of_path(out) == Format::Html;
        let len = meta.len();
        let part_len = len.min(4096);
        let mut part = vec![0u8; part_len as usize];
        use std::io::{Read, Seek, SeekFrom};
        let from = if html { 0 } else { len - part_len };
        if f.seek(SeekFrom::Start(from)).is_err() || f.read_exact(&mut part).is_err() {
            return false;
        }
        let id = if html {
            crate::html::read_id(&part)
        } else {
            crate::pdf::read_id(&part)
        };
        id.as_ref() == Some(digest)
    }
}
