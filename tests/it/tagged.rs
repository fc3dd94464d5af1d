//! Tagged PDF, PDF/UA-1 (issue 14). Two kinds of test:
//!
//! - the `page_validation` crate's PDF/UA-1 rules (veraPDF numbering) over
//!   the whole matrix: both built-in topics x every locale x Letter/A4 x
//!   normal/large print x (no clinic | `examples/clinic.yaml` and a patient
//!   name), rendered through the library, in threads;
//! - our own reading of the structure, independent of that crate, over a
//!   representative subset (en-US, ar and zh-Hans with the clinic, both
//!   topics, and one clinician copy): the catalog and XMP, every content
//!   item tagged or an artifact, MCIDs and the ParentTree agreeing, tree
//!   order equal to text order, figures, links, headings, lists, a Latin
//!   run's /Lang, and the footer. Each check is a small function returning
//!   its problems; each test runs one check over every sample, so the test's
//!   name says which rule broke and its message says where (file, page,
//!   MCID, element path such as `Document/Sect[2]/P[1]`).
//!
//! The content streams are read by `support::read_page`, which records the
//! marked-content sequences open around every drawing operator and each
//! glyph's MCID; the tree is read here.

mod fixture;
mod reading;
mod structure;
mod tree;

use crate::support::*;
use handout::leaflet::{make_leaflet, Job, Library};
use handout::model::{Clinic, CopyKind, Paper, PatientName};
use lopdf::{Document, ObjectId};
use page_validation::{validate_pdf_bytes, ValidationOptions, ValidationProfile};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use tree::{read_tree, Kid, Tree};

/// A name printed on the personalised leaflets.
const PATIENT: &str = "Ana Ruiz";
/// The clinic profile of the "with clinic" leaflets.
const CLINIC: &str = "examples/clinic.yaml";

// ---------------------------------------------------------------------------
// Rendering through the library
// ---------------------------------------------------------------------------

/// One leaflet to render.
#[derive(Debug, Clone)]
struct Case {
    topic: &'static str,
    locale: &'static str,
    paper: Paper,
    large: bool,
    /// With `examples/clinic.yaml` and a patient name.
    clinic: bool,
    copy: CopyKind,
}

impl Case {
    fn new(topic: &'static str, locale: &'static str) -> Case {
        Case {
            topic,
            locale,
            paper: Paper::Letter,
            large: false,
            clinic: true,
            copy: CopyKind::Patient,
        }
    }

    /// How a failure names the file: the command line that makes it.
    fn label(&self) -> String {
        let mut s = format!("--topic {} --locale {}", self.topic, self.locale);
        s.push_str(match self.paper {
            Paper::Letter => " --paper letter",
            Paper::A4 => " --paper a4",
        });
        if self.large {
            s.push_str(" --large-print");
        }
        if self.clinic {
            s.push_str(&format!(" --clinic {CLINIC}"));
        }
        match self.copy {
            CopyKind::Clinician => s.push_str(" --copy clinician"),
            _ if self.clinic => s.push_str(&format!(" --patient-name '{PATIENT}'")),
            _ => {}
        }
        s
    }
}

fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| Library::open(None).expect("the built-in content loads"))
}

fn clinic() -> &'static Clinic {
    static CLINIC_PROFILE: OnceLock<Clinic> = OnceLock::new();
    CLINIC_PROFILE.get_or_init(|| {
        library()
            .clinic(&root().join(CLINIC))
            .expect("the example clinic profile loads")
    })
}

/// The PDF of `case`, every concern of the topic.
fn render(case: &Case) -> Vec<u8> {
    let mut job = Job::new(case.topic, case.locale, case.paper);
    job.large_print = case.large;
    job.copy = case.copy;
    if case.clinic {
        job.clinic = Some(clinic().clone());
        if case.copy == CopyKind::Patient {
            job.patient_name = Some(PatientName::new(PATIENT));
        }
    }
    make_leaflet(library(), &job)
        .unwrap_or_else(|e| panic!("{}: the leaflet does not render: {e:?}", case.label()))
        .bytes
}

/// Runs `f` over `items` on a few threads; the results in `items`' order.
fn in_threads<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 4);
    let next = AtomicUsize::new(0);
    let out: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                out.lock().expect("not poisoned")[i] = Some(r);
            });
        }
    });
    out.into_inner()
        .expect("not poisoned")
        .into_iter()
        .map(|r| r.expect("every item done"))
        .collect()
}

// ---------------------------------------------------------------------------
// 1. page_validation's PDF/UA-1 rules over the matrix
// ---------------------------------------------------------------------------

fn matrix() -> Vec<Case> {
    let mut cases = Vec::new();
    for topic in [TSM, FM] {
        for locale in LOCALES {
            for paper in [Paper::Letter, Paper::A4] {
                for large in [false, true] {
                    for clinic in [false, true] {
                        cases.push(Case {
                            paper,
                            large,
                            clinic,
                            ..Case::new(topic, locale)
                        });
                    }
                }
            }
        }
    }
    cases
}

/// The failed rules of one file, as `[rule] message` lines (empty when it
/// passes).
fn pdf_ua_failures(case: &Case) -> Vec<String> {
    let bytes = render(case);
    let options = ValidationOptions::default().profile(ValidationProfile::PdfUa1);
    match validate_pdf_bytes(&bytes, &options) {
        Err(e) => vec![format!(
            "[validator error] the file could not be validated: {e}"
        )],
        Ok(report) => {
            let excepted = |f: &&page_validation::ValidationFailure| {
                case.locale == "zh-Hans" && is_known_cff_width_misreading(&f.rule_id, &f.message)
            };
            let mut v: Vec<String> = report
                .failures
                .iter()
                .filter(|f| !excepted(f))
                .map(|f| format!("[{}] {}", f.rule_id, f.message))
                .collect();
            let only_excepted = report.failures.iter().all(|f| excepted(&f));
            if v.is_empty() && !only_excepted && (!report.is_compliant || report.rules.total == 0) {
                v.push(format!(
                    "[validator] not compliant, yet no failed rule ({} rules run)",
                    report.rules.total
                ));
            }
            v
        }
    }
}

/// The one finding of page_validation 0.12.2 we take for its own error (see
/// README, "Tagged PDF"): rule 7.21.5 on CID 1 of the Noto Sans SC subset,
/// "width 0" in the embedded CFF against 1000 in /W. The CFF charstring of
/// that glyph carries no width, so it takes its font dict's defaultWidthX,
/// which is 1000 (fontTools reads 1000); page reads 0. Only this exact
/// message is excepted, and only for the Chinese leaflets.
fn is_known_cff_width_misreading(rule: &str, message: &str) -> bool {
    rule == "ISO 14289-1:2014:7.21.5:1"
        && message.ends_with(
            "has rendered CID 1 width 0.000 in its embedded CIDFontType0C program but 1000.000 in /W or /DW",
        )
}

#[test]
fn pdf_ua1_rules_pass_for_every_topic_locale_paper_print_size_and_clinic() {
    let cases = matrix();
    assert_eq!(cases.len(), 96);
    let results = in_threads(&cases, pdf_ua_failures);
    let mut rules: BTreeMap<String, usize> = BTreeMap::new();
    let mut report = String::new();
    let mut failed = 0;
    for (case, failures) in cases.iter().zip(&results) {
        if failures.is_empty() {
            continue;
        }
        failed += 1;
        report.push_str(&format!("\n{}:\n", case.label()));
        for f in failures {
            report.push_str(&format!("  {f}\n"));
            let rule = f[1..f.find(']').unwrap_or(1)].to_string();
            *rules.entry(rule).or_default() += 1;
        }
    }
    let summary: Vec<String> = rules
        .iter()
        .map(|(r, n)| format!("{r} (in {n} files)"))
        .collect();
    assert!(
        failed == 0,
        "{failed} of {} PDFs fail page_validation's PDF/UA-1 rules: {}\n{report}",
        cases.len(),
        summary.join(", ")
    );
}

/// The English clinician copies of leaflets in other languages hold each
/// teach-back question in the leaflet's language too, as a paragraph with
/// its own `/Lang` (right to left for Arabic): still every PDF/UA-1 rule.
#[test]
fn clinician_copies_with_questions_in_the_patients_language_pass_pdf_ua1_rules() {
    let cases: Vec<Case> = ["ar", "es", "zh-Hans", "ru", "vi"]
        .into_iter()
        .map(|l| Case {
            copy: CopyKind::Clinician,
            ..Case::new("twelve-step-meetings", l)
        })
        .collect();
    let results = in_threads(&cases, pdf_ua_failures);
    let report: Vec<String> = cases
        .iter()
        .zip(&results)
        .filter(|(_, f)| !f.is_empty())
        .map(|(c, f)| format!("{}:\n  {}", c.label(), f.join("\n  ")))
        .collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

// ---------------------------------------------------------------------------
// The samples our own checks read
// ---------------------------------------------------------------------------

struct Page {
    id: ObjectId,
    content: PageContent,
    /// The glyphs in reading order, line by line (top to bottom), each line
    /// with its baseline.
    lines: Vec<(f32, Vec<Glyph>)>,
}

struct Sample {
    case: Case,
    label: String,
    doc: Document,
    pages: Vec<Page>,
    tree: Result<Tree, String>,
}

impl Sample {
    fn rtl(&self) -> bool {
        self.text_locale() == "ar"
    }

    /// The language the text is in (a clinician copy's is en-US).
    fn text_locale(&self) -> &str {
        match self.case.copy {
            CopyKind::Patient => self.case.locale,
            CopyKind::Clinician => "en-US",
        }
    }

    /// `page 3` (from 1), or the object of something that is not a page.
    fn page_name(&self, id: Option<ObjectId>) -> String {
        match id {
            None => "no page".into(),
            Some(id) => match self.pages.iter().position(|p| p.id == id) {
                Some(i) => format!("page {}", i + 1),
                None => format!("{} {} R (not a page of the document)", id.0, id.1),
            },
        }
    }

    fn page_index(&self, id: Option<ObjectId>) -> Option<usize> {
        self.pages.iter().position(|p| Some(p.id) == id)
    }

    /// The text of MCID `mcid` on page `page` (an index), in reading order.
    fn mcid_text(&self, page: usize, mcid: i64) -> String {
        let mut s = String::new();
        for (_, line) in &self.pages[page].lines {
            for g in line.iter().filter(|g| g.mcid == Some(mcid)) {
                s.push_str(&g.text);
            }
            if !s.is_empty() && !s.ends_with(' ') {
                s.push(' ');
            }
        }
        words(&s)
    }

    /// The text of an element's subtree, for messages.
    fn elem_text(&self, tree: &Tree, i: usize) -> String {
        fn walk(s: &Sample, t: &Tree, i: usize, out: &mut Vec<String>) {
            for k in &t.elems[i].kids {
                match k {
                    Kid::Mcid { page, mcid } => {
                        if let Some(p) = s.page_index(*page) {
                            out.push(s.mcid_text(p, *mcid));
                        }
                    }
                    Kid::Elem(c) => walk(s, t, *c, out),
                    Kid::Objr { .. } => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(self, tree, i, &mut out);
        short(&words(&out.join(" ")))
    }
}

/// A text cut to a length a message can hold.
fn short(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= 60 {
        format!("“{s}”")
    } else {
        format!("“{}…”", chars[..57].iter().collect::<String>())
    }
}

fn read_sample(case: &Case) -> Sample {
    sample_from(case, render(case))
}

/// Reads a PDF made for `case`.
fn sample_from(case: &Case, bytes: Vec<u8>) -> Sample {
    let doc = Document::load_mem(&bytes).expect("lopdf reads the PDF");
    let rtl = case.locale == "ar" && case.copy == CopyKind::Patient;
    let pages = doc
        .get_pages()
        .values()
        .map(|id| {
            let content = read_page(&doc, *id);
            let mut lines = reading_order(&content, rtl);
            // Top to bottom (a stable sort: lines on one baseline keep the
            // stream's order).
            lines.sort_by(|a, b| b.0.total_cmp(&a.0));
            Page {
                id: *id,
                content,
                lines,
            }
        })
        .collect();
    let tree = read_tree(&doc);
    Sample {
        label: case.label(),
        case: case.clone(),
        doc,
        pages,
        tree,
    }
}

/// en-US, ar and zh-Hans with the clinic and a name, both topics; one
/// clinician copy (of the Spanish leaflet, in English).
fn samples() -> &'static [Sample] {
    static SAMPLES: OnceLock<Vec<Sample>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let mut cases = Vec::new();
        for topic in [TSM, FM] {
            for locale in ["en-US", "ar", "zh-Hans"] {
                cases.push(Case::new(topic, locale));
            }
        }
        cases.push(Case {
            copy: CopyKind::Clinician,
            ..Case::new(TSM, "es")
        });
        in_threads(&cases, read_sample)
    })
}

/// At most this many problems are listed per file.
const SHOWN: usize = 30;

/// Runs `check` over every sample and fails with every problem, per file.
#[track_caller]
fn assert_none(what: &str, check: impl Fn(&Sample) -> Vec<String>) {
    let mut report = String::new();
    let mut total = 0;
    for s in samples() {
        let problems = check(s);
        if problems.is_empty() {
            continue;
        }
        total += problems.len();
        report.push_str(&format!("\n{}:\n", s.label));
        for p in problems.iter().take(SHOWN) {
            report.push_str(&format!("  {p}\n"));
        }
        if problems.len() > SHOWN {
            report.push_str(&format!("  … and {} more\n", problems.len() - SHOWN));
        }
    }
    assert!(total == 0, "{what}: {total} problems{report}");
}

/// [`assert_none`] for a check that reads the structure tree: an untagged
/// file is one problem, said plainly.
#[track_caller]
fn assert_tree(what: &str, check: impl Fn(&Sample, &Tree) -> Vec<String>) {
    assert_none(what, |s| match &s.tree {
        Ok(t) => check(s, t),
        Err(e) => vec![e.clone()],
    })
}
