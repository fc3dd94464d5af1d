//! Stage 1, load: clinic profiles. In: the path of a clinic's YAML profile.
//! Out: a checked [`Clinic`] whose relative logo path is taken from the
//! profile's folder.

use super::limits::{read_limited, MAX_CLINIC_FIELD, MAX_CLINIC_FILE};
use super::yaml::parse_yaml;
use super::SourceFile;
use crate::diag::{Diagnostic, Location, Result};
use crate::model::Clinic;
use std::path::Path;

/// Reads a clinic profile from a YAML file. A relative `logo` path is taken
/// from the profile's folder.
pub fn read_clinic(path: &Path) -> Result<Clinic> {
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
    if let Some(logo) = &clinic.logo {
        let p = Path::new(logo);
        if p.is_relative() {
            let base = path.parent().unwrap_or(Path::new(""));
            clinic.logo = Some(base.join(p).display().to_string());
        }
    }
    Ok(clinic)
}
