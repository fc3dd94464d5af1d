//! Stage 1, load: clinic profiles. In: the path of a clinic's YAML profile
//! and what the topics let a clinic choose (wordings, optional sections).
//! Out: a checked [`Clinic`] whose relative logo path is taken from the
//! profile's folder and whose web addresses all have a scheme.

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

/// What the topics let a clinic profile choose.
#[derive(Debug, Clone, Default)]
pub struct ProfileChoices {
    /// The wordings, per concern.
    pub wording: WordingChoices,
    /// The ids of the optional sections (`optional: true`) of every topic.
    pub sections: Vec<Id>,
}

/// Reads a clinic profile from a YAML file. A relative `logo` path is taken
/// from the profile's folder. Each `wording:` choice must name a concern
/// and one of its variants (a misspelling printed the default wording
/// without a word), each `include-sections:` id an optional section, and
/// `website` and `meeting-finder-url` a web address (`example.org/x`
/// becomes `https://example.org/x`).
pub fn read_clinic(path: &Path, choices: &ProfileChoices) -> Result<Clinic> {
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
    let mut fields = vec![
        ("name", clinic.name.as_deref()),
        ("address", clinic.address.as_deref()),
        ("phone", clinic.phone.as_deref()),
        ("website", clinic.website.as_deref()),
        ("meeting-finder-url", clinic.meeting_finder_url.as_deref()),
        ("logo", clinic.logo.as_deref()),
        ("crisis-line", clinic.crisis_line.as_deref()),
        ("helpline", clinic.helpline.as_deref()),
    ];
    for m in &clinic.welcoming_meetings {
        fields.push(("name", Some(m.name.as_str())));
        fields.push(("when", Some(m.when.as_str())));
        fields.push(("where", Some(m.place.as_str())));
    }
    for (key, value) in fields {
        if let Some(v) = value.filter(|v| v.len() > MAX_CLINIC_FIELD) {
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
    check_wording(&clinic, &choices.wording, &display, text)?;
    check_sections(&clinic, &choices.sections, &display, text)?;
    for (key, value) in [
        ("website", &mut clinic.website),
        ("meeting-finder-url", &mut clinic.meeting_finder_url),
    ] {
        if let Some(v) = value.as_mut() {
            *v = web_address(v).map_err(|message| {
                let at = value_at(text, key, v);
                Diagnostic::error(message)
                    .at(Location::new(&display, text, at.clone()))
                    .hint(format!(
                        "write the address as a browser shows it, such as `{key}: https://example.org/meetings`"
                    ))
            })?;
        }
    }
    if let Some(logo) = &clinic.logo {
        let p = Path::new(logo);
        if p.is_relative() {
            let base = path.parent().unwrap_or(Path::new(""));
            clinic.logo = Some(base.join(p).display().to_string());
        }
    }
    Ok(clinic)
}

/// Where `key: value` is written in the profile: the value's bytes, else
/// the key's, else the start.
fn value_at(text: &str, key: &str, value: &str) -> std::ops::Range<usize> {
    let Some(k) = text.find(&format!("{key}:")) else {
        return 0..0;
    };
    let line_end = text[k..].find('\n').map_or(text.len(), |i| k + i);
    match text[k..line_end].find(value) {
        Some(i) => k + i..k + i + value.len(),
        None => k..k + key.len(),
    }
}

/// A web address with its scheme: `https://` and `http://` addresses are
/// kept, an address without a scheme (`example.org/meetings`, as people
/// write them on posters) gets `https://`. Anything else (another scheme,
/// spaces, no host with a dot) is refused: printed, it would be a link
/// that goes nowhere.
pub(crate) fn web_address(raw: &str) -> std::result::Result<String, String> {
    let s = raw.trim();
    let not = || format!("`{}` is not a web address", s.escape_debug());
    let lower = s.to_ascii_lowercase();
    let (scheme, rest) = if lower.starts_with("https://") {
        ("https://", &s[8..])
    } else if lower.starts_with("http://") {
        ("http://", &s[7..])
    } else {
        // `mailto:`, `javascript:`, `ftp://`: a scheme is what comes before
        // a `:` that has no `.` or `/` before it.
        if let Some(colon) = s.find(':') {
            let before = &s[..colon];
            if !before.contains(['.', '/']) {
                return Err(format!(
                    "`{}` is not a web address: only https:// (or http://) links can be printed",
                    s.escape_debug()
                ));
            }
        }
        ("https://", s)
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    let host_name = host.rsplit_once(':').map_or(host, |(h, port)| {
        if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    let host_ok = host_name.contains('.')
        && !host_name.starts_with('.')
        && !host_name.ends_with('.')
        && host_name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    if !host_ok || s.chars().any(char::is_whitespace) || s.is_empty() {
        return Err(not());
    }
    Ok(format!("{scheme}{rest}"))
}

/// Every `include-sections:` id names an optional section of a topic; an
/// error at its line otherwise, with the valid ids.
fn check_sections(clinic: &Clinic, optional: &[Id], display: &str, text: &str) -> Result<()> {
    let from = text.find("include-sections:").unwrap_or(0);
    for id in &clinic.include_sections {
        if optional.contains(id) {
            continue;
        }
        let at = text[from..]
            .find(id.as_str())
            .map_or(from..from, |i| from + i..from + i + id.as_str().len());
        let hint = if optional.is_empty() {
            "no topic has optional sections to include".to_string()
        } else {
            let names: Vec<&str> = optional.iter().map(Id::as_str).collect();
            format!("optional sections: {}", names.join(", "))
        };
        return Err(Diagnostic::error(format!(
            "the clinic profile includes section `{id}`, which no topic has as an optional section"
        ))
        .at(Location::new(display, text, at))
        .hint(hint)
        .into());
    }
    Ok(())
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
    fn web_addresses_without_a_scheme_get_https_and_others_are_refused() {
        assert_eq!(
            web_address("example.org/x").unwrap(),
            "https://example.org/x"
        );
        assert_eq!(web_address("  www.na.org ").unwrap(), "https://www.na.org");
        assert_eq!(
            web_address("HTTP://example.org:8080/a?b#c").unwrap(),
            "http://example.org:8080/a?b#c"
        );
        assert_eq!(
            web_address("example.org:8080/x").unwrap(),
            "https://example.org:8080/x"
        );
        for bad in [
            "javascript:alert(1)",
            "mailto:a@example.org",
            "ftp://example.org",
            "call us",
            "localhost",
            "https://",
            "example .org",
            "",
        ] {
            assert!(web_address(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn an_unknown_optional_section_is_an_error_at_its_line() {
        let text = "name: X\ninclude-sections: [other-groups]\n";
        let optional = vec![Id::new("other-support-groups").unwrap()];
        let e = check_sections(&clinic(text), &optional, "c.yaml", text).unwrap_err();
        let d = &e.0[0];
        assert!(d.message.contains("`other-groups`"), "{}", d.message);
        let loc = d.location.as_ref().unwrap();
        assert_eq!((loc.line, loc.column), (2, 20));
        assert_eq!(
            d.hint.as_deref(),
            Some("optional sections: other-support-groups")
        );
        let text = "include-sections: [other-support-groups]\n";
        assert!(check_sections(&clinic(text), &optional, "c.yaml", text).is_ok());
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
