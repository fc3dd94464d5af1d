//! Translators' checks beyond the `check` module: stale translations (`locale
//! new` records the reference text each message was made from in
//! source.lock; `check` warns when that text changes, at the translation's
//! line; `check --accept` records the new text) and plural categories.

use crate::support::*;

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
    let check = || {
        run(handout()
            .args([
                "check",
                "--locale",
                "ru-UA",
                "--format",
                "short",
                "--content",
            ])
            .arg(&content))
    };
    let r = check();
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
    let r = check();
    assert!(
        !r.stdout_text().contains("chooses by number"),
        "{}",
        r.stdout_text()
    );
}

/// `check` reports content-wide errors too, each at its line: a topic's
/// YAML and a template.
#[test]
fn check_reports_a_topic_schema_error_and_a_template_error_at_their_lines() {
    let tmp = TempDir::new("content-errors");
    let topic = read_builtin("topics/first-meeting.yaml")
        .replace("page-budget: 2", "page-budget: 2\ntitel: fm-title");
    std::fs::create_dir_all(tmp.join("c/topics")).expect("topics");
    let path = tmp.write("c/topics/first-meeting.yaml", &topic);
    let line = topic
        .lines()
        .position(|l| l.starts_with("titel:"))
        .expect("typo")
        + 1;
    let r = run(handout()
        .args(["check", "--format", "short", "--content"])
        .arg(tmp.join("c")));
    r.assert_code(1);
    let out = r.stdout_text();
    let expected = format!("{}:{line}:1: error: unknown field `titel`", path.display());
    assert!(
        out.lines().any(|l| l.starts_with(&expected)),
        "expected {expected}\n{out}"
    );

    let tmp = TempDir::new("template-error");
    std::fs::create_dir_all(tmp.join("c/templates")).expect("templates");
    let template = read_builtin("templates/leaflet.tera").replacen(
        "{%- if leaflet.subtitle %}",
        "{%- if leaflet.subtitle ",
        1,
    );
    let path = tmp.write("c/templates/leaflet.tera", &template);
    let r = run(handout()
        .args(["check", "--format", "short", "--content"])
        .arg(tmp.join("c")));
    r.assert_code(1);
    let out = r.stdout_text();
    let prefix = format!("{}:", path.display());
    let errors: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(&prefix) && l.contains(": error: template:"))
        .collect();
    assert_eq!(errors.len(), 1, "{out}");
}

/// Reading level: English over grade 8 is an error naming the hardest
/// messages.
#[test]
fn english_harder_than_grade_eight_is_an_error() {
    let tmp = TempDir::new("grade");
    std::fs::create_dir_all(tmp.join("c/locales/en-US")).expect("folder");
    let hard = "Pharmacological maintenance interventions necessitate individualized consideration regarding concomitant psychosocial rehabilitation alternatives.";
    let mut text = String::new();
    for line in read_builtin("locales/en-US/twelve-step-meetings.ftl").lines() {
        match line.split_once(" = ") {
            Some((id, _)) if id.starts_with("tsm-") && !line.starts_with(' ') => {
                text.push_str(&format!("{id} = {hard}\n"))
            }
            _ => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    tmp.write("c/locales/en-US/twelve-step-meetings.ftl", &text);
    let r = run(handout()
        .args(["check", "--locale", "en-US", "--content"])
        .arg(tmp.join("c")));
    r.assert_code(1);
    let out = r.stdout_text();
    assert!(
        out.contains("error: the `en-US` leaflets read at flesch-kincaid "),
        "{out}"
    );
    assert!(out.contains("(aim: at most 6)"), "{out}");
    assert!(out.contains("note: hardest message: `tsm-"), "{out}");
}

/// A fresh scaffold is complete (every message present) but 0 % translated;
/// translating a message raises the share (a translator's finding: `check`
/// said 100 % for a locale still all in English).
#[test]
fn translated_share_counts_messages_that_differ_from_the_reference() {
    let tmp = TempDir::new("translated");
    let content = tmp.join("content");
    run(handout()
        .args(["locale", "new", "fr", "--content"])
        .arg(&content))
    .assert_code(0);
    let share = |content: &std::path::Path| {
        let r = run(handout()
            .args(["check", "--locale", "fr", "--format", "json", "--content"])
            .arg(content));
        let v: serde_json::Value = serde_json::from_str(&r.stdout_text()).expect("json");
        let l = &v["locales"][0];
        (
            l["completeness"].as_f64().expect("completeness"),
            l["translated"].as_f64().expect("translated"),
        )
    };
    assert_eq!(share(&content), (100.0, 0.0));
    let file = content.join("locales/fr/leaflet.ftl");
    let text = std::fs::read_to_string(&file).expect("scaffold");
    let text = text.replace(
        "\nleaflet-talk-heading = Talk it over with us",
        "\nleaflet-talk-heading = Parlons-en ensemble",
    );
    std::fs::write(&file, text).expect("write");
    let (complete, translated) = share(&content);
    assert_eq!(complete, 100.0);
    assert!(translated > 0.0 && translated < 5.0, "{translated}");
}

/// The `changed since` lines of a `check --format short` run.
fn stale_lines(r: &Run) -> Vec<String> {
    r.stdout_text()
        .lines()
        .filter(|l| l.contains("changed since it was translated"))
        .map(str::to_string)
        .collect()
}

/// `locale new es-MX --from es` recorded the Spanish text each message was
/// made from, but `check` compared it with the English: all 76 messages of
/// the fresh scaffold were "stale". A fresh scaffold from any locale is up
/// to date; a change of the Spanish it came from still warns, until
/// accepted, and `--accept` keeps the locale it came from.
#[test]
fn scaffold_from_another_locale_is_not_stale() {
    let tmp = TempDir::new("stale-from-es");
    let content = tmp.join("content");
    run(handout()
        .args(["locale", "new", "es-MX", "--from", "es", "--content"])
        .arg(&content))
    .assert_code(0);
    let lock = std::fs::read_to_string(content.join("locales/es-MX/source.lock")).expect("lock");
    assert!(lock.contains("\nfrom: es\n"), "{lock}");
    let check = |extra: &[&str]| {
        run(handout()
            .args([
                "check",
                "--locale",
                "es-MX",
                "--format",
                "short",
                "--content",
            ])
            .arg(&content)
            .args(extra))
    };
    let r = check(&[]);
    assert_eq!(stale_lines(&r), Vec::<String>::new(), "{}", r.stdout_text());

    // The Spanish it was made from changes (in the content folder's es).
    let es = read_builtin("locales/es/leaflet.ftl");
    let changed = es.replace(
        "leaflet-talk-heading = Hable con nosotros",
        "leaflet-talk-heading = Hable con nuestro equipo",
    );
    assert_ne!(es, changed, "fixture");
    std::fs::create_dir_all(content.join("locales/es")).expect("es folder");
    tmp.write("content/locales/es/leaflet.ftl", &changed);
    let r = check(&[]);
    let stale = stale_lines(&r);
    assert_eq!(stale.len(), 1, "{}", r.stdout_text());
    assert!(
        stale[0].contains("warning: the es text of `leaflet-talk-heading` changed"),
        "{stale:?}"
    );
    // A change of the English alone does not reach es-MX: es is what it
    // translates.
    std::fs::create_dir_all(content.join("locales/en-US")).expect("en-US folder");
    tmp.write(
        "content/locales/en-US/leaflet.ftl",
        &read_builtin("locales/en-US/leaflet.ftl").replace(
            "leaflet-talk-heading = Talk it over with us",
            "leaflet-talk-heading = Talk it through with us",
        ),
    );
    assert_eq!(stale_lines(&check(&[])), stale);

    check(&["--accept"]).assert_code(0);
    let lock = std::fs::read_to_string(content.join("locales/es-MX/source.lock")).expect("lock");
    assert!(lock.contains("\nfrom: es\n"), "{lock}");
    let r = check(&[]);
    assert_eq!(stale_lines(&r), Vec::<String>::new(), "{}", r.stdout_text());
}

/// Re-wrapping an English message over two lines, not a word changed,
/// flagged its translation as stale: the fingerprint is of the words.
#[test]
fn rewrapped_reference_text_does_not_make_translations_stale() {
    let tmp = TempDir::new("stale-rewrap");
    let content = tmp.join("content");
    run(handout()
        .args(["locale", "new", "fr", "--content"])
        .arg(&content))
    .assert_code(0);
    let en = read_builtin("locales/en-US/leaflet.ftl");
    let rewrapped = en.replace(
        "leaflet-talk-heading = Talk it over with us",
        "leaflet-talk-heading =\n    Talk it over\n        with   us",
    );
    assert_ne!(en, rewrapped, "fixture");
    std::fs::create_dir_all(content.join("locales/en-US")).expect("en-US folder");
    tmp.write("content/locales/en-US/leaflet.ftl", &rewrapped);
    let r = run(handout()
        .args(["check", "--locale", "fr", "--format", "short", "--content"])
        .arg(&content));
    assert_eq!(stale_lines(&r), Vec::<String>::new(), "{}", r.stdout_text());
}

/// `locale new LANG --from LANG` took any text: `--from` with a terminal
/// escape was echoed in the error, and a path reached the file system.
/// Both are language tags, checked as `--locale` is: a usage error.
#[test]
fn locale_new_checks_its_language_tags_like_locale_does() {
    let tmp = TempDir::new("locale-new-tags");
    let content = tmp.join("content");
    for args in [
        ["new", "../../etc", "--from", "en-US"],
        ["new", "fr", "--from", "\u{1b}[31mred"],
        ["new", "fr", "--from", "../en-US"],
    ] {
        let r = run(handout()
            .arg("locale")
            .args(args)
            .arg("--content")
            .arg(&content));
        r.assert_code(2);
        assert!(
            !r.stderr.contains('\u{1b}') && r.stderr.contains("invalid value"),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert!(!content.exists(), "nothing created");
}
