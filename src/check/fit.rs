//! Check: every topic, with every concern, fits its page budget on Letter
//! and A4, with every optional section and the "Get help now" box printed
//! (the most a clinic can ask for).

use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::REFERENCE_LOCALE;
use crate::leaflet::{make_leaflet, Job, Library};
use crate::load::LoadedTopic;
use crate::model::Paper;
use std::sync::Arc;

/// Every topic, with every concern, on Letter and A4, within its budget.
/// A leaflet that cannot be made is skipped (the other checks report why);
/// with `report_failures`, when they found nothing, its errors are
/// reported here, so `check` never passes a leaflet `render` refuses.
pub(super) fn page_fit(
    lib: &Library,
    topics: &[Arc<LoadedTopic>],
    locale: &str,
    report_failures: bool,
    out: &mut Diagnostics,
) {
    for t in topics {
        let Some(budget) = t.topic.page_budget else {
            continue;
        };
        for paper in [Paper::Letter, Paper::A4] {
            let job = |concerns: &[crate::model::Concern]| Job {
                concerns: concerns.iter().map(|c| c.id.to_string()).collect(),
                epoch: Some(0),
                clinic: Some(fullest_clinic(&t.topic)),
                ..Job::new(t.topic.id.as_str(), locale, paper)
            };
            let all = &t.topic.concerns;
            let pages = match make_leaflet(lib, &job(all)) {
                Ok(l) => l.pages,
                Err(d) => {
                    if report_failures {
                        for e in d.0.into_iter().filter(|e| e.is_error()) {
                            if !out.0.contains(&e) {
                                out.push(e);
                            }
                        }
                    }
                    break;
                }
            };
            if pages as u32 <= budget {
                continue;
            }
            // The first concern whose box pushes the leaflet over.
            let culprit = (1..=all.len()).find(|&k| {
                make_leaflet(lib, &job(&all[..k])).is_ok_and(|l| l.pages as u32 > budget)
            });
            let mut d = Diagnostic::error(format!(
                "topic `{}` in `{locale}` takes {pages} pages on {} paper with every concern; its budget is {budget}",
                t.topic.id,
                paper
            ))
            .at(t.location_of("page-budget", &budget.to_string()));
            if let Some(k) = culprit {
                d = d.note(format!(
                    "the leaflet runs onto page {} at concern `{}`",
                    budget + 1,
                    all[k - 1].id
                ));
            }
            // The answers that grew most against the reference locale.
            if let (Ok(here), Ok(en)) = (
                lib.localizer(locale, false),
                lib.localizer(REFERENCE_LOCALE, false),
            ) {
                let len = |l: &crate::l10n::Localizer, c: &crate::model::Concern| -> usize {
                    c.answer
                        .iter()
                        .filter_map(|m| l.format(m, &[], &mut Vec::new()).ok())
                        .map(|t| t.chars().count())
                        .sum()
                };
                let mut growth: Vec<(f64, &str)> = all
                    .iter()
                    .map(|c| {
                        (
                            len(&here, c) as f64 / len(&en, c).max(1) as f64,
                            c.id.as_str(),
                        )
                    })
                    .collect();
                growth.sort_by(|a, b| b.0.total_cmp(&a.0));
                let top: Vec<String> = growth
                    .iter()
                    .take(2)
                    .map(|(g, id)| format!("`{id}` ({g:.1}x)"))
                    .collect();
                d = d.note(format!(
                    "longest answers against {REFERENCE_LOCALE}: {}",
                    top.join(", ")
                ));
            }
            out.push(d.hint(
                "shorten the longest answers, keeping every fact; a topic's author may raise its `page-budget`",
            ));
        }
    }
}

/// A clinic profile that prints everything a clinic can add to a topic's
/// leaflet: every optional section, and the "Get help now" box with both
/// numbers and the naloxone line.
fn fullest_clinic(topic: &crate::model::Topic) -> crate::model::Clinic {
    crate::model::Clinic {
        include_sections: topic.optional_sections().cloned().collect(),
        country: Some("US".to_string()),
        naloxone: true,
        ..crate::model::Clinic::default()
    }
}
