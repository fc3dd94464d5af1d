//! Stage 6, pdf: the tagged-PDF dictionaries (ISO 32000-1 14.7-14.8,
//! PDF/UA-1). In: the lopdf document printpdf made, whose pages already
//! mark their content (`BDC` with an `/MCID`, or `/Artifact`), the
//! leaflet's [`Structure`] and each page's marked-content ids. Out: the
//! structure tree (one element per node, its kids in reading order), the
//! parent tree, `/StructParents` and `/Tabs /S` on pages, link annotations
//! as indirect objects inside their `Link` elements with `/Contents`,
//! `/MarkInfo`, and the XMP metadata with the PDF/UA identifier. printpdf
//! writes none of these; it does write the marked content, at the place
//! the pages' items are drawn.

use super::text_string;
use crate::doc::without_bidi_controls;
use crate::layout::{Laid, Role};
use crate::render::escape;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// What one page's marked-content ids belong to: `(element, reading order)`
/// by id.
pub(super) type PageMarks = Vec<(u32, u32)>;

/// One entry of an element's `/K`, before it is written.
#[derive(Debug, Clone, Copy)]
enum Kid {
    /// A child element.
    Element(u32),
    /// Marked content `mcid` on page `page` (index).
    Content { page: usize, mcid: usize },
    /// An annotation on page `page`.
    Annotation { annot: ObjectId, page: usize },
}

/// Writes the structure tree and everything that points into it (see the
/// file's doc). `root` is the catalog.
pub(super) fn tag(lo: &mut Document, laid: &Laid, marks: &[PageMarks], root: ObjectId) {
    let structure = &laid.structure;
    let n = structure.nodes.len();
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let mut kids: Vec<Vec<(u32, Kid)>> = vec![Vec::new(); n];
    for (i, node) in structure.nodes.iter().enumerate() {
        if let Some(p) = node.parent {
            kids[p as usize].push((node.seq, Kid::Element(i as u32)));
        }
    }
    for (page, page_marks) in marks.iter().enumerate() {
        for (mcid, &(node, seq)) in page_marks.iter().enumerate() {
            if let Some(k) = kids.get_mut(node as usize) {
                k.push((seq, Kid::Content { page, mcid }));
            }
        }
    }
    let annotations = annotations(lo, laid, &pages, &mut kids);
    for k in &mut kids {
        k.sort_by_key(|(seq, _)| *seq);
    }
    let tree_root = lo.new_object_id();
    let ids = elements(lo, laid, &pages, &kids, tree_root);
    // The parent tree: each page's ids to their elements, each annotation
    // to its link.
    let mut nums = Vec::new();
    for (page, page_marks) in marks.iter().enumerate() {
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(
            page_marks
                .iter()
                .map(|&(node, _)| Object::Reference(ids[node as usize]))
                .collect(),
        ));
    }
    for &(key, node) in &annotations {
        nums.push(Object::Integer(key));
        nums.push(Object::Reference(ids[node as usize]));
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", Object::Array(nums));
    let mut role_map = Dictionary::new();
    // PDF 1.7 has no Aside: a reader that does not know it reads a section.
    role_map.set("Aside", Object::Name(b"Sect".to_vec()));
    let mut tree = Dictionary::new();
    tree.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    tree.set("K", Object::Reference(ids[0]));
    tree.set("ParentTree", Object::Dictionary(parent_tree));
    let next_key = pages.len() + annotations.len();
    tree.set("ParentTreeNextKey", Object::Integer(next_key as i64));
    tree.set("RoleMap", Object::Dictionary(role_map));
    lo.objects.insert(tree_root, Object::Dictionary(tree));
    let metadata = lo.add_object(Object::Stream(xmp(laid)));
    if let Ok(Object::Dictionary(cat)) = lo.get_object_mut(root) {
        let mut mark_info = Dictionary::new();
        mark_info.set("Marked", Object::Boolean(true));
        cat.set("MarkInfo", Object::Dictionary(mark_info));
        cat.set("StructTreeRoot", Object::Reference(tree_root));
        cat.set("Metadata", Object::Reference(metadata));
    }
}

/// Makes each page's link annotations objects of their own (printpdf
/// writes them inline; an OBJR and `/StructParent` need them as objects)
/// with `/Contents`, and puts each in its `Link` element's kids; sets
/// `/StructParents` and `/Tabs /S` on the pages. Returns each annotation's
/// parent-tree key (after the pages') and its element.
fn annotations(
    lo: &mut Document,
    laid: &Laid,
    pages: &[ObjectId],
    kids: &mut [Vec<(u32, Kid)>],
) -> Vec<(i64, u32)> {
    let mut keys: Vec<(i64, u32)> = Vec::new();
    for (page, (&page_id, frame)) in pages.iter().zip(&laid.frames).enumerate() {
        let inline = lo
            .get_dictionary(page_id)
            .ok()
            .and_then(|d| d.get(b"Annots").ok())
            .and_then(|a| a.as_array().ok())
            .cloned()
            .unwrap_or_default();
        let mut refs = Vec::with_capacity(inline.len());
        for (annot, link) in inline.into_iter().zip(&frame.links) {
            let (id, mut dict) = match annot {
                Object::Reference(r) => match lo.get_dictionary(r) {
                    Ok(d) => (r, d.clone()),
                    Err(_) => continue,
                },
                Object::Dictionary(d) => (lo.new_object_id(), d),
                _ => continue,
            };
            dict.set("Contents", text_string(&without_bidi_controls(&link.uri)));
            // Printed with the page (outloud's LNK-004).
            dict.set("F", Object::Integer(4));
            if let Some(node) = link.node.filter(|&node| (node as usize) < kids.len()) {
                let key = (pages.len() + keys.len()) as i64;
                dict.set("StructParent", Object::Integer(key));
                keys.push((key, node));
                kids[node as usize].push((u32::MAX, Kid::Annotation { annot: id, page }));
            }
            lo.objects.insert(id, Object::Dictionary(dict));
            refs.push(Object::Reference(id));
        }
        if let Ok(d) = lo.get_dictionary_mut(page_id) {
            d.set("StructParents", Object::Integer(page as i64));
            if !refs.is_empty() {
                d.set("Annots", Object::Array(refs));
                d.set("Tabs", Object::Name(b"S".to_vec()));
            }
        }
    }
    keys
}

/// Writes one structure element per node that holds anything, its kids
/// (sorted in reading order) as MCIDs on its own page, MCRs on another
/// page, OBJRs and child elements; returns each node's object id. An
/// element with nothing in it (a block that drew nothing) is left out.
fn elements(
    lo: &mut Document,
    laid: &Laid,
    pages: &[ObjectId],
    kids: &[Vec<(u32, Kid)>],
    tree_root: ObjectId,
) -> Vec<ObjectId> {
    let nodes = &laid.structure.nodes;
    let n = nodes.len();
    // A node's kids come after it, so one pass from the end decides.
    let mut used = vec![false; n];
    for i in (0..n).rev() {
        used[i] = kids[i].iter().any(|(_, k)| match k {
            Kid::Element(e) => used[*e as usize],
            _ => true,
        });
    }
    used[0] = true;
    let ids: Vec<ObjectId> = (0..n).map(|_| lo.new_object_id()).collect();
    for (i, node) in nodes.iter().enumerate() {
        if !used[i] {
            continue;
        }
        let first_page = kids[i].iter().find_map(|(_, k)| match k {
            Kid::Content { page, .. } | Kid::Annotation { page, .. } => Some(*page),
            Kid::Element(_) => None,
        });
        let mut k = Vec::with_capacity(kids[i].len());
        for (_, kid) in &kids[i] {
            k.push(match *kid {
                Kid::Element(e) if used[e as usize] => Object::Reference(ids[e as usize]),
                Kid::Element(_) => continue,
                Kid::Content { page, mcid } if Some(page) == first_page => {
                    Object::Integer(mcid as i64)
                }
                Kid::Content { page, mcid } => {
                    let mut mcr = Dictionary::new();
                    mcr.set("Type", Object::Name(b"MCR".to_vec()));
                    mcr.set("Pg", Object::Reference(pages[page]));
                    mcr.set("MCID", Object::Integer(mcid as i64));
                    Object::Dictionary(mcr)
                }
                Kid::Annotation { annot, page } => {
                    let mut objr = Dictionary::new();
                    objr.set("Type", Object::Name(b"OBJR".to_vec()));
                    objr.set("Obj", Object::Reference(annot));
                    objr.set("Pg", Object::Reference(pages[page]));
                    Object::Dictionary(objr)
                }
            });
        }
        // `/Type /StructElem` is optional (ISO 32000-1, table 323) and
        // would cost 17 bytes an element.
        let mut e = Dictionary::new();
        e.set("S", Object::Name(node.role.name().as_bytes().to_vec()));
        e.set(
            "P",
            Object::Reference(node.parent.map_or(tree_root, |p| ids[p as usize])),
        );
        if let Some(page) = first_page {
            e.set("Pg", Object::Reference(pages[page]));
        }
        e.set(
            "K",
            if k.len() == 1 {
                k.pop().expect("one")
            } else {
                Object::Array(k)
            },
        );
        if let Some(alt) = &node.alt {
            e.set("Alt", text_string(alt));
        }
        if let Some(lang) = &node.lang {
            e.set("Lang", Object::string_literal(lang.clone()));
        }
        if let Role::List { ordered } = node.role {
            let mut a = Dictionary::new();
            a.set("O", Object::Name(b"List".to_vec()));
            let numbering: &[u8] = if ordered { b"Decimal" } else { b"Disc" };
            a.set("ListNumbering", Object::Name(numbering.to_vec()));
            e.set("A", Object::Dictionary(a));
        }
        lo.objects.insert(ids[i], Object::Dictionary(e));
    }
    ids
}

/// The document's title as metadata shows it (the Info dictionary and the
/// XMP agree): without Fluent's isolation marks, and, when it was left
/// empty (it held the patient's name), the first bookmark's.
pub(super) fn title(laid: &Laid) -> String {
    let title = without_bidi_controls(&laid.title);
    if title.trim().is_empty() {
        laid.outline.first().map_or_else(
            || "Leaflet".to_string(),
            |o| without_bidi_controls(&o.title),
        )
    } else {
        title
    }
}

/// The XMP metadata: the title, the language and the PDF/UA identifier.
/// Nothing else: no dates or tool names that could disagree with the
/// document information, and never a patient's name (the title is
/// already free of it).
fn xmp(laid: &Laid) -> Stream {
    let title = title(laid);
    let xml = format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
<dc:format>application/pdf</dc:format>\n\
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n\
<dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n\
<pdfuaid:part>1</pdfuaid:part>\n\
</rdf:Description>\n\
</rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"r\"?>",
        escape(&title),
        escape(&laid.lang)
    );
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Metadata".to_vec()));
    dict.set("Subtype", Object::Name(b"XML".to_vec()));
    Stream::new(dict, xml.into_bytes())
}
