//! handout: patient leaflets for addiction clinics.
//!
//! The pipeline runs one way (see `../shared/DESIGN.md`):
//!
//! ```text
//! load -> l10n -> render -> markup -> layout -> pdf
//! ```
//!
//! Dependency rule, enforced by `tests/architecture.rs`:
//! - a stage may use the leaves (`diag`, `model`, `doc`) and earlier stages,
//!   never a later stage, `app` or `cli`;
//! - only the owning module names its outside crate: the YAML crate only in
//!   `load`, fluent only in `l10n`, tera only in `render`, roxmltree only in
//!   `markup`, harfrust and unicode-linebreak only in `layout`, printpdf,
//!   lopdf and subsetter only in `pdf`, clap only in `cli` and `main.rs`,
//!   rayon and indicatif only in `batch`.

pub mod diag;
pub mod doc;
pub mod model;

pub mod l10n;
pub mod layout;
pub mod load;
pub mod markup;
pub mod pdf;
pub mod render;

pub mod app;
pub mod batch;
pub mod check;
pub mod cli;
