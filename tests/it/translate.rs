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
        .replace("template: leaflet", "template: leaflet\ntitel: fm-title");
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
        out.contains(
            "error: topic `twelve-step-meetings` in `en-US` reads at flesch-kincaid grade "
        ),
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

// ---------------------------------------------------------------------------
// Message ids, topics for some languages, selectors (issue 12)
// ---------------------------------------------------------------------------

/// Writes `text` at `rel` under `dir`, creating its folders.
fn put(dir: &std::path::Path, rel: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("folders");
    std::fs::write(&p, text).expect("write");
    p
}

/// A misspelled id in a template's t() call was said as a template error,
/// with a hint to read Tera's docs, and `check` passed it: the error names
/// the message, the locale's files and the id it was likely meant to be.
#[test]
fn misspelled_message_id_in_a_template_names_the_message_not_tera() {
    let tmp = TempDir::new("t-typo");
    let content = tmp.join("c");
    let template = read_builtin("templates/leaflet.tera").replace(
        "t(id=\"leaflet-talk-heading\")",
        "t(id=\"leaflet-talk-headin\")",
    );
    let path = put(&content, "templates/leaflet.tera", &template);
    let (line, col) = position_of(&template, "t(id=\"leaflet-talk-headin\")");
    let r = run(handout()
        .args(["render", "--topic", FM, "--locale", "es", "-o"])
        .arg(tmp.join("x.pdf"))
        .arg("--content")
        .arg(&content));
    r.assert_failed();
    assert_eq!(
        r.first_line(),
        format!(
            "{}:{line}:{col}: error: no message `leaflet-talk-headin` in locale `es` (locales/es/*.ftl) or in en-US",
            path.display()
        )
    );
    assert!(
        r.stderr
            .contains("hint: did you mean `leaflet-talk-heading`?"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("Tera") && !r.stderr.contains("keon.github.io"),
        "no Tera hint: {}",
        r.stderr
    );
    // `check` reports it too (it passed the leaflet before).
    let r = run(handout()
        .args(["check", "--locale", "es", "--format", "short", "--content"])
        .arg(&content));
    r.assert_failed();
    assert!(
        r.stdout_text().lines().any(|l| l
            == format!(
                "{}:{line}:{col}: error: no message `leaflet-talk-headin` in locale `es` (locales/es/*.ftl) or in en-US",
                path.display()
            )),
        "{}",
        r.stdout_text()
    );
}

/// A translator misspells an id where the locale defines it: the error is
/// at that definition, not at the built-in template's line.
#[test]
fn misspelled_definition_in_a_locale_is_blamed_on_its_line() {
    let tmp = TempDir::new("ftl-typo");
    let content = tmp.join("c");
    let es = read_builtin("locales/es/leaflet.ftl")
        .replace("leaflet-talk-heading =", "leaflet-talk-headign =");
    let path = put(&content, "locales/es/leaflet.ftl", &es);
    let (line, _) = position_of(&es, "leaflet-talk-headign =");
    let r = run(handout()
        .args(["render", "--topic", FM, "--locale", "es", "-o"])
        .arg(tmp.join("x.pdf"))
        .arg("--content")
        .arg(&content));
    r.assert_failed();
    assert_eq!(
        r.first_line(),
        format!(
            "{}:{line}:1: error: no message `leaflet-talk-heading` in locale `es` (locales/es/*.ftl)",
            path.display()
        )
    );
    assert!(
        r.stderr.contains(
            "note: the template asks for `leaflet-talk-heading` at templates/leaflet.tera:"
        ) && r
            .stderr
            .contains("hint: `leaflet-talk-headign` here looks like a misspelling of it"),
        "{}",
        r.stderr
    );
}

/// A topic's misspelled id gets the close id as a suggestion.
#[test]
fn misspelled_message_id_in_a_topic_suggests_the_close_one() {
    let tmp = TempDir::new("topic-typo");
    let content = tmp.join("c");
    let topic =
        read_builtin("topics/first-meeting.yaml").replace("title: fm-title", "title: fm-titel");
    let path = put(&content, "topics/first-meeting.yaml", &topic);
    let (line, col) = position_of(&topic, "fm-titel");
    let r = run(handout()
        .args(["render", "--topic", FM, "--locale", "vi", "-o"])
        .arg(tmp.join("x.pdf"))
        .arg("--content")
        .arg(&content));
    r.assert_failed();
    assert_eq!(
        r.first_line(),
        format!(
            "{}:{line}:{col}: error: no message `fm-titel` in locale `vi` (locales/vi/*.ftl) or in en-US",
            path.display()
        )
    );
    assert!(
        r.stderr.contains("hint: did you mean `fm-title`?"),
        "{}",
        r.stderr
    );
}

/// A clinic's own topic, in English and Spanish only.
fn two_language_topic(content: &std::path::Path, locales: Option<&str>) {
    let mut topic = "id: clinic-hours\nversion: \"1.0\"\nreview-date: 2026-01-10\ntemplate: leaflet\npage-budget: 1\ntitle: ch-title\nintro: [ch-intro]\n".to_string();
    if let Some(l) = locales {
        topic.push_str(&format!("locales: {l}\n"));
    }
    put(content, "topics/clinic-hours.yaml", &topic);
    put(
        content,
        "locales/en-US/clinic-hours.ftl",
        "ch-title = Our opening hours\nch-intro = We are open every weekday from nine to five.\n",
    );
    put(
        content,
        "locales/es/clinic-hours.ftl",
        "ch-title = Nuestro horario\nch-intro = Abrimos cada día laborable de nueve a cinco.\n",
    );
}

/// `check` without `--locale` reported each message of a two-language
/// topic twice for every other locale (missing from the locale, and asked
/// for by the topic). Each is reported once; a topic that lists its
/// `locales:` is checked only in them, and rendering it in another locale
/// is an error naming them.
#[test]
fn two_language_topic_is_reported_once_and_can_list_its_locales() {
    let tmp = TempDir::new("two-language-topic");
    let content = tmp.join("c");
    two_language_topic(&content, None);
    let check = || {
        run(handout()
            .args(["check", "--format", "short", "--content"])
            .arg(&content))
    };
    let r = check();
    r.assert_failed();
    let out = r.stdout_text();
    for locale in ["ar", "zh-Hans", "vi", "ru"] {
        for id in ["ch-title", "ch-intro"] {
            let about: Vec<&str> = out
                .lines()
                .filter(|l| l.contains(&format!("`{id}`")) && l.contains(&format!("`{locale}`")))
                .collect();
            assert_eq!(about.len(), 1, "{id} in {locale}: {about:#?}\n{out}");
        }
    }
    assert!(
        !out.lines()
            .any(|l| l.contains("`en-US`") || l.contains("`es`")),
        "{out}"
    );

    // With `locales: [en-US, es]`: nothing to report, in any locale.
    two_language_topic(&content, Some("[en-US, es]"));
    let r = check();
    r.assert_ok();
    assert_eq!(r.stdout_text(), "", "{}", r.stderr);

    // Rendering it in Russian is an error at `locales:`; es-MX gets es.
    let topic_path = content.join("topics/clinic-hours.yaml");
    let render = |locale: &str| {
        run(handout()
            .args([
                "render",
                "--topic",
                "clinic-hours",
                "--locale",
                locale,
                "-o",
            ])
            .arg(tmp.join(&format!("{locale}.pdf")))
            .arg("--content")
            .arg(&content))
    };
    let r = render("ru");
    r.assert_failed();
    assert_eq!(
        r.first_line(),
        format!(
            "{}:8:1: error: topic `clinic-hours` is written for `en-US`, `es`, not for `ru`",
            topic_path.display()
        )
    );
    render("es-MX").assert_ok();
    render("en-US").assert_ok();

    // A locale it lists must exist.
    two_language_topic(&content, Some("[en-US, es, fr]"));
    let r = check();
    r.assert_failed();
    let (line, col) = position_of(&std::fs::read_to_string(&topic_path).expect("topic"), "fr]");
    assert!(
        r.stdout_text().contains(&format!(
            "{}:{line}:{col}: error: topic `clinic-hours` lists the locale `fr`, which has no folder",
            topic_path.display()
        )),
        "{}",
        r.stdout_text()
    );
}

/// `{ $pages -> [one] ... *[other] ... }` always printed its default: the
/// page count is a placeholder when the footer is formatted. `check`
/// refuses it at the message.
#[test]
fn plural_selector_on_the_page_count_is_refused_at_check_time() {
    let tmp = TempDir::new("late-selector");
    let content = tmp.join("c");
    let ru = read_builtin("locales/ru/leaflet.ftl").replace(
        "leaflet-footer-page = Страница { $page } из { $pages }",
        "leaflet-footer-page = Страница { $page } из { $pages ->\n    [one] { $pages } страницы\n    [few] { $pages } страниц\n    [many] { $pages } страниц\n   *[other] { $pages } страницы\n}",
    );
    let path = put(&content, "locales/ru/leaflet.ftl", &ru);
    let (line, col) = position_of(&ru, "$pages ->");
    let r = run(handout()
        .args(["check", "--locale", "ru", "--format", "short", "--content"])
        .arg(&content));
    r.assert_failed();
    let expected = format!(
        "{}:{line}:{col}: error: message `leaflet-footer-page` chooses by `$pages`, which is not known when the message is formatted",
        path.display()
    );
    assert!(
        r.stdout_text().lines().any(|l| l == expected),
        "expected {expected}\n{}",
        r.stdout_text()
    );
    // The built-in footer, with no selector, passes.
    let r = run(handout().args(["check", "--locale", "ru", "--format", "short"]));
    r.assert_ok();
}
