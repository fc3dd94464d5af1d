//! The HTML twin (`render -o x.html`, `--format html`, a batch row named
//! `.html`): the same words as the PDF, the page's language and direction,
//! nothing loaded from outside, no script, and the patient's name kept out
//! of the page's title. (The browser checks, axe-core in Chromium, run in
//! `.ci/run`.)

use crate::support::*;
use std::collections::BTreeSet;

/// The text a reader sees: the body without tags, entities decoded.
fn visible_text(html: &str) -> String {
    let body = &html[html.find("<body>").expect("a body")..];
    let mut out = String::new();
    let mut tag: Option<String> = None;
    for c in body.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(t), '>') => {
                // Inline elements join their words; blocks separate them.
                let name: String = t
                    .trim_start_matches('/')
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                if !["span", "strong", "em", "a"].contains(&name.as_str()) {
                    out.push(' ');
                }
                tag = None;
            }
            (Some(t), c) => t.push(c),
            (None, c) => out.push(c),
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Words of a text: runs of letters and digits, lower-cased; for Chinese,
/// each character (lines break between characters, not at spaces).
fn word_set(text: &str, chinese: bool) -> BTreeSet<String> {
    if chinese {
        return text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .map(|c| c.to_lowercase().to_string())
            .collect();
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn the_html_twin_has_the_words_of_the_pdf_in_every_topic_and_locale() {
    let tmp = TempDir::new("twin");
    for locale in LOCALES {
        let rtl = locale == "ar";
        let chinese = locale.starts_with("zh");
        let footer_page = msg(
            &ftl(&format!("locales/{locale}/leaflet.ftl")),
            "leaflet-footer-page",
        )
        .to_string();
        for topic in [TSM, FM] {
            let args = [
                "render", "--topic", topic, "--locale", locale, "--paper", "a4",
            ];
            let clinic = root().join("examples/clinic.yaml");
            let pdf = tmp.join(&format!("{topic}-{locale}.pdf"));
            let html = tmp.join(&format!("{topic}-{locale}.html"));
            for out in [&pdf, &html] {
                run(handout_pinned()
                    .args(args)
                    .arg("--clinic")
                    .arg(&clinic)
                    .arg("-o")
                    .arg(out))
                .assert_ok();
            }
            let (_, doc) = load(&pdf);
            let pages = pages(&doc);
            let mut pdf_text: String = pages.iter().map(|p| page_text(p, rtl)).collect();
            // The footer's "Page X of Y" is for paper only.
            for i in 1..=pages.len() {
                let counter = footer_page
                    .replace("{ $pages }", &pages.len().to_string())
                    .replace("{ $page }", &i.to_string());
                pdf_text = pdf_text.replace(&counter, " ");
            }
            let page = std::fs::read_to_string(&html).expect("the page");
            let pdf_words = word_set(&pdf_text, chinese);
            let html_words = word_set(&visible_text(&page), chinese);
            let missing: Vec<&String> = pdf_words.difference(&html_words).collect();
            let extra: Vec<&String> = html_words.difference(&pdf_words).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{topic} {locale}: in the PDF only: {missing:?}; in the page only: {extra:?}"
            );
            let dir = if rtl { "rtl" } else { "ltr" };
            assert!(
                page.contains(&format!("<html lang=\"{locale}\" dir=\"{dir}\">")),
                "{topic} {locale}: language and direction"
            );
            assert_eq!(page.matches("<h1").count(), 1, "{topic} {locale}: one h1");
            for outside in ["<script", "<link", "src=\"http", "url(", "@import"] {
                assert!(!page.contains(outside), "{topic} {locale}: `{outside}`");
            }
        }
    }
}

#[test]
fn format_html_writes_the_page_to_standard_output() {
    let r = run(handout_pinned().args([
        "render", "--topic", FM, "--locale", "es", "--format", "html", "-o", "-",
    ]));
    r.assert_ok();
    let page = r.stdout_text();
    assert!(
        page.starts_with("<!DOCTYPE html>"),
        "{}",
        &page[..page.len().min(200)]
    );
    assert!(page.contains("<html lang=\"es\" dir=\"ltr\">"));
}

/// The page's title shows in tabs, history and bookmarks: like the PDF's
/// metadata, it never holds the patient's name, which is printed in the
/// page's text only.
#[test]
fn the_patient_name_is_on_the_page_but_not_in_its_title_or_head() {
    let tmp = TempDir::new("twin-name");
    let out = tmp.join("x.html");
    run(handout_pinned()
        .args(["render", "--topic", FM, "--locale", "en-US"])
        .args(["--patient-name", "Zebulon Quartermaine", "-o"])
        .arg(&out))
    .assert_ok();
    let page = std::fs::read_to_string(&out).expect("the page");
    let head = &page[..page.find("<body>").expect("a body")];
    assert!(!head.contains("Zebulon"), "{head}");
    assert!(visible_text(&page).contains("Zebulon Quartermaine"));
}

/// A batch row whose output ends in `.html` is the HTML twin, and a rerun
/// finds it up to date by the id in its head.
#[test]
fn a_batch_row_named_html_writes_the_twin_and_is_up_to_date_on_rerun() {
    let tmp = TempDir::new("twin-batch");
    tmp.write(
        "m.csv",
        "topic,locale,output\nfirst-meeting,es,fm-es.html\nfirst-meeting,es,fm-es.pdf\n",
    );
    let batch = || run(handout_in(tmp.path()).args(["batch", "m.csv", "--out-dir", "out", "-q"]));
    let r = batch();
    r.assert_ok();
    let page = std::fs::read_to_string(tmp.join("out/fm-es.html")).expect("the page");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(std::fs::read(tmp.join("out/fm-es.pdf"))
        .expect("the PDF")
        .starts_with(b"%PDF"));
    let r = batch();
    r.assert_ok();
    assert!(r.stderr.contains("0 written, 2 up to date"), "{}", r.stderr);
}

/// Every built-in topic in every locale, as a page with the example
/// clinic's logo and QR code: axe-core finds no WCAG 2.1 A/AA violation in
/// Chromium, nothing is loaded from outside, each page has words, one h1
/// and no script. Skips (with a message) without Chromium, node and
/// tests/browser's npm packages; `.ci/run` installs them and sets
/// HANDOUT_BROWSER_TESTS, which turns a skip into a failure.
#[test]
fn the_html_twin_passes_axe_in_a_real_browser() {
    let (chromium, node) = match crate::serve::browser_tools() {
        Ok(t) => t,
        Err(why) => {
            assert!(
                std::env::var_os("HANDOUT_BROWSER_TESTS").is_none(),
                "HANDOUT_BROWSER_TESTS is set but the browser test cannot run: {why}"
            );
            eprintln!("skipped the HTML twin's browser test: {why}");
            return;
        }
    };
    let tmp = TempDir::new("twin-browser");
    let clinic = root().join("examples/clinic.yaml");
    let mut pages = Vec::new();
    for locale in LOCALES {
        for topic in [TSM, FM] {
            let page = tmp.join(&format!("{topic}-{locale}.html"));
            run(handout_pinned()
                .args(["render", "--topic", topic, "--locale", locale])
                .arg("--clinic")
                .arg(&clinic)
                .arg("-o")
                .arg(&page))
            .assert_ok();
            pages.push(page.display().to_string());
        }
    }
    let out = std::process::Command::new(node)
        .arg(root().join("tests/browser/twin.mjs"))
        .env("CHROMIUM", chromium)
        .env("PAGES", serde_json::to_string(&pages).expect("JSON"))
        .env("OUT_DIR", tmp.path())
        .output()
        .expect("run node");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the browser found problems:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
