//! Stage 2, l10n: why a message a topic or template asks for is not in a
//! locale. In: the requested id, the locale's FTL files and the reference
//! locale's. Out: [`Absent`]: not translated yet (the reference has it),
//! defined here under a misspelled id, or unknown everywhere (with the
//! closest id, if one is close), so the error names the message, the
//! locale's files and the likely fix rather than the line that asked.

use super::source::{entries, find_entry};
use crate::diag::Location;
use crate::load::SourceFile;

/// Why a message is not in a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Absent {
    /// The reference locale has it (in the file named); this locale does
    /// not, under any close id: it is not translated yet.
    Untranslated {
        /// Display path of the reference file that defines it.
        reference_file: String,
        /// The file name it belongs in (`leaflet.ftl`).
        file_name: String,
    },
    /// This locale defines a close id that no reference message has: the
    /// definition's id is likely misspelled.
    MisspeltHere {
        /// The id as this locale spells it.
        id: String,
        /// Where it is defined.
        at: Location,
    },
    /// No locale here defines it: the asker's id is likely misspelled.
    Unknown {
        /// The closest id the locale or the reference defines, if close.
        suggestion: Option<String>,
    },
}

/// The message ids (not terms) of `files`, each with its file.
fn ids(files: &[SourceFile]) -> Vec<(String, &SourceFile)> {
    let mut out = Vec::new();
    for f in files {
        let Ok(text) = f.text() else { continue };
        for e in entries(text).filter(|e| !e.id.starts_with('-')) {
            out.push((e.id.to_string(), f));
        }
    }
    out
}

/// Why `id` is absent from the locale of `files`; `reference` holds the
/// reference locale's files (the same as `files` for the reference itself).
pub(crate) fn absent(id: &str, files: &[SourceFile], reference: &[SourceFile]) -> Absent {
    let here = ids(files);
    let there = ids(reference);
    let in_reference = |i: &str| there.iter().any(|(r, _)| r == i);
    // A close id here that the reference does not have: a misspelling of
    // the definition (a translator's typo).
    let orphans = here.iter().filter(|(i, _)| !in_reference(i));
    if let Some((near, file)) = closest(id, orphans.map(|(i, f)| (i.as_str(), *f))) {
        let text = file.text().unwrap_or("");
        let at = find_entry(text, near).unwrap_or(0);
        return Absent::MisspeltHere {
            id: near.to_string(),
            at: Location::new(&file.display, text, at..at + near.len()),
        };
    }
    if let Some((_, file)) = there.iter().find(|(r, _)| r == id) {
        return Absent::Untranslated {
            reference_file: file.display.clone(),
            file_name: file.rel.rsplit('/').next().unwrap_or(&file.rel).to_string(),
        };
    }
    let all = here.iter().chain(&there).map(|(i, f)| (i.as_str(), *f));
    Absent::Unknown {
        suggestion: closest(id, all).map(|(i, _)| i.to_string()),
    }
}

/// The candidate closest to `id`, if it is close enough to be a slip of
/// the keyboard: at most 2 edits, and fewer than a third of its letters.
fn closest<'a, T>(
    id: &str,
    candidates: impl Iterator<Item = (&'a str, T)>,
) -> Option<(&'a str, T)> {
    let limit = 2.min(id.chars().count().saturating_sub(1) / 3).max(1);
    candidates
        .filter(|(c, _)| *c != id)
        .map(|(c, t)| (edit_distance(id, c), c, t))
        .filter(|(d, _, _)| *d <= limit)
        .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
        .map(|(_, c, t)| (c, t))
}

/// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`:
/// the optimal string alignment distance.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Content;

    #[test]
    fn edits_count_a_swap_of_two_letters_as_one() {
        assert_eq!(edit_distance("leaflet-titel", "leaflet-title"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn a_close_id_is_suggested_and_a_far_one_is_not() {
        let ids = ["leaflet-title", "leaflet-talk-heading", "fm-title"];
        let near = |id: &str| closest(id, ids.iter().map(|i| (*i, ()))).map(|(i, _)| i);
        assert_eq!(near("leaflet-titel"), Some("leaflet-title"));
        assert_eq!(near("leaflet-talk-headin"), Some("leaflet-talk-heading"));
        assert_eq!(near("fm-titel"), Some("fm-title"));
        assert_eq!(near("leaflet-footer"), None);
        // Short ids need a closer match: `ab` is not a slip for `fm`.
        assert_eq!(closest("ab", ["fm"].iter().map(|i| (*i, ()))), None);
    }

    #[test]
    fn absent_tells_untranslated_from_misspelt_from_unknown() {
        let content = Content::builtin();
        let es: Vec<SourceFile> = content.locale_files("es").into_iter().cloned().collect();
        let en: Vec<SourceFile> = content.locale_files("en-US").into_iter().cloned().collect();
        assert_eq!(
            absent("leaflet-phnoe", &es, &en),
            Absent::Unknown {
                suggestion: Some("leaflet-phone".into())
            }
        );
        assert_eq!(
            absent("no-such-thing-at-all", &es, &en),
            Absent::Unknown { suggestion: None }
        );
        // es without one message: untranslated.
        let cut: Vec<SourceFile> = es
            .iter()
            .map(|f| {
                let text = f
                    .text()
                    .unwrap()
                    .replace("leaflet-talk-heading =", "# gone =");
                SourceFile {
                    bytes: crate::load::Bytes::Owned(text.into_bytes().into()),
                    ..f.clone()
                }
            })
            .collect();
        assert!(matches!(
            absent("leaflet-talk-heading", &cut, &en),
            Absent::Untranslated { file_name, .. } if file_name == "leaflet.ftl"
        ));
        // es with it misspelt: the definition is blamed.
        let typo: Vec<SourceFile> = es
            .iter()
            .map(|f| {
                let text = f
                    .text()
                    .unwrap()
                    .replace("leaflet-talk-heading =", "leaflet-talk-headign =");
                SourceFile {
                    bytes: crate::load::Bytes::Owned(text.into_bytes().into()),
                    ..f.clone()
                }
            })
            .collect();
        match absent("leaflet-talk-heading", &typo, &en) {
            Absent::MisspeltHere { id, at } => {
                assert_eq!(id, "leaflet-talk-headign");
                assert!(at.path.ends_with("locales/es/leaflet.ftl") && at.line > 0);
            }
            other => panic!("{other:?}"),
        }
    }
}
