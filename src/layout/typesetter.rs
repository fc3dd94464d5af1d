//! Layout, the typesetter: the fonts plus the caches that outlive one
//! leaflet (shape plans, shaped words, laid-out paragraphs, hyphenation
//! dictionaries). A batch worker keeps one for its whole life; its steps
//! live in `itemize`, `shaping`, `linebreak` and `hyphenate`.

use super::cache::{Generations, Paragraphs, WORD_BYTES};
use super::fonts::FontBook;
use super::shaping::Shaped;
use std::collections::HashMap;
use std::sync::Arc;

/// The typesetter: fonts plus a cache of shaped words.
pub struct Typesetter<'f> {
    pub(super) fonts: &'f FontBook,
    pub(super) dictionaries: HashMap<String, Option<hyphenation::Standard>>,
    pub(super) plans:
        HashMap<(usize, bool, Option<harfrust::Script>, String), Arc<harfrust::ShapePlan>>,
    /// Laid-out paragraphs, shared with the other typesetters of a batch.
    pub(super) paragraphs: Arc<Paragraphs>,
    /// Shaped words, keyed by `cache::word_key` (looked up by `&str`, so a hit
    /// allocates nothing).
    pub(super) words: Generations<String, Arc<Shaped>>,
    /// Where a word's key is spelled out for a lookup.
    pub(super) word_key: String,
}

impl std::fmt::Debug for Typesetter<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typesetter").finish_non_exhaustive()
    }
}

impl<'f> Typesetter<'f> {
    /// A typesetter over `fonts`.
    pub fn new(fonts: &'f FontBook) -> Self {
        Typesetter::sharing(fonts, Arc::default())
    }

    /// A typesetter over `fonts` that keeps laid-out paragraphs in
    /// `paragraphs`, which other typesetters may share.
    pub fn sharing(fonts: &'f FontBook, paragraphs: Arc<Paragraphs>) -> Self {
        Typesetter {
            fonts,
            dictionaries: HashMap::new(),
            plans: HashMap::new(),
            paragraphs,
            words: Generations::new(WORD_BYTES),
            word_key: String::new(),
        }
    }
}
