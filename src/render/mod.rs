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
//! here (`inline`) and written out again, everything else escaped;
//! anything else is an error at the message's place in its FTL file. The
//! title and headings (bookmarks, metadata) and the template's chrome
//! messages (labels, the footer, some printed in attributes) take none.
//! Values from outside (the clinic profile, the patient's name) are
//! arguments, never parsed: they reach the markup escaped.

mod errors;
mod inline;

use errors::tera_diagnostic;
pub(crate) use errors::{message_error, not_meant_for};
use inline::{inline_markup, markup_diagnostic, no_markup};

use crate::diag::{Diagnostic, Diagnostics, Result};
use crate::l10n::{Arg, FormatError, Localizer};
use crate::load::{Content, LoadedTopic, SourceFile};
use crate::model::{Clinic, Concern, Id, MessageRef, Section, Topic};
use serde::Serialize;
use std::cell::RefCell;
use std::sync::Arc;

/// Stands in for the page number in a message argument; the markup gets
/// `<page-number/>` in its place. Sentinels are noncharacters, which a
/// locale file may not hold (a private-use character is a translator's
/// to use: an icon font's, say).
pub(crate) const PAGE_SENTINEL: &str = "\u{FDEE}";
/// Stands in for the page count; the markup gets `<page-count/>`.
pub(crate) const PAGES_SENTINEL: &str = "\u{FDEF}";
/// The template values that stand in for numbers known only after layout
/// (the page number and count): a message given one cannot choose a
/// variant by it.
pub(crate) const LATE_VALUES: [&str; 2] = ["leaflet.PAGE", "leaflet.PAGES"];

/// The first of the noncharacters that stand in for `t()`'s text
/// arguments while a chrome message is checked for markup (one per
/// argument, at most [`MAX_T_ARGS`]).
const ARG_SENTINEL: u32 = 0xFDD0;
/// The most text arguments `t()` takes (U+FDD0 to U+FDED).
const MAX_T_ARGS: usize = 30;

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
    /// Clinician copy only: that wording's name for the clinician (the
    /// topic's `names:`), else its id.
    wording_name: Option<String>,
    worry: tera::Value,
    answer: Vec<tera::Value>,
    /// Clinician copy only.
    teach_back: Option<String>,
    /// Clinician copy only: the teach-back question in the patient's
    /// language, when the sheet is in another one (and the patient's
    /// locale has it, not through a fallback).
    teach_back_leaflet: Option<String>,
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
        let mut concerns: Vec<ConcernCtx> = chosen(topic, req.concerns)
            .map(|c| fmt.concern(c, req.clinic, true))
            .collect();
        // Each teach-back question also in the patient's language, to be
        // asked in it; only where the patient's locale has it itself.
        if patient.locale != clinician.locale {
            for (ctx, c) in concerns.iter_mut().zip(chosen(topic, req.concerns)) {
                let mut fallback = Vec::new();
                ctx.teach_back_leaflet = c.teach_back.as_ref().and_then(|m| {
                    let text = patient.format(m, &[], &mut fallback).ok()?;
                    fallback.is_empty().then_some(text)
                });
            }
        }
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
                    message_error(l10n, &msg, &err, asked, "the template").into()
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
        let wording_name = match (&c.wording, choice) {
            (Some(w), Some(choice)) if clinician && wording.is_some() => Some(
                w.names
                    .get(choice)
                    .map_or_else(|| choice.to_string(), |m| self.one(m)),
            ),
            _ => None,
        };
        ConcernCtx {
            id: c.id.to_string(),
            wording,
            wording_name,
            worry: self.body(&c.worry),
            answer: self.all(answer),
            teach_back: c
                .teach_back
                .as_ref()
                .filter(|_| clinician)
                .map(|m| self.one(m)),
            teach_back_leaflet: None,
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
                        .filter(|_| values.len() < MAX_T_ARGS)
                        .ok_or_else(|| {
                            tera::Error::message(format!(
                                "t() takes at most {MAX_T_ARGS} text arguments"
                            ))
                        })?;
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
            // Each argument's value in place of its sentinel, in one pass
            // (a value is never searched for another's sentinel); the page
            // number and count as their markup.
            let mut escaped = String::with_capacity(text.len() + 32);
            for ch in escape(&text).chars() {
                match values.iter().find(|(sentinel, _)| *sentinel == ch) {
                    Some((_, v)) if v == PAGE_SENTINEL => escaped.push_str("<page-number/>"),
                    Some((_, v)) if v == PAGES_SENTINEL => escaped.push_str("<page-count/>"),
                    Some((_, v)) => escaped.push_str(&escape(v)),
                    None => escaped.push(ch),
                }
            }
            Ok(tera::Value::safe_string(&escaped))
        })
    }

    fn is_safe(&self) -> bool {
        true
    }
}
