//! Leaf: the content model. Topic, concern, clinic and locale metadata types,
//! strict on input (`deny_unknown_fields`, ids checked as they are read), so a
//! typo in a clinic's YAML is an error at its own line. The load stage fills
//! these from YAML; nothing here knows about files.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// An identifier of a topic, concern, section or variant: `[a-z0-9-]+`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// Checks `s` and wraps it.
    pub fn new(s: &str) -> Result<Id, String> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(Id(s.to_string()))
        } else {
            Err(format!(
                "`{}` is not a valid id: use 1 to 64 of a-z, 0-9 and `-`",
                s.escape_debug()
            ))
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Id::new(&s).map_err(serde::de::Error::custom)
    }
}

/// Checks a language tag as typed by a user (`es`, `es-MX`, `zh-Hans`):
/// 1 to 64 ASCII letters, digits, `-` or `_`. Anything else (`../es`, a
/// `/`, a NUL) is refused before the tag is used anywhere.
pub fn check_language_tag(s: &str) -> Result<(), String> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{}` is not a language tag: use letters, digits and `-` (es, es-MX, zh-Hans)",
            s.escape_debug()
        ))
    }
}

fn opt_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s = Option::<String>::deserialize(d)?;
    if let Some(s) = &s {
        Id::new(s).map_err(serde::de::Error::custom)?;
    }
    Ok(s)
}

fn opt_ids<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    let v = Option::<Vec<String>>::deserialize(d)?;
    for s in v.iter().flatten() {
        Id::new(s).map_err(serde::de::Error::custom)?;
    }
    Ok(v)
}

fn opt_tag<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s = Option::<String>::deserialize(d)?;
    if let Some(s) = &s {
        check_language_tag(s).map_err(serde::de::Error::custom)?;
    }
    Ok(s)
}

/// A reference to a Fluent message (`message-id`) or one of its attributes
/// (`message-id.attribute`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct MessageRef(String);

impl MessageRef {
    /// Checks `s` against Fluent's identifier grammar and wraps it.
    pub fn new(s: &str) -> Result<MessageRef, String> {
        let ident = |p: &str| {
            let mut chars = p.chars();
            matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        let ok = match s.split_once('.') {
            Some((m, a)) => ident(m) && ident(a),
            None => ident(s),
        };
        if ok {
            Ok(MessageRef(s.to_string()))
        } else {
            Err(format!(
                "`{}` is not a Fluent message id (letters, digits, `-`, `_`; `message.attribute` for an attribute)",
                s.escape_debug()
            ))
        }
    }

    /// The message id.
    pub fn message(&self) -> &str {
        self.0.split_once('.').map_or(&self.0, |(m, _)| m)
    }

    /// The attribute, if the reference names one.
    pub fn attribute(&self) -> Option<&str> {
        self.0.split_once('.').map(|(_, a)| a)
    }

    /// The reference as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MessageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for MessageRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        MessageRef::new(&s).map_err(serde::de::Error::custom)
    }
}

/// A calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month, 1-12.
    pub month: u8,
    /// Day, 1-31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, String> {
        let err = || {
            format!(
                "`{}` is not a date: write it as YYYY-MM-DD",
                s.escape_debug()
            )
        };
        let parts: Vec<&str> = s.split('-').collect();
        if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
            return Err(err());
        }
        let year = parts[0].parse().map_err(|_| err())?;
        let month = parts[1].parse().map_err(|_| err())?;
        let day = parts[2].parse().map_err(|_| err())?;
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return Err(err());
        }
        Ok(Date { year, month, day })
    }

    /// Seconds since 1970-01-01 at midnight UTC (for PDF dates).
    pub fn unix_seconds(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        (era * 146_097 + doe - 719_468) * 86_400
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// What a leaflet contains: one YAML file in `topics/`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Topic {
    /// The topic id; must match the file name.
    pub id: Id,
    /// Content version, printed in the footer.
    pub version: String,
    /// When the content was last reviewed, printed in the footer.
    pub review_date: Date,
    /// Template name, without `.tera`.
    pub template: Id,
    /// Most pages the leaflet may take with every concern selected.
    #[serde(default)]
    pub page_budget: Option<u32>,
    /// Hyphenate long words where the language has patterns (off by default;
    /// never for Chinese or Arabic).
    #[serde(default)]
    pub hyphenate: bool,
    /// Leaflet title.
    pub title: MessageRef,
    /// Line under the title.
    #[serde(default)]
    pub subtitle: Option<MessageRef>,
    /// Opening paragraphs.
    #[serde(default)]
    pub intro: Vec<MessageRef>,
    /// The few main messages, printed in a box under the title.
    #[serde(default)]
    pub key_points: Vec<MessageRef>,
    /// Sections printed before the concerns.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Heading above the concerns.
    #[serde(default)]
    pub concerns_heading: Option<MessageRef>,
    /// The worries a clinician can tick, in print order.
    #[serde(default)]
    pub concerns: Vec<Concern>,
    /// Sections printed after the concerns.
    #[serde(default)]
    pub closing_sections: Vec<Section>,
    /// Where the content comes from: messages printed on the clinician
    /// copy (never on the patient's leaflet).
    #[serde(default)]
    pub sources: Vec<MessageRef>,
    /// The locales the topic is written for (folder names: `[en-US, es]`);
    /// absent: every locale. `check` checks it only in these, and `render`
    /// refuses the others.
    #[serde(default)]
    pub locales: Option<Vec<String>>,
}

impl Topic {
    /// Whether the topic is written for the locale folder `locale`.
    pub fn meant_for(&self, locale: &str) -> bool {
        self.locales
            .as_ref()
            .is_none_or(|l| l.iter().any(|x| x == locale))
    }

    /// The body text a leaflet prints with every concern: intro, section
    /// paragraphs and bullets, worries and their default answers (no
    /// headings, no alternative wordings).
    pub fn body_messages(&self) -> Vec<&MessageRef> {
        let mut refs: Vec<&MessageRef> = self.key_points.iter().collect();
        refs.extend(&self.intro);
        for s in self.sections.iter().chain(&self.closing_sections) {
            refs.extend(s.paragraphs.iter().chain(&s.bullets));
        }
        for c in &self.concerns {
            refs.push(&c.worry);
            refs.extend(c.answer.iter());
        }
        refs
    }

    /// Every message the topic can ask for, each once: the body, the
    /// title and headings, and every wording variant.
    pub fn all_messages(&self) -> Vec<&MessageRef> {
        let mut refs = self.body_messages();
        refs.push(&self.title);
        refs.extend(self.subtitle.iter().chain(&self.concerns_heading));
        for s in self.sections.iter().chain(&self.closing_sections) {
            refs.push(&s.heading);
        }
        for w in self.concerns.iter().filter_map(|c| c.wording.as_ref()) {
            refs.extend(w.variants.values().flatten());
        }
        refs.extend(self.clinician_messages());
        refs.sort();
        refs.dedup();
        refs
    }
}

impl Topic {
    /// The messages only the clinician copy prints: each concern's
    /// teach-back question and motivational-interviewing prompt, and the
    /// sources.
    pub fn clinician_messages(&self) -> Vec<&MessageRef> {
        let mut refs: Vec<&MessageRef> = Vec::new();
        for c in &self.concerns {
            refs.extend(c.teach_back.iter().chain(&c.mi_prompt));
            refs.extend(c.wording.iter().flat_map(|w| w.names.values()));
        }
        refs.extend(&self.sources);
        refs
    }

    /// The ids of the sections a clinic may include (`optional: true`).
    pub fn optional_sections(&self) -> impl Iterator<Item = &Id> {
        self.sections
            .iter()
            .chain(&self.closing_sections)
            .filter(|s| s.optional)
            .map(|s| &s.id)
    }
}

/// A block of text with a heading; an optional one is printed only when
/// the clinic profile lists its id under `include-sections`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Section {
    /// Section id.
    pub id: Id,
    /// Printed only for clinics that include it.
    #[serde(default)]
    pub optional: bool,
    /// Heading.
    pub heading: MessageRef,
    /// Paragraphs.
    #[serde(default)]
    pub paragraphs: Vec<MessageRef>,
    /// Bullet list items, after the paragraphs.
    #[serde(default)]
    pub bullets: Vec<MessageRef>,
}

/// A worry a patient voiced and what actually happens.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Concern {
    /// Concern id, as given to `--concern`.
    pub id: Id,
    /// The worry, in the patient's words.
    pub worry: MessageRef,
    /// The answer's paragraphs, printed when the clinic chose no wording.
    pub answer: Vec<MessageRef>,
    /// Wording variants a clinic may choose between.
    #[serde(default)]
    pub wording: Option<Wording>,
    /// The clinician copy's teach-back question ("In your own words, ...").
    #[serde(default)]
    pub teach_back: Option<MessageRef>,
    /// The clinician copy's motivational-interviewing prompt.
    #[serde(default)]
    pub mi_prompt: Option<MessageRef>,
}

/// Clinic-selectable wordings of one answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Wording {
    /// The variant used when the clinic chose none.
    pub default: Id,
    /// Variant id to the answer's paragraphs.
    pub variants: std::collections::BTreeMap<Id, Vec<MessageRef>>,
    /// Variant id to the message that names and describes it for the
    /// clinician (the web form shows it; never printed for the patient).
    /// A variant without one is shown by its id.
    #[serde(default)]
    pub names: std::collections::BTreeMap<Id, MessageRef>,
}

/// A locale's metadata, `locales/<lang>/locale.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LocaleInfo {
    /// The language's name in itself (`Español`).
    pub name: String,
    /// Writing direction.
    #[serde(default)]
    pub direction: Direction,
    /// Draft or reviewed.
    pub status: LocaleStatus,
    /// Who translated it.
    #[serde(default)]
    pub translator: Option<String>,
    /// Who reviewed it.
    #[serde(default)]
    pub reviewer: Option<String>,
    /// When it was reviewed.
    #[serde(default)]
    pub review_date: Option<Date>,
}

/// Writing direction of a locale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left.
    Rtl,
}

/// `locales/<lang>/source.lock`: the reference text each message was
/// translated from, by fingerprint, so `check` can flag translations whose
/// source changed since.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceLock {
    /// The locale translated from.
    pub from: String,
    /// Message id to the fingerprint of its source text.
    #[serde(default)]
    pub messages: std::collections::BTreeMap<String, String>,
}

/// Whether a translation has been reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LocaleStatus {
    /// Written but not reviewed: the leaflet carries a visible draft mark.
    Draft,
    /// Reviewed by a native-speaking clinician.
    Reviewed,
}

/// What a leaflet is written as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// The printable PDF.
    #[default]
    Pdf,
    /// The accessible HTML twin: one self-contained page.
    Html,
}

impl Format {
    /// The format a file name asks for: `.html` or `.htm` is HTML, anything
    /// else the PDF.
    pub fn of_path(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm") => {
                Format::Html
            }
            _ => Format::Pdf,
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
        }
    }
}

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// US Letter, 8.5 x 11 in.
    Letter,
    /// ISO A4, 210 x 297 mm.
    A4,
}

impl std::fmt::Display for Paper {
    /// The paper's name in a message: `Letter`, `A4`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Paper::Letter => "Letter",
            Paper::A4 => "A4",
        })
    }
}

impl Paper {
    /// The paper's name as `--paper` takes it: `letter`, `a4`.
    pub fn name(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "a4",
        }
    }

    /// The paper POSIX tools would pick for a locale string such as
    /// `en_US.UTF-8` (the value of `LC_PAPER` or `LANG`): Letter in the
    /// Americas that use it and the Philippines, A4 elsewhere.
    pub fn from_posix_locale(value: &str) -> Option<Paper> {
        let base = value.split(['.', '@']).next().unwrap_or("");
        if base.is_empty() || base == "C" || base == "POSIX" {
            return None;
        }
        let region = base.split(['_', '-']).nth(1)?;
        const LETTER: [&str; 12] = [
            "US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "PR",
        ];
        Some(if LETTER.contains(&region.to_ascii_uppercase().as_str()) {
            Paper::Letter
        } else {
            Paper::A4
        })
    }
}

/// A clinic's details, printed in the closing block and the footer.
/// Serialized (to JSON) only for the document id: every field is part of
/// what a leaflet is made from.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Clinic {
    /// Clinic name.
    pub name: Option<String>,
    /// Street address, one line.
    #[serde(default)]
    pub address: Option<String>,
    /// Phone number as it should be printed.
    #[serde(default)]
    pub phone: Option<String>,
    /// Web site.
    #[serde(default)]
    pub website: Option<String>,
    /// Where patients find local meetings (printed, and as a QR code).
    #[serde(default)]
    pub meeting_finder_url: Option<String>,
    /// A PNG or JPEG logo; a relative path is taken from the profile's folder.
    #[serde(default)]
    pub logo: Option<String>,
    /// Paper the clinic prints on.
    #[serde(default)]
    pub paper: Option<Paper>,
    /// Concern id to the wording variant the clinic chose.
    #[serde(default)]
    pub wording: std::collections::BTreeMap<Id, Id>,
    /// The crisis line to print under "Get help now" (US default: 988).
    #[serde(default)]
    pub crisis_line: Option<String>,
    /// The helpline to print under "Get help now" (US default: SAMHSA's
    /// National Helpline).
    #[serde(default)]
    pub helpline: Option<String>,
    /// The clinic's country, an ISO 3166-1 code (`US`, `GB`): chooses the
    /// default numbers (the US only; none are invented elsewhere).
    #[serde(default, deserialize_with = "opt_country")]
    pub country: Option<String>,
    /// Print the naloxone line under "Get help now".
    #[serde(default)]
    pub naloxone: bool,
    /// The optional sections of the topics this clinic prints.
    #[serde(default)]
    pub include_sections: Vec<Id>,
    /// Meetings the clinic knows welcome people on medication, printed by
    /// the `welcoming-meetings-listed` wording.
    #[serde(default)]
    pub welcoming_meetings: Vec<WelcomingMeeting>,
}

impl Clinic {
    /// The crisis line to print: the clinic's, else 988 in the US, else none.
    pub fn crisis_number(&self) -> Option<&str> {
        self.crisis_line
            .as_deref()
            .or_else(|| self.in_us().then_some(US_CRISIS_LINE))
    }

    /// The helpline to print: the clinic's, else SAMHSA's National Helpline
    /// in the US, else none.
    pub fn helpline_number(&self) -> Option<&str> {
        self.helpline
            .as_deref()
            .or_else(|| self.in_us().then_some(US_HELPLINE))
    }

    fn in_us(&self) -> bool {
        self.country.as_deref() == Some("US")
    }
}

/// The US 988 Suicide & Crisis Lifeline (call or text).
pub const US_CRISIS_LINE: &str = "988";
/// SAMHSA's National Helpline (free, confidential, every day, all day).
pub const US_HELPLINE: &str = "1-800-662-4357";

/// A meeting a clinic knows welcomes people on medication.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct WelcomingMeeting {
    /// The meeting's name (`Tuesday Hope Group (NA)`).
    pub name: String,
    /// Day and time, as printed (`Tuesdays 7 pm`).
    pub when: String,
    /// Place or link, as printed.
    #[serde(rename = "where")]
    pub place: String,
    /// When the clinic last checked that it still welcomes people on
    /// medication.
    pub last_checked: Date,
}

/// A country code: two ASCII letters (ISO 3166-1 alpha-2), kept in capitals.
fn opt_country<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s = Option::<String>::deserialize(d)?;
    match s {
        Some(s) if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) => {
            Ok(Some(s.to_ascii_uppercase()))
        }
        Some(s) => Err(serde::de::Error::custom(format!(
            "`{}` is not a country code: use the two letters of ISO 3166-1 (US, GB, CA, MX...)",
            s.escape_debug()
        ))),
        None => Ok(None),
    }
}

/// Which copy of a leaflet to print.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CopyKind {
    /// The patient's leaflet.
    #[default]
    Patient,
    /// The clinician's sheet: what the leaflet tells the patient, in the
    /// clinician's language, with teach-back questions and sources.
    Clinician,
}

/// A patient's name: printed on the leaflet's page and nowhere else (not in
/// the PDF's metadata, a file name, a report or a message). It has no
/// `Display`, and its `Debug` hides it, so formatting a job cannot print it.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct PatientName(String);

impl PatientName {
    /// Wraps a name as given.
    pub fn new(name: impl Into<String>) -> PatientName {
        PatientName(name.into())
    }

    /// The name as a clinician typed it, trimmed; `None` when nothing is
    /// left (an empty CSV cell, a blank form field).
    pub fn given(input: &str) -> Option<PatientName> {
        let name = input.trim();
        (!name.is_empty()).then(|| PatientName(name.to_string()))
    }

    /// The name itself, for the page and for redacting it from messages.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for PatientName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PatientName(..)")
    }
}

/// One leaflet of a batch, as a manifest row gives it; missing fields come
/// from the manifest's defaults, then from the command line.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct JobSpec {
    /// Topic id.
    #[serde(default, deserialize_with = "opt_id")]
    pub topic: Option<String>,
    /// Language tag.
    #[serde(default, deserialize_with = "opt_tag")]
    pub locale: Option<String>,
    /// Concern ids; empty or missing means all.
    #[serde(default, deserialize_with = "opt_ids")]
    pub concerns: Option<Vec<String>>,
    /// Paper.
    #[serde(default)]
    pub paper: Option<Paper>,
    /// Large print.
    #[serde(default, alias = "large_print")]
    pub large_print: Option<bool>,
    /// Output file name or pattern, relative to the output folder.
    #[serde(default)]
    pub output: Option<String>,
    /// Clinic profile path, relative to the manifest's folder.
    #[serde(default)]
    pub clinic: Option<String>,
    /// The patient's name, printed on the leaflet only: never in its
    /// metadata, file name, the report or any message.
    #[serde(default, alias = "patient_name")]
    pub patient_name: Option<PatientName>,
    /// The patient's leaflet or the clinician copy.
    #[serde(default)]
    pub copy: Option<CopyKind>,
}

impl JobSpec {
    /// This row with its missing fields taken from `defaults`.
    pub fn or(self, defaults: &JobSpec) -> JobSpec {
        JobSpec {
            topic: self.topic.or_else(|| defaults.topic.clone()),
            locale: self.locale.or_else(|| defaults.locale.clone()),
            concerns: self.concerns.or_else(|| defaults.concerns.clone()),
            paper: self.paper.or(defaults.paper),
            large_print: self.large_print.or(defaults.large_print),
            output: self.output.or_else(|| defaults.output.clone()),
            clinic: self.clinic.or_else(|| defaults.clinic.clone()),
            // A name belongs to one row; `load` refuses one in `defaults`.
            patient_name: self.patient_name,
            copy: self.copy.or(defaults.copy),
        }
    }
}

/// A YAML batch manifest.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Values for fields a job leaves out.
    #[serde(default)]
    pub defaults: JobSpec,
    /// The leaflets.
    pub jobs: Vec<JobSpec>,
}

/// Which slice of the jobs this run makes: job `i` (from 0) belongs to
/// shard `i mod N + 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This shard, 1-based.
    pub index: usize,
    /// How many shards.
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Shard, String> {
        let err = || format!("`{s}` is not K/N with 1 <= K <= N (for example 2/8)");
        let (k, n) = s.split_once('/').ok_or_else(err)?;
        let index: usize = k.trim().parse().map_err(|_| err())?;
        let count: usize = n.trim().parse().map_err(|_| err())?;
        if index == 0 || count == 0 || index > count {
            return Err(err());
        }
        Ok(Shard { index, count })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_reject_paths_and_nul() {
        assert!(Id::new("made-to-speak").is_ok());
        for bad in ["../x", "a/b", "a\0b", "", "Upper", "a b"] {
            assert!(Id::new(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn message_refs_allow_one_attribute() {
        let r = MessageRef::new("tsm-title.short").unwrap();
        assert_eq!((r.message(), r.attribute()), ("tsm-title", Some("short")));
        assert!(MessageRef::new("a.b.c").is_err());
        assert!(MessageRef::new("1abc").is_err());
    }

    #[test]
    fn paper_follows_region_not_language() {
        assert_eq!(Paper::from_posix_locale("es_US.UTF-8"), Some(Paper::Letter));
        assert_eq!(Paper::from_posix_locale("en_GB.UTF-8"), Some(Paper::A4));
        assert_eq!(Paper::from_posix_locale("fr_CA"), Some(Paper::Letter));
        assert_eq!(Paper::from_posix_locale("de_DE@euro"), Some(Paper::A4));
        assert_eq!(Paper::from_posix_locale("C.UTF-8"), None);
        assert_eq!(Paper::from_posix_locale("en"), None);
    }

    #[test]
    fn dates_convert_to_unix_seconds() {
        assert_eq!(Date::parse("1970-01-01").unwrap().unix_seconds(), 0);
        assert_eq!(
            Date::parse("2026-11-01").unwrap().unix_seconds(),
            1_793_491_200
        );
        assert!(Date::parse("2026-13-01").is_err());
    }

    #[test]
    fn shards_parse_and_reject_nonsense() {
        assert_eq!("2/8".parse::<Shard>(), Ok(Shard { index: 2, count: 8 }));
        for bad in ["0/3", "4/3", "1/0", "a/b", "3"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }
}
