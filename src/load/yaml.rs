//! Stage 1, load: YAML. In: the text of a topic, locale metadata, clinic
//! profile or manifest, and where its fields are documented. Out: the typed
//! value, or one diagnostic at the line and column of the mistake. The only
//! file that names the YAML crate, so a maintained fork can replace it here
//! alone; also finds values in YAML text for errors about values that
//! parsed fine.

use crate::diag::{Diagnostic, Diagnostics, Kind, Location, Result};
use serde::de::DeserializeOwned;

/// Parses YAML into `T`, turning the YAML crate's position into a location.
/// `schema` names where the file's fields are documented, for the hint.
pub(super) fn parse_yaml<T: DeserializeOwned>(
    display: &str,
    text: &str,
    schema: &str,
) -> Result<T> {
    let blank = text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    if blank {
        return Err(Diagnostic::error("the file is empty")
            .at(Location::file(display))
            .hint(format!("{schema} lists the fields it must hold"))
            .into());
    }
    serde_yaml::from_str(text).map_err(|e| yaml_error(&e, display, text, schema))
}

/// The YAML crate's error as a diagnostic at its place, with a hint chosen
/// by the kind of mistake.
fn yaml_error(e: &serde_yaml::Error, display: &str, text: &str, schema: &str) -> Diagnostics {
    let msg = e.to_string();
    // serde_yaml appends " at line L column C"; we print our own position.
    let msg = match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    let mut d = Diagnostic::error(msg);
    // Our own value checks (ids, dates, message ids) name the bad value
    // in backticks; serde_yaml then points at the enclosing mapping, so
    // find the value itself from there on.
    let bad_value = !d.message.starts_with("unknown field")
        && !d.message.starts_with("missing field")
        && (d.message.contains("is not a valid id")
            || d.message.contains("is not a language tag")
            || d.message.contains("is not a date")
            || d.message.contains("is not a Fluent message id")
            || d.message.contains("is not a country code"));
    let quoted = d.message.split('`').nth(1).map(str::to_string);
    match (e.location(), quoted) {
        (Some(loc), Some(value)) if bad_value => {
            let from = loc.index().min(text.len());
            let span = value_span(&text[from..], "", &value);
            let span = if span.is_empty() {
                from..from + 1
            } else {
                from + span.start..from + span.end
            };
            d = d.at(Location::new(display, text, span));
        }
        (Some(loc), _) => {
            let idx = loc.index().min(text.len());
            d = d.at(Location::new(display, text, idx..idx + 1));
        }
        (None, _) => d = d.at(Location::file(display)),
    }
    let unknown_hint = format!("check the spelling against the fields listed in {schema}");
    let missing_hint = format!("add the field; {schema} lists the required ones");
    let type_hint = format!("write a value of the kind named above; {schema} describes each field");
    let value_kind = bad_value
        || [
            "unknown field",
            "missing field",
            "invalid type",
            "unknown variant",
        ]
        .iter()
        .any(|k| d.message.contains(k));
    d = d.kind(if value_kind {
        Kind::YamlValue
    } else {
        Kind::YamlSyntax
    });
    let hint: &str = if bad_value {
        "fix the value: ids use a-z, 0-9 and `-`; dates are YYYY-MM-DD; message ids are Fluent identifiers; countries are two letters (US, GB)"
    } else if d.message.contains("unknown field") {
        &unknown_hint
    } else if d.message.contains("missing field") {
        &missing_hint
    } else if d.message.contains("invalid type") || d.message.contains("unknown variant") {
        &type_hint
    } else {
        "check the YAML syntax on this line: indentation, colons, quotes and brackets"
    };
    d.hint(hint).into()
}

/// Where mapping key `key` is written in `text`: the first line below a
/// line holding `after` that starts (after indentation) with `key:`;
/// `after` itself when no such key follows it; `0..0` without `after`.
pub(super) fn key_span_after(text: &str, after: &str, key: &str) -> std::ops::Range<usize> {
    let Some(from) = text.find(after) else {
        return 0..0;
    };
    let mut offset = from;
    for line in text[from..].split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            if rest.trim_start().starts_with(':') {
                let at = offset + (line.len() - trimmed.len());
                return at..at + key.len();
            }
        }
        offset += line.len();
    }
    from..from + after.len()
}

/// Byte span of `value` as written in `text`: the first line whose key (or
/// list item) holds exactly that value, else the first whole-word match.
pub(super) fn value_span(text: &str, key: &str, value: &str) -> std::ops::Range<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start().trim_start_matches("- ").trim_start();
        let after_key = trimmed
            .strip_prefix(key)
            .and_then(|r| r.strip_prefix(':'))
            .map(str::trim);
        let candidates = [after_key, Some(trimmed.trim_end())];
        for cand in candidates.into_iter().flatten() {
            let cand = cand.trim_matches(|c| c == '"' || c == '\'');
            if cand == value {
                let at = offset + line.find(value).unwrap_or(0);
                return at..at + value.len();
            }
        }
        offset += line.len();
    }
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.';
    let mut from = 0;
    while let Some(i) = text[from..].find(value) {
        let at = from + i;
        let end = at + value.len();
        let before_ok = at == 0 || !word(bytes[at - 1]);
        let after_ok = end >= bytes.len() || !word(bytes[end]);
        if before_ok && after_ok {
            return at..end;
        }
        from = at + 1;
    }
    0..0
}

/// Lines (1-based) of the items of the top-level list `key`.
pub(super) fn yaml_item_lines(text: &str, key: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut indent = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if !line.starts_with([' ', '-', '\t']) && !trimmed.is_empty() && !trimmed.starts_with('#') {
            inside = line.starts_with(&format!("{key}:"));
            continue;
        }
        if inside && (trimmed.starts_with("- ") || trimmed == "-") {
            let ind = line.len() - trimmed.len();
            if *indent.get_or_insert(ind) == ind {
                out.push(i + 1);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Topic;

    #[test]
    fn key_span_after_finds_a_key_below_a_line() {
        let text = "default: b\nnames:\n  a: x\n  b : y\n";
        assert_eq!(&text[key_span_after(text, "names:", "b")], "b");
        assert_eq!(
            crate::diag::line_col(text, key_span_after(text, "names:", "b").start),
            (4, 3)
        );
        assert_eq!(&text[key_span_after(text, "names:", "zz")], "names:");
        assert_eq!(key_span_after(text, "other:", "a"), 0..0);
    }

    #[test]
    fn value_span_finds_list_items_and_keys() {
        let text = "id: t\nintro: [a-1]\nconcerns:\n  - id: x\n    worry: x-worry\n    answer:\n      - x-answer\n";
        let span = value_span(text, "worry", "x-worry");
        assert_eq!(&text[span], "x-worry");
        let span = value_span(text, "", "x-answer");
        assert_eq!(crate::diag::line_col(text, span.start), (7, 9));
        let span = value_span(text, "", "a-1");
        assert_eq!(&text[span], "a-1");
    }

    #[test]
    fn yaml_errors_point_at_the_line() {
        let err =
            parse_yaml::<Topic>("t.yaml", "id: t\nversion: [1\n", "topics/README.md").unwrap_err();
        let d = &err.0[0];
        let loc = d.location.as_ref().unwrap();
        assert_eq!(loc.path, "t.yaml");
        assert!(loc.line >= 2, "{d}");
    }

    #[test]
    fn item_lines_are_those_of_the_top_level_list() {
        let text = "defaults: {topic: t}\njobs:\n  # first\n  - locale: es\n    concerns:\n      - a\n  - locale: ru\nother:\n  - x\n";
        assert_eq!(yaml_item_lines(text, "jobs"), [4, 7]);
    }
}
