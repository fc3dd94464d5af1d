//! Checks of what a screen reader gets from the tree: tree order against
//! text order, figures and the QR code's link, headings, lists, the /Lang
//! of Latin runs, the footer. Each returns its problems, one line each.

use super::structure::annot_uri;
use super::tree::*;
use super::*;
use lopdf::{Dictionary, Object};

// ---------------------------------------------------------------------------
// Tree order equals text order
// ---------------------------------------------------------------------------

/// A stretch of glyphs of one MCID in reading order.
#[derive(Debug, Clone, PartialEq)]
struct Stretch {
    page: usize,
    mcid: i64,
}

/// The real (non-artifact) glyphs of the document in reading order, as
/// (page, line, glyph).
fn real_glyphs(s: &Sample) -> Vec<(usize, usize, &Glyph)> {
    let mut out = Vec::new();
    for (p, page) in s.pages.iter().enumerate() {
        for (l, (_, line)) in page.lines.iter().enumerate() {
            for g in line {
                if g.artifact.is_none() && g.mcid.is_some() {
                    out.push((p, l, g));
                }
            }
        }
    }
    out
}

/// Text of glyphs, a space where the line or the MCID changes.
fn spaced(glyphs: &[(usize, usize, &Glyph)]) -> String {
    let mut s = String::new();
    let mut last = None;
    for (p, l, g) in glyphs {
        let key = (*p, *l, g.mcid);
        if last.is_some_and(|k| k != key) {
            s.push(' ');
        }
        last = Some(key);
        s.push_str(&g.text);
    }
    words(&s)
}

/// Tree order against text order.
///
/// Left to right: the MCIDs in the order the page reads them (lines top to
/// bottom, each line left to right) must be the tree's depth-first order,
/// and so the text read by the tree must be the page's text (white space
/// normalised, artifacts left out).
///
/// Right to left, reading order within a line depends on the bidi
/// algorithm, and the writer draws embedded left-to-right text (a name and
/// a phone number, Fluent's isolated placeables) in an order our
/// reconstruction in `page_text` does not always undo. So for Arabic we
/// check the order at the granularity of lines: walking the tree, the first
/// line (page, then line top to bottom) of each MCID's letters and digits
/// never goes back. That catches blocks, paragraphs and footers out of order,
/// not two runs of one line swapped.
pub(super) fn order_problems(s: &Sample, t: &Tree) -> Vec<String> {
    let glyphs = real_glyphs(s);
    let mut read: Vec<Stretch> = Vec::new();
    // Each MCID's first (page, line).
    let mut first_line: BTreeMap<(usize, i64), (usize, usize)> = BTreeMap::new();
    for (p, l, g) in &glyphs {
        let counts = if s.rtl() {
            g.text.chars().any(char::is_alphanumeric)
        } else {
            !g.text.trim().is_empty()
        };
        let st = Stretch {
            page: *p,
            mcid: g.mcid.expect("real glyphs have an MCID"),
        };
        if counts {
            first_line.entry((*p, st.mcid)).or_insert((*p, *l));
            if read.last() != Some(&st) {
                read.push(st);
            }
        }
    }
    let tree: Vec<(Stretch, usize)> = t
        .mcids_in_order()
        .into_iter()
        .filter_map(|(pg, mcid, e)| {
            let page = s.page_index(pg)?;
            first_line
                .contains_key(&(page, mcid))
                .then_some((Stretch { page, mcid }, e))
        })
        .collect();
    let owner: BTreeMap<(usize, i64), usize> = tree
        .iter()
        .map(|(st, e)| ((st.page, st.mcid), *e))
        .collect();
    let describe = |st: Option<&Stretch>, none: &str| match st {
        None => none.to_string(),
        Some(st) => format!(
            "page {} MCID {} {} in {}",
            st.page + 1,
            st.mcid,
            short(&s.mcid_text(st.page, st.mcid)),
            owner
                .get(&(st.page, st.mcid))
                .map_or("no element".into(), |e| t.elems[*e].path.clone())
        ),
    };
    let tree_order: Vec<Stretch> = tree.iter().map(|(st, _)| st.clone()).collect();
    if s.rtl() {
        let lines: Vec<(usize, usize)> = tree_order
            .iter()
            .map(|st| first_line[&(st.page, st.mcid)])
            .collect();
        return match lines.windows(2).position(|w| w[1] < w[0]) {
            None => vec![],
            Some(i) => vec![format!(
                "the tree reads {} (from line {}) after {} (from line {}): its text is higher up",
                describe(tree_order.get(i + 1), ""),
                lines[i + 1].1 + 1,
                describe(tree_order.get(i), ""),
                lines[i].1 + 1,
            )],
        };
    }
    let mut v = Vec::new();
    if let Some(i) =
        (0..read.len().max(tree_order.len())).find(|i| read.get(*i) != tree_order.get(*i))
    {
        v.push(format!(
            "stretch {} of text: the page reads {} (after {}), the tree has {}",
            i + 1,
            describe(read.get(i), "the end"),
            describe(i.checked_sub(1).and_then(|j| read.get(j)), "the start"),
            describe(tree_order.get(i), "the end")
        ));
    }
    // The text by the tree: each MCID's glyphs, in tree order.
    let mut by_tree: Vec<(usize, usize, &Glyph)> = Vec::new();
    for st in &tree_order {
        by_tree.extend(
            glyphs
                .iter()
                .filter(|(p, _, g)| *p == st.page && g.mcid == Some(st.mcid))
                .copied(),
        );
    }
    let (a, b) = (spaced(&glyphs), spaced(&by_tree));
    if a != b {
        let (aw, bw): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
        let at = (0..aw.len().max(bw.len()))
            .find(|i| aw.get(*i) != bw.get(*i))
            .unwrap_or(0);
        let around =
            |w: &[&str]| w[at.saturating_sub(6).min(w.len())..(at + 6).min(w.len())].join(" ");
        v.push(format!(
            "the text by the tree differs from the page's from word {}: page “…{}…”, tree “…{}…”",
            at + 1,
            around(&aw),
            around(&bw)
        ));
    }
    v
}

#[test]
fn the_tree_reads_in_the_order_of_the_text() {
    assert_tree("tree order against text order", order_problems);
}

// ---------------------------------------------------------------------------
// Figures and links
// ---------------------------------------------------------------------------

/// The elements whose MCIDs mark what operator `d` of page `p` draws.
fn owner_of(s: &Sample, t: &Tree, p: usize, mcid: i64) -> Option<usize> {
    t.mcids_in_order()
        .into_iter()
        .find(|(pg, m, _)| *m == mcid && s.page_index(*pg) == Some(p))
        .map(|(_, _, e)| e)
}

pub(super) fn figure_problems(s: &Sample, t: &Tree) -> Vec<String> {
    let mut v = Vec::new();
    let figures: Vec<usize> = t
        .preorder()
        .into_iter()
        .filter(|i| t.elems[*i].role == "Figure")
        .collect();
    for &f in &figures {
        let el = &t.elems[f];
        if el.text(b"Alt").is_none_or(|a| a.trim().is_empty()) {
            v.push(format!("{}: a Figure without /Alt text", el.who()));
        }
        // It marks something drawn: a picture or paths (the QR code).
        let drawn = el.kids.iter().any(|k| match k {
            Kid::Mcid { page, mcid } => s.page_index(*page).is_some_and(|p| {
                s.pages[p].content.drawn.iter().any(|d| {
                    d.mcid() == Some(*mcid)
                        && matches!(d.kind, DrawnKind::Picture | DrawnKind::Path)
                })
            }),
            _ => false,
        });
        if !drawn {
            v.push(format!(
                "{}: a Figure that marks no picture or path",
                el.who()
            ));
        }
    }
    // Every picture is a figure's, or an artifact.
    for (p, page) in s.pages.iter().enumerate() {
        for d in page
            .content
            .drawn
            .iter()
            .filter(|d| d.kind == DrawnKind::Picture)
        {
            if d.artifact().is_some() {
                continue;
            }
            let owner = d.mcid().and_then(|m| owner_of(s, t, p, m));
            let in_figure = owner.is_some_and(|e| t.ancestry(e).iter().any(|a| a.role == "Figure"));
            if !in_figure {
                v.push(format!(
                    "page {}: the picture drawn by operator {} ({}) is in {}, not a Figure",
                    p + 1,
                    d.index,
                    d.context(),
                    owner.map_or("no element".into(), |e| t.elems[e].who())
                ));
            }
        }
    }
    let clinic = clinic();
    let alt_with = |needle: &str| {
        figures
            .iter()
            .copied()
            .filter(|f| t.elems[*f].text(b"Alt").is_some_and(|a| a.contains(needle)))
            .collect::<Vec<_>>()
    };
    let name = clinic
        .name
        .as_deref()
        .expect("the example clinic has a name");
    if alt_with(name).is_empty() {
        v.push(format!(
            "no Figure's /Alt names the clinic {name:?} (the logo)"
        ));
    }
    if s.case.copy == CopyKind::Patient {
        let url = clinic
            .meeting_finder_url
            .as_deref()
            .expect("a meeting finder URL");
        match alt_with(url).as_slice() {
            [qr] => v.extend(qr_link_problems(s, t, *qr, url)),
            other => v.push(format!(
                "{} Figures' /Alt holds the meeting finder {url:?}; the QR code should be one",
                other.len()
            )),
        }
    }
    v
}

/// The QR code's figure is inside a Link holding an OBJR of an annotation
/// that has /Contents and leads to `url`.
pub(super) fn qr_link_problems(s: &Sample, t: &Tree, qr: usize, url: &str) -> Vec<String> {
    let chain = t.ancestry(qr);
    let Some(link) = chain.iter().find(|e| e.role == "Link") else {
        return vec![format!(
            "{}: the QR code's Figure is in no Link",
            t.elems[qr].who()
        )];
    };
    let objrs: Vec<ObjectId> = link
        .kids
        .iter()
        .filter_map(|k| match k {
            Kid::Objr { obj, .. } => *obj,
            _ => None,
        })
        .collect();
    let good = objrs.iter().any(|o| {
        s.doc.get_dictionary(*o).is_ok_and(|a| {
            let contents = a
                .get(b"Contents")
                .ok()
                .and_then(|c| lopdf::decode_text_string(c).ok())
                .unwrap_or_default();
            !contents.trim().is_empty() && annot_uri(&s.doc, a).as_deref() == Some(url)
        })
    });
    if good {
        vec![]
    } else {
        vec![format!(
            "{}: the QR code's Link holds {} OBJRs, none of an annotation to {url} with /Contents",
            link.who(),
            objrs.len()
        )]
    }
}

#[test]
fn figures_have_alt_text_and_the_qr_code_is_a_link() {
    assert_tree("figures", figure_problems);
}

// ---------------------------------------------------------------------------
// Headings and lists
// ---------------------------------------------------------------------------

pub(super) fn heading_problems(s: &Sample, t: &Tree) -> Vec<String> {
    let mut v = Vec::new();
    let headings: Vec<(usize, u8)> = t
        .preorder()
        .into_iter()
        .filter_map(|i| {
            let r = &t.elems[i].role;
            let level = r.strip_prefix('H')?.parse::<u8>().ok()?;
            Some((i, level))
        })
        .collect();
    let say = |i: usize| format!("{} {}", t.elems[i].who(), s.elem_text(t, i));
    match headings.first() {
        None => v.push("no headings".into()),
        Some((i, l)) if *l != 1 => {
            v.push(format!("the first heading is H{l}, not H1: {}", say(*i)))
        }
        _ => {}
    }
    for w in headings.windows(2) {
        let ((_, a), (j, b)) = (w[0], w[1]);
        if b > a + 1 {
            v.push(format!("H{a} then H{b}, skipping a level: {}", say(j)));
        }
    }
    let h1: Vec<usize> = headings
        .iter()
        .filter(|(_, l)| *l == 1)
        .map(|(i, _)| *i)
        .collect();
    if s.case.copy == CopyKind::Patient && h1.len() != 1 {
        v.push(format!(
            "{} H1 headings in a patient leaflet, not one: {}",
            h1.len(),
            h1.iter().map(|i| say(*i)).collect::<Vec<_>>().join("; ")
        ));
    }
    v
}

#[test]
fn headings_start_at_one_h1_and_skip_no_level() {
    assert_tree("headings", heading_problems);
}

/// The list attributes of an L: its /A dictionaries with /O /List.
fn list_numbering(doc: &Document, el: &Elem) -> Option<String> {
    let a = el.dict.get(b"A").ok().map(|a| deref(doc, a))?;
    let dicts: Vec<&Dictionary> = match a {
        Object::Array(items) => items
            .iter()
            .filter_map(|i| deref(doc, i).as_dict().ok())
            .collect(),
        Object::Dictionary(d) => vec![d],
        _ => vec![],
    };
    dicts
        .into_iter()
        .find(|d| opt_name(doc, d, b"O").as_deref() == Some("List"))
        .and_then(|d| opt_name(doc, d, b"ListNumbering"))
}

pub(super) fn list_problems(s: &Sample, t: &Tree) -> Vec<String> {
    let mut v = Vec::new();
    let mut lists = 0;
    for i in t.preorder() {
        let el = &t.elems[i];
        let parent_role = el.parent.map(|p| t.elems[p].role.as_str());
        match el.role.as_str() {
            "L" => {
                lists += 1;
                match list_numbering(&s.doc, el).as_deref() {
                    Some("Disc" | "Decimal") => {}
                    other => v.push(format!(
                        "{}: /A <</O /List /ListNumbering …>> is {other:?}, not /Disc or /Decimal",
                        el.who()
                    )),
                }
                let kids: Vec<&str> = t.children(i).iter().map(|k| k.role.as_str()).collect();
                if kids.is_empty() || kids.iter().any(|k| *k != "LI" && *k != "Caption") {
                    v.push(format!(
                        "{}: an L's children should be LI; they are {kids:?}",
                        el.who()
                    ));
                }
                if el.kids.iter().any(|k| matches!(k, Kid::Mcid { .. })) {
                    v.push(format!("{}: an L holds content directly", el.who()));
                }
            }
            "LI" => {
                if parent_role != Some("L") {
                    v.push(format!(
                        "{}: an LI whose parent is {parent_role:?}, not L",
                        el.who()
                    ));
                }
                let kids: Vec<&str> = t.children(i).iter().map(|k| k.role.as_str()).collect();
                if !matches!(kids.as_slice(), ["LBody"] | ["Lbl", "LBody"]) {
                    v.push(format!(
                        "{} {}: an LI should hold Lbl then LBody; it holds {kids:?}",
                        el.who(),
                        s.elem_text(t, i)
                    ));
                }
                if el.kids.iter().any(|k| matches!(k, Kid::Mcid { .. })) {
                    v.push(format!(
                        "{}: an LI holds content outside its Lbl and LBody",
                        el.who()
                    ));
                }
            }
            "Lbl" | "LBody" if parent_role != Some("LI") => v.push(format!(
                "{}: a {} whose parent is {parent_role:?}, not LI",
                el.who(),
                el.role
            )),
            _ => {}
        }
    }
    if lists == 0 {
        v.push("no L element, but every leaflet has lists (the key points)".into());
    }
    v
}

#[test]
fn lists_are_l_li_lbl_lbody() {
    assert_tree("lists", list_problems);
}

// ---------------------------------------------------------------------------
// Languages, the footer
// ---------------------------------------------------------------------------

/// The language of element `e`: its /Lang or its nearest ancestor's.
fn elem_lang(t: &Tree, e: usize) -> Option<(String, String)> {
    t.ancestry(e)
        .into_iter()
        .find_map(|a| a.text(b"Lang").map(|l| (l, a.path.clone())))
}

pub(super) fn latin_run_problems(s: &Sample, t: &Tree) -> Vec<String> {
    let mut v = Vec::new();
    let mut found = 0;
    for (p, page) in s.pages.iter().enumerate() {
        for (_, line) in &page.lines {
            // Maximal runs of Latin letters.
            let mut runs: Vec<Vec<&Glyph>> = Vec::new();
            let mut cur: Vec<&Glyph> = Vec::new();
            for g in line {
                if !g.text.is_empty() && g.text.chars().all(|c| c.is_ascii_alphabetic()) {
                    cur.push(g);
                } else if !cur.is_empty() {
                    runs.push(std::mem::take(&mut cur));
                }
            }
            runs.push(cur);
            for run in runs {
                let text: String = run.iter().map(|g| g.text.as_str()).collect();
                if text != "NA" && text != "AA" || run.iter().any(|g| g.artifact.is_some()) {
                    continue;
                }
                found += 1;
                let mcid = run[0].mcid;
                let elem = mcid.and_then(|m| owner_of(s, t, p, m));
                let lang = run[0]
                    .lang
                    .clone()
                    .map(|l| (l, "its marked-content sequence".to_string()))
                    .or_else(|| elem.and_then(|e| elem_lang(t, e)));
                if !lang
                    .as_ref()
                    .is_some_and(|(l, _)| l == "en" || l.starts_with("en-"))
                {
                    v.push(format!(
                        "page {}: “{text}” (MCID {} of {}) is not marked /Lang (en): its language is {}",
                        p + 1,
                        mcid.map_or("none".into(), |m| m.to_string()),
                        elem.map_or("no element".into(), |e| t.elems[e].who()),
                        lang.map_or("the catalog's".into(), |(l, w)| format!("{l:?}, from {w}"))
                    ));
                }
            }
        }
    }
    if found == 0 {
        v.push("no “NA” or “AA” found in the text to check".into());
    }
    v
}

#[test]
fn latin_runs_in_arabic_and_chinese_carry_their_own_language() {
    assert_none("Latin runs in Arabic and Chinese", |s| {
        match (&s.tree, s.text_locale()) {
            (_, "en-US") => vec![],
            (Ok(t), _) => latin_run_problems(s, t),
            (Err(e), _) => vec![e.clone()],
        }
    });
}

/// The glyph indexes of `needle` in `line`, compared without white space.
fn find_in_line(line: &[Glyph], needle: &str) -> Option<Vec<usize>> {
    let mut chars: Vec<(char, usize)> = Vec::new();
    for (i, g) in line.iter().enumerate() {
        chars.extend(squash(&g.text).chars().map(|c| (c, i)));
    }
    let needle: Vec<char> = squash(needle).chars().collect();
    let at = chars
        .windows(needle.len())
        .position(|w| w.iter().map(|(c, _)| *c).eq(needle.iter().copied()))?;
    let mut idx: Vec<usize> = chars[at..at + needle.len()]
        .iter()
        .map(|(_, i)| *i)
        .collect();
    idx.dedup();
    Some(idx)
}

pub(super) fn footer_problems(s: &Sample, t: &Tree) -> Vec<String> {
    let mut v = Vec::new();
    let messages = ftl(&format!("locales/{}/leaflet.ftl", s.text_locale()));
    let n = s.pages.len();
    for (p, page) in s.pages.iter().enumerate() {
        let number = msg(&messages, "leaflet-footer-page")
            .replace("{ $page }", &(p + 1).to_string())
            .replace("{ $pages }", &n.to_string());
        let Some((y, (l, idx))) = page
            .lines
            .iter()
            .enumerate()
            .find_map(|(l, (y, line))| find_in_line(line, &number).map(|i| (*y, (l, i))))
        else {
            v.push(format!(
                "page {}: the footer's “{number}” is not found on the page",
                p + 1
            ));
            continue;
        };
        let line = &page.lines[l].1;
        if idx.iter().any(|i| line[*i].artifact.is_none()) {
            v.push(format!(
                "page {}: “{number}” is not (all) an artifact",
                p + 1
            ));
        }
        // The rest of the footer: what is on that baseline and below.
        let idx = &idx;
        let rest: Vec<&Glyph> = page
            .lines
            .iter()
            .enumerate()
            .filter(|(_, (ly, _))| *ly <= y + 0.01)
            .flat_map(|(k, (_, g))| {
                g.iter()
                    .enumerate()
                    .filter(move |(i, _)| k != l || !idx.contains(i))
                    .map(|(_, g)| g)
            })
            .filter(|g| !g.text.trim().is_empty())
            .collect();
        let text = short(&words(
            &rest.iter().map(|g| g.text.as_str()).collect::<String>(),
        ));
        if rest.is_empty() {
            v.push(format!("page {}: no footer text besides “{number}”", p + 1));
        } else if p + 1 < n {
            if rest.iter().any(|g| g.artifact.is_none()) {
                v.push(format!(
                    "page {} of {n}: the footer {text} is real content; it is an artifact on every page but the last",
                    p + 1
                ));
            }
        } else {
            if rest
                .iter()
                .any(|g| g.artifact.is_some() || g.mcid.is_none())
            {
                v.push(format!(
                    "the last page: the footer {text} should be real content (it is read once, here)"
                ));
            }
            for m in rest.iter().filter_map(|g| g.mcid).collect::<BTreeSet<_>>() {
                let owner = owner_of(s, t, p, m);
                if !owner.is_some_and(|e| t.ancestry(e).iter().any(|a| a.role == "P")) {
                    v.push(format!(
                        "the last page: the footer's MCID {m} is in {}, not in a P",
                        owner.map_or("no element".into(), |e| t.elems[e].who())
                    ));
                }
            }
        }
    }
    v
}

#[test]
fn the_page_number_is_an_artifact_and_the_footer_is_read_once_at_the_end() {
    assert_tree("the footer", footer_problems);
}
