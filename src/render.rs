//! Stage 3, render: Tera 2. In: a topic, the chosen concerns, a
//! [`Localizer`], the clinic profile and the templates. Out: leaflet markup
//! (text, see `markup`). The template decides order and presentation, the
//! topic decides content, Fluent decides words. Template chrome is
//! localized with `t(id="message-id", name=value...)`. Every value is
//! escaped for the markup on output.
//!
//! A topic's body messages (subtitle, intro, paragraphs, bullets, worries
//! and answers) may carry a little inline markup: `<strong>`, `<em>` and
//! `<a href="https://...">` (https, mailto, tel). It is parsed and checked
//! here ([`inline_markup`]) and written out again, everything else escaped;
//! anything else is an error at the message's place in its FTL file. The
//! title and headings (bookmarks, metadata) and the template's chrome
//! messages (labels, the footer, some printed in attributes) take none.
//! Values from outside (the clinic profile, the patient's name) are
//! arguments, never parsed: they reach the markup escaped.

use crate::diag::{Diagnostic, Diagnostics, Kind, Location, Result};
use crate::l10n::{Absent, Arg, FormatError, Localizer, REFERENCE_LOCALE};
use crate::load::{Content, LoadedTopic, SourceFile};
use crate::model::{Clinic, Concern, Id, MessageRef, Section, Topic};
use serde::Serialize;
use std::cell::RefCell;
use std::sync::Arc;

/// Stands in for the page number in a message argument; the markup gets
/// `<page-number/>` in its place.
pub(crate) const PAGE_SENTINEL: &str = "\u{E000}";
/// Stands in for the page count; the markup gets `<page-count/>`.
pub(crate) const PAGES_SENTINEL: &str = "\u{E001}";
/// The template values that stand in for numbers known only after layout
/// (the page number and count): a message given one cannot choose a
/// variant by it.
pub(crate) const LATE_VALUES: [&str; 2] = ["leaflet.PAGE", "leaflet.PAGES"];

/// The first of the private-use characters that stand in for `t()`'s text
/// arguments while a chrome message is checked for markup (one per
/// argument, at most 64).
const ARG_SENTINEL: u32 = 0xE100;

/// What `t()` sees of the leaflet being rendered on this thread: its
/// localizer, the warnings so far, and why a message failed, if one did
/// (for an error that names the message and its FTL file, not Tera's).
struct Current {
    l10n: Arc<Localizer>,
    warnings: Vec<String>,
    /// A message that could not be formatted.
    failed: Option<(MessageRef, FormatError)>,
    /// A message refused for its markup, reported at its FTL line instead
    /// of Tera's error at the template's.
    refused: Option<Diagnostic>,
}

thread_local! {
    /// The leaflet being rendered on this thread, read by `t()`.
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
}

/// The error for message `msg`, which `l10n` could not format, asked for
/// at `asked` by `asker` (`the topic`, `the template`). A message missing
/// from the locale is said as what it most likely is: not translated yet,
/// misspelled where the locale defines it (the error is then at that
/// definition), or an id no locale has (with the closest one). A message
/// that is there but fails is wrong in its FTL file: the error is there.
pub(crate) fn message_error(
    l10n: &Localizer,
    msg: &MessageRef,
    e: &FormatError,
    asked: Location,
    asker: &str,
) -> Diagnostic {
    let locale = &l10n.locale;
    let folder = l10n.folder();
    let id = msg.message();
    let at = |loc: &Location| format!("{}:{}:{}", loc.path, loc.line, loc.column);
    if *e == FormatError::MissingMessage {
        return match l10n.absent(id) {
            Absent::MisspeltHere { id: near, at: def } => Diagnostic::error(format!(
                "no message `{id}` in locale `{locale}` ({folder}/*.ftl)"
            ))
            .at(def)
            .note(format!("{asker} asks for `{id}` at {}", at(&asked)))
            .hint(format!(
                "`{near}` here looks like a misspelling of it: rename it `{id}`"
            )),
            Absent::Untranslated {
                reference_file,
                file_name,
            } => Diagnostic::error(e.describe(msg, locale))
                .at(asked)
                .note(format!(
                    "{asker} asks for it; {REFERENCE_LOCALE} has it in {reference_file}"
                ))
                .hint(format!(
                    "add `{id} = ...` to {folder}/{file_name}, or pass --allow-fallback to print the {REFERENCE_LOCALE} text"
                )),
            Absent::Unknown { suggestion } => {
                let nor = if locale == REFERENCE_LOCALE || l10n.folder().ends_with(REFERENCE_LOCALE) {
                    String::new()
                } else {
                    format!(" or in {REFERENCE_LOCALE}")
                };
                Diagnostic::error(format!(
                    "no message `{id}` in locale `{locale}` ({folder}/*.ftl){nor}"
                ))
                .at(asked)
                .hint(match suggestion {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!(
                        "check the id's spelling; messages are defined in {folder}/*.ftl and the other locales' folders"
                    ),
                })
            }
        };
    }
    let d = match l10n.definition(msg, e) {
        Some(def) => Diagnostic::error(e.describe(msg, locale))
            .at(def)
            .note(format!("{asker} asks for it at {}", at(&asked))),
        None => Diagnostic::error(e.describe(msg, locale))
            .at(asked)
            .note(format!(
                "{asker} asks for it; the locale's files are in {folder}/"
            )),
    };
    d.hint(e.hint(msg, folder))
}

/// The inline markup a message may carry, for error messages.
const ALLOWED_MARKUP: &str = "<strong>…</strong>, <em>…</em> and <a href=\"https://…\">…</a> (an https, mailto or tel address)";

/// Why a message's inline markup was refused.
#[derive(Debug, Clone, PartialEq)]
struct MarkupProblem {
    /// The text at fault, as written (found again in the FTL file).
    needle: String,
    /// What is wrong, in one sentence.
    what: String,
}

impl MarkupProblem {
    fn new(needle: &str, what: impl Into<String>) -> Self {
        MarkupProblem {
            needle: needle.to_string(),
            what: what.into(),
        }
    }
}

/// One tag of a message's inline markup.
enum Tag<'a> {
    Open(&'static str),
    Close(&'static str),
    Link(&'a str),
}

/// Reads the inside of `<...>`: `strong`, `em`, `a href="..."` and their
/// closing tags; `None` for anything else.
fn read_tag(inner: &str) -> Option<Tag<'_>> {
    let inner = inner.trim_end();
    match inner {
        "strong" => return Some(Tag::Open("strong")),
        "em" => return Some(Tag::Open("em")),
        "/strong" => return Some(Tag::Close("strong")),
        "/em" => return Some(Tag::Close("em")),
        "/a" => return Some(Tag::Close("a")),
        _ => {}
    }
    let attr = inner.strip_prefix('a')?;
    if !attr.starts_with(char::is_whitespace) {
        return None;
    }
    let value = attr.trim_start().strip_prefix("href")?.trim_start();
    let value = value.strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value = &value[1..];
    let end = value.find(quote)?;
    value[end + 1..]
        .trim()
        .is_empty()
        .then(|| Tag::Link(&value[..end]))
}

/// Whether a link may lead to `href`: an https web address, an email
/// address or a phone number, written out in the message.
fn allowed_href(href: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    let rest = ["https://", "mailto:", "tel:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme));
    rest.is_some_and(|r| !r.is_empty())
        && !href
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_private_use(c) || is_isolate(c))
}

fn is_private_use(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

fn is_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// A message's text with its inline markup checked, as leaflet markup: the
/// tags of [`ALLOWED_MARKUP`] written out again, everything else escaped.
/// A `<` not followed by a letter, `/`, `!` or `?` is text ("5 < 10").
fn inline_markup(text: &str) -> std::result::Result<String, MarkupProblem> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut open: Vec<&'static str> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.push_str(&escape(&rest[..i]));
        let after = &rest[i + 1..];
        if !after.starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c)) {
            out.push_str("&lt;");
            rest = after;
            continue;
        }
        let Some(end) = after.find('>') else {
            let start: String = rest[i..].chars().take(12).collect();
            return Err(MarkupProblem::new(
                &start,
                format!("`{start}` starts a tag that is never closed with `>`"),
            ));
        };
        let written = &rest[i..i + end + 2];
        match read_tag(&after[..end]) {
            Some(Tag::Open(name)) => {
                out.push_str(&format!("<{name}>"));
                open.push(name);
            }
            Some(Tag::Link(href)) => {
                if open.contains(&"a") {
                    return Err(MarkupProblem::new(written, "a link inside a link"));
                }
                if !allowed_href(href) {
                    return Err(MarkupProblem::new(
                        written,
                        format!("`{href}` is not an address a link may lead to: it must be written out in the message and start with https://, mailto: or tel:"),
                    ));
                }
                out.push_str(&format!("<a href=\"{}\">", escape(href)));
                open.push("a");
            }
            Some(Tag::Close(name)) => {
                if open.last() != Some(&name) {
                    return Err(MarkupProblem::new(
                        written,
                        match open.last() {
                            Some(o) => {
                                format!("`{written}` closes `<{o}>`, which needs `</{o}>` first")
                            }
                            None => format!("`{written}` closes a tag that is not open"),
                        },
                    ));
                }
                open.pop();
                out.push_str(&format!("</{name}>"));
            }
            None => {
                return Err(MarkupProblem::new(
                    written,
                    format!("`{written}` is not allowed in a message"),
                ));
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(&escape(rest));
    match open.last() {
        Some(name) => Err(MarkupProblem::new(
            &format!("<{name}"),
            format!("`<{name}>` is never closed with `</{name}>`"),
        )),
        None => Ok(out),
    }
}

/// The first tag in a message that may take none (a title, a heading, a
/// chrome message), as a problem; `where_` says which kind of message.
fn no_markup(text: &str, where_: &str) -> std::result::Result<(), MarkupProblem> {
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        if after.starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c)) {
            let end = after.find('>').map_or(after.len(), |e| e + 1);
            let written: String = rest[i..i + 1 + end].chars().take(40).collect();
            return Err(MarkupProblem::new(
                &written,
                format!("`{written}` is markup, and {where_} takes none"),
            ));
        }
        rest = after;
    }
    Ok(())
}

/// The diagnostic for a message of `l10n` refused for its markup: at the
/// text at fault in the message's FTL file when it is written there.
fn markup_diagnostic(l10n: &Localizer, msg: &MessageRef, p: &MarkupProblem) -> Diagnostic {
    // `definition` finds the text a problem names inside the message's
    // entry: the tag at fault, or the message's id.
    let find =
        crate::l10n::FormatError::Fluent(vec![crate::l10n::FluentProblem::UnknownReference(
            p.needle.clone(),
        )]);
    let d = Diagnostic::error(format!(
        "message `{}` of locale `{}`: {}",
        msg.message(),
        l10n.locale,
        p.what
    ));
    let d = match l10n.definition(msg, &find) {
        Some(at) => d.at(at),
        None => d.note(format!("the locale's files are in {}/", l10n.folder())),
    };
    d.hint(format!(
        "a topic's body messages may use {ALLOWED_MARKUP}; the title, headings and the template's chrome messages take no markup"
    ))
}

/// Wraps a value in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE. The
/// layout stage uses the marks for bidi and drops them; markup attributes
/// (`href`, `src`, `data`) never keep them.
fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

/// Escapes text for the leaflet markup.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn escape_fn(s: &str, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    w.write_all(escape(s).as_bytes())
}

/// The compiled templates.
pub struct Renderer {
    tera: tera::Tera,
    sources: Vec<SourceFile>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer").finish_non_exhaustive()
    }
}

/// What one leaflet asks for.
#[derive(Debug, Clone)]
pub struct LeafletRequest<'a> {
    /// The topic.
    pub topic: &'a LoadedTopic,
    /// Chosen concerns, in topic order; empty means all.
    pub concerns: &'a [Id],
    /// The clinic, if a profile was given.
    pub clinic: Option<&'a Clinic>,
    /// Large print.
    pub large_print: bool,
    /// The patient's name, checked (see `app`); for the page only.
    pub patient_name: Option<&'a str>,
}

#[derive(Serialize)]
struct Ctx {
    topic: TopicCtx,
    locale: LocaleCtx,
    title: String,
    subtitle: Option<tera::Value>,
    key_points: Vec<tera::Value>,
    intro: Vec<tera::Value>,
    sections: Vec<SectionCtx>,
    concerns_heading: Option<String>,
    concerns: Vec<ConcernCtx>,
    closing_sections: Vec<SectionCtx>,
    clinic: Option<ClinicCtx>,
    help: Option<HelpCtx>,
    welcoming_meetings: Vec<MeetingCtx>,
    patient_name: Option<String>,
    large_print: bool,
    hyphenate: bool,
    #[serde(rename = "PAGE")]
    page: &'static str,
    #[serde(rename = "PAGES")]
    pages: &'static str,
}

#[derive(Serialize)]
struct TopicCtx {
    id: String,
    version: String,
    review_date: String,
}

#[derive(Serialize)]
struct LocaleCtx {
    tag: String,
    name: String,
    dir: &'static str,
    draft: bool,
}

#[derive(Serialize)]
struct SectionCtx {
    id: String,
    heading: String,
    paragraphs: Vec<tera::Value>,
    bullets: Vec<tera::Value>,
}

#[derive(Serialize)]
struct ConcernCtx {
    id: String,
    /// The wording variant the clinic chose, if any.
    wording: Option<String>,
    worry: tera::Value,
    answer: Vec<tera::Value>,
    /// Clinician copy only.
    teach_back: Option<String>,
    /// Clinician copy only.
    mi_prompt: Option<String>,
}

/// The "Get help now" numbers: present when the clinic set one, or is in
/// the US (988 and SAMHSA's helpline), or prints the naloxone line.
#[derive(Serialize)]
struct HelpCtx {
    crisis_line: Option<String>,
    helpline: Option<String>,
    naloxone: bool,
}

impl HelpCtx {
    fn of(clinic: &Clinic) -> Option<HelpCtx> {
        let help = HelpCtx {
            crisis_line: clinic.crisis_number().map(isolate),
            helpline: clinic.helpline_number().map(isolate),
            naloxone: clinic.naloxone,
        };
        (help.crisis_line.is_some() || help.helpline.is_some() || help.naloxone).then_some(help)
    }
}

/// A meeting the clinic knows welcomes people on medication.
#[derive(Serialize)]
struct MeetingCtx {
    name: String,
    when: String,
    place: String,
    last_checked: String,
}

fn meetings(clinic: Option<&Clinic>) -> Vec<MeetingCtx> {
    clinic
        .map(|c| {
            c.welcoming_meetings
                .iter()
                .map(|m| MeetingCtx {
                    name: isolate(&m.name),
                    when: isolate(&m.when),
                    place: isolate(&m.place),
                    last_checked: isolate(&m.last_checked.to_string()),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// What the clinician copy template gets, under `copy`.
#[derive(Serialize)]
struct ClinicianCtx {
    topic: TopicCtx,
    /// The clinician's locale (the sheet's language).
    locale: LocaleCtx,
    /// The patient's leaflet's locale: `tag` and `name` (in itself).
    leaflet_locale: LocaleCtx,
    /// The name of the leaflet's language in the clinician's language
    /// (message `clinician-copy-language-TAG`), else its name in itself.
    leaflet_language: String,
    /// The topic's title in the clinician's language.
    title: String,
    concerns: Vec<ConcernCtx>,
    /// Every concern of the topic was chosen (the leaflet's default).
    all_concerns: bool,
    sources: Vec<tera::Value>,
    welcoming_meetings: Vec<MeetingCtx>,
    clinic: Option<ClinicCtx>,
    large_print: bool,
    #[serde(rename = "PAGE")]
    page: &'static str,
    #[serde(rename = "PAGES")]
    pages: &'static str,
}

#[derive(Serialize)]
struct ClinicCtx {
    logo: Option<String>,
    name: Option<String>,
    address: Option<String>,
    phone: Option<String>,
    website: Option<String>,
    meeting_finder_url: Option<String>,
}

impl Renderer {
    /// Compiles every template in the content, collecting all syntax errors.
    pub fn new(content: &Content) -> Result<Renderer> {
        let mut tera = tera::Tera::new();
        tera.autoescape_on([".tera"]);
        tera.set_escape_fn(escape_fn);
        tera.register_function("t", Translate);
        let mut diags = Diagnostics::default();
        let mut sources = Vec::new();
        let mut texts = Vec::new();
        for file in content.templates() {
            let name = file.rel.trim_start_matches("templates/").to_string();
            match file.text() {
                Ok(t) => texts.push((name, t)),
                Err(e) => diags.0.extend(e.0),
            }
            sources.push(file.clone());
        }
        // All at once, so a template may include one that sorts after it.
        if let Err(e) = tera.add_raw_templates(texts.iter().map(|(n, t)| (n.as_str(), *t))) {
            diags.push(tera_diagnostic(&e, &sources));
            // Tera stops at the first problem: try each file alone for the
            // syntax errors of the others.
            for (name, text) in &texts {
                let mut alone = tera::Tera::new();
                alone.register_function("t", Translate);
                if let Err(e) = alone.add_raw_template(name, text) {
                    if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) {
                        let d = tera_diagnostic(&e, &sources);
                        if !diags.0.contains(&d) {
                            diags.push(d);
                        }
                    }
                }
            }
        }
        diags.into_result(Renderer { tera, sources })
    }

    /// The display path of a template (`leaflet` -> `templates/leaflet.tera`,
    /// or the overlay file's real path).
    pub fn template_path(&self, name: &str) -> String {
        let rel = format!("templates/{name}.tera");
        self.sources
            .iter()
            .find(|f| f.rel == rel)
            .map_or(rel, |f| f.display.clone())
    }

    /// Renders one leaflet's markup. Warnings (fallback messages) go to
    /// `warnings`.
    pub fn render(
        &self,
        req: &LeafletRequest<'_>,
        l10n: &Arc<Localizer>,
        warnings: &mut Vec<String>,
    ) -> Result<String> {
        let topic = &req.topic.topic;
        if let Some(d) = not_meant_for(req.topic, &l10n.locale) {
            return Err(d.into());
        }
        let mut fmt = MessageFormatter {
            l10n,
            topic: req.topic,
            diags: Diagnostics::default(),
            warnings,
        };
        let title = fmt.plain(&topic.title, "a title");
        let ctx = Ctx {
            topic: TopicCtx::of(topic),
            locale: LocaleCtx::of(l10n),
            subtitle: topic.subtitle.as_ref().map(|m| fmt.body(m)),
            key_points: fmt.all(&topic.key_points),
            intro: fmt.all(&topic.intro),
            sections: included(&topic.sections, req.clinic)
                .map(|s| fmt.section(s))
                .collect(),
            concerns_heading: topic
                .concerns_heading
                .as_ref()
                .map(|m| fmt.plain(m, "a heading")),
            concerns: chosen(topic, req.concerns)
                .map(|c| fmt.concern(c, req.clinic, false))
                .collect(),
            closing_sections: included(&topic.closing_sections, req.clinic)
                .map(|s| fmt.section(s))
                .collect(),
            // Clinic values are isolated for bidi (as Fluent isolates its
            // placeables): "14 Mill Lane" stays in order on an Arabic page.
            clinic: req.clinic.map(ClinicCtx::of),
            help: req.clinic.and_then(HelpCtx::of),
            welcoming_meetings: meetings(req.clinic),
            // Isolated like the clinic's values: a Latin name reads in
            // order on an Arabic page, an Arabic name on an English one.
            patient_name: req.patient_name.map(isolate),
            large_print: req.large_print,
            hyphenate: topic.hyphenate,
            title,
            page: PAGE_SENTINEL,
            pages: PAGES_SENTINEL,
        };
        if fmt.diags.has_errors() {
            return Err(fmt.diags);
        }
        let template = format!("{}.tera", topic.template);
        if !self.tera.contains_template(&template) {
            return Err(
                Diagnostic::error(format!("there is no template `{template}`"))
                    .at(req.topic.location_of("template", topic.template.as_str()))
                    .hint("templates live in templates/*.tera")
                    .into(),
            );
        }
        let mut context = tera::Context::new();
        context.insert("leaflet", &ctx);
        self.run(&template, &context, l10n, fmt.warnings)
    }

    /// Renders the clinician copy of a leaflet (`templates/clinician.tera`):
    /// for the same topic and concerns, what the leaflet tells the patient,
    /// each concern's teach-back question and MI prompt, and the topic's
    /// sources, in the clinician's language; `patient` is the leaflet's
    /// locale, which the sheet names.
    pub fn render_clinician(
        &self,
        req: &LeafletRequest<'_>,
        patient: &Localizer,
        clinician: &Arc<Localizer>,
        warnings: &mut Vec<String>,
    ) -> Result<String> {
        let topic = &req.topic.topic;
        let mut fmt = MessageFormatter {
            l10n: clinician,
            topic: req.topic,
            diags: Diagnostics::default(),
            warnings,
        };
        let concerns: Vec<ConcernCtx> = chosen(topic, req.concerns)
            .map(|c| fmt.concern(c, req.clinic, true))
            .collect();
        if topic.concerns.iter().all(|c| c.teach_back.is_none()) {
            fmt.warnings.push(format!(
                "topic `{}` has no teach-back questions: the clinician copy prints only what the leaflet says",
                topic.id
            ));
        }
        let leaflet_locale = LocaleCtx::of(patient);
        let leaflet_language =
            MessageRef::new(&format!("clinician-copy-language-{}", patient.locale))
                .ok()
                .and_then(|m| clinician.format(&m, &[], &mut Vec::new()).ok())
                .unwrap_or_else(|| leaflet_locale.name.clone());
        let ctx = ClinicianCtx {
            topic: TopicCtx::of(topic),
            locale: LocaleCtx::of(clinician),
            leaflet_locale,
            leaflet_language,
            title: fmt.plain(&topic.title, "a title"),
            all_concerns: req.concerns.is_empty(),
            concerns,
            sources: fmt.all(&topic.sources),
            welcoming_meetings: meetings(req.clinic),
            clinic: req.clinic.map(ClinicCtx::of),
            large_print: req.large_print,
            page: PAGE_SENTINEL,
            pages: PAGES_SENTINEL,
        };
        if fmt.diags.has_errors() {
            return Err(fmt.diags);
        }
        let template = CLINICIAN_TEMPLATE;
        if !self.tera.contains_template(template) {
            return Err(Diagnostic::error(format!("there is no template `{template}`"))
                .hint("the clinician copy is printed by templates/clinician.tera; a content folder that replaces the templates must keep it")
                .into());
        }
        let mut context = tera::Context::new();
        context.insert("copy", &ctx);
        self.run(template, &context, clinician, fmt.warnings)
    }

    /// Renders `template` with `l10n` serving `t()`; the warnings of `t()`
    /// go to `warnings`.
    fn run(
        &self,
        template: &str,
        context: &tera::Context,
        l10n: &Arc<Localizer>,
        warnings: &mut Vec<String>,
    ) -> Result<String> {
        CURRENT.with(|c| {
            *c.borrow_mut() = Some(Current {
                l10n: l10n.clone(),
                warnings: Vec::new(),
                failed: None,
                refused: None,
            })
        });
        let result = self.tera.render(template, context);
        let current = CURRENT.with(|c| c.borrow_mut().take());
        let (t_warnings, failed, refused) = current.map_or((Vec::new(), None, None), |c| {
            (c.warnings, c.failed, c.refused)
        });
        warnings.extend(t_warnings);
        result.map_err(|e| {
            // A chrome message refused for its markup: at its FTL line.
            if let Some(d) = refused {
                return d.into();
            }
            let d = tera_diagnostic(&e, &self.sources);
            match (failed, d.location) {
                // A message t() could not format: said as a message error,
                // at the call, not as a template syntax error.
                (Some((msg, err)), Some(asked)) => {
                    message_error(l10n, &msg, &err, asked, "the template")
                        .kind(Kind::Template)
                        .into()
                }
                (_, location) => Diagnostic { location, ..d }.into(),
            }
        })
    }
}

/// The template of the clinician copy.
pub(crate) const CLINICIAN_TEMPLATE: &str = "clinician.tera";

impl TopicCtx {
    fn of(topic: &Topic) -> TopicCtx {
        TopicCtx {
            id: topic.id.to_string(),
            version: topic.version.clone(),
            review_date: topic.review_date.to_string(),
        }
    }
}

impl LocaleCtx {
    fn of(l10n: &Localizer) -> LocaleCtx {
        LocaleCtx {
            tag: l10n.locale.clone(),
            name: l10n
                .info
                .as_ref()
                .map(|i| i.name.clone())
                .unwrap_or_else(|| l10n.locale.clone()),
            dir: match l10n.info.as_ref().map(|i| i.direction) {
                Some(crate::model::Direction::Rtl) => "rtl",
                _ => "ltr",
            },
            draft: l10n.is_draft(),
        }
    }
}

impl ClinicCtx {
    // Clinic values are isolated for bidi (as Fluent isolates its
    // placeables): "14 Mill Lane" stays in order on an Arabic page.
    fn of(c: &Clinic) -> ClinicCtx {
        ClinicCtx {
            logo: c.logo.clone(),
            name: c.name.as_deref().map(isolate),
            address: c.address.as_deref().map(isolate),
            phone: c.phone.as_deref().map(isolate),
            website: c.website.as_deref().map(isolate),
            meeting_finder_url: c.meeting_finder_url.as_deref().map(isolate),
        }
    }
}

/// The sections a leaflet prints: every one not optional, and the optional
/// ones the clinic includes.
fn included<'a>(
    sections: &'a [Section],
    clinic: Option<&'a Clinic>,
) -> impl Iterator<Item = &'a Section> + 'a {
    sections
        .iter()
        .filter(move |s| !s.optional || clinic.is_some_and(|c| c.include_sections.contains(&s.id)))
}

/// The chosen concerns in topic order; all of them when none was chosen.
fn chosen<'a>(topic: &'a Topic, ids: &'a [Id]) -> impl Iterator<Item = &'a Concern> + 'a {
    topic
        .concerns
        .iter()
        .filter(move |c| ids.is_empty() || ids.contains(&c.id))
}

/// The error for a topic asked for in a locale it does not list in its
/// `locales:` (a clinic's topic written in two languages, say). A
/// pseudo-locale, made from the reference, goes with the reference.
pub(crate) fn not_meant_for(topic: &LoadedTopic, locale: &str) -> Option<Diagnostic> {
    let t = &topic.topic;
    let as_locale = if crate::l10n::pseudo_locale(locale).is_some() {
        REFERENCE_LOCALE
    } else {
        locale
    };
    let listed = t.locales.as_ref().filter(|_| !t.meant_for(as_locale))?;
    let text = topic.file.text().unwrap_or("");
    let at = text
        .match_indices("locales:")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n')
        .unwrap_or(0);
    let names = listed
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(
        Diagnostic::error(format!(
            "topic `{}` is written for {names}, not for `{locale}`",
            t.id
        ))
        .at(Location::new(&topic.file.display, text, at..at + "locales".len()))
        .hint(format!(
            "ask for one of its locales (--locale {}), or translate its messages and add `{locale}` to its `locales:`",
            listed.first().map_or("", String::as_str)
        )),
    )
}

struct MessageFormatter<'a, 'w> {
    l10n: &'a Localizer,
    topic: &'a LoadedTopic,
    diags: Diagnostics,
    warnings: &'w mut Vec<String>,
}

impl MessageFormatter<'_, '_> {
    fn one(&mut self, msg: &MessageRef) -> String {
        match self.l10n.format(msg, &[], self.warnings) {
            Ok(s) => s,
            Err(e) => {
                let asked = self.topic.location_of("", msg.as_str());
                let asker = format!("the topic `{}`", self.topic.topic.id);
                self.diags
                    .push(message_error(self.l10n, msg, &e, asked, &asker));
                String::new()
            }
        }
    }

    /// A body message, its inline markup checked and written out as
    /// markup (the template prints it as it is).
    fn body(&mut self, msg: &MessageRef) -> tera::Value {
        let text = self.one(msg);
        match inline_markup(&text) {
            Ok(markup) => tera::Value::safe_string(&markup),
            Err(p) => {
                self.diags.push(markup_diagnostic(self.l10n, msg, &p));
                tera::Value::safe_string("")
            }
        }
    }

    /// A message that takes no markup (`what`: a title, a heading); the
    /// template escapes it.
    fn plain(&mut self, msg: &MessageRef, what: &str) -> String {
        let text = self.one(msg);
        if let Err(p) = no_markup(&text, what) {
            self.diags.push(markup_diagnostic(self.l10n, msg, &p));
        }
        text
    }

    fn all(&mut self, msgs: &[MessageRef]) -> Vec<tera::Value> {
        msgs.iter().map(|m| self.body(m)).collect()
    }

    fn section(&mut self, s: &Section) -> SectionCtx {
        SectionCtx {
            id: s.id.to_string(),
            heading: self.plain(&s.heading, "a heading"),
            paragraphs: self.all(&s.paragraphs),
            bullets: self.all(&s.bullets),
        }
    }

    /// A concern as printed, with the clinic's wording; `clinician` adds
    /// its teach-back question and MI prompt.
    fn concern(&mut self, c: &Concern, clinic: Option<&Clinic>, clinician: bool) -> ConcernCtx {
        let choice = clinic.and_then(|cl| cl.wording.get(&c.id));
        let (answer, wording) = match (&c.wording, choice) {
            (Some(w), Some(choice)) => match w.variants.get(choice) {
                Some(a) => (a, Some(choice.to_string())),
                None => (&c.answer, None),
            },
            _ => (&c.answer, None),
        };
        ConcernCtx {
            id: c.id.to_string(),
            wording,
            worry: self.body(&c.worry),
            answer: self.all(answer),
            teach_back: c
                .teach_back
                .as_ref()
                .filter(|_| clinician)
                .map(|m| self.one(m)),
            mi_prompt: c
                .mi_prompt
                .as_ref()
                .filter(|_| clinician)
                .map(|m| self.one(m)),
        }
    }
}

/// The `t(id="...", ...)` template function.
struct Translate;

impl tera::Function<tera::TeraResult<tera::Value>> for Translate {
    fn call(&self, kwargs: tera::Kwargs, _state: &tera::State) -> tera::TeraResult<tera::Value> {
        let id: String = kwargs.must_get("id")?;
        let msg = MessageRef::new(&id).map_err(tera::Error::message)?;
        // Text arguments (the clinic's values, the patient's name) go in
        // as stand-ins, so the message's own text can be checked for
        // markup without ever reading theirs; they come back escaped.
        let mut args = Vec::new();
        let mut values: Vec<(char, String)> = Vec::new();
        for (k, v) in kwargs.iter() {
            let key = k.to_string();
            if key == "id" {
                continue;
            }
            let arg = match (v.as_str(), v.as_number()) {
                (None, Some(n)) => Arg::Num(n.as_float()),
                (s, _) => {
                    let value = s.map_or_else(|| v.to_string(), str::to_string);
                    let sentinel = char::from_u32(ARG_SENTINEL + values.len() as u32)
                        .filter(|_| values.len() < 64)
                        .ok_or_else(|| tera::Error::message("t() takes at most 64 arguments"))?;
                    values.push((sentinel, value));
                    Arg::Str(sentinel.to_string())
                }
            };
            args.push((key, arg));
        }
        CURRENT.with(|c| {
            let mut cur = c.borrow_mut();
            let cur = cur
                .as_mut()
                .ok_or_else(|| tera::Error::message("t() called outside a leaflet render"))?;
            let args: Vec<(&str, Arg)> =
                args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            let text = match cur.l10n.format(&msg, &args, &mut cur.warnings) {
                Ok(text) => text,
                Err(e) => {
                    let what = format!(
                        "{} ({}/)",
                        e.describe(&msg, &cur.l10n.locale),
                        cur.l10n.folder()
                    );
                    cur.failed = Some((msg, e));
                    return Err(tera::Error::message(what));
                }
            };
            if let Err(p) = no_markup(&text, "a chrome message of the template") {
                let d = markup_diagnostic(&cur.l10n, &msg, &p);
                let what = d.message.clone();
                cur.refused.get_or_insert(d);
                return Err(tera::Error::message(what));
            }
            let mut escaped = escape(&text);
            for (sentinel, value) in &values {
                escaped = escaped.replace(*sentinel, &escape(value));
            }
            let escaped = escaped
                .replace(PAGE_SENTINEL, "<page-number/>")
                .replace(PAGES_SENTINEL, "<page-count/>");
            Ok(tera::Value::safe_string(&escaped))
        })
    }

    fn is_safe(&self) -> bool {
        true
    }
}

fn tera_diagnostic(e: &tera::Error, sources: &[SourceFile]) -> Diagnostic {
    tera_located(e, sources).kind(Kind::Template)
}

/// The Tera error at its place in the template, with a hint.
fn tera_located(e: &tera::Error, sources: &[SourceFile]) -> Diagnostic {
    let report = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    if let tera::ErrorKind::CircularInclude { include_chain, .. } = e.kind() {
        // Point at the include that closes the loop.
        let chain = include_chain.join(" -> ");
        let d = Diagnostic::error(format!("template: the includes form a loop: {chain}"))
            .hint("a template cannot include itself, directly or through another: remove one `{% include %}` of the loop");
        if let [.., from, to] = include_chain.as_slice() {
            let file = sources
                .iter()
                .find(|f| f.rel.trim_start_matches("templates/") == from.as_str());
            if let Some((f, text)) = file.and_then(|f| f.text().ok().map(|t| (f, t))) {
                let needle = format!("\"{to}\"");
                if let Some(at) = text.find(&needle) {
                    return d.at(Location::new(&f.display, text, at..at + needle.len()));
                }
                return d.at(Location::file(&f.display));
            }
        }
        return d;
    }
    if let tera::ErrorKind::Msg(m) = e.kind() {
        if let Some(d) = located_report(m, sources) {
            return d;
        }
    }
    match report {
        Some(r) => {
            let file = sources
                .iter()
                .find(|f| f.rel.trim_start_matches("templates/") == r.filename());
            let mut d = Diagnostic::error(format!("template: {}", r.message()));
            d = match file.and_then(|f| f.text().ok().map(|t| (f, t))) {
                Some((f, text)) => d.at(Location::new(&f.display, text, r.span().range.clone())),
                None => d.at(Location::file(&format!("templates/{}", r.filename()))),
            };
            d.hint(
                "see the template syntax of Tera 2 (keon.github.io/tera) and templates/README.md",
            )
        }
        None => Diagnostic::error(format!("template: {e}"))
            .hint("see the template syntax of Tera 2 and templates/README.md"),
    }
}

/// Tera's checks after parsing (an unknown template, filter or function)
/// come as text: `error: Unknown template `x.tera`` then
/// ` --> name:line:col`. Turns the first into our diagnostic.
fn located_report(m: &str, sources: &[SourceFile]) -> Option<Diagnostic> {
    let mut lines = m.lines();
    let what = lines.next()?.trim().trim_start_matches("error: ");
    let place = lines.find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = place.rsplitn(3, ':');
    let col: usize = parts.next()?.trim().parse().ok()?;
    let line: usize = parts.next()?.trim().parse().ok()?;
    let name = parts.next()?;
    let file = sources
        .iter()
        .find(|f| f.rel.trim_start_matches("templates/") == name)?;
    let text = file.text().ok()?;
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let at = text[line_start..]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i);
    let hint = if what.starts_with("Unknown template") {
        "templates live in templates/*.tera of the content; check the name, or add the file"
    } else {
        "see the template syntax of Tera 2 (keon.github.io/tera) and templates/README.md"
    };
    Some(
        Diagnostic::error(format!("template: {what}"))
            .at(Location::new(&file.display, text, at..at + 1))
            .hint(hint),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_characters() {
        assert_eq!(
            escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }

    #[test]
    fn inline_markup_keeps_three_tags_and_escapes_the_rest() {
        assert_eq!(
            inline_markup("a <strong>b <em>c</em></strong> & 5 < 10 <a href='tel:+1 555'>x</a>"),
            Err(MarkupProblem::new(
                "<a href='tel:+1 555'>",
                "`tel:+1 555` is not an address a link may lead to: it must be written out in the message and start with https://, mailto: or tel:"
            ))
        );
        assert_eq!(
            inline_markup("a <strong>b <em>c</em></strong> & 5 < 10 <a href=\"mailto:x@y.org?s=a&b\">x</a>").unwrap(),
            "a <strong>b <em>c</em></strong> &amp; 5 &lt; 10 <a href=\"mailto:x@y.org?s=a&amp;b\">x</a>"
        );
        let refused = |t: &str| inline_markup(t).unwrap_err().needle;
        assert_eq!(refused("<strong>a<em>b</strong></em>"), "</strong>");
        assert_eq!(refused("a</em>"), "</em>");
        assert_eq!(
            refused("<a href=\"https://x\"><a href=\"https://y\">z</a></a>"),
            "<a href=\"https://y\">"
        );
        assert_eq!(
            refused("<strong class=\"x\">a</strong>"),
            "<strong class=\"x\">"
        );
        assert_eq!(refused("<!-- c -->"), "<!-- c -->");
        assert_eq!(
            refused("<a href=\"http://x.org\">x</a>"),
            "<a href=\"http://x.org\">"
        );
        assert_eq!(refused("<em"), "<em");
        assert!(no_markup("5 < 10", "a heading").is_ok());
        assert_eq!(
            no_markup("a <em>b</em>", "a heading").unwrap_err().needle,
            "<em>"
        );
    }
}
