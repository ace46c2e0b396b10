//! The production kanban board as SVG text, like the course's Fig 4.12: a column per part, one slot
//! per card stacked from the bottom, the cards on the board filled, the E, A and M marks beside.
//! Escaped, so a part name from a link never becomes markup.

use crate::engine::kanban::{Column, Status};
use crate::kit::html::escape;
use std::fmt::Write as _;

const SLOT_W: usize = 44;
const SLOT_H: usize = 22;
const GAP_X: usize = 56;
const MARGIN: usize = 12;
/// Room under the columns for the part names.
const FOOT: usize = 22;
/// Columns taller than this many slots are drawn at this height (the cards still count).
const MAX_SLOTS: usize = 40;

fn slots(value: f64) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, clamped
    let slots = value.clamp(0.0, MAX_SLOTS as f64) as usize;
    slots
}

/// The board with `label` as its accessible name; `<test_id>-<part>` on each column.
pub fn svg(columns: &[Column], statuses: &[Status], label: &str, test_id: &str) -> String {
    let tallest = columns.iter().map(|c| slots(c.total)).max().unwrap_or(1).max(1);
    let width = 2 * MARGIN + columns.len() * (SLOT_W + GAP_X);
    let height = 2 * MARGIN + tallest * SLOT_H + FOOT;
    let bottom = MARGIN + tallest * SLOT_H;
    let mut out = format!(
        r#"<svg class="board" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" style="max-width:{}px" role="img" aria-label="{}">"#,
        width * 3 / 2,
        escape(label)
    );
    for (i, (column, status)) in columns.iter().zip(statuses).enumerate() {
        let x = MARGIN + i * (SLOT_W + GAP_X);
        let slug = match status {
            Status::Wait => "wait",
            Status::Ready => "ready",
            Status::Alert => "alert",
            Status::Out => "out",
        };
        let _ =
            write!(out, r#"<g class="board__column board__column--{slug}" data-testid="{}-{}">"#, escape(test_id), escape(&column.part));
        let cards = slots(column.cards);
        for slot in 0..slots(column.total) {
            let y = bottom - (slot + 1) * SLOT_H;
            let class = if slot < cards { "board__card board__card--on" } else { "board__card" };
            let _ = write!(out, r#"<rect class="{class}" x="{x}" y="{}" width="{SLOT_W}" height="{}" rx="2"/>"#, y + 1, SLOT_H - 2);
        }
        // Marks at the same level share one tick: "E = A".
        let mut marks: Vec<(usize, String)> = Vec::new();
        for (mark, level) in [("E", column.economic), ("A", column.alert), ("M", column.total)] {
            match marks.iter_mut().find(|(at, _)| *at == slots(level)) {
                Some((_, names)) => *names = format!("{names} = {mark}"),
                None => marks.push((slots(level), mark.to_owned())),
            }
        }
        for (level, mark) in marks {
            let y = bottom - level * SLOT_H;
            let _ = write!(
                out,
                r#"<line class="board__mark" x1="{}" y1="{y}" x2="{}" y2="{y}"/><text class="board__mark-label" x="{}" y="{}">{mark}</text>"#,
                x + SLOT_W,
                x + SLOT_W + 10,
                x + SLOT_W + 12,
                y + 4
            );
        }
        let _ = write!(
            out,
            r#"<text class="board__part" x="{}" y="{}">{}</text></g>"#,
            x + SLOT_W / 2,
            bottom + FOOT - 4,
            escape(&column.part)
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_per_part_with_its_cards_filled() {
        let columns = vec![
            Column { part: "P1".into(), economic: 2.0, alert: 2.0, total: 4.0, cards: 2.0 },
            Column { part: "<b>".into(), economic: 1.0, alert: 2.0, total: 3.0, cards: 0.0 },
        ];
        let svg = svg(&columns, &[Status::Alert, Status::Wait], "Board", "kanban-board");
        assert_eq!(svg.matches("board__card board__card--on").count(), 2);
        assert_eq!(svg.matches(r#"class="board__card""#).count(), 5);
        assert!(svg.contains(r#"data-testid="kanban-board-P1""#) && svg.contains("board__column--alert"));
        assert!(svg.contains("&lt;b&gt;") && !svg.contains("<b>"));
        assert!(svg.contains(">E = A</text>"), "P1's E and A share a level");
    }
}
