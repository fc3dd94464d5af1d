//! Check: the translator's files. `handout locale new` scaffolds a locale
//! from another; `source.lock` records the reference text each translation
//! was made from, and `check --accept` rewrites it.

use crate::diag::{Diagnostic, Location, Result};
use crate::l10n::source::entries;
use crate::l10n::{canonical_tag, locale_facts, LocaleFacts, REFERENCE_LOCALE};
use std::path::Path;

/// A short fingerprint of a message's source text, with its white space
/// normalised (each run of spaces, tabs and line breaks counts as one
/// space), so re-wrapping a message without changing a word keeps it.
pub(crate) fn fingerprint(source: &str) -> String {
    let words: Vec<&str> = source.split_whitespace().collect();
    digest(&words.join(" "))
}

/// The fingerprint `source.lock` files held before white space was
/// normalised: of the source lines exactly as `entry_text` gives them.
fn exact_fingerprint(source: &str) -> String {
    digest(source)
}

/// Whether `print`, read from a `source.lock`, fingerprints `source`: in
/// the normalised form, or in the exact form of older lock files (which
/// keep working; `check --accept` rewrites them in the new form).
pub(crate) fn fingerprint_matches(source: &str, print: &str) -> bool {
    fingerprint(source) == print || exact_fingerprint(source) == print
}

fn digest(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest: [u8; 32] = Sha256::digest(text.as_bytes()).into();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The `source.lock` text for a locale: the fingerprint of the text, in
/// the locale it was translated `from`, of every message the locale has.
pub(crate) fn lock_text(
    locale: &str,
    from: &str,
    source: &LocaleFacts,
    facts: &LocaleFacts,
) -> String {
    let mut out = format!(
        "# The {from} text each {locale} message was translated from, by fingerprint.\n\
         # `handout check` warns when that text changes; after updating the translation,\n\
         # `handout check --accept --locale {locale} --content DIR` records the new text.\n\
         from: {from}\nmessages:\n"
    );
    for (id, r) in &source.messages {
        if facts.messages.contains_key(id) {
            out.push_str(&format!("  {id}: {}\n", fingerprint(&r.source)));
        }
    }
    out
}

/// Rewrites the `source.lock` of each of `locales` in the content folder.
pub(crate) fn accept(content: &Path, locales: &[String]) -> Result<Vec<std::path::PathBuf>> {
    let lib_content = crate::load::Content::with_overlay(content)?;
    let mut written = Vec::new();
    for l in locales {
        let folder = content.join("locales").join(l);
        if !folder.is_dir() {
            return Err(Diagnostic::error(format!(
                "there is no locale `{l}` in the content folder"
            ))
            .at(Location::file(&folder.display().to_string()))
            .hint("--accept records translations of your own content folder")
            .into());
        }
        // The locale it was translated from stays the one its lock names.
        let from = lib_content
            .source_lock(l)?
            .map_or_else(|| REFERENCE_LOCALE.to_string(), |lock| lock.from);
        let source = locale_facts(&lib_content, &from);
        if source.messages.is_empty() {
            return Err(missing_from(l, &from, &folder));
        }
        let facts = locale_facts(&lib_content, l);
        let path = folder.join("source.lock");
        crate::output::write_atomically(&path, lock_text(l, &from, &source, &facts).as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// The error for a `source.lock` whose `from` locale has no messages.
pub(crate) fn missing_from(locale: &str, from: &str, folder: &Path) -> crate::diag::Diagnostics {
    Diagnostic::error(format!(
        "the source.lock of `{locale}` says it was translated from `{from}`, which has no messages here"
    ))
    .at(Location::file(&folder.join("source.lock").display().to_string()))
    .hint(format!("put the `{from}` locale back in the content folder, or set `from: {REFERENCE_LOCALE}` in the source.lock and run --accept"))
    .into()
}

/// Creates `locales/LANG/` in `dir` from the `from` locale: every message,
/// each under a comment with its source text, and a `locale.yaml` marking
/// the translation as a draft. Returns the files written.
pub(crate) fn new_locale(dir: &Path, lang: &str, from: &str) -> Result<Vec<std::path::PathBuf>> {
    let (tag, rtl) = canonical_tag(lang)
        .map_err(|e| Diagnostic::error(e).hint("for example: handout locale new fr"))?;
    let content = crate::load::Content::with_overlay_or_builtin(dir)?;
    let folder = dir.join("locales").join(&tag);
    if folder.exists() {
        return Err(Diagnostic::error(format!("locale `{tag}` exists already"))
            .at(Location::file(&folder.display().to_string()))
            .hint("edit its files, or move the folder away to start again")
            .into());
    }
    if content.locale_ids().contains(&tag) {
        let where_ = content
            .locale_files(&tag)
            .first()
            .map(|f| f.display.clone())
            .unwrap_or_default();
        return Err(Diagnostic::error(format!("locale `{tag}` exists already ({where_})"))
            .hint("edit its files, or copy them into your content folder to change a built-in translation")
            .into());
    }
    let source = content.locale_files(from);
    if source.is_empty() {
        return Err(
            Diagnostic::error(format!("there is no locale `{from}` to start from"))
                .hint(format!(
                    "available locales: {}",
                    content.locale_ids().join(", ")
                ))
                .into(),
        );
    }
    let target = dir.join("locales").join(&tag);
    let mut files = Vec::new();
    let mut planned: Vec<(std::path::PathBuf, String)> = Vec::new();
    for file in &source {
        let name = file.rel.rsplit('/').next().unwrap_or(&file.rel).to_string();
        let text = file.text()?;
        planned.push((target.join(&name), scaffold_ftl(text, from, &tag)));
    }
    let yaml = format!(
        "# Metadata of the {tag} translation. See locales/README.md.\n\
         name: {tag}                # the language's name in itself, e.g. Français\n\
         direction: {}\n\
         status: draft              # reviewed, once a native-speaking clinician has checked it\n\
         translator: null\n\
         reviewer: null\n\
         review-date: null\n",
        if rtl { "rtl" } else { "ltr" }
    );
    planned.push((target.join("locale.yaml"), yaml));
    // Every message starts as the source text: record what it came from.
    let source_facts = locale_facts(&content, from);
    let lock = lock_text(&tag, from, &source_facts, &source_facts);
    planned.push((target.join("source.lock"), lock));
    std::fs::create_dir_all(&target).map_err(|e| {
        Diagnostic::error(format!("cannot create the folder: {e}"))
            .at(Location::file(&target.display().to_string()))
    })?;
    for (path, text) in planned {
        crate::output::write_atomically(&path, text.as_bytes())?;
        files.push(path);
    }
    Ok(files)
}

/// The source file with each message preceded by a comment holding its
/// source text; the text itself stays as a placeholder to translate.
pub(super) fn scaffold_ftl(text: &str, from: &str, tag: &str) -> String {
    let mut out = format!(
        "# {tag}: translation started from {from} by `handout locale new`.\n\
         # Translate the text after each `=`; keep every {{ $variable }} and the ids.\n\
         # The comment above each message shows the {from} text it was made from.\n\n"
    );
    // Lines as they are, each ended by `\n` (a CRLF file comes out LF).
    let copy = |out: &mut String, part: &str, prefix: &str| {
        for l in part.lines() {
            out.push_str(prefix);
            out.push_str(if prefix.is_empty() { l } else { l.trim_end() });
            out.push('\n');
        }
    };
    let mut at = 0;
    for e in entries(text).filter(|e| !e.id.starts_with('-')) {
        copy(&mut out, &text[at..e.span.start], "");
        let entry = &text[e.span.clone()];
        copy(&mut out, entry, &format!("# {from}: "));
        copy(&mut out, entry, "");
        at = e.span.end;
    }
    copy(&mut out, &text[at..], "");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaffold_puts_the_source_above_each_message() {
        let out = scaffold_ftl(
            "# c\nhi = Hello { $name }\n    .title = T\nbye = Bye\n",
            "en-US",
            "fr",
        );
        assert!(out.contains("# en-US: hi = Hello { $name }\n# en-US:     .title = T\nhi = Hello { $name }\n    .title = T\n"), "{out}");
        assert!(out.contains("# en-US: bye = Bye\nbye = Bye\n"));
    }

    #[test]
    fn a_fingerprint_is_of_the_words_not_the_wrapping() {
        let one = "hi = Hello { $name },\n    welcome\n";
        let wrapped = "hi =\n    Hello { $name },   welcome\n";
        assert_eq!(fingerprint(one), fingerprint(wrapped));
        assert_ne!(
            fingerprint(one),
            fingerprint("hi = Hello { $name }, welcome!\n")
        );
    }

    #[test]
    fn source_locks_written_before_white_space_was_normalised_still_match() {
        let source = "hi = Hello\n    world\n";
        // A lock written by an earlier handout: the exact lines' digest.
        let old = exact_fingerprint(source);
        assert_ne!(old, fingerprint(source));
        assert!(fingerprint_matches(source, &old));
        assert!(fingerprint_matches(source, &fingerprint(source)));
        assert!(!fingerprint_matches("hi = Hello world!\n", &old));
    }
}
