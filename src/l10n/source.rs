//! Stage 2, l10n: FTL source text read line by line. In: the text of an FTL
//! file. Out: where its entries (messages and terms) are, as byte offsets,
//! and the source of one entry. The parser (fluent-syntax) gives the
//! meaning; this gives places, even in a file that does not parse, and is
//! the one scanner of FTL lines for every module that needs one.
//!
//! An entry starts on a line that begins (column 0) with its id, optional
//! white space and `=`; a term's id keeps its `-`. Its indented, non-blank
//! lines that follow are its continuation (value lines, attributes,
//! variants). A blank line ends it here, although Fluent would let a
//! multiline value go on after one: what is returned is then a prefix of
//! the entry, never more than it.

use std::ops::Range;

/// One entry of an FTL file, as found by reading lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry<'a> {
    /// The id as written: `leaflet-title`, or `-brand` for a term.
    pub id: &'a str,
    /// Its bytes: the id's line and its continuation lines, line breaks
    /// included.
    pub span: Range<usize>,
}

/// The entries of `text`, in order.
pub(crate) fn entries(text: &str) -> impl Iterator<Item = Entry<'_>> + '_ {
    let mut lines = lines_with_offsets(text).peekable();
    std::iter::from_fn(move || loop {
        let (start, line) = lines.next()?;
        let Some(id) = entry_id(line) else { continue };
        let mut end = start + line.len();
        while let Some(&(at, next)) = lines.peek() {
            if !continues(next) {
                break;
            }
            end = at + next.len();
            lines.next();
        }
        return Some(Entry {
            id,
            span: start..end,
        });
    })
}

/// Where message (or term, `-id`) `id` is defined: the byte offset of the
/// line that starts it. The first definition when there are several.
pub(crate) fn find_entry(text: &str, id: &str) -> Option<usize> {
    lines_with_offsets(text)
        .find(|(_, line)| entry_id(line) == Some(id))
        .map(|(at, _)| at)
}

/// The id of the entry that holds byte `offset`: the last one that starts
/// at or before it. The comments and blank lines after an entry count as
/// its own, so a character anywhere below a message is said to be in it.
/// `None` above the first entry.
pub(crate) fn message_at(text: &str, offset: usize) -> Option<&str> {
    lines_with_offsets(text)
        .take_while(|&(at, _)| at <= offset)
        .filter_map(|(_, line)| entry_id(line))
        .last()
}

/// The source of the entry that starts at byte `offset`: its line and its
/// continuation lines, each without trailing white space and ended by
/// `\n`. It is the text a translation's fingerprint is taken of, so its
/// form must not change.
pub(crate) fn entry_text(text: &str, offset: usize) -> String {
    let mut out = String::new();
    for (i, line) in text[offset.min(text.len())..]
        .split_inclusive('\n')
        .enumerate()
    {
        if i > 0 && !continues(line) {
            break;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The bytes of `text` the entry that starts at byte `offset` takes: its
/// line and its continuation lines, as written (unlike `entry_text`,
/// which normalises them).
pub(crate) fn entry_span(text: &str, offset: usize) -> Range<usize> {
    let start = offset.min(text.len());
    let mut end = start;
    for (i, line) in text[start..].split_inclusive('\n').enumerate() {
        if i > 0 && !continues(line) {
            break;
        }
        end += line.len();
    }
    start..end
}

/// Each line of `text` (line break included) with its byte offset.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |offset, line| {
        let at = *offset;
        *offset += line.len();
        Some((at, line))
    })
}

/// The id `line` starts an entry with, if it does: a Fluent identifier
/// (`[a-zA-Z][a-zA-Z0-9_-]*`, `-` before it for a term) at column 0,
/// then optional white space and `=`.
fn entry_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let mut chars = name.chars();
    let identifier = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    identifier.then_some(id)
}

/// Whether `line` continues the entry above it: indented and not blank.
fn continues(line: &str) -> bool {
    line.starts_with([' ', '\t']) && !line.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "\
# Comment = not an entry
-brand = Café
title = Hello
    world   
    .aria = Hi

ab = x
a=y
  indented = no
";

    #[test]
    fn entries_are_found_with_their_continuation_lines() {
        let found: Vec<(&str, &str)> = entries(FTL).map(|e| (e.id, &FTL[e.span])).collect();
        assert_eq!(
            found,
            [
                ("-brand", "-brand = Café\n"),
                ("title", "title = Hello\n    world   \n    .aria = Hi\n"),
                ("ab", "ab = x\n"),
                ("a", "a=y\n  indented = no\n"),
            ]
        );
    }

    #[test]
    fn an_id_is_found_only_whole_and_at_column_zero() {
        assert_eq!(find_entry(FTL, "a"), FTL.find("a=y"));
        assert_eq!(find_entry(FTL, "ab"), FTL.find("ab = x"));
        assert_eq!(find_entry(FTL, "-brand"), Some(FTL.find("-brand").unwrap()));
        // A term is not found by its name without the `-`.
        assert_eq!(find_entry(FTL, "brand"), None);
        assert_eq!(find_entry(FTL, "indented"), None);
        assert_eq!(find_entry(FTL, "Comment"), None);
        assert_eq!(find_entry(FTL, "missing"), None);
    }

    #[test]
    fn offsets_count_bytes_of_non_ascii_and_right_to_left_text() {
        let text = "-brand = Café\nمرحبا = no\nid = مرحبا\r\n  ¡sí!\r\n";
        // `مرحبا` is not a Fluent identifier, so that line starts nothing.
        let ids: Vec<&str> = entries(text).map(|e| e.id).collect();
        assert_eq!(ids, ["-brand", "id"]);
        let at = find_entry(text, "id").unwrap();
        assert_eq!(&text[at..at + 2], "id");
        assert_eq!(entry_text(text, at), "id = مرحبا\n  ¡sí!\n");
        let exclaim = text.find('¡').unwrap();
        assert_eq!(message_at(text, exclaim), Some("id"));
    }

    #[test]
    fn an_entry_span_is_the_source_as_written_crlf_and_trailing_space_included() {
        // `entry_text` drops the `\r`s and the trailing spaces, so its
        // length ends inside `ڑ` here; the span must not.
        let text = "id = a \r\n  ڑڑ\r\nnext = b\n";
        let at = find_entry(text, "id").unwrap();
        let span = entry_span(text, at);
        assert_eq!(&text[span.clone()], "id = a \r\n  ڑڑ\r\n");
        assert!(entry_text(text, at).len() < span.len());
        assert_eq!(
            entry_span(text, find_entry(text, "next").unwrap()).end,
            text.len()
        );
    }

    #[test]
    fn the_message_at_a_place_is_the_last_one_above_it() {
        assert_eq!(message_at(FTL, 0), None);
        assert_eq!(message_at(FTL, FTL.find("Café").unwrap()), Some("-brand"));
        assert_eq!(message_at(FTL, FTL.find("world").unwrap()), Some("title"));
        // The blank line after `title` is still counted as its own.
        assert_eq!(
            message_at(FTL, FTL.find("\n\n").unwrap() + 1),
            Some("title")
        );
        assert_eq!(message_at(FTL, FTL.len()), Some("a"));
    }

    #[test]
    fn entry_text_trims_each_line_and_stops_at_a_blank_line() {
        let at = find_entry(FTL, "title").unwrap();
        assert_eq!(
            entry_text(FTL, at),
            "title = Hello\n    world\n    .aria = Hi\n"
        );
        assert_eq!(entry_text("x = 1\n\n  y\n", 0), "x = 1\n");
        // Past the end: nothing to read.
        assert_eq!(entry_text("x = 1\n", 99), "");
    }
}
