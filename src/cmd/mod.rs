//! Commands: `handout render`, `list`, `check`, `locale new`, `batch` and
//! `serve`.
//! The only layer that sees clap's types and reads the environment
//! (`LC_PAPER`, `SOURCE_DATE_EPOCH`); each command turns its arguments into
//! plain options for the core (`crate::leaflet`, `crate::batch`,
//! `crate::check`, `crate::serve`) and prints what it was asked for.

mod batch;
mod check;
mod list;
mod locale;
mod render;
mod serve;

use crate::cli::{Cli, Command, LocaleCommand};
use crate::diag::{Diagnostic, Result};
use crate::model::Paper;

/// Runs a parsed command line. Warnings go to `warn`; what a command was
/// asked to print goes to standard output, its notes to standard error.
pub fn run(cli: Cli, warn: &mut dyn FnMut(&Diagnostic)) -> Result<()> {
    // Containers on several machines may share one host name; their shards
    // tell their temporary files apart by this one.
    if let Ok(host) = std::env::var("HANDOUT_HOST") {
        if !host.is_empty() {
            crate::output::set_host(&host);
        }
    }
    match cli.command {
        Command::Render(args) => render::run(args, warn),
        Command::List(args) => list::run(args),
        Command::Check(args) => check::run(args),
        Command::Locale(LocaleCommand::New(args)) => locale::new(args),
        Command::Batch(args) => batch::run(args),
        Command::Serve(args) => serve::run(args),
    }
}

/// Paper from the environment the way POSIX tools read it.
fn paper_from_env() -> Option<Paper> {
    for var in ["LC_ALL", "LC_PAPER", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() {
                return Paper::from_posix_locale(&v);
            }
        }
    }
    None
}

/// `SOURCE_DATE_EPOCH`, the PDF creation time reproducible builds ask for.
fn epoch_from_env() -> Result<Option<i64>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.is_empty() => v.trim().parse().map(Some).map_err(|_| {
            Diagnostic::error(format!(
                "SOURCE_DATE_EPOCH is `{v}`, not a number of seconds"
            ))
            .hint("unset it, or set it to seconds since 1970-01-01")
            .into()
        }),
        _ => Ok(None),
    }
}
