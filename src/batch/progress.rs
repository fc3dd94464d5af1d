//! Batch: progress on a terminal (a bar), as plain lines otherwise, or
//! nothing.

use super::report::Summary;

/// How a batch shows its progress; the command layer picks one from
/// `--quiet` and whether standard error is a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressMode {
    /// A bar, redrawn in place (a terminal).
    Bar,
    /// About ten plain lines per batch (a log file, CI).
    Lines,
    /// Nothing but the summary and failures.
    Quiet,
}

/// Progress on a terminal (a bar), as plain lines otherwise, or nothing.
pub(super) struct Progress {
    bar: Option<indicatif::ProgressBar>,
    total: usize,
    done: usize,
    quiet: bool,
    next_line: usize,
}

impl Progress {
    pub(super) fn new(total: usize, mode: ProgressMode) -> Progress {
        let quiet = mode == ProgressMode::Quiet;
        let bar = (mode == ProgressMode::Bar).then(|| {
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

    pub(super) fn tick(&mut self, summary: &Summary, log: &mut dyn FnMut(&str)) {
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

    pub(super) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
