//! Stage 1, load: clinic profiles. In: the path of a clinic's YAML profile
//! and the wording choices the topics offer. Out: a checked [`Clinic`]
//! whose relative logo path is taken from the profile's folder.

use super::limits::{read_limited, MAX_CLINIC_FIELD, MAX_CLINIC_FILE};
use super::yaml::parse_yaml;
use super::SourceFile;
use crate::diag::{Diagnostic, Location, Result};
use crate::model::{Clinic, Id};
use std::collections::BTreeMap;
use std::path::Path;

/// The wording choices the topics offer: concern id to the variants a
/// clinic may choose (empty for a concern with one wording).
pub type WordingChoices = BTreeMap<Id, Vec<Id>>;

/// Reads a clinic profile from a YAML file. A relative `logo` path is taken
/// from the profile's folder. Each `wording:` choice must name a concern
/// and one of its variants in `choices` (a misspelling printed the default
/// wording without a word).
pub fn read_clinic(path: &Path, choices: &WordingChoices) -> Result<Clinic> {
    let display = path.display().to_string();
    let bytes = read_limited(
        path,
        MAX_CLINIC_FILE,
        &display,
        "a clinic profile",
        "a clinic profile is a few lines of YAML (see the README): is this the right file?",
    )?;
    let file = SourceFile::outside(display.clone(), bytes);
    let text = file.text()?;
    let mut clinic: Clinic =
        parse_yaml(&display, text, "the README's section on the clinic profile")?;
    // A field is one line of a leaflet: a pasted document is a mistake.
    let fields = [
        ("name", &clinic.name),
        ("address", &clinic.address),
        ("phone", &clinic.phone),
        ("website", &clinic.website),
        ("meeting-finder-url", &clinic.meeting_finder_url),
        ("logo", &clinic.logo),
    ];
    for (key, value) in fields {
        if let Some(v) = value.as_deref().filter(|v| v.len() > MAX_CLINIC_FIELD) {
            let at = text.find(&format!("{key}:")).unwrap_or(0);
            return Err(Diagnostic::error(format!(
                "the clinic's `{key}` is {} bytes long; the limit is {MAX_CLINIC_FIELD}",
                v.len()
            ))
            .at(Location::new(&display, text, at..at + key.len()))
            .hint("a clinic field is printed on one or two lines: shorten it")
            .into());
        }
    }
    check_wording(&clinic, choices, &display, text)?;
    if let Some(logo) = &clinic.logo {
        let p = Path::new(logo);
        if p.is_relative() {
            let base = path.parent().unwrap_or(Path::new(""));
            clinic.logo = Some(base.join(p).display().to_string());
        }
    }
    Ok(clinic)
}

/// Every `wording:` choice names a concern that has wording variants, and
/// one of its variants; an error at the choice's line otherwise.
fn check_wording(
    clinic: &Clinic,
    choices: &WordingChoices,
    display: &str,
    text: &str,
) -> Result<()> {
    let offered: Vec<String> = choices
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(c, v)| {
            let names: Vec<&str> = v.iter().map(Id::as_str).collect();
            format!("{c} ({})", names.join(", "))
        })
        .collect();
    let offered = if offered.is_empty() {
        "no concern of the topics has wording choices".to_string()
    } else {
        format!("wording choices: {}", offered.join("; "))
    };
    // The choices are written under `wording:`; look for them from there.
    let from = text.find("\nwording:").map_or(0, |i| i + 1);
    let section = &text[from..];
    for (concern, variant) in &clinic.wording {
        let key_at = section
            .find(&format!("{concern}:"))
            .map_or(from, |i| from + i);
        let (message, at, hint) = match choices.get(concern) {
            None => (
                format!("the clinic profile chooses a wording for `{concern}`, which no topic has"),
                key_at..key_at + concern.as_str().len(),
                offered.clone(),
            ),
            Some(variants) if variants.is_empty() => (
                format!("concern `{concern}` has one wording only; there is nothing to choose"),
                key_at..key_at + concern.as_str().len(),
                offered.clone(),
            ),
            Some(variants) if !variants.contains(variant) => {
                let names: Vec<&str> = variants.iter().map(Id::as_str).collect();
                let line_end = text[key_at..].find('\n').map_or(text.len(), |i| key_at + i);
                let value_at = text[key_at..line_end]
                    .find(variant.as_str())
                    .map_or(key_at, |i| key_at + i);
                (
                    format!("concern `{concern}` has no wording `{variant}`"),
                    value_at..value_at + variant.as_str().len(),
                    format!("valid wordings of `{concern}`: {}", names.join(", ")),
                )
            }
            Some(_) => continue,
        };
        return Err(Diagnostic::error(message)
            .at(Location::new(display, text, at))
            .hint(hint)
            .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> WordingChoices {
        let id = |s: &str| Id::new(s).unwrap();
        BTreeMap::from([
            (
                id("maintenance-medication"),
                vec![id("balanced"), id("candid")],
            ),
            (id("religion"), vec![]),
        ])
    }

    fn clinic(text: &str) -> Clinic {
        super::super::yaml::parse_yaml("c.yaml", text, "the README").unwrap()
    }

    #[test]
    fn a_misspelled_wording_is_an_error_at_its_line_with_the_valid_names() {
        let text = "name: X\nwording:\n  maintenance-medication: candd\n";
        let e = check_wording(&clinic(text), &choices(), "c.yaml", text).unwrap_err();
        let d = &e.0[0];
        assert_eq!(
            d.message,
            "concern `maintenance-medication` has no wording `candd`"
        );
        let loc = d.location.as_ref().unwrap();
        assert_eq!((loc.line, loc.column), (3, 27));
        assert_eq!(
            d.hint.as_deref(),
            Some("valid wordings of `maintenance-medication`: balanced, candid")
        );
    }

    #[test]
    fn a_misspelled_concern_in_wording_is_an_error_at_its_line() {
        let text = "wording:\n  maintenance-medications: candid\n";
        let e = check_wording(&clinic(text), &choices(), "c.yaml", text).unwrap_err();
        let d = &e.0[0];
        assert!(
            d.message
                .contains("`maintenance-medications`, which no topic has"),
            "{}",
            d.message
        );
        assert_eq!(d.location.as_ref().unwrap().line, 2);
        assert!(d
            .hint
            .as_deref()
            .unwrap()
            .contains("maintenance-medication (balanced, candid)"));
        let text = "wording:\n  religion: balanced\n";
        assert!(check_wording(&clinic(text), &choices(), "c.yaml", text).is_err());
        let text = "wording:\n  maintenance-medication: balanced\n";
        assert!(check_wording(&clinic(text), &choices(), "c.yaml", text).is_ok());
    }
}
