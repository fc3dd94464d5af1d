//! Layout, caches: bounded memories of work a batch repeats. In: keys
//! spelled from everything a result depends on. Out: the shaped words and
//! laid-out paragraphs made before, within a byte budget.

use super::line::Line;
use crate::doc::{TextStyle, Tone};
use std::collections::HashMap;
use std::sync::Arc;

/// Memory the laid-out paragraphs may take (shared by a batch's workers).
const PARAGRAPH_BYTES: usize = 8 << 20;

/// Laid-out paragraphs, by everything their lines depend on. One is shared
/// by all the typesetters of a batch: each worker would otherwise hold its
/// own copy of the same paragraphs.
pub struct Paragraphs(std::sync::Mutex<Generations<ParagraphKey, Arc<Vec<Line>>>>);

impl Default for Paragraphs {
    fn default() -> Self {
        Paragraphs(std::sync::Mutex::new(Generations::new(PARAGRAPH_BYTES)))
    }
}

impl std::fmt::Debug for Paragraphs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paragraphs").finish_non_exhaustive()
    }
}

impl Paragraphs {
    pub(super) fn get(&self, key: &ParagraphKey) -> Option<Arc<Vec<Line>>> {
        let mut cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        cache.get(key).cloned()
    }

    pub(super) fn insert(&self, key: ParagraphKey, lines: Arc<Vec<Line>>, bytes: usize) {
        let mut cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        cache.insert(key, lines, bytes);
    }
}

/// Memory the shaped words of one typesetter may take.
pub(super) const WORD_BYTES: usize = 2 << 20;

/// A cache bounded in bytes, in two generations. New entries go into the
/// young one; once it holds half the budget, the old generation is dropped
/// and the young one becomes old. A hit in the old generation moves the
/// entry back into the young one. An entry is only kept the second time it
/// is offered: what a batch prints once (a patient's name) never pushes
/// out what it keeps printing (the topic's paragraphs, common words).
/// Memory stays flat however long the batch.
pub(super) struct Generations<K, V> {
    young: HashMap<K, (V, usize)>,
    old: HashMap<K, (V, usize)>,
    young_bytes: usize,
    budget: usize,
    /// Hashes of the keys offered once (cleared when it grows large).
    seen: std::collections::HashSet<u64>,
    hasher: std::collections::hash_map::RandomState,
}

/// Keys a [`Generations`] remembers having been offered.
const SEEN_KEYS: usize = 1 << 14;

impl<K: std::hash::Hash + Eq, V> Generations<K, V> {
    pub(super) fn new(budget: usize) -> Self {
        Generations {
            young: HashMap::new(),
            old: HashMap::new(),
            young_bytes: 0,
            budget,
            seen: Default::default(),
            hasher: Default::default(),
        }
    }

    pub(super) fn get<Q>(&mut self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        if !self.young.contains_key(key) {
            let (k, (v, bytes)) = self.old.remove_entry(key)?;
            return Some(self.keep(k, v, bytes));
        }
        self.young.get(key).map(|(v, _)| v)
    }

    /// Offers `value`, which takes about `bytes` of memory: kept if its key
    /// was offered before.
    pub(super) fn insert(&mut self, key: K, value: V, bytes: usize) {
        use std::hash::BuildHasher;
        if self.seen.len() >= SEEN_KEYS {
            self.seen.clear();
        }
        if self.seen.insert(self.hasher.hash_one(&key)) {
            return;
        }
        self.keep(key, value, bytes);
    }

    fn keep(&mut self, key: K, value: V, bytes: usize) -> &V {
        if self.young_bytes + bytes > self.budget / 2 {
            self.old = std::mem::take(&mut self.young);
            self.young_bytes = 0;
        }
        self.young_bytes += bytes;
        &self
            .young
            .entry(key)
            .insert_entry((value, bytes))
            .into_mut()
            .0
    }
}

/// The key of a shaped word: everything its glyphs depend on. Face,
/// direction, language (a font's `locl` forms: Serbian б is not Russian б)
/// and text; the script is the text's. The language's length goes first,
/// so no language and text run into another's.
pub(super) fn word_key(out: &mut String, face: usize, rtl: bool, lang: &str, text: &str) {
    use std::fmt::Write;
    out.clear();
    let dir = if rtl { '<' } else { '>' };
    let _ = write!(out, "{face}{dir}{}:{lang}", lang.len());
    out.push_str(text);
}

/// What a paragraph's lines depend on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct ParagraphKey {
    pub(super) text: String,
    pub(super) runs: Vec<(usize, usize, TextStyle, Tone)>,
    pub(super) size: u32,
    pub(super) leading: u32,
    pub(super) width: u32,
    pub(super) lang: String,
    pub(super) rtl: bool,
    pub(super) hyphenate: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held<K, V>(g: &Generations<K, V>) -> usize {
        g.young.values().chain(g.old.values()).map(|(_, b)| b).sum()
    }

    #[test]
    fn cache_keeps_what_comes_twice_within_its_budget() {
        let mut g: Generations<String, u32> = Generations::new(1000);
        g.insert("once".into(), 1, 10);
        assert_eq!(g.get("once"), None, "a key offered once is not kept");
        g.insert("once".into(), 1, 10);
        assert_eq!(g.get("once"), Some(&1), "offered twice, it is kept");
        // A stream of distinct keys, each offered twice, never holds more
        // than the budget, and a key used all along survives it.
        g.insert("topic".into(), 7, 100);
        g.insert("topic".into(), 7, 100);
        for i in 0..10_000 {
            let k = format!("patient {i}");
            g.insert(k.clone(), i, 90);
            g.insert(k, i, 90);
            assert!(held(&g) <= 1000, "holds {} bytes", held(&g));
            assert_eq!(g.get("topic"), Some(&7), "lost the key in use at {i}");
        }
        // One-off keys never enter, so they push nothing out.
        let before = held(&g);
        for i in 0..10_000 {
            g.insert(format!("one-off {i}"), i, 90);
        }
        assert_eq!(held(&g), before);
    }
}
