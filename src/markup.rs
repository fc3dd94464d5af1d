//! Stage 4, markup: the leaflet vocabulary. In: the text the templates
//! rendered. Out: a [`Document`] tree whose nodes keep byte spans into that
//! text, so an error names the line (`--emit markup` prints the text).
//!
//! The vocabulary is a small subset of HTML, documented in
//! `templates/README.md`:
//! `leaflet` (root: `lang`, `dir`, `title`), `h1`-`h3`, `p`, `ul`/`ol`/`li`,
//! `aside` (callout box), `keep`, `section` (a grouping with no look of its
//! own), `field` (`label` + a line to write on), `hr`, `page-break`,
//! `footer` with `row`/`start`/`end`; inline `strong`, `em`, `span`, `br`,
//! `page-number`, `page-count`. `class` picks a style (`subtitle`, `draft`,
//! `muted`; on inline elements `accent`, `warm`, `muted`).

use crate::diag::{Diagnostic, Diagnostics, Kind, Location, Result};
use crate::doc::{Block, BlockKind, BlockLang, Document, Inline, TextStyle, Tone};
use roxmltree::{Node, NodeType};

const BLOCKS: &str =
    "h1, h2, h3, p, ul, ol, aside, keep, section, field, hr, page-break, img, qr, footer";
const INLINES: &str = "strong, em, span, a, br, page-number, page-count";

/// Parses rendered markup. `origin` names where it came from for errors
/// (`templates/leaflet.tera`).
pub fn parse(markup: &str, origin: &str) -> Result<Document> {
    let display = format!("{origin} (rendered markup)");
    let xml = roxmltree::Document::parse(markup).map_err(|e| {
        let pos = e.pos();
        let at = offset_of(markup, pos.row as usize, pos.col as usize);
        Diagnostic::error(format!("the markup is not well-formed: {e}"))
            .at(Location::new(&display, markup, at..at + 1))
            .hint("run `handout render ... --emit markup` to see the text; a value with `<` or `&` must come through {{ }} so it is escaped")
    })?;
    let root = xml.root_element();
    let mut p = Parser {
        text: markup,
        display,
        diags: Diagnostics::default(),
        links: Vec::new(),
        lang: root.attribute("lang").unwrap_or("und").to_string(),
        rtl: root.attribute("dir") == Some("rtl"),
    };
    if root.tag_name().name() != "leaflet" {
        return Err(p
            .err(
                root,
                format!("the root element is `<{}>`", root.tag_name().name()),
                "wrap the leaflet in <leaflet lang=\"..\" title=\"..\">",
            )
            .into());
    }
    if let Some(deep) = too_deep(root) {
        return Err(p
            .err(
                deep,
                format!("the markup nests elements more than {MAX_DEPTH} deep"),
                "a leaflet needs a few levels (a list in a box in a section); check the template's loops",
            )
            .kind(Kind::LimitExceeded)
            .into());
    }
    let mut body = Vec::new();
    let mut footer = Vec::new();
    for child in root.children() {
        if child.is_element() && child.tag_name().name() == "footer" {
            footer.extend(p.blocks(child));
        } else {
            p.block_into(child, &mut body);
        }
    }
    let doc = Document {
        title: root.attribute("title").unwrap_or("").to_string(),
        lang: p.lang.clone(),
        rtl: p.rtl,
        hyphenate: root.attribute("hyphenate") == Some("true"),
        body,
        footer,
        links: p.links,
        pictures: Default::default(),
    };
    p.diags.into_result(doc)
}

/// Deepest nesting of elements read: the parser and the layout recurse
/// per level, and thousands of levels would overflow the stack.
const MAX_DEPTH: usize = 40;

/// The first element nested deeper than [`MAX_DEPTH`], found without
/// recursion.
fn too_deep<'a, 'i>(root: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    let mut stack = vec![(root, 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            return Some(node);
        }
        stack.extend(
            node.children()
                .filter(Node::is_element)
                .map(|c| (c, depth + 1)),
        );
    }
    None
}

/// An attribute value without bidi controls: an address or path, never text.
fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<String> {
    node.attribute(name).map(crate::doc::without_bidi_controls)
}

fn offset_of(text: &str, row: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == row {
            return offset
                + line
                    .char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(line.len(), |(b, _)| b);
        }
        offset += line.len();
    }
    text.len()
}

struct Parser<'t> {
    text: &'t str,
    display: String,
    diags: Diagnostics,
    links: Vec<String>,
    /// The document's language and direction (`<leaflet lang dir>`).
    lang: String,
    rtl: bool,
}

/// Parses a length such as `25mm`, `1in` or `72pt` into millimetres.
fn length_mm(s: &str) -> Option<f32> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len()));
    let v: f32 = num.trim().parse().ok()?;
    let mm = match unit {
        "mm" => v,
        "cm" => v * 10.0,
        "in" => v * 25.4,
        "pt" => v * 25.4 / 72.0,
        _ => return None,
    };
    (mm > 0.0 && mm <= 300.0).then_some(mm)
}

impl Parser<'_> {
    fn err(&self, node: Node<'_, '_>, msg: String, hint: &str) -> Diagnostic {
        Diagnostic::error(msg)
            .at(Location::new(&self.display, self.text, node.range()))
            .hint(hint.to_string())
    }

    fn blocks(&mut self, node: Node<'_, '_>) -> Vec<Block> {
        let mut out = Vec::new();
        for child in node.children() {
            self.block_into(child, &mut out);
        }
        out
    }

    fn block_into(&mut self, node: Node<'_, '_>, out: &mut Vec<Block>) {
        match node.node_type() {
            NodeType::Text => {
                if !node.text().unwrap_or("").trim().is_empty() {
                    let d = self.err(
                        node,
                        "text outside a paragraph".into(),
                        "put text inside <p>, <h1>-<h3> or <li>",
                    );
                    self.diags.push(d);
                }
                return;
            }
            NodeType::Element => {}
            _ => return,
        }
        let name = node.tag_name().name();
        let class = node.attribute("class").map(str::to_string);
        let kind = match name {
            "h1" | "h2" | "h3" => BlockKind::Heading {
                level: name.as_bytes()[1] - b'0',
                inlines: self.inlines(node),
            },
            "p" => BlockKind::Paragraph(self.inlines(node)),
            "ul" | "ol" => {
                let mut items = Vec::new();
                for li in node.children() {
                    if li.is_element() && li.tag_name().name() == "li" {
                        let has_blocks = li.children().any(|c| {
                            c.is_element() && BLOCKS.split(", ").any(|b| b == c.tag_name().name())
                        });
                        if has_blocks {
                            items.push(self.blocks(li));
                        } else {
                            items.push(vec![Block {
                                kind: BlockKind::Paragraph(self.inlines(li)),
                                class: None,
                                span: li.range(),
                                lang: None,
                            }]);
                        }
                    } else if li.is_element() || !li.text().unwrap_or("").trim().is_empty() {
                        let d = self.err(
                            li,
                            format!("`<{name}>` may hold only `<li>` items"),
                            "wrap each item in <li>",
                        );
                        self.diags.push(d);
                    }
                }
                BlockKind::List {
                    ordered: name == "ol",
                    items,
                }
            }
            "aside" => BlockKind::Callout(self.blocks(node)),
            "keep" => BlockKind::Keep(self.blocks(node)),
            "section" => {
                out.extend(self.blocks(node));
                return;
            }
            "field" => {
                let label = node.attribute("label").unwrap_or("");
                BlockKind::Field(vec![Inline::Text {
                    text: label.to_string(),
                    style: TextStyle::default(),
                }])
            }
            "hr" => BlockKind::Rule,
            "img" | "qr" => match self.media(node, name) {
                Some(kind) => kind,
                None => return,
            },
            "page-break" => BlockKind::PageBreak,
            "row" => {
                let mut start = Vec::new();
                let mut end = Vec::new();
                for part in node.children().filter(Node::is_element) {
                    match part.tag_name().name() {
                        "start" => start = self.inlines(part),
                        "end" => end = self.inlines(part),
                        other => {
                            let d = self.err(
                                part,
                                format!("`<{other}>` inside `<row>`"),
                                "a row holds <start> and <end>",
                            );
                            self.diags.push(d);
                        }
                    }
                }
                BlockKind::Row { start, end }
            }
            other => {
                let d = self.err(
                    node,
                    format!("unknown block element `<{other}>`"),
                    &format!("block elements: {BLOCKS}; inside a paragraph: {INLINES}"),
                );
                self.diags.push(d);
                return;
            }
        };
        let lang = if name == "p" {
            self.block_lang(node)
        } else {
            None
        };
        out.push(Block {
            kind,
            class,
            span: node.range(),
            lang,
        });
    }

    /// The language of a `<p lang=".." dir="..">` in another language or
    /// direction than the document's (`None` when it is the document's
    /// own, so later stages need not compare); `dir` defaults to the
    /// language's own. An error for a tag that is not a language tag or a
    /// `dir` that is neither `ltr` nor `rtl`.
    fn block_lang(&mut self, node: Node<'_, '_>) -> Option<BlockLang> {
        let tag = attr(node, "lang")?;
        let Ok((tag, own_rtl)) = crate::l10n::canonical_tag(&tag) else {
            let d = self.err(
                node,
                format!("`{tag}` is not a language tag"),
                "write a BCP 47 tag such as es, ar or zh-Hans",
            );
            self.diags.push(d);
            return None;
        };
        let rtl = match attr(node, "dir").as_deref() {
            None => own_rtl,
            Some("rtl") => true,
            Some("ltr") => false,
            Some(other) => {
                let d = self.err(
                    node,
                    format!("`dir=\"{other}\"` is not a direction"),
                    "write dir=\"ltr\" or dir=\"rtl\"",
                );
                self.diags.push(d);
                return None;
            }
        };
        let own = crate::l10n::canonical_tag(&self.lang).is_ok_and(|(t, _)| t == tag);
        (!own || rtl != self.rtl).then_some(BlockLang { tag, rtl })
    }

    fn length_attr(&mut self, node: Node<'_, '_>, attr: &str) -> Option<Option<f32>> {
        match node.attribute(attr) {
            None => Some(None),
            Some(v) => match length_mm(v) {
                Some(mm) => Some(Some(mm)),
                None => {
                    let d = self.err(
                        node,
                        format!("`{attr}=\"{v}\"` is not a length"),
                        "write a length such as 25mm, 2.5cm, 1in or 72pt (at most 300mm)",
                    );
                    self.diags.push(d);
                    None
                }
            },
        }
    }

    fn media(&mut self, node: Node<'_, '_>, name: &str) -> Option<BlockKind> {
        if name == "img" {
            let Some(src) = attr(node, "src").filter(|s| !s.is_empty()) else {
                let d = self.err(
                    node,
                    "`<img>` needs a `src`".into(),
                    "<img src=\"path/to/logo.png\" height=\"15mm\"/>",
                );
                self.diags.push(d);
                return None;
            };
            let width_mm = self.length_attr(node, "width")?;
            let height_mm = self.length_attr(node, "height")?;
            let alt = self.alt(node, name)?;
            Some(BlockKind::Image {
                src: src.to_string(),
                width_mm,
                height_mm,
                alt,
            })
        } else {
            let Some(data) = attr(node, "data").filter(|s| !s.is_empty()) else {
                let d = self.err(
                    node,
                    "`<qr>` needs `data`".into(),
                    "<qr data=\"https://example.org/meetings\" size=\"25mm\"/>",
                );
                self.diags.push(d);
                return None;
            };
            let size_mm = self.length_attr(node, "size")?.unwrap_or(25.0);
            let alt = self.alt(node, name)?;
            Some(BlockKind::Qr {
                data: data.to_string(),
                size_mm,
                alt,
            })
        }
    }

    /// The `alt` text a picture or QR code must carry: what a screen
    /// reader says for it (tagged PDF `/Alt`, HTML `alt`). `alt=""` marks a
    /// picture as decorative; a QR code always says where it leads.
    fn alt(&mut self, node: Node<'_, '_>, name: &str) -> Option<String> {
        let alt = attr(node, "alt").map(|a| a.trim().to_string());
        match alt {
            Some(a) if !a.is_empty() || name == "img" => Some(a),
            _ => {
                let (what, example) = if name == "img" {
                    (
                        "`<img>` needs an `alt` text (`alt=\"\"` if it is decorative)",
                        "<img src=\"logo.png\" alt=\"{{ t(id='leaflet-logo-alt', clinic=leaflet.clinic.name) }}\"/>",
                    )
                } else {
                    (
                        "`<qr>` needs an `alt` text saying where it leads",
                        "<qr data=\"https://example.org/meetings\" alt=\"{{ t(id='leaflet-qr-alt', url=leaflet.clinic.meeting_finder_url) }}\"/>",
                    )
                };
                let d = self.err(node, what.into(), example);
                self.diags.push(d);
                None
            }
        }
    }

    fn inlines(&mut self, node: Node<'_, '_>) -> Vec<Inline> {
        let mut out = Vec::new();
        self.inline_into(node, TextStyle::default(), &mut out);
        // Collapse white space the way HTML does, and trim the ends.
        let mut result: Vec<Inline> = Vec::new();
        let mut last_space = true;
        for item in out {
            match item {
                Inline::Text { text, style } => {
                    let mut s = String::with_capacity(text.len());
                    for c in text.chars() {
                        if matches!(c, ' ' | '\t' | '\n' | '\r') {
                            if !last_space {
                                s.push(' ');
                                last_space = true;
                            }
                        } else {
                            s.push(c);
                            last_space = false;
                        }
                    }
                    if !s.is_empty() {
                        result.push(Inline::Text { text: s, style });
                    }
                }
                Inline::LineBreak => {
                    trim_end(&mut result);
                    result.push(Inline::LineBreak);
                    last_space = true;
                }
                other => {
                    result.push(other);
                    last_space = false;
                }
            }
        }
        trim_end(&mut result);
        result
    }

    fn inline_into(&mut self, node: Node<'_, '_>, style: TextStyle, out: &mut Vec<Inline>) {
        for child in node.children() {
            match child.node_type() {
                NodeType::Text => out.push(Inline::Text {
                    text: child.text().unwrap_or("").to_string(),
                    style,
                }),
                NodeType::Element => {
                    let mut s = style;
                    if let Some(class) = child.attribute("class") {
                        s.tone = match class {
                            "accent" | "answer" => Tone::Accent,
                            "warm" | "worry" => Tone::Warm,
                            "muted" => Tone::Muted,
                            _ => s.tone,
                        };
                    }
                    match child.tag_name().name() {
                        "strong" | "b" => {
                            s.bold = true;
                            self.inline_into(child, s, out);
                        }
                        "em" | "i" => {
                            s.italic = true;
                            self.inline_into(child, s, out);
                        }
                        "span" => self.inline_into(child, s, out),
                        "a" => {
                            match attr(child, "href").filter(|h| !h.is_empty()) {
                                Some(href) => {
                                    let idx = match self.links.iter().position(|l| *l == href) {
                                        Some(i) => i,
                                        None => {
                                            self.links.push(href);
                                            self.links.len() - 1
                                        }
                                    };
                                    s.link = u16::try_from(idx).ok();
                                    if s.tone == Tone::Normal {
                                        s.tone = Tone::Accent;
                                    }
                                }
                                None => {
                                    let d = self.err(
                                        child,
                                        "`<a>` needs an `href`".into(),
                                        "<a href=\"https://...\">text</a>",
                                    );
                                    self.diags.push(d);
                                }
                            }
                            self.inline_into(child, s, out);
                        }
                        "br" => out.push(Inline::LineBreak),
                        "page-number" => out.push(Inline::PageNumber(s)),
                        "page-count" => out.push(Inline::PageCount(s)),
                        other => {
                            let d = self.err(
                                child,
                                format!("unknown inline element `<{other}>`"),
                                &format!("inside a paragraph: {INLINES}"),
                            );
                            self.diags.push(d);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn trim_end(items: &mut Vec<Inline>) {
    if let Some(Inline::Text { text, .. }) = items.last_mut() {
        let t = text.trim_end_matches(' ').len();
        text.truncate(t);
        if text.is_empty() {
            items.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_in_the_documents_own_language_has_none_of_its_own() {
        let doc = parse(
            "<leaflet lang=\"en-US\" title=\"T\"><p lang=\"en-US\">Hi</p><p lang=\"en-US\" dir=\"rtl\">Hi</p></leaflet>",
            "t",
        )
        .unwrap();
        assert_eq!(doc.body[0].lang, None);
        assert!(doc.body[1].lang.as_ref().is_some_and(|l| l.rtl));
    }

    #[test]
    fn a_paragraph_may_be_in_another_language_and_direction() {
        let doc = parse(
            "<leaflet lang=\"en-US\" title=\"T\"><p lang=\"ar\">مرحبا</p><p lang=\"es\">Hola</p><p>Hi</p></leaflet>",
            "t",
        )
        .unwrap();
        let langs: Vec<Option<BlockLang>> = doc.body.iter().map(|b| b.lang.clone()).collect();
        assert_eq!(
            langs,
            [
                Some(BlockLang {
                    tag: "ar".into(),
                    rtl: true
                }),
                // `dir` defaults to the language's own.
                Some(BlockLang {
                    tag: "es".into(),
                    rtl: false
                }),
                None,
            ]
        );
        for (bad, says) in [
            (
                "<p lang=\"not a tag\">x</p>",
                "`not a tag` is not a language tag",
            ),
            ("<p lang=\"es\" dir=\"up\">x</p>", "is not a direction"),
        ] {
            let e = parse(
                &format!("<leaflet lang=\"en\" title=\"T\">{bad}</leaflet>"),
                "t",
            )
            .unwrap_err();
            assert!(format!("{e:?}").contains(says), "{bad}: {e:?}");
        }
    }

    #[test]
    fn parses_blocks_and_collapses_white_space() {
        let doc = parse(
            "<leaflet lang=\"es\" title=\"T\">\n<h1> Hola </h1>\n<p>Uno\n  <strong class=\"worry\">dos</strong> tres</p><footer><row><start>a</start><end>Página <page-number/></end></row></footer></leaflet>",
            "t",
        )
        .unwrap();
        assert_eq!(doc.lang, "es");
        assert_eq!(doc.body.len(), 2);
        let BlockKind::Paragraph(inl) = &doc.body[1].kind else {
            panic!()
        };
        assert_eq!(inl.len(), 3);
        assert!(matches!(&inl[0], Inline::Text { text, .. } if text == "Uno "));
        assert!(
            matches!(&inl[1], Inline::Text { style, .. } if style.bold && style.tone == Tone::Warm)
        );
        assert_eq!(doc.footer.len(), 1);
    }

    #[test]
    fn unknown_element_names_its_line() {
        let err = parse(
            "<leaflet>\n<p>x</p>\n<blink>y</blink></leaflet>",
            "templates/x.tera",
        )
        .unwrap_err();
        let d = &err.0[0];
        assert!(d.message.contains("<blink>"));
        let loc = d.location.as_ref().unwrap();
        assert_eq!((loc.line, loc.column), (3, 1));
    }

    #[test]
    fn malformed_markup_is_an_error_with_position() {
        let err = parse("<leaflet>\n<p>x</b></leaflet>", "t").unwrap_err();
        let loc = err.0[0].location.as_ref().unwrap();
        assert_eq!(loc.line, 2);
    }
}
