//! Leaf: diagnostics. Byte spans come in from every stage; this module is the
//! only place that turns them into 1-based line:column pairs (columns counted
//! in characters, so Arabic or Chinese text is counted the way an editor
//! shows it) and prints `path:line:col: error: message` with a snippet and a
//! `hint:`.

use std::fmt;
use std::ops::Range;

/// Longest snippet shown, in characters; a longer line shows a window
/// around the column.
const SNIPPET_MAX: usize = 100;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Printing goes on; the exit code stays 0.
    Warning,
    /// The leaflet (or check) fails.
    Error,
}

/// What kind of problem a diagnostic reports, for code that must tell
/// problems apart (a batch, `check`, the fuzz properties); people read the
/// message. Most problems are [`Kind::Other`]: only kinds some code matches
/// on are named.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Kind {
    /// Any other problem.
    #[default]
    Other,
    /// Characters no bundled font can draw, each once, in the order met,
    /// and the text layout met them in (empty when the error is of a
    /// source file). The text is used to find where the characters came
    /// from; it is never printed whole.
    MissingGlyphs {
        /// The characters.
        chars: Vec<char>,
        /// The text they were in.
        text: String,
    },
    /// An input over one of handout's limits (a size, a count, a nesting
    /// depth, the page limit, what a QR code can hold).
    LimitExceeded,
    /// YAML that does not parse.
    YamlSyntax,
    /// A YAML value of the wrong type or shape: a string where a number
    /// belongs, an unknown or missing field, an invalid id.
    YamlValue,
    /// A template that does not compile or render.
    Template,
    /// A message a locale lacks or cannot format: the translation's
    /// problem, not the template's or the topic's.
    Message,
    /// A file that cannot be read or written.
    Io,
}

/// A place in a source file: its display path, its text and a byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Path as shown to the user (`topics/x.yaml`, `<built-in>/locales/es/a.ftl`).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The source line, for the snippet.
    pub snippet: String,
    /// Width of the underline, in characters (at least 1).
    pub width: usize,
}

impl Location {
    /// Locates `span` in `text`, the contents of `path`.
    pub fn new(path: &str, text: &str, span: Range<usize>) -> Self {
        let (line, column) = line_col(text, span.start);
        let line_start = text[..floor_char(text, span.start)]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let snippet = text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        let end = floor_char(text, span.end.min(line_end).max(span.start));
        let width = text[floor_char(text, span.start)..end]
            .chars()
            .count()
            .max(1);
        Location {
            path: path.to_string(),
            line,
            column,
            snippet,
            width,
        }
    }

    /// A location known only by path (a missing file, say).
    pub fn file(path: &str) -> Self {
        Location {
            path: path.to_string(),
            line: 0,
            column: 0,
            snippet: String::new(),
            width: 0,
        }
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Characters as an error names them: `` `ა` (U+10D0), `ხ` (U+10EE) ``.
pub fn char_list(chars: &[char]) -> String {
    let named: Vec<String> = chars
        .iter()
        .map(|c| format!("`{c}` (U+{:04X})", u32::from(*c)))
        .collect();
    named.join(", ")
}

/// Turns a byte offset into a 1-based (line, column) pair, the column counted
/// in characters. A `\r\n` ending counts as one line break; an offset inside
/// a multi-byte character points at that character.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// One problem found in the user's input, with where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where, when known.
    pub location: Option<Location>,
    /// How to fix it.
    pub hint: Option<String>,
    /// Further places that explain the problem (`note: ...`).
    pub notes: Vec<String>,
    /// What kind of problem it is, for code to match on.
    pub kind: Kind,
}

impl Diagnostic {
    /// An error with a message and nothing else yet.
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            location: None,
            hint: None,
            notes: Vec::new(),
            kind: Kind::Other,
        }
    }

    /// A warning with a message and nothing else yet.
    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    /// Sets where the problem is.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Sets how to fix it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Sets what kind of problem it is.
    pub fn kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    /// Adds a note.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// This diagnostic with every occurrence of `secret` (a patient's name)
    /// in its message, source line, notes and hint replaced by
    /// [`REDACTED`].
    pub fn redact(mut self, secret: &str) -> Self {
        self.message = redact_text(&self.message, secret);
        if let Some(loc) = &mut self.location {
            loc.snippet = redact_text(&loc.snippet, secret);
        }
        for n in &mut self.notes {
            *n = redact_text(n, secret);
        }
        if let Some(h) = &mut self.hint {
            *h = redact_text(h, secret);
        }
        self
    }
}

/// What a patient's name becomes in any message.
pub const REDACTED: &str = "[patient name]";

/// `text` with every occurrence of `secret`, as written and as escaped for
/// the leaflet markup, replaced by [`REDACTED`].
pub fn redact_text(text: &str, secret: &str) -> String {
    let secret = secret.trim();
    if secret.is_empty() {
        return text.to_string();
    }
    let escaped: String = secret
        .chars()
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            '\'' => "&#39;".to_string(),
            c => c.to_string(),
        })
        .collect();
    let mut out = text.replace(secret, REDACTED);
    if escaped != secret {
        out = out.replace(&escaped, REDACTED);
    }
    out
}

/// `c`, or a visible stand-in for a control character: its picture from
/// the Control Pictures block (␁, ␛, ␡), else U+FFFD. Tabs stay tabs.
fn visible(c: char) -> char {
    match u32::from(c) {
        0x09 => c,
        n @ 0x00..=0x1F => char::from_u32(0x2400 + n).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        _ if c.is_control() => '\u{FFFD}',
        _ => c,
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        match &self.location {
            Some(loc) if loc.line > 0 => {
                writeln!(
                    f,
                    "{}:{}:{}: {kind}: {}",
                    loc.path, loc.line, loc.column, self.message
                )?;
                let gutter = loc.line.to_string().len();
                writeln!(f, "{:gutter$} |", "")?;
                // A long line (a pasted megabyte, a minified file) shows only
                // a window around the column, marked with `…`.
                let chars: Vec<char> = loc.snippet.chars().collect();
                let col = loc.column.saturating_sub(1).min(chars.len());
                let (from, to) = if chars.len() > SNIPPET_MAX {
                    let from = col.saturating_sub(SNIPPET_MAX / 3);
                    (from, (from + SNIPPET_MAX).min(chars.len()))
                } else {
                    (0, chars.len())
                };
                let before = if from > 0 { "…" } else { "" };
                let after = if to < chars.len() { "…" } else { "" };
                // Control characters are shown as their pictures (␛ for
                // ESC): printed raw, they would drive the terminal.
                let shown: String = chars[from..to].iter().map(|&c| visible(c)).collect();
                writeln!(f, "{} | {before}{shown}{after}", loc.line)?;
                let pad: String = before
                    .chars()
                    .chain(chars[from..col].iter().copied())
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let width = loc.width.min(to.saturating_sub(col)).max(1);
                write!(f, "{:gutter$} | {pad}{}", "", "^".repeat(width))?;
            }
            Some(loc) => write!(f, "{}: {kind}: {}", loc.path, self.message)?,
            None => write!(f, "{kind}: {}", self.message)?,
        }
        for note in &self.notes {
            write!(f, "\n  note: {note}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Every problem found by a stage; a stage collects all it can before it stops.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// True when any of them is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Adds one.
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Ok(value) when there is no error, else the diagnostics.
    pub fn into_result<T>(self, value: T) -> Result<T> {
        if self.has_errors() {
            Err(self)
        } else {
            Ok(value)
        }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl Diagnostics {
    /// Every diagnostic with `secret` (a patient's name) redacted.
    pub fn redact(self, secret: &str) -> Self {
        Diagnostics(self.0.into_iter().map(|d| d.redact(secret)).collect())
    }
}

/// The result type of every stage.
pub type Result<T> = std::result::Result<T, Diagnostics>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_is_one_based_and_counts_characters() {
        assert_eq!(line_col("abc", 0), (1, 1));
        assert_eq!(line_col("abc\ndef", 5), (2, 2));
        // "ñ" is two bytes but one column.
        assert_eq!(line_col("año: x", "año: ".len()), (1, 6));
    }

    #[test]
    fn line_col_in_right_to_left_and_cjk_text() {
        let text = "مرحبا\n会议是免费的 {x";
        let off = text.find('{').unwrap();
        assert_eq!(line_col(text, off), (2, 8));
    }

    #[test]
    fn crlf_counts_as_one_line_break() {
        let text = "a: 1\r\nb: [\r\n";
        assert_eq!(line_col(text, text.find('[').unwrap()), (2, 4));
        let loc = Location::new("t.yaml", text, 9..10);
        assert_eq!(loc.snippet, "b: [");
    }

    #[test]
    fn redaction_hides_a_name_everywhere_a_diagnostic_shows_text() {
        let text = "jobs:\n  - patient-name: Tom & Jerry\n";
        let d = Diagnostic::error("bad `Tom & Jerry`")
            .at(Location::new("m.yaml", text, 8..20))
            .note("markup: Tom &amp; Jerry")
            .hint("Tom & Jerry")
            .redact("Tom & Jerry");
        let shown = d.to_string();
        assert!(!shown.contains("Tom"), "{shown}");
        assert!(shown.contains("patient-name: [patient name]"), "{shown}");
        assert_eq!(redact_text("abc", " "), "abc");
    }

    #[test]
    fn control_characters_in_a_snippet_are_shown_not_sent() {
        let text = "a = x\u{1b}[31m\u{1}y\u{85}\n";
        let d = Diagnostic::error("bad").at(Location::new("f.ftl", text, 5..6));
        let shown = d.to_string();
        assert!(
            !shown.chars().any(|c| c.is_control() && c != '\n'),
            "{shown:?}"
        );
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines[2], "1 | a = x\u{241b}[31m\u{2401}y\u{fffd}");
        // The caret stays under the character.
        assert_eq!(lines[3].chars().position(|c| c == '^'), Some(4 + 5));
    }

    #[test]
    fn a_long_line_shows_a_window_around_the_column() {
        let text = format!("id: {}BAD{}\n", "x".repeat(5000), "y".repeat(5000));
        let at = text.find("BAD").unwrap();
        let d = Diagnostic::error("bad").at(Location::new("t.yaml", &text, at..at + 3));
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines[2].chars().count() < 120, "{shown}");
        assert!(lines[2].starts_with("1 | …xxx") && lines[2].ends_with("yyy…"));
        // The caret stays under `BAD`.
        let caret = lines[3].chars().position(|c| c == '^').unwrap();
        let under: String = lines[2].chars().skip(caret).take(3).collect();
        assert_eq!(under, "BAD", "{shown}");
    }

    #[test]
    fn display_shows_path_line_col_snippet_and_hint() {
        let text = "id: x\ntitle: [oops\n";
        let d = Diagnostic::error("bad title")
            .at(Location::new("topics/t.yaml", text, 13..17))
            .hint("quote it");
        let shown = d.to_string();
        assert!(
            shown.starts_with("topics/t.yaml:2:8: error: bad title\n"),
            "{shown}"
        );
        assert!(shown.contains("2 | title: [oops"));
        assert!(shown.contains("  |        ^^^^"), "{shown}");
        assert!(shown.ends_with("hint: quote it"));
    }
}
