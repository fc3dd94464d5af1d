//! Stage 6 (twin), html: the accessible HTML twin of a leaflet. In: the
//! document tree the PDF is typeset from. Out: one self-contained HTML page
//! with the same words: `lang` and `dir` on `<html>`, one `h1`, headings in
//! order, real lists, the worry/answer boxes as sections, links with their
//! text, pictures inlined as data (the QR code as SVG), print CSS, no script,
//! nothing loaded from outside.
//!
//! Fonts: the reader's own. A font-family stack per script names the fonts
//! patients' devices have (Noto first, then each platform's own), so the page
//! stays small, follows the reader's font and size settings, and a screen
//! reader or translation tool sees plain text.

use crate::doc::{Block, BlockKind, Document, Inline, Picture, TextStyle, Tone};
use crate::render::escape;
use std::fmt::Write;

/// What the page carries besides the document.
#[derive(Debug, Clone)]
pub struct HtmlMeta {
    /// The document id (the same digest the PDF carries), as a `<meta>`, so
    /// a batch can tell that a page is up to date.
    pub id: [u8; 16],
    /// Large print: 18 pt body text on paper.
    pub large_print: bool,
}

/// The page, as UTF-8 text.
pub fn write(doc: &Document, meta: &HtmlMeta) -> String {
    let mut w = Writer {
        doc,
        out: String::with_capacity(16 * 1024),
        latin_foreign: crate::doc::latin_is_foreign(&doc.lang),
    };
    let dir = if doc.rtl { "rtl" } else { "ltr" };
    let id: String = meta.id.iter().map(|b| format!("{b:02x}")).collect();
    let _ = write!(
        w.out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"handout\">\n<meta name=\"handout-id\" content=\"{id}\">\n\
         <title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n",
        escape(&doc.lang),
        escape(&plain(&doc.title)),
        css(&doc.lang, meta.large_print)
    );
    w.blocks(&doc.body);
    w.out.push_str("</main>\n");
    let footer: Vec<&Block> = doc.footer.iter().filter(|b| !is_rule(b)).collect();
    if !footer.is_empty() {
        w.out.push_str("<footer>\n");
        for b in footer {
            w.block(b);
        }
        w.out.push_str("</footer>\n");
    }
    w.out.push_str("</body>\n</html>\n");
    w.out
}

/// Reads back the document id a page carries.
pub fn read_id(page: &[u8]) -> Option<[u8; 16]> {
    let head = &page[..page.len().min(4096)];
    let text = std::str::from_utf8(head).ok()?;
    let at = text.find("<meta name=\"handout-id\" content=\"")?;
    let hex = text.get(at + 33..at + 65)?;
    let mut id = [0u8; 16];
    for (i, b) in id.iter_mut().enumerate() {
        *b = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(id)
}

struct Writer<'a> {
    doc: &'a Document,
    out: String,
    /// Latin words are in another language than the text around them
    /// (NA inside Arabic): the document's, or a foreign paragraph's.
    latin_foreign: bool,
}

impl Writer<'_> {
    fn blocks(&mut self, blocks: &[Block]) {
        for b in blocks {
            self.block(b);
        }
    }

    fn block(&mut self, b: &Block) {
        let class = b
            .class
            .as_deref()
            .map(|c| format!(" class=\"{}\"", escape(c)))
            .unwrap_or_default();
        match &b.kind {
            BlockKind::Heading { level, inlines } => {
                let level = (*level).clamp(1, 3);
                let _ = write!(self.out, "<h{level}{class}>");
                self.inlines(inlines);
                let _ = writeln!(self.out, "</h{level}>");
            }
            BlockKind::Paragraph(inlines) => {
                // A paragraph in another language than the page's.
                let foreign = b.lang.as_ref();
                let lang = foreign
                    .map(|l| {
                        let dir = if l.rtl { "rtl" } else { "ltr" };
                        format!(" lang=\"{}\" dir=\"{dir}\"", escape(&l.tag))
                    })
                    .unwrap_or_default();
                let latin = foreign.map(|l| {
                    std::mem::replace(
                        &mut self.latin_foreign,
                        crate::doc::latin_is_foreign(&l.tag),
                    )
                });
                let _ = write!(self.out, "<p{class}{lang}>");
                self.inlines(inlines);
                self.out.push_str("</p>\n");
                if let Some(latin) = latin {
                    self.latin_foreign = latin;
                }
            }
            BlockKind::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = writeln!(self.out, "<{tag}{class}>");
                for item in items {
                    self.out.push_str("<li>");
                    match item.as_slice() {
                        // One paragraph: its words, without a <p> around them.
                        [Block {
                            kind: BlockKind::Paragraph(inlines),
                            class: None,
                            ..
                        }] => self.inlines(inlines),
                        blocks => {
                            self.out.push('\n');
                            self.blocks(blocks);
                        }
                    }
                    self.out.push_str("</li>\n");
                }
                let _ = writeln!(self.out, "</{tag}>");
            }
            BlockKind::Callout(inner) => {
                self.out.push_str("<section class=\"box\">\n");
                self.blocks(inner);
                self.out.push_str("</section>\n");
            }
            BlockKind::Keep(inner) => {
                self.out.push_str("<div class=\"keep\">\n");
                self.blocks(inner);
                self.out.push_str("</div>\n");
            }
            BlockKind::Field(label) => {
                // A line to write on by hand, as on paper.
                self.out.push_str("<p class=\"field\"><span>");
                self.inlines(label);
                self.out
                    .push_str("</span> <span class=\"blank\" aria-hidden=\"true\"></span></p>\n");
            }
            BlockKind::Rule => self.out.push_str("<hr>\n"),
            BlockKind::PageBreak => {
                self.out
                    .push_str("<div class=\"page-break\" aria-hidden=\"true\"></div>\n");
            }
            BlockKind::Image {
                src,
                width_mm,
                height_mm,
                alt,
            } => {
                if let Some(p) = self.doc.pictures.get(src) {
                    let size = match (width_mm, height_mm) {
                        (Some(w), _) => format!(" style=\"width:{w}mm\""),
                        (None, Some(h)) => format!(" style=\"height:{h}mm\""),
                        (None, None) => String::new(),
                    };
                    // `alt=""` in the markup: decorative, skipped by a
                    // screen reader.
                    let _ = writeln!(
                        self.out,
                        "<img class=\"logo\" src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\"{size}>",
                        data_uri(p),
                        escape(&plain(alt)),
                        p.width_px,
                        p.height_px
                    );
                }
            }
            BlockKind::Qr { data, size_mm, alt } => self.qr(data, *size_mm, alt),
            BlockKind::Row { start, end } => {
                self.out.push_str("<p class=\"row\"><span>");
                self.inlines(start);
                self.out.push_str("</span>");
                // "Page 2 of 3" means nothing on a screen.
                if !end.is_empty() && !end.iter().any(is_page_counter) {
                    self.out.push_str(" <span class=\"end\">");
                    self.inlines(end);
                    self.out.push_str("</span>");
                }
                self.out.push_str("</p>\n");
            }
        }
    }

    fn qr(&mut self, data: &str, size_mm: f32, alt: &str) {
        let data = plain(data);
        let Ok(code) =
            qrcode::QrCode::with_error_correction_level(data.as_bytes(), qrcode::EcLevel::M)
        else {
            return;
        };
        let svg = code
            .render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .build();
        // The SVG's own header and size give way to ours.
        let body = svg
            .find("<svg")
            .and_then(|i| svg[i..].find('>').map(|j| &svg[i + j + 1..]))
            .and_then(|rest| rest.strip_suffix("</svg>"))
            .unwrap_or("");
        let view = svg
            .find("viewBox=\"")
            .and_then(|i| svg[i + 9..].find('"').map(|j| &svg[i + 9..i + 9 + j]))
            .unwrap_or("0 0 100 100");
        let label = plain(alt);
        let image = format!(
            "<svg class=\"qr\" role=\"img\" aria-label=\"{}\" viewBox=\"{view}\" style=\"width:{size_mm}mm;height:{size_mm}mm\" xmlns=\"http://www.w3.org/2000/svg\">{body}</svg>",
            escape(&label)
        );
        if is_web_address(&data) {
            let _ = writeln!(
                self.out,
                "<p class=\"qr\"><a href=\"{}\">{image}</a></p>",
                escape(&data)
            );
        } else {
            let _ = writeln!(self.out, "<p class=\"qr\">{image}</p>");
        }
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        let mut open_link: Option<u16> = None;
        for i in inlines {
            let link = match i {
                Inline::Text { style, .. } => style.link,
                _ => None,
            };
            if open_link != link {
                if open_link.is_some() {
                    self.out.push_str("</a>");
                }
                if let Some(l) = link.and_then(|l| self.doc.links.get(usize::from(l))) {
                    let href = plain(l);
                    if is_web_address(&href) {
                        let _ = write!(self.out, "<a href=\"{}\">", escape(&href));
                        open_link = link;
                    } else {
                        open_link = None;
                    }
                } else {
                    open_link = None;
                }
            }
            match i {
                Inline::Text { text: t, style } => self.styled(t, style),
                Inline::LineBreak => self.out.push_str("<br>"),
                Inline::PageNumber(_) | Inline::PageCount(_) => {}
            }
        }
        if open_link.is_some() {
            self.out.push_str("</a>");
        }
    }

    fn styled(&mut self, t: &str, style: &TextStyle) {
        let class = match style.tone {
            Tone::Normal => "",
            Tone::Accent => " class=\"accent\"",
            Tone::Warm => " class=\"warm\"",
            Tone::Muted => " class=\"muted\"",
        };
        let (open, close) = match (style.bold, style.italic) {
            (true, true) => (format!("<strong{class}><em>"), "</em></strong>"),
            (true, false) => (format!("<strong{class}>"), "</strong>"),
            (false, true) => (format!("<em{class}>"), "</em>"),
            (false, false) if !class.is_empty() => (format!("<span{class}>"), "</span>"),
            (false, false) => (String::new(), ""),
        };
        self.out.push_str(&open);
        if self.latin_foreign {
            self.out.push_str(&marked_latin(t));
        } else {
            self.out.push_str(&escape(t));
        }
        self.out.push_str(close);
    }
}

/// `s` escaped, each run of Latin letters (with the digits and `./:_-` of a
/// web address) of two letters or more marked `<span lang="en">`, so a
/// screen reader reads "NA" with an English voice inside Arabic.
fn marked_latin(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_alphabetic() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_alphanumeric() || "./:_-@".contains(chars[j]))
            {
                j += 1;
            }
            // Trailing punctuation belongs to the sentence.
            while j > i && ".:-".contains(chars[j - 1]) {
                j -= 1;
            }
            let run: String = chars[i..j].iter().collect();
            if run.chars().filter(char::is_ascii_alphabetic).count() >= 2 {
                out.push_str("<span lang=\"en\" dir=\"ltr\">");
                out.push_str(&escape(&run));
                out.push_str("</span>");
            } else {
                out.push_str(&escape(&run));
            }
            i = j;
        } else {
            out.push_str(&escape(&chars[i].to_string()));
            i += 1;
        }
    }
    out
}

fn is_rule(b: &Block) -> bool {
    matches!(b.kind, BlockKind::Rule)
}

fn is_page_counter(i: &Inline) -> bool {
    matches!(i, Inline::PageNumber(_) | Inline::PageCount(_))
}

/// A link the page may follow: the web, mail and phone.
fn is_web_address(s: &str) -> bool {
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| s.starts_with(p))
}

/// `s` without the bidi isolation marks Fluent puts around values, for an
/// attribute or a link (in text they stay: the browser's bidi uses them).
fn plain(s: &str) -> String {
    crate::doc::without_bidi_controls(s)
}

/// A picture as a `data:` URI.
fn data_uri(p: &Picture) -> String {
    use base64::Engine;
    let mime = if p.data.starts_with(&[0x89, b'P', b'N', b'G']) {
        "image/png"
    } else {
        "image/jpeg"
    };
    format!(
        "data:{mime};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&p.data[..])
    )
}

/// The page's style: the reader's fonts by script, print rules as on the
/// PDF (body 12 pt, 18 pt in large print, 15 mm margins, boxes never split).
fn css(lang: &str, large_print: bool) -> String {
    let primary = lang.split('-').next().unwrap_or("");
    let fonts = match primary {
        "ar" | "fa" | "ur" => {
            "\"Noto Sans Arabic\", \"Noto Naskh Arabic\", \"Segoe UI\", Tahoma, \"Geeza Pro\", sans-serif"
        }
        "zh" => {
            "\"Noto Sans SC\", \"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", \"Source Han Sans SC\", sans-serif"
        }
        _ => "\"Noto Sans\", \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif",
    };
    let (screen, print) = if large_print {
        ("1.6rem", "18pt")
    } else {
        ("1.125rem", "12pt")
    };
    format!(
        "html {{ font-family: {fonts}; font-size: {screen}; line-height: 1.5; color: #1a1a1a; background: #fff; }}\n\
body {{ max-width: 40em; margin: 0 auto; padding: 1em; }}\n\
h1, h2, h3 {{ color: #174a7c; line-height: 1.25; }}\n\
h1 {{ font-size: 1.6em; }} h2 {{ font-size: 1.25em; margin-top: 1.4em; }} h3 {{ font-size: 1.1em; }}\n\
.subtitle {{ font-size: 1.15em; color: #4a4a4a; }}\n\
.draft, .warm, .worry {{ color: #8a3b00; }}\n\
.accent, .answer {{ color: #174a7c; }}\n\
.muted {{ color: #4a4a4a; }}\n\
a {{ color: #174a7c; text-decoration: underline; }}\n\
a:focus {{ outline: 3px solid #174a7c; outline-offset: 2px; }}\n\
.box {{ border: 1px solid #9bb3cc; border-radius: 6px; background: #f3f7fb; padding: 0.2em 1em; margin: 1em 0; break-inside: avoid; }}\n\
.keep {{ break-inside: avoid; }}\n\
.field {{ display: flex; gap: 0.5em; align-items: flex-end; }}\n\
.field .blank {{ flex: 1; border-bottom: 1px solid #1a1a1a; min-height: 1.5em; }}\n\
.logo {{ max-width: 100%; height: auto; }}\n\
.qr svg {{ display: block; }}\n\
footer {{ border-top: 1px solid #9bb3cc; margin-top: 2em; font-size: 0.85em; color: #4a4a4a; }}\n\
.row {{ display: flex; justify-content: space-between; gap: 1em; flex-wrap: wrap; }}\n\
.page-break {{ break-after: page; }}\n\
@media print {{\n  @page {{ margin: 15mm; }}\n  html {{ font-size: {print}; }}\n  body {{ max-width: none; padding: 0; }}\n  a {{ color: inherit; }}\n  h1, h2, h3 {{ break-after: avoid; }}\n}}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Block, BlockKind, Document, Inline, TextStyle};

    fn para(t: &str) -> Block {
        Block {
            kind: BlockKind::Paragraph(vec![Inline::Text {
                text: t.to_string(),
                style: TextStyle::default(),
            }]),
            class: None,
            span: 0..0,
            lang: None,
        }
    }

    fn doc(body: Vec<Block>) -> Document {
        Document {
            title: "T <&>".into(),
            lang: "ar".into(),
            rtl: true,
            hyphenate: false,
            body,
            footer: Vec::new(),
            links: vec!["\u{2068}https://example.org/a?b=1&c=2\u{2069}".into()],
            pictures: Default::default(),
        }
    }

    #[test]
    fn the_page_carries_language_direction_title_and_id() {
        let page = write(
            &doc(vec![para("a < b")]),
            &HtmlMeta {
                id: [0xab; 16],
                large_print: false,
            },
        );
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
        assert!(page.contains("<title>T &lt;&amp;&gt;</title>"));
        assert!(page.contains("<p>a &lt; b</p>"));
        assert_eq!(
            marked_latin("زمالة NA وAA: x.org/a."),
            "زمالة <span lang=\"en\" dir=\"ltr\">NA</span> و<span lang=\"en\" dir=\"ltr\">AA</span>: <span lang=\"en\" dir=\"ltr\">x.org/a</span>."
        );
        assert!(page.contains("Noto Sans Arabic"));
        assert!(!page.contains("<script"));
        assert_eq!(read_id(page.as_bytes()), Some([0xab; 16]));
    }

    #[test]
    fn links_keep_their_text_and_escape_their_address() {
        let linked = Block {
            kind: BlockKind::Paragraph(vec![
                Inline::Text {
                    text: "See ".into(),
                    style: TextStyle::default(),
                },
                Inline::Text {
                    text: "the list".into(),
                    style: TextStyle {
                        link: Some(0),
                        ..TextStyle::default()
                    },
                },
            ]),
            class: None,
            span: 0..0,
            lang: None,
        };
        let mut d = doc(vec![linked]);
        d.lang = "en-US".into();
        let page = write(
            &d,
            &HtmlMeta {
                id: [0; 16],
                large_print: true,
            },
        );
        assert!(
            page.contains("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\">the list</a></p>"),
            "{page}"
        );
        assert!(page.contains("font-size: 18pt"));
    }
}
