//! The clinician copy (`render --copy clinician`, a manifest's `copy`
//! column), the teach-back check, and the clinic profile's new fields:
//! "Get help now", the website, web addresses without a scheme, optional
//! sections and the meetings that welcome people on medication.
//!
//! The clinician-copy fixtures are a topic of their own in a content
//! overlay (`topics/clinician-test.yaml` and its messages), so these tests
//! do not depend on the built-in leaflet's words.

use crate::support::*;
use std::path::{Path, PathBuf};

const TOPIC: &str = "clinician-test";

const TOPIC_YAML: &str = "\
id: clinician-test
version: \"2.0\"
review-date: 2026-11-01
template: leaflet
title: ct-title
concerns-heading: ct-heading
concerns:
  - id: made-to-speak
    worry: ct-speak-worry
    answer: [ct-speak-answer]
    teach-back: ct-speak-teach-back
    mi-prompt: ct-speak-mi-prompt
  - id: costs-money
    worry: ct-money-worry
    answer: [ct-money-answer]
    teach-back: ct-money-teach-back
  - id: religion
    worry: ct-religion-worry
    answer: [ct-religion-answer]
    teach-back: ct-religion-teach-back
closing-sections:
  - id: other-groups
    optional: true
    heading: ct-other-heading
    paragraphs: [ct-other-body]
sources: [ct-source-1, ct-source-2]
";

const EN: &str = "\
ct-title = Clinician test topic
ct-heading = Worries
ct-speak-worry = Zebra worry about talking.
ct-speak-answer = Zebra answer: you can just listen.
ct-speak-teach-back = Zebra teach-back: what happens on your turn?
ct-speak-mi-prompt = Zebra prompt: what have you heard about meetings?
ct-money-worry = Walrus worry about money.
ct-money-answer = Walrus answer: meetings are free.
ct-money-teach-back = Walrus teach-back: do you need money?
ct-religion-worry = Heron worry about religion.
ct-religion-answer = Heron answer: no belief is needed.
ct-religion-teach-back = Heron teach-back: what if they pray?
ct-other-heading = Okapi other groups
ct-other-body = Okapi groups without the spiritual part.
ct-source-1 = Source one: a pamphlet (1984).
ct-source-2 = Source two: a bulletin (1996).
";

const AR: &str = "\
ct-title = موضوع الاختبار
ct-heading = المخاوف
ct-speak-worry = سيجعلونني أتكلم.
ct-speak-answer = يمكنك أن تكتفي بالاستماع.
ct-speak-teach-back = ماذا يحدث عندما يأتي دورك؟
ct-speak-mi-prompt = ماذا سمعت عن الاجتماعات؟
ct-money-worry = الاجتماعات تكلف مالًا.
ct-money-answer = الاجتماعات مجانية.
ct-money-teach-back = هل تحتاج إلى مال؟
ct-religion-worry = الاجتماعات دينية.
ct-religion-answer = لا تحتاج إلى أي معتقد.
ct-religion-teach-back = ماذا لو صلّوا؟
ct-other-heading = مجموعات أخرى
ct-other-body = مجموعات بلا الجانب الروحي.
ct-source-1 = المصدر الأول.
ct-source-2 = المصدر الثاني.
";

/// A content folder with the test topic in English and Arabic.
fn content(tmp: &TempDir) -> PathBuf {
    let dir = tmp.join("content");
    std::fs::create_dir_all(dir.join("topics")).expect("topics");
    std::fs::create_dir_all(dir.join("locales/en-US")).expect("en-US");
    std::fs::create_dir_all(dir.join("locales/ar")).expect("ar");
    std::fs::write(dir.join(format!("topics/{TOPIC}.yaml")), TOPIC_YAML).expect("topic");
    std::fs::write(dir.join(format!("locales/en-US/{TOPIC}.ftl")), EN).expect("en");
    std::fs::write(dir.join(format!("locales/ar/{TOPIC}.ftl")), AR).expect("ar");
    dir
}

/// The message's text in the fixture's English file.
fn en(id: &str) -> &'static str {
    EN.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("no `{id}` in the fixture"))
}

fn text(doc: &lopdf::Document) -> String {
    squash(&extracted_text(doc))
}

#[test]
fn clinician_copy_of_an_arabic_leaflet_in_english_names_arabic_and_holds_exactly_the_chosen_answers(
) {
    let tmp = TempDir::new("copy-ar");
    let dir = content(&tmp);
    let args = [
        "--content",
        s(&dir),
        "--topic",
        TOPIC,
        "--locale",
        "ar",
        "--concern",
        "religion",
        "--concern",
        "made-to-speak",
        "--copy",
        "clinician",
    ];
    let (_, doc) = render_pdf(&tmp, "copy.pdf", &args);
    let t = text(&doc);
    assert_has(
        &t,
        "The patient's leaflet is in Arabic.",
        "the leaflet's language",
    );
    assert_has(&t, "What the leaflet tells the patient", "the heading");
    for id in [
        "ct-speak-worry",
        "ct-speak-answer",
        "ct-speak-teach-back",
        "ct-speak-mi-prompt",
        "ct-religion-worry",
        "ct-religion-answer",
        "ct-religion-teach-back",
        "ct-source-1",
        "ct-source-2",
    ] {
        assert_has(&t, en(id), id);
    }
    // Not the concern the clinician did not choose, and no Arabic words
    // but the teach-back questions, each after its "In Arabic:".
    for needle in ["Walrus", "Okapi"] {
        assert_lacks(&t, needle, "a concern or section not chosen");
    }
    let asked = t.split("InArabic:").skip(1).count();
    assert_eq!(asked, 2, "each teach-back question in Arabic too: {t}");
    let english: String = t
        .split("InArabic:")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                // The Arabic question runs up to the next English words.
                &part[part
                    .find(|c: char| c.is_ascii_alphabetic())
                    .unwrap_or(part.len())..]
            }
        })
        .collect();
    assert!(
        !english.chars().any(is_arabic_letter),
        "the sheet is in English but the questions: {t}"
    );
    // In topic order, as the leaflet prints them.
    assert!(t.find("Zebra").expect("zebra") < t.find("Heron").expect("heron"));
    assert_eq!(catalog_lang(&doc), "en-US", "the sheet's language");

    // The patient's leaflet of the same job is in Arabic and has no
    // teach-back questions.
    let patient: Vec<&str> = args[..args.len() - 2].to_vec();
    let (_, leaflet) = render_pdf(&tmp, "leaflet.pdf", &patient);
    let lt = extracted_text(&leaflet);
    assert!(lt.chars().any(is_arabic_letter), "the leaflet is in Arabic");
    assert_lacks(
        &squash(&lt),
        "ماذا يحدث عندما يأتي دورك",
        "a teach-back on the leaflet",
    );

    // The default name says what it is; the patient's leaflet keeps its own.
    let cwd = tmp.join("cwd");
    std::fs::create_dir(&cwd).expect("cwd");
    let r = run(handout_in(&cwd)
        .arg("render")
        .args(["--content", s(&dir), "--topic", TOPIC, "--locale", "ar"])
        .args(["--copy", "clinician"]));
    r.assert_ok();
    assert!(cwd.join(format!("{TOPIC}-ar-clinician.pdf")).is_file());
}

#[test]
fn clinician_copy_in_spanish_names_the_language_in_spanish() {
    let tmp = TempDir::new("copy-es");
    let dir = content(&tmp);
    let (_, doc) = render_pdf(
        &tmp,
        "copy.pdf",
        &[
            "--content",
            s(&dir),
            "--topic",
            TOPIC,
            "--locale",
            "ar",
            "--copy",
            "clinician",
            "--clinician-locale",
            "es",
            "--allow-fallback",
        ],
    );
    let t = text(&doc);
    assert_has(&t, "El folleto del paciente está en árabe.", "the language");
    assert_eq!(catalog_lang(&doc), "es");
}

#[test]
fn a_batch_row_with_copy_clinician_writes_the_clinician_copy() {
    let tmp = TempDir::new("copy-batch");
    let dir = content(&tmp);
    let manifest = tmp.write(
        "jobs.csv",
        &format!("topic,locale,copy\n{TOPIC},ar,clinician\n{TOPIC},ar,\n"),
    );
    let out = tmp.join("out");
    let r = run(handout_pinned()
        .args([
            "batch",
            "--quiet",
            "--content",
            s(&dir),
            "--out-dir",
            s(&out),
        ])
        .arg(&manifest));
    r.assert_ok();
    let (_, copy) = load(&out.join(format!("{TOPIC}-ar-clinician.pdf")));
    assert_has(
        &text(&copy),
        en("ct-speak-teach-back"),
        "the clinician copy",
    );
    let (_, leaflet) = load(&out.join(format!("{TOPIC}-ar.pdf")));
    assert!(extracted_text(&leaflet).chars().any(is_arabic_letter));

    let bad = tmp.write(
        "bad.csv",
        &format!("topic,locale,copy\n{TOPIC},ar,doctor\n"),
    );
    let r = run(handout_pinned()
        .args([
            "batch",
            "--quiet",
            "--content",
            s(&dir),
            "--out-dir",
            s(&out),
        ])
        .arg(&bad));
    r.assert_failed();
    assert!(
        r.stderr
            .contains("copy `doctor` is neither patient nor clinician"),
        "{}",
        r.stderr
    );
}

#[test]
fn check_warns_about_a_concern_without_a_teach_back_and_errors_on_a_missing_message() {
    let tmp = TempDir::new("teach-back");
    let dir = content(&tmp);
    let topic = TOPIC_YAML
        .replace("    teach-back: ct-money-teach-back\n", "")
        .replace(
            "teach-back: ct-religion-teach-back",
            "teach-back: ct-religion-teach-bakc",
        );
    std::fs::write(dir.join(format!("topics/{TOPIC}.yaml")), &topic).expect("topic");
    let r = run(handout()
        .args([
            "check",
            "--format",
            "short",
            "--locale",
            "en-US",
            "--content",
        ])
        .arg(&dir));
    r.assert_code(1);
    let out = r.stdout_text();
    let file = format!("{}/topics/{TOPIC}.yaml", dir.display());
    let line_of = |needle: &str| {
        topic
            .lines()
            .position(|l| l.contains(needle))
            .expect(needle)
            + 1
    };
    assert!(
        out.contains(&format!(
            "{file}:{}:9: warning: concern `costs-money` has no teach-back question for the clinician copy",
            line_of("id: costs-money")
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{file}:{}:17: error: no message `ct-religion-teach-bakc`",
            line_of("ct-religion-teach-bakc")
        )),
        "{out}"
    );
    assert!(!out.contains("`made-to-speak` has no teach-back"), "{out}");
}

// ---------------------------------------------------------------------------
// The clinic profile
// ---------------------------------------------------------------------------

/// The built-in en-US leaflet with one concern and the clinic profile
/// `profile`; its text, squashed, or the failed run.
fn leaflet_with(tmp: &TempDir, name: &str, profile: &str) -> Result<String, Run> {
    let clinic = tmp.write(&format!("{name}.yaml"), profile);
    let (r, out) = render_to(
        tmp,
        &format!("{name}.pdf"),
        &[
            "--topic",
            TSM,
            "--locale",
            "en-US",
            "--concern",
            "made-to-speak",
            "--clinic",
            s(&clinic),
        ],
    );
    if r.code != 0 {
        return Err(r);
    }
    Ok(text(&load(&out).1))
}

fn actions(id: &str) -> String {
    ftl("locales/en-US/actions.ftl")
        .get(id)
        .unwrap_or_else(|| panic!("no `{id}`"))
        .clone()
}

#[test]
fn get_help_prints_988_for_a_us_clinic_without_numbers_and_nothing_for_a_gb_clinic() {
    let tmp = TempDir::new("get-help");
    let heading = actions("actions-help-heading");

    let us = leaflet_with(&tmp, "us", "name: Harbor Clinic\ncountry: us\n")
        .unwrap_or_else(|r| panic!("{}", r.stderr));
    assert_has(&us, &heading, "the Get help heading");
    assert_has(&us, "In a crisis, call 988.", "the US crisis line");
    assert_has(&us, "1-800-662-4357", "SAMHSA's helpline");
    assert_lacks(&us, "naloxone", "the naloxone line, not enabled");

    let gb = leaflet_with(&tmp, "gb", "name: Harbor Clinic\ncountry: GB\n")
        .unwrap_or_else(|r| panic!("{}", r.stderr));
    assert_lacks(&gb, &heading, "a Get help box with no numbers");
    assert_lacks(&gb, "988", "a US number in Britain");
    assert_lacks(&gb, "1-800", "a US number in Britain");

    // The clinic's own numbers win, in any country; naloxone when enabled.
    let own = leaflet_with(
        &tmp,
        "own",
        "country: GB\ncrisis-line: 116 123\nhelpline: 0300 123 6600\nnaloxone: true\n",
    )
    .unwrap_or_else(|r| panic!("{}", r.stderr));
    assert_has(
        &own,
        "In a crisis, call 116 123.",
        "the clinic's crisis line",
    );
    assert_has(&own, "0300 123 6600", "the clinic's helpline");
    assert_has(&own, &actions("actions-help-naloxone"), "the naloxone line");
    let us_own = leaflet_with(&tmp, "us-own", "country: US\ncrisis-line: (555) 010-0199\n")
        .unwrap_or_else(|r| panic!("{}", r.stderr));
    assert_lacks(&us_own, "988", "the default when the clinic set its own");
    assert_has(&us_own, "1-800-662-4357", "the default helpline stays");

    // No profile: nothing invented.
    let (_, doc) = render_pdf(&tmp, "none.pdf", &["--topic", TSM, "--concern", "religion"]);
    assert_lacks(&text(&doc), &heading, "Get help without a profile");
}

#[test]
fn a_misspelled_profile_field_is_an_error_at_its_line() {
    let tmp = TempDir::new("profile-typo");
    let e = leaflet_with(&tmp, "typo", "name: X\ncountry: US\ncrisis_line: 988\n")
        .err()
        .unwrap_or_else(|| panic!("the profile is refused"));
    e.assert_failed();
    assert!(
        e.first_line().ends_with("typo.yaml:3:1: error: unknown field `crisis_line`, expected one of `name`, `address`, `phone`, `website`, `meeting-finder-url`, `logo`, `paper`, `wording`, `crisis-line`, `helpline`, `country`, `naloxone`, `include-sections`, `welcoming-meetings`"),
        "{}",
        e.stderr
    );
    // Inside a welcoming meeting too.
    let e = leaflet_with(
        &tmp,
        "nested",
        "welcoming-meetings:\n  - name: A\n    when: B\n    where: C\n    last_checked: 2026-10-01\n",
    )
    .err().unwrap_or_else(|| panic!("the profile is refused"));
    assert!(
        e.first_line().contains(
            "nested.yaml:5:5: error: welcoming-meetings[0]: unknown field `last_checked`"
        ),
        "{}",
        e.stderr
    );
    let e = leaflet_with(&tmp, "country", "country: USA\n")
        .err()
        .unwrap_or_else(|| panic!("the profile is refused"));
    assert!(
        e.first_line()
            .contains("country.yaml:1:10: error: `USA` is not a country code"),
        "{}",
        e.stderr
    );
}

#[test]
fn the_website_is_printed_and_an_address_without_a_scheme_becomes_https() {
    let tmp = TempDir::new("website");
    let clinic = tmp.write(
        "c.yaml",
        "name: Harbor Clinic\nwebsite: harbor.example/about\nmeeting-finder-url: harbor.example/meetings\n",
    );
    let r = run(handout_pinned().args([
        "render",
        "--topic",
        TSM,
        "--concern",
        "religion",
        "--clinic",
        s(&clinic),
        "--emit",
        "markup",
        "-o",
        "-",
    ]));
    r.assert_ok();
    let markup = r.stdout_text().replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        markup.contains(&format!(
            "<p>{} <a href=\"https://harbor.example/about\">https://harbor.example/about</a></p>",
            actions("actions-website")
        )),
        "{markup}"
    );
    assert!(
        markup.contains("<a href=\"https://harbor.example/meetings\">"),
        "{markup}"
    );
    assert!(
        markup.contains("<qr data=\"https://harbor.example/meetings\""),
        "{markup}"
    );

    // Something that is no web address is an error at its line.
    let bad = tmp.write(
        "bad.yaml",
        "name: Harbor Clinic\nmeeting-finder-url: call us on Mondays\n",
    );
    let (r, out) = render_to(&tmp, "bad.pdf", &["--topic", TSM, "--clinic", s(&bad)]);
    r.assert_failed();
    assert!(
        r.first_line()
            .ends_with("bad.yaml:2:21: error: `call us on Mondays` is not a web address"),
        "{}",
        r.stderr
    );
    assert!(!out.exists(), "nothing written");
    let js = tmp.write("js.yaml", "website: javascript:alert(1)\n");
    let (r, _) = render_to(&tmp, "js.pdf", &["--topic", TSM, "--clinic", s(&js)]);
    r.assert_failed();
    assert!(
        r.stderr.contains("only https:// (or http://) links"),
        "{}",
        r.stderr
    );
}

#[test]
fn an_optional_section_prints_only_when_the_clinic_includes_it() {
    let tmp = TempDir::new("optional");
    let dir = content(&tmp);
    let render = |name: &str, profile: Option<&Path>| -> Run {
        let mut cmd = handout_pinned();
        cmd.args(["render", "--content", s(&dir), "--topic", TOPIC, "-o"])
            .arg(tmp.join(name));
        if let Some(p) = profile {
            cmd.arg("--clinic").arg(p);
        }
        run(&mut cmd)
    };
    render("plain.pdf", None).assert_ok();
    assert_lacks(
        &text(&load(&tmp.join("plain.pdf")).1),
        "Okapi",
        "an optional section",
    );
    let with = tmp.write("with.yaml", "include-sections: [other-groups]\n");
    render("with.pdf", Some(&with)).assert_ok();
    assert_has(
        &text(&load(&tmp.join("with.pdf")).1),
        en("ct-other-body"),
        "the included section",
    );
    let typo = tmp.write("typo.yaml", "name: X\ninclude-sections: [other-group]\n");
    let r = render("typo.pdf", Some(&typo));
    r.assert_failed();
    assert!(
        r.first_line().ends_with("typo.yaml:2:20: error: the clinic profile includes section `other-group`, which no topic has as an optional section"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("hint: optional sections: other-groups"),
        "{}",
        r.stderr
    );
}

#[test]
fn welcoming_meetings_print_under_the_welcoming_wording_only() {
    let tmp = TempDir::new("welcoming");
    let meetings = "welcoming-meetings:\n  - name: Tuesday Hope Group\n    when: Tuesdays 7 pm\n    where: Grace Hall\n    last-checked: 2026-10-15\n";
    let render = |name: &str, wording: &str| -> String {
        let clinic = tmp.write(&format!("{name}.yaml"), &format!("{wording}{meetings}"));
        let (_, doc) = render_pdf(
            &tmp,
            &format!("{name}.pdf"),
            &[
                "--topic",
                TSM,
                "--concern",
                "maintenance-medication",
                "--clinic",
                s(&clinic),
            ],
        );
        text(&doc)
    };
    let listed = render(
        "listed",
        "wording:\n  maintenance-medication: welcoming-meetings-listed\n",
    );
    assert_has(
        &listed,
        &actions("actions-welcoming-heading"),
        "the list's heading",
    );
    assert_has(
        &listed,
        "Tuesday Hope Group: Tuesdays 7 pm, Grace Hall (we checked on 2026-10-15)",
        "the meeting",
    );
    let plain = render("plain", "");
    assert_lacks(
        &plain,
        "Tuesday Hope Group",
        "the list under another wording",
    );
}

#[test]
fn the_clinician_copy_names_the_clinics_wording_in_the_clinicians_language() {
    let tmp = TempDir::new("copy-wording");
    let clinic = tmp.write(
        "clinic.yaml",
        "wording:\n  maintenance-medication: candid\n",
    );
    let copy = |locale: &str| {
        let (_, doc) = render_pdf(
            &tmp,
            &format!("copy-{locale}.pdf"),
            &[
                "--topic",
                TSM,
                "--concern",
                "maintenance-medication",
                "--clinic",
                s(&clinic),
                "--copy",
                "clinician",
                "--clinician-locale",
                locale,
            ],
        );
        text(&doc)
    };
    assert_has(
        &copy("en-US"),
        "Wording chosen by the clinic: candid (some groups may not count time on medication as clean time",
        "the wording's name",
    );
    let es = copy("es");
    assert_has(
        &es,
        "franca (algunos grupos pueden no contar",
        "its Spanish name",
    );
    assert_lacks(&es, "candid", "the bare id");
}

/// The `(structure type, /Lang)` of every structure element that has a
/// `/Lang` of its own.
fn element_langs(doc: &lopdf::Document) -> Vec<(String, String)> {
    let name = |d: &lopdf::Dictionary, k: &[u8]| -> Option<String> {
        match d.get(k).ok()? {
            lopdf::Object::Name(n) => Some(String::from_utf8_lossy(n).into_owned()),
            lopdf::Object::String(s, _) => Some(String::from_utf8_lossy(s).into_owned()),
            _ => None,
        }
    };
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"P") && d.has(b"S"))
        .filter_map(|d| Some((name(d, b"S")?, name(d, b"Lang")?)))
        .collect()
}

#[test]
fn the_teach_back_question_is_also_printed_in_the_patients_language() {
    let tmp = TempDir::new("copy-teach-back");
    let copy = |locale: &str, format: &str| {
        let out = tmp.join(&format!("copy-{locale}.{format}"));
        let r = run(handout()
            .args(["render", "--topic", TSM, "--locale", locale])
            .args(["--concern", "made-to-speak", "--copy", "clinician", "-o"])
            .arg(&out));
        r.assert_ok();
        out
    };
    let es_question = "Con sus propias palabras, ¿qué pasa si le toca su turno y no quiere hablar?";
    let read = |p: std::path::PathBuf| {
        lopdf::Document::load_mem(&std::fs::read(p).expect("the PDF")).expect("a PDF")
    };
    let doc = read(copy("es", "pdf"));
    let t = text(&doc);
    assert_has(&t, "In Spanish:", "the label, in the clinician's language");
    assert_has(&t, es_question, "the question in Spanish");
    assert_has(
        &t,
        "In your own words, what happens if it’s your turn",
        "the question in English still",
    );
    // Tagged in its own language, the sheet's being English.
    assert_eq!(catalog_lang(&doc), "en-US");
    assert!(
        element_langs(&doc).contains(&("P".into(), "es".into())),
        "{:?}",
        element_langs(&doc)
    );
    // The web-page twin marks it too.
    let html = std::fs::read_to_string(copy("es", "html")).expect("the page");
    assert!(
        html.contains(&format!("<p lang=\"es\" dir=\"ltr\">{es_question}</p>")),
        "{html}"
    );

    // Arabic: right to left, its Latin words (AA) in English.
    let doc = read(copy("ar", "pdf"));
    let langs = element_langs(&doc);
    assert!(langs.contains(&("P".into(), "ar".into())), "{langs:?}");

    // A sheet in the leaflet's own language prints it once.
    let doc = read(copy("en-US", "pdf"));
    let t = text(&doc);
    assert_lacks(&t, "In English:", "a second copy");
    assert!(element_langs(&doc).iter().all(|(s, _)| s != "P"));
}
