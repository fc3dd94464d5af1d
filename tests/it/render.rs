//! End-to-end tests of the `handout` binary: they run the real executable,
//! write into a fresh temporary folder per test and read the PDF back with
//! `lopdf` (page tree, fonts, metadata, and the text through each font's
//! ToUnicode CMap). Nothing outside the Rust toolchain is needed.
//!
//! Fixture folders under `tests/fixtures/` are `--content` overlays: each
//! holds only the files it replaces; everything else is the built-in content.

use crate::support::*;
use lopdf::{Dictionary, Document, Object};
use std::collections::BTreeSet;

const TOPIC: &str = TSM;
const TOPIC_FILE: &str = "topics/twelve-step-meetings.yaml";

/// The concerns of the built-in topic, in print order.
const CONCERNS: [&str; 15] = [
    "made-to-speak",
    "labels",
    "still-using",
    "drug-talk-triggers",
    "others-problems",
    "costs-money",
    "advice-and-confrontation",
    "therapist-in-charge",
    "attendance-records",
    "someone-i-know",
    "religion",
    "only-aa-nearby",
    "cant-get-there",
    "tried-once",
    "maintenance-medication",
];

/// First sentence of `tsm-made-to-speak-answer` in locales/es.
const ES_MADE_TO_SPEAK: &str = "Nadie está obligado a hablar.";
/// First two sentences of `tsm-maintenance-medication-answer-1` in locales/es.
const ES_MEDICATION: &str =
    "Sí, puede ir. Lo único que necesita para ser miembro es el deseo de dejar de consumir.";
/// `leaflet-draft-notice` in locales/es.
const ES_DRAFT_NOTICE: &str = "Traducción aún no revisada";

// ---------------------------------------------------------------------------
// Helpers: the built-in content, as the expected values come from it
// ---------------------------------------------------------------------------

struct ConcernDef {
    id: String,
    worry: String,
    answer: Vec<String>,
}

fn topic_concerns() -> Vec<ConcernDef> {
    let topic = topic_yaml(TOPIC);
    let list = topic["concerns"].as_sequence().expect("concerns list");
    list.iter()
        .map(|c| ConcernDef {
            id: c["id"].as_str().expect("id").to_string(),
            worry: c["worry"].as_str().expect("worry").to_string(),
            answer: c["answer"]
                .as_sequence()
                .expect("answer list")
                .iter()
                .map(|a| a.as_str().expect("message id").to_string())
                .collect(),
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Helpers: reading the PDF
// ---------------------------------------------------------------------------

/// Text as extracted, made comparable with the source sentences: the
/// leaflet is broken into lines and each word is placed on its own, so
/// runs of white space become one space, and a line broken after a hyphen
/// ("12-" / "Step") is joined again. Apply it to both sides.
fn norm(s: &str) -> String {
    words(s).replace("- ", "-")
}

fn page_count(doc: &Document) -> usize {
    doc.get_pages().len()
}

fn all_text(doc: &Document) -> String {
    norm(&extracted_text(doc))
}

fn info(doc: &Document) -> &Dictionary {
    let id = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .expect("trailer /Info");
    doc.get_dictionary(id).expect("Info dictionary")
}

fn info_string(doc: &Document, key: &str) -> String {
    let obj = info(doc)
        .get(key.as_bytes())
        .unwrap_or_else(|_| panic!("Info has no /{key}"));
    lopdf::decode_text_string(obj).expect("a text string")
}

/// Width and height of a page, checking that its /MediaBox starts at 0,0.
fn page_size(doc: &Document, page: lopdf::ObjectId) -> (f32, f32) {
    let v = media_box(doc, page);
    assert_eq!(v.len(), 4, "MediaBox {v:?}");
    assert_eq!((v[0], v[1]), (0.0, 0.0), "MediaBox origin {v:?}");
    (v[2] - v[0], v[3] - v[1])
}

/// Width and height of every page, checking that all pages agree.
#[track_caller]
fn paper_of(doc: &Document) -> (f32, f32) {
    let sizes: Vec<(f32, f32)> = doc
        .get_pages()
        .values()
        .map(|id| page_size(doc, *id))
        .collect();
    assert!(!sizes.is_empty(), "no pages");
    assert!(
        sizes.iter().all(|s| *s == sizes[0]),
        "pages differ in size: {sizes:?}"
    );
    sizes[0]
}

#[track_caller]
fn assert_letter(doc: &Document) {
    let (w, h) = paper_of(doc);
    assert!(
        (w - 612.0).abs() < 0.01 && (h - 792.0).abs() < 0.01,
        "expected Letter 612x792, got {w}x{h}"
    );
}

#[track_caller]
fn assert_a4(doc: &Document) {
    let (w, h) = paper_of(doc);
    assert!(
        (595.0..596.0).contains(&w) && (841.0..842.0).contains(&h),
        "expected A4 595.3x841.9, got {w}x{h}"
    );
}

// ---------------------------------------------------------------------------
// 1-2. What is printed
// ---------------------------------------------------------------------------

#[test]
fn spanish_leaflet_prints_only_the_chosen_concerns_on_two_pages() {
    let tmp = TempDir::new("es-two");
    let (_, doc) = render_pdf(
        &tmp,
        "es.pdf",
        &[
            "--topic",
            TOPIC,
            "--locale",
            "es",
            "--concern",
            "made-to-speak",
            "--concern",
            "maintenance-medication",
        ],
    );
    assert_eq!(page_count(&doc), 2, "page count");
    let text = all_text(&doc);

    let es = ftl("locales/es/twelve-step-meetings.ftl");
    let chrome = ftl("locales/es/leaflet.ftl");
    // The expected sentences are the translation's own words.
    assert!(msg(&es, "tsm-made-to-speak-answer").starts_with(ES_MADE_TO_SPEAK));
    assert!(msg(&es, "tsm-maintenance-medication-answer-1").starts_with(ES_MEDICATION));
    assert_eq!(msg(&chrome, "leaflet-draft-notice"), ES_DRAFT_NOTICE);

    assert_has(&text, ES_MADE_TO_SPEAK, "made-to-speak answer");
    assert_has(&text, ES_MEDICATION, "maintenance-medication answer");
    assert_has(&text, ES_DRAFT_NOTICE, "draft notice");

    let chosen = ["made-to-speak", "maintenance-medication"];
    let concerns = topic_concerns();
    assert_eq!(concerns.len(), 15);
    for c in &concerns {
        let worry = msg(&es, &c.worry);
        if chosen.contains(&c.id.as_str()) {
            assert_has(&text, worry, &c.id);
            for a in &c.answer {
                assert_has(&text, msg(&es, a), &c.id);
            }
        } else {
            assert_lacks(&text, worry, &c.id);
            for a in &c.answer {
                assert_lacks(&text, msg(&es, a), &c.id);
            }
        }
    }

    assert_has(
        &extracted_page_text(&doc, 1),
        "Página 1 de 2",
        "footer of page 1",
    );
    assert_has(
        &extracted_page_text(&doc, 2),
        "Página 2 de 2",
        "footer of page 2",
    );
    // Nothing Fluent-internal reaches paper.
    assert!(
        !text.contains(['\u{2068}', '\u{2069}', '\u{E000}', '\u{E001}']),
        "control characters printed:\n{text}"
    );
}

#[test]
fn english_leaflet_with_every_concern_fits_the_page_budget() {
    let tmp = TempDir::new("en-all");
    let (_, doc) = render_pdf(&tmp, "en.pdf", &["--topic", TOPIC, "--locale", "en-US"]);
    let text = all_text(&doc);
    let en = ftl("locales/en-US/twelve-step-meetings.ftl");
    for c in topic_concerns() {
        assert_has(&text, msg(&en, &c.worry), &c.id);
        for a in &c.answer {
            assert_has(&text, msg(&en, a), &c.id);
        }
    }
    assert_lacks(
        &text,
        msg(&ftl("locales/en-US/leaflet.ftl"), "leaflet-draft-notice"),
        "reviewed locale",
    );

    let budget = topic_yaml(TOPIC)["page-budget"]
        .as_u64()
        .expect("page-budget");
    let pages = page_count(&doc);
    assert!(pages as u64 <= budget, "{pages} pages, budget {budget}");
    // Every one of the 15 concerns, and the other-support-groups section,
    // fits on four pages of A4 (issue 13; three with the first ten).
    assert!(pages <= 4, "{pages} pages");
    assert_has(
        &extracted_page_text(&doc, pages as u32),
        &format!("Page {pages} of {pages}"),
        "last footer",
    );
}

#[test]
fn concerns_print_in_topic_order_once_whatever_the_command_line_order() {
    let tmp = TempDir::new("order");
    let (_, doc) = render_pdf(
        &tmp,
        "en.pdf",
        &[
            "--topic",
            TOPIC,
            "--concern",
            "religion",
            "--concern",
            "made-to-speak",
            "--concern",
            "religion",
        ],
    );
    let text = all_text(&doc);
    let en = ftl("locales/en-US/twelve-step-meetings.ftl");
    let first = norm(msg(&en, "tsm-made-to-speak-worry"));
    let second = norm(msg(&en, "tsm-religion-worry"));
    let (a, b) = (
        text.find(&first).expect("made-to-speak"),
        text.find(&second).expect("religion"),
    );
    assert!(a < b, "made-to-speak comes first in the topic");
    assert_eq!(
        text.matches(&second).count(),
        1,
        "a concern given twice prints once"
    );
}

// ---------------------------------------------------------------------------
// 3. Fonts
// ---------------------------------------------------------------------------

#[test]
fn fonts_are_embedded_subset_type0() {
    let tmp = TempDir::new("fonts");
    let (_, doc) = render_pdf(&tmp, "en.pdf", &["--topic", TOPIC]);
    let source_size = std::fs::metadata(root().join("fonts/NotoSans-Regular.ttf"))
        .expect("source font")
        .len();
    assert!(source_size > 300_000, "the bundled font is ~350 KB");

    // Every font a page uses.
    let mut seen = BTreeSet::new();
    for (n, page) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page).expect("page fonts");
        assert!(!fonts.is_empty(), "page {n} has no fonts");
        for font in fonts.values() {
            let base = name(font.get(b"BaseFont").expect("/BaseFont"));
            if !seen.insert(base.clone()) {
                continue;
            }
            assert_eq!(
                name(font.get(b"Subtype").expect("/Subtype")),
                "Type0",
                "{base}"
            );
            assert_eq!(
                name(font.get(b"Encoding").expect("/Encoding")),
                "Identity-H",
                "{base}"
            );
            assert!(
                font.has(b"ToUnicode"),
                "{base}: no /ToUnicode, text could not be copied"
            );
            let tag = base.split_once('+').map(|(t, _)| t).unwrap_or("");
            assert!(
                tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
                "{base}: no subset tag"
            );

            let descendants = deref(
                &doc,
                font.get(b"DescendantFonts").expect("/DescendantFonts"),
            );
            let descendants = descendants.as_array().expect("array");
            assert_eq!(descendants.len(), 1, "{base}");
            let cid = deref(&doc, &descendants[0])
                .as_dict()
                .expect("CIDFont dict");
            assert!(
                name(cid.get(b"Subtype").expect("/Subtype")).starts_with("CIDFontType"),
                "{base}"
            );
            let desc = deref(&doc, cid.get(b"FontDescriptor").expect("/FontDescriptor"))
                .as_dict()
                .expect("dict");
            assert_eq!(name(desc.get(b"FontName").expect("/FontName")), base);
            let file = [&b"FontFile2"[..], b"FontFile3"]
                .iter()
                .find_map(|k| desc.get(k).ok())
                .unwrap_or_else(|| panic!("{base}: font program not embedded"));
            let stream = deref(&doc, file).as_stream().expect("font stream");
            let program = stream.get_plain_content().expect("decodable font stream");
            assert!(
                program.len() < 100_000,
                "{base}: {} bytes embedded, not a subset",
                program.len()
            );
            assert!(
                (program.len() as u64) * 5 < source_size,
                "{base}: subset not much smaller than the source"
            );
            let sfnt = program.get(..4).unwrap_or_default();
            assert!(
                sfnt == [0, 1, 0, 0] || sfnt == b"true" || sfnt == b"OTTO",
                "{base}: not a font program"
            );
        }
    }
    assert!(
        seen.iter().any(|b| b.ends_with("+NotoSans-Regular")),
        "{seen:?}"
    );
    assert!(
        seen.iter().any(|b| b.ends_with("+NotoSans-Bold")),
        "{seen:?}"
    );

    // And no font anywhere in the file is a simple (possibly unembedded) one.
    for (id, obj) in &doc.objects {
        if let Ok(d) = obj.as_dict() {
            if d.get(b"Type").and_then(Object::as_name).ok() == Some(b"Font") {
                let sub = name(d.get(b"Subtype").expect("/Subtype"));
                assert!(
                    matches!(sub.as_str(), "Type0" | "CIDFontType0" | "CIDFontType2"),
                    "object {id:?} is a {sub} font"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 4-5. Reproducible output and metadata
// ---------------------------------------------------------------------------

#[test]
fn same_inputs_give_byte_identical_pdfs() {
    let tmp = TempDir::new("determinism");
    let args = [
        "--topic",
        TOPIC,
        "--locale",
        "es",
        "--concern",
        "made-to-speak",
        "--concern",
        "maintenance-medication",
    ];
    let (a, _) = render_pdf(&tmp, "one.pdf", &args);
    let (b, _) = render_pdf(&tmp, "two-with-another-name.pdf", &args);
    assert!(
        a == b,
        "two renders differ ({} and {} bytes)",
        a.len(),
        b.len()
    );
    let (c, _) = render_pdf(
        &tmp,
        "three.pdf",
        &[
            "--topic",
            TOPIC,
            "--locale",
            "es",
            "--concern",
            "made-to-speak",
        ],
    );
    assert!(a != c, "different leaflets must differ");
}

#[test]
fn pdf_version_language_and_dates() {
    let tmp = TempDir::new("dates");
    let (bytes, doc) = render_pdf(
        &tmp,
        "es.pdf",
        &["--topic", TOPIC, "--locale", "es", "--concern", "religion"],
    );
    assert!(
        bytes.starts_with(b"%PDF-1.7\n"),
        "header {:?}",
        String::from_utf8_lossy(&bytes[..9])
    );
    assert_eq!(doc.version, "1.7");
    let lang = doc
        .catalog()
        .expect("catalog")
        .get(b"Lang")
        .expect("/Lang in the catalog");
    assert_eq!(lopdf::decode_text_string(lang).expect("text"), "es");

    // Without SOURCE_DATE_EPOCH: the topic's review date, at midnight UTC.
    let review = topic_yaml(TOPIC)["review-date"]
        .as_str()
        .expect("review-date")
        .to_string();
    assert_eq!(review, "2026-11-01");
    let expected = format!("D:{}000000Z", review.replace('-', ""));
    assert_eq!(info_string(&doc, "CreationDate"), expected);
    assert_eq!(info_string(&doc, "ModDate"), expected);

    // With it: that instant.
    let out = tmp.join("epoch.pdf");
    let r = run(handout()
        .env("SOURCE_DATE_EPOCH", "0")
        .args([
            "render",
            "--topic",
            TOPIC,
            "--locale",
            "es",
            "--concern",
            "religion",
            "-o",
        ])
        .arg(&out));
    r.assert_ok();
    let doc0 = Document::load_mem(&std::fs::read(&out).expect("pdf")).expect("load");
    assert_eq!(info_string(&doc0, "CreationDate"), "D:19700101000000Z");
    assert_eq!(info_string(&doc0, "ModDate"), "D:19700101000000Z");

    let (_, en) = render_pdf(&tmp, "en.pdf", &["--topic", TOPIC, "--concern", "religion"]);
    let lang = en.catalog().expect("catalog").get(b"Lang").expect("/Lang");
    assert_eq!(lopdf::decode_text_string(lang).expect("text"), "en-US");
}

#[test]
fn metadata_holds_only_the_title_and_tool_names() {
    let tmp = TempDir::new("privacy");
    let (bytes, doc) = render_pdf(
        &tmp,
        "es.pdf",
        &[
            "--topic",
            TOPIC,
            "--locale",
            "es",
            "--concern",
            "made-to-speak",
            "--concern",
            "maintenance-medication",
        ],
    );
    let keys: BTreeSet<String> = info(&doc)
        .iter()
        .map(|(k, _)| String::from_utf8_lossy(k).into_owned())
        .collect();
    let allowed: BTreeSet<String> = ["Title", "Creator", "Producer", "CreationDate", "ModDate"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(keys, allowed, "Info dictionary keys");
    let es = ftl("locales/es/twelve-step-meetings.ftl");
    assert_eq!(info_string(&doc, "Title"), msg(&es, "tsm-title"));
    // The XMP metadata (PDF/UA needs it) holds the title, the language,
    // the format and the PDF/UA part, and no other property.
    let xmp_id = doc
        .catalog()
        .expect("catalog")
        .get(b"Metadata")
        .and_then(lopdf::Object::as_reference)
        .expect("an XMP metadata stream");
    let xmp = match doc.get_object(xmp_id).expect("XMP object") {
        lopdf::Object::Stream(s) => s
            .decompressed_content()
            .unwrap_or_else(|_| s.content.clone()),
        other => panic!("XMP is not a stream: {other:?}"),
    };
    let xmp = String::from_utf8(xmp).expect("XMP is UTF-8");
    let properties: BTreeSet<&str> = xmp
        .split('<')
        .filter_map(|t| t.split(['>', ' ', '/']).next())
        .filter(|t| {
            t.starts_with("dc:")
                || t.starts_with("pdfuaid:")
                || t.starts_with("xmp:")
                || t.starts_with("pdf:")
        })
        .collect();
    assert_eq!(
        properties,
        BTreeSet::from(["dc:format", "dc:language", "dc:title", "pdfuaid:part"]),
        "{xmp}"
    );
    assert!(
        xmp.contains(&format!(
            "<rdf:li xml:lang=\"x-default\">{}</rdf:li>",
            msg(&es, "tsm-title")
        )),
        "{xmp}"
    );
    assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
    // Which worries the patient voiced is not written anywhere as data.
    for id in ["made-to-speak", "maintenance-medication"] {
        assert!(
            !bytes.windows(id.len()).any(|w| w == id.as_bytes()),
            "`{id}` appears in the file"
        );
    }
}

// ---------------------------------------------------------------------------
// 6. Errors
// ---------------------------------------------------------------------------

#[test]
fn unknown_concern_fails_lists_the_valid_ones_and_writes_nothing() {
    let tmp = TempDir::new("bad-concern");
    let (r, out) = render_to(
        &tmp,
        "x.pdf",
        &[
            "--topic",
            TOPIC,
            "--concern",
            "made-to-speak",
            "--concern",
            "too-shy",
        ],
    );
    r.assert_failed();
    assert!(
        r.first_line().contains("error:") && r.first_line().contains("`too-shy`"),
        "{}",
        r.stderr
    );
    let hint = r
        .stderr
        .lines()
        .find(|l| l.trim_start().starts_with("hint:"))
        .expect("a hint line");
    for id in CONCERNS {
        assert!(hint.contains(id), "hint lacks `{id}`: {hint}");
    }
    assert!(!out.exists(), "no PDF on failure");
    assert!(
        tmp.entries().is_empty(),
        "left files behind: {:?}",
        tmp.entries()
    );
}

#[test]
fn unknown_topic_fails_and_lists_the_topics() {
    let tmp = TempDir::new("bad-topic");
    let out = tmp.join("x.pdf");
    let r = run(handout()
        .args(["render", "--topic", "first-meetings", "-o"])
        .arg(&out));
    r.assert_failed();
    assert!(r.first_line().contains("`first-meetings`"), "{}", r.stderr);
    let hint = r
        .stderr
        .lines()
        .find(|l| l.contains("hint:"))
        .expect("a hint line");
    assert!(
        hint.contains("first-meeting") && hint.contains(TOPIC),
        "{hint}"
    );
    assert!(!out.exists());
}

#[test]
fn unknown_locale_fails_and_lists_the_locales() {
    let tmp = TempDir::new("bad-locale");
    let (r, out) = render_to(&tmp, "x.pdf", &["--topic", TOPIC, "--locale", "fr"]);
    r.assert_failed();
    assert!(r.first_line().contains("`fr`"), "{}", r.stderr);
    let hint = r
        .stderr
        .lines()
        .find(|l| l.contains("hint:"))
        .expect("a hint line");
    assert!(hint.contains("en-US") && hint.contains("es"), "{hint}");
    assert!(!out.exists());
}

/// Line and column (1-based, in characters) of the first whole-word use of
/// `word` outside comments.
fn word_position(text: &str, word: &str) -> (usize, usize) {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.';
    for (i, line) in text.lines().enumerate() {
        let code = line.split('#').next().unwrap_or("");
        for (at, _) in code.match_indices(word) {
            let before = code[..at].chars().next_back();
            let after = code[at + word.len()..].chars().next();
            if !before.is_some_and(is_word) && !after.is_some_and(is_word) {
                return (i + 1, code[..at].chars().count() + 1);
            }
        }
    }
    panic!("`{word}` is not used");
}

#[test]
fn missing_message_points_at_the_topic_line_that_asks_for_it() {
    let missing = "tsm-religion-answer";
    let fixture = "tests/fixtures/missing-message";
    // The fixture is the built-in file without that one message.
    let full = ftl("locales/es/twelve-step-meetings.ftl");
    let cut = ftl(&format!("{fixture}/locales/es/twelve-step-meetings.ftl"));
    let expected: BTreeSet<&String> = full.keys().filter(|k| *k != missing).collect();
    assert_eq!(
        cut.keys().collect::<BTreeSet<_>>(),
        expected,
        "fixture out of date with locales/es"
    );

    let tmp = TempDir::new("missing-message");
    let (r, out) = render_to(
        &tmp,
        "x.pdf",
        &["--topic", TOPIC, "--locale", "es", "--content", fixture],
    );
    r.assert_failed();
    let yaml = read_builtin(TOPIC_FILE);
    let (line, col) = word_position(&yaml, missing);
    assert_eq!(
        r.first_line(),
        format!(
            "{TOPIC_FILE}:{line}:{col}: error: message `{missing}` is missing from locale `es`"
        )
    );
    let source_line = yaml.lines().nth(line - 1).expect("line");
    assert!(
        r.stderr.contains(&format!("{line} | {source_line}\n")),
        "snippet:\n{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(&"^".repeat(missing.len())),
        "caret under the id:\n{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("hint:") && r.stderr.contains("--allow-fallback"),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
}

#[test]
fn allow_fallback_prints_the_missing_message_in_english_with_a_warning() {
    let tmp = TempDir::new("fallback");
    let (r, out) = render_to(
        &tmp,
        "x.pdf",
        &[
            "--topic",
            TOPIC,
            "--locale",
            "es",
            "--concern",
            "religion",
            "--content",
            "tests/fixtures/missing-message",
            "--allow-fallback",
        ],
    );
    r.assert_ok();
    assert!(
        r.stderr.contains("warning:") && r.stderr.contains("`tsm-religion-answer`"),
        "one warning per fallback message:\n{}",
        r.stderr
    );
    let doc = Document::load_mem(&std::fs::read(out).expect("pdf")).expect("load");
    let text = all_text(&doc);
    let en = ftl("locales/en-US/twelve-step-meetings.ftl");
    let es = ftl("locales/es/twelve-step-meetings.ftl");
    assert_has(&text, msg(&en, "tsm-religion-answer"), "English fallback");
    assert_has(
        &text,
        msg(&es, "tsm-religion-worry"),
        "the rest stays Spanish",
    );
}

#[test]
fn yaml_syntax_error_shows_the_overlay_path_line_and_column() {
    let fixture = "tests/fixtures/bad-yaml";
    let path = format!("{fixture}/{TOPIC_FILE}");
    let text = read_builtin(&path);
    assert_eq!(
        text.lines().nth(7).and_then(|l| l.chars().nth(33)),
        Some(']'),
        "fixture: stray `]` at 8:34"
    );

    let tmp = TempDir::new("bad-yaml");
    let (r, out) = render_to(&tmp, "x.pdf", &["--topic", TOPIC, "--content", fixture]);
    r.assert_failed();
    let prefix = format!("{path}:8:34: error: ");
    assert!(
        r.first_line().starts_with(&prefix),
        "expected `{prefix}...`, got:\n{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("8 | intro: [tsm-intro-1, tsm-intro-2]]"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .lines()
            .any(|l| l.trim_start().starts_with("hint: ")),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
}

#[test]
fn unknown_field_in_a_topic_is_reported_at_its_line() {
    let fixture = "tests/fixtures/unknown-field";
    let path = format!("{fixture}/{TOPIC_FILE}");
    let (line, col) = word_position(&read_builtin(&path), "titel");

    let tmp = TempDir::new("unknown-field");
    let (r, _) = render_to(&tmp, "x.pdf", &["--topic", TOPIC, "--content", fixture]);
    r.assert_failed();
    let first = r.first_line();
    assert!(
        first.starts_with(&format!("{path}:{line}:{col}: error: ")),
        "{}",
        r.stderr
    );
    assert!(first.contains("unknown field `titel`"), "{first}");
    assert!(first.contains("`title`"), "lists the valid fields: {first}");
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
}

#[test]
fn fluent_syntax_error_shows_the_ftl_line_and_column() {
    // The built-in leaflet.ftl with the `=` of one message deleted.
    let tmp = TempDir::new("bad-ftl");
    let rel = "locales/en-US/leaflet.ftl";
    let (content, text) = overlay_with(
        &tmp,
        rel,
        "leaflet-answer-label = ",
        "leaflet-answer-label ",
    );
    // Where the `=` was expected: the message's first word.
    let (line, col) = position_of(&text, "leaflet-answer-label ");
    let col = col + "leaflet-answer-label ".len();

    let (r, out) = render_to(&tmp, "x.pdf", &["--topic", TOPIC, "--content", s(&content)]);
    r.assert_failed();
    let prefix = format!(
        "{}/{rel}:{line}:{col}: error: Fluent syntax: ",
        content.display()
    );
    assert!(
        r.first_line().starts_with(&prefix),
        "expected `{prefix}...`, got:\n{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    assert!(!out.exists());
}

#[test]
fn unknown_markup_element_from_a_template_is_an_error() {
    let tmp = TempDir::new("blink");
    let (r, out) = render_to(
        &tmp,
        "x.pdf",
        &[
            "--topic",
            TOPIC,
            "--content",
            "tests/fixtures/blink-template",
        ],
    );
    r.assert_failed();
    assert!(
        r.first_line().contains("error:") && r.first_line().contains("`<blink>`"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    assert!(!out.exists());
}

#[test]
fn emit_markup_to_stdout() {
    let tmp = TempDir::new("markup");
    let r = run(handout().args([
        "render",
        "--topic",
        TOPIC,
        "--locale",
        "es",
        "--concern",
        "religion",
        "--emit",
        "markup",
        "-o",
        "-",
    ]));
    r.assert_ok();
    let markup = r.stdout_text();
    assert!(markup.starts_with("<leaflet"), "{markup}");
    assert!(markup.contains("lang=\"es\""), "{markup}");
    assert!(markup.trim_end().ends_with("</leaflet>"), "{markup}");
    let es = ftl("locales/es/twelve-step-meetings.ftl");
    assert!(markup.contains(msg(&es, "tsm-religion-worry")), "{markup}");
    assert!(
        !markup.contains(msg(&es, "tsm-made-to-speak-worry")),
        "{markup}"
    );

    // The same markup as written to a file.
    let (r, out) = render_to(
        &tmp,
        "m.xml",
        &[
            "--topic",
            TOPIC,
            "--locale",
            "es",
            "--concern",
            "religion",
            "--emit",
            "markup",
        ],
    );
    r.assert_ok();
    assert_eq!(std::fs::read_to_string(out).expect("markup file"), markup);
}

#[test]
fn pdf_to_stdout_matches_the_file() {
    let tmp = TempDir::new("stdout");
    let (file, _) = render_pdf(&tmp, "a.pdf", &["--topic", TOPIC, "--concern", "religion"]);
    let r = run(handout().args([
        "render",
        "--topic",
        TOPIC,
        "--concern",
        "religion",
        "-o",
        "-",
    ]));
    r.assert_ok();
    assert!(r.stdout == file, "PDF on stdout differs from the file");
}

#[test]
fn default_output_name_is_topic_and_locale() {
    let tmp = TempDir::new("default-name");
    let r = run(handout().current_dir(tmp.path()).args([
        "render",
        "--topic",
        TOPIC,
        "--locale",
        "es-MX",
        "--concern",
        "religion",
    ]));
    r.assert_ok();
    assert_eq!(tmp.entries(), vec![format!("{TOPIC}-es.pdf")]);
}

#[test]
fn unwritable_output_fails_with_its_path() {
    let tmp = TempDir::new("unwritable");
    let out = tmp.join("no-such-folder").join("x.pdf");
    let r = run(handout().args(["render", "--topic", TOPIC, "-o"]).arg(&out));
    r.assert_failed();
    assert!(
        r.first_line()
            .starts_with(&format!("{}: error: ", out.display())),
        "{}",
        r.stderr
    );
    assert!(
        tmp.entries().is_empty(),
        "left files behind: {:?}",
        tmp.entries()
    );
}

#[test]
fn bad_source_date_epoch_is_an_error() {
    let tmp = TempDir::new("bad-epoch");
    let out = tmp.join("x.pdf");
    let r = run(handout()
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .args(["render", "--topic", TOPIC, "-o"])
        .arg(&out));
    r.assert_failed();
    assert!(r.first_line().contains("SOURCE_DATE_EPOCH"), "{}", r.stderr);
    assert!(!out.exists());
}

// ---------------------------------------------------------------------------
// 7. Paper
// ---------------------------------------------------------------------------

/// Renders with only `LANG` set among the locale variables.
fn render_with_lang(tmp: &TempDir, name: &str, lang: &str, extra: &[&str]) -> Document {
    let out = tmp.join(name);
    let r = run(handout()
        .lang_only(Some(lang))
        .args(["render", "--topic", TOPIC, "--concern", "religion", "-o"])
        .arg(&out)
        .args(extra));
    r.assert_ok();
    Document::load_mem(&std::fs::read(out).expect("pdf")).expect("load")
}

#[test]
fn paper_flag_sets_the_page_size() {
    let tmp = TempDir::new("paper-flag");
    let (_, letter) = render_pdf(&tmp, "letter.pdf", &["--topic", TOPIC, "--paper", "letter"]);
    assert_letter(&letter);
    let (_, a4) = render_pdf(&tmp, "a4.pdf", &["--topic", TOPIC, "--paper", "a4"]);
    assert_a4(&a4);
}

#[test]
fn paper_follows_the_region_of_lang() {
    let tmp = TempDir::new("paper-env");
    assert_letter(&render_with_lang(&tmp, "us.pdf", "en_US.UTF-8", &[]));
    assert_a4(&render_with_lang(&tmp, "de.pdf", "de_DE.UTF-8", &[]));
    // The region, not the language: Spanish in the US is Letter.
    assert_letter(&render_with_lang(
        &tmp,
        "es-us.pdf",
        "es_US.UTF-8",
        &["--locale", "es"],
    ));
    // The flag wins over the environment.
    assert_a4(&render_with_lang(
        &tmp,
        "us-a4.pdf",
        "en_US.UTF-8",
        &["--paper", "a4"],
    ));
}

#[test]
fn clinic_profile_prints_the_clinic_and_its_paper_beats_the_environment() {
    let tmp = TempDir::new("clinic");
    let doc = render_with_lang(
        &tmp,
        "c.pdf",
        "de_DE.UTF-8",
        &["--clinic", "tests/fixtures/clinic/clinic.yaml"],
    );
    assert_letter(&doc);
    let text = all_text(&doc);
    assert_has(&text, "Riverside Recovery Clinic", "clinic name");
    assert_has(&text, "555-0134", "clinic phone");
    assert_lacks(
        &text,
        "____",
        "no blanks to fill in when the clinic is known",
    );
    assert!(
        !info_string(&doc, "Title").contains("Riverside"),
        "clinic not in the title"
    );
}

// ---------------------------------------------------------------------------
// 8-9. list, usage errors
// ---------------------------------------------------------------------------

#[test]
fn list_shows_topics_concerns_and_locales() {
    let r = run(handout().arg("list"));
    r.assert_ok();
    let out = r.stdout_text();
    for topic in ["first-meeting", TOPIC] {
        assert!(
            out.contains(&format!("  {topic} ")),
            "topic {topic}:\n{out}"
        );
    }
    for id in CONCERNS {
        assert!(
            out.contains(&format!("--concern {id}\n")),
            "concern {id}:\n{out}"
        );
    }
    assert!(
        out.contains("en-US") && out.contains("es "),
        "locales:\n{out}"
    );
    // The wordings a clinic profile may choose, under their concern.
    assert!(
        out.contains("--concern maintenance-medication\n        wording (clinic profile): balanced (default), candid, welcoming-meetings-listed\n"),
        "wordings:\n{out}"
    );

    let ids: Vec<String> = topic_concerns().into_iter().map(|c| c.id).collect();
    assert_eq!(ids, CONCERNS, "the topic's concerns");
}

#[test]
fn list_as_json() {
    let r = run(handout().args(["list", "--format", "json"]));
    r.assert_ok();
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).expect("valid JSON");
    let topics = v["topics"].as_array().expect("topics array");
    let ids: Vec<&str> = topics
        .iter()
        .map(|t| t["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["first-meeting", TOPIC]);
    let tsm = &topics[1];
    let concerns: Vec<&str> = tsm["concerns"]
        .as_array()
        .expect("concerns")
        .iter()
        .map(|c| c.as_str().expect("str"))
        .collect();
    assert_eq!(concerns, CONCERNS);
    assert_eq!(tsm["review_date"], "2026-11-01");
    assert_eq!(
        tsm["wording"]["maintenance-medication"],
        serde_json::json!({"default": "balanced", "variants": ["balanced", "candid", "welcoming-meetings-listed"]})
    );
    let locales = v["locales"].as_array().expect("locales array");
    let locs: Vec<(&str, &str)> = locales
        .iter()
        .map(|l| {
            (
                l["id"].as_str().expect("id"),
                l["status"].as_str().expect("status"),
            )
        })
        .collect();
    assert_eq!(
        locs,
        [
            ("ar", "draft"),
            ("en-US", "reviewed"),
            ("es", "draft"),
            ("ru", "draft"),
            ("vi", "draft"),
            ("zh-Hans", "draft")
        ]
    );
}

#[test]
fn usage_errors_exit_2() {
    let tmp = TempDir::new("usage");
    let out = tmp.join("x.pdf");
    let r = run(handout().args(["render", "-o"]).arg(&out));
    assert_eq!(r.code, 2, "missing --topic; stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("--topic"), "{}", r.stderr);
    let r = run(handout()
        .args(["render", "--topic", TOPIC, "--paper", "a3", "-o"])
        .arg(&out));
    assert_eq!(r.code, 2, "bad --paper; stderr:\n{}", r.stderr);
    let r = run(&mut handout());
    assert_eq!(r.code, 2, "no subcommand; stderr:\n{}", r.stderr);
    assert!(!out.exists());
    let r = run(handout().arg("--help"));
    assert_eq!(r.code, 0, "--help is not an error");
}

// ---------------------------------------------------------------------------
// 10. Content overlay
// ---------------------------------------------------------------------------

#[test]
fn overlay_replaces_a_builtin_message() {
    let tmp = TempDir::new("overlay");
    let builtin = msg(&ftl("locales/en-US/leaflet.ftl"), "leaflet-talk-heading").to_string();
    let replaced = "Bring this leaflet to your next visit";
    let (content, _) = overlay_line(
        &tmp,
        "locales/en-US/leaflet.ftl",
        "leaflet-talk-heading = ",
        &format!("leaflet-talk-heading = {replaced}"),
    );
    assert_ne!(builtin, replaced);

    let (_, plain) = render_pdf(
        &tmp,
        "plain.pdf",
        &["--topic", TOPIC, "--concern", "religion"],
    );
    assert_has(&all_text(&plain), &builtin, "built-in heading");
    let (_, over) = render_pdf(
        &tmp,
        "over.pdf",
        &[
            "--topic",
            TOPIC,
            "--concern",
            "religion",
            "--content",
            s(&content),
        ],
    );
    let text = all_text(&over);
    assert_has(&text, replaced, "overlay heading");
    assert_lacks(&text, &builtin, "built-in heading");
    // The rest still comes from the built-in content.
    assert_has(
        &text,
        msg(
            &ftl("locales/en-US/twelve-step-meetings.ftl"),
            "tsm-religion-worry",
        ),
        "topic text",
    );
}

// ---------------------------------------------------------------------------
// Regression tests for bugs found in src/ (each fixed).
// ---------------------------------------------------------------------------

#[test]
fn emit_markup_works_when_the_markup_is_malformed() {
    let fixture = "tests/fixtures/malformed-template";
    let tmp = TempDir::new("malformed");
    let (r, _) = render_to(&tmp, "x.pdf", &["--topic", TOPIC, "--content", fixture]);
    r.assert_failed();
    assert!(
        r.stderr.contains("--emit markup"),
        "the hint points at --emit markup:\n{}",
        r.stderr
    );

    let r = run(handout().args([
        "render",
        "--topic",
        TOPIC,
        "--content",
        fixture,
        "--emit",
        "markup",
        "-o",
        "-",
    ]));
    assert_eq!(
        r.code, 0,
        "--emit markup should print the text to debug; stderr:\n{}",
        r.stderr
    );
    assert!(
        r.stdout_text().contains("</b>"),
        "the broken markup is shown"
    );
}

/// The subcommands a `--help` lists under `Commands:`.
fn subcommands(help: &str) -> BTreeSet<String> {
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// The commands a run's hints suggest: what follows `handout ` in each
/// `hint:` line, up to the closing backtick (or `;` or the line's end).
fn suggested_commands(said: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in said.lines().filter(|l| l.trim_start().starts_with("hint:")) {
        for (at, _) in line.match_indices("handout ") {
            let rest = &line[at + "handout ".len()..];
            let end = rest.find(['`', ';']).unwrap_or(rest.len());
            out.push(rest[..end].trim().to_string());
        }
    }
    out
}

/// Every error whose hint suggests a `handout` command, provoked; each
/// suggested subcommand (and sub-subcommand) is listed by `--help`, and
/// each `--flag` it shows by that subcommand's `--help`.
#[test]
fn hints_only_suggest_commands_that_exist() {
    let tmp = TempDir::new("hint-commands");
    let mut provoked: Vec<(&str, String)> = Vec::new();
    let said = |r: &Run| format!("{}{}", r.stdout_text(), r.stderr);

    // Markup that is not well-formed: `handout render ... --emit markup`.
    let (r, _) = render_to(
        &tmp,
        "x.pdf",
        &[
            "--topic",
            TOPIC,
            "--content",
            "tests/fixtures/malformed-template",
        ],
    );
    r.assert_failed();
    provoked.push(("malformed markup", said(&r)));

    // A stale translation: `handout check --accept ...`.
    let content = tmp.join("content");
    run(handout().args(["locale", "new", "fr", "--content", s(&content)])).assert_ok();
    overlay_with(
        &tmp,
        "locales/en-US/leaflet.ftl",
        "leaflet-talk-heading = Talk it over with us",
        "leaflet-talk-heading = Talk it through with us",
    );
    let r = run(handout().args(["check", "--locale", "fr", "--content", s(&content)]));
    r.assert_ok();
    provoked.push(("stale translation", said(&r)));

    // A tag that is not BCP 47 for `locale new`: `handout locale new fr`.
    // (One with a `/` is a usage error of the command line, with no hint.)
    let r = run(handout().args(["locale", "new", "abcdefghij", "--content", s(&content)]));
    r.assert_failed();
    provoked.push(("bad tag", said(&r)));

    let top = subcommands(&run(handout().arg("--help")).stdout_text());
    assert!(top.contains("render") && top.contains("locale"), "{top:?}");
    for (what, said) in &provoked {
        let commands = suggested_commands(said);
        assert!(
            !commands.is_empty(),
            "{what}: no hint names a `handout` command:\n{said}"
        );
        for command in commands {
            let words: Vec<&str> = command.split_whitespace().collect();
            let sub = words[0];
            assert!(
                top.contains(sub),
                "{what}: a hint suggests `handout {command}`, but `{sub}` is not a command of {top:?}"
            );
            let help = run(handout().args([sub, "--help"]));
            help.assert_ok();
            let help = help.stdout_text();
            let nested = subcommands(&help);
            let help = match words.get(1) {
                Some(next) if !nested.is_empty() => {
                    assert!(
                        nested.contains(*next),
                        "{what}: a hint suggests `handout {command}`, but `{next}` is not a command of `handout {sub}`: {nested:?}"
                    );
                    let h = run(handout().args([sub, next, "--help"]));
                    h.assert_ok();
                    h.stdout_text()
                }
                _ => help,
            };
            for flag in words.iter().filter(|w| w.starts_with("--")) {
                assert!(
                    help.contains(flag),
                    "{what}: a hint suggests `handout {command}`, but `{flag}` is not an option of it:\n{help}"
                );
            }
        }
    }
}

#[test]
fn bad_value_in_a_topic_is_reported_at_its_line() {
    let fixture = "tests/fixtures/bad-value";
    let path = format!("{fixture}/{TOPIC_FILE}");
    let (line, col) = word_position(&read_builtin(&path), "2026-13-01");
    let tmp = TempDir::new("bad-value");
    let (r, _) = render_to(&tmp, "x.pdf", &["--topic", TOPIC, "--content", fixture]);
    r.assert_failed();
    assert!(
        r.first_line().contains("`2026-13-01` is not a date"),
        "{}",
        r.stderr
    );
    assert!(
        r.first_line()
            .starts_with(&format!("{path}:{line}:{col}: error: ")),
        "expected {path}:{line}:{col}, got:\n{}",
        r.stderr
    );
}

#[test]
fn markup_error_from_an_overlay_template_names_the_overlay_file() {
    let fixture = "tests/fixtures/blink-template";
    let tmp = TempDir::new("blink-path");
    let (r, _) = render_to(&tmp, "x.pdf", &["--topic", TOPIC, "--content", fixture]);
    r.assert_failed();
    assert!(
        r.first_line()
            .starts_with(&format!("{fixture}/templates/leaflet.tera")),
        "{}",
        r.stderr
    );
}

/// `handout render` of the English first-meeting leaflet with a content
/// folder and a clinic profile.
fn render_first_meeting(
    content: &std::path::Path,
    clinic: &std::path::Path,
    out: &std::path::Path,
) -> Run {
    run(handout_pinned()
        .args(["render", "--topic", "first-meeting", "--locale", "en-US"])
        .arg("--content")
        .arg(content)
        .arg("--clinic")
        .arg(clinic)
        .arg("-o")
        .arg(out))
}

/// A content folder whose English first-meeting messages hold `message`
/// too, a message no leaflet prints.
fn with_unused_message(tmp: &TempDir, message: &str) -> std::path::PathBuf {
    let rel = "locales/en-US/first-meeting.ftl";
    let builtin = read_builtin(rel);
    let first = builtin
        .lines()
        .find(|l| l.starts_with("fm-"))
        .expect("a message");
    overlay_line(tmp, rel, first, &format!("{message}\n{first}")).0
}

/// A character no font draws that comes from the clinic profile is reported
/// as layout found it, not blamed on a line of the locale's files that
/// happens to hold another undrawable character (every such line replaced
/// the real error).
#[test]
fn a_clinic_name_no_font_draws_is_not_blamed_on_the_locale_files() {
    let tmp = TempDir::new("glyph-from-clinic");
    let content = with_unused_message(&tmp, "unused-thai = \u{0E01}");
    let clinic = tmp.write("clinic.yaml", "name: Clinic \u{0E02}\n");
    let r = render_first_meeting(&content, &clinic, &tmp.join("x.pdf"));
    r.assert_failed();
    assert!(
        r.stderr.contains("no font can draw `\u{0E02}` (U+0E02)"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("first-meeting.ftl"), "{}", r.stderr);
    assert!(!tmp.join("x.pdf").exists());
}

/// The same character in the clinic's name and in a message the leaflet
/// does not print: layout's errors (the clinic's name, and the sentence it
/// is in) stay, and the unused message is not blamed. The character in a
/// message the leaflet prints is blamed on that message's line.
#[test]
fn a_character_is_blamed_only_on_a_message_the_leaflet_prints() {
    let tmp = TempDir::new("glyph-same-char");
    let content = with_unused_message(&tmp, "unused-georgian = Hello \u{10D0}");
    let clinic = tmp.write("clinic.yaml", "name: Clinic \u{10D0}\n");
    let render =
        |content: &std::path::Path| render_first_meeting(content, &clinic, &tmp.join("x.pdf"));
    let r = render(&content);
    r.assert_failed();
    assert!(!r.stderr.contains("unused-georgian"), "{}", r.stderr);
    assert!(
        r.stderr.contains("note: in the text: \"Clinic \u{10D0}\""),
        "{}",
        r.stderr
    );
    assert!(!tmp.join("x.pdf").exists());

    // Now the title writes it too: blamed on the title's line, and the
    // clinic's name still reported.
    let rel = "locales/en-US/first-meeting.ftl";
    let builtin = read_builtin(rel);
    let title = builtin
        .lines()
        .find(|l| l.starts_with("fm-title = "))
        .expect("the title");
    let tmp2 = TempDir::new("glyph-same-char-title");
    let (content, text) = overlay_line(
        &tmp2,
        rel,
        title,
        &format!("{title} \u{10D0}\nunused-georgian = Hello \u{10D0}"),
    );
    let r = render(&content);
    r.assert_failed();
    let at = text
        .find(&format!("{title} \u{10D0}"))
        .expect("the new title")
        + title.len()
        + 1;
    let (line, col) = line_col(&text, at);
    assert!(
        r.stderr.contains(&format!("first-meeting.ftl:{line}:{col}: error: no font can draw `\u{10D0}` (U+10D0) in message `fm-title`")),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("unused-georgian"), "{}", r.stderr);
    assert!(
        r.stderr.contains("in the text: \"Clinic \u{10D0}\""),
        "{}",
        r.stderr
    );
}

// ---------------------------------------------------------------------------
// Inline markup in messages
// ---------------------------------------------------------------------------

const TSM_FTL: &str = "locales/en-US/twelve-step-meetings.ftl";

/// The font (/BaseFont) each word of the leaflet is drawn in, by word.
fn word_fonts(doc: &Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for page in pages(doc) {
        for run in &page.runs {
            for w in run.text().split_whitespace() {
                out.push((w.to_string(), run.font.clone()));
            }
        }
    }
    out
}

/// Every URI a link annotation of the document leads to.
fn link_uris(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for id in doc.get_pages().values() {
        let page = doc.get_dictionary(*id).expect("page");
        let Ok(annots) = page.get(b"Annots") else {
            continue;
        };
        for a in deref(doc, annots).as_array().expect("/Annots") {
            let a = deref(doc, a).as_dict().expect("annotation");
            let Ok(action) = a.get(b"A") else { continue };
            let action = deref(doc, action).as_dict().expect("/A");
            if let Ok(Object::String(uri, _)) = action.get(b"URI").map(|u| deref(doc, u)) {
                out.push(String::from_utf8_lossy(uri).into_owned());
            }
        }
    }
    out
}

/// A message was plain text: `<strong>` printed as "<strong>". Now a body
/// message may carry `<strong>`, `<em>` and an https/mailto/tel link: the
/// strong words come out in the bold face, the emphasized in the italic
/// one, the link as a link.
#[test]
fn inline_markup_in_a_message_prints_bold_italic_and_links() {
    let tmp = TempDir::new("inline-markup");
    let (content, _) = overlay_line(
        &tmp,
        TSM_FTL,
        "tsm-intro-1 = ",
        "tsm-intro-1 = NA and AA are <strong>Boldgroups</strong> of <em>Italicpeople</em> who <a href=\"https://example.org/na?x=1&y=2\">Linkwords</a> & help.",
    );
    let (_, doc) = render_pdf(
        &tmp,
        "x.pdf",
        &[
            "--topic",
            TOPIC,
            "--locale",
            "en-US",
            "--content",
            s(&content),
        ],
    );
    let fonts = word_fonts(&doc);
    let font_of = |word: &str| {
        fonts
            .iter()
            .find(|(w, _)| w == word)
            .map(|(_, f)| f.clone())
            .unwrap_or_else(|| panic!("`{word}` not drawn: {fonts:?}"))
    };
    assert!(
        font_of("Boldgroups").ends_with("NotoSans-Bold"),
        "{}",
        font_of("Boldgroups")
    );
    assert!(
        font_of("Italicpeople").ends_with("NotoSans-Italic"),
        "{}",
        font_of("Italicpeople")
    );
    assert!(
        font_of("who").ends_with("NotoSans-Regular"),
        "{}",
        font_of("who")
    );
    assert!(
        link_uris(&doc).contains(&"https://example.org/na?x=1&y=2".to_string()),
        "{:?}",
        link_uris(&doc)
    );
    let text = all_text(&doc);
    assert_contains(
        &text,
        "Linkwords & help.",
        "the link's words and the ampersand",
    );
    assert_not_contains(&text, "strong>", "no tag printed");
}

/// Anything but the three tags is an error at the tag in the FTL file,
/// naming the tags a message may use; nothing is written.
#[test]
fn script_or_b_in_a_message_is_an_error_at_its_ftl_line() {
    for (tag, line) in [
        (
            "<script>",
            "tsm-intro-1 = NA and AA <script>alert(1)</script> help.",
        ),
        ("<b>", "tsm-intro-1 = NA and AA are <b>groups</b>."),
        (
            "<a href=\"javascript:alert(1)\">",
            "tsm-intro-1 = See <a href=\"javascript:alert(1)\">this</a>.",
        ),
        ("<strong", "tsm-intro-1 = An <strong>open tag."),
    ] {
        let tmp = TempDir::new("inline-markup-bad");
        let (content, text) = overlay_line(&tmp, TSM_FTL, "tsm-intro-1 = ", line);
        let (r, out) = render_to(
            &tmp,
            "x.pdf",
            &[
                "--topic",
                TOPIC,
                "--locale",
                "en-US",
                "--content",
                s(&content),
            ],
        );
        r.assert_failed();
        let (l, c) = position_of(&text, tag);
        let path = content.join(TSM_FTL);
        let want = format!("{}:{l}:{c}: error: ", path.display());
        assert!(
            r.first_line().starts_with(&want),
            "{tag}: want `{want}`:\n{}",
            r.stderr
        );
        assert!(r.first_line().contains("tsm-intro-1"), "{}", r.stderr);
        assert!(
            r.stderr.contains("hint:")
                && r.stderr.contains("<strong>")
                && r.stderr.contains("<em>")
                && r.stderr.contains("<a href="),
            "the hint names the allowed tags:\n{}",
            r.stderr
        );
        assert!(!out.exists(), "nothing written");
    }
    // A heading takes no markup (it is a bookmark).
    let tmp = TempDir::new("inline-markup-heading");
    let (content, text) = overlay_line(
        &tmp,
        TSM_FTL,
        "tsm-two-kinds-heading = ",
        "tsm-two-kinds-heading = Two <em>kinds</em>",
    );
    let (r, _) = render_to(
        &tmp,
        "x.pdf",
        &[
            "--topic",
            TOPIC,
            "--locale",
            "en-US",
            "--content",
            s(&content),
        ],
    );
    r.assert_failed();
    let (l, c) = position_of(&text, "<em>");
    assert!(
        r.first_line().starts_with(&format!(
            "{}:{l}:{c}: error: ",
            content.join(TSM_FTL).display()
        )),
        "{}",
        r.stderr
    );
}

/// The patient's name and the clinic's values are arguments, never markup:
/// a name written as markup prints as it is written, in the regular face.
#[test]
fn a_patient_name_written_as_markup_prints_literally() {
    let tmp = TempDir::new("inline-markup-name");
    let (_, doc) = render_pdf(
        &tmp,
        "x.pdf",
        &[
            "--topic",
            TOPIC,
            "--locale",
            "en-US",
            "--patient-name",
            "<strong>x</strong>",
        ],
    );
    let text = all_text(&doc);
    assert_contains(&text, "<strong>x</strong>", "the name as written");
}
