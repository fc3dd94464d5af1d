//! The structure tree of a tagged PDF, read with lopdf: its elements
//! (role through the RoleMap, path such as `Document/Sect[2]/P[1]`, page,
//! kids in /K order), the ParentTree and what is wrong in how they point at
//! each other. Reading never panics on a malformed tree: what it cannot
//! follow becomes one of `Tree::problems`.

use crate::support::deref;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::{BTreeMap, BTreeSet};

// ---------------------------------------------------------------------------
// The structure tree
// ---------------------------------------------------------------------------

/// The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4).
pub(super) const STANDARD: &[&str] = &[
    "Document",
    "Part",
    "Art",
    "Sect",
    "Div",
    "BlockQuote",
    "Caption",
    "TOC",
    "TOCI",
    "Index",
    "NonStruct",
    "Private",
    "P",
    "H",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "L",
    "LI",
    "Lbl",
    "LBody",
    "Table",
    "TR",
    "TH",
    "TD",
    "THead",
    "TBody",
    "TFoot",
    "Span",
    "Quote",
    "Note",
    "Reference",
    "BibEntry",
    "Code",
    "Link",
    "Annot",
    "Ruby",
    "RB",
    "RT",
    "RP",
    "Warichu",
    "WT",
    "WP",
    "Figure",
    "Formula",
    "Form",
];

/// What a structure element's /K holds, in order.
#[derive(Debug, Clone)]
pub(super) enum Kid {
    /// Marked content: an MCID on a page (a bare integer, or an MCR).
    Mcid { page: Option<ObjectId>, mcid: i64 },
    /// An object reference (an annotation).
    Objr {
        obj: Option<ObjectId>,
        page: Option<ObjectId>,
    },
    /// A child element, by index into `Tree::elems`.
    Elem(usize),
}

#[derive(Debug, Clone)]
pub(super) struct Elem {
    pub(super) id: ObjectId,
    /// /S as written.
    pub(super) s: String,
    /// The standard type /S maps to through the RoleMap.
    pub(super) role: String,
    /// `Document/Sect[2]/P[1]`: each step the role and its position among
    /// its parent's children of that role.
    pub(super) path: String,
    pub(super) parent: Option<usize>,
    pub(super) page: Option<ObjectId>,
    pub(super) kids: Vec<Kid>,
    pub(super) dict: Dictionary,
}

impl Elem {
    /// A text entry (/Alt, /Lang, /ActualText), decoded.
    pub(super) fn text(&self, key: &[u8]) -> Option<String> {
        self.dict
            .get(key)
            .ok()
            .and_then(|o| lopdf::decode_text_string(o).ok())
    }

    pub(super) fn who(&self) -> String {
        format!("{} ({} {} R)", self.path, self.id.0, self.id.1)
    }
}

/// One ParentTree value.
#[derive(Debug, Clone)]
pub(super) enum Parents {
    /// A page's: the element of each MCID.
    Page(Vec<Option<ObjectId>>),
    /// An annotation's (or an XObject's) element.
    Elem(ObjectId),
}

#[derive(Debug)]
pub(super) struct Tree {
    pub(super) elems: Vec<Elem>,
    /// The top elements (/K of the StructTreeRoot).
    pub(super) top: Vec<usize>,
    pub(super) parent_tree: BTreeMap<i64, Parents>,
    pub(super) next_key: Option<i64>,
    /// What reading the tree found wrong (a wrong /P, a missing /Pg...).
    pub(super) problems: Vec<String>,
}

impl Tree {
    pub(super) fn by_id(&self, id: ObjectId) -> Option<&Elem> {
        self.elems.iter().find(|e| e.id == id)
    }

    /// The element and its ancestors, innermost first.
    pub(super) fn ancestry(&self, i: usize) -> Vec<&Elem> {
        let mut v = vec![&self.elems[i]];
        while let Some(p) = v.last().and_then(|e| e.parent) {
            v.push(&self.elems[p]);
        }
        v
    }

    /// Every marked-content kid in depth-first order: (page, MCID, element).
    pub(super) fn mcids_in_order(&self) -> Vec<(Option<ObjectId>, i64, usize)> {
        fn walk(t: &Tree, i: usize, out: &mut Vec<(Option<ObjectId>, i64, usize)>) {
            for k in &t.elems[i].kids {
                match k {
                    Kid::Mcid { page, mcid } => out.push((*page, *mcid, i)),
                    Kid::Elem(c) => walk(t, *c, out),
                    Kid::Objr { .. } => {}
                }
            }
        }
        let mut out = Vec::new();
        for t in &self.top {
            walk(self, *t, &mut out);
        }
        out
    }

    /// The elements in depth-first order.
    pub(super) fn preorder(&self) -> Vec<usize> {
        fn walk(t: &Tree, i: usize, out: &mut Vec<usize>) {
            out.push(i);
            for k in &t.elems[i].kids {
                if let Kid::Elem(c) = k {
                    walk(t, *c, out);
                }
            }
        }
        let mut out = Vec::new();
        for t in &self.top {
            walk(self, *t, &mut out);
        }
        out
    }

    pub(super) fn children(&self, i: usize) -> Vec<&Elem> {
        self.elems[i]
            .kids
            .iter()
            .filter_map(|k| match k {
                Kid::Elem(c) => Some(&self.elems[*c]),
                _ => None,
            })
            .collect()
    }
}

pub(super) fn opt_name(doc: &Document, d: &Dictionary, key: &[u8]) -> Option<String> {
    d.get(key)
        .ok()
        .and_then(|o| deref(doc, o).as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

pub(super) fn opt_ref(d: &Dictionary, key: &[u8]) -> Option<ObjectId> {
    d.get(key).ok().and_then(|o| o.as_reference().ok())
}

/// The entries of a number tree (flat /Nums, or /Kids).
pub(super) fn number_tree(doc: &Document, node: &Dictionary, out: &mut BTreeMap<i64, Object>) {
    if let Ok(nums) = node.get(b"Nums").map(|n| deref(doc, n)) {
        let nums = nums.as_array().map(Vec::as_slice).unwrap_or_default();
        for pair in nums.chunks(2) {
            if let [k, v] = pair {
                out.insert(k.as_i64().unwrap_or(-1), v.clone());
            }
        }
    }
    if let Ok(kids) = node.get(b"Kids").map(|k| deref(doc, k)) {
        for kid in kids.as_array().map(Vec::as_slice).unwrap_or_default() {
            if let Ok(d) = deref(doc, kid).as_dict() {
                number_tree(doc, d, out);
            }
        }
    }
}

/// Reads the structure tree; `Err` says why the document is not tagged.
pub(super) fn read_tree(doc: &Document) -> Result<Tree, String> {
    let catalog = doc.catalog().expect("catalog");
    let Ok(root) = catalog.get(b"StructTreeRoot") else {
        let marked = catalog.get(b"MarkInfo").is_ok();
        return Err(format!(
            "not tagged: the catalog has no /StructTreeRoot{}",
            if marked { "" } else { " (and no /MarkInfo)" }
        ));
    };
    let root = deref(doc, root)
        .as_dict()
        .map_err(|_| "not tagged: /StructTreeRoot is not a dictionary".to_string())?;
    let role_map: BTreeMap<String, String> = root
        .get(b"RoleMap")
        .ok()
        .and_then(|m| deref(doc, m).as_dict().ok())
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| {
                    let v = v.as_name().ok()?;
                    Some((
                        String::from_utf8_lossy(k).into_owned(),
                        String::from_utf8_lossy(v).into_owned(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut raw = BTreeMap::new();
    if let Some(pt) = root
        .get(b"ParentTree")
        .ok()
        .and_then(|p| deref(doc, p).as_dict().ok())
    {
        number_tree(doc, pt, &mut raw);
    }
    let mut tree = Tree {
        elems: Vec::new(),
        top: Vec::new(),
        parent_tree: BTreeMap::new(),
        next_key: root
            .get(b"ParentTreeNextKey")
            .ok()
            .and_then(|k| k.as_i64().ok()),
        problems: Vec::new(),
    };
    if root.get(b"ParentTree").is_err() {
        tree.problems
            .push("the StructTreeRoot has no /ParentTree".into());
    }
    for (k, v) in raw {
        let entry = match (v.as_reference().ok(), deref(doc, &v)) {
            (_, Object::Array(a)) => {
                Parents::Page(a.iter().map(|o| o.as_reference().ok()).collect())
            }
            (Some(id), Object::Dictionary(_)) => Parents::Elem(id),
            _ => {
                tree.problems.push(format!(
                    "ParentTree key {k}: neither an array (a page's) nor a reference to an element"
                ));
                continue;
            }
        };
        tree.parent_tree.insert(k, entry);
    }
    let mut reader = TreeReader {
        doc,
        role_map: &role_map,
        seen: BTreeSet::new(),
    };
    let top: Vec<Object> = match root.get(b"K").map(|k| deref(doc, k)) {
        Ok(Object::Array(a)) => a.clone(),
        Ok(_) => vec![root.get(b"K").expect("just read").clone()],
        Err(_) => Vec::new(),
    };
    let mut counts = BTreeMap::new();
    for k in &top {
        match k.as_reference() {
            Ok(id) => {
                if let Some(i) = reader.element(&mut tree, id, None, "", &mut counts) {
                    tree.top.push(i);
                }
            }
            Err(_) => tree
                .problems
                .push("a /K entry of the StructTreeRoot is not a reference to an element".into()),
        }
    }
    Ok(tree)
}

pub(super) struct TreeReader<'a> {
    pub(super) doc: &'a Document,
    pub(super) role_map: &'a BTreeMap<String, String>,
    pub(super) seen: BTreeSet<ObjectId>,
}

impl TreeReader<'_> {
    pub(super) fn resolve_role(&self, s: &str) -> Option<String> {
        let mut r = s.to_string();
        for _ in 0..8 {
            if STANDARD.contains(&r.as_str()) {
                return Some(r);
            }
            r = self.role_map.get(&r)?.clone();
        }
        None
    }

    /// Reads element `id` (and its subtree); its index.
    pub(super) fn element(
        &mut self,
        tree: &mut Tree,
        id: ObjectId,
        parent: Option<usize>,
        parent_path: &str,
        counts: &mut BTreeMap<String, usize>,
    ) -> Option<usize> {
        let doc = self.doc;
        let Ok(dict) = doc.get_dictionary(id) else {
            tree.problems.push(format!(
                "{parent_path}: /K holds {} {} R, which is not a dictionary",
                id.0, id.1
            ));
            return None;
        };
        if !self.seen.insert(id) {
            tree.problems.push(format!(
                "{parent_path}: element {} {} R appears twice in the tree",
                id.0, id.1
            ));
            return None;
        }
        let s = opt_name(doc, dict, b"S").unwrap_or_else(|| "?".into());
        let role = self.resolve_role(&s);
        let n = counts.entry(s.clone()).or_default();
        *n += 1;
        let path = match (parent_path, *n) {
            ("", 1) => s.clone(),
            ("", n) => format!("{s}[{n}]"),
            (p, n) => format!("{p}/{s}[{n}]"),
        };
        if role.is_none() {
            tree.problems.push(format!(
                "{path}: /S /{s} is neither a standard structure type nor role-mapped to one"
            ));
        }
        let expected_parent = parent.map(|p| tree.elems[p].id);
        match (opt_ref(dict, b"P"), expected_parent) {
            (Some(p), Some(e)) if p != e => tree.problems.push(format!(
                "{path}: /P is {} {} R, but the element is a kid of {} {} R",
                p.0, p.1, e.0, e.1
            )),
            (None, _) => tree.problems.push(format!("{path}: no /P (parent)")),
            _ => {}
        }
        let page = opt_ref(dict, b"Pg");
        let index = tree.elems.len();
        tree.elems.push(Elem {
            id,
            s,
            role: role.unwrap_or_default(),
            path: path.clone(),
            parent,
            page,
            kids: Vec::new(),
            dict: dict.clone(),
        });
        // The page of a bare MCID: the element's /Pg, else an ancestor's.
        let inherited = page.or_else(|| {
            let mut p = parent;
            while let Some(i) = p {
                if let Some(pg) = tree.elems[i].page {
                    return Some(pg);
                }
                p = tree.elems[i].parent;
            }
            None
        });
        let kids: Vec<Object> = match dict.get(b"K") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(k) => vec![k.clone()],
            Err(_) => Vec::new(),
        };
        let mut kid_counts = BTreeMap::new();
        for k in &kids {
            let kid = match k {
                Object::Integer(m) => {
                    if inherited.is_none() {
                        tree.problems
                            .push(format!("{path}: MCID {m} but no /Pg on it or an ancestor"));
                    }
                    Some(Kid::Mcid {
                        page: inherited,
                        mcid: *m,
                    })
                }
                Object::Reference(r) => match doc.get_dictionary(*r) {
                    Ok(d)
                        if matches!(opt_name(doc, d, b"Type").as_deref(), Some("MCR" | "OBJR")) =>
                    {
                        self.content_ref(tree, &path, d, inherited)
                    }
                    _ => self
                        .element(tree, *r, Some(index), &path, &mut kid_counts)
                        .map(Kid::Elem),
                },
                Object::Dictionary(d) => self.content_ref(tree, &path, d, inherited),
                other => {
                    tree.problems
                        .push(format!("{path}: a /K entry is neither an MCID, an MCR, an OBJR nor an element: {other:?}"));
                    None
                }
            };
            if let Some(kid) = kid {
                tree.elems[index].kids.push(kid);
            }
        }
        Some(index)
    }

    /// An MCR or OBJR dictionary.
    pub(super) fn content_ref(
        &self,
        tree: &mut Tree,
        path: &str,
        d: &Dictionary,
        inherited: Option<ObjectId>,
    ) -> Option<Kid> {
        let page = opt_ref(d, b"Pg").or(inherited);
        match opt_name(self.doc, d, b"Type").as_deref() {
            Some("MCR") => match d.get(b"MCID").ok().and_then(|m| m.as_i64().ok()) {
                Some(mcid) => Some(Kid::Mcid { page, mcid }),
                None => {
                    tree.problems.push(format!("{path}: an MCR without /MCID"));
                    None
                }
            },
            Some("OBJR") => Some(Kid::Objr {
                obj: opt_ref(d, b"Obj"),
                page,
            }),
            other => {
                tree.problems.push(format!(
                    "{path}: a /K dictionary of /Type {other:?}, neither MCR nor OBJR"
                ));
                None
            }
        }
    }
}
