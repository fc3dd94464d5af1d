//! Batch: the writer threads. Finished PDFs go to their files on threads of
//! their own, so the sync before each rename overlaps with typesetting. A
//! writer that panics fails its own job and keeps serving the others.

use super::report::{first_message, JobReport, Status};
use crate::model::PatientName;
use crate::output::write_atomically;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{channel, sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::Scope;
use std::time::Instant;

/// Threads that write the finished PDFs. Writing waits on the disk (each
/// file is synced before it is renamed into place); on their own threads,
/// those waits overlap with the typesetting instead of idling a core, and
/// on a journalled file system concurrent syncs share a journal commit.
const WRITERS: usize = 4;

/// Finished PDFs waiting for a writer; bounds the memory they hold.
const WRITE_QUEUE: usize = 2 * WRITERS;

/// A finished PDF on its way to its file.
pub(super) struct Pending {
    /// The job's index in its chunk (set by [`Writers::write_all`]).
    pub(super) index: usize,
    pub(super) out: PathBuf,
    pub(super) pdf: Vec<u8>,
    pub(super) patient: Option<PatientName>,
    pub(super) start: Instant,
}

/// What a writer did with a [`Pending`].
#[derive(Debug)]
pub(super) struct Written {
    /// The job's index in its chunk.
    index: usize,
    /// Why the file could not be written.
    error: Option<String>,
    /// The job's time including the writing, milliseconds.
    ms: f64,
}

/// The writer threads of a batch, alive for the scope they were spawned in.
pub(super) struct Writers {
    /// Dropped with `Writers`, which stops the threads.
    to_write: SyncSender<Pending>,
    written: Receiver<Written>,
}

impl Writers {
    /// Starts the writers; each writes with `write`.
    pub(super) fn spawn<'scope>(
        scope: &'scope Scope<'scope, '_>,
        write: fn(&Pending) -> Written,
    ) -> Writers {
        let (to_write, queue) = sync_channel::<Pending>(WRITE_QUEUE);
        let (written_tx, written) = channel::<Written>();
        let queue = Arc::new(Mutex::new(queue));
        for _ in 0..WRITERS {
            let written_tx = written_tx.clone();
            let queue = queue.clone();
            scope.spawn(move || loop {
                // One writer at a time waits for the next file. The lock is
                // never held by code that can panic, but a poisoned one
                // still guards a sound receiver.
                let next = queue.lock().unwrap_or_else(PoisonError::into_inner).recv();
                let Ok(p) = next else { break };
                let done = catch_unwind(AssertUnwindSafe(|| write(&p))).unwrap_or_else(|_| {
                    Written {
                        index: p.index,
                        error: Some(
                            "the PDF was made but writing it failed unexpectedly (a bug in handout; please report it)"
                                .to_string(),
                        ),
                        ms: p.start.elapsed().as_secs_f64() * 1e3,
                    }
                });
                if written_tx.send(done).is_err() {
                    break;
                }
            });
        }
        Writers { to_write, written }
    }

    /// The writers' queue, to hand them PDFs from the typesetting threads.
    pub(super) fn queue(&self) -> Queue<'_> {
        Queue(&self.to_write)
    }

    /// Every report of a chunk, in the chunk's order, each settled by what
    /// happened to its file: waits for the writers' answers for the jobs
    /// they took.
    pub(super) fn settle(&self, made: Vec<(JobReport, bool)>) -> Vec<JobReport> {
        let mut waiting: Vec<bool> = made.iter().map(|(_, queued)| *queued).collect();
        let queued = waiting.iter().filter(|w| **w).count();
        let mut reports: Vec<JobReport> = made.into_iter().map(|(r, _)| r).collect();
        for done in self.written.iter().take(queued) {
            let index = done.index;
            waiting[index] = false;
            settle(&mut reports[index], done);
        }
        // Every writer stopped before answering for these.
        for (r, _) in reports.iter_mut().zip(&waiting).filter(|(_, w)| **w) {
            fail(
                r,
                "the PDF was made but not written (the writer threads stopped)".to_string(),
            );
        }
        reports
    }
}

/// The writers' queue, shared by the typesetting threads.
#[derive(Clone, Copy)]
pub(super) struct Queue<'a>(&'a SyncSender<Pending>);

impl Queue<'_> {
    /// Hands job `index`'s finished PDF to a writer, waiting while the
    /// queue is full; returns its report and whether a writer took it (with
    /// no writer left, the PDF is written here and the report settled).
    pub(super) fn send(
        self,
        index: usize,
        mut report: JobReport,
        pending: Option<Pending>,
    ) -> (JobReport, bool) {
        let Some(mut p) = pending else {
            return (report, false);
        };
        p.index = index;
        match self.0.send(p) {
            Ok(()) => (report, true),
            Err(std::sync::mpsc::SendError(p)) => {
                settle(&mut report, write_pending(&p));
                (report, false)
            }
        }
    }
}

/// Writes a finished PDF into place, creating its folder if need be.
pub(super) fn write_pending(p: &Pending) -> Written {
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
    Written {
        index: p.index,
        error,
        ms: p.start.elapsed().as_secs_f64() * 1e3,
    }
}

/// Completes a job's report once its PDF was written, or was not.
fn settle(report: &mut JobReport, done: Written) {
    report.ms = done.ms;
    if let Some(e) = done.error {
        fail(report, e);
    }
}

/// Turns a written job's report into a failed one.
fn fail(report: &mut JobReport, error: String) {
    report.status = Status::Failed;
    report.pages = None;
    report.bytes = None;
    report.warnings.clear();
    report.error = Some(error);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(line: usize) -> (JobReport, Option<Pending>) {
        let report = JobReport {
            line,
            output: Some(format!("{line}.pdf")),
            status: Status::Written,
            pages: Some(1),
            bytes: Some(3),
            ms: 0.0,
            error: None,
            warnings: Vec::new(),
            scope: None,
        };
        let pending = Pending {
            index: 0,
            out: PathBuf::from(format!("{line}.pdf")),
            pdf: b"pdf".to_vec(),
            patient: None,
            start: Instant::now(),
        };
        (report, Some(pending))
    }

    /// Writes nothing; panics for the job of index 1.
    fn panics_on_second(p: &Pending) -> Written {
        assert!(p.index != 1, "a writer bug");
        Written {
            index: p.index,
            error: None,
            ms: 0.0,
        }
    }

    #[test]
    fn a_writer_that_panics_fails_its_job_and_the_batch_goes_on() {
        std::thread::scope(|scope| {
            let writers = Writers::spawn(scope, panics_on_second);
            // More jobs than writers, twice: the writers live on.
            for _ in 0..2 {
                let made: Vec<(JobReport, bool)> = (0..3 * WRITERS)
                    .map(|i| {
                        let (report, pending) = job(i);
                        writers.queue().send(i, report, pending)
                    })
                    .collect();
                let reports = writers.settle(made);
                for (i, r) in reports.iter().enumerate() {
                    if i == 1 {
                        assert_eq!(r.status, Status::Failed);
                        assert!(r.error.as_deref().unwrap().contains("unexpectedly"));
                        assert_eq!((r.pages, r.bytes), (None, None));
                    } else {
                        assert_eq!(r.status, Status::Written, "job {i}");
                    }
                }
            }
        });
    }
}
