//! Serve, the page: the form as HTML, in the clinician's language, filled
//! in as sent when it comes back with problems, each problem next to its
//! field and listed above the form. No script; the style sheet is inline
//! and allowed by its hash in the Content-Security-Policy; nothing is
//! loaded from anywhere.

use super::form::{Copy, Field, Format, LeafletForm, Problem};
use super::words::{region_locale, Words};
use super::Server;
use crate::model::{Direction, LocaleStatus, Paper};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// The page's style sheet.
const CSS: &str = include_str!("page.css");

/// The Content-Security-Policy of an HTML twin sent as a document: its
/// one inline style sheet by its hash, pictures as inline data, nothing
/// else (the twin has no script, no form and loads nothing).
pub(super) fn twin_security_policy(page: &[u8]) -> String {
    let text = String::from_utf8_lossy(page);
    let style = text
        .find("<style>")
        .and_then(|i| {
            text[i + 7..]
                .find("</style>")
                .map(|j| &text[i + 7..i + 7 + j])
        })
        .unwrap_or("");
    let hash = base64(&Sha256::digest(style.as_bytes()));
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; img-src data:; \
         form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
    )
}

/// The Content-Security-Policy of every page: nothing but this server's
/// own form, and the inline style sheet by its hash.
pub(super) fn content_security_policy() -> String {
    static POLICY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    POLICY
        .get_or_init(|| {
            let hash = base64(&Sha256::digest(CSS.as_bytes()));
            format!(
                "default-src 'none'; style-src 'sha256-{hash}'; img-src 'self' data:; \
                 form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
            )
        })
        .clone()
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Text escaped for HTML (element content and quoted attributes): the
/// same five characters as the leaflet markup.
fn esc(s: &str) -> String {
    crate::render::escape(s)
}

/// Where the paper shown first comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PaperFrom {
    Clinic,
    Browser,
    Server,
    Default,
}

/// What the page shows: the topic, the values of the fields, problems.
#[derive(Debug)]
pub(super) struct PageState {
    topic: String,
    locale: String,
    concerns: Vec<String>,
    paper: Paper,
    paper_from: PaperFrom,
    large_print: bool,
    patient_name: String,
    copy: String,
    format: String,
    /// The problems of a refused form.
    pub problems: Vec<Problem>,
}

impl PageState {
    /// The page for `topic` (else the first topic with worries to pick),
    /// with the paper of the clinic, else of the browser's region.
    pub(super) fn new(server: &Server, topic: Option<&str>, accept_language: Option<&str>) -> Self {
        let ids = server.lib.content.topic_ids();
        let topic = topic
            .filter(|t| ids.iter().any(|i| i == t))
            .map(str::to_string)
            .or_else(|| {
                ids.iter()
                    .find(|id| {
                        server
                            .lib
                            .topic(id)
                            .is_ok_and(|t| !t.topic.concerns.is_empty())
                    })
                    .cloned()
            })
            .or_else(|| ids.first().cloned())
            .unwrap_or_default();
        let browser = accept_language
            .and_then(region_locale)
            .and_then(|l| Paper::from_posix_locale(&l));
        let (paper, paper_from) = match (server.clinic.as_ref().and_then(|c| c.paper), browser) {
            (Some(p), _) => (p, PaperFrom::Clinic),
            (None, Some(p)) => (p, PaperFrom::Browser),
            (None, None) => match server.region_paper {
                Some(p) => (p, PaperFrom::Server),
                None => (Paper::A4, PaperFrom::Default),
            },
        };
        PageState {
            topic,
            locale: String::new(),
            concerns: Vec::new(),
            paper,
            paper_from,
            large_print: false,
            patient_name: String::new(),
            copy: String::new(),
            format: String::new(),
            problems: Vec::new(),
        }
    }

    /// A fresh form: nothing ticked, no name.
    pub(super) fn fill_defaults(&mut self) {
        self.concerns.clear();
        self.patient_name.clear();
    }

    /// The form as it was sent.
    pub(super) fn fill_from(&mut self, form: LeafletForm) {
        self.locale = form.locale.trim().to_string();
        self.concerns = form.concerns.iter().map(|c| c.trim().to_string()).collect();
        match form.paper.trim() {
            "letter" => self.paper = Paper::Letter,
            "a4" => self.paper = Paper::A4,
            _ => {}
        }
        self.large_print = matches!(form.large_print.trim(), "yes" | "true" | "on" | "1");
        self.patient_name = form.patient_name;
        self.copy = form.copy;
        self.format = form.format;
    }

    fn problems_of(&self, field: Field) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(move |p| p.field == field)
    }
}

/// A problem in words: the page's sentence, then the core's details.
pub(super) fn problem_text(words: &Words, p: &Problem) -> String {
    let args: Vec<(&str, &str)> = p.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut s = words.get(p.message, &args);
    if let Some(d) = &p.detail {
        s.push(' ');
        s.push_str(d);
    }
    s
}

/// The whole page.
pub(super) fn render(server: &Server, words: &Words, state: &PageState) -> String {
    let w = |id: &str| esc(&words.get(id, &[]));
    let mut h = String::with_capacity(16 * 1024);
    let dir = if words.rtl() { "rtl" } else { "ltr" };
    let title = if state.problems.is_empty() {
        w("serve-page-title")
    } else {
        format!(
            "{} {}",
            w("serve-page-title-problems"),
            w("serve-page-title")
        )
    };
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n\
         <header><h1>{}</h1><p>{}</p></header>\n<main>\n",
        esc(words.lang()),
        w("serve-heading"),
        w("serve-intro"),
    );
    summary(&mut h, words, state);
    topics(&mut h, server, words, state);
    h.push_str("<form method=\"post\" action=\"/leaflet\" accept-charset=\"utf-8\">\n");
    let _ = writeln!(
        h,
        "<input type=\"hidden\" name=\"topic\" value=\"{}\">",
        esc(&state.topic)
    );
    concerns(&mut h, server, words, state);
    locales(&mut h, server, words, state);
    paper(&mut h, words, state);
    let _ = writeln!(
        h,
        "<div class=\"check\" id=\"f-large_print\"><input type=\"checkbox\" id=\"large_print\" \
         name=\"large_print\" value=\"yes\"{}><label for=\"large_print\">{}</label></div>",
        if state.large_print { " checked" } else { "" },
        w("serve-large-print"),
    );
    patient_name(&mut h, words, state);
    choices(&mut h, words, state);
    let _ = write!(
        h,
        "<div class=\"actions\">\
         <button type=\"submit\" name=\"action\" value=\"print\" formtarget=\"_blank\">{}</button>\
         <button type=\"submit\" name=\"action\" value=\"download\" class=\"secondary\">{}</button>\
         </div>\n<p class=\"hint\">{}</p>\n</form>\n</main>\n<footer><p>{}</p></footer>\n</body>\n</html>\n",
        w("serve-print"),
        w("serve-download"),
        w("serve-print-hint"),
        w("serve-privacy"),
    );
    h
}

/// The list of problems above the form, each a link to its field.
fn summary(h: &mut String, words: &Words, state: &PageState) {
    if state.problems.is_empty() {
        return;
    }
    let _ = write!(
        h,
        "<div class=\"summary\" role=\"alert\" aria-labelledby=\"summary-heading\">\
         <h2 id=\"summary-heading\">{}</h2><ul>",
        esc(&words.get("serve-problems-heading", &[]))
    );
    for p in &state.problems {
        let text = esc(&problem_text(words, p));
        if p.field == Field::Form || p.field == Field::Copy || p.field == Field::Format {
            let _ = write!(h, "<li>{text}</li>");
        } else {
            let _ = write!(h, "<li><a href=\"#f-{}\">{text}</a></li>", p.field.name());
        }
    }
    h.push_str("</ul></div>\n");
}

/// The problems of one field, as a paragraph with `id`, or nothing.
fn field_errors(h: &mut String, words: &Words, state: &PageState, field: Field, id: &str) -> bool {
    let mut any = false;
    for p in state.problems_of(field) {
        if !any {
            let _ = write!(h, "<p class=\"error\" id=\"{id}\">");
            any = true;
        } else {
            h.push(' ');
        }
        let _ = write!(
            h,
            "<strong>{}</strong> {}",
            esc(&words.get("serve-error-label", &[])),
            esc(&problem_text(words, p))
        );
    }
    if any {
        h.push_str("</p>\n");
    }
    any
}

/// The topics, as links (choosing one shows its worries; no script).
fn topics(h: &mut String, server: &Server, words: &Words, state: &PageState) {
    let ids = server.lib.content.topic_ids();
    let _ = write!(
        h,
        "<nav aria-labelledby=\"topic-heading\" id=\"f-topic\"><h2 id=\"topic-heading\">{}</h2>",
        esc(&words.get("serve-topic-heading", &[]))
    );
    field_errors(h, words, state, Field::Topic, "topic-error");
    h.push_str("<ul class=\"topics\">");
    for id in &ids {
        let title = server
            .lib
            .topic(id)
            .ok()
            .and_then(|t| words.message(&t.topic.title, &[]))
            .unwrap_or_else(|| id.clone());
        let current = if *id == state.topic {
            " aria-current=\"page\""
        } else {
            ""
        };
        let _ = write!(
            h,
            "<li><a href=\"/?topic={}\"{current}>{}</a></li>",
            esc(id),
            esc(&title)
        );
    }
    h.push_str("</ul></nav>\n");
}

/// The worries of the topic, as checkboxes labelled with the worry in the
/// clinician's language, and the answer wording the clinic chose.
fn concerns(h: &mut String, server: &Server, words: &Words, state: &PageState) {
    let Ok(topic) = server.lib.topic(&state.topic) else {
        return;
    };
    let title = words
        .message(&topic.topic.title, &[])
        .unwrap_or_else(|| state.topic.clone());
    let _ = write!(
        h,
        "<fieldset id=\"f-concern\" aria-describedby=\"concern-hint\"><legend>{}</legend>",
        esc(&words.get("serve-concerns-legend", &[("topic", &title)]))
    );
    let hint = if topic.topic.concerns.is_empty() {
        "serve-concerns-none"
    } else {
        "serve-concerns-hint"
    };
    let _ = write!(
        h,
        "<p class=\"hint\" id=\"concern-hint\">{}</p>",
        esc(&words.get(hint, &[]))
    );
    field_errors(h, words, state, Field::Concern, "concern-error");
    for c in &topic.topic.concerns {
        let id = c.id.as_str();
        let worry = words
            .message(&c.worry, &[])
            .unwrap_or_else(|| id.to_string());
        let ticked = if state.concerns.iter().any(|x| x == id) {
            " checked"
        } else {
            ""
        };
        let _ = write!(
            h,
            "<div class=\"check\"><input type=\"checkbox\" id=\"c-{id}\" name=\"concern\" \
             value=\"{id}\"{ticked}><label for=\"c-{id}\">{}</label>",
            esc(&worry)
        );
        if let Some(wording) = c.wording.as_ref().filter(|w| w.variants.len() > 1) {
            let chosen = server.clinic.as_ref().and_then(|cl| cl.wording.get(&c.id));
            let (variant, note) = match chosen {
                Some(v) => (v, "serve-wording-clinic"),
                None => (&wording.default, "serve-wording-default"),
            };
            // The variant's name for clinicians, in their language; its id
            // when the topic names none.
            let name = wording
                .names
                .get(variant)
                .and_then(|m| words.message(m, &[]))
                .unwrap_or_else(|| variant.to_string());
            let _ = write!(
                h,
                "<p class=\"hint wording\">{}</p>",
                esc(&words.get(note, &[("variant", &name)]))
            );
        }
        h.push_str("</div>\n");
    }
    h.push_str("</fieldset>\n");
}

/// The patient's language: each locale by its own name, in its own
/// script and direction, reviewed ones first, drafts in their own group.
fn locales(h: &mut String, server: &Server, words: &Words, state: &PageState) {
    let content = &server.lib.content;
    let selected = if state.locale.is_empty() {
        words.lang().to_string()
    } else {
        state.locale.clone()
    };
    let _ = write!(
        h,
        "<div class=\"field\" id=\"f-locale\"><label for=\"locale\">{}</label>\
         <p class=\"hint\" id=\"locale-hint\">{}</p>",
        esc(&words.get("serve-locale-label", &[])),
        esc(&words.get("serve-locale-hint", &[])),
    );
    let bad = field_errors(h, words, state, Field::Locale, "locale-error");
    let _ = write!(
        h,
        "<select id=\"locale\" name=\"locale\" aria-describedby=\"locale-hint{}\"{}>",
        if bad { " locale-error" } else { "" },
        if bad { " aria-invalid=\"true\"" } else { "" },
    );
    let mut reviewed = String::new();
    let mut drafts = String::new();
    for id in content.locale_ids() {
        let info = content.locale_info(&id).ok().flatten();
        let name = info.as_ref().map_or(id.clone(), |i| i.name.clone());
        let rtl = info.as_ref().is_some_and(|i| i.direction == Direction::Rtl);
        let is_reviewed = info
            .as_ref()
            .is_some_and(|i| i.status == LocaleStatus::Reviewed);
        let option = format!(
            "<option value=\"{v}\" lang=\"{v}\" dir=\"{}\"{}>{}</option>",
            if rtl { "rtl" } else { "ltr" },
            if id.eq_ignore_ascii_case(&selected) {
                " selected"
            } else {
                ""
            },
            esc(&name),
            v = esc(&id),
        );
        if is_reviewed {
            reviewed.push_str(&option);
        } else {
            drafts.push_str(&option);
        }
    }
    for (group, options) in [
        ("serve-locales-reviewed", reviewed),
        ("serve-locales-draft", drafts),
    ] {
        if !options.is_empty() {
            let _ = write!(
                h,
                "<optgroup label=\"{}\">{options}</optgroup>",
                esc(&words.get(group, &[]))
            );
        }
    }
    let _ = writeln!(
        h,
        "</select><p class=\"hint\">{}</p></div>",
        esc(&words.get("serve-locale-draft-note", &[]))
    );
}

/// The paper, as two radio buttons, with where the default came from.
fn paper(h: &mut String, words: &Words, state: &PageState) {
    let from = match state.paper_from {
        PaperFrom::Clinic => "serve-paper-from-clinic",
        PaperFrom::Browser => "serve-paper-from-browser",
        PaperFrom::Server => "serve-paper-from-server",
        PaperFrom::Default => "serve-paper-from-default",
    };
    let _ = write!(
        h,
        "<fieldset id=\"f-paper\" aria-describedby=\"paper-hint\"><legend>{}</legend>\
         <p class=\"hint\" id=\"paper-hint\">{}</p>",
        esc(&words.get("serve-paper-legend", &[])),
        esc(&words.get(from, &[])),
    );
    field_errors(h, words, state, Field::Paper, "paper-error");
    for (value, paper, label) in [
        ("letter", Paper::Letter, "serve-paper-letter"),
        ("a4", Paper::A4, "serve-paper-a4"),
    ] {
        let _ = write!(
            h,
            "<div class=\"check\"><input type=\"radio\" id=\"paper-{value}\" name=\"paper\" \
             value=\"{value}\"{}><label for=\"paper-{value}\">{}</label></div>",
            if state.paper == paper { " checked" } else { "" },
            esc(&words.get(label, &[])),
        );
    }
    h.push_str("</fieldset>\n");
}

/// The optional patient name.
fn patient_name(h: &mut String, words: &Words, state: &PageState) {
    let _ = write!(
        h,
        "<div class=\"field\" id=\"f-patient_name\"><label for=\"patient_name\">{}</label>\
         <p class=\"hint\" id=\"name-hint\">{}</p>",
        esc(&words.get("serve-name-label", &[])),
        esc(&words.get("serve-name-hint", &[])),
    );
    let bad = field_errors(h, words, state, Field::PatientName, "name-error");
    let _ = writeln!(
        h,
        "<input type=\"text\" id=\"patient_name\" name=\"patient_name\" maxlength=\"100\" \
         autocomplete=\"off\" spellcheck=\"false\" dir=\"auto\" value=\"{}\" \
         aria-describedby=\"name-hint{}\"{}></div>",
        esc(&state.patient_name),
        if bad { " name-error" } else { "" },
        if bad { " aria-invalid=\"true\"" } else { "" },
    );
}

/// The copy and the format: a choice when there is more than one, else a
/// hidden field with the one there is.
fn choices(h: &mut String, words: &Words, state: &PageState) {
    let copies: Vec<&str> = Copy::ALL.iter().map(|(v, _)| *v).collect();
    let formats: Vec<&str> = Format::ALL.iter().map(|(v, _)| *v).collect();
    for (name, values, chosen) in [
        ("copy", copies, &state.copy),
        ("format", formats, &state.format),
    ] {
        let chosen = if values.contains(&chosen.as_str()) {
            chosen.as_str()
        } else {
            values[0]
        };
        if values.len() == 1 {
            let _ = writeln!(
                h,
                "<input type=\"hidden\" name=\"{name}\" value=\"{}\">",
                esc(chosen)
            );
            continue;
        }
        let _ = write!(
            h,
            "<fieldset id=\"f-{name}\"><legend>{}</legend>",
            esc(&words.get(&format!("serve-{name}-legend"), &[]))
        );
        for v in values {
            let _ = write!(
                h,
                "<div class=\"check\"><input type=\"radio\" id=\"{name}-{v}\" name=\"{name}\" \
                 value=\"{v}\"{}><label for=\"{name}-{v}\">{}</label></div>",
                if v == chosen { " checked" } else { "" },
                esc(&words.get(&format!("serve-{name}-{v}"), &[])),
            );
        }
        h.push_str("</fieldset>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
