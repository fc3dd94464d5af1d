//! `handout batch`: the command line's options to [`BatchOptions`], the
//! batch's progress to standard error, and its totals to an exit status.

use super::{epoch_from_env, paper_from_env};
use crate::batch::{BatchOptions, ProgressMode};
use crate::cli::BatchArgs;
use crate::diag::{Diagnostic, Result};
use std::io::IsTerminal;

/// Runs the batch; an error when any of its leaflets failed.
pub(super) fn run(args: BatchArgs) -> Result<()> {
    let progress = if args.quiet {
        ProgressMode::Quiet
    } else if std::io::stderr().is_terminal() {
        ProgressMode::Bar
    } else {
        ProgressMode::Lines
    };
    let opts = BatchOptions {
        manifest: args.manifest,
        out_dir: args.out_dir,
        jobs: args.jobs,
        shard: args.shard,
        force: args.force,
        report: args.report,
        progress,
        clinic: args.clinic,
        allow_fallback: args.allow_fallback,
        content: args.content.content,
        epoch: epoch_from_env()?,
        region_paper: paper_from_env(),
        program_time: std::env::current_exe()
            .ok()
            .and_then(|p| p.metadata().ok())
            .and_then(|m| m.modified().ok()),
    };
    let mut log = |line: &str| eprintln!("{line}");
    let summary = crate::batch::run(&opts, &mut log)?;
    if summary.failed > 0 && summary.written + summary.up_to_date == 0 {
        Err(Diagnostic::error(format!(
            "all {} of the batch's leaflets failed",
            summary.failed
        ))
        .into())
    } else if summary.failed > 0 {
        Err(Diagnostic::error(format!(
            "{} of the batch's leaflets failed; the others were written",
            summary.failed
        ))
        .into())
    } else {
        Ok(())
    }
}
