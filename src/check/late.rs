//! Check: selectors that can never select. A template passes some values
//! to a message before they are known: the page number and the page count
//! (`leaflet.PAGE`, `leaflet.PAGES`) are placeholders when the message is
//! formatted, filled in after layout. A `{ $pages -> [one] ... }` on such a
//! variable always prints its `*` default, so it is refused here, at the
//! message's line.
//!
//! It is refused rather than made to work: choosing the variant after
//! layout would have the layout stage format messages (a footer may change
//! width with the page count, which changes the layout), against the
//! pipeline's one-way rule (`l10n` before `render` before `layout`).

use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::LocaleFacts;
use crate::load::Content;

/// A template's `t()` call that gives `variable` of `message` a value
/// known only after layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Late {
    /// The message id.
    pub message: String,
    /// The variable, without `$`.
    pub variable: String,
    /// The template's display path.
    pub template: String,
}

/// Every `t(id="...", name=leaflet.PAGE...)` of the templates that passes
/// a value known only after layout.
pub(super) fn late_variables(content: &Content) -> Vec<Late> {
    let mut out = Vec::new();
    for file in content.templates() {
        let Ok(text) = file.text() else { continue };
        for (message, variable) in late_in(text) {
            out.push(Late {
                message,
                variable,
                template: file.display.clone(),
            });
        }
    }
    out
}

/// The (message, variable) pairs of `text`'s `t()` calls with a late value.
fn late_in(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices("t(") {
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
            continue;
        }
        let Some(len) = text[at..].find(')') else {
            continue;
        };
        let args = &text[at + 2..at + len];
        let mut id = None;
        let mut late = Vec::new();
        for arg in args.split(',') {
            let Some((k, v)) = arg.split_once('=') else {
                continue;
            };
            let (k, v) = (k.trim(), v.trim());
            if k == "id" {
                id = Some(v.trim_matches(['"', '\'']).to_string());
            } else if crate::render::LATE_VALUES.contains(&v) {
                late.push(k.to_string());
            }
        }
        if let Some(id) = id {
            out.extend(late.into_iter().map(|v| (id.clone(), v)));
        }
    }
    out
}

/// Each message of the locale that chooses a variant by a late variable:
/// an error at the message.
pub(super) fn late_selectors(late: &[Late], facts: &LocaleFacts, out: &mut Diagnostics) {
    for l in late {
        let Some(m) = facts.messages.get(&l.message) else {
            continue;
        };
        if !m.selectors.contains(&l.variable) {
            continue;
        }
        let var = format!("${}", l.variable);
        out.push(
            Diagnostic::error(format!(
                "message `{}` chooses by `{var}`, which is not known when the message is formatted",
                l.message
            ))
            .at(facts
                .location_in(&l.message, &var)
                .unwrap_or_else(|| facts.location(&l.message)))
            .note(format!(
                "{} passes the page {} as `{var}`; it is filled in after the pages are laid out, so the `*` default variant is always printed",
                l.template,
                if l.variable.contains("pages") { "count" } else { "number" },
            ))
            .hint(format!(
                "write one text that reads right for any number, with `{{ {var} }}` in it (\"Page 2 of 5\" as \"Page 2 / 5\" if the grammar needs it)"
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn late_values_are_found_in_t_calls() {
        let text = r#"<end>{{ t(id="leaflet-footer-page", page=leaflet.PAGE, pages=leaflet.PAGES) }}</end>
{{ t(id="other", n=3) }}{{ format(id="x", p=leaflet.PAGE) }}"#;
        assert_eq!(
            late_in(text),
            [
                ("leaflet-footer-page".to_string(), "page".to_string()),
                ("leaflet-footer-page".to_string(), "pages".to_string())
            ]
        );
    }

    #[test]
    fn the_built_in_footer_passes_the_page_count_late() {
        let late = late_variables(&Content::builtin());
        assert!(late
            .iter()
            .any(|l| l.message == "leaflet-footer-page" && l.variable == "pages"));
    }
}
