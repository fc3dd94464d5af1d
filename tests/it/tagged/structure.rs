//! Checks of the document and the marked content: the catalog and XMP,
//! every drawing operator tagged or an artifact, MCIDs against the tree and
//! the ParentTree, annotations. Each returns its problems, one line each.

use super::tree::*;
use super::*;
use lopdf::Dictionary;

// ---------------------------------------------------------------------------
// 2. Our own checks: the catalog and the XMP metadata
// ---------------------------------------------------------------------------

/// The XMP packet of the catalog's /Metadata, decoded.
fn xmp(doc: &Document) -> Result<String, String> {
    let catalog = doc.catalog().expect("catalog");
    let meta = catalog
        .get(b"Metadata")
        .map_err(|_| "the catalog has no /Metadata".to_string())?;
    let stream = deref(doc, meta)
        .as_stream()
        .map_err(|_| "/Metadata is not a stream".to_string())?;
    let mut problems = Vec::new();
    if opt_name(doc, &stream.dict, b"Type").as_deref() != Some("Metadata") {
        problems.push("/Metadata has no /Type /Metadata");
    }
    if opt_name(doc, &stream.dict, b"Subtype").as_deref() != Some("XML") {
        problems.push("/Metadata has no /Subtype /XML");
    }
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    let data = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    String::from_utf8(data).map_err(|_| "the XMP packet is not UTF-8".to_string())
}

/// The text of XMP element `tag` (its tags stripped, entities decoded), or
/// of the attribute of that name.
fn xmp_field(xmp: &str, tag: &str) -> Option<String> {
    if let Some(start) = xmp.find(&format!("<{tag}")) {
        let rest = &xmp[start..];
        let open_end = rest.find('>')?;
        if rest[..open_end].ends_with('/') {
            return None;
        }
        let end = rest.find(&format!("</{tag}>"))?;
        let mut text = String::new();
        let mut in_tag = false;
        for c in rest[open_end + 1..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        return Some(unescape_xml(text.trim()));
    }
    let at = xmp.find(&format!("{tag}="))?;
    let rest = &xmp[at + tag.len() + 1..];
    let quote = rest.chars().next()?;
    let end = rest[1..].find(quote)?;
    Some(unescape_xml(&rest[1..1 + end]))
}

fn unescape_xml(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

pub(super) fn catalog_problems(s: &Sample) -> Vec<String> {
    let doc = &s.doc;
    let catalog = doc.catalog().expect("catalog");
    let mut v = Vec::new();
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|m| deref(doc, m).as_dict().ok())
        .and_then(|m| m.get(b"Marked").ok())
        .and_then(|m| m.as_bool().ok());
    if marked != Some(true) {
        v.push(format!(
            "/MarkInfo <</Marked true>> missing (Marked is {marked:?})"
        ));
    }
    match catalog.get(b"StructTreeRoot").map(|r| deref(doc, r)) {
        Err(_) => v.push("no /StructTreeRoot".into()),
        Ok(r) => {
            let t = r.as_dict().ok().and_then(|d| opt_name(doc, d, b"Type"));
            if t.as_deref() != Some("StructTreeRoot") {
                v.push(format!("/StructTreeRoot has /Type {t:?}"));
            }
        }
    }
    let lang = catalog
        .get(b"Lang")
        .ok()
        .and_then(|l| lopdf::decode_text_string(l).ok())
        .unwrap_or_default();
    if lang.is_empty() {
        v.push("no /Lang".into());
    }
    let display_title = catalog
        .get(b"ViewerPreferences")
        .ok()
        .and_then(|p| deref(doc, p).as_dict().ok())
        .and_then(|p| p.get(b"DisplayDocTitle").ok())
        .and_then(|b| b.as_bool().ok());
    if display_title != Some(true) {
        v.push("/ViewerPreferences <</DisplayDocTitle true>> missing".into());
    }
    let title = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|i| deref(doc, i).as_dict().ok())
        .and_then(|i| i.get(b"Title").ok())
        .and_then(|t| lopdf::decode_text_string(t).ok())
        .unwrap_or_default();
    match xmp(doc) {
        Err(e) => v.push(format!("XMP: {e}")),
        Ok(x) => {
            match xmp_field(&x, "dc:title") {
                Some(t) if !t.is_empty() && t == title => {}
                other => v.push(format!(
                    "XMP: dc:title is {other:?}, not the leaflet's title {title:?} (the Info /Title)"
                )),
            }
            match xmp_field(&x, "dc:language") {
                Some(l) if l == lang => {}
                other => v.push(format!(
                    "XMP: dc:language is {other:?}, not the /Lang {lang:?}"
                )),
            }
            match xmp_field(&x, "pdfuaid:part") {
                Some(p) if p == "1" => {}
                other => v.push(format!("XMP: pdfuaid:part is {other:?}, not 1")),
            }
            if !x.contains("http://www.aiim.org/pdfua/ns/id/") {
                v.push(
                    "XMP: the pdfuaid namespace http://www.aiim.org/pdfua/ns/id/ is not declared"
                        .into(),
                );
            }
            if x.contains(PATIENT) {
                v.push(format!("XMP: holds the patient's name {PATIENT:?}"));
            }
        }
    }
    v
}

#[test]
fn the_catalog_and_xmp_declare_a_tagged_pdf_ua1_document() {
    assert_none("catalog and XMP", catalog_problems);
}

pub(super) fn tree_problems(_: &Sample, t: &Tree) -> Vec<String> {
    let mut v = t.problems.clone();
    let top: Vec<String> = t.top.iter().map(|i| t.elems[*i].s.clone()).collect();
    if top.len() != 1 || t.elems[t.top[0]].role != "Document" {
        v.push(format!(
            "the StructTreeRoot's /K should be one Document element; it holds {top:?}"
        ));
    }
    v
}

#[test]
fn the_structure_tree_is_well_formed() {
    assert_tree("the structure tree", tree_problems);
}

// ---------------------------------------------------------------------------
// Every content item tagged or an artifact; marked content nests
// ---------------------------------------------------------------------------

pub(super) fn untagged_problems(s: &Sample) -> Vec<String> {
    let mut v = Vec::new();
    for (p, page) in s.pages.iter().enumerate() {
        let mut missing = Vec::new();
        for d in &page.content.drawn {
            let what = match d.kind {
                DrawnKind::Text => format!("`{}` {}", d.op, short(&d.text)),
                _ => format!("`{}`", d.op),
            };
            match (d.mcid(), d.artifact()) {
                (Some(_), None) | (None, Some(_)) => {}
                (None, None) => missing.push(format!("operator {} {what}", d.index)),
                (Some(m), Some(a)) => v.push(format!(
                    "page {}: operator {} {what} is both real content (MCID {m}) and an artifact ({a}): {}",
                    p + 1,
                    d.index,
                    d.context()
                )),
            }
        }
        if !missing.is_empty() {
            v.push(format!(
                "page {}: {} of {} drawing operators sit in no MCID sequence and no /Artifact, first: {}",
                p + 1,
                missing.len(),
                page.content.drawn.len(),
                missing[..missing.len().min(3)].join("; ")
            ));
        }
    }
    v
}

#[test]
fn every_content_item_is_tagged_or_an_artifact() {
    assert_none(
        "content that is neither tagged nor an artifact",
        untagged_problems,
    );
}

pub(super) fn nesting_problems(s: &Sample) -> Vec<String> {
    let mut v = Vec::new();
    for (p, page) in s.pages.iter().enumerate() {
        for e in &page.content.nesting_errors {
            v.push(format!("page {}: {e}", p + 1));
        }
    }
    v
}

#[test]
fn marked_content_nests_with_text_objects() {
    assert_none("marked content that does not nest", nesting_problems);
}

// ---------------------------------------------------------------------------
// MCIDs, the ParentTree, pages and annotations
// ---------------------------------------------------------------------------

pub(super) fn mcid_problems(s: &Sample, t: &Tree) -> Vec<String> {
    let mut v = Vec::new();
    // (page index, MCID) -> the elements whose /K names it.
    let mut claims: BTreeMap<(usize, i64), Vec<usize>> = BTreeMap::new();
    for (page, mcid, e) in t.mcids_in_order() {
        match s.page_index(page) {
            Some(p) => claims.entry((p, mcid)).or_default().push(e),
            None => v.push(format!(
                "{} references MCID {mcid} on {}",
                t.elems[e].who(),
                s.page_name(page)
            )),
        }
    }
    let mut keys = BTreeMap::new();
    for (p, page) in s.pages.iter().enumerate() {
        let name = format!("page {}", p + 1);
        let on_page: BTreeSet<i64> = page.content.mcids.iter().copied().collect();
        for m in &on_page {
            match claims.get(&(p, *m)).map(Vec::as_slice) {
                None | Some([]) => v.push(format!(
                    "{name}: MCID {m} ({}) belongs to no structure element",
                    short(&s.mcid_text(p, *m))
                )),
                Some([_]) => {}
                Some(many) => v.push(format!(
                    "{name}: MCID {m} is claimed by {} elements: {}",
                    many.len(),
                    many.iter()
                        .map(|e| t.elems[*e].who())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            }
        }
        for ((cp, m), es) in claims.range((p, i64::MIN)..=(p, i64::MAX)) {
            if *cp == p && !on_page.contains(m) {
                for e in es {
                    v.push(format!(
                        "{} references MCID {m} on {name}, whose content has no such MCID",
                        t.elems[*e].who()
                    ));
                }
            }
        }
        let dict = s.doc.get_dictionary(page.id).expect("page dict");
        let Some(key) = dict
            .get(b"StructParents")
            .ok()
            .and_then(|k| k.as_i64().ok())
        else {
            if !on_page.is_empty() {
                v.push(format!("{name}: has MCIDs but no /StructParents"));
            }
            continue;
        };
        if let Some(other) = keys.insert(key, name.clone()) {
            v.push(format!("{name}: /StructParents {key} is also {other}'s"));
        }
        let entries = match t.parent_tree.get(&key) {
            Some(Parents::Page(a)) => a,
            Some(Parents::Elem(_)) => {
                v.push(format!(
                    "{name}: ParentTree[{key}] is an element, not the page's array"
                ));
                continue;
            }
            None => {
                v.push(format!(
                    "{name}: /StructParents {key} is not in the ParentTree"
                ));
                continue;
            }
        };
        for m in &on_page {
            let claimed = claims.get(&(p, *m)).and_then(|c| c.first());
            let listed = usize::try_from(*m)
                .ok()
                .and_then(|i| entries.get(i))
                .copied()
                .flatten();
            match (claimed, listed) {
                (Some(e), Some(id)) if t.elems[*e].id == id => {}
                (_, None) => v.push(format!("{name}: ParentTree[{key}][{m}] is missing or null")),
                (claimed, Some(id)) => v.push(format!(
                    "{name}: ParentTree[{key}][{m}] is {}, but MCID {m} is in {}",
                    t.by_id(id).map_or(
                        format!("{} {} R (not an element of the tree)", id.0, id.1),
                        Elem::who
                    ),
                    claimed.map_or("no element".into(), |e| t.elems[*e].who())
                )),
            }
        }
        for (i, id) in entries.iter().enumerate() {
            if id.is_some() && !on_page.contains(&(i as i64)) {
                v.push(format!(
                    "{name}: ParentTree[{key}][{i}] names an element, but the page has no MCID {i}"
                ));
            }
        }
    }
    let max = t.parent_tree.keys().max().copied();
    if let (Some(max), next) = (max, t.next_key) {
        if next.is_none_or(|n| n <= max) {
            v.push(format!(
                "/ParentTreeNextKey is {next:?}; the largest key is {max}"
            ));
        }
    }
    v
}

#[test]
fn every_mcid_belongs_to_one_element_and_the_parent_tree_agrees() {
    assert_tree("MCIDs and the ParentTree", mcid_problems);
}

/// The URI of an annotation's action.
pub(super) fn annot_uri(doc: &Document, a: &Dictionary) -> Option<String> {
    let action = deref(doc, a.get(b"A").ok()?).as_dict().ok()?;
    lopdf::decode_text_string(deref(doc, action.get(b"URI").ok()?)).ok()
}

pub(super) fn annotation_problems(s: &Sample, t: &Tree) -> Vec<String> {
    let mut v = Vec::new();
    let doc = &s.doc;
    // Annotation -> the element its /StructParent names.
    let mut annots: BTreeMap<ObjectId, Option<usize>> = BTreeMap::new();
    for (p, page) in s.pages.iter().enumerate() {
        let name = format!("page {}", p + 1);
        let dict = doc.get_dictionary(page.id).expect("page dict");
        let list = dict
            .get(b"Annots")
            .ok()
            .and_then(|a| deref(doc, a).as_array().ok())
            .cloned()
            .unwrap_or_default();
        if list.is_empty() {
            continue;
        }
        if opt_name(doc, dict, b"Tabs").as_deref() != Some("S") {
            v.push(format!(
                "{name}: has annotations ({}) but no /Tabs /S",
                list.len()
            ));
        }
        for (i, a) in list.iter().enumerate() {
            let Ok(id) = a.as_reference() else {
                v.push(format!("{name}: annotation {} of /Annots is a direct dictionary (an OBJR needs an indirect object)", i + 1));
                continue;
            };
            let ad = doc.get_dictionary(id).expect("annotation dict");
            let what = format!(
                "{name}: annotation {} {} R ({})",
                id.0,
                id.1,
                annot_uri(doc, ad).unwrap_or_default()
            );
            let contents = ad
                .get(b"Contents")
                .ok()
                .and_then(|c| lopdf::decode_text_string(deref(doc, c)).ok())
                .unwrap_or_default();
            if contents.trim().is_empty() {
                v.push(format!("{what}: no /Contents"));
            }
            let Some(key) = ad.get(b"StructParent").ok().and_then(|k| k.as_i64().ok()) else {
                v.push(format!("{what}: no /StructParent"));
                annots.insert(id, None);
                continue;
            };
            let elem = match t.parent_tree.get(&key) {
                Some(Parents::Elem(e)) => t.elems.iter().position(|x| x.id == *e),
                _ => None,
            };
            annots.insert(id, elem);
            let Some(e) = elem else {
                v.push(format!(
                    "{what}: ParentTree[{key}] is not an element of the tree"
                ));
                continue;
            };
            let el = &t.elems[e];
            if el.role != "Link" {
                v.push(format!(
                    "{what}: its element {} is a {}, not a Link",
                    el.who(),
                    el.role
                ));
            }
            let objr = el.kids.iter().find_map(|k| match k {
                Kid::Objr { obj: Some(o), page } if *o == id => Some(*page),
                _ => None,
            });
            match objr {
                None => v.push(format!(
                    "{what}: its element {} holds no OBJR of it",
                    el.who()
                )),
                Some(pg) if pg.is_some() && pg != Some(page.id) => v.push(format!(
                    "{what}: the OBJR in {} says it is on {}",
                    el.who(),
                    s.page_name(pg)
                )),
                Some(_) => {}
            }
        }
    }
    for (i, el) in t.elems.iter().enumerate() {
        let objrs: Vec<Option<ObjectId>> = el
            .kids
            .iter()
            .filter_map(|k| match k {
                Kid::Objr { obj, .. } => Some(*obj),
                _ => None,
            })
            .collect();
        for o in &objrs {
            match o.and_then(|o| annots.get(&o).map(|e| (o, e))) {
                Some((_, Some(e))) if *e == i => {}
                Some((o, _)) => v.push(format!(
                    "{}: its OBJR {} {} R is an annotation whose /StructParent names another element",
                    el.who(),
                    o.0,
                    o.1
                )),
                None => v.push(format!(
                    "{}: its OBJR {o:?} is not an annotation of any page",
                    el.who()
                )),
            }
        }
        if el.role == "Link" && objrs.is_empty() {
            v.push(format!(
                "{}: a Link without an OBJR of its annotation",
                el.who()
            ));
        }
    }
    v
}

#[test]
fn annotations_are_in_the_tree_with_contents_and_pages_tab_in_structure_order() {
    assert_tree("annotations", annotation_problems);
}
