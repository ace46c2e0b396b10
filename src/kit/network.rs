//! An activity-on-node network drawn as SVG text, like the course's Fig 5.12: one box per task
//! in columns (the lesson decides them, e.g. by earliest start), its id on top and two dates
//! below, arrows from each predecessor, the critical path in bold. Pure and escaped, so it is
//! tested on the host and no name from a link can become markup.

use super::html::escape;
use crate::engine::cpm::Schedule;
use std::fmt::Write as _;

/// One task's box.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    /// Column from the left, from 0.
    pub column: usize,
    /// The two numbers under the id (earliest start, latest start), already formatted.
    pub left: String,
    pub right: String,
    pub critical: bool,
}

/// An arrow between two nodes (indices), bold when it lies on a critical path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrow {
    pub from: usize,
    pub to: usize,
    pub critical: bool,
}

const BOX_W: usize = 88;
const BOX_H: usize = 52;
const GAP_X: usize = 56;
const GAP_Y: usize = 24;
const MARGIN: usize = 8;

/// The SVG, with `label` as its accessible name and `<test_id>-<task id>` on each box.
pub fn svg(nodes: &[Node], arrows: &[Arrow], label: &str, test_id: &str) -> String {
    // Rows fill each column from the top, in the order the nodes come.
    let mut filled: Vec<usize> = Vec::new();
    let places: Vec<(usize, usize)> = nodes
        .iter()
        .map(|node| {
            if filled.len() <= node.column {
                filled.resize(node.column + 1, 0);
            }
            let row = filled.get(node.column).copied().unwrap_or_default();
            if let Some(count) = filled.get_mut(node.column) {
                *count += 1;
            }
            (MARGIN + node.column * (BOX_W + GAP_X), MARGIN + row * (BOX_H + GAP_Y))
        })
        .collect();
    let (columns, rows) = (filled.len(), filled.iter().max().copied().unwrap_or_default());
    let width = 2 * MARGIN + columns * BOX_W + columns.saturating_sub(1) * GAP_X;
    let height = 2 * MARGIN + rows * BOX_H + rows.saturating_sub(1) * GAP_Y;
    let mut out = format!(
        r#"<svg class="network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" style="min-width:{min}px;max-width:{max}px" role="img" aria-label="{}"><defs><marker id="{test_id}-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" fill="context-stroke"/></marker></defs>"#,
        escape(label),
        test_id = escape(test_id),
        // Natural size on a phone (the box scrolls), up to half as large again on a projector.
        min = width * 4 / 5,
        max = width * 3 / 2,
    );
    for (node, (x, y)) in nodes.iter().zip(&places) {
        let class = if node.critical { "network__node network__node--critical" } else { "network__node" };
        let _ = write!(
            out,
            r#"<g class="{class}" data-testid="{}-{}" data-critical="{}"><rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="4"/><line x1="{x}" y1="{}" x2="{}" y2="{}"/><line x1="{}" y1="{}" x2="{}" y2="{}"/><text x="{}" y="{}" class="network__id">{}</text><text x="{}" y="{}">{}</text><text x="{}" y="{}">{}</text></g>"#,
            escape(test_id),
            escape(&node.id),
            node.critical,
            y + BOX_H / 2,
            x + BOX_W,
            y + BOX_H / 2,
            x + BOX_W / 2,
            y + BOX_H / 2,
            x + BOX_W / 2,
            y + BOX_H,
            x + BOX_W / 2,
            y + BOX_H / 2 - 8,
            escape(&node.id),
            x + BOX_W / 4,
            y + BOX_H - 8,
            escape(&node.left),
            x + 3 * BOX_W / 4,
            y + BOX_H - 8,
            escape(&node.right),
        );
    }
    // Arrows over the boxes: one that passes a box is seen to pass it, not to end there.
    for arrow in arrows {
        let (Some(&(x1, y1)), Some(&(x2, y2))) = (places.get(arrow.from), places.get(arrow.to)) else { continue };
        let class = if arrow.critical { "network__arrow network__arrow--critical" } else { "network__arrow" };
        let _ = write!(
            out,
            r#"<line class="{class}" x1="{}" y1="{}" x2="{}" y2="{}" marker-end="url(#{}-arrow)"/>"#,
            x1 + BOX_W,
            y1 + BOX_H / 2,
            x2,
            y2 + BOX_H / 2,
            escape(test_id)
        );
    }
    out.push_str("</svg>");
    out
}

/// A scheduled network left to right: a task's column is the length of its longest chain of
/// predecessors (so every arrow points right, mostly to the next column), tasks in a column by
/// earliest start; `numbers` gives the two figures under each id, the critical paths in bold.
pub fn schedule_svg(
    schedule: &Schedule,
    ids: &[String],
    numbers: &dyn Fn(usize) -> (String, String),
    label: &str,
    test_id: &str,
) -> String {
    let timings = &schedule.timings;
    let predecessors = &schedule.predecessors;
    let mut level = vec![0_usize; ids.len()];
    for &i in &schedule.order {
        let deepest = predecessors.get(i).map_or(0, |before| before.iter().filter_map(|p| level.get(*p)).map(|l| l + 1).max().unwrap_or(0));
        if let Some(slot) = level.get_mut(i) {
            *slot = deepest;
        }
    }
    let mut by_start: Vec<usize> = (0..ids.len()).collect();
    by_start.sort_by(|a, b| {
        let start = |i: &usize| timings.get(*i).map_or(0.0, |t| t.earliest_start);
        start(a).total_cmp(&start(b))
    });
    // Boxes come in order of earliest start (rows fill top-down); arrows keep the tasks' indices.
    let place: Vec<usize> = (0..ids.len()).map(|i| by_start.iter().position(|j| *j == i).unwrap_or_default()).collect();
    let nodes: Vec<Node> = by_start
        .iter()
        .filter_map(|&i| Some((i, ids.get(i)?, timings.get(i)?, level.get(i)?)))
        .map(|(i, id, t, column)| {
            let (left, right) = numbers(i);
            Node { id: id.clone(), column: *column, left, right, critical: t.is_critical() }
        })
        .collect();
    let on_path = |from: usize, to: usize| schedule.critical_paths.iter().any(|p| p.windows(2).any(|w| w == [from, to]));
    let place = &place;
    let arrows: Vec<Arrow> = predecessors
        .iter()
        .enumerate()
        .flat_map(|(to, before)| {
            before.iter().map(move |&from| Arrow {
                from: place.get(from).copied().unwrap_or_default(),
                to: place.get(to).copied().unwrap_or_default(),
                critical: on_path(from, to),
            })
        })
        .collect();
    svg(&nodes, &arrows, label, test_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, column: usize, critical: bool) -> Node {
        Node { id: id.to_owned(), column, left: "0".to_owned(), right: "2".to_owned(), critical }
    }

    #[test]
    fn boxes_in_columns_arrows_between_them_and_markup_escaped() {
        let nodes = [node("A", 0, true), node("B", 0, false), node("<C>", 1, true)];
        let arrows = [Arrow { from: 0, to: 2, critical: true }, Arrow { from: 1, to: 2, critical: false }];
        let drawn = svg(&nodes, &arrows, "Réseau \"x\"", "pert-node");
        // Two columns of 88 with a gap of 56, two rows of 52 with a gap of 24, margins of 8.
        assert!(drawn.contains(r#"viewBox="0 0 248 144" style="min-width:198px;max-width:372px""#), "{drawn}");
        assert!(drawn.contains(r#"data-testid="pert-node-A" data-critical="true"><rect x="8" y="8""#), "{drawn}");
        assert!(drawn.contains(r#"data-testid="pert-node-B" data-critical="false"><rect x="8" y="84""#), "{drawn}");
        assert!(drawn.contains(r#"<line class="network__arrow network__arrow--critical" x1="96" y1="34" x2="152" y2="34""#), "{drawn}");
        assert!(drawn.contains("&lt;C&gt;") && !drawn.contains("<C>"));
        assert!(drawn.contains(r#"aria-label="Réseau &quot;x&quot;""#));
    }
}
