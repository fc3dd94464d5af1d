//! Stage 2, l10n: why a message could not be formatted. In: Fluent's errors
//! for one message. Out: [`FormatError`] and its [`FluentProblem`]s, each
//! said in one sentence with a hint on how to fix it, for the render stage
//! to place at the message's definition.

use super::{MAX_MESSAGE, REFERENCE_LOCALE};
use crate::model::MessageRef;
use fluent_bundle::FluentError;

/// Why a message could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// No such message in the locale.
    MissingMessage,
    /// The message exists but has no such attribute.
    MissingAttribute,
    /// The message has only attributes.
    NoValue,
    /// Fluent reported problems (an unknown variable, a cycle...).
    Fluent(Vec<FluentProblem>),
    /// The formatted text is longer than [`MAX_MESSAGE`] bytes (its length).
    TooLong(usize),
}

/// One problem Fluent found while formatting a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FluentProblem {
    /// The message refers to itself, directly or through others.
    Cycle,
    /// `{ $name }` names a variable the message is not given.
    UnknownVariable(String),
    /// `{ id }` or `{ -term }` names a message or term that does not exist.
    UnknownReference(String),
    /// More than Fluent's 100 placeables (references nested too deep).
    TooManyPlaceables,
    /// Anything else, as Fluent words it.
    Other(String),
}

impl std::fmt::Display for FluentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FluentProblem::Cycle => f.write_str("it refers to itself (a cycle of references)"),
            FluentProblem::UnknownVariable(v) => {
                write!(f, "it uses `${v}`, a variable it is not given")
            }
            FluentProblem::UnknownReference(r) => {
                write!(f, "it refers to `{r}`, which does not exist")
            }
            FluentProblem::TooManyPlaceables => {
                f.write_str("it expands to more than 100 placeables (references nested too deep)")
            }
            FluentProblem::Other(s) => f.write_str(s),
        }
    }
}

impl FluentProblem {
    pub(super) fn from_fluent(e: &FluentError) -> FluentProblem {
        use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
        match e {
            FluentError::ResolverError(ResolverError::Cyclic) => FluentProblem::Cycle,
            FluentError::ResolverError(ResolverError::TooManyPlaceables) => {
                FluentProblem::TooManyPlaceables
            }
            FluentError::ResolverError(ResolverError::Reference(r)) => match r {
                ReferenceKind::Variable { id } => FluentProblem::UnknownVariable(id.clone()),
                ReferenceKind::Message { id, attribute } => FluentProblem::UnknownReference(
                    attribute
                        .as_ref()
                        .map_or(id.clone(), |a| format!("{id}.{a}")),
                ),
                ReferenceKind::Term { id, attribute } => FluentProblem::UnknownReference(
                    attribute
                        .as_ref()
                        .map_or(format!("-{id}"), |a| format!("-{id}.{a}")),
                ),
                ReferenceKind::Function { id } => {
                    FluentProblem::UnknownReference(format!("{id}()"))
                }
            },
            other => FluentProblem::Other(other.to_string()),
        }
    }

    /// The text in the message's source to point at, if any.
    pub(super) fn needle(&self) -> Option<String> {
        match self {
            FluentProblem::UnknownVariable(v) => Some(format!("${v}")),
            FluentProblem::UnknownReference(r) => Some(r.clone()),
            _ => None,
        }
    }
}

impl FormatError {
    /// What went wrong with `msg` in `locale`, in one sentence.
    pub fn describe(&self, msg: &MessageRef, locale: &str) -> String {
        let id = msg.message();
        match self {
            FormatError::MissingMessage => {
                format!("message `{id}` is missing from locale `{locale}`")
            }
            FormatError::MissingAttribute => format!(
                "message `{id}` has no attribute `{}` in locale `{locale}`",
                msg.attribute().unwrap_or("")
            ),
            FormatError::NoValue => {
                format!("message `{id}` has no value in locale `{locale}`, only attributes")
            }
            FormatError::Fluent(problems) => {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                format!(
                    "message `{msg}` in locale `{locale}` could not be formatted: {}",
                    list.join("; ")
                )
            }
            FormatError::TooLong(len) => format!(
                "message `{msg}` in locale `{locale}` is {len} bytes long once formatted; the limit is {MAX_MESSAGE}"
            ),
        }
    }

    /// How to fix it; `folder` is the locale's folder (`locales/es`).
    pub fn hint(&self, msg: &MessageRef, folder: &str) -> String {
        let id = msg.message();
        match self {
            FormatError::MissingMessage | FormatError::MissingAttribute => format!(
                "add `{id} = ...` to a .ftl file of {folder}, or pass --allow-fallback to print the {REFERENCE_LOCALE} text"
            ),
            FormatError::NoValue => format!("give it a value: `{id} = text`, before its attributes"),
            FormatError::Fluent(problems) => match problems.first() {
                Some(FluentProblem::Cycle) => format!(
                    "a message cannot include itself, directly or through other messages: replace the `{{ ... }}` reference that leads back to `{id}` with text"
                ),
                Some(FluentProblem::UnknownVariable(v)) => format!(
                    "remove `{{ ${v} }}` or write the value in the text: the leaflet passes this message no `${v}` (templates/README.md lists the variables each message gets)"
                ),
                Some(FluentProblem::UnknownReference(r)) => format!(
                    "define `{r}` in {folder}, or remove the reference to it"
                ),
                Some(FluentProblem::TooManyPlaceables) => {
                    "write the text out instead of nesting references to references".to_string()
                }
                _ => "see projectfluent.org/fluent/guide".to_string(),
            },
            FormatError::TooLong(_) => format!(
                "a leaflet message is a paragraph or two: shorten `{id}` (was a file or a list pasted into it?)"
            ),
        }
    }
}
