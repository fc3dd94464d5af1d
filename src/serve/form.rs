//! Serve, the form: what a `POST /leaflet` body (form-urlencoded) asks for,
//! checked field by field. A problem is a [`Problem`] naming its field, so
//! the page can show it next to that field; nothing here renders.
//!
//! Adding a copy (issue 13, the clinician copy) or a format (issue 14, the
//! HTML twin) is a variant of [`Copy`] or [`Format`] and its row in `ALL`;
//! the page offers every row as a choice, and `work::make` says what each
//! one makes.

use crate::model::{check_language_tag, Id, Paper};

/// The longest form body read, in bytes: ten concerns and a 100-character
/// name need under 2 KB.
pub(super) const MAX_BODY: usize = 64 * 1024;

/// The most `concern` fields one form may carry.
const MAX_CONCERNS: usize = 64;

/// The fields a leaflet form may carry; any other is refused.
pub(super) const FIELDS: [&str; 9] = [
    "topic",
    "locale",
    "concern",
    "paper",
    "large_print",
    "patient_name",
    "copy",
    "format",
    "action",
];

/// Which copy of the leaflet to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Copy {
    /// The patient's leaflet.
    Patient,
    /// The clinician copy, in the page's language.
    Clinician,
}

impl Copy {
    /// Every copy, with its form value (the first is the default).
    pub(super) const ALL: &'static [(&'static str, Copy)] =
        &[("patient", Copy::Patient), ("clinician", Copy::Clinician)];
}

/// Which document format to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// The print-ready PDF.
    Pdf,
    /// The accessible HTML twin (a patient portal, a screen reader).
    Html,
}

impl Format {
    /// Every format, with its form value (the first is the default).
    pub(super) const ALL: &'static [(&'static str, Format)] =
        &[("pdf", Format::Pdf), ("html", Format::Html)];
}

/// What to do with the document: open it in the browser (to print) or
/// save it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    /// `Content-Disposition: inline`: the browser's viewer shows it.
    Print,
    /// `Content-Disposition: attachment`: the browser saves it.
    Download,
}

/// The form field a problem belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Field {
    /// The whole form (shown above it).
    Form,
    /// `topic`.
    Topic,
    /// `concern`.
    Concern,
    /// `locale`.
    Locale,
    /// `paper`.
    Paper,
    /// `large_print`.
    LargePrint,
    /// `patient_name`.
    PatientName,
    /// `copy`.
    Copy,
    /// `format`.
    Format,
}

impl Field {
    /// The form field's name (`form` for the whole form).
    pub(super) fn name(self) -> &'static str {
        match self {
            Field::Form => "form",
            Field::Topic => "topic",
            Field::Concern => "concern",
            Field::Locale => "locale",
            Field::Paper => "paper",
            Field::LargePrint => "large_print",
            Field::PatientName => "patient_name",
            Field::Copy => "copy",
            Field::Format => "format",
        }
    }
}

/// Why a field was refused: a message id of `serve.ftl` with its
/// variables, and the core's own words when it said more.
#[derive(Debug, Clone)]
pub(super) struct Problem {
    /// The field it belongs to.
    pub field: Field,
    /// The `serve.ftl` message that says what is wrong.
    pub message: &'static str,
    /// The message's variables.
    pub args: Vec<(&'static str, String)>,
    /// The core's diagnostic (English), when there is one.
    pub detail: Option<String>,
}

impl Problem {
    /// A problem with `field`, said by `message`.
    pub(super) fn new(field: Field, message: &'static str) -> Problem {
        Problem {
            field,
            message,
            args: Vec::new(),
            detail: None,
        }
    }

    /// With a variable for the message.
    pub(super) fn arg(mut self, name: &'static str, value: impl Into<String>) -> Problem {
        self.args.push((name, value.into()));
        self
    }

    /// With the core's words.
    pub(super) fn detail(mut self, detail: impl Into<String>) -> Problem {
        self.detail = Some(detail.into());
        self
    }
}

/// A leaflet form as sent: values kept as given, so a page showing its
/// problems can fill the form in again.
#[derive(Clone, Default)]
pub(super) struct LeafletForm {
    /// `topic`.
    pub topic: String,
    /// `locale` (empty: the reference locale).
    pub locale: String,
    /// Each `concern`, in the order sent.
    pub concerns: Vec<String>,
    /// `paper` (empty: the clinic's, else the region's).
    pub paper: String,
    /// `large_print` as sent.
    pub large_print: String,
    /// `patient_name` as sent (never shown by `Debug`).
    pub patient_name: String,
    /// `copy` as sent.
    pub copy: String,
    /// `format` as sent.
    pub format: String,
    /// `action` as sent.
    pub action: String,
}

impl std::fmt::Debug for LeafletForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LeafletForm")
            .field("topic", &self.topic)
            .field("locale", &self.locale)
            .field("concerns", &self.concerns)
            .finish_non_exhaustive()
    }
}

/// The checked choices of a form (what the core needs besides the topic's
/// own checks).
#[derive(Debug, Clone, Copy)]
pub(super) struct Choices {
    /// Paper asked for, if any.
    pub paper: Option<Paper>,
    /// Large print.
    pub large_print: bool,
    /// The copy.
    pub copy: Copy,
    /// The format.
    pub format: Format,
    /// Print or download.
    pub action: Action,
}

/// Reads a form-urlencoded body. Unknown, repeated single-valued and
/// undecodable fields are problems of the whole form.
pub(super) fn parse(body: &[u8]) -> Result<LeafletForm, Vec<Problem>> {
    let mut form = LeafletForm::default();
    let mut seen: Vec<&str> = Vec::new();
    let mut problems = Vec::new();
    if std::str::from_utf8(body).is_err() {
        return Err(vec![Problem::new(Field::Form, "serve-error-encoding")]);
    }
    for (key, value) in form_urlencoded::parse(body) {
        let Some(&name) = FIELDS.iter().find(|f| **f == key) else {
            let shown: String = key.chars().filter(|c| !c.is_control()).take(40).collect();
            problems.push(
                Problem::new(Field::Form, "serve-error-unknown-field")
                    .arg("field", shown)
                    .arg("fields", FIELDS.join(", ")),
            );
            continue;
        };
        if name == "concern" {
            form.concerns.push(value.into_owned());
            continue;
        }
        if seen.contains(&name) {
            problems
                .push(Problem::new(Field::Form, "serve-error-repeated-field").arg("field", name));
            continue;
        }
        seen.push(name);
        let slot = match name {
            "topic" => &mut form.topic,
            "locale" => &mut form.locale,
            "paper" => &mut form.paper,
            "large_print" => &mut form.large_print,
            "patient_name" => &mut form.patient_name,
            "copy" => &mut form.copy,
            "format" => &mut form.format,
            _ => &mut form.action,
        };
        *slot = value.into_owned();
    }
    if form.concerns.len() > MAX_CONCERNS {
        problems.push(
            Problem::new(Field::Concern, "serve-error-too-many-concerns")
                .arg("limit", MAX_CONCERNS.to_string()),
        );
    }
    if problems.is_empty() {
        Ok(form)
    } else {
        Err(problems)
    }
}

/// One of `all` by its form value; empty means the first.
fn pick<T: std::marker::Copy>(value: &str, all: &[(&str, T)]) -> Option<T> {
    let value = value.trim();
    if value.is_empty() {
        return all.first().map(|(_, t)| *t);
    }
    all.iter().find(|(v, _)| *v == value).map(|(_, t)| *t)
}

impl LeafletForm {
    /// Checks the fields that need no content (ids and tags well formed,
    /// paper, large print, copy, format, action); the topic, its concerns
    /// and the locale are checked against the content by `work`.
    pub(super) fn choices(&self) -> Result<Choices, Vec<Problem>> {
        let mut problems = Vec::new();
        if self.topic.trim().is_empty() {
            problems.push(Problem::new(Field::Topic, "serve-error-topic-missing"));
        } else if let Err(e) = Id::new(self.topic.trim()) {
            problems.push(Problem::new(Field::Topic, "serve-error-topic-invalid").detail(e));
        }
        for c in &self.concerns {
            if let Err(e) = Id::new(c.trim()) {
                problems
                    .push(Problem::new(Field::Concern, "serve-error-concern-invalid").detail(e));
            }
        }
        if !self.locale.trim().is_empty() {
            if let Err(e) = check_language_tag(self.locale.trim()) {
                problems.push(Problem::new(Field::Locale, "serve-error-locale-invalid").detail(e));
            }
        }
        let paper = match self.paper.trim() {
            "" => None,
            "letter" => Some(Paper::Letter),
            "a4" => Some(Paper::A4),
            _ => {
                problems.push(Problem::new(Field::Paper, "serve-error-paper"));
                None
            }
        };
        let large_print = match self.large_print.trim() {
            "" | "no" | "false" | "off" | "0" => false,
            "yes" | "true" | "on" | "1" => true,
            _ => {
                problems.push(Problem::new(Field::LargePrint, "serve-error-large-print"));
                false
            }
        };
        let values = |all: &[&str]| all.join(", ");
        let copy = pick(&self.copy, Copy::ALL);
        if copy.is_none() {
            let names: Vec<&str> = Copy::ALL.iter().map(|(v, _)| *v).collect();
            problems
                .push(Problem::new(Field::Copy, "serve-error-copy").arg("values", values(&names)));
        }
        let format = pick(&self.format, Format::ALL);
        if format.is_none() {
            let names: Vec<&str> = Format::ALL.iter().map(|(v, _)| *v).collect();
            problems.push(
                Problem::new(Field::Format, "serve-error-format").arg("values", values(&names)),
            );
        }
        let action = match self.action.trim() {
            "" | "print" => Some(Action::Print),
            "download" => Some(Action::Download),
            _ => {
                problems.push(Problem::new(Field::Form, "serve-error-action"));
                None
            }
        };
        match (copy, format, action) {
            (Some(copy), Some(format), Some(action)) if problems.is_empty() => Ok(Choices {
                paper,
                large_print,
                copy,
                format,
                action,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_concerns_are_kept_in_order() {
        let f = parse(b"topic=t&concern=b&concern=a&patient_name=Ana+Mar%C3%ADa").unwrap();
        assert_eq!(f.concerns, ["b", "a"]);
        assert_eq!(f.patient_name, "Ana María");
        let c = f.choices().unwrap();
        assert_eq!(
            (c.copy, c.format, c.action),
            (Copy::Patient, Format::Pdf, Action::Print)
        );
    }

    #[test]
    fn unknown_and_repeated_fields_are_refused() {
        let p = parse(b"topic=t&colour=red&topic=u").unwrap_err();
        let ids: Vec<&str> = p.iter().map(|p| p.message).collect();
        assert_eq!(
            ids,
            ["serve-error-unknown-field", "serve-error-repeated-field"]
        );
    }

    #[test]
    fn copies_and_formats_that_do_not_exist_are_refused_at_their_field() {
        let f = parse(b"topic=t&copy=clinician&format=html").unwrap();
        let c = f.choices().expect("both exist");
        assert_eq!((c.copy, c.format), (Copy::Clinician, Format::Html));
        let f = parse(b"topic=t&copy=nurse&format=docx").unwrap();
        let p = f.choices().unwrap_err();
        let fields: Vec<Field> = p.iter().map(|p| p.field).collect();
        assert_eq!(fields, [Field::Copy, Field::Format]);
        assert_eq!(p[0].args, [("values", "patient, clinician".to_string())]);
        assert_eq!(p[1].args, [("values", "pdf, html".to_string())]);
    }

    #[test]
    fn the_debug_form_never_shows_the_name() {
        let f = parse(b"topic=t&patient_name=Zebulon").unwrap();
        assert!(!format!("{f:?}").contains("Zebulon"));
    }
}
