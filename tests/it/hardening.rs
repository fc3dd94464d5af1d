//! The bad-input matrix (issue 6): files from many hands (translators' FTL,
//! clinic staff's YAML, exports from records systems) must never crash the
//! tool (exit 101), hang it, lose a good leaflet or leak data. Each case
//! runs the real binary and asserts the exact outcome: the exit code, the
//! diagnostic with its `file:line:col` and hint, and that no output file
//! was written or the previous one is unchanged.
//!
//! A mistake in a built-in file is made at run time by patching that file
//! into a temporary content folder (`overlay_with`), so the fixture never
//! drifts from the built-in content and the expected `line:col` is computed
//! from the patched text; so are huge inputs. Inputs that are not a small
//! edit of a built-in file (alias bombs, encodings) are fixtures under
//! `tests/fixtures/hardening/`.

use crate::support::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const H: &str = "tests/fixtures/hardening";
/// The built-in files the overlays below patch.
const FM_FTL: &str = "locales/en-US/first-meeting.ftl";
const TEMPLATE: &str = "templates/leaflet.tera";
/// What a previous run left at the output path: a failed run must keep it.
const PREVIOUS: &[u8] = b"%PDF-1.7 the previous leaflet\n";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A temporary folder holding `out.pdf` from a previous run.
fn with_previous(name: &str) -> (TempDir, PathBuf) {
    let tmp = TempDir::new(name);
    let out = tmp.join("out.pdf");
    std::fs::write(&out, PREVIOUS).expect("write the previous leaflet");
    (tmp, out)
}

/// `handout render ARGS -o TMP/out.pdf` over a previous `out.pdf`.
fn render(name: &str, args: &[&str]) -> (Run, TempDir, PathBuf) {
    let (tmp, out) = with_previous(name);
    let r = run(handout().arg("render").args(args).arg("-o").arg(&out));
    (r, tmp, out)
}

/// The run failed with exit 1 and this first line, gave a hint, and left
/// the previous leaflet as it was, with no temporary file beside it.
#[track_caller]
fn assert_refused(r: &Run, tmp: &TempDir, out: &Path, first_line: &str) {
    r.assert_failed();
    assert_eq!(r.first_line(), first_line, "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("\n  hint: "), "no hint:\n{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(
        std::fs::read(out).expect("the previous leaflet is still there"),
        PREVIOUS,
        "a failed run must leave the previous leaflet unchanged"
    );
    assert_eq!(tmp.entries(), vec!["out.pdf"], "no temporary file left");
}

/// The whole of stderr, for one-mistake fixtures (as `just` tests it).
#[track_caller]
fn assert_stderr(r: &Run, expected: &str) {
    assert_eq!(r.stderr.trim_end(), expected.trim_end(), "\n{}", r.stderr);
}

/// A content folder in `tmp` whose en-US `first-meeting.ftl` is the
/// built-in one with the line of `fm-intro-2` replaced by `line` (which may
/// define more messages).
fn ftl_overlay(tmp: &TempDir, line: &str) -> PathBuf {
    overlay_line(tmp, FM_FTL, "fm-intro-2 = ", line).0
}

#[track_caller]
fn assert_quick(start: Instant, limit_s: u64, what: &str) {
    let took = start.elapsed();
    assert!(
        took < Duration::from_secs(limit_s),
        "{what} took {took:?}: it must stop early"
    );
}

// ---------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------

#[test]
fn malformed_yaml_is_an_error_at_its_line_and_column() {
    let (r, tmp, out) = render(
        "malformed-yaml",
        &["--topic", FM, "--content", &format!("{H}/malformed-yaml")],
    );
    assert_refused(&r, &tmp, &out, &format!("{H}/malformed-yaml/topics/first-meeting.yaml:7:31: error: did not find expected ',' or ']'"));
    assert!(r.stderr.contains("7 | intro: [fm-intro-1, fm-intro-2}\n"));
    assert!(r
        .stderr
        .contains("hint: check the YAML syntax on this line"));
}

#[test]
fn an_unclosed_list_points_at_the_list_not_the_top_of_the_file() {
    let (r, tmp, out) = render(
        "unclosed-list",
        &["--topic", FM, "--content", &format!("{H}/unclosed-list")],
    );
    assert_refused(&r, &tmp, &out, &format!("{H}/unclosed-list/topics/first-meeting.yaml:8:8: error: intro: `fm-intro-2 sections` is not a Fluent message id (letters, digits, `-`, `_`; `message.attribute` for an attribute)"));
}

#[test]
fn a_wrong_type_names_the_field_and_the_kind_expected() {
    let (r, tmp, out) = render(
        "wrong-type",
        &["--topic", FM, "--content", &format!("{H}/wrong-type")],
    );
    assert_refused(&r, &tmp, &out, &format!("{H}/wrong-type/topics/first-meeting.yaml:6:14: error: page-budget: invalid type: string \"two\", expected u32"));
    assert!(r.stderr.ends_with(
        "hint: write a value of the kind named above; topics/README.md describes each field\n"
    ));
}

#[test]
fn an_unknown_field_in_a_clinic_profile_is_an_error_at_its_line() {
    let clinic = format!("{H}/unknown-field-clinic.yaml");
    let (r, tmp, out) = render("unknown-field", &["--topic", FM, "--clinic", &clinic]);
    assert_refused(&r, &tmp, &out, &format!("{clinic}:3:1: error: unknown field `fax`, expected one of `name`, `address`, `phone`, `website`, `meeting-finder-url`, `logo`, `paper`, `wording`, `crisis-line`, `helpline`, `country`, `naloxone`, `include-sections`, `welcoming-meetings`"));
}

#[test]
fn yaml_alias_bombs_are_refused_at_once() {
    let start = Instant::now();
    let (r, tmp, out) = render(
        "alias-bomb",
        &["--topic", FM, "--content", &format!("{H}/alias-bomb")],
    );
    assert_refused(&r, &tmp, &out, &format!("{H}/alias-bomb/topics/first-meeting.yaml:2:1: error: unknown field `a`, expected one of `id`, `version`, `review-date`, `template`, `page-budget`, `hyphenate`, `title`, `subtitle`, `intro`, `key-points`, `sections`, `concerns-heading`, `concerns`, `closing-sections`, `sources`, `locales`"));
    // The aliases in fields the profile knows: never expanded either.
    let clinic = format!("{H}/alias-bomb-clinic.yaml");
    let (r, tmp, out) = render("alias-bomb-clinic", &["--topic", FM, "--clinic", &clinic]);
    assert_refused(
        &r,
        &tmp,
        &out,
        &format!("{clinic}:2:7: error: name: invalid type: sequence, expected a string"),
    );
    assert_quick(start, 10, "two alias bombs");
}

#[test]
fn ten_thousand_levels_of_nesting_are_refused_at_once() {
    let tmp = TempDir::new("deep");
    let dir = tmp.join("content");
    std::fs::create_dir_all(dir.join("topics")).expect("mkdir");
    let topic = read_builtin("topics/first-meeting.yaml");
    // The topic without its sources, if it lists any: they come back deep.
    let head = topic
        .find("\nsources:")
        .map_or(&topic[..], |i| &topic[..=i]);
    let line = head.lines().count() + 1;
    let deep = format!(
        "{head}sources: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    std::fs::write(dir.join("topics/first-meeting.yaml"), deep).expect("write");
    let clinic = tmp.write(
        "deep-clinic.yaml",
        &format!("name: {}x{}\n", "{a: ".repeat(10_000), "}".repeat(10_000)),
    );
    let start = Instant::now();
    let (r, out_tmp, out) = render("deep-topic", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/topics/first-meeting.yaml:{line}:11: error: sources[0]: invalid type: sequence, expected a string", dir.display()));
    let (r, out_tmp, out) = render("deep-clinic", &["--topic", FM, "--clinic", s(&clinic)]);
    assert_refused(
        &r,
        &out_tmp,
        &out,
        &format!(
            "{}:1:7: error: name: invalid type: map, expected a string",
            clinic.display()
        ),
    );
    // The 20,000-character line is shown as a window around the column.
    let snippet = r.stderr.lines().nth(2).expect("snippet line");
    assert!(snippet.chars().count() < 120, "{snippet}");
    assert!(snippet.ends_with('…'), "{snippet}");
    assert_quick(start, 20, "10,000-deep YAML");
}

#[test]
fn an_empty_topic_file_says_so() {
    let (r, tmp, out) = render(
        "empty-topic",
        &["--topic", FM, "--content", &format!("{H}/empty-topic")],
    );
    assert_refused(
        &r,
        &tmp,
        &out,
        &format!("{H}/empty-topic/topics/first-meeting.yaml: error: the file is empty"),
    );
    assert!(r
        .stderr
        .ends_with("hint: topics/README.md lists the fields it must hold\n"));
}

// ---------------------------------------------------------------------------
// Encodings and line endings
// ---------------------------------------------------------------------------

#[test]
fn invalid_utf8_is_an_error_at_the_first_bad_byte() {
    let (r, tmp, out) = render(
        "utf8-ftl",
        &["--topic", FM, "--content", &format!("{H}/invalid-utf8")],
    );
    assert_refused(
        &r,
        &tmp,
        &out,
        &format!("{H}/invalid-utf8/locales/en-US/first-meeting-extra.ftl:3:33: error: the file is not valid UTF-8"),
    );
    assert!(r.stderr.ends_with("hint: save the file as UTF-8\n"));

    // A clinic profile exported in Latin-1.
    let bad = TempDir::new("utf8-clinic");
    let clinic = bad.join("clinic.yaml");
    std::fs::write(&clinic, b"name: Cl\xednica Harbor\n").expect("write");
    let (r, tmp, out) = render("utf8-clinic-run", &["--topic", FM, "--clinic", s(&clinic)]);
    assert_refused(
        &r,
        &tmp,
        &out,
        &format!(
            "{}:1:9: error: the file is not valid UTF-8",
            clinic.display()
        ),
    );

    // A manifest row in Latin-1 fails alone; the good rows are written.
    std::fs::write(
        bad.join("jobs.csv"),
        b"topic,locale\nfirst-meeting,en-US\nfirst-meeting,espa\xf1ol\n",
    )
    .expect("write");
    let out_dir = bad.join("out");
    let r = run(handout().args([
        "batch",
        s(&bad.join("jobs.csv")),
        "--out-dir",
        s(&out_dir),
        "-q",
    ]));
    r.assert_failed();
    assert_eq!(
        r.lines_starting(&bad.join("jobs.csv").display().to_string()),
        vec![format!("{}:3: error: the `locale` field is not valid UTF-8 (hint: save the manifest as UTF-8 (in a spreadsheet: CSV UTF-8))", bad.join("jobs.csv").display())]
    );
    assert!(out_dir.join("first-meeting-en-US.pdf").exists());
}

#[test]
fn a_byte_order_mark_and_crlf_line_endings_just_work() {
    let dir = format!("{H}/bom-crlf");
    let tmp = TempDir::new("bom-crlf");
    // Topic, FTL and clinic profile with a BOM and CRLF endings...
    let (_, doc) = run_to_pdf(
        handout().args(["render", "--topic", FM, "--content", &dir]),
        &tmp,
        "crlf.pdf",
        &["--clinic", &format!("{dir}/clinic.yaml")],
    );
    // ...print the same words as the built-in files and an LF profile.
    let lf_clinic = tmp.write(
        "clinic.yaml",
        "name: Harbor Clinic\nphone: (555) 010-0142\n",
    );
    let (_, plain) = run_to_pdf(
        handout().args(["render", "--topic", FM]),
        &tmp,
        "lf.pdf",
        &["--clinic", s(&lf_clinic)],
    );
    let text = printed_words(&doc);
    assert_eq!(text, printed_words(&plain));
    assert!(text.contains("Harbor Clinic"), "{text}");
    assert!(!text.contains('\u{feff}') && !text.contains('\r'));

    // A manifest with a BOM and CRLF endings.
    let out_dir = tmp.join("batch");
    let r = run(handout().args([
        "batch",
        &format!("{dir}/manifest.csv"),
        "--content",
        &dir,
        "--out-dir",
        s(&out_dir),
        "-q",
    ]));
    r.assert_ok();
    assert_eq!(
        r.stderr.trim_end(),
        "batch: 2 written, 0 up to date, 0 failed, of 2 jobs"
    );
    assert!(out_dir.join("fm.pdf").exists() && out_dir.join("tsm.pdf").exists());
}

// ---------------------------------------------------------------------------
// Fluent
// ---------------------------------------------------------------------------

#[test]
fn an_ftl_syntax_error_is_shown_at_its_place() {
    // The built-in FTL with the `=` of one message dropped.
    let tmp = TempDir::new("ftl-syntax");
    let (dir, text) = overlay_with(&tmp, FM_FTL, "fm-intro-2 = ", "fm-intro-2 ");
    // Where the `=` was expected: the message's first word.
    let (line, col) = position_of(&text, "fm-intro-2 ");
    let col = col + "fm-intro-2 ".len();
    let (r, out_tmp, out) = render("ftl-syntax-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(
        &r,
        &out_tmp,
        &out,
        &format!(
            "{}/{FM_FTL}:{line}:{col}: error: Fluent syntax: Expected a token starting with \"=\"",
            dir.display()
        ),
    );
    assert!(r
        .stderr
        .ends_with("hint: a message is `id = text`; is the `=` missing?\n"));
}

#[test]
fn a_message_that_refers_to_itself_is_an_error_at_its_definition() {
    let tmp = TempDir::new("ftl-cycle");
    let dir = ftl_overlay(&tmp, "fm-intro-2 = Meetings differ. { fm-intro-2 }");
    let text = std::fs::read_to_string(dir.join(FM_FTL)).expect("the overlay");
    let (line, col) = position_of(&text, "fm-intro-2 =");
    let (asked_line, asked_col) =
        position_of(&read_builtin("topics/first-meeting.yaml"), "fm-intro-2");
    let gutter = " ".repeat(line.to_string().len());
    let (r, out_tmp, out) = render("ftl-cycle-run", &["--topic", FM, "--content", s(&dir)]);
    let first = format!("{}/{FM_FTL}:{line}:{col}: error: message `fm-intro-2` in locale `en-US` could not be formatted: it refers to itself (a cycle of references)", dir.display());
    assert_refused(&r, &out_tmp, &out, &first);
    assert_stderr(
        &r,
        &format!(
            "{first}
{gutter} |
{line} | fm-intro-2 = Meetings differ. {{ fm-intro-2 }}
{gutter} | ^^^^^^^^^^
  note: the topic `first-meeting` asks for it at topics/first-meeting.yaml:{asked_line}:{asked_col}
  hint: a message cannot include itself, directly or through other messages: replace the `{{ ... }}` reference that leads back to `fm-intro-2` with text"
        ),
    );
}

#[test]
fn an_unknown_variable_is_an_error_under_the_variable() {
    let tmp = TempDir::new("ftl-variable");
    let dir = ftl_overlay(
        &tmp,
        "fm-intro-2 = Welcome, { $patient }. Meetings differ from place to place.",
    );
    let text = std::fs::read_to_string(dir.join(FM_FTL)).expect("the overlay");
    let (line, col) = position_of(&text, "$patient");
    let (r, out_tmp, out) = render("ftl-variable-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/{FM_FTL}:{line}:{col}: error: message `fm-intro-2` in locale `en-US` could not be formatted: it uses `$patient`, a variable it is not given", dir.display()));
    let gutter = " ".repeat(line.to_string().len());
    let caret = format!("{gutter} | {}^^^^^^^^\n", " ".repeat(col - 1));
    assert!(r.stderr.contains(&caret), "{}", r.stderr);
    assert!(r.stderr.contains("hint: remove `{ $patient }`"));
}

#[test]
fn an_invisible_control_character_is_refused_at_its_place() {
    // Text pasted from another program can carry control characters that
    // no editor shows; XML (the leaflet's markup) cannot hold them.
    let tmp = TempDir::new("control-char");
    let dir = ftl_overlay(&tmp, "fm-intro-2 = Welcome.\u{1b}[31m Meetings differ.");
    let (r, out_tmp, out) = render("control-char-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/locales/en-US/first-meeting.ftl:8:22: error: the file holds the invisible character U+001B, which cannot be printed", dir.display()));
    // The escape is shown, not sent to the terminal.
    assert!(
        r.stderr
            .contains("8 | fm-intro-2 = Welcome.\u{241b}[31m Meetings differ.\n"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains('\u{1b}'));
    // The translators' check finds it too.
    let c = run(handout().args(["check", "--content", s(&dir), "--locale", "en-US"]));
    c.assert_failed();
    let said = format!("{}{}", String::from_utf8_lossy(&c.stdout), c.stderr);
    assert!(
        said.contains(
            "first-meeting.ftl:8:22: error: the file holds the invisible character U+001B"
        ),
        "{said}"
    );
}

#[test]
fn a_noncharacter_is_refused_at_its_place() {
    // The template stands in for the page number and for t()'s arguments
    // with noncharacters; a locale file may not hold one.
    let tmp = TempDir::new("nonchar");
    let dir = ftl_overlay(&tmp, "fm-intro-2 = Welcome.\u{FDEF} Meetings differ.");
    let (r, out_tmp, out) = render("nonchar-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/locales/en-US/first-meeting.ftl:8:22: error: the file holds the invisible character U+FDEF, which cannot be printed", dir.display()));
}

#[test]
fn a_private_use_character_in_the_footer_is_the_translators_not_a_page_count() {
    // U+E001 once stood in for the page count: a message holding it
    // printed the count there, silently. Now it is text: no font has it,
    // and that is said at its place.
    let tmp = TempDir::new("private-use");
    let (dir, text) = overlay_line(
        &tmp,
        "locales/en-US/leaflet.ftl",
        "leaflet-footer-page = ",
        "leaflet-footer-page = Page { $page } of { $pages } \u{E001}",
    );
    let (line, col) = position_of(&text, "\u{E001}");
    let (r, out_tmp, out) = render("private-use-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/locales/en-US/leaflet.ftl:{line}:{col}: error: no font can draw `\u{E001}` (U+E001) in message `leaflet-footer-page`", dir.display()));
}

#[test]
fn a_megabyte_word_is_refused_at_its_message() {
    let tmp = TempDir::new("mb-word");
    let dir = ftl_overlay(&tmp, &format!("fm-intro-2 = {}", "x".repeat(1_000_000)));
    let start = Instant::now();
    let (r, out_tmp, out) = render("mb-word-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/locales/en-US/first-meeting.ftl:8:1: error: message `fm-intro-2` in locale `en-US` is 1000000 bytes long once formatted; the limit is 65536", dir.display()));
    assert!(r.stderr.ends_with("hint: a leaflet message is a paragraph or two: shorten `fm-intro-2` (was a file or a list pasted into it?)\n"));
    assert!(
        r.stderr.len() < 2_000,
        "the snippet is cut: {}",
        r.stderr.len()
    );
    assert_quick(start, 20, "a 1 MB word");
}

#[test]
fn a_pasted_clinic_name_is_refused_at_its_line() {
    let tmp = TempDir::new("clinic-field");
    let clinic = tmp.write(
        "clinic.yaml",
        &format!("phone: (555) 010-0142\nname: {}\n", "N".repeat(100_000)),
    );
    let (r, out_tmp, out) = render("clinic-field-run", &["--topic", FM, "--clinic", s(&clinic)]);
    assert_refused(
        &r,
        &out_tmp,
        &out,
        &format!(
            "{}:2:1: error: the clinic's `name` is 100000 bytes long; the limit is 1000",
            clinic.display()
        ),
    );
}

#[test]
fn a_ten_megabyte_message_is_refused() {
    let tmp = TempDir::new("10mb");
    // 1 MB of words, printed ten times through references: 10 MB.
    let words = "word ".repeat(200_000);
    let words = words.trim_end();
    let dir = ftl_overlay(
        &tmp,
        &format!("fm-big = {words}\nfm-intro-2 = {}", "{ fm-big }".repeat(10)),
    );
    let start = Instant::now();
    let (r, out_tmp, out) = render("10mb-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/locales/en-US/first-meeting.ftl:9:1: error: message `fm-intro-2` in locale `en-US` is {} bytes long once formatted; the limit is 65536", dir.display(), 10 * words.len()));
    // A 10 MB file is over the content file limit before it is parsed.
    let big = dir.join("locales/en-US/first-meeting.ftl");
    let mut text = read_builtin("locales/en-US/first-meeting.ftl");
    text.push_str(&format!("# {}\n", "x".repeat(10 * 1024 * 1024)));
    std::fs::write(&big, &text).expect("write");
    let (r, out_tmp, out) = render("10mb-file", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}: error: a content file (topic, translation, template) may be at most 4 MB (4194304 bytes); this file is {} bytes", big.display(), text.len()));
    assert_quick(start, 20, "a 10 MB message");
}

#[test]
fn a_long_word_is_broken_across_lines_and_pages() {
    let tmp = TempDir::new("long-word");
    let word = "x".repeat(50_000);
    let dir = ftl_overlay(&tmp, &format!("fm-intro-2 = {word}"));
    let start = Instant::now();
    let (_, doc) = run_to_pdf(
        handout().args(["render", "--topic", FM, "--content", s(&dir)]),
        &tmp,
        "long.pdf",
        &[],
    );
    assert_quick(start, 20, "a 50,000-letter word");
    let (_, plain) = run_to_pdf(
        handout().args(["render", "--topic", FM]),
        &tmp,
        "plain.pdf",
        &[],
    );
    let pages = doc.get_pages().len();
    assert!((10..=20).contains(&pages), "the word fills pages: {pages}");
    // Every letter is printed once (the other x's are the leaflet's own;
    // the built-in `fm-intro-2` has none).
    let xs = |d: &lopdf::Document| extracted_text(d).matches('x').count();
    assert_eq!(xs(&doc) - xs(&plain), word.len());
    // In large print it needs more than the 20-page limit: refused, early.
    let start = Instant::now();
    let (r, out_tmp, out) = render(
        "long-word-large",
        &["--topic", FM, "--content", s(&dir), "--large-print"],
    );
    assert_refused(
        &r,
        &out_tmp,
        &out,
        "error: the leaflet would be longer than 20 pages, the limit",
    );
    assert!(r
        .stderr
        .contains("note: the text that went over starts: \"xxxxxxxx"));
    assert_quick(start, 20, "a word over the page limit");
}

// ---------------------------------------------------------------------------
// Templates and markup
// ---------------------------------------------------------------------------

#[test]
fn a_template_syntax_error_is_shown_at_its_place() {
    // The built-in template with one tag left open.
    let tmp = TempDir::new("tera-syntax");
    let open_tag = "{%- for p in leaflet.intro";
    let (dir, text) = overlay_with(&tmp, TEMPLATE, &format!("{open_tag} %}}"), open_tag);
    // Tera reads on into the next line, `<p>{{ p }}</p>`, and stops at the
    // second `{`.
    let next = format!("{open_tag}\n<p>{{{{ p }}}}</p>");
    let at = text
        .find(&next)
        .expect("the open tag and the line after it");
    let (line, col) = line_col(&text, at + open_tag.len() + "\n<p>{".len());
    let (r, out_tmp, out) = render("tera-syntax-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/templates/leaflet.tera:{line}:{col}: error: template: Found `{{` but expected `...`, a string, an integer or a bool.", dir.display()));
    assert!(
        r.stderr.contains(&format!("{line} | <p>{{{{ p }}}}</p>\n")),
        "{}",
        r.stderr
    );
}

#[test]
fn an_undefined_template_variable_is_named_with_the_ones_there_are() {
    let tmp = TempDir::new("tera-undefined");
    let (dir, text) = overlay_with(
        &tmp,
        TEMPLATE,
        "<h1>{{ leaflet.title }}</h1>",
        "<h1>{{ leaflet.headline }}</h1>",
    );
    let (line, col) = position_of(&text, "headline");
    let (r, out_tmp, out) = render("tera-undefined-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/templates/leaflet.tera:{line}:{col}: error: template: Field `headline` is not defined. Available fields: PAGE, PAGES, clinic, closing_sections, concerns, concerns_heading, help, hyphenate, intro, key_points, large_print, locale, patient_name, sections, subtitle, title, topic, welcoming_meetings", dir.display()));
}

#[test]
fn a_template_include_loop_is_shown_at_the_include() {
    // The built-in template includes chrome.tera, which includes it back.
    let tmp = TempDir::new("tera-loop");
    let include = "{% include \"chrome.tera\" %}";
    let (dir, text) = overlay_with(
        &tmp,
        TEMPLATE,
        "{#- The default leaflet.",
        &format!("{include}\n{{#- The default leaflet."),
    );
    std::fs::write(
        dir.join("templates/chrome.tera"),
        "{% include \"leaflet.tera\" %}\n",
    )
    .expect("write chrome.tera");
    // At the included name.
    let (line, col) = position_of(&text, "\"chrome.tera\"");
    let (r, out_tmp, out) = render("tera-loop-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/templates/leaflet.tera:{line}:{col}: error: template: the includes form a loop: chrome.tera -> leaflet.tera -> chrome.tera", dir.display()));
    assert!(r.stderr.ends_with("hint: a template cannot include itself, directly or through another: remove one `{% include %}` of the loop\n"));
}

#[test]
fn markup_that_is_not_well_formed_is_shown_in_the_rendered_text() {
    // The built-in template with the title's `</h1>` dropped: the markup
    // breaks where `</leaflet>` closes it, at the end of the rendered text.
    let tmp = TempDir::new("markup");
    let (dir, _) = overlay_with(
        &tmp,
        TEMPLATE,
        "<h1>{{ leaflet.title }}</h1>",
        "<h1>{{ leaflet.title }}",
    );
    let markup = run(handout().args([
        "render",
        "--topic",
        FM,
        "--content",
        s(&dir),
        "--emit",
        "markup",
        "-o",
        "-",
    ]));
    markup.assert_ok();
    let (line, col) = position_of(&markup.stdout_text(), "</leaflet>");
    let (r, out_tmp, out) = render("markup-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/templates/leaflet.tera (rendered markup):{line}:{col}: error: the markup is not well-formed: expected 'h1' tag, not 'leaflet' at {line}:{col}", dir.display()));
    assert!(r
        .stderr
        .contains("hint: run `handout render ... --emit markup`"));
}

// ---------------------------------------------------------------------------
// Concerns and ids
// ---------------------------------------------------------------------------

#[test]
fn a_concern_listed_twice_in_a_topic_is_an_error_at_the_second() {
    // The built-in topic with its second concern's id made the first's.
    let tmp = TempDir::new("concern-twice");
    let (dir, text) = overlay_with(
        &tmp,
        "topics/twelve-step-meetings.yaml",
        "  - id: drug-talk-triggers\n",
        "  - id: made-to-speak\n",
    );
    let second = text
        .match_indices("  - id: made-to-speak\n")
        .nth(1)
        .expect("the id twice")
        .0;
    let (line, col) = line_col(&text, second + "  - id: ".len());
    let (r, out_tmp, out) = render("concern-twice-run", &["--topic", TSM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/topics/twelve-step-meetings.yaml:{line}:{col}: error: concern `made-to-speak` is listed twice", dir.display()));
}

#[test]
fn a_default_wording_that_is_no_variant_is_an_error_at_its_value() {
    let tmp = TempDir::new("wording-default");
    let (dir, text) = overlay_with(
        &tmp,
        "topics/twelve-step-meetings.yaml",
        "      default: balanced\n",
        "      default: balance\n",
    );
    let at = text.find("default: balance\n").expect("the default") + "default: ".len();
    let (line, col) = line_col(&text, at);
    let (r, out_tmp, out) = render(
        "wording-default-run",
        &["--topic", TSM, "--content", s(&dir)],
    );
    assert_refused(&r, &out_tmp, &out, &format!("{}/topics/twelve-step-meetings.yaml:{line}:{col}: error: concern `maintenance-medication`: default wording `balance` is not one of its variants", dir.display()));
}

#[test]
fn a_wording_name_for_no_variant_is_an_error_at_its_key() {
    // The built-in topic with one wording's name misspelled.
    let tmp = TempDir::new("wording-name");
    let (dir, text) = overlay_with(
        &tmp,
        "topics/twelve-step-meetings.yaml",
        "        candid: tsm-maintenance-medication-wording-candid\n",
        "        candd: tsm-maintenance-medication-wording-candid\n",
    );
    let at = text.find("        candd:").expect("the misspelled key") + 8;
    let (line, col) = line_col(&text, at);
    let (r, out_tmp, out) = render("wording-name-run", &["--topic", TSM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/topics/twelve-step-meetings.yaml:{line}:{col}: error: concern `maintenance-medication`: wording `candd` is named but is not one of its variants", dir.display()));
    assert!(r
        .stderr
        .contains("hint: variants: balanced, candid, welcoming-meetings-listed"));
}

#[test]
fn a_concern_named_twice_on_the_command_line_is_printed_once() {
    let tmp = TempDir::new("concern-cli");
    let args = ["--topic", TSM, "--concern", "religion"];
    let (once, _) = run_to_pdf(handout().arg("render").args(args), &tmp, "once.pdf", &[]);
    let (twice, _) = run_to_pdf(
        handout().arg("render").args(args),
        &tmp,
        "twice.pdf",
        &["--concern", "religion"],
    );
    assert_eq!(once, twice, "the same leaflet, byte for byte");
}

#[test]
fn ids_with_slashes_or_dots_are_usage_errors_on_the_command_line() {
    for (flag, value, kind) in [
        ("--topic", "../first-meeting", "is not a valid id"),
        ("--topic", "first-meeting/x", "is not a valid id"),
        ("--concern", "../religion", "is not a valid id"),
        ("--locale", "../es", "is not a language tag"),
        ("--locale", "es/../en-US", "is not a language tag"),
    ] {
        let (_tmp, out) = with_previous("cli-id");
        let mut cmd = handout();
        cmd.arg("render");
        if flag != "--topic" {
            cmd.args(["--topic", TSM]);
        }
        let r = run(cmd.args([flag, value]).arg("-o").arg(&out));
        r.assert_code(2);
        let meta = match flag {
            "--locale" => "<LANG>",
            _ => "<ID>",
        };
        assert_eq!(
            r.first_line(),
            format!(
                "error: invalid value '{value}' for '{flag} {meta}': `{value}` {kind}: {}",
                if kind.contains("tag") {
                    "use letters, digits and `-` (es, es-MX, zh-Hans)"
                } else {
                    "use 1 to 64 of a-z, 0-9 and `-`"
                }
            )
        );
        assert_eq!(std::fs::read(&out).expect("previous"), PREVIOUS);
    }
}

#[test]
fn ids_with_slashes_or_nul_are_refused_in_yaml_and_manifests() {
    let tmp = TempDir::new("yaml-id");
    let (dir, text) = overlay_with(
        &tmp,
        "topics/first-meeting.yaml",
        "\nid: first-meeting\n",
        "\nid: ../first-meeting\n",
    );
    let (line, col) = position_of(&text, "../first-meeting");
    let (r, out_tmp, out) = render("yaml-id-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/topics/first-meeting.yaml:{line}:{col}: error: `../first-meeting` is not a valid id: use 1 to 64 of a-z, 0-9 and `-`", dir.display()));

    let out_dir = TempDir::new("manifest-id");
    let yaml = format!("{H}/bad-id-manifest.yaml");
    let r = run(handout().args(["batch", &yaml, "--out-dir", s(out_dir.path())]));
    r.assert_failed();
    assert_eq!(r.first_line(), format!("{yaml}:3:13: error: jobs[1]: `../first-meeting` is not a valid id: use 1 to 64 of a-z, 0-9 and `-`"));
    assert!(out_dir.entries().is_empty(), "{:?}", out_dir.entries());

    let csv = format!("{H}/bad-id-manifest.csv");
    let r = run(handout().args(["batch", &csv, "--out-dir", s(out_dir.path()), "-q"]));
    r.assert_failed();
    assert_eq!(
        r.lines_starting(&csv),
        vec![
            format!("{csv}:3: error: `../first-meeting` is not a valid id: use 1 to 64 of a-z, 0-9 and `-`"),
            format!("{csv}:4: error: `es/../en-US` is not a language tag: use letters, digits and `-` (es, es-MX, zh-Hans)"),
            format!("{csv}:5: error: `en\\0US` is not a language tag: use letters, digits and `-` (es, es-MX, zh-Hans)"),
            format!("{csv}:6: error: `../x` is not a valid id: use 1 to 64 of a-z, 0-9 and `-`"),
        ]
    );
    // Only the good row wrote a file, inside the output folder.
    assert_eq!(out_dir.entries(), vec!["first-meeting-en-US.pdf"]);
}

// ---------------------------------------------------------------------------
// Output paths
// ---------------------------------------------------------------------------

#[test]
fn output_into_a_missing_or_unwritable_folder_is_a_clear_error() {
    let tmp = TempDir::new("output");
    let missing = tmp.join("no/such/folder/out.pdf");
    let r = run(handout().args(["render", "--topic", FM, "-o", s(&missing)]));
    r.assert_failed();
    assert_eq!(
        r.first_line(),
        format!(
            "{}: error: cannot write the file: the folder `{}` does not exist",
            missing.display(),
            tmp.join("no/such/folder").display()
        )
    );
    assert!(!tmp.join("no").exists());

    // Under a regular file: unwritable even for root.
    let file = tmp.write("regular", "not a folder");
    let under = file.join("out.pdf");
    let r = run(handout().args(["render", "--topic", FM, "-o", s(&under)]));
    r.assert_failed();
    assert_eq!(
        r.first_line(),
        format!(
            "{}: error: cannot write the file: `{}` is not a folder (part of it is a file)",
            under.display(),
            file.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("file"),
        "not a folder"
    );

    // A folder where the file should go.
    let folder = tmp.join("a-folder");
    std::fs::create_dir(&folder).expect("mkdir");
    let r = run(handout().args(["render", "--topic", FM, "-o", s(&folder)]));
    r.assert_failed();
    assert_eq!(
        r.first_line(),
        format!(
            "{}: error: `{}` is a folder, not a file",
            folder.display(),
            folder.display()
        )
    );

    // A read-only folder, where permissions stop writes (not for root).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = tmp.join("read-only");
        std::fs::create_dir(&ro).expect("mkdir");
        std::fs::write(ro.join("out.pdf"), PREVIOUS).expect("previous");
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).expect("chmod");
        let root = std::fs::write(ro.join("probe"), "").is_ok();
        if !root {
            let r = run(handout().args(["render", "--topic", FM, "-o", s(&ro.join("out.pdf"))]));
            r.assert_failed();
            assert!(
                r.first_line()
                    .contains("cannot create the file: Permission denied"),
                "{}",
                r.stderr
            );
            assert_eq!(std::fs::read(ro.join("out.pdf")).expect("kept"), PREVIOUS);
        }
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
}

// ---------------------------------------------------------------------------
// Fonts and pictures
// ---------------------------------------------------------------------------

#[test]
fn a_missing_or_corrupt_font_is_named() {
    let (r, tmp, out) = render(
        "empty-font",
        &["--topic", FM, "--content", &format!("{H}/empty-font")],
    );
    assert_refused(
        &r,
        &tmp,
        &out,
        &format!("{H}/empty-font/fonts/NotoSans-Regular.ttf: error: the font file cannot be read"),
    );

    let font = std::fs::read(root().join("fonts/NotoSans-Regular.ttf")).expect("font");
    let work = TempDir::new("fonts");
    let dir = work.join("content");
    std::fs::create_dir_all(dir.join("fonts")).expect("mkdir");
    let path = dir.join("fonts/NotoSans-Regular.ttf");
    // Cut short (a failed copy): its tables point past the end.
    std::fs::write(&path, &font[..font.len() / 2]).expect("write");
    let (r, tmp, out) = render("half-font", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(
        &r,
        &tmp,
        &out,
        &format!(
            "{}: error: the font has no glyphs: the file is damaged or cut short",
            path.display()
        ),
    );
    // Bytes changed in place (a bad disk): found when its glyphs are embedded.
    let mut damaged = font.clone();
    let mut seed: u64 = 1;
    for _ in 0..2000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let at = 1000 + (seed >> 33) as usize % (damaged.len() - 1000);
        damaged[at] = (seed >> 13) as u8;
    }
    std::fs::write(&path, &damaged).expect("write");
    let r = run(handout().args([
        "render",
        "--topic",
        FM,
        "--content",
        s(&dir),
        "-o",
        s(&work.join("x.pdf")),
    ]));
    assert!(
        r.code == 0 || r.code == 1,
        "never a crash: {}\n{}",
        r.code,
        r.stderr
    );
    if r.code == 1 {
        assert!(
            r.first_line()
                .starts_with(&format!("{}: error: the font", path.display())),
            "{}",
            r.stderr
        );
        assert!(!work.join("x.pdf").exists());
    }
}

#[test]
fn an_empty_huge_or_damaged_logo_is_named() {
    let tmp = TempDir::new("logos");
    let profile = |logo: &str| {
        tmp.write(
            &format!("clinic-{}.yaml", logo.replace('/', "-")),
            &format!("name: Harbor Clinic\nlogo: {logo}\n"),
        )
    };
    std::fs::write(tmp.join("empty.png"), b"").expect("write");
    let c = profile("empty.png");
    let (r, out_tmp, out) = render("logo-empty", &["--topic", FM, "--clinic", s(&c)]);
    assert_refused(
        &r,
        &out_tmp,
        &out,
        &format!(
            "{}: error: the picture is empty (0 bytes)",
            tmp.join("empty.png").display()
        ),
    );

    // 50 MB (sparse: nothing is written to disk).
    let big = std::fs::File::create(tmp.join("big.png")).expect("create");
    big.set_len(50 * 1024 * 1024).expect("set_len");
    let c = profile("big.png");
    let start = Instant::now();
    let (r, out_tmp, out) = render("logo-big", &["--topic", FM, "--clinic", s(&c)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}: error: a picture (the clinic logo) may be at most 10 MB (10485760 bytes); this file is 52428800 bytes", tmp.join("big.png").display()));
    assert_quick(start, 10, "a 50 MB logo");

    // A PNG whose data is damaged after an intact header.
    let mut png = std::fs::read(root().join("examples/riverside-logo.png")).expect("logo");
    for b in png.iter_mut().skip(200).step_by(37) {
        *b ^= 0x55;
    }
    std::fs::write(tmp.join("damaged.png"), &png).expect("write");
    let c = profile("damaged.png");
    let (r, out_tmp, out) = render("logo-damaged", &["--topic", FM, "--clinic", s(&c)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}: error: the picture is damaged: Format error decoding Png: Unknown filter method 255.", tmp.join("damaged.png").display()));

    // A device is never read (it would never end).
    #[cfg(unix)]
    {
        let c = profile("/dev/zero");
        let (r, out_tmp, out) = render("logo-device", &["--topic", FM, "--clinic", s(&c)]);
        assert_refused(
            &r,
            &out_tmp,
            &out,
            "/dev/zero: error: cannot read a picture (the clinic logo): it is not a regular file",
        );
    }
}

#[cfg(unix)]
#[test]
fn a_content_folder_with_a_symlink_loop_is_refused() {
    let tmp = TempDir::new("symlink-loop");
    let dir = tmp.join("content");
    std::fs::create_dir_all(dir.join("topics")).expect("mkdir");
    std::os::unix::fs::symlink("..", dir.join("topics/up")).expect("symlink");
    let (r, out_tmp, out) = render("symlink-run", &["--topic", FM, "--content", s(&dir)]);
    assert_refused(&r, &out_tmp, &out, &format!("{}/topics/up/topics/up/topics: error: folders nested more than 4 deep in the content folder", dir.display()));
}

// ---------------------------------------------------------------------------
// A very large manifest
// ---------------------------------------------------------------------------

#[test]
fn a_manifest_of_100000_rows_streams_and_summarises_briefly() {
    let tmp = TempDir::new("100k");
    let manifest = tmp.join("jobs.csv");
    let mut csv = String::from("topic,locale,output\n");
    // Rows that fail fast (a bad id), so that the test stays quick; one
    // shard of ten makes the 10,000 rows of its share.
    for _ in 0..100_000 {
        csv.push_str("../first-meeting,en-US,{n}.pdf\n");
    }
    std::fs::write(&manifest, csv).expect("write");
    let report = tmp.join("report.json");
    let out_dir = tmp.join("out");
    let start = Instant::now();
    let r = run(handout().args([
        "batch",
        s(&manifest),
        "--out-dir",
        s(&out_dir),
        "--shard",
        "1/10",
        "--report",
        s(&report),
    ]));
    assert_quick(start, 40, "100,000 rows");
    r.assert_failed();
    let failures = r.lines_starting(&manifest.display().to_string());
    assert_eq!(failures.len(), 20, "the first 20 failures only");
    assert_eq!(
        failures[0],
        format!(
            "{}:2: error: `../first-meeting` is not a valid id: use 1 to 64 of a-z, 0-9 and `-`",
            manifest.display()
        )
    );
    assert!(failures[19].starts_with(&format!("{}:192: ", manifest.display())));
    assert!(r.stderr.contains(&format!(
        "\n… and 9980 more failed rows, listed in {}\n",
        report.display()
    )));
    assert!(r.stderr.ends_with("batch: 0 written, 0 up to date, 10000 failed, of 10000 jobs\nerror: all 10000 of the batch's leaflets failed\n"), "{}", r.stderr);
    assert!(r.stderr.lines().count() < 40, "the terminal is not flooded");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("JSON");
    assert_eq!(json.as_array().expect("array").len(), 10_000);
    assert!(
        out_dir.read_dir().expect("out dir").next().is_none(),
        "no file written"
    );
}
