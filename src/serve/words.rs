//! Serve, the page's words: the clinician's language, negotiated from the
//! browser's `Accept-Language` against the locale folders, and the page's
//! messages (`locales/<lang>/serve.ftl`) in it. A message missing from a
//! translation of the page comes from the reference locale (the page must
//! work in every locale a clinic adds; leaflets never fall back unasked).

use crate::l10n::{negotiate, Arg, Localizer, REFERENCE_LOCALE};
use crate::leaflet::Library;
use crate::model::{Direction, MessageRef};
use std::sync::Arc;

/// The most language ranges of an `Accept-Language` header looked at.
const MAX_RANGES: usize = 16;

/// The page's messages in one language.
pub(super) struct Words {
    l10n: Arc<Localizer>,
}

impl Words {
    /// The words for a request's `Accept-Language` header.
    pub(super) fn for_request(lib: &Library, accept_language: Option<&str>) -> Words {
        let available = lib.content.locale_ids();
        let lang = accept_language
            .and_then(|h| preferred(h, &available))
            .unwrap_or_else(|| REFERENCE_LOCALE.to_string());
        let l10n = lib
            .localizer(&lang, true)
            .or_else(|_| lib.localizer(REFERENCE_LOCALE, true))
            .expect("the reference locale loads (checked at start)");
        Words { l10n }
    }

    /// The page's language tag (a locale folder).
    pub(super) fn lang(&self) -> &str {
        &self.l10n.locale
    }

    /// Whether the page reads right to left.
    pub(super) fn rtl(&self) -> bool {
        self.l10n
            .info
            .as_ref()
            .is_some_and(|i| i.direction == Direction::Rtl)
    }

    /// A message of the page, without Fluent's bidi isolation marks (the
    /// page isolates with `<bdi>` where it needs to). A message that cannot
    /// be formatted shows its id: the page still works.
    pub(super) fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        let Ok(msg) = MessageRef::new(id) else {
            return id.to_string();
        };
        self.message(&msg, args).unwrap_or_else(|| id.to_string())
    }

    /// A message of the content (a topic's title, a worry), formatted in
    /// the page's language; `None` when it cannot be.
    pub(super) fn message(&self, msg: &MessageRef, args: &[(&str, &str)]) -> Option<String> {
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(k, v)| (*k, Arg::Str((*v).to_string())))
            .collect();
        let mut warnings = Vec::new();
        self.l10n
            .format(msg, &args, &mut warnings)
            .ok()
            .map(|s| crate::doc::without_bidi_controls(&s))
    }
}

/// The first language range of an `Accept-Language` header, by weight,
/// that a locale folder serves (`es-MX` finds `es`).
pub(super) fn preferred(header: &str, available: &[String]) -> Option<String> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .take(MAX_RANGES)
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, i, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.iter().find_map(|(_, _, tag)| {
        crate::model::check_language_tag(tag).ok()?;
        negotiate(tag, available)
    })
}

/// The region of an `Accept-Language` header's first range, as POSIX
/// spells a locale (`en-US` gives `en_US`), for the paper it implies.
pub(super) fn region_locale(header: &str) -> Option<String> {
    let first = header.split(',').next()?.split(';').next()?.trim();
    let mut parts = first.split('-');
    let lang = parts.next()?;
    let region = parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))?;
    Some(format!("{lang}_{}", region.to_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heaviest_served_language_wins() {
        let avail: Vec<String> = ["en-US", "es", "ar"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            preferred("fr-CA,es-MX;q=0.8,en;q=0.5", &avail).as_deref(),
            Some("es")
        );
        assert_eq!(
            preferred("en;q=0.2, ar;q=0.9", &avail).as_deref(),
            Some("ar")
        );
        assert_eq!(preferred("fr, de;q=0.5", &avail), None);
        assert_eq!(preferred("*", &avail), None);
    }

    #[test]
    fn the_region_comes_from_the_first_range() {
        assert_eq!(region_locale("es-MX,es;q=0.9").as_deref(), Some("es_MX"));
        assert_eq!(region_locale("zh-Hans-CN").as_deref(), Some("zh_CN"));
        assert_eq!(region_locale("es"), None);
    }
}
