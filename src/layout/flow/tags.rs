//! Layout, flow of structure: the logical structure a leaflet's blocks
//! build while they are laid out. In: the blocks the engine enters and
//! leaves, and each line's pieces. Out: the [`Structure`] tree (headings,
//! paragraphs, lists, boxes, figures, links, spans in another language) and
//! a [`Tag`] for every piece, in reading order: a line's pieces are tagged
//! in logical order, whatever order they are drawn in (right to left
//! included), so the tree reads as the text does.

use crate::layout::collect::is_stripped;
use crate::layout::frame::{Artifact, Node, Role, Structure, Tag};
use crate::layout::shaping::Piece;

/// The structure being built, and where new content goes.
#[derive(Debug, Clone)]
pub(in crate::layout) struct Tagger {
    /// The tree so far.
    pub(in crate::layout) structure: Structure,
    /// The element new content and elements go in; `None`: content is an
    /// artifact of kind `artifact` (a footer on all but the last page).
    parent: Option<u32>,
    artifact: Artifact,
    /// The next position in reading order.
    next_seq: u32,
    /// Latin words are in another language here (NA inside Arabic).
    latin_foreign: bool,
    /// The `Link` element last opened, its parent and link index: the
    /// next piece of the same link joins it while nothing else opened in
    /// that parent since (a link wrapped over two lines is one link).
    last_link: Option<(u32, u16, u32)>,
    /// The `Span` the last Latin piece went in, and its parent: the next
    /// Latin piece joins it while no other text came between.
    last_span: Option<(u32, u32)>,
}

/// Where content went before [`Tagger::enter`] or [`Tagger::artifacts`],
/// for [`Tagger::leave`].
#[derive(Debug, Clone, Copy)]
pub(in crate::layout) struct Saved(Option<u32>);

impl Tagger {
    /// Tags for a document in `lang`, starting as artifacts (the footer is
    /// measured before the body is laid out).
    pub(in crate::layout) fn new(lang: &str) -> Tagger {
        Tagger {
            structure: Structure::new(),
            parent: None,
            artifact: Artifact::Footer,
            next_seq: 1,
            latin_foreign: crate::doc::latin_is_foreign(lang),
            last_link: None,
            last_span: None,
        }
    }

    /// Starts the tree again (the body is laid out again), content going
    /// into the document element.
    pub(in crate::layout) fn restart(&mut self) {
        self.structure = Structure::new();
        self.parent = Some(0);
        self.next_seq = 1;
        self.last_link = None;
        self.last_span = None;
    }

    /// Content from here on goes into the document element.
    pub(in crate::layout) fn read_in_document(&mut self) {
        self.parent = Some(0);
    }

    /// Content from here on is an artifact of `kind`, until [`Self::leave`].
    pub(in crate::layout) fn artifacts(&mut self, kind: Artifact) -> Saved {
        self.artifact = kind;
        Saved(self.parent.take())
    }

    /// The element content goes in now (`None`: artifacts).
    pub(in crate::layout) fn current(&self) -> Option<u32> {
        self.parent
    }

    fn seq(&mut self) -> u32 {
        self.next_seq += 1;
        self.next_seq - 1
    }

    /// A new element of `role` in the current one (none while content is
    /// an artifact).
    pub(in crate::layout) fn open(&mut self, role: Role) -> Option<u32> {
        let parent = self.parent?;
        let seq = self.seq();
        let id = self.structure.nodes.len() as u32;
        self.structure.nodes.push(Node {
            role,
            parent: Some(parent),
            seq,
            alt: None,
            lang: None,
        });
        if self.last_link.is_some_and(|(p, ..)| p == parent) {
            self.last_link = None;
        }
        if self.last_span.is_some_and(|(p, _)| p == parent) {
            self.last_span = None;
        }
        Some(id)
    }

    /// A new element of `role`, which content goes into until
    /// [`Self::leave`].
    pub(in crate::layout) fn enter(&mut self, role: Role) -> Saved {
        let saved = Saved(self.parent);
        if let Some(id) = self.open(role) {
            self.parent = Some(id);
        }
        saved
    }

    /// Content goes into `node` (made by [`Self::open`]) until
    /// [`Self::leave`]; with `None` (no element was made), where it went.
    pub(in crate::layout) fn enter_node(&mut self, node: Option<u32>) -> Saved {
        let saved = Saved(self.parent);
        if node.is_some() {
            self.parent = node;
        }
        saved
    }

    /// The element content goes in now is in `lang` (a paragraph in
    /// another language than the document's): it carries `/Lang`, and
    /// Latin words in it are foreign only if they are in `lang`. Returns
    /// what [`Self::end_language`] restores.
    pub(in crate::layout) fn language(&mut self, lang: &str) -> bool {
        if let Some(node) = self.parent.filter(|&p| p != 0) {
            self.structure.nodes[node as usize].lang = Some(lang.to_string());
        }
        self.last_span = None;
        std::mem::replace(&mut self.latin_foreign, crate::doc::latin_is_foreign(lang))
    }

    /// Back to the document's language, after [`Self::language`].
    pub(in crate::layout) fn end_language(&mut self, latin_foreign: bool) {
        self.latin_foreign = latin_foreign;
        self.last_span = None;
    }

    /// Back to where content went before.
    pub(in crate::layout) fn leave(&mut self, saved: Saved) {
        self.parent = saved.0;
    }

    /// Sets a figure's alternative text.
    pub(in crate::layout) fn set_alt(&mut self, node: Option<u32>, alt: &str) {
        if let Some(n) = node.and_then(|n| self.structure.nodes.get_mut(n as usize)) {
            n.alt = Some(alt.chars().filter(|c| !is_stripped(*c)).collect());
        }
    }

    /// A `Figure` element with alternative text `alt` in the current one,
    /// and the tag for its one piece of content (the picture).
    pub(in crate::layout) fn figure(&mut self, alt: &str) -> Tag {
        let saved = self.enter(Role::Figure);
        let tag = self.content();
        if let Tag::Content { node, .. } = tag {
            self.set_alt(Some(node), alt);
        }
        self.leave(saved);
        tag
    }

    /// A tag for content of the current element (or an artifact).
    pub(in crate::layout) fn content(&mut self) -> Tag {
        match self.parent {
            Some(node) => Tag::Content {
                node,
                seq: self.seq(),
            },
            None => Tag::Artifact(self.artifact),
        }
    }

    /// Tags for a line's pieces (in the order given, which is visual),
    /// handed out in logical order: a piece inside a link goes into a
    /// `Link` element, a Latin word in a document whose script is not
    /// Latin into a `Span` in English.
    pub(in crate::layout) fn line(&mut self, pieces: &[Piece]) -> Vec<Tag> {
        let in_order = pieces
            .windows(2)
            .all(|w| w[0].range.start <= w[1].range.start);
        if in_order {
            return pieces.iter().map(|p| self.piece(p)).collect();
        }
        let mut order: Vec<usize> = (0..pieces.len()).collect();
        order.sort_by_key(|&i| pieces[i].range.start);
        let mut tags = vec![Tag::Artifact(self.artifact); pieces.len()];
        for i in order {
            tags[i] = self.piece(&pieces[i]);
        }
        tags
    }

    fn piece(&mut self, p: &Piece) -> Tag {
        let Some(parent) = self.parent else {
            return Tag::Artifact(self.artifact);
        };
        let latin = self.latin_foreign && is_latin(p);
        if let Some(l) = p.link {
            self.last_span = None;
            let node = match self.last_link {
                Some((lp, ll, node)) if lp == parent && ll == l => {
                    // A link is in English only if all its words are.
                    if has_other_letters(p) {
                        self.structure.nodes[node as usize].lang = None;
                    }
                    node
                }
                _ => {
                    let node = self.open(Role::Link).expect("tagging");
                    if latin {
                        self.structure.nodes[node as usize].lang = Some("en".into());
                    }
                    self.last_link = Some((parent, l, node));
                    node
                }
            };
            return Tag::Content {
                node,
                seq: self.seq(),
            };
        }
        // White space between two Latin words stays in their span.
        let span = self.last_span.filter(|&(sp, _)| sp == parent);
        let blank = || p.glyphs.iter().all(|g| g.text.trim().is_empty());
        if latin || span.is_some() && blank() {
            let node = match span {
                Some((_, node)) => node,
                None => {
                    let node = self.open(Role::Span).expect("tagging");
                    self.structure.nodes[node as usize].lang = Some("en".into());
                    self.last_span = Some((parent, node));
                    node
                }
            };
            return Tag::Content {
                node,
                seq: self.seq(),
            };
        }
        // Anything else read in the parent ends the span and the link: a
        // span's or link's content is one stretch of the text.
        self.last_span = None;
        self.last_link = None;
        Tag::Content {
            node: parent,
            seq: self.seq(),
        }
    }
}

/// A piece with letters of a script other than Latin.
fn has_other_letters(p: &Piece) -> bool {
    p.glyphs
        .iter()
        .flat_map(|g| g.text.chars())
        .any(|c| c.is_alphabetic() && !c.is_ascii_alphabetic())
}

/// A piece of Latin letters (two or more, none of another script): a name
/// such as NA, or a web address.
fn is_latin(p: &Piece) -> bool {
    let mut letters = 0;
    for c in p.glyphs.iter().flat_map(|g| g.text.chars()) {
        if c.is_ascii_alphabetic() {
            letters += 1;
        } else if c.is_alphabetic() {
            return false;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use crate::layout::frame::{Artifact, Item, Laid, Role, Tag};
    use crate::layout::testkit::book;
    use crate::layout::{typeset, Options, Typesetter};
    use crate::model::Paper;

    fn laid(markup: &str) -> Laid {
        let fonts = book();
        let mut ts = Typesetter::new(&fonts);
        let doc = crate::markup::parse(markup, "test").expect("markup parses");
        typeset(&mut ts, &doc, &Options::new(Paper::Letter, false)).expect("lays out")
    }

    /// Each text run's text and tag, page by page, in drawing order.
    fn runs(laid: &Laid) -> Vec<(usize, String, Tag)> {
        let mut out = Vec::new();
        for (i, f) in laid.frames.iter().enumerate() {
            for it in &f.items {
                if let Item::Glyphs(r) = it {
                    let text: String = r.glyphs.iter().map(|g| &*g.text).collect();
                    out.push((i, text, r.tag));
                }
            }
        }
        out
    }

    /// A leaflet of several pages whose footer row starts with `start`
    /// and ends with "Page N of M".
    fn long_with_footer(start: &str) -> Laid {
        let body: String = (0..80)
            .map(|i| format!("<p>Line {i} of the body.</p>"))
            .collect();
        laid(&format!(
            "<leaflet lang=\"en-US\" dir=\"ltr\" title=\"t\">{body}<footer><row><start>{start}</start><end>Page <page-number/> of <page-count/></end></row></footer></leaflet>"
        ))
    }

    fn role_of(laid: &Laid, tag: Tag) -> Option<Role> {
        match tag {
            Tag::Content { node, .. } => Some(laid.structure.nodes[node as usize].role),
            Tag::Artifact(_) => None,
        }
    }

    #[test]
    fn right_to_left_pieces_are_tagged_in_logical_order_and_latin_words_speak_english() {
        let l = laid(
            "<leaflet lang=\"ar\" dir=\"rtl\" title=\"t\"><p>زمالة NA تساعد الناس</p></leaflet>",
        );
        // A right-to-left run's glyphs are in visual order: read them back.
        let rs: Vec<_> = runs(&l)
            .into_iter()
            .map(|(p, t, tag)| {
                let rtl = t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
                let t = if rtl { t.chars().rev().collect() } else { t };
                (p, t, tag)
            })
            .collect();
        // Drawn right to left: the first word drawn (leftmost) is the last read.
        let seq = |word: &str| {
            rs.iter()
                .find_map(|(_, t, tag)| match tag {
                    Tag::Content { seq, .. } if t.contains(word) => Some(*seq),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{word} in {rs:?}"))
        };
        assert!(seq("زمالة") < seq("NA"), "{rs:?}");
        assert!(seq("NA") < seq("الناس"), "{rs:?}");
        let na = rs.iter().find(|(_, t, _)| t.contains("NA")).expect("NA");
        assert_eq!(role_of(&l, na.2), Some(Role::Span));
        let Tag::Content { node, .. } = na.2 else {
            unreachable!()
        };
        assert_eq!(l.structure.nodes[node as usize].lang.as_deref(), Some("en"));
        // The Arabic words are the paragraph's own content.
        let arabic = rs
            .iter()
            .find(|(_, t, _)| t.contains("الناس"))
            .expect("word");
        assert_eq!(role_of(&l, arabic.2), Some(Role::P));
    }

    #[test]
    fn a_span_holds_one_stretch_of_latin_text() {
        // Chinese punctuation between Latin words ends the span: the tree
        // must not read "Hope Group Tuesdays" and then the colon.
        let l = laid(
            "<leaflet lang=\"zh-Hans\" dir=\"ltr\" title=\"t\"><p>聚会 Hope Group (NA)：Tuesdays 7 pm 在这里</p></leaflet>",
        );
        let rs = runs(&l);
        for (i, n) in l.structure.nodes.iter().enumerate() {
            if n.role != Role::Span {
                continue;
            }
            let mine: Vec<u32> = rs
                .iter()
                .filter_map(|(_, _, t)| match t {
                    Tag::Content { node, seq } if *node == i as u32 => Some(*seq),
                    _ => None,
                })
                .collect();
            let (lo, hi) = (mine.iter().min().unwrap(), mine.iter().max().unwrap());
            for (_, text, t) in &rs {
                if let Tag::Content { node, seq } = t {
                    assert!(
                        *node == i as u32 || seq < lo || seq > hi,
                        "`{text}` is read inside span {i} ({lo}..{hi}): {rs:?}"
                    );
                }
            }
        }
        assert!(
            l.structure
                .nodes
                .iter()
                .filter(|n| n.role == Role::Span)
                .count()
                >= 2,
            "{:?}",
            l.structure
        );
    }

    #[test]
    fn latin_words_in_an_english_leaflet_are_no_span() {
        let l = laid(
            "<leaflet lang=\"en-US\" dir=\"ltr\" title=\"t\"><p>NA and AA help.</p></leaflet>",
        );
        assert!(l.structure.nodes.iter().all(|n| n.role != Role::Span));
    }

    #[test]
    fn a_list_item_reads_its_bullet_then_its_text() {
        let l = laid(
            "<leaflet lang=\"en-US\" dir=\"ltr\" title=\"t\"><ul><li><p>Free.</p></li><li><p>Open.</p></li></ul></leaflet>",
        );
        let roles: Vec<Role> = l.structure.nodes.iter().map(|n| n.role).collect();
        assert_eq!(
            roles,
            [
                Role::Document,
                Role::List { ordered: false },
                Role::ListItem,
                Role::Label,
                Role::ListBody,
                Role::ListItem,
                Role::Label,
                Role::ListBody,
            ]
        );
        let n = &l.structure.nodes;
        assert!(n[3].seq < n[4].seq, "Lbl before LBody");
        assert_eq!(n[3].parent, Some(2));
        // An item of one paragraph is read from its LBody.
        let text = runs(&l)
            .into_iter()
            .find(|(_, t, _)| t.contains("Free"))
            .expect("the first item");
        assert_eq!(role_of(&l, text.2), Some(Role::ListBody));
        // The bullet is the Lbl's content, drawn before the item's text
        // (painting order follows reading order).
        let all = runs(&l);
        let bullet = all.iter().position(|(_, t, _)| t == "•").expect("a bullet");
        let text = all
            .iter()
            .position(|(_, t, _)| t.contains("Free"))
            .expect("text");
        assert!(bullet < text, "{all:?}");
        assert_eq!(role_of(&l, all[bullet].2), Some(Role::Label));
    }

    #[test]
    fn a_link_over_two_lines_is_one_link_with_one_area_per_line() {
        let long = "https://example.org/".to_string() + &"meetings-and-more/".repeat(8);
        let l = laid(&format!(
            "<leaflet lang=\"en-US\" dir=\"ltr\" title=\"t\"><p>Find one at <a href=\"{long}\">{long}</a> today.</p></leaflet>"
        ));
        let links: Vec<_> = l
            .structure
            .nodes
            .iter()
            .filter(|n| n.role == Role::Link)
            .collect();
        assert_eq!(links.len(), 1, "{:?}", l.structure);
        let areas = &l.frames[0].links;
        assert!(areas.len() >= 2, "the address wraps: {areas:?}");
        let lines: std::collections::BTreeSet<_> = areas.iter().map(|a| a.y.to_bits()).collect();
        assert_eq!(lines.len(), areas.len(), "one area per line: {areas:?}");
        assert!(areas
            .iter()
            .all(|a| a.node == areas[0].node && a.node.is_some()));
    }

    #[test]
    fn the_footer_is_read_once_on_the_last_page_and_page_numbers_never() {
        let l = long_with_footer("Riverside Clinic");
        let pages = l.frames.len();
        assert!(pages >= 2, "{pages} pages");
        for (page, text, tag) in runs(&l) {
            if text.contains("Riverside") {
                if page + 1 == pages {
                    assert_eq!(role_of(&l, tag), Some(Role::P), "last page's footer");
                } else {
                    assert_eq!(tag, Tag::Artifact(Artifact::Footer), "page {page}");
                }
            }
            if text.contains("Page") {
                assert_eq!(tag, Tag::Artifact(Artifact::Footer), "page {page}: {text}");
            }
        }
    }

    #[test]
    fn a_link_in_a_running_footer_is_clickable_only_where_the_footer_is_read() {
        // An annotation must sit in the structure: on the pages where the
        // footer is an artifact its link is printed, not clickable.
        let l = long_with_footer("<a href=\"https://example.org/\">example.org</a>");
        let pages = l.frames.len();
        assert!(pages >= 2);
        for (i, f) in l.frames.iter().enumerate() {
            assert!(
                f.links.iter().all(|a| a.node.is_some()),
                "page {i}: {:?}",
                f.links
            );
            assert_eq!(f.links.len(), usize::from(i + 1 == pages), "page {i}");
        }
    }

    #[test]
    fn a_footer_row_reads_its_start_part_before_its_end_part() {
        let long =
            "Riverside Community Recovery Clinic, 1200 Long Avenue, Suite 400, Springfield. "
                .repeat(2);
        let l = laid(&format!(
            "<leaflet lang=\"en-US\" dir=\"ltr\" title=\"t\"><p>Body.</p><footer><row><start>{long}</start><end>Reviewed 2026-05<br/>Version 3</end></row></footer></leaflet>"
        ));
        let seq_of = |word: &str| {
            runs(&l)
                .into_iter()
                .find_map(|(_, t, tag)| match tag {
                    Tag::Content { seq, .. } if t.contains(word) => Some(seq),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{word}"))
        };
        // The start part wraps onto the row of "Version 3".
        assert!(seq_of("Springfield") < seq_of("Reviewed"));
        assert!(seq_of("Reviewed") < seq_of("Version"));
        let last_start_word = runs(&l)
            .into_iter()
            .filter(|(_, t, _)| t.contains("Springfield"))
            .filter_map(|(_, _, tag)| match tag {
                Tag::Content { seq, .. } => Some(seq),
                _ => None,
            })
            .max()
            .expect("start");
        assert!(last_start_word < seq_of("Reviewed"));
    }

    #[test]
    fn a_link_is_in_english_only_when_all_its_words_are() {
        let l = laid(
            "<leaflet lang=\"ar\" dir=\"rtl\" title=\"t\"><p><a href=\"https://x.org/\">NA اجتماعات</a> و<a href=\"https://y.org/\">https://y.org/</a></p></leaflet>",
        );
        let langs: Vec<Option<&str>> = l
            .structure
            .nodes
            .iter()
            .filter(|n| n.role == Role::Link)
            .map(|n| n.lang.as_deref())
            .collect();
        assert_eq!(langs, [None, Some("en")], "{:?}", l.structure);
    }

    #[test]
    fn a_decorative_picture_is_an_artifact_and_a_qr_code_a_figure_in_a_link() {
        let l = laid(
            "<leaflet lang=\"en-US\" dir=\"ltr\" title=\"t\"><qr data=\"https://example.org/m\" alt=\"QR code: example.org/m\"/></leaflet>",
        );
        let n = &l.structure.nodes;
        assert_eq!(n[1].role, Role::Link);
        assert_eq!(n[2].role, Role::Figure);
        assert_eq!(n[2].parent, Some(1));
        assert_eq!(n[2].alt.as_deref(), Some("QR code: example.org/m"));
        // The link has no text: it carries the figure's words too.
        assert_eq!(n[1].alt.as_deref(), Some("QR code: example.org/m"));
        let modules = l.frames[0]
            .items
            .iter()
            .filter(
                |i| matches!(i, Item::Rect { tag, .. } if role_of(&l, *tag) == Some(Role::Figure)),
            )
            .count();
        assert!(
            modules > 20,
            "the modules are the figure's content: {modules}"
        );
        assert_eq!(l.frames[0].links[0].node, Some(1));
    }
}
