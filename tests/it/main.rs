//! The integration tests, one crate (as mdBook's `tests/testsuite/`): one
//! link of the binary's dependencies instead of one per file. Each module
//! is one area; `support` holds what they share (temporary folders, running
//! the real binary, the built-in content the expected values come from,
//! reading the PDFs back).

mod architecture;
mod batch;
mod check;
mod cli;
mod clinician;
mod fuzz_regressions;
mod hardening;
mod html;
mod print;
mod privacy;
mod render;
mod serve;
mod support;
mod tagged;
mod translate;
