//! Pure planning maths: std and serde only, no browser or UI crate (`tests/architecture.rs` lists
//! the forbidden crates and enforces it).
//!
//! Conventions shared by every topic:
//! - `solve(&Input) -> Result<Solution, Error>`; the error names the offending field by its link
//!   parameter name (or the culprit item), so the UI can show the message next to that field.
//! - Tolerance policy: results are exact to f64 rounding; tests compare with a relative
//!   tolerance of 1e-9 unless they reproduce a figure printed with fewer digits, in which case
//!   they compare to the printed digits.
//! - Round-ups that must land on exact integers go through [`ceil_exact`].

// Bad input must come back as an error naming the field, never as a crash (tests may unwrap).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

pub mod abc;
pub mod business_plan;
pub mod cell;
pub mod cpm;
pub mod crashing;
pub mod dbr;
pub mod eoq;
pub mod integer;
pub mod io_control;
pub mod kanban;
pub mod load;
pub mod load_profile;
pub mod mps;
pub mod mrp;
pub mod mto;
pub mod normal;
pub mod overlap;
pub mod pert;
pub mod pic;
pub mod policies;
pub mod priority;
pub mod product_mix;
pub mod rccp;
pub mod rng;
pub mod runout;
pub mod safety_stock;
pub mod sampling;
pub mod sequencing;
pub mod spc;
pub mod steps;
pub mod strategy;
pub mod tolerance;
pub mod tracking;

/// `ceil` that ignores binary floating-point noise: 100 × 1.1 = 110.00000000000001 rounds up to 110, not 111.
pub fn ceil_exact(value: f64) -> f64 {
    let nearest = value.round();
    if (value - nearest).abs() <= 1e-9 * value.abs().max(1.0) {
        nearest
    } else {
        value.ceil()
    }
}

/// The index of the first item whose key an earlier item already has (a duplicate id, named by
/// its row).
pub fn first_duplicate<T>(items: &[T], key: impl Fn(&T) -> &str) -> Option<usize> {
    let mut seen = std::collections::HashSet::new();
    items.iter().position(|item| !seen.insert(key(item)))
}

/// One cycle of a graph whose nodes hold indices into `names`, in edge order, starting at the
/// name listed first (so a message naming it is stable); empty when there is none. Shared by the
/// project network and the bill of materials.
pub fn cycle(graph: &petgraph::graph::DiGraph<usize, ()>, names: &[&str]) -> Vec<String> {
    use petgraph::graph::NodeIndex;
    let name = |node: NodeIndex| names.get(graph[node]).map(|n| (*n).to_owned()).unwrap_or_default();
    for component in petgraph::algo::tarjan_scc(graph) {
        let Some(&first) = component.first() else { continue };
        if component.len() == 1 && graph.find_edge(first, first).is_none() {
            continue;
        }
        // Walk backwards inside the component until a node repeats: that stretch is a cycle.
        let mut walk = vec![first];
        let mut node = first;
        while let Some(previous) = graph.neighbors_directed(node, petgraph::Direction::Incoming).find(|n| component.contains(n)) {
            if let Some(start) = walk.iter().position(|n| *n == previous) {
                let mut members: Vec<NodeIndex> = walk.get(start..).unwrap_or_default().iter().rev().copied().collect();
                let first_listed = members.iter().enumerate().min_by_key(|(_, n)| graph[**n]).map_or(0, |(i, _)| i);
                members.rotate_left(first_listed);
                return members.into_iter().map(name).collect();
            }
            walk.push(previous);
            node = previous;
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::{ceil_exact, first_duplicate};

    #[test]
    fn the_second_of_two_equal_ids_is_named() {
        assert_eq!(first_duplicate(&["A", "B", "C", "B", "A"], |s| s), Some(3));
        assert_eq!(first_duplicate(&["A", "B"], |s| s), None);
    }

    #[test]
    fn ceil_exact_ignores_float_noise() {
        assert_eq!(ceil_exact(100.0 * 1.1), 110.0);
        assert_eq!(ceil_exact(180.0 * 1.02), 184.0);
        assert_eq!(ceil_exact(110.01), 111.0);
        assert_eq!(ceil_exact(-0.5), -0.0);
    }
}
