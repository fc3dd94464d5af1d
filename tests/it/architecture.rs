//! The dependency rule of `src/lib.rs`, checked by reading the sources (in
//! the manner of rust-analyzer's `tidy` tests): a pipeline stage uses only
//! the leaves and earlier stages, and only the owning module names its
//! outside crate.

use std::path::Path;

const STAGES: [&str; 6] = ["load", "l10n", "render", "markup", "layout", "pdf"];
const LEAVES: [&str; 3] = ["diag", "model", "doc"];

/// Outside crate -> the modules allowed to name it.
const OWNERS: &[(&str, &[&str])] = &[
    ("serde_yaml", &["load"]),
    ("include_dir", &["load"]),
    ("fluent_bundle", &["l10n"]),
    ("fluent_syntax", &["l10n"]),
    ("fluent_langneg", &["l10n"]),
    ("fluent_pseudo", &["l10n"]),
    ("intl_pluralrules", &["l10n"]),
    ("unic_langid", &["l10n"]),
    ("tera", &["render"]),
    ("roxmltree", &["markup"]),
    ("harfrust", &["layout"]),
    ("unicode_bidi", &["layout"]),
    ("qrcode", &["layout"]),
    ("imagesize", &["load"]),
    ("unicode_linebreak", &["layout"]),
    ("printpdf", &["pdf"]),
    ("lopdf", &["pdf"]),
    ("subsetter", &["pdf"]),
    ("flate2", &["pdf"]),
    ("clap", &["cli", "main"]),
    ("serde_json", &["app", "batch", "check"]),
    ("csv", &["load"]),
    ("sha2", &["app", "check"]),
    ("rayon", &["batch"]),
    ("indicatif", &["batch"]),
];

/// Every `.rs` file of a module: `src/NAME.rs`, or each file under
/// `src/NAME/` for a module split into a folder.
fn module_files(module: &str) -> Vec<std::path::PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let file = src.join(format!("{module}.rs"));
    let mut files = Vec::new();
    if file.is_file() {
        files.push(file);
    }
    let mut dirs = vec![src.join(module)];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(!files.is_empty(), "module `{module}` has no source file");
    files
}

fn source(module: &str) -> String {
    let mut code = String::new();
    for path in module_files(module) {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Only code: drop comment lines so docs may mention any crate.
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            code.push_str(line);
            code.push('\n');
        }
    }
    code
}

fn names(code: &str, name: &str) -> bool {
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(i) = code[from..].find(name) {
        let at = from + i;
        let end = at + name.len();
        let before_ok = at == 0
            || !(bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b':');
        let after_ok = code[end..].starts_with("::");
        if before_ok && after_ok {
            return true;
        }
        from = end;
    }
    false
}

fn all_modules() -> Vec<&'static str> {
    let mut v: Vec<&str> = STAGES.to_vec();
    v.extend(LEAVES);
    v.extend(["app", "batch", "check", "cli", "main", "lib"]);
    v
}

#[test]
fn outside_crates_are_named_only_by_their_owner() {
    let mut wrong = Vec::new();
    for module in all_modules() {
        let code = source(module);
        for (krate, owners) in OWNERS {
            if names(&code, krate) && !owners.contains(&module) {
                wrong.push(format!(
                    "src/{module}.rs names `{krate}`, which belongs to {owners:?}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn stages_use_only_leaves_and_earlier_stages() {
    let mut wrong = Vec::new();
    for (i, stage) in STAGES.iter().enumerate() {
        let code = source(stage);
        let forbidden = STAGES[i + 1..]
            .iter()
            .chain(["app", "batch", "check", "cli"].iter());
        for later in forbidden {
            if code.contains(&format!("crate::{later}")) {
                wrong.push(format!("src/{stage}.rs uses crate::{later}"));
            }
        }
    }
    for leaf in LEAVES {
        let code = source(leaf);
        for other in STAGES.iter().chain(["app", "cli"].iter()) {
            if code.contains(&format!("crate::{other}")) {
                wrong.push(format!("leaf src/{leaf}.rs uses crate::{other}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_source_file_opens_with_a_module_doc() {
    for module in all_modules() {
        for path in module_files(module) {
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("//!"),
                "{} must open with a //! doc",
                path.display()
            );
        }
    }
}

#[test]
fn the_checker_sees_a_violation() {
    assert!(names("use printpdf::Op;", "printpdf"));
    assert!(names("let x = tera::Tera::new();", "tera"));
    assert!(!names("let my_tera = 1; // tera", "tera"));
}
