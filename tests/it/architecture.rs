//! The dependency rules of `src/lib.rs`, checked by reading the sources (in
//! the manner of rust-analyzer's `tidy` tests):
//! - each module uses only modules of the layers below its own (the
//!   pipeline stages in order, the core above them, the commands on top);
//! - only `cmd` and `main.rs` see the command line (`cli`);
//! - every outside crate of `Cargo.toml` has an owner, and only its owner
//!   names it.
//!
//! References are read from the code with comments dropped: `crate::x`
//! paths, grouped imports (`use crate::{x, y::z}`), `super::` paths that
//! climb to the crate root, and `handout::x` in `main.rs`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layers, top first. A module may use the modules of any layer below
/// its own, never one of its own layer or above.
const LAYERS: &[&[&str]] = &[
    &["main"],
    &["cmd"],
    &["serve"],
    &["batch", "check"],
    &["leaflet"],
    &["output"],
    &["pdf", "html"],
    &["layout"],
    &["markup"],
    &["render"],
    &["l10n"],
    &["load"],
    &["diag", "model", "doc"],
];

/// The command line's types: used by `cmd` and `main` only, and using only
/// the leaves.
const CLI: &str = "cli";
const CLI_USERS: [&str; 2] = ["cmd", "main"];
const LEAVES: [&str; 3] = ["diag", "model", "doc"];

/// Outside crate -> the modules allowed to name it (`*`: any module).
const OWNERS: &[(&str, &[&str])] = &[
    ("serde", &["*"]),
    ("serde_yaml", &["load"]),
    ("include_dir", &["load"]),
    ("csv", &["load"]),
    ("imagesize", &["load"]),
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
    ("unicode_linebreak", &["layout"]),
    ("qrcode", &["layout", "html"]),
    ("base64", &["html", "serve"]),
    ("hyphenation", &["layout"]),
    ("printpdf", &["pdf"]),
    ("lopdf", &["pdf"]),
    ("subsetter", &["pdf"]),
    ("flate2", &["pdf"]),
    ("clap", &["cli", "main"]),
    ("serde_json", &["cmd", "batch", "leaflet"]),
    ("sha2", &["leaflet", "check", "serve"]),
    ("gethostname", &["output"]),
    ("rayon", &["batch"]),
    ("indicatif", &["batch"]),
    ("axum", &["serve"]),
    ("tokio", &["serve"]),
    ("hyper", &["serve"]),
    ("hyper_util", &["serve"]),
    ("form_urlencoded", &["serve"]),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every module named in the layers, plus `cli` and `lib`.
fn all_modules() -> Vec<&'static str> {
    let mut v: Vec<&str> = LAYERS.iter().flat_map(|l| l.iter().copied()).collect();
    v.extend([CLI, "lib"]);
    v
}

/// The layer of a module, 0 at the top.
fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// Every `.rs` file of a module: `src/NAME.rs`, or each file under
/// `src/NAME/` for a module split into a folder.
fn module_files(module: &str) -> Vec<PathBuf> {
    let src = src();
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

/// A file's code without comment lines, so docs may mention anything.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut code = String::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// How many `super::` lead from this file's module to the crate root:
/// `src/layout/mod.rs` is `layout` (1), `src/layout/flow/list.rs` is
/// `layout::flow::list` (3).
fn depth(path: &Path) -> usize {
    let rel = path.strip_prefix(src()).expect("a file under src/");
    let parts = rel.components().count();
    if rel.file_name().is_some_and(|n| n == "mod.rs") {
        parts - 1
    } else {
        parts
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The first identifier of `text`.
fn ident(text: &str) -> &str {
    let end = text
        .bytes()
        .position(|b| !is_ident(b))
        .unwrap_or(text.len());
    &text[..end]
}

/// The top-level names of a `{...}` group starting at `text[0] == '{'`.
fn group_heads(text: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item_start = 1;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' | ',' if depth == 1 => {
                let name = ident(text[item_start..i].trim_start());
                if !name.is_empty() && name != "self" {
                    heads.push(name.to_string());
                }
                item_start = i + 1;
                if c == '}' {
                    break;
                }
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    heads
}

/// The crate's top-level modules a file refers to, by `root::` paths
/// (`crate::` in the library, `handout::` in `main.rs`) and by `super::`
/// chains that reach the crate root.
fn references(path: &Path, root: &str) -> BTreeSet<String> {
    let code = code_of(path);
    let bytes = code.as_bytes();
    let mut found = BTreeSet::new();
    let prefix = format!("{root}::");
    let mut from = 0;
    while let Some(i) = code[from..].find(&prefix) {
        let at = from + i;
        from = at + prefix.len();
        if at > 0 && (is_ident(bytes[at - 1]) || bytes[at - 1] == b':') {
            continue;
        }
        let rest = &code[from..];
        if rest.starts_with('{') {
            found.extend(group_heads(rest));
        } else if !ident(rest).is_empty() {
            found.insert(ident(rest).to_string());
        }
    }
    let climb = "super::".repeat(depth(path));
    if !climb.is_empty() {
        let mut from = 0;
        while let Some(i) = code[from..].find(&climb) {
            let at = from + i;
            from = at + climb.len();
            if at >= 7 && &code[at - 7..at] == "super::" {
                continue;
            }
            let rest = &code[from..];
            if rest.starts_with('{') {
                found.extend(group_heads(rest));
            } else {
                found.insert(ident(rest).to_string());
            }
        }
    }
    found
}

/// The files of a module and the crate modules each refers to.
fn uses(module: &str) -> Vec<(PathBuf, BTreeSet<String>)> {
    let (files, root) = if module == "main" {
        (vec![src().join("main.rs")], "handout")
    } else {
        (module_files(module), "crate")
    };
    files
        .into_iter()
        .map(|f| {
            let refs = references(&f, root);
            (f, refs)
        })
        .collect()
}

fn shown(path: &Path) -> String {
    path.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")))
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn modules_use_only_the_layers_below_them() {
    let mut wrong = Vec::new();
    let known = all_modules();
    for module in all_modules() {
        if module == "lib" {
            continue;
        }
        for (file, refs) in uses(module) {
            for used in refs.iter().map(String::as_str) {
                if used == module || !known.contains(&used) {
                    // Within the module, or not a module of ours (a macro's
                    // `crate::` in a string, say).
                    continue;
                }
                let ok = if module == CLI {
                    LEAVES.contains(&used)
                } else if used == CLI {
                    CLI_USERS.contains(&module)
                } else {
                    layer(used) > layer(module)
                };
                if !ok {
                    wrong.push(format!("{} uses `{used}`", shown(&file)));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Whether `code` names the outside crate `name`: a `name::` path, or
/// `use name as ...;`, `use name;`, `extern crate name`.
fn names(code: &str, name: &str) -> bool {
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(i) = code[from..].find(name) {
        let at = from + i;
        let end = at + name.len();
        from = end;
        let before_ok = at == 0 || !(is_ident(bytes[at - 1]) || bytes[at - 1] == b':');
        if !before_ok || code[end..].bytes().next().is_some_and(is_ident) {
            continue;
        }
        let imported = code[..at].ends_with("use ") || code[..at].ends_with("extern crate ");
        if code[end..].starts_with("::") || imported {
            return true;
        }
    }
    false
}

/// The outside crates of `Cargo.toml`'s `[dependencies]`, as code names
/// them (`-` as `_`).
fn dependencies() -> Vec<String> {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    let mut deps = Vec::new();
    let mut inside = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[dependencies]";
            continue;
        }
        if inside && !line.is_empty() && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                deps.push(name.trim().replace('-', "_"));
            }
        }
    }
    assert!(!deps.is_empty(), "no [dependencies] in Cargo.toml");
    deps
}

#[test]
fn every_dependency_has_an_owner() {
    let missing: Vec<String> = dependencies()
        .into_iter()
        .filter(|d| !OWNERS.iter().any(|(k, _)| k == d))
        .collect();
    assert!(
        missing.is_empty(),
        "give each new dependency its owning module in OWNERS: {missing:?}"
    );
}

#[test]
fn outside_crates_are_named_only_by_their_owner() {
    let mut wrong = Vec::new();
    for module in all_modules() {
        let files = if module == "main" {
            vec![src().join("main.rs")]
        } else {
            module_files(module)
        };
        for file in files {
            let code = code_of(&file);
            for (krate, owners) in OWNERS {
                if owners.contains(&"*") {
                    continue;
                }
                if names(&code, krate) && !owners.contains(&module) {
                    wrong.push(format!(
                        "{} names `{krate}`, which belongs to {owners:?}",
                        shown(&file)
                    ));
                }
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
                shown(&path)
            );
        }
    }
}

#[test]
fn every_source_file_belongs_to_a_module_of_the_rules() {
    let known = all_modules();
    let mut strays = Vec::new();
    for entry in std::fs::read_dir(src()).expect("src/") {
        let path = entry.expect("an entry").path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        if !known.contains(&stem.as_str()) {
            strays.push(shown(&path));
        }
    }
    assert!(
        strays.is_empty(),
        "add these to LAYERS (or CLI) so the rules cover them: {strays:?}"
    );
}

#[test]
fn the_checker_sees_a_violation() {
    assert!(names("use printpdf::Op;", "printpdf"));
    assert!(names("let x = tera::Tera::new();", "tera"));
    assert!(names("use printpdf as p;", "printpdf"));
    assert!(names("extern crate tera;", "tera"));
    assert!(!names("let my_tera = 1; // tera", "tera"));
    assert!(!names("let tera_x = 1;", "tera"));
    assert_eq!(
        group_heads("{layout::{Typesetter, Options}, pdf, self}"),
        ["layout", "pdf"]
    );
    assert_eq!(
        group_heads("{\n    diag::Result,\n    model::{Id, Paper},\n}"),
        ["diag", "model"]
    );
}
