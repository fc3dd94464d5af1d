//! handout: patient leaflets for addiction clinics.
//!
//! The pipeline runs one way (README.md, "How it works"):
//!
//! ```text
//! load -> l10n -> render -> markup -> layout -> pdf
//! ```
//!
//! Above the stages sits the core every command uses (`leaflet`: a job to
//! PDF bytes; `output`: files written atomically), then the batch engine and
//! the translators' checks as libraries (`batch`, `check`), the clinician's
//! web form (`serve`), then the commands (`cmd`), which alone see clap
//! (`cli`) and the environment.
//!
//! Dependency rule, enforced by `tests/it/architecture.rs`: each module uses
//! only the modules below it in
//!
//! ```text
//! main -> cmd -> cli
//!         cmd -> serve -> {batch, check} -> leaflet -> output
//!                                  leaflet -> pdf -> layout -> markup -> render -> l10n -> load
//!                                  everything -> leaves (diag, model, doc)
//! ```
//!
//! and only the owning module names its outside crate: the YAML crate only in
//! `load`, fluent only in `l10n`, tera only in `render`, roxmltree only in
//! `markup`, harfrust, unicode-bidi, unicode-linebreak, qrcode and
//! hyphenation only in `layout`, printpdf, lopdf, subsetter and flate2 only
//! in `pdf`, clap only in `cli` and `main.rs`, rayon and indicatif only in
//! `batch`, axum, hyper, tokio and form_urlencoded only in `serve`.

pub mod diag;
pub mod doc;
pub mod model;

pub mod html;
pub(crate) mod l10n;
pub mod layout;
pub mod load;
pub mod markup;
pub mod pdf;
pub(crate) mod render;

pub mod leaflet;
pub(crate) mod output;

pub mod batch;
pub(crate) mod check;

pub mod serve;

pub mod cli;
pub mod cmd;
