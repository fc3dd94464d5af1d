//! `handout list`: the topics, their concerns, and the locales with their
//! completeness, status and reading level, as text or JSON.

use crate::cli::{ListArgs, ListFormat};
use crate::diag::{Diagnostic, Result};
use crate::leaflet::Library;
use crate::load::Content;
use std::io::Write;

/// Prints the list; a closed pipe (`handout list | head`) is success.
pub(super) fn run(args: ListArgs) -> Result<()> {
    let out = listing(args.content.content.as_deref(), args.format)?;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Diagnostic::error(format!("cannot write to standard output: {e}")).into()),
        Ok(()) => Ok(()),
    }
}

/// The list as `handout list` prints it (`serve` sends the JSON one as
/// `GET /api/topics`).
pub(super) fn listing(dir: Option<&std::path::Path>, format: ListFormat) -> Result<String> {
    let content = match dir {
        Some(d) => Content::with_overlay(d)?,
        None => Content::builtin(),
    };
    let mut topics = Vec::new();
    for id in content.topic_ids() {
        topics.push(content.topic(&id)?);
    }
    let reference = crate::l10n::locale_facts(&content, crate::l10n::REFERENCE_LOCALE);
    // For the reading level; without it (a broken font or template) the
    // list still shows the rest.
    let lib = Library::open(dir).ok();
    let mut locales = Vec::new();
    for l in content.locale_ids() {
        let info = content.locale_info(&l)?;
        // Share of the reference locale's messages this one defines.
        let facts = crate::l10n::locale_facts(&content, &l);
        let present = reference
            .messages
            .keys()
            .filter(|id| facts.messages.contains_key(*id))
            .count();
        let complete = crate::check::percent(present, reference.messages.len());
        let grade = lib
            .as_ref()
            .and_then(|lib| crate::check::reading_level(lib, &l));
        locales.push((l, info, complete, grade));
    }
    let mut out = String::new();
    match format {
        ListFormat::Text => {
            out.push_str("Topics:\n");
            for t in &topics {
                out.push_str(&format!(
                    "  {} (version {}, reviewed {})\n",
                    t.topic.id, t.topic.version, t.topic.review_date
                ));
                for c in &t.topic.concerns {
                    out.push_str(&format!("    --concern {}\n", c.id));
                    // The answer wordings a clinic profile may choose.
                    if let Some(w) = c.wording.as_ref().filter(|w| w.variants.len() > 1) {
                        let names: Vec<String> = w
                            .variants
                            .keys()
                            .map(|v| {
                                if *v == w.default {
                                    format!("{v} (default)")
                                } else {
                                    v.to_string()
                                }
                            })
                            .collect();
                        out.push_str(&format!(
                            "        wording (clinic profile): {}\n",
                            names.join(", ")
                        ));
                    }
                }
            }
            out.push_str("Locales:\n");
            for (l, info, complete, grade) in &locales {
                let status = match info {
                    Some(i) if i.status == crate::model::LocaleStatus::Draft => "draft",
                    Some(_) => "reviewed",
                    None => "no locale.yaml",
                };
                let name = info.as_ref().map_or("", |i| i.name.as_str());
                let level = grade
                    .as_ref()
                    .map_or("reading level not measured".to_string(), |g| {
                        format!("{} {:.1}", g.formula, g.value)
                    });
                out.push_str(&format!(
                    "  {l:<8} {complete:>5.1}% {status:<9} {name:<24} {level}\n"
                ));
            }
            out.push_str(&format!(
                "Pseudo-locales: {}\n",
                crate::l10n::PSEUDO_LOCALES.join(", ")
            ));
        }
        ListFormat::Json => {
            let status = |i: &crate::model::LocaleInfo| i.status;
            let value = serde_json::json!({
                "topics": topics.iter().map(|t| serde_json::json!({
                    "id": t.topic.id,
                    "version": t.topic.version,
                    "review_date": t.topic.review_date.to_string(),
                    "concerns": t.topic.concerns.iter().map(|c| &c.id).collect::<Vec<_>>(),
                    // Concern id to the wordings a clinic profile may choose.
                    "wording": t.topic.concerns.iter().filter_map(|c| {
                        let w = c.wording.as_ref()?;
                        Some((c.id.to_string(), serde_json::json!({
                            "default": w.default,
                            "variants": w.variants.keys().collect::<Vec<_>>(),
                        })))
                    }).collect::<serde_json::Map<_, _>>(),
                })).collect::<Vec<_>>(),
                "locales": locales.iter().map(|(l, info, complete, grade)| serde_json::json!({
                    "id": l,
                    "name": info.as_ref().map(|i| &i.name),
                    "status": info.as_ref().map(status),
                    "completeness": complete,
                    "reading_level": grade,
                })).collect::<Vec<_>>(),
                "pseudo_locales": crate::l10n::PSEUDO_LOCALES,
            });
            out = serde_json::to_string_pretty(&value).expect("JSON of plain data");
            out.push('\n');
        }
    }
    Ok(out)
}
