//! Check: the reading level of a locale's leaflets, per topic and per
//! wording variant, where a validated formula exists: English
//! Flesch-Kincaid grade, Spanish Szigriszt-Pazos perspicuity on the INFLESZ
//! scale (the scale was made for that formula). Counting follows the
//! content review's `readability.py`: sentences end at `.`, `!` and `?`
//! only (not at `:` or `;`), "A.A." is one word, words are runs of letters
//! (hyphenated words count once), and Spanish syllables honour hiatus
//! ("dí-a", "po-e-ta") and the silent u of que/qui/gue/gui.

use super::Grade;
use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::Localizer;
use crate::leaflet::Library;
use crate::load::LoadedTopic;
use crate::model::{MessageRef, Topic};
use std::sync::Arc;

/// Words, sentences and syllables of a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.words += o.words;
        self.sentences += o.sentences;
        self.syllables += o.syllables;
    }
}

/// Abbreviations written with dots ("A.A.", "N.A.", "e.g.") lose them, so
/// that they are one word and end no sentence.
fn undot_abbreviations(text: &str) -> String {
    text.split_inclusive(char::is_whitespace)
        .map(|token| {
            let word = token.trim_end();
            let core = word.trim_start_matches(['“', '"', '«', '(', '‘']);
            let core = core.trim_end_matches(['”', '"', '»', ')', '’', ',', ':', ';']);
            let bytes: Vec<char> = core.chars().collect();
            let dotted = bytes.len() >= 4
                && bytes.len().is_multiple_of(2)
                && bytes.chunks(2).all(|p| p[0].is_alphabetic() && p[1] == '.');
            if dotted {
                token.replacen(core, &core.replace('.', ""), 1)
            } else {
                token.to_string()
            }
        })
        .collect()
}

/// The sentences of a text: a sentence ends at `.`, `!` or `?` (maybe
/// followed by a closing quote) before white space or the end. Only
/// segments holding a letter count.
fn sentences(text: &str) -> Vec<String> {
    let text = undot_abbreviations(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        cur.push(c);
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            if j < chars.len() && matches!(chars[j], '”' | '"' | '»' | '’') {
                cur.push(chars[j]);
                j += 1;
            }
            if j >= chars.len() || chars[j].is_whitespace() {
                out.push(std::mem::take(&mut cur));
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out.push(cur);
    out.into_iter()
        .filter(|s| s.chars().any(char::is_alphabetic))
        .collect()
}

/// The words of a text: runs of letters and apostrophes, a hyphen between
/// letters joining them ("mood-altering" is one word); digits are not
/// words.
fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let apostrophe = |c: char| c == '\'' || c == '’';
    for (i, &c) in chars.iter().enumerate() {
        let joins = c == '-'
            && cur.chars().last().is_some_and(char::is_alphabetic)
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        if c.is_alphabetic() || (apostrophe(c) && !cur.is_empty()) || joins {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|w| w.trim_matches(apostrophe).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// English syllables by vowel groups, dropping a silent final `e`; short
/// acronyms read as letters ("NA", "AA": two). A heuristic, as every
/// readability tool without a pronouncing dictionary uses.
fn syllables_en(word: &str) -> usize {
    word.split('-').map(syllables_en_part).sum::<usize>().max(1)
}

fn syllables_en_part(word: &str) -> usize {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let caps = letters.iter().all(char::is_ascii_uppercase);
    if caps
        && (letters.len() == 2
            || (letters.len() == 3 && !letters.iter().any(|c| vowel(c.to_ascii_lowercase()))))
    {
        return letters.len();
    }
    let w: Vec<char> = letters.iter().map(|c| c.to_ascii_lowercase()).collect();
    let mut n = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    if w.len() > 2 && w[w.len() - 1] == 'e' && !vowel(w[w.len() - 2]) && n > 1 {
        n -= 1;
    }
    n.max(1)
}

/// Spanish syllables by orthographic rules: a vowel group is one syllable
/// (a diphthong) unless two strong vowels meet or an accented í/ú breaks it
/// (hiatus); the u of que/qui/gue/gui is silent; a y not before a vowel is
/// a vowel ("hay", "muy"). As `es_syll` in the review's readability.py.
fn syllables_es(word: &str) -> usize {
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    // The silent u of que, qui, gue, gui (not güe, güi).
    let mut w: Vec<char> = Vec::with_capacity(lower.len());
    for (i, &c) in lower.iter().enumerate() {
        let silent = c == 'u'
            && i > 0
            && matches!(lower[i - 1], 'q' | 'g')
            && lower
                .get(i + 1)
                .is_some_and(|n| matches!(n, 'e' | 'i' | 'é' | 'í'));
        if !silent {
            w.push(if c == 'ü' { 'u' } else { c });
        }
    }
    let vowel = |c: char| "aeiouáéíóú".contains(c);
    let w: Vec<char> = w
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if c == 'y' && !w.get(i + 1).is_some_and(|&n| vowel(n)) {
                'i'
            } else {
                c
            }
        })
        .collect();
    let strong = |c: char| "aeoáéíóú".contains(c);
    let mut n = 0;
    let mut i = 0;
    while i < w.len() {
        if vowel(w[i]) {
            n += 1;
            let mut j = i + 1;
            while j < w.len() && vowel(w[j]) {
                let (a, b) = (w[j - 1], w[j]);
                if (strong(a) && strong(b)) || matches!(a, 'í' | 'ú') || matches!(b, 'í' | 'ú')
                {
                    break;
                }
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    n.max(1)
}

/// The counts of a text.
fn counts(text: &str, spanish: bool) -> Counts {
    let mut c = Counts::default();
    for s in sentences(text) {
        let ws = words(&s);
        if ws.is_empty() {
            continue;
        }
        c.sentences += 1;
        c.words += ws.len();
        c.syllables += ws
            .iter()
            .map(|w| {
                if spanish {
                    syllables_es(w)
                } else {
                    syllables_en(w)
                }
            })
            .sum::<usize>();
    }
    c
}

/// English: the Flesch-Kincaid grade. Spanish: Szigriszt-Pazos
/// perspicuity, 0 (hard) to 100 (easy).
fn score(c: Counts, spanish: bool) -> f64 {
    let (w, s, y) = (
        c.words as f64,
        c.sentences.max(1) as f64,
        c.syllables as f64,
    );
    if w == 0.0 {
        return if spanish { 100.0 } else { 0.0 };
    }
    if spanish {
        206.835 - 62.3 * (y / w) - w / s
    } else {
        0.39 * (w / s) + 11.8 * (y / w) - 15.59
    }
}

/// The INFLESZ band of a Szigriszt-Pazos score (Barrio-Cantalejo et al.,
/// 2008).
fn inflesz_band(v: f64) -> &'static str {
    match v {
        v if v < 40.0 => "muy difícil",
        v if v < 55.0 => "algo difícil",
        v if v < 65.0 => "normal",
        v if v <= 80.0 => "bastante fácil",
        _ => "muy fácil",
    }
}

/// The hardest of `locale`'s measured grades (a topic, or a topic with one
/// wording variant).
pub(crate) fn hardest<'a>(grades: &'a [Grade], locale: &str) -> Option<&'a Grade> {
    grades.iter().filter(|g| g.locale == locale).max_by(|a, b| {
        let k = |g: &Grade| {
            if g.formula == SPANISH {
                -g.value
            } else {
                g.value
            }
        };
        k(a).total_cmp(&k(b))
    })
}

const ENGLISH: &str = "flesch-kincaid";
const SPANISH: &str = "szigriszt-pazos";

/// The reading level of `locale`'s leaflets where a formula exists: the
/// hardest topic or wording variant.
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
    hardest(&grades, locale).cloned()
}

/// The body text a topic prints with every concern and every optional
/// section, with `swap` (a concern id and the answer of one of its wording
/// variants) in place of that concern's default answer.
fn scope<'a>(topic: &'a Topic, swap: Option<(&str, &'a [MessageRef])>) -> Vec<&'a MessageRef> {
    let mut refs: Vec<&MessageRef> = topic.key_points.iter().chain(&topic.intro).collect();
    for s in &topic.sections {
        refs.extend(s.paragraphs.iter().chain(&s.bullets));
    }
    for c in &topic.concerns {
        refs.push(&c.worry);
        match swap {
            Some((id, answer)) if id == c.id.as_str() => refs.extend(answer),
            _ => refs.extend(&c.answer),
        }
    }
    for s in &topic.closing_sections {
        refs.extend(s.paragraphs.iter().chain(&s.bullets));
    }
    refs
}

/// Measures `locale`'s leaflets into `grades`, one per topic and one per
/// wording variant that differs from the concern's default answer, each
/// with every concern and optional section; reports one that reads too
/// hard. English: Flesch-Kincaid grade (warn over 6, error over 8).
/// Spanish: Szigriszt-Pazos on the INFLESZ scale (warn under 65, error
/// under 55, "algo difícil"). Other languages: not measured.
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
    for t in topics {
        let topic = &t.topic;
        let mut scopes: Vec<(Option<String>, Vec<&MessageRef>)> = vec![(None, scope(topic, None))];
        for c in &topic.concerns {
            let Some(w) = &c.wording else { continue };
            for (variant, answer) in &w.variants {
                if answer != &c.answer {
                    scopes.push((
                        Some(format!("{}={variant}", c.id)),
                        scope(topic, Some((c.id.as_str(), answer))),
                    ));
                }
            }
        }
        for (variant, refs) in scopes {
            measure(&l10n, topic, variant, &refs, spanish, out, grades);
        }
    }
}

/// One measurement: the grade of `refs`, and a diagnostic when it reads too
/// hard, naming the hardest messages.
fn measure(
    l10n: &Localizer,
    topic: &Topic,
    variant: Option<String>,
    refs: &[&MessageRef],
    spanish: bool,
    out: &mut Diagnostics,
    grades: &mut Vec<Grade>,
) {
    let mut total = Counts::default();
    let mut per_message: Vec<(String, f64)> = Vec::new();
    for r in refs {
        let Ok(text) = l10n.format(r, &[], &mut Vec::new()) else {
            continue;
        };
        let c = counts(&text, spanish);
        total += c;
        if c.words >= 8 {
            per_message.push((r.as_str().to_string(), score(c, spanish)));
        }
    }
    if total.words == 0 {
        return;
    }
    let value = (score(total, spanish) * 10.0).round() / 10.0;
    let locale = &l10n.locale;
    let (formula, warn, error) = if spanish {
        (SPANISH, 65.0, 55.0)
    } else {
        (ENGLISH, 6.0, 8.0)
    };
    let bad = |v: f64, limit: f64| if spanish { v < limit } else { v > limit };
    let what = match &variant {
        Some(v) => format!("topic `{}` with wording {v}", topic.id),
        None => format!("topic `{}`", topic.id),
    };
    grades.push(Grade {
        locale: locale.clone(),
        topic: topic.id.to_string(),
        variant,
        formula,
        value,
    });
    if !bad(value, warn) {
        return;
    }
    per_message.sort_by(|a, b| {
        if spanish {
            a.1.total_cmp(&b.1)
        } else {
            b.1.total_cmp(&a.1)
        }
    });
    let message = if spanish {
        format!(
            "{what} in `{locale}` reads at {formula} {value:.1}, INFLESZ \"{}\" (aim: at least {warn}, \"bastante fácil\")",
            inflesz_band(value)
        )
    } else {
        format!("{what} in `{locale}` reads at {formula} grade {value:.1} with every concern (aim: at most {warn})")
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    // The expected figures below come from the content review's
    // readability.py (its sentences_of, words_of and es_syll), run on the
    // same strings.

    #[test]
    fn spanish_syllables_match_readability_py_with_hiatus() {
        let expected = [
            ("día", 2),
            ("reunión", 2),
            ("aguinaldo", 4),
            ("poeta", 3),
            ("leer", 2),
            ("guerra", 2),
            ("pingüino", 3),
            ("quiero", 2),
            ("país", 2),
            ("baúl", 2),
            ("oír", 2),
            ("hay", 1),
            ("muy", 1),
            ("creer", 2),
            ("ahí", 2),
            ("búho", 2),
            ("ciudad", 2),
            ("continúa", 4),
            ("oído", 3),
            ("alcohol", 3),
            ("medicamento", 5),
            ("también", 2),
            ("bienvenido", 4),
            ("destrucción", 3),
            ("Raúl", 2),
            ("maíz", 2),
            ("caos", 2),
            ("héroe", 3),
            ("cooperar", 4),
            ("agüero", 3),
        ];
        for (word, n) in expected {
            assert_eq!(syllables_es(word), n, "{word}");
        }
    }

    #[test]
    fn sentences_end_at_full_stops_only_and_a_a_is_one_word() {
        let text = "AA’s pamphlet “The A.A. Member: Medications and Other Drugs” says members should not play doctor. Is it free? Yes! Some groups: many; others.";
        let s = sentences(text);
        assert_eq!(s.len(), 4, "{s:?}");
        let w: Vec<String> = s.iter().flat_map(|s| words(s)).collect();
        assert_eq!(w.len(), 23, "{w:?}");
        assert_eq!(w[0], "AA’s");
        assert_eq!(w[3], "AA");
        // A colon or a semicolon ends no sentence; "I pass." inside quotes does.
        assert_eq!(sentences("You can say “I pass.” Or listen.").len(), 2);
        assert_eq!(words("mind- or mood-altering, 50 to 90 minutes").len(), 5);
    }

    #[test]
    fn szigriszt_pazos_matches_readability_py_on_a_spanish_answer() {
        let text = "Nadie está obligado a hablar. En algunas reuniones, a cada persona se le ofrece un turno, y usted puede decir solo «Paso». En otras, la gente levanta la mano y el coordinador le da la palabra. Usted puede solo escuchar.";
        let c = counts(text, true);
        assert_eq!(
            c,
            Counts {
                words: 40,
                sentences: 4,
                syllables: 77
            }
        );
        assert!((score(c, true) - 76.91).abs() < 0.01, "{}", score(c, true));
        assert_eq!(inflesz_band(score(c, true)), "bastante fácil");
        assert_eq!(inflesz_band(50.0), "algo difícil");
    }

    #[test]
    fn flesch_kincaid_grades_plain_and_hard_english() {
        let c = counts("The cat sat on the mat.", false);
        assert_eq!((c.words, c.sentences, c.syllables), (6, 1, 6));
        assert!((score(c, false) - -1.45).abs() < 0.01);
        // NA and AA are read as letters, two syllables each.
        assert_eq!(syllables_en("NA"), 2);
        assert_eq!(syllables_en("AA"), 2);
        assert_eq!(syllables_en("meeting"), 2);
        assert_eq!(syllables_en("welcome"), 2);
        assert_eq!(syllables_en("mood-altering"), 4);
        let hard = "Pharmacological maintenance interventions necessitate individualized consideration regarding concomitant psychosocial rehabilitation.";
        assert!(score(counts(hard, false), false) > 8.0);
    }
}
