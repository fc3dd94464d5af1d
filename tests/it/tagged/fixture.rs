//! A tiny tagged PDF made by hand with lopdf, to test the checks
//! themselves: the correct file passes every check that applies to any
//! tagged PDF, and each broken variant fails the check meant to catch it,
//! with the message that says where. Without this, a check that can never
//! pass (or never fail) would go unnoticed until the real tagging lands.
//!
//! One page: a rule (a layout artifact), an H1, a P holding a Link (its
//! text, then an OBJR of the link annotation) and more text on the next
//! line, a list of one item (Lbl, LBody), a Figure (a filled square) and a
//! footer artifact. The font is a Type0 stub with a ToUnicode map (codes
//! are ASCII), enough for `read_page`; no font program.

use super::reading::*;
use super::structure::*;
use super::*;
use lopdf::{dictionary, Object, Stream, StringFormat};

/// What to break.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Break {
    Nothing,
    /// The P before the H1 in the tree.
    TreeOrder,
    /// The H1 is an H2.
    FirstHeading,
    /// Some text outside any marked content.
    UntaggedText,
    /// The ParentTree names the Lbl for the LBody's MCID.
    ParentTree,
    /// A BDC opened inside BT and closed after ET.
    CrossesText,
    /// The link annotation without /Contents and the page without /Tabs.
    Annotation,
}

fn hex(s: &str) -> String {
    let codes: String = s.chars().map(|c| format!("{:04X}", c as u32)).collect();
    format!("<{codes}>")
}

fn text(tag: &str, mcid: i64, x: f32, y: f32, s: &str) -> String {
    format!(
        "/{tag} <</MCID {mcid}>> BDC 1 0 0 1 {x} {y} Tm {} Tj EMC\n",
        hex(s)
    )
}

fn content(broken: Break) -> String {
    let mut c = String::from("/Artifact <</Type /Layout>> BDC 0.5 g 72 740 400 1 re f EMC\n");
    c.push_str("BT /F1 12 Tf\n");
    c.push_str(&text("H1", 0, 72.0, 720.0, "A tiny leaflet"));
    c.push_str(&text("P", 1, 72.0, 700.0, "Ask NA at"));
    c.push_str(&text("Link", 2, 140.0, 700.0, "example.org"));
    c.push_str(&text("P", 3, 72.0, 686.0, "or call us."));
    c.push_str(&text("Lbl", 4, 72.0, 660.0, "*"));
    if broken == Break::CrossesText {
        c.push_str(
            "/LBody <</MCID 5>> BDC 1 0 0 1 84 660 Tm <004F006E0065> Tj ET EMC BT /F1 12 Tf\n",
        );
    } else {
        c.push_str(&text("LBody", 5, 84.0, 660.0, "One"));
    }
    if broken == Break::UntaggedText {
        c.push_str(&format!("1 0 0 1 72 620 Tm {} Tj\n", hex("Stray")));
    }
    c.push_str("/Artifact <</Type /Pagination /Subtype /Footer>> BDC ");
    c.push_str(&format!(
        "1 0 0 1 480 40 Tm {} Tj EMC\n",
        hex("Page 1 of 1")
    ));
    c.push_str("ET\n/Figure <</MCID 6>> BDC 0 g 72 600 20 20 re f EMC\n");
    c
}

/// The PDF's bytes.
pub(super) fn tiny_tagged_pdf(broken: Break) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let page_id = doc.new_object_id();
    let root_id = doc.new_object_id();
    let ids: Vec<ObjectId> = (0..9).map(|_| doc.new_object_id()).collect();
    let [document, h1, p, link, l, li, lbl, lbody, figure] = ids[..] else {
        unreachable!()
    };
    let cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
                1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
                1 beginbfrange <0000> <00FF> <0000> endbfrange\n\
                endcmap CMapName currentdict /CMap defineresource pop end end";
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.as_bytes().to_vec()));
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "Stub",
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "DW" => 500,
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Stub",
        "Encoding" => "Identity-H", "DescendantFonts" => vec![cid_font.into()],
        "ToUnicode" => to_unicode,
    });
    let contents = doc.add_object(Stream::new(dictionary! {}, content(broken).into_bytes()));
    let mut annot = dictionary! {
        "Type" => "Annot", "Subtype" => "Link",
        "Rect" => vec![140.into(), 696.into(), 206.into(), 712.into()],
        "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal("https://example.org") },
        "StructParent" => 1,
    };
    if broken != Break::Annotation {
        annot.set("Contents", Object::string_literal("Link to example.org"));
    }
    let annot = doc.add_object(annot);
    let mut page = dictionary! {
        "Type" => "Page", "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "Contents" => contents, "Annots" => vec![annot.into()], "StructParents" => 0,
    };
    if broken != Break::Annotation {
        page.set("Tabs", "S");
    }
    doc.objects.insert(page_id, page.into());
    doc.objects.insert(
        pages_id,
        dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 }.into(),
    );
    let elem = |s: &str, parent: ObjectId, k: Object| {
        Object::from(dictionary! {
            "Type" => "StructElem", "S" => s, "P" => parent, "Pg" => page_id, "K" => k,
        })
    };
    let (first, second) = if broken == Break::TreeOrder {
        (p, h1)
    } else {
        (h1, p)
    };
    let kids = vec![first.into(), second.into(), l.into(), figure.into()];
    doc.objects
        .insert(document, elem("Document", root_id, kids.into()));
    let h = if broken == Break::FirstHeading {
        "H2"
    } else {
        "H1"
    };
    doc.objects.insert(h1, elem(h, document, 0.into()));
    let p_kids = vec![1.into(), link.into(), 3.into()];
    doc.objects.insert(p, elem("P", document, p_kids.into()));
    let objr = dictionary! { "Type" => "OBJR", "Obj" => annot, "Pg" => page_id };
    doc.objects
        .insert(link, elem("Link", p, vec![2.into(), objr.into()].into()));
    let mut list = dictionary! {
        "Type" => "StructElem", "S" => "L", "P" => document, "K" => li,
        "A" => dictionary! { "O" => "List", "ListNumbering" => "Disc" },
    };
    list.set("Pg", page_id);
    doc.objects.insert(l, list.into());
    doc.objects
        .insert(li, elem("LI", l, vec![lbl.into(), lbody.into()].into()));
    doc.objects.insert(lbl, elem("Lbl", li, 4.into()));
    doc.objects.insert(lbody, elem("LBody", li, 5.into()));
    let mut fig = dictionary! {
        "Type" => "StructElem", "S" => "Figure", "P" => document, "Pg" => page_id, "K" => 6,
    };
    fig.set("Alt", Object::string_literal("A black square"));
    doc.objects.insert(figure, fig.into());
    let for_lbody = if broken == Break::ParentTree {
        lbl
    } else {
        lbody
    };
    let by_mcid: Vec<Object> = [h1, p, link, p, lbl, for_lbody, figure]
        .into_iter()
        .map(Object::from)
        .collect();
    let root = dictionary! {
        "Type" => "StructTreeRoot", "K" => document,
        "ParentTree" => dictionary! { "Nums" => vec![0.into(), by_mcid.into(), 1.into(), link.into()] },
        "ParentTreeNextKey" => 2,
    };
    doc.objects.insert(root_id, root.into());
    let xmp = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">A tiny leaflet</rdf:li></rdf:Alt></dc:title><dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language><pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta>"#;
    let metadata = doc.add_object(Stream::new(
        dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
        xmp.as_bytes().to_vec(),
    ));
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id, "StructTreeRoot" => root_id,
        "MarkInfo" => dictionary! { "Marked" => true },
        "Lang" => Object::String(b"en-US".to_vec(), StringFormat::Literal),
        "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
        "Metadata" => metadata,
    });
    let info = doc.add_object(dictionary! { "Title" => Object::string_literal("A tiny leaflet") });
    doc.trailer.set("Root", catalog);
    doc.trailer.set("Info", info);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("lopdf writes the fixture");
    bytes
}

/// The fixture read like a leaflet.
fn fixture(broken: Break) -> Sample {
    let case = Case {
        clinic: false,
        ..Case::new(TSM, "en-US")
    };
    sample_from(&case, tiny_tagged_pdf(broken))
}

type Check = fn(&Sample) -> Vec<String>;

/// The checks that apply to any tagged PDF (not the ones that look for the
/// leaflet's own figures, footer and languages).
fn generic_checks() -> Vec<(&'static str, Check)> {
    fn tree(s: &Sample, f: fn(&Sample, &Tree) -> Vec<String>) -> Vec<String> {
        match &s.tree {
            Ok(t) => f(s, t),
            Err(e) => vec![e.clone()],
        }
    }
    vec![
        ("catalog", catalog_problems),
        ("untagged", untagged_problems),
        ("nesting", nesting_problems),
        ("tree", |s| tree(s, tree_problems)),
        ("mcids", |s| tree(s, mcid_problems)),
        ("annotations", |s| tree(s, annotation_problems)),
        ("order", |s| tree(s, order_problems)),
        ("headings", |s| tree(s, heading_problems)),
        ("lists", |s| tree(s, list_problems)),
    ]
}

fn problems_of(broken: Break) -> BTreeMap<&'static str, Vec<String>> {
    let s = fixture(broken);
    generic_checks()
        .into_iter()
        .map(|(name, check)| (name, check(&s)))
        .filter(|(_, p)| !p.is_empty())
        .collect()
}

#[test]
fn our_checks_pass_a_correct_hand_made_tagged_pdf() {
    let problems = problems_of(Break::Nothing);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn our_checks_catch_each_fault_of_a_hand_made_tagged_pdf() {
    let cases: [(Break, &str, &str); 6] = [
        (
            Break::TreeOrder,
            "order",
            "stretch 1 of text: the page reads page 1 MCID 0 “A tiny leaflet” in Document/H1[1] (after the start), the tree has page 1 MCID 1 “Ask NA at” in Document/P[1]",
        ),
        (Break::FirstHeading, "headings", "the first heading is H2, not H1"),
        (
            Break::UntaggedText,
            "untagged",
            "page 1: 1 of 10 drawing operators sit in no MCID sequence and no /Artifact, first: operator 32 `Tj` “Stray”",
        ),
        (
            Break::ParentTree,
            "mcids",
            "page 1: ParentTree[0][5] is Document/L[1]/LI[1]/Lbl[1]",
        ),
        (
            Break::CrossesText,
            "nesting",
            "ET closes the text object while /LBody <</MCID 5>> (opened inside it) is open",
        ),
        (Break::Annotation, "annotations", "page 1: has annotations (1) but no /Tabs /S"),
    ];
    for (broken, check, expected) in cases {
        let problems = problems_of(broken);
        let found = problems.get(check).cloned().unwrap_or_default();
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "{broken:?}: the {check} check should say “{expected}”; the checks said {problems:#?}"
        );
    }
}

#[test]
fn our_latin_run_check_finds_na_without_its_own_language() {
    let s = fixture(Break::Nothing);
    let t = s.tree.as_ref().expect("the fixture is tagged");
    assert_eq!(
        latin_run_problems(&s, t),
        ["page 1: “NA” (MCID 1 of Document/P[1] (6 0 R)) is not marked /Lang (en): its language is the catalog's"]
    );
}
