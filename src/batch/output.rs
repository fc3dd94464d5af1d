//! Batch: output file names. A manifest row's `output` pattern expanded,
//! kept inside the output folder, and never spelling the patient's name.

use crate::model::Paper;
use std::path::{Component, PathBuf};

/// The default output name: no patient data, only what the leaflet is.
pub const DEFAULT_PATTERN: &str = "{topic}-{locale}{large}.pdf";

/// The default output name of a clinician copy (`copy` column `clinician`),
/// as `handout render --copy clinician` names it.
pub const CLINICIAN_PATTERN: &str = "{topic}-{locale}-clinician.pdf";

/// Expands an output pattern. Placeholders: `{topic}`, `{locale}`,
/// `{paper}`, `{large}` (`-large` or nothing), `{concerns}` (ids joined by
/// `+`, or `all`), `{n}` (the manifest line). The result must stay inside
/// the output folder.
pub fn output_name(
    pattern: &str,
    topic: &str,
    locale: &str,
    paper: Paper,
    large: bool,
    concerns: &[String],
    line: usize,
) -> std::result::Result<PathBuf, String> {
    let concerns = if concerns.is_empty() {
        "all".to_string()
    } else {
        concerns.join("+")
    };
    let paper = paper.name();
    let name = pattern
        .replace("{topic}", topic)
        .replace("{locale}", locale)
        .replace("{paper}", paper)
        .replace("{large}", if large { "-large" } else { "" })
        .replace("{concerns}", &concerns)
        .replace("{line}", &line.to_string())
        // The first spelling; clap's help turns `{n}` into a line break, so
        // the help and the README show `{line}`.
        .replace("{n}", &line.to_string());
    if let Some(open) = name.find('{') {
        let end = name[open..].find('}').map_or(name.len(), |e| open + e + 1);
        return Err(format!(
            "unknown placeholder `{}` in output `{pattern}`; use {{topic}}, {{locale}}, {{paper}}, {{large}}, {{concerns}}, {{line}}",
            &name[open..end]
        ));
    }
    let path = PathBuf::from(&name);
    let safe = !name.is_empty()
        && !name.contains('\0')
        && path.components().all(|c| matches!(c, Component::Normal(_)));
    if !safe {
        return Err(format!("output `{name}` must be a relative path inside the output folder (no `..`, no leading `/`)"));
    }
    Ok(if path.extension().is_none() {
        path.with_extension("pdf")
    } else {
        path
    })
}

/// Whether a file name spells the patient's name (in any case, with its
/// spaces as they are, as `-` or `_`, or left out). Names under four
/// letters are words of many file names, so they are not looked for.
pub(super) fn names_patient(file: &str, patient: &str) -> bool {
    let patient = patient.trim();
    if patient.chars().count() < 4 {
        return false;
    }
    let file = file.to_lowercase();
    let patient = patient.to_lowercase();
    [" ", "-", "_", ""]
        .iter()
        .any(|sep| file.contains(&patient.split_whitespace().collect::<Vec<_>>().join(sep)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_fill_placeholders_and_stay_inside() {
        let c = vec!["religion".to_string(), "costs-money".to_string()];
        let n = output_name(
            DEFAULT_PATTERN,
            "first-meeting",
            "es",
            Paper::A4,
            true,
            &c,
            7,
        )
        .unwrap();
        assert_eq!(n, PathBuf::from("first-meeting-es-large.pdf"));
        let n = output_name(
            "{n}/{topic}-{concerns}-{paper}",
            "t",
            "es",
            Paper::Letter,
            false,
            &c,
            7,
        )
        .unwrap();
        assert_eq!(n, PathBuf::from("7/t-religion+costs-money-letter.pdf"));
        let n = output_name("intake-{line}", "t", "es", Paper::A4, false, &c, 12).unwrap();
        assert_eq!(n, PathBuf::from("intake-12.pdf"));
        assert!(output_name("../x.pdf", "t", "es", Paper::A4, false, &[], 1).is_err());
        assert!(output_name("/etc/x.pdf", "t", "es", Paper::A4, false, &[], 1).is_err());
        assert!(output_name("{patient}.pdf", "t", "es", Paper::A4, false, &[], 1).is_err());
    }

    #[test]
    fn output_names_spelling_the_patient_are_recognised() {
        assert!(names_patient("x/ana-ruiz-3.pdf", "Ana Ruiz"));
        assert!(names_patient("ANARUIZ.pdf", " Ana  Ruiz "));
        assert!(names_patient("ana_ruiz.pdf", "Ana Ruiz"));
        assert!(!names_patient("first-meeting-es.pdf", "Ana Ruiz"));
        // Too short to tell from a word.
        assert!(!names_patient("an-answer.pdf", "An"));
    }
}
