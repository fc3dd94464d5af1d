//! Check: the reading level of a locale's leaflet text (English
//! Flesch-Kincaid grade, Spanish Fernandez-Huerta ease), where a formula
//! exists.

use super::Grade;
use crate::diag::{Diagnostic, Diagnostics};
use crate::leaflet::Library;
use crate::load::LoadedTopic;
use std::sync::Arc;

/// Syllables in a word, by vowel groups (English drops a silent final
/// `e`). A heuristic, as every readability tool uses.
fn syllables(word: &str, spanish: bool) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouyáéíóúü".contains(c);
    let mut n = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c) && !(spanish && c == 'y');
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    if !spanish && w.len() > 2 && w[w.len() - 1] == 'e' && !vowel(w[w.len() - 2]) && n > 1 {
        n -= 1;
    }
    n.max(1)
}

/// Words, sentences and syllables of a text.
fn counts(text: &str, spanish: bool) -> (usize, usize, usize) {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let sentences = text.matches(['.', '!', '?', ':', ';']).count().max(1);
    let syl = words.iter().map(|w| syllables(w, spanish)).sum();
    (words.len(), sentences, syl)
}

fn score(words: usize, sentences: usize, syllables: usize, spanish: bool) -> f64 {
    let (w, s, y) = (words as f64, sentences as f64, syllables as f64);
    if spanish {
        // Fernández Huerta, with F as words per sentence (the usual
        // correction of the formula as first printed).
        206.84 - 0.60 * (y / w * 100.0) - 1.02 * (w / s)
    } else {
        0.39 * (w / s) + 11.8 * (y / w) - 15.59
    }
}

/// The reading level of `locale`'s leaflet text, where a formula exists.
pub(crate) fn reading_level(lib: &Library, locale: &str) -> Option<Grade> {
    let topics: Vec<_> = lib
        .content
        .topic_ids()
        .iter()
        .filter_map(|id| lib.topic(id).ok())
        .filter(|t| t.topic.meant_for(locale))
        .collect();
    let mut grades = Vec::new();
    reading_grade(
        lib,
        &topics,
        locale,
        &mut Diagnostics::default(),
        &mut grades,
    );
    grades.pop()
}

/// Measures `locale`'s leaflet text into `grades`, and reports it when it
/// reads too hard. English: Flesch-Kincaid grade (warn over 6, error over
/// 8). Spanish: Fernandez-Huerta ease on the INFLESZ scale (warn under 65,
/// error under 55: "somewhat difficult"). Other languages: not measured.
pub(super) fn reading_grade(
    lib: &Library,
    topics: &[Arc<LoadedTopic>],
    locale: &str,
    out: &mut Diagnostics,
    grades: &mut Vec<Grade>,
) {
    let lang = locale.split('-').next().unwrap_or("");
    if lang != "en" && lang != "es" {
        return;
    }
    let spanish = lang == "es";
    let Ok(l10n) = lib.localizer(locale, false) else {
        return;
    };
    let mut per_message: Vec<(String, f64)> = Vec::new();
    let (mut w, mut s, mut y) = (0, 0, 0);
    let mut seen = std::collections::BTreeSet::new();
    for t in topics {
        let topic = &t.topic;
        let refs = topic.body_messages();
        for r in refs {
            if !seen.insert(r.as_str().to_string()) {
                continue;
            }
            let Ok(text) = l10n.format(r, &[], &mut Vec::new()) else {
                continue;
            };
            let (mw, ms, my) = counts(&text, spanish);
            w += mw;
            s += ms;
            y += my;
            if mw >= 8 {
                per_message.push((r.as_str().to_string(), score(mw, ms, my, spanish)));
            }
        }
    }
    if w == 0 {
        return;
    }
    let value = (score(w, s, y, spanish) * 10.0).round() / 10.0;
    let (formula, higher_is_harder, warn, error) = if spanish {
        ("fernandez-huerta", false, 65.0, 55.0)
    } else {
        ("flesch-kincaid", true, 6.0, 8.0)
    };
    grades.push(Grade {
        locale: locale.to_string(),
        formula,
        value,
    });
    let bad = |v: f64, limit: f64| {
        if higher_is_harder {
            v > limit
        } else {
            v < limit
        }
    };
    if bad(value, warn) {
        per_message.sort_by(|a, b| {
            if higher_is_harder {
                b.1.total_cmp(&a.1)
            } else {
                a.1.total_cmp(&b.1)
            }
        });
        let aim = if higher_is_harder {
            "at most"
        } else {
            "at least"
        };
        let message =
            format!("the `{locale}` leaflets read at {formula} {value:.1} (aim: {aim} {warn})");
        let mut d = if bad(value, error) {
            Diagnostic::error(message)
        } else {
            Diagnostic::warning(message)
        };
        for (id, v) in per_message.iter().take(3) {
            d = d.note(format!("hardest message: `{id}` ({v:.1})"));
        }
        out.push(d.hint("shorter sentences and common words; one idea per sentence"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_vowel_groups() {
        assert_eq!(syllables("meeting", false), 2);
        assert_eq!(syllables("therapy", false), 3);
        assert_eq!(syllables("welcome", false), 2);
        assert_eq!(syllables("escuchar", true), 3);
        assert_eq!(syllables("hablar", true), 2);
    }

    #[test]
    fn flesch_kincaid_grades_plain_and_hard_english() {
        let (w, s, y) = counts("The cat sat on the mat.", false);
        assert_eq!((w, s, y), (6, 1, 6));
        assert!((score(w, s, y, false) - -1.45).abs() < 0.01);
        let hard = "Pharmacological maintenance interventions necessitate individualized consideration regarding concomitant psychosocial rehabilitation.";
        let (w, s, y) = counts(hard, false);
        assert!(score(w, s, y, false) > 8.0);
    }

    #[test]
    fn fernandez_huerta_scores_easy_spanish_high() {
        let (w, s, y) = counts("Nadie está obligado a hablar. Puede solo escuchar.", true);
        assert!(score(w, s, y, true) > 65.0);
    }
}
