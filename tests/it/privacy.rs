//! Patient privacy (issue 6, part 4): a patient's name is printed on the
//! leaflet's page and nowhere else. A marker name is planted through
//! `render` and `batch` (CSV and YAML manifests, with failing rows, warnings
//! and a template that tries to put the name into metadata), and every
//! artefact is scanned for it:
//!
//! - every raw byte of each PDF, every object's strings and names, and every
//!   decompressed stream other than the pages' content streams, for the name
//!   in UTF-8, UTF-16BE, UTF-16LE, PDF hex and PDF name escapes;
//! - by name, what tagging adds (issue 14): the /Alt, /ActualText, /T, /E,
//!   /Contents and /Lang of every structure element and annotation, the
//!   same entries of the property lists in the pages' content streams (but
//!   /ActualText there, which is the page's own text), and the XMP metadata
//!   decoded (Flate, then XML entities);
//! - standard output and error, the JSON report and the names of the files
//!   written, for the name in any of those forms and in any case.
//!
//! The name must also be printed on the page (read back with lopdf), so no
//! test passes because nothing was printed.

use crate::support::*;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The planted name: unique, so any hit is a leak.
const MARKER: &str = "Zebulon Quagmire-Xylo";
/// Its rarest part: a leak of part of the name counts too.
const PART: &str = "Quagmire";

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

fn utf16be(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn hex(bytes: &[u8], upper: bool) -> Vec<u8> {
    bytes
        .iter()
        .map(|b| {
            if upper {
                format!("{b:02X}")
            } else {
                format!("{b:02x}")
            }
        })
        .collect::<String>()
        .into_bytes()
}

/// Every form a text can take in a PDF or a log: UTF-8, UTF-16 both ways,
/// hex strings of those (both cases), and a PDF name with `#20` spaces.
fn forms(s: &str) -> Vec<(String, Vec<u8>)> {
    let mut v = vec![
        ("UTF-8".to_string(), s.as_bytes().to_vec()),
        ("UTF-16BE".to_string(), utf16be(s)),
        ("UTF-16LE".to_string(), utf16le(s)),
        ("PDF name".to_string(), s.replace(' ', "#20").into_bytes()),
    ];
    for (what, bytes) in [
        ("UTF-8", s.as_bytes().to_vec()),
        ("UTF-16BE", utf16be(s)),
        ("UTF-16LE", utf16le(s)),
    ] {
        v.push((format!("hex {what}"), hex(&bytes, true)));
        v.push((format!("hex {what} (lower case)"), hex(&bytes, false)));
    }
    v
}

fn find(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// The forms of the marker (and of its rarest part, in any case) found in
/// `bytes`.
fn leaks(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let lower: Vec<u8> = bytes.to_ascii_lowercase();
    for needle in [MARKER, PART] {
        for (what, form) in forms(needle) {
            if find(bytes, &form) || find(&lower, &form.to_ascii_lowercase()) {
                found.push(format!("`{needle}` as {what}"));
            }
        }
    }
    found
}

#[track_caller]
fn assert_no_leak(bytes: &[u8], what: &str) {
    let found = leaks(bytes);
    assert!(
        found.is_empty(),
        "the patient name leaks into {what}: {found:?}\n{}",
        String::from_utf8_lossy(bytes)
    );
}

/// Every string and name inside an object, as raw bytes and decoded.
fn strings_of(obj: &Object, out: &mut Vec<Vec<u8>>) {
    match obj {
        Object::String(bytes, _) => {
            out.push(bytes.clone());
            if let Ok(text) = lopdf::decode_text_string(obj) {
                out.push(text.into_bytes());
            }
        }
        Object::Name(bytes) => out.push(bytes.clone()),
        Object::Array(items) => items.iter().for_each(|o| strings_of(o, out)),
        Object::Dictionary(d) => d.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings_of(v, out);
        }),
        Object::Stream(s) => s.dict.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings_of(v, out);
        }),
        _ => {}
    }
}

/// Scans a PDF: its raw bytes, the strings and names of every object and of
/// the trailer (the Info dictionary, bookmarks, annotations, /ID), and every
/// decompressed stream except the pages' content streams (the text drawn on
/// the page, which holds the name as glyph ids, and /ActualText of the page
/// text). Returns the document for more checks.
#[track_caller]
fn assert_pdf_clean(path: &Path) -> Document {
    let (bytes, doc) = load(path);
    let what = path.display().to_string();
    assert_no_leak(&bytes, &format!("the bytes of {what}"));
    let contents: BTreeSet<ObjectId> = doc
        .get_pages()
        .values()
        .flat_map(|p| doc.get_page_contents(*p))
        .collect();
    assert!(!contents.is_empty(), "{what} has page contents");
    let mut strings = Vec::new();
    strings_of(&Object::Dictionary(doc.trailer.clone()), &mut strings);
    for (id, obj) in &doc.objects {
        strings_of(obj, &mut strings);
        if let Object::Stream(s) = obj {
            if contents.contains(id) {
                continue;
            }
            let data = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            assert_no_leak(&data, &format!("stream {id:?} of {what}"));
        }
    }
    for s in strings {
        assert_no_leak(&s, &format!("a string or name of {what}"));
    }
    // The XMP (a stream, scanned above and again decoded by
    // `assert_tags_clean`) is there for PDF/UA: it names the title, the
    // language and the PDF/UA part, nothing else.
    assert!(
        doc.catalog().expect("catalog").get(b"Metadata").is_ok(),
        "{what} has its XMP metadata"
    );
    assert_tags_clean(&doc, &what);
    doc
}

/// The text entries of tagged PDF that a name could slip into.
const TAG_TEXTS: [&str; 6] = ["Alt", "ActualText", "T", "E", "Contents", "Lang"];

/// What [`assert_tags_clean`] scanned: how many entries of each kind, so a
/// test can tell that the scan was not empty.
#[derive(Debug, Default)]
struct TagScan {
    /// `/Alt of /Figure`, and `/Alt` for all kinds -> count.
    entries: std::collections::BTreeMap<String, usize>,
    /// Bytes of XMP scanned.
    xmp: usize,
}

impl TagScan {
    fn count(&self, key: &str) -> usize {
        self.entries.get(key).copied().unwrap_or(0)
    }
}

/// The kind of a dictionary that holds tagged-PDF text: `/P` for a
/// structure element of type P, `annotation /Link`, or `None`.
fn tag_owner(d: &Dictionary) -> Option<String> {
    let name = |k: &[u8]| {
        d.get(k)
            .ok()
            .and_then(|o| o.as_name().ok())
            .map(|n| String::from_utf8_lossy(n).into_owned())
    };
    let s = || format!("/{}", name(b"S").unwrap_or_default());
    match name(b"Type").as_deref() {
        Some("Annot") => Some(format!(
            "annotation /{}",
            name(b"Subtype").unwrap_or_default()
        )),
        Some("StructElem") => Some(s()),
        None if d.has(b"S") && d.has(b"P") => Some(s()),
        _ => None,
    }
}

/// Scans the text entries of `d` (whose kind is `owner`), but `skip`.
fn scan_tag_texts(d: &Dictionary, owner: &str, skip: &[&str], scan: &mut TagScan, what: &str) {
    for key in TAG_TEXTS.iter().filter(|k| !skip.contains(k)) {
        let Ok(value) = d.get(key.as_bytes()) else {
            continue;
        };
        let mut forms = Vec::new();
        strings_of(value, &mut forms);
        for f in forms {
            assert_no_leak(&f, &format!("/{key} of {owner} in {what}"));
        }
        *scan
            .entries
            .entry(format!("/{key} of {owner}"))
            .or_default() += 1;
        *scan.entries.entry(format!("/{key}")).or_default() += 1;
    }
}

/// XML text with its entities (named and numeric) decoded.
fn xml_decoded(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').unwrap_or(0);
        let entity = &rest[1..end.max(1)];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) if end > 0 => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Scans what tagging adds: the text entries of structure elements and
/// annotations (objects, or dictionaries inside them), those of the
/// marked-content property lists in the pages' content streams (not their
/// /ActualText: that is the page's own text, which holds the printed name),
/// and the XMP packet, decompressed and with its XML entities decoded.
#[track_caller]
fn assert_tags_clean(doc: &Document, what: &str) -> TagScan {
    fn walk(obj: &Object, scan: &mut TagScan, what: &str) {
        match obj {
            Object::Dictionary(d) => {
                if let Some(owner) = tag_owner(d) {
                    scan_tag_texts(d, &owner, &[], scan, what);
                }
                d.iter().for_each(|(_, v)| walk(v, scan, what));
            }
            Object::Array(items) => items.iter().for_each(|o| walk(o, scan, what)),
            _ => {}
        }
    }
    let mut scan = TagScan::default();
    for obj in doc.objects.values() {
        walk(obj, &mut scan, what);
    }
    for (n, page) in doc.get_pages() {
        let content = doc
            .get_and_decode_page_content(page)
            .expect("decodable page content");
        for op in content.operations.iter().filter(|o| o.operator == "BDC") {
            if let Some(Object::Dictionary(d)) = op.operands.get(1) {
                let owner = format!("a marked-content sequence on page {n}");
                scan_tag_texts(d, &owner, &["ActualText"], &mut scan, what);
            }
        }
    }
    if let Ok(meta) = doc.catalog().expect("catalog").get(b"Metadata") {
        let stream = doc
            .dereference(meta)
            .expect("resolvable /Metadata")
            .1
            .as_stream()
            .expect("/Metadata is a stream");
        let data = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        let text = xml_decoded(&String::from_utf8_lossy(&data));
        assert_no_leak(text.as_bytes(), &format!("the XMP metadata of {what}"));
        scan.xmp = data.len();
    }
    scan
}

#[track_caller]
fn assert_name_printed(doc: &Document, prefix: &str, what: &str) {
    assert_contains(&printed_words(doc), &format!("{prefix} {MARKER}"), what);
}

/// Every file and folder under `dir`, as paths relative to it.
fn names_under(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).expect("read folder") {
            let p = e.expect("entry").path();
            out.push(p.strip_prefix(base).unwrap().to_string_lossy().into_owned());
            if p.is_dir() {
                walk(base, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[track_caller]
fn assert_names_clean(dir: &Path) -> Vec<String> {
    let names = names_under(dir);
    assert_no_leak(names.join("\n").as_bytes(), "file names");
    names
}

#[track_caller]
fn assert_run_clean(r: &Run, what: &str) {
    assert_no_leak(&r.stdout, &format!("standard output of {what}"));
    assert_no_leak(r.stderr.as_bytes(), &format!("standard error of {what}"));
}

/// Every PDF under `dir`.
fn pdfs_under(dir: &Path) -> Vec<PathBuf> {
    names_under(dir)
        .into_iter()
        .filter(|n| n.ends_with(".pdf"))
        .map(|n| dir.join(n))
        .collect()
}

// ---------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------

fn handout_at(dir: &Path) -> Command {
    let mut c = handout_in(dir);
    c.lang_only(None);
    c
}

fn render_args(extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = ["render", "--topic", TSM, "--concern", "religion"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

/// A content folder whose template tries every way of putting the name into
/// metadata: the title attribute, a heading (a bookmark, a structure
/// element), a link (its address; its text, which an annotation's
/// /Contents may be made from) and a picture's alt text.
fn leaky_template(tmp: &TempDir) -> PathBuf {
    let dir = tmp.join("leaky-content");
    std::fs::create_dir_all(dir.join("templates")).unwrap();
    let t = read_builtin("templates/leaflet.tera")
        .replacen(
            "title=\"{{ leaflet.title }}\"",
            "title=\"{{ leaflet.title }} {{ leaflet.patient_name }}\"",
            1,
        )
        .replacen(
            "<h1>{{ leaflet.title }}</h1>",
            "<h1>{{ leaflet.title }}</h1>\n<h2>{{ leaflet.patient_name | upper }}</h2>\n<p><a href=\"https://example.org/p?who={{ leaflet.patient_name }}\">{{ leaflet.patient_name }}</a></p>\n<qr data=\"https://example.org/meetings\" size=\"20mm\" alt=\"QR code for {{ leaflet.patient_name }}\"/>",
            1,
        );
    assert!(t.contains("<h2>{{ leaflet.patient_name"), "template edited");
    std::fs::write(dir.join("templates/leaflet.tera"), t).unwrap();
    dir
}

// ---------------------------------------------------------------------------
// render
// ---------------------------------------------------------------------------

#[test]
fn render_prints_the_name_on_the_page_and_nowhere_else() {
    let tmp = TempDir::new("render");
    // Default output name, in a folder of its own.
    let r = run(handout_at(tmp.path()).args(render_args(&["--patient-name", MARKER])));
    r.assert_ok();
    assert_run_clean(&r, "render");
    let names = assert_names_clean(tmp.path());
    assert_eq!(names, ["twelve-step-meetings-en-US.pdf"]);
    let doc = assert_pdf_clean(&tmp.join("twelve-step-meetings-en-US.pdf"));
    assert_name_printed(&doc, "Prepared for", "en-US");

    // Other languages, large print, Arabic (right to left).
    for (locale, prefix) in [("es", Some("Preparado para")), ("ar", None)] {
        let out = tmp.join(&format!("{locale}.pdf"));
        let r = run(handout_at(tmp.path())
            .args(render_args(&[
                "--locale",
                locale,
                "--large-print",
                "--patient-name",
                MARKER,
            ]))
            .arg("-o")
            .arg(&out));
        r.assert_ok();
        assert_run_clean(&r, locale);
        let doc = assert_pdf_clean(&out);
        match prefix {
            Some(p) => assert_name_printed(&doc, p, locale),
            None => assert!(
                printed_words(&doc).contains(PART),
                "the name is printed on the Arabic page:\n{}",
                printed_words(&doc)
            ),
        }
    }
}

#[test]
fn without_a_name_nothing_is_printed() {
    let tmp = TempDir::new("no-name");
    let out = tmp.join("x.pdf");
    run(handout_at(tmp.path())
        .args(render_args(&["--patient-name", "  "]))
        .arg("-o")
        .arg(&out))
    .assert_ok();
    let (_, doc) = load(&out);
    assert_not_contains(&printed_words(&doc), "Prepared for", "no name");
}

#[test]
fn a_changed_name_changes_the_document_id() {
    let tmp = TempDir::new("id");
    let mut ids = Vec::new();
    for name in [MARKER, "Ana Ruiz", ""] {
        let out = tmp.join("x.pdf");
        run(handout_at(tmp.path())
            .args(render_args(&["--patient-name", name]))
            .arg("-o")
            .arg(&out))
        .assert_ok();
        let (_, doc) = load(&out);
        ids.push(format!("{:?}", doc.trailer.get(b"ID").unwrap()));
    }
    assert_ne!(ids[0], ids[1]);
    assert_ne!(ids[0], ids[2]);
    assert_ne!(ids[1], ids[2]);
}

#[test]
fn a_template_cannot_put_the_name_into_metadata() {
    let tmp = TempDir::new("leaky");
    let content = leaky_template(&tmp);
    let out = tmp.join("leaky.pdf");
    let r = run(handout_at(tmp.path())
        .args(render_args(&["--patient-name", MARKER, "--content"]))
        .arg(&content)
        .arg("-o")
        .arg(&out));
    r.assert_ok();
    assert_run_clean(&r, "render with a leaky template");
    let doc = assert_pdf_clean(&out);
    assert_name_printed(&doc, "Prepared for", "leaky template");
    assert_contains(&printed_words(&doc), &MARKER.to_uppercase(), "the heading");
    // Each thing kept out is said, without the name.
    for what in [
        "document title",
        "heading",
        "link address",
        "picture description",
    ] {
        assert!(
            r.stderr.contains(what),
            "a warning names the {what}:\n{}",
            r.stderr
        );
    }
    // The rest of the title, the other bookmarks and links stay.
    let bookmarks = doc.get_toc().map(|t| t.toc.len()).unwrap_or(0);
    assert!(bookmarks >= 3, "the other headings are still bookmarks");
}

#[test]
fn the_structure_tree_annotations_and_xmp_do_not_hold_the_name() {
    let tmp = TempDir::new("tags");
    let clinic = root().join("examples/clinic.yaml");
    for locale in ["en-US", "ar"] {
        let out = tmp.join(&format!("{locale}.pdf"));
        let r = run(handout_at(tmp.path())
            .args(render_args(&["--locale", locale, "--patient-name", MARKER]))
            .arg("--clinic")
            .arg(&clinic)
            .arg("-o")
            .arg(&out));
        r.assert_ok();
        let doc = assert_pdf_clean(&out);
        // The scan saw what tagging writes: the logo's and the QR code's
        // alt texts, the links' /Contents, the languages, the XMP.
        let scan = assert_tags_clean(&doc, locale);
        for (key, least) in [
            ("/Alt of /Figure", 2),
            ("/Contents of annotation /Link", 1),
            ("/Lang", usize::from(locale == "ar")),
        ] {
            assert!(
                scan.count(key) >= least,
                "{locale}: at least {least} {key} scanned: {scan:?}"
            );
        }
        assert!(scan.xmp > 0, "{locale}: the XMP was scanned");
    }
}

#[test]
fn render_errors_and_warnings_do_not_quote_the_name() {
    let tmp = TempDir::new("render-errors");
    let long = format!("{MARKER} {MARKER} {MARKER} {MARKER} {MARKER}");
    let emoji = format!("{MARKER} \u{1F600}");
    let control = format!("{MARKER}\u{7}");
    for (name, expected) in [
        (long.as_str(), "the limit is 100"),
        (emoji.as_str(), "U+1F600"),
        (control.as_str(), "U+0007"),
    ] {
        let r = run(handout_at(tmp.path())
            .args(render_args(&["--patient-name", name]))
            .arg("-o")
            .arg(tmp.join("x.pdf")));
        r.assert_failed();
        assert!(r.stderr.contains(expected), "{expected}: {}", r.stderr);
        assert!(r.stderr.contains("patient name"), "{}", r.stderr);
        assert_run_clean(&r, expected);
    }
    assert!(!tmp.join("x.pdf").exists());
    // A render with warnings (messages printed in English).
    let out = tmp.join("fallback.pdf");
    let r = run(handout_at(tmp.path())
        .args(render_args(&[
            "--locale",
            "es",
            "--allow-fallback",
            "--patient-name",
            MARKER,
            "--content",
        ]))
        .arg(root().join("tests/fixtures/missing-message"))
        .arg("-o")
        .arg(&out));
    r.assert_ok();
    assert!(r.stderr.contains("warning"), "{}", r.stderr);
    assert_run_clean(&r, "render with warnings");
    let doc = assert_pdf_clean(&out);
    assert_name_printed(&doc, "Preparado para", "es with fallback");
}

// ---------------------------------------------------------------------------
// batch
// ---------------------------------------------------------------------------

/// Runs a batch from `dir` with a report; scans everything it produced and
/// returns the run and the report's text.
fn batch_scanned(dir: &Path, manifest: &str, args: &[&str]) -> (Run, String) {
    let report = dir.join("report.json");
    let r = run(handout_at(dir)
        .args(["batch", manifest, "--out-dir", "out", "--report"])
        .arg(&report)
        .args(args));
    assert_run_clean(&r, manifest);
    let text = std::fs::read_to_string(&report).expect("the report is written");
    assert_no_leak(text.as_bytes(), "the report");
    assert_names_clean(dir);
    for pdf in pdfs_under(&dir.join("out")) {
        assert_pdf_clean(&pdf);
    }
    (r, text)
}

fn report_entries(text: &str) -> Vec<serde_json::Value> {
    serde_json::from_str::<serde_json::Value>(text)
        .expect("JSON")
        .as_array()
        .expect("array")
        .clone()
}

#[test]
fn csv_batch_keeps_the_name_on_the_page() {
    let tmp = TempDir::new("csv");
    // Good rows in three languages (one by a pattern), and failing rows: a
    // wrong concern, the name in the wrong column too, a name too long, an
    // unknown placeholder, an output spelling the name, a short row. The
    // name of a row also sits in its error-prone cells, so that an error
    // quoting a cell would show it.
    let long = format!("{MARKER} {MARKER} {MARKER} {MARKER} {MARKER}");
    let csv = format!(
        "topic,locale,concerns,paper,output,patient_name\n\
         twelve-step-meetings,en-US,religion,letter,,{MARKER}\n\
         twelve-step-meetings,es,religion;costs-money,a4,,\"{MARKER}\"\n\
         twelve-step-meetings,ar,religion,a4,{{topic}}-{{locale}}-{{n}},{MARKER}\n\
         twelve-step-meetings,en-US,{MARKER},a4,bad-concern,{MARKER}\n\
         twelve-step-meetings,en-US,religion,{MARKER},bad-paper,{MARKER}\n\
         twelve-step-meetings,en-US,religion,a4,too-long,{long}\n\
         twelve-step-meetings,{MARKER},religion,a4,bad-locale,{MARKER}\n\
         twelve-step-meetings,en-US,religion,a4,{{patient}}-{MARKER},{MARKER}\n\
         twelve-step-meetings,en-US,religion,a4,letters/zebulon_quagmire-XYLO-{{n}},{MARKER}\n\
         twelve-step-meetings,en-US,religion,a4,short-row\n"
    );
    tmp.write("jobs.csv", &csv);
    let (r, report) = batch_scanned(tmp.path(), "jobs.csv", &[]);
    r.assert_failed();
    let entries = report_entries(&report);
    assert_eq!(entries.len(), 10, "{report}");
    let failed = entries.iter().filter(|e| e["status"] == "failed").count();
    assert_eq!(failed, 7, "{report}");
    assert!(
        report.contains("the output name holds the patient name"),
        "{report}"
    );
    // Every failure still says why.
    assert!(report.contains("[patient name]"), "{report}");
    assert!(report.contains("the limit is 100"), "{report}");
    let out = tmp.join("out");
    let names = names_under(&out);
    assert_eq!(
        names,
        [
            "twelve-step-meetings-ar-4.pdf",
            "twelve-step-meetings-en-US.pdf",
            "twelve-step-meetings-es.pdf"
        ]
    );
    let (_, en) = load(&out.join("twelve-step-meetings-en-US.pdf"));
    assert_name_printed(&en, "Prepared for", "CSV en-US");
    let (_, es) = load(&out.join("twelve-step-meetings-es.pdf"));
    assert_name_printed(&es, "Preparado para", "CSV es");

    // Rerun: up to date; then one name changes and only that row is remade.
    let (r, report) = batch_scanned(tmp.path(), "jobs.csv", &[]);
    r.assert_failed();
    assert_eq!(
        report_entries(&report)
            .iter()
            .filter(|e| e["status"] == "up-to-date")
            .count(),
        3,
        "{report}"
    );
    tmp.write(
        "jobs.csv",
        &csv.replacen(&format!("letter,,{MARKER}"), "letter,,Ana Ruiz", 1),
    );
    let (_, report) = batch_scanned(tmp.path(), "jobs.csv", &[]);
    let entries = report_entries(&report);
    assert_eq!(entries[0]["status"], "written", "{report}");
    assert_eq!(entries[1]["status"], "up-to-date", "{report}");
    let (_, en) = load(&out.join("twelve-step-meetings-en-US.pdf"));
    assert_contains(&printed_words(&en), "Prepared for Ana Ruiz", "renamed row");
}

#[test]
fn csv_batch_with_warnings_and_quiet() {
    let tmp = TempDir::new("csv-warn");
    let content = root().join("tests/fixtures/missing-message");
    let content = content.to_str().unwrap();
    for extra in [&[][..], &["--quiet"][..]] {
        let mut args = vec![
            "--allow-fallback",
            "--force",
            "--content",
            content,
            "--clinic",
        ];
        let clinic = root().join("examples/clinic.yaml");
        args.push(clinic.to_str().unwrap());
        args.extend_from_slice(extra);
        let manifest_topic = tmp.join("with-topic.csv");
        std::fs::write(
            &manifest_topic,
            format!(
                "topic,locale,patient_name\n{TSM},es,{MARKER}\n{TSM},en-US,{MARKER}\n{FM},vi,{MARKER}\n"
            ),
        )
        .unwrap();
        let (r, report) = batch_scanned(tmp.path(), "with-topic.csv", &args);
        r.assert_ok();
        assert!(
            report_entries(&report)
                .iter()
                .all(|e| e["status"] == "written"),
            "{report}"
        );
    }
    let (_, es) = load(&tmp.join("out/twelve-step-meetings-es.pdf"));
    assert_name_printed(&es, "Preparado para", "es with fallback and a clinic");
}

#[test]
fn yaml_batch_keeps_the_name_on_the_page() {
    let tmp = TempDir::new("yaml");
    tmp.write(
        "jobs.yaml",
        &format!(
            "defaults:\n  topic: twelve-step-meetings\n  concerns: [religion]\n\
             jobs:\n  - patient-name: {MARKER}\n  - locale: zh-Hans\n    patient_name: \"{MARKER}\"\n\
             \x20 - {{locale: ru, patient-name: '{MARKER}', output: '{{locale}}-{{n}}'}}\n\
             \x20 - locale: es\n    concerns: [no-such-worry]\n    patient-name: {MARKER}\n\
             \x20 - locale: vi\n    patient-name: \"{MARKER} \\u0007\"\n"
        ),
    );
    let (r, report) = batch_scanned(tmp.path(), "jobs.yaml", &[]);
    r.assert_failed();
    let entries = report_entries(&report);
    let statuses: Vec<&str> = entries
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["written", "written", "written", "failed", "failed"],
        "{report}"
    );
    let (_, en) = load(&tmp.join("out/twelve-step-meetings-en-US.pdf"));
    assert_name_printed(&en, "Prepared for", "YAML en-US");
    assert!(
        tmp.join("out/ru-8.pdf").exists(),
        "{:?}",
        names_under(tmp.path())
    );
}

#[test]
fn a_manifest_that_does_not_parse_is_not_echoed_with_the_name() {
    let tmp = TempDir::new("yaml-bad");
    // A bad value on the line that holds the name (flow style), a bad value
    // on the name's own line, a name in `defaults`, a file that is not UTF-8.
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "flow.yaml",
            format!("jobs:\n  - {{topic: twelve-step-meetings, patient-name: {MARKER}, paper: legal}}\n").into_bytes(),
        ),
        (
            "type.yaml",
            format!("jobs:\n  - topic: twelve-step-meetings\n    patient-name: [{MARKER}]\n").into_bytes(),
        ),
        (
            "defaults.yaml",
            format!("defaults:\n  topic: twelve-step-meetings\n  patient-name: {MARKER}\njobs:\n  - locale: es\n").into_bytes(),
        ),
        (
            "latin1.yaml",
            [
                format!("jobs:\n  - topic: twelve-step-meetings\n    patient-name: {MARKER} Jos").as_bytes(),
                &[0xE9, b'\n'],
            ]
            .concat(),
        ),
    ];
    for (name, bytes) in cases {
        std::fs::write(tmp.join(name), bytes).unwrap();
        let r = run(handout_at(tmp.path()).args(["batch", name, "--out-dir", "out"]));
        r.assert_failed();
        assert!(
            r.stderr.contains(&format!("{name}:")),
            "{name}: the error names the manifest's line:\n{}",
            r.stderr
        );
        assert_run_clean(&r, name);
    }
    assert!(!tmp.join("out").exists() || pdfs_under(&tmp.join("out")).is_empty());
}
