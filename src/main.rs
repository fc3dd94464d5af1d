//! Edge: the binary. Parses arguments, runs the command
//! ([`handout::cmd::run`]), prints diagnostics to stderr, returns the exit
//! code (0 ok, 1 failed, 2 usage).

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match handout::cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let mut warn = |d: &handout::diag::Diagnostic| eprintln!("{d}");
    match handout::cmd::run(cli, &mut warn) {
        Ok(()) => ExitCode::SUCCESS,
        Err(diags) => {
            eprintln!("{diags}");
            ExitCode::from(1)
        }
    }
}
