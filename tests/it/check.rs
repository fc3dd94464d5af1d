//! End-to-end tests of the translators' commands: `handout locale new` and
//! `handout check`. They run the real binary in a fresh temporary folder.
//!
//! Each mistake a translator can make gets a fixture built in the test
//! itself: `handout locale new fr --content c` (a complete scaffold), then
//! one edit. The expected diagnostic line (`path:line:col: severity:
//! message` in `--format short`) is computed from the fixture's own text, so
//! the tests say where the mistake is, not where a previous run put it.

use crate::support::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The content folder of every fixture, relative to the test's temp folder
/// (the binary runs there, so diagnostics show `c/...` exactly).
const CONTENT: &str = "c";
/// The scaffolded locale's folder, as diagnostics show it.
const FR: &str = "c/locales/fr";
/// The reference locale.
const REF: &str = "en-US";
/// A string the bundled fonts cannot draw (Thai: "meeting").
const THAI: &str = "ประชุม";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The reference locale's FTL file names (`leaflet.ftl`...), sorted.
fn reference_ftl_files() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root().join("locales").join(REF))
        .expect("read locales/en-US")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect();
    v.sort();
    v
}

/// Every message id of the reference locale, across its files.
fn reference_ids() -> BTreeSet<String> {
    reference_ftl_files()
        .iter()
        .flat_map(|f| ftl(&format!("locales/{REF}/{f}")).into_keys())
        .collect()
}

/// The ids a scaffolded FTL text defines: lines `id = ...` at column 1.
fn ids_in(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('='))
        .map(|(id, _)| id.trim().to_string())
        .collect()
}

/// Line and column of the definition `id = ...` (at the start of a line).
#[track_caller]
fn definition_of(text: &str, id: &str) -> (usize, usize) {
    let needle = format!("\n{id} =");
    position_of(text, &needle);
    line_col(text, text.find(&needle).expect("found") + 1)
}

/// A temp folder holding the content folder `c/` with a fresh `fr` scaffold.
struct Fixture {
    tmp: TempDir,
}

impl Fixture {
    /// `handout locale new fr --content c` in a fresh temp folder.
    fn scaffold(name: &str) -> Fixture {
        let tmp = TempDir::new(name);
        run(handout_in(tmp.path()).args(["locale", "new", "fr", "--content", CONTENT])).assert_ok();
        Fixture { tmp }
    }

    /// An empty content folder `c/`, for fixtures without a scaffold.
    fn empty(name: &str) -> Fixture {
        let tmp = TempDir::new(name);
        std::fs::create_dir_all(tmp.join(CONTENT)).expect("create c/");
        Fixture { tmp }
    }

    /// The real path of `rel` (`c/locales/fr/leaflet.ftl`).
    fn path(&self, rel: &str) -> PathBuf {
        self.tmp.join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().expect("a parent")).expect("create folders");
        std::fs::write(&p, text).unwrap_or_else(|e| panic!("{rel}: {e}"));
    }

    /// Replaces the one line defining `id` in `rel` by `new_line` (or
    /// deletes it for `None`); returns the new text.
    #[track_caller]
    fn set_line(&self, rel: &str, id: &str, new_line: Option<&str>) -> String {
        let text = self.read(rel);
        let prefix = format!("{id} =");
        assert_eq!(
            text.lines().filter(|l| l.starts_with(&prefix)).count(),
            1,
            "`{id}` should be defined once in {rel}"
        );
        let mut out = String::new();
        for line in text.lines() {
            match (line.starts_with(&prefix), new_line) {
                (true, Some(n)) => {
                    out.push_str(n);
                    out.push('\n');
                }
                (true, None) => {}
                (false, _) => {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        self.write(rel, &out);
        out
    }

    /// Appends `text` to `rel`; returns the whole new text.
    fn append(&self, rel: &str, text: &str) -> String {
        let mut all = self.read(rel);
        all.push_str(text);
        self.write(rel, &all);
        all
    }

    /// `handout ARGS` in the temp folder.
    fn handout(&self, args: &[&str]) -> Run {
        run(handout_in(self.tmp.path()).args(args))
    }

    /// `handout check --content c --locale LOCALE --format FORMAT`.
    fn check(&self, locale: &str, format: &str) -> Run {
        self.handout(&[
            "check",
            "--content",
            CONTENT,
            "--locale",
            locale,
            "--format",
            format,
        ])
    }
}

/// The lines of a `--format short` run.
/// The lines of `--format short` output, without the "not translated yet"
/// warnings a fresh scaffold (still the English text) has for every
/// message; `untranslated_messages_are_warned_about` tests those.
fn short_lines(r: &Run) -> Vec<String> {
    r.stdout_text()
        .lines()
        .filter(|l| !l.contains("is not translated yet"))
        .map(str::to_string)
        .collect()
}

/// Runs `check --format short` for `fr`, asserting exit 1 and that the only
/// line printed is `expected`.
#[track_caller]
fn assert_one_error(f: &Fixture, expected: &str) {
    let r = f.check("fr", "short");
    r.assert_failed();
    assert_eq!(
        short_lines(&r),
        vec![expected.to_string()],
        "stderr:\n{}",
        r.stderr
    );
}

/// The JSON a `--format json` run printed.
#[track_caller]
fn json(r: &Run) -> Value {
    serde_json::from_slice(&r.stdout)
        .unwrap_or_else(|e| panic!("check --format json prints JSON: {e}\n{}", r.stdout_text()))
}

/// `locales` of a JSON report, by locale.
fn summaries(v: &Value) -> BTreeMap<String, Value> {
    v["locales"]
        .as_array()
        .expect("`locales` is an array")
        .iter()
        .map(|l| {
            (
                l["locale"]
                    .as_str()
                    .expect("`locale` is a string")
                    .to_string(),
                l.clone(),
            )
        })
        .collect()
}

/// The columns of the summary table this file checks (more may follow).
const TABLE_HEADER: [&str; 5] = ["locale", "status", "complete", "errors", "warnings"];

/// The summary table's rows, each cut to its first columns: the locale,
/// the status, the completeness and the counts.
fn table<'a>(lines: &[&'a str]) -> Vec<Vec<&'a str>> {
    lines
        .iter()
        .map(|l| l.split_whitespace().take(TABLE_HEADER.len()).collect())
        .collect()
}

/// The `status` a locale.yaml of the built-in content gives.
fn builtin_status(locale: &str) -> String {
    yaml(&format!("locales/{locale}/locale.yaml"))["status"]
        .as_str()
        .expect("status")
        .to_string()
}

/// The `$variables` of a reference message, sorted, as `$a, $b`.
fn reference_variables(file: &str, id: &str) -> String {
    let messages = ftl(&format!("locales/{REF}/{file}"));
    let value = msg(&messages, id);
    let vars: BTreeSet<&str> = value
        .split('$')
        .skip(1)
        .map(|s| {
            s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .next()
                .unwrap_or("")
        })
        .collect();
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn mtime(p: &Path) -> SystemTime {
    std::fs::metadata(p)
        .and_then(|m| m.modified())
        .expect("mtime")
}

/// Every file under `dir` with its contents and mtime.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).expect("read dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            out.extend(snapshot(&p));
        } else {
            out.insert(p.clone(), (std::fs::read(&p).expect("read"), mtime(&p)));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The built-in content
// ---------------------------------------------------------------------------

#[test]
fn builtin_content_checks_clean_in_every_format() {
    // JSON: every built-in locale, complete, no diagnostics.
    let r = run(handout().args(["check", "--format", "json"]));
    r.assert_ok();
    let v = json(&r);
    assert_eq!(
        v["diagnostics"],
        Value::Array(vec![]),
        "no diagnostics expected"
    );
    let mut locales = summaries(&v);
    // Without --locale, the pseudo-locales' page fit is checked too.
    for p in ["en-XA", "ar-XB"] {
        let pseudo = locales.remove(p).expect("pseudo row");
        assert_eq!(pseudo["status"].as_str(), Some("pseudo"), "{pseudo}");
        assert_eq!(pseudo["errors"].as_u64(), Some(0), "{pseudo}");
    }
    let names: BTreeSet<&str> = locales.keys().map(String::as_str).collect();
    assert_eq!(names, LOCALES.into_iter().collect::<BTreeSet<_>>());
    for (name, l) in &locales {
        assert_eq!(l["completeness"].as_f64(), Some(100.0), "{name}: {l}");
        assert_eq!(l["errors"].as_u64(), Some(0), "{name}: {l}");
        assert_eq!(l["warnings"].as_u64(), Some(0), "{name}: {l}");
        assert_eq!(
            l["status"].as_str(),
            Some(builtin_status(name).as_str()),
            "{name}: {l}"
        );
    }

    // Human: nothing but the table, one row per locale, 0 errors.
    let r = run(handout().arg("check"));
    r.assert_ok();
    let text = r.stdout_text();
    let rows = table(&text.lines().collect::<Vec<_>>());
    assert_eq!(rows[0], TABLE_HEADER, "{text}");
    assert_eq!(rows.len(), 3 + LOCALES.len(), "{text}");
    assert_eq!(rows[1][..2], ["en-XA", "pseudo"], "{text}");
    assert_eq!(rows[2][..2], ["ar-XB", "pseudo"], "{text}");
    for row in &rows[3..] {
        let status = builtin_status(row[0]);
        assert_eq!(row[1..], [status.as_str(), "100.0%", "0", "0"], "{text}");
    }
}

#[test]
fn check_serves_a_region_from_its_language_and_names_an_unknown_locale() {
    let r = run(handout().args([
        "check", "--locale", "es-MX", "--locale", "xx", "--format", "short",
    ]));
    r.assert_failed();
    assert_eq!(short_lines(&r), ["error: no locale serves `xx`"]);
    let r = run(handout().args(["check", "--locale", "es-MX", "--format", "json"]));
    r.assert_ok();
    let locales = summaries(&json(&r));
    assert_eq!(
        locales.keys().collect::<Vec<_>>(),
        ["es"],
        "es-MX is served by es"
    );
}

// ---------------------------------------------------------------------------
// locale new
// ---------------------------------------------------------------------------

#[test]
fn locale_new_scaffolds_every_reference_message_under_its_source_text() {
    let f = Fixture::scaffold("new-fr");
    let dir = f.path(FR);

    // The reference's FTL files (no other .ftl) and locale.yaml.
    let mut expected = reference_ftl_files();
    expected.push("locale.yaml".to_string());
    let got: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("c/locales/fr exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    for name in &expected {
        assert!(got.contains(name), "{name} missing from {got:?}");
    }
    let ftl_files: Vec<&String> = got.iter().filter(|n| n.ends_with(".ftl")).collect();
    assert_eq!(ftl_files, reference_ftl_files().iter().collect::<Vec<_>>());

    // Every reference message, each right under `# en-US: ` + its source line.
    let mut all_ids = BTreeSet::new();
    for file in reference_ftl_files() {
        let source = read_builtin(&format!("locales/{REF}/{file}"));
        let scaffold = f.read(&format!("{FR}/{file}"));
        let source_ids = ftl(&format!("locales/{REF}/{file}"));
        assert_eq!(
            ids_in(&scaffold),
            source_ids.keys().cloned().collect::<BTreeSet<_>>(),
            "{file}: the scaffold defines exactly the reference's messages"
        );
        let lines: Vec<&str> = scaffold.lines().collect();
        for (id, value) in &source_ids {
            let source_line = source
                .lines()
                .find(|l| l.starts_with(&format!("{id} =")))
                .expect("the source line");
            let i = lines
                .iter()
                .position(|l| l.starts_with(&format!("{id} =")))
                .unwrap_or_else(|| panic!("{file}: `{id}` missing from the scaffold"));
            assert!(i > 0, "{file}: `{id}` has no comment above it");
            assert_eq!(
                lines[i - 1],
                format!("# {REF}: {source_line}"),
                "{file}: comment above `{id}`"
            );
            assert!(
                lines[i - 1].contains(value.as_str()),
                "{file}: the comment holds the source text of `{id}`"
            );
            // The text to translate starts as the source text.
            assert_eq!(lines[i], source_line, "{file}: `{id}`");
        }
        all_ids.extend(source_ids.into_keys());
    }
    assert_eq!(all_ids, reference_ids());

    // locale.yaml: a left-to-right draft.
    let meta: serde_yaml::Value =
        serde_yaml::from_str(&f.read(&format!("{FR}/locale.yaml"))).expect("locale.yaml is YAML");
    assert_eq!(meta["status"].as_str(), Some("draft"));
    assert_eq!(meta["direction"].as_str(), Some("ltr"));

    // A fresh scaffold is complete: no diagnostic, 100 %, a draft.
    let r = f.check("fr", "short");
    r.assert_ok();
    assert_eq!(
        r.stdout_text(),
        "",
        "a fresh scaffold has nothing to report"
    );
    let r = f.check("fr", "json");
    r.assert_ok();
    let v = json(&r);
    assert_eq!(v["diagnostics"], Value::Array(vec![]));
    let fr = &summaries(&v)["fr"];
    assert_eq!(fr["completeness"].as_f64(), Some(100.0), "{fr}");
    assert_eq!(fr["status"].as_str(), Some("draft"), "{fr}");
    assert_eq!(
        (fr["errors"].as_u64(), fr["warnings"].as_u64()),
        (Some(0), Some(0)),
        "{fr}"
    );

    // And it prints.
    let out = f.path("fm-fr.pdf");
    let r = run(handout_in(f.tmp.path())
        .args([
            "render",
            "--content",
            CONTENT,
            "--topic",
            FM,
            "--locale",
            "fr",
            "-o",
        ])
        .arg(&out));
    r.assert_ok();
    let (_, doc) = load(&out);
    assert!(!doc.get_pages().is_empty());
}

#[test]
fn locale_new_names_the_files_it_creates() {
    let tmp = TempDir::new("new-created");
    // Without --content: the current folder.
    let r = run(handout_in(tmp.path()).args(["locale", "new", "fr"]));
    r.assert_ok();
    let mut expected = reference_ftl_files();
    expected.push("locale.yaml".to_string());
    for name in &expected {
        assert!(
            tmp.join("locales/fr").join(name).is_file(),
            "{name} created in ./locales/fr"
        );
        assert!(
            r.stderr.contains(&format!("locales/fr/{name}")),
            "{name} named on stderr:\n{}",
            r.stderr
        );
    }
}

#[test]
fn locale_new_sets_rtl_from_the_language() {
    for (tag, direction) in [("ar-EG", "rtl"), ("fa", "rtl"), ("pt-BR", "ltr")] {
        let f = Fixture::empty(&format!("new-{tag}"));
        f.handout(&["locale", "new", tag, "--content", CONTENT])
            .assert_ok();
        let meta: serde_yaml::Value =
            serde_yaml::from_str(&f.read(&format!("{CONTENT}/locales/{tag}/locale.yaml")))
                .expect("YAML");
        assert_eq!(meta["direction"].as_str(), Some(direction), "{tag}");
        assert_eq!(meta["status"].as_str(), Some("draft"), "{tag}");
    }
}

#[test]
fn locale_new_from_another_locale_quotes_it() {
    let f = Fixture::empty("new-from-es");
    f.handout(&["locale", "new", "pt", "--from", "es", "--content", CONTENT])
        .assert_ok();
    let scaffold = f.read(&format!("{CONTENT}/locales/pt/leaflet.ftl"));
    let es = read_builtin("locales/es/leaflet.ftl");
    let line = es
        .lines()
        .find(|l| l.starts_with("leaflet-worry-label ="))
        .expect("es line");
    assert!(
        scaffold.contains(&format!("# es: {line}\n{line}\n")),
        "{scaffold}"
    );

    let r = f.handout(&[
        "locale",
        "new",
        "it",
        "--from",
        "nope",
        "--content",
        CONTENT,
    ]);
    r.assert_failed();
    assert!(
        r.stderr.contains("there is no locale `nope`"),
        "{}",
        r.stderr
    );
    assert!(!f.path(&format!("{CONTENT}/locales/it")).exists());
}

#[test]
fn locale_new_twice_refuses_and_overwrites_nothing() {
    let f = Fixture::scaffold("new-twice");
    // A translation under way.
    f.set_line(
        &format!("{FR}/leaflet.ftl"),
        "leaflet-worry-label",
        Some("leaflet-worry-label = Vous pensez peut-être :"),
    );
    let before = snapshot(&f.path(CONTENT));
    assert!(before.len() > reference_ftl_files().len(), "{before:?}");

    let r = f.handout(&["locale", "new", "fr", "--content", CONTENT]);
    r.assert_failed();
    assert!(r.stderr.contains("exists already"), "{}", r.stderr);
    // The same tag spelled otherwise is the same locale.
    let r = f.handout(&["locale", "new", "FR", "--content", CONTENT]);
    r.assert_failed();
    assert!(r.stderr.contains("exists already"), "{}", r.stderr);

    assert_eq!(
        snapshot(&f.path(CONTENT)),
        before,
        "nothing written, nothing touched"
    );
}

#[test]
fn locale_new_refuses_a_bad_tag() {
    let f = Fixture::empty("new-bad-tag");
    let r = f.handout(&["locale", "new", "x y", "--content", CONTENT]);
    r.assert_code(2);
    assert!(
        r.stderr.contains("`x y` is not a language tag"),
        "{}",
        r.stderr
    );
    assert!(
        !f.path(&format!("{CONTENT}/locales")).exists(),
        "nothing created"
    );
}

#[test]
fn locale_new_refuses_a_builtin_locale() {
    let f = Fixture::empty("new-es");
    let r = f.handout(&["locale", "new", "es", "--content", CONTENT]);
    r.assert_failed();
    assert!(
        r.stderr.contains("locale `es` exists already"),
        "{}",
        r.stderr
    );
    assert!(
        !f.path(&format!("{CONTENT}/locales")).exists(),
        "nothing created"
    );
}

#[test]
fn locale_new_keeps_a_hand_written_locale_yaml() {
    let f = Fixture::empty("new-keeps-yaml");
    let mine = "name: Français\ndirection: ltr\nstatus: draft\ntranslator: Camille\n";
    f.write(&format!("{FR}/locale.yaml"), mine);
    let _ = f.handout(&["locale", "new", "fr", "--content", CONTENT]);
    assert_eq!(
        f.read(&format!("{FR}/locale.yaml")),
        mine,
        "the translator's locale.yaml is overwritten"
    );
}

// ---------------------------------------------------------------------------
// check: one mistake each
// ---------------------------------------------------------------------------

#[test]
fn check_reports_a_fluent_syntax_error_at_its_place() {
    let f = Fixture::scaffold("syntax");
    let file = format!("{FR}/first-meeting.ftl");
    let text = f.append(&file, "broken = Fermé }\n");
    let (line, col) = position_of(&text, "}\n");
    let (broken_line, _) = position_of(&text, "broken =");
    assert_eq!(line, broken_line);
    assert_one_error(
        &f,
        &format!("{file}:{line}:{col}: error: Fluent syntax: Unbalanced closing brace"),
    );
}

#[test]
fn check_reports_an_unclosed_placeable() {
    let f = Fixture::scaffold("syntax-open");
    let file = format!("{FR}/first-meeting.ftl");
    let text = f.append(&file, "broken = {\n");
    // The parser wants an expression after `{`; it skips the line end and
    // finds the end of the file, where it reports the error.
    let (line, col) = line_col(&text, text.len());
    let r = f.check("fr", "short");
    r.assert_failed();
    assert_eq!(
        short_lines(&r),
        [format!(
            "{file}:{line}:{col}: error: Fluent syntax: Expected an inline expression"
        )]
    );
}

#[test]
fn check_reports_a_missing_message_in_its_file() {
    let f = Fixture::scaffold("missing");
    let file = format!("{FR}/leaflet.ftl");
    let id = "leaflet-answer-label";
    f.set_line(&file, id, None);
    assert_one_error(
        &f,
        &format!("{file}: error: message `{id}` of {REF} is missing from `fr`"),
    );

    // One message fewer: the completeness drops by one reference message.
    let r = f.check("fr", "json");
    r.assert_failed();
    let v = json(&r);
    let n = reference_ids().len() as f64;
    let expected = ((n - 1.0) * 1000.0 / n).round() / 10.0;
    let fr = &summaries(&v)["fr"];
    assert_eq!(fr["completeness"].as_f64(), Some(expected), "{fr}");
    assert_eq!(fr["errors"].as_u64(), Some(1), "{fr}");
    assert!(
        v["diagnostics"][0]["hint"]
            .as_str()
            .is_some_and(|h| h.contains(&format!("locales/{REF}/leaflet.ftl"))),
        "the hint names the reference file: {v}"
    );
}

#[test]
fn check_names_a_missing_file_under_the_content_folder() {
    let f = Fixture::scaffold("missing-file");
    std::fs::remove_file(f.path(&format!("{FR}/leaflet.ftl"))).expect("remove leaflet.ftl");
    let r = f.check("fr", "short");
    r.assert_failed();
    let lines = short_lines(&r);
    let ids = ftl(&format!("locales/{REF}/leaflet.ftl"));
    assert_eq!(lines.len(), ids.len(), "{lines:#?}");
    for line in &lines {
        assert!(
            line.starts_with(&format!("{FR}/leaflet.ftl: error: message `")),
            "{line}"
        );
    }
}

#[test]
fn check_reports_a_dropped_variable() {
    let f = Fixture::scaffold("dropped-var");
    let file = format!("{FR}/leaflet.ftl");
    assert!(
        msg(&ftl(&format!("locales/{REF}/leaflet.ftl")), "leaflet-phone").contains("{ $phone }")
    );
    let text = f.set_line(&file, "leaflet-phone", Some("leaflet-phone = Téléphone :"));
    let (line, col) = definition_of(&text, "leaflet-phone");
    assert_one_error(
        &f,
        &format!("{file}:{line}:{col}: error: message `leaflet-phone` drops the variable `$phone`"),
    );
}

#[test]
fn check_reports_an_invented_variable() {
    let f = Fixture::scaffold("invented-var");
    let file = format!("{FR}/leaflet.ftl");
    let text = f.set_line(
        &file,
        "leaflet-footer-page",
        Some("leaflet-footer-page = Page { $page } sur { $pages } { $total }"),
    );
    let (line, _) = definition_of(&text, "leaflet-footer-page");
    // The caret is on the invented variable itself.
    let col = text
        .lines()
        .nth(line - 1)
        .expect("line")
        .find("$total")
        .expect("var")
        + 1;
    assert_one_error(
        &f,
        &format!("{file}:{line}:{col}: error: message `leaflet-footer-page` uses `$total`, which {REF} does not"),
    );
}

#[test]
fn check_reports_an_unresolved_reference() {
    let f = Fixture::scaffold("reference");
    let file = format!("{FR}/leaflet.ftl");
    let text = f.set_line(
        &file,
        "leaflet-talk-heading",
        Some("leaflet-talk-heading = { nowhere }"),
    );
    let (line, col) = definition_of(&text, "leaflet-talk-heading");
    assert_one_error(
        &f,
        &format!(
            "{file}:{line}:{col}: error: message `leaflet-talk-heading` refers to `nowhere`, which this locale does not define"
        ),
    );
}

#[test]
fn check_reports_characters_no_font_can_draw_at_the_first_one() {
    let f = Fixture::scaffold("glyph");
    let file = format!("{FR}/leaflet.ftl");
    let text = f.set_line(
        &file,
        "leaflet-worry-label",
        Some(&format!(
            "leaflet-worry-label = Vous pensez peut-être {THAI} :"
        )),
    );
    let (line, col) = position_of(&text, THAI);
    let mut chars: Vec<char> = THAI.chars().collect();
    chars.dedup();
    let list: Vec<String> = chars
        .iter()
        .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
        .collect();
    assert!(list[0].starts_with("`ป` (U+0E1B)"));
    assert_one_error(
        &f,
        &format!(
            "{file}:{line}:{col}: error: no font can draw {} in message `leaflet-worry-label`",
            list.join(", ")
        ),
    );
}

#[test]
fn check_warns_of_an_obsolete_message_and_exits_0() {
    let f = Fixture::scaffold("obsolete");
    let file = format!("{FR}/leaflet.ftl");
    let text = f.append(&file, "leaflet-old = x\n");
    let (line, col) = definition_of(&text, "leaflet-old");
    let r = f.check("fr", "short");
    r.assert_ok();
    assert_eq!(
        short_lines(&r),
        [format!(
            "{file}:{line}:{col}: warning: message `leaflet-old` is not in {REF} (obsolete?)"
        )]
    );
    let r = f.check("fr", "json");
    r.assert_ok();
    let fr = &summaries(&json(&r))["fr"];
    assert_eq!(
        (fr["errors"].as_u64(), fr["warnings"].as_u64()),
        (Some(0), Some(1)),
        "{fr}"
    );
    assert_eq!(fr["completeness"].as_f64(), Some(100.0), "{fr}");
}

// ---------------------------------------------------------------------------
// check: page fit
// ---------------------------------------------------------------------------

/// Writes c/topics/twelve-step-meetings.yaml: the built-in one with
/// `page-budget: 1`. Returns its text.
fn budget_one(f: &Fixture) -> String {
    let builtin = read_builtin(&format!("topics/{TSM}.yaml"));
    assert_eq!(
        builtin
            .lines()
            .filter(|l| l.starts_with("page-budget:"))
            .count(),
        1
    );
    let text: String = builtin
        .lines()
        .map(|l| {
            if l.starts_with("page-budget:") {
                "page-budget: 1"
            } else {
                l
            }
        })
        .flat_map(|l| [l, "\n"])
        .collect();
    f.write(&format!("{CONTENT}/topics/{TSM}.yaml"), &text);
    text
}

/// Pages of the en-US leaflet of the fixture with `concerns` (all if empty),
/// printed with all a clinic can add (as `check` measures it): "Get help
/// now" with the US numbers and the naloxone line.
fn pages(f: &Fixture, paper: &str, concerns: &[&str]) -> usize {
    let out = f.path(&format!("{paper}-{}.pdf", concerns.len()));
    let clinic = f.path("fullest-clinic.yaml");
    // The fullest leaflet a clinic can ask for, as `check` measures it.
    std::fs::write(
        &clinic,
        "country: US\nnaloxone: true\ninclude-sections: [other-support-groups]\n",
    )
    .expect("write the clinic");
    let mut cmd = handout_in(f.tmp.path());
    cmd.args([
        "render",
        "--content",
        CONTENT,
        "--topic",
        TSM,
        "--locale",
        REF,
        "--paper",
        paper,
        "--clinic",
        s(&clinic),
    ]);
    for c in concerns {
        cmd.args(["--concern", c]);
    }
    let r = run(cmd.arg("-o").arg(&out));
    r.assert_ok();
    load(&out).1.get_pages().len()
}

#[test]
fn check_reports_a_topic_over_its_page_budget_and_the_concern_that_pushes_it_over() {
    let f = Fixture::empty("page-fit");
    let text = budget_one(&f);
    let file = format!("{CONTENT}/topics/{TSM}.yaml");
    let (line, col) = position_of(&text, "page-budget: 1");
    let col = col + "page-budget: ".len();
    let concerns: Vec<String> = topic_yaml(TSM)["concerns"]
        .as_sequence()
        .expect("concerns")
        .iter()
        .map(|c| c["id"].as_str().expect("concern id").to_string())
        .collect();
    let concerns: Vec<&str> = concerns.iter().map(String::as_str).collect();

    // What the leaflets really take, from the PDFs.
    let mut expected_lines = Vec::new();
    let mut expected_notes = Vec::new();
    for (paper, shown) in [("letter", "Letter"), ("a4", "A4")] {
        let n = pages(&f, paper, &[]);
        assert!(n > 1, "the fixture must go over its budget");
        expected_lines.push(format!(
            "{file}:{line}:{col}: error: topic `{TSM}` in `{REF}` takes {n} pages on {shown} paper with every concern; its budget is 1"
        ));
        let k = (1..=concerns.len())
            .find(|&k| pages(&f, paper, &concerns[..k]) > 1)
            .expect("some prefix of the concerns goes over");
        expected_notes.push(format!(
            "note: the leaflet runs onto page 2 at concern `{}`",
            concerns[k - 1]
        ));
    }

    let r = f.check(REF, "short");
    r.assert_failed();
    assert_eq!(short_lines(&r), expected_lines);

    let r = f.check(REF, "human");
    r.assert_failed();
    let out = r.stdout_text();
    let notes: Vec<&str> = out
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("note:") && !l.starts_with("note: longest answers"))
        .collect();
    assert_eq!(notes, expected_notes, "{out}");
    // A second note names the answers that grew most against en-US.
    assert_eq!(
        out.matches("note: longest answers against en-US: `")
            .count(),
        2,
        "{out}"
    );
    for l in &expected_lines {
        assert!(out.contains(l.as_str()), "{out}");
    }
}

#[test]
fn check_reports_page_fit_even_when_a_locale_has_other_errors() {
    // The same over-budget topic; fr also has a translation error. Both are
    // reported: one error must not hide another (a translator's finding).
    let f = Fixture::scaffold("page-fit-and-error");
    budget_one(&f);
    let file = format!("{FR}/leaflet.ftl");
    let text = f.set_line(&file, "leaflet-phone", Some("leaflet-phone = Téléphone :"));
    let (line, col) = definition_of(&text, "leaflet-phone");
    let r = f.check("fr", "short");
    r.assert_failed();
    let lines = short_lines(&r);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(
        lines[0],
        format!("{file}:{line}:{col}: error: message `leaflet-phone` drops the variable `$phone`")
    );
    for (l, paper) in lines[1..].iter().zip(["Letter", "A4"]) {
        assert!(
            l.contains(&format!("error: topic `{TSM}` in `fr` takes")),
            "{l}"
        );
        assert!(
            l.ends_with(&format!(
                "on {paper} paper with every concern; its budget is 1"
            )),
            "{l}"
        );
    }
}

// ---------------------------------------------------------------------------
// check: the human and JSON formats
// ---------------------------------------------------------------------------

#[test]
fn human_format_shows_the_line_a_caret_and_the_table() {
    let f = Fixture::scaffold("human");
    let file = format!("{FR}/leaflet.ftl");
    let source = "leaflet-phone = Téléphone :";
    let text = f.set_line(&file, "leaflet-phone", Some(source));
    let (line, col) = definition_of(&text, "leaflet-phone");
    let r = f.check("fr", "human");
    r.assert_failed();
    let out = r.stdout_text();
    let lines: Vec<&str> = out.lines().collect();
    let gutter = " ".repeat(line.to_string().len());
    let expected = [
        format!("{file}:{line}:{col}: error: message `leaflet-phone` drops the variable `$phone`"),
        format!("{gutter} |"),
        format!("{line} | {source}"),
        format!("{gutter} | {}", "^".repeat("leaflet-phone".len())),
    ];
    assert_eq!(lines[..4], expected, "{out}");
    assert!(lines[4].starts_with("  hint: "), "{out}");

    let rows = table(&lines[5..]);
    assert_eq!(
        rows,
        [
            TABLE_HEADER.to_vec(),
            vec!["fr", "draft", "100.0%", "1", "0"]
        ],
        "{out}"
    );
}

#[test]
fn json_format_gives_each_diagnostic_its_place_and_hint() {
    let f = Fixture::scaffold("json");
    let file = format!("{FR}/leaflet.ftl");
    let id = "leaflet-footer-page";
    let text = f.set_line(
        &file,
        id,
        Some("leaflet-footer-page = Page { $page } sur { $pages } { $total }"),
    );
    let (line, _) = definition_of(&text, id);
    let col = text
        .lines()
        .nth(line - 1)
        .expect("line")
        .find("$total")
        .expect("var")
        + 1;
    let r = f.check("fr", "json");
    r.assert_failed();
    let v = json(&r);
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(diags.len(), 1, "{v}");
    let d = &diags[0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], file.as_str());
    assert_eq!(d["line"].as_u64(), Some(line as u64));
    assert_eq!(d["column"].as_u64(), Some(col as u64));
    assert_eq!(
        d["message"],
        format!("message `{id}` uses `$total`, which {REF} does not").as_str()
    );
    let vars = reference_variables("leaflet.ftl", id);
    assert_eq!(vars, "$page, $pages");
    assert_eq!(
        d["hint"],
        format!("the leaflet gives this message only {vars}").as_str()
    );
    assert_eq!(d["notes"], Value::Array(vec![]));

    let locales = summaries(&v);
    assert_eq!(locales.len(), 1);
    let fr = &locales["fr"];
    assert_eq!(fr["status"], "draft");
    assert_eq!(fr["completeness"].as_f64(), Some(100.0));
    assert_eq!(
        (fr["errors"].as_u64(), fr["warnings"].as_u64()),
        (Some(1), Some(0))
    );
}

#[test]
fn a_locale_asked_for_twice_is_checked_once() {
    let r = run(handout().args([
        "check", "--locale", "es", "--locale", "es-MX", "--format", "json",
    ]));
    r.assert_ok();
    let v = json(&r);
    assert_eq!(v["locales"].as_array().map(Vec::len), Some(1), "{v}");
}

/// The whole `--format short` output of a scaffold with four known
/// mistakes, one of each kind a translator makes most: a Fluent syntax
/// error, a dropped variable, a missing message and characters no font can
/// draw. The exact lines are checked one by one above; this is the output
/// as a translator's script reads it, in its order.
#[test]
fn short_format_lists_every_problem_of_a_locale() {
    let f = Fixture::scaffold("short-snapshot");
    let leaflet = format!("{FR}/leaflet.ftl");
    let topic = format!("{FR}/first-meeting.ftl");
    f.set_line(
        &leaflet,
        "leaflet-talk-heading",
        Some("leaflet-talk-heading Parlons-en ensemble"),
    );
    f.set_line(
        &leaflet,
        "leaflet-phone",
        Some("leaflet-phone = Téléphone :"),
    );
    f.set_line(&topic, "fm-intro-2", None);
    f.set_line(&topic, "fm-title", Some(&format!("fm-title = {THAI}")));
    let r = f.check("fr", "short");
    r.assert_failed();
    let output = format!(
        "exit code: {}\n--- stdout\n{}--- stderr\n{}",
        r.code,
        r.stdout_text(),
        r.stderr
    );
    insta::assert_snapshot!(output);
}
