//! What the integration tests share: temporary folders, running the real
//! binary (and `handout render` into a temporary folder), content folders
//! made by patching the built-in files at run time, and the built-in content
//! the expected values come from. Reading the PDFs back is in `pdf`.

mod pdf;

pub(crate) use pdf::*;

use lopdf::Document;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The built-in locales (folder names, as `/Lang` must show them).
pub(crate) const LOCALES: [&str; 6] = ["en-US", "es", "ar", "zh-Hans", "vi", "ru"];
pub(crate) const TSM: &str = "twelve-step-meetings";
pub(crate) const FM: &str = "first-meeting";

// ---------------------------------------------------------------------------
// Folders
// ---------------------------------------------------------------------------

/// The package root.
pub(crate) fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh folder under the system temp dir, removed when the test passes
/// (kept, and its path printed, when it fails). Its name holds the test
/// file's name, the process and a counter, so no two tests share one.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!(
            "handout-{}-test-{}-{n}-{name}",
            env!("CARGO_CRATE_NAME"),
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    pub(crate) fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    pub(crate) fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.join(name);
        std::fs::write(&p, text).expect("write a test file");
        p
    }

    /// The names in the folder, sorted.
    pub(crate) fn entries(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.0)
            .expect("read temp dir")
            .map(|e| {
                e.expect("dir entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        v.sort();
        v
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("test output kept in {}", self.0.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

// ---------------------------------------------------------------------------
// Running the binary
// ---------------------------------------------------------------------------

/// The binary, run from `dir`, without `SOURCE_DATE_EPOCH`. The locale
/// variables are inherited: see [`LocaleEnv::lang_only`] to control them.
pub(crate) fn handout_in(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_handout"));
    c.current_dir(dir);
    c.env_remove("SOURCE_DATE_EPOCH");
    c
}

/// [`handout_in`] the package root (so fixture paths are relative and show
/// up in diagnostics exactly as given).
pub(crate) fn handout() -> Command {
    handout_in(root())
}

/// The locale variables of a run, which choose the default paper.
pub(crate) trait LocaleEnv {
    /// Makes `LANG` the only locale variable: set to `lang`, or removed for
    /// `None`; `LC_ALL` and `LC_PAPER`, which would override it, are removed.
    fn lang_only(&mut self, lang: Option<&str>) -> &mut Self;
}

impl LocaleEnv for Command {
    fn lang_only(&mut self, lang: Option<&str>) -> &mut Command {
        self.env_remove("LC_ALL").env_remove("LC_PAPER");
        match lang {
            Some(lang) => self.env("LANG", lang),
            None => self.env_remove("LANG"),
        }
    }
}

/// A path as a command-line argument.
pub(crate) fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// A finished run: its exit code and what it printed.
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: Vec<u8>,
    pub(crate) stderr: String,
}

impl Run {
    pub(crate) fn stdout_text(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }

    #[track_caller]
    pub(crate) fn assert_ok(&self) {
        assert_eq!(self.code, 0, "expected success; stderr:\n{}", self.stderr);
    }

    #[track_caller]
    pub(crate) fn assert_failed(&self) {
        assert_eq!(self.code, 1, "expected exit 1; stderr:\n{}", self.stderr);
        assert!(!self.stderr.is_empty(), "a failure must say why on stderr");
    }

    #[track_caller]
    pub(crate) fn assert_code(&self, code: i32) {
        assert_eq!(
            self.code, code,
            "expected exit {code}; stderr:\n{}",
            self.stderr
        );
    }

    pub(crate) fn first_line(&self) -> &str {
        self.stderr.lines().next().unwrap_or("")
    }

    /// Lines of stderr that start with `prefix` (the failure lines of one
    /// manifest).
    pub(crate) fn lines_starting(&self, prefix: &str) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| l.starts_with(prefix))
            .collect()
    }
}

pub(crate) fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("run handout");
    Run {
        code: out
            .status
            .code()
            .expect("exit code (not killed by a signal)"),
        stdout: out.stdout,
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `CMD ARGS -o TMP/NAME`; returns the run and that output path.
pub(crate) fn run_to(
    cmd: &mut Command,
    tmp: &TempDir,
    name: &str,
    args: &[&str],
) -> (Run, PathBuf) {
    let out = tmp.join(name);
    let r = run(cmd.args(args).arg("-o").arg(&out));
    (r, out)
}

/// [`run_to`], asserting success, and loads the PDF written.
#[track_caller]
pub(crate) fn run_to_pdf(
    cmd: &mut Command,
    tmp: &TempDir,
    name: &str,
    args: &[&str],
) -> (Vec<u8>, Document) {
    let (r, out) = run_to(cmd, tmp, name, args);
    r.assert_ok();
    load(&out)
}

/// The binary, run from the package root, with only `LANG=C.UTF-8` among
/// the locale variables (so A4 unless a test passes `--paper`) and without
/// `SOURCE_DATE_EPOCH`: the variables that change the output are removed or
/// pinned.
pub(crate) fn handout_pinned() -> Command {
    let mut c = handout();
    c.lang_only(Some("C.UTF-8"));
    c
}

/// `handout render ARGS -o TMP/NAME` from the package root, pinned.
pub(crate) fn render_to(tmp: &TempDir, name: &str, args: &[&str]) -> (Run, PathBuf) {
    run_to(handout_pinned().arg("render"), tmp, name, args)
}

/// [`render_to`], asserting success, and loads the PDF written.
#[track_caller]
pub(crate) fn render_pdf(tmp: &TempDir, name: &str, args: &[&str]) -> (Vec<u8>, Document) {
    run_to_pdf(handout_pinned().arg("render"), tmp, name, args)
}

/// The bytes of a PDF file and the document lopdf reads from them.
#[track_caller]
pub(crate) fn load(path: &Path) -> (Vec<u8>, Document) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("the PDF {}: {e}", path.display()));
    let doc = Document::load_mem(&bytes).expect("lopdf reads the PDF");
    (bytes, doc)
}

// ---------------------------------------------------------------------------
// Content folders made from the built-in files
// ---------------------------------------------------------------------------

/// A `--content` folder `TMP/content` holding the built-in file `rel`
/// (`templates/leaflet.tera`) with the one occurrence of `from` replaced by
/// `to`, so the fixture is the built-in file today plus one mistake. Panics
/// if `from` is not in the built-in file exactly once (the file changed:
/// fix the test, not the fixture). Several calls may patch several files of
/// the same folder. Returns the folder and the patched text, for expected
/// positions to be computed from.
#[track_caller]
pub(crate) fn overlay_with(tmp: &TempDir, rel: &str, from: &str, to: &str) -> (PathBuf, String) {
    let builtin = read_builtin(rel);
    assert_eq!(
        builtin.matches(from).count(),
        1,
        "`{from}` should occur once in the built-in {rel}"
    );
    let text = builtin.replacen(from, to, 1);
    let dir = tmp.join("content");
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("create folders");
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (dir, text)
}

/// [`overlay_with`] replacing the whole line that starts with `start`
/// (`fm-intro-2 = `) by `line`, which may hold several lines.
#[track_caller]
pub(crate) fn overlay_line(tmp: &TempDir, rel: &str, start: &str, line: &str) -> (PathBuf, String) {
    let builtin = read_builtin(rel);
    let old = builtin
        .lines()
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no line starts with `{start}` in the built-in {rel}"));
    overlay_with(tmp, rel, &format!("{old}\n"), &format!("{line}\n"))
}

// ---------------------------------------------------------------------------
// The built-in content, as the expected values come from it
// ---------------------------------------------------------------------------

pub(crate) fn read_builtin(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Messages of an FTL file: `id = value` with indented continuation lines
/// joined by a space. Enough for our content (no attributes or selectors).
pub(crate) fn ftl(rel: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in read_builtin(rel).lines() {
        if line.starts_with(' ') && !line.trim().is_empty() {
            if let Some(id) = &current {
                let v: &mut String = out.get_mut(id).expect("current message");
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        current = None;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((id, value)) = line.split_once('=') {
            let id = id.trim().to_string();
            out.insert(id.clone(), value.trim().to_string());
            current = Some(id);
        }
    }
    out
}

#[track_caller]
pub(crate) fn msg<'a>(messages: &'a BTreeMap<String, String>, id: &str) -> &'a str {
    messages
        .get(id)
        .unwrap_or_else(|| panic!("no message `{id}`"))
}

pub(crate) fn yaml(rel: &str) -> serde_yaml::Value {
    serde_yaml::from_str(&read_builtin(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// A built-in topic file, parsed.
pub(crate) fn topic_yaml(topic: &str) -> serde_yaml::Value {
    yaml(&format!("topics/{topic}.yaml"))
}

/// 1-based line and column (in characters) of byte `offset` in `text`, the
/// way an editor counts them.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// Line and column of the only occurrence of `needle` in `text`.
#[track_caller]
pub(crate) fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in the text"));
    assert_eq!(
        text.matches(needle).count(),
        1,
        "`{needle}` should occur once in the text"
    );
    line_col(text, at)
}
