//! Layout, step 7 (paginate): units into pages. In: [`Unit`]s and the
//! height of a page's body. Out: each page's rows with the gap above each;
//! headings stay with what follows, no line of a paragraph stands alone at
//! a page's top or bottom, unbreakable units move whole.

use super::flow::{Row, Unit};

/// A page of the body: its rows, each with the gap above it.
pub(super) type Page = Vec<(Row, f32)>;

/// The least height a unit needs on a page before it may start there.
fn min_start(u: &Unit) -> f32 {
    if u.breakable && u.rows.len() >= 4 {
        u.rows[..2].iter().map(|r| r.height).sum()
    } else {
        u.rows.iter().map(|r| r.height).sum()
    }
}

/// Splits units into pages of rows, each with the gap above it.
pub(super) fn paginate(units: &[Unit], page_h: f32) -> Vec<Page> {
    let mut pages: Vec<Page> = vec![Vec::new()];
    let mut y = 0.0;
    let mut i = 0;
    let mut pending: Option<Unit> = None;
    while i < units.len() || pending.is_some() {
        let u = match pending.take() {
            Some(u) => u,
            None => {
                i += 1;
                units[i - 1].clone()
            }
        };
        if u.page_break {
            if !pages.last().expect("one page").is_empty() {
                pages.push(Vec::new());
                y = 0.0;
            }
            continue;
        }
        let at_top = pages.last().expect("one page").is_empty();
        let before = if at_top { 0.0 } else { u.space_before };
        // A heading needs its chain of keep-with-next units plus the start of
        // the next unit on the same page.
        let mut need = before + min_start(&u);
        if u.keep_with_next {
            let mut k = i;
            let mut prev_keep = true;
            while prev_keep && k < units.len() {
                let n = &units[k];
                need += n.space_before + min_start(n);
                prev_keep = n.keep_with_next;
                k += 1;
            }
        }
        let total: f32 = u.rows.iter().map(|r| r.height).sum();
        // A unit taller than a whole page (a heading of many lines) breaks
        // between its rows rather than run off the page.
        let breakable = u.breakable || total > page_h && u.rows.len() > 1;
        if !at_top && y + need > page_h {
            pages.push(Vec::new());
            y = 0.0;
            pending = Some(u);
            continue;
        }
        if y + before + total <= page_h || at_top && !breakable {
            let page = pages.last_mut().expect("one page");
            for (k, row) in u.rows.into_iter().enumerate() {
                let gap = if k == 0 { before } else { 0.0 };
                y += gap + row.height;
                page.push((row, gap));
            }
            continue;
        }
        if breakable {
            // Fit as many rows as possible, leaving at least two on each side.
            let n = u.rows.len();
            let mut k = 0;
            let mut h = y + before;
            while k < n && h + u.rows[k].height <= page_h {
                h += u.rows[k].height;
                k += 1;
            }
            if n - k == 1 && k > 0 {
                k -= 1;
            }
            if k < 2 && !at_top {
                pages.push(Vec::new());
                y = 0.0;
                pending = Some(u);
                continue;
            }
            let k = k.max(1);
            let mut rows = u.rows;
            let rest = rows.split_off(k);
            let page = pages.last_mut().expect("one page");
            for (j, row) in rows.into_iter().enumerate() {
                page.push((row, if j == 0 { before } else { 0.0 }));
            }
            pages.push(Vec::new());
            y = 0.0;
            pending = Some(Unit {
                rows: rest,
                space_before: 0.0,
                ..u
            });
        } else {
            pages.push(Vec::new());
            y = 0.0;
            pending = Some(u);
        }
    }
    if pages.len() > 1 && pages.last().is_some_and(Vec::is_empty) {
        pages.pop();
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::flow::Row;

    fn para(lines: usize) -> Unit {
        let rows = (0..lines)
            .map(|_| Row {
                height: 10.0,
                ..Row::default()
            })
            .collect();
        Unit::new(rows).breakable(true)
    }

    fn heading() -> Unit {
        para(1).breakable(false).keep_with_next(true)
    }

    #[test]
    fn no_single_line_left_at_the_bottom() {
        // 9 rows used, room for 1 more: a 4-line paragraph must move whole.
        let pages = paginate(&[para(9), para(4)], 100.0);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), vec![9, 4]);
    }

    #[test]
    fn no_single_line_alone_at_the_top() {
        // Room for 3 of 4 lines: split 2 + 2, not 3 + 1.
        let pages = paginate(&[para(7), para(4)], 100.0);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), vec![9, 2]);
    }

    #[test]
    fn heading_moves_with_its_paragraph() {
        let pages = paginate(&[para(8), heading(), para(3)], 100.0);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), vec![8, 4]);
    }

    #[test]
    fn unbreakable_unit_is_never_split() {
        let callout = para(5).breakable(false);
        let pages = paginate(&[para(6), callout], 100.0);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), vec![6, 5]);
    }
}
