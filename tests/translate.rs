//! Translators' checks beyond tests/check.rs: stale translations (`locale
//! new` records the reference text each message was made from in
//! source.lock; `check` warns when that text changes, at the translation's
//! line; `check --accept` records the new text) and plural categories.

mod common;
use common::*;

#[test]
fn changed_reference_text_is_flagged_until_accepted() {
    let tmp = TempDir::new("stale");
    let content = tmp.join("content");
    run(handout()
        .args(["locale", "new", "fr", "--content"])
        .arg(&content))
    .assert_code(0);
    let lock =
        std::fs::read_to_string(content.join("locales/fr/source.lock")).expect("lock written");
    assert!(lock.contains("\n  leaflet-talk-heading: "), "{lock}");

    let check = |extra: &[&str]| {
        run(handout()
            .args(["check", "--locale", "fr", "--format", "short", "--content"])
            .arg(&content)
            .args(extra))
    };
    // A fresh scaffold is up to date.
    let r = check(&[]);
    r.assert_code(0);
    assert!(
        !r.stdout_text().contains("changed since"),
        "{}",
        r.stdout_text()
    );

    // The English heading changes (in the content folder's en-US).
    let en = read_builtin("locales/en-US/leaflet.ftl");
    let changed = en.replace(
        "leaflet-talk-heading = Talk it over with us",
        "leaflet-talk-heading = Talk it through with us",
    );
    assert_ne!(en, changed, "fixture");
    std::fs::create_dir_all(content.join("locales/en-US")).expect("en-US folder");
    tmp.write("content/locales/en-US/leaflet.ftl", &changed);
    let fr = std::fs::read_to_string(content.join("locales/fr/leaflet.ftl")).expect("fr");
    let line = fr
        .lines()
        .position(|l| l.starts_with("leaflet-talk-heading ="))
        .expect("message")
        + 1;
    let expected = format!(
        "{}:{line}:1: warning: the en-US text of `leaflet-talk-heading` changed since it was translated",
        content.join("locales/fr/leaflet.ftl").display()
    );
    let r = check(&[]);
    r.assert_code(0); // a warning, not an error
    let out = r.stdout_text();
    let stale: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("changed since"))
        .collect();
    assert_eq!(stale, [expected.as_str()]);

    // --accept records the new text; the warning is gone.
    let r = check(&["--accept"]);
    r.assert_code(0);
    assert!(
        !r.stdout_text().contains("changed since"),
        "{}",
        r.stdout_text()
    );
    let r = check(&[]);
    assert!(
        !r.stdout_text().contains("changed since"),
        "{}",
        r.stdout_text()
    );
}

#[test]
fn accept_needs_a_content_folder_and_a_locale() {
    let r = run(handout().args(["check", "--accept"]));
    r.assert_code(2);
}

#[test]
fn a_plural_selector_must_name_every_category_of_the_language() {
    let tmp = TempDir::new("plural");
    let content = tmp.join("content");
    // ru itself is built in: a Russian variant for the scaffold.
    run(handout()
        .args(["locale", "new", "ru-UA", "--content"])
        .arg(&content))
    .assert_code(0);
    let file = content.join("locales/ru-UA/leaflet.ftl");
    let mut text = std::fs::read_to_string(&file).expect("scaffold");
    let line = text.lines().count() + 1;
    text.push_str("leaflet-pages = { $n ->\n    [one] страница\n   *[other] страниц\n}\n");
    std::fs::write(&file, &text).expect("write");
    let r = run(handout()
        .args([
            "check",
            "--locale",
            "ru-UA",
            "--format",
            "short",
            "--content",
        ])
        .arg(&content));
    r.assert_code(0); // warnings only
    let out = r.stdout_text();
    let expected = format!(
        "{}:{line}:1: warning: message `leaflet-pages` chooses by number but has no variant for `few`, `many`",
        file.display()
    );
    assert!(
        out.lines().any(|l| l == expected),
        "expected {expected}\n{out}"
    );

    // With every Russian category, no plural warning.
    let full = text.replace(
        "    [one] страница\n",
        "    [one] страница\n    [few] страницы\n    [many] страниц\n",
    );
    std::fs::write(&file, &full).expect("write");
    let r = run(handout()
        .args([
            "check",
            "--locale",
            "ru-UA",
            "--format",
            "short",
            "--content",
        ])
        .arg(&content));
    assert!(
        !r.stdout_text().contains("chooses by number"),
        "{}",
        r.stdout_text()
    );
}
