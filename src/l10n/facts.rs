//! Stage 2, l10n: what a locale's files say, for the translators' checks.
//! In: the FTL files of one locale. Out: [`LocaleFacts`]: each message's
//! file, place, attributes, variables, references, plural selectors and
//! source text, the terms, and every syntax error; and the CLDR plural
//! categories of a language, to compare plural selectors against.

use super::source::{entry_text, find_entry};
use super::{syntax_error, unprintable};
use crate::diag::{Diagnostics, Location};
use crate::load::Content;
use std::collections::{BTreeMap, BTreeSet};
use unic_langid::LanguageIdentifier;

/// CLDR's plural categories, in CLDR's order.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Everything a locale's files define, and their syntax errors.
#[derive(Debug, Clone, Default)]
pub(crate) struct LocaleFacts {
    /// Messages by id.
    pub messages: BTreeMap<String, MessageFacts>,
    /// Term ids, with their leading `-`.
    pub terms: BTreeSet<String>,
    /// Syntax errors, with their places.
    pub errors: Diagnostics,
    /// The text of each file, by display path.
    pub texts: BTreeMap<String, String>,
}

impl LocaleFacts {
    /// Where message `id` is defined: its id on its line (the file alone
    /// if its text is unknown).
    pub(crate) fn location(&self, id: &str) -> Location {
        let Some(m) = self.messages.get(id) else {
            return Location::file("");
        };
        match self.texts.get(&m.file) {
            Some(text) => Location::new(&m.file, text, m.offset..m.offset + id.len()),
            None => Location::file(&m.file),
        }
    }

    /// Where `needle` first appears in message `id`'s definition, if it does.
    pub(crate) fn location_in(&self, id: &str, needle: &str) -> Option<Location> {
        let m = self.messages.get(id)?;
        let text = self.texts.get(&m.file)?;
        let end = (m.offset + m.source.len()).min(text.len());
        let at = m.offset + text[m.offset..end].find(needle)?;
        Some(Location::new(&m.file, text, at..at + needle.len()))
    }
}

/// Said of every syntax error the checks report.
const SKIPPED: &str = "the message with this error is skipped until it is fixed, so checks may also report it missing";

/// Reads a locale's FTL files into [`LocaleFacts`], collecting every
/// syntax error.
pub(crate) fn locale_facts(content: &Content, lang: &str) -> LocaleFacts {
    use fluent_syntax::ast;
    let mut facts = LocaleFacts::default();
    for file in content.locale_files(lang) {
        let text = match file.text() {
            Ok(t) => t,
            Err(e) => {
                facts.errors.0.extend(e.0);
                continue;
            }
        };
        facts.errors.0.extend(unprintable(&file.display, text));
        facts.texts.insert(file.display.clone(), text.to_string());
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    facts
                        .errors
                        .push(syntax_error(&file.display, text, &e).note(SKIPPED));
                }
                r
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    // The parser found it at column 0, so the scanner finds its line.
                    let offset = find_entry(text, m.id.name).unwrap_or(0);
                    let mut f = MessageFacts {
                        file: file.display.clone(),
                        offset,
                        has_value: m.value.is_some(),
                        source: entry_text(text, offset),
                        ..MessageFacts::default()
                    };
                    if let Some(v) = &m.value {
                        walk_pattern(v, &mut f);
                    }
                    for a in &m.attributes {
                        f.attributes.insert(a.id.name.to_string());
                        walk_pattern(&a.value, &mut f);
                    }
                    facts.messages.insert(m.id.name.to_string(), f);
                }
                ast::Entry::Term(t) => {
                    facts.terms.insert(format!("-{}", t.id.name));
                }
                _ => {}
            }
        }
    }
    facts
}

/// What one message of a locale's files says, for the translators' checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct MessageFacts {
    /// Display path of the file that defines it.
    pub file: String,
    /// Byte offset of its definition in that file.
    pub offset: usize,
    /// Whether it has a value (not only attributes).
    pub has_value: bool,
    /// Its attributes.
    pub attributes: BTreeSet<String>,
    /// The `$variables` it uses, in its value and attributes.
    pub variables: BTreeSet<String>,
    /// The messages (`id`) and terms (`-id`) it refers to.
    pub references: BTreeSet<String>,
    /// Its source text as written (id, value, attributes), for fingerprints.
    pub source: String,
    /// The `$variables` a selector chooses by (`{ $n -> ... }`).
    pub selectors: BTreeSet<String>,
    /// The variant keys of each selector that chooses by plural category
    /// (any key is one of zero, one, two, few, many, other).
    pub plural_selects: Vec<BTreeSet<String>>,
}

/// Records the variables, references and plural selectors of a pattern.
fn walk_pattern(p: &fluent_syntax::ast::Pattern<&str>, f: &mut MessageFacts) {
    use fluent_syntax::ast::{Expression, PatternElement};
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(i) => walk_inline(i, f),
                Expression::Select { selector, variants } => {
                    walk_inline(selector, f);
                    // The variables the selector reads (`$n`, `NUMBER($n)`).
                    let mut chosen_by = MessageFacts::default();
                    walk_inline(selector, &mut chosen_by);
                    f.selectors.extend(chosen_by.variables);
                    let keys: BTreeSet<String> = variants
                        .iter()
                        .map(|v| match &v.key {
                            fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                            fluent_syntax::ast::VariantKey::NumberLiteral { value } => {
                                value.to_string()
                            }
                        })
                        .collect();
                    if keys.iter().any(|k| CATEGORIES.contains(&k.as_str())) {
                        f.plural_selects.push(keys);
                    }
                    for v in variants {
                        walk_pattern(&v.value, f);
                    }
                }
            }
        }
    }
}

/// Records what an inline expression uses, and what it nests.
fn walk_inline(i: &fluent_syntax::ast::InlineExpression<&str>, f: &mut MessageFacts) {
    use fluent_syntax::ast::InlineExpression as I;
    match i {
        I::VariableReference { id } => {
            f.variables.insert(id.name.to_string());
        }
        I::MessageReference { id, .. } => {
            f.references.insert(id.name.to_string());
        }
        I::TermReference { id, arguments, .. } => {
            f.references.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| walk_inline(a, f));
                args.named.iter().for_each(|a| walk_inline(&a.value, f));
            }
        }
        I::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, f));
            arguments
                .named
                .iter()
                .for_each(|a| walk_inline(&a.value, f));
        }
        I::Placeable { expression } => walk_pattern(
            &fluent_syntax::ast::Pattern {
                elements: vec![fluent_syntax::ast::PatternElement::Placeable {
                    expression: (**expression).clone(),
                }],
            },
            f,
        ),
        I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
    }
}

/// The CLDR plural categories (cardinal) a language uses, found by asking
/// its rules about integers and decimals; empty when CLDR has no rules.
pub(crate) fn plural_categories(lang: &str) -> Vec<&'static str> {
    use intl_pluralrules::{PluralCategory as C, PluralRuleType, PluralRules};
    let Ok(id) = lang.parse::<LanguageIdentifier>() else {
        return Vec::new();
    };
    // CLDR keys most rules by language alone (ru, not ru-RU).
    let language = LanguageIdentifier::from_parts(id.language, None, None, &[]);
    let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
    else {
        return Vec::new();
    };
    let mut found = BTreeSet::new();
    let samples = (0..=200)
        .map(f64::from)
        .chain([0.5, 1.5, 2.5, 0.1, 1.1, 1_000_000.0]);
    for n in samples {
        if let Ok(c) = rules.select(n) {
            found.insert(match c {
                C::ZERO => 0,
                C::ONE => 1,
                C::TWO => 2,
                C::FEW => 3,
                C::MANY => 4,
                C::OTHER => 5,
            });
        }
    }
    found.into_iter().map(|i| CATEGORIES[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_come_from_cldr() {
        assert_eq!(plural_categories("en"), ["one", "other"]);
        assert_eq!(plural_categories("ru"), ["one", "few", "many", "other"]);
        assert_eq!(
            plural_categories("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(plural_categories("zh"), ["other"]);
        assert_eq!(plural_categories("ru-RU"), ["one", "few", "many", "other"]);
    }
}
