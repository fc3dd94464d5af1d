//! `handout locale new`: scaffold a locale for a translator.

use crate::cli::LocaleNewArgs;
use crate::diag::Result;
use std::path::PathBuf;

/// Creates the locale's files and names each on standard error.
pub(super) fn new(args: LocaleNewArgs) -> Result<()> {
    let dir = args.content.clone().unwrap_or_else(|| PathBuf::from("."));
    let files = crate::check::new_locale(&dir, &args.lang, &args.from)?;
    for f in files {
        eprintln!("created {}", f.display());
    }
    Ok(())
}
