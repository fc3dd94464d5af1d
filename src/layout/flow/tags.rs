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

    /// Content goes into `node` (made by [`Self::open`]) until [`Self::leave`].
    pub(in crate::layout) fn enter_node(&mut self, node: Option<u32>) -> Saved {
        let saved = Saved(self.parent);
        if node.is_some() {
            self.parent = node;
        }
        saved
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
            let node = match self.last_link {
                Some((lp, ll, node)) if lp == parent && ll == l => node,
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
        if latin {
            let node = match self.last_span {
                Some((sp, node)) if sp == parent => node,
                _ => {
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
        if has_letters(p) {
            self.last_span = None;
            self.last_link = None;
        }
        Tag::Content {
            node: parent,
            seq: self.seq(),
        }
    }
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

fn has_letters(p: &Piece) -> bool {
    p.glyphs
        .iter()
        .flat_map(|g| g.text.chars())
        .any(char::is_alphanumeric)
}
