//! Critical path method on an activity-on-node network: the forward and backward passes, floats,
//! and every critical path. Shared by the PERT and crashing lessons (and later scheduling).
//!
//! ```text
//! forward:  ES(j) = max over predecessors i of EF(i) (0 without predecessors),  EF(j) = ES(j) + d(j)
//! project:  D = max EF
//! backward: LF(i) = min over successors j of LS(j) (D without successors),     LS(i) = LF(i) − d(i)
//! floats:   total float TF(i) = LS(i) − ES(i),  free float FF(i) = min over successors ES(j) − EF(i) (D − EF(i) at the end)
//! ```
//! An activity is critical when its total float is zero; a critical path is a chain of critical
//! activities from the start to the end where each one finishes exactly when the next starts.
//!
//! # Complexity
//! O(V + E) for the passes (after petgraph's topological sort); listing critical paths is
//! exponential in the worst case, so it stops at [`MAX_CRITICAL_PATHS`].

use petgraph::algo::toposort;
use petgraph::graph::{DiGraph, NodeIndex};

/// Critical paths listed at most; a network with more says so.
pub const MAX_CRITICAL_PATHS: usize = 20;

#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub id: String,
    /// Duration in periods (days), ≥ 0; 0 is a milestone.
    pub duration: f64,
    /// Ids of the activities that must finish before this one starts.
    pub predecessors: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    pub earliest_start: f64,
    pub earliest_finish: f64,
    pub latest_start: f64,
    pub latest_finish: f64,
    pub total_float: f64,
    pub free_float: f64,
}

impl Timing {
    pub fn is_critical(&self) -> bool {
        self.total_float.abs() <= EPSILON
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    /// One per activity, in the input's order.
    pub timings: Vec<Timing>,
    /// Indices of the activities in a topological order (every predecessor before its successors).
    pub order: Vec<usize>,
    pub duration: f64,
    /// Every critical path (indices into the activities), sorted by their ids; at most [`MAX_CRITICAL_PATHS`].
    pub critical_paths: Vec<Vec<usize>>,
    /// More critical paths exist than were listed.
    pub more_paths: bool,
    /// Each activity's predecessors as indices, resolved once for every caller.
    pub predecessors: Vec<Vec<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CpmError {
    NoActivities,
    /// The activity in this row (from 0) has no id.
    EmptyId {
        row: usize,
    },
    DuplicateId(String),
    UnknownPredecessor {
        activity: String,
        predecessor: String,
    },
    /// Activities that wait for each other, in order: each one must finish before the next starts,
    /// and the last before the first.
    Cycle(Vec<String>),
    /// A duration negative or not finite.
    InvalidDuration(String),
}

/// Dates are sums of durations: far below this, two dates are the same date.
const EPSILON: f64 = 1e-9;

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= EPSILON * a.abs().max(b.abs()).max(1.0)
}

/// The network as a graph, edges from predecessor to successor.
fn network(activities: &[Activity]) -> Result<DiGraph<usize, ()>, CpmError> {
    if activities.is_empty() {
        return Err(CpmError::NoActivities);
    }
    // Ids are looked up by a scan: lessons cap networks at about a hundred activities, and a
    // hash map cost more wasm than the scans cost time.
    let row_of = |id: &str| activities.iter().position(|a| a.id == id);
    let mut graph = DiGraph::with_capacity(activities.len(), activities.len());
    for (row, activity) in activities.iter().enumerate() {
        if activity.id.trim().is_empty() {
            return Err(CpmError::EmptyId { row });
        }
        if !activity.duration.is_finite() || activity.duration < 0.0 {
            return Err(CpmError::InvalidDuration(activity.id.clone()));
        }
        if row_of(&activity.id) != Some(row) {
            return Err(CpmError::DuplicateId(activity.id.clone()));
        }
        graph.add_node(row);
    }
    for (row, activity) in activities.iter().enumerate() {
        for predecessor in &activity.predecessors {
            let Some(from) = row_of(predecessor) else {
                return Err(CpmError::UnknownPredecessor { activity: activity.id.clone(), predecessor: predecessor.clone() });
            };
            graph.update_edge(NodeIndex::new(from), NodeIndex::new(row), ());
        }
    }
    Ok(graph)
}

/// A checked network, ready to be scheduled with any durations (crashing schedules the same
/// network hundreds of times).
pub struct Network {
    graph: DiGraph<usize, ()>,
    /// Nodes in a topological order.
    sorted: Vec<NodeIndex>,
    ids: Vec<String>,
    predecessors: Vec<Vec<usize>>,
}

impl Network {
    /// # Errors
    /// No activity, an empty or duplicate id, a negative duration, an unknown predecessor (named
    /// with its activity), or a cycle (its activities in order).
    pub fn new(activities: &[Activity]) -> Result<Self, CpmError> {
        let graph = network(activities)?;
        let sorted = toposort(&graph, None).map_err(|_| {
            let ids: Vec<&str> = activities.iter().map(|a| a.id.as_str()).collect();
            CpmError::Cycle(super::cycle(&graph, &ids))
        })?;
        // In the order each activity lists them (the graph's own order is the reverse of insertion).
        let predecessors =
            activities.iter().map(|a| a.predecessors.iter().filter_map(|p| activities.iter().position(|b| &b.id == p)).collect()).collect();
        Ok(Self { graph, sorted, ids: activities.iter().map(|a| a.id.clone()).collect(), predecessors })
    }

    /// Each activity's predecessors as indices.
    pub fn predecessors(&self) -> &[Vec<usize>] {
        &self.predecessors
    }

    /// The passes, floats and critical paths with these durations (one per activity, ≥ 0).
    pub fn schedule(&self, durations: &[f64]) -> Schedule {
        let (timings, duration) = self.passes(durations);
        let (critical_paths, more_paths) = critical_paths(&self.graph, &self.ids, &timings, duration);
        let order = self.sorted.iter().map(|n| self.graph[*n]).collect();
        Schedule { timings, order, duration, critical_paths, more_paths, predecessors: self.predecessors.clone() }
    }

    /// Only the dates, floats and project duration: listing the critical paths costs more than
    /// the passes when many paths tie, as they do in a crashed project.
    pub fn passes(&self, durations: &[f64]) -> (Vec<Timing>, f64) {
        let graph = &self.graph;
        let duration_of = |i: usize| durations.get(i).copied().unwrap_or_default();
        let n = self.ids.len();
        let mut earliest_start = vec![0.0_f64; n];
        let mut earliest_finish = vec![0.0_f64; n];
        for &node in &self.sorted {
            let i = graph[node];
            let start = graph
                .neighbors_directed(node, petgraph::Direction::Incoming)
                .filter_map(|p| earliest_finish.get(graph[p]).copied())
                .fold(0.0_f64, f64::max);
            if let (Some(es), Some(ef)) = (earliest_start.get_mut(i), earliest_finish.get_mut(i)) {
                *es = start;
                *ef = start + duration_of(i);
            }
        }
        let duration = earliest_finish.iter().copied().fold(0.0_f64, f64::max);

        let mut latest_start = vec![duration; n];
        let mut latest_finish = vec![duration; n];
        let mut free_float = vec![0.0_f64; n];
        for &node in self.sorted.iter().rev() {
            let i = graph[node];
            let successors = || graph.neighbors_directed(node, petgraph::Direction::Outgoing).map(|s| graph[s]);
            let finish = successors().filter_map(|s| latest_start.get(s).copied()).fold(duration, f64::min);
            let next_start = successors().filter_map(|s| earliest_start.get(s).copied()).fold(duration, f64::min);
            let ef = earliest_finish.get(i).copied().unwrap_or_default();
            if let (Some(lf), Some(ls), Some(ff)) = (latest_finish.get_mut(i), latest_start.get_mut(i), free_float.get_mut(i)) {
                *lf = finish;
                *ls = finish - duration_of(i);
                *ff = clean(next_start - ef);
            }
        }
        let timings: Vec<Timing> = (0..n)
            .map(|i| {
                let at = |v: &[f64]| v.get(i).copied().unwrap_or_default();
                Timing {
                    earliest_start: at(&earliest_start),
                    earliest_finish: at(&earliest_finish),
                    latest_start: at(&latest_start),
                    latest_finish: at(&latest_finish),
                    total_float: clean(at(&latest_start) - at(&earliest_start)),
                    free_float: at(&free_float),
                }
            })
            .collect();
        (timings, duration)
    }
}

/// The passes, floats and critical paths.
///
/// # Errors
/// No activity, an empty or duplicate id, a negative duration, an unknown predecessor (named
/// with its activity), or a cycle (its activities in order).
pub fn schedule(activities: &[Activity]) -> Result<Schedule, CpmError> {
    let durations: Vec<f64> = activities.iter().map(|a| a.duration).collect();
    Ok(Network::new(activities)?.schedule(&durations))
}

/// Rounding noise of sums of fractional durations (PERT means) is not float.
fn clean(float: f64) -> f64 {
    if float.abs() <= EPSILON {
        0.0
    } else {
        float
    }
}

fn critical_paths(graph: &DiGraph<usize, ()>, ids: &[String], timings: &[Timing], duration: f64) -> (Vec<Vec<usize>>, bool) {
    let critical = |i: usize| timings.get(i).is_some_and(Timing::is_critical);
    let mut paths = Vec::new();
    let mut more = false;
    let mut stack: Vec<Vec<NodeIndex>> = graph
        .node_indices()
        .filter(|node| critical(graph[*node]) && graph.neighbors_directed(*node, petgraph::Direction::Incoming).next().is_none())
        .map(|node| vec![node])
        .collect();
    while let Some(path) = stack.pop() {
        let Some(&last) = path.last() else { continue };
        let finish = timings.get(graph[last]).map_or(0.0, |t| t.earliest_finish);
        let next: Vec<NodeIndex> = graph
            .neighbors_directed(last, petgraph::Direction::Outgoing)
            .filter(|s| critical(graph[*s]) && timings.get(graph[*s]).is_some_and(|t| same(t.earliest_start, finish)))
            .collect();
        if next.is_empty() {
            if same(finish, duration) {
                if paths.len() == MAX_CRITICAL_PATHS {
                    more = true;
                    break;
                }
                paths.push(path.iter().map(|n| graph[*n]).collect::<Vec<usize>>());
            }
            continue;
        }
        for successor in next {
            let mut longer = path.clone();
            longer.push(successor);
            stack.push(longer);
        }
    }
    let key = |path: &Vec<usize>| path.iter().map(|i| ids.get(*i).map_or("", String::as_str)).collect::<Vec<_>>().join("-");
    paths.sort_by_cached_key(key);
    (paths, more)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn activity(id: &str, duration: f64, predecessors: &[&str]) -> Activity {
        Activity { id: id.to_owned(), duration, predecessors: predecessors.iter().map(|p| (*p).to_owned()).collect() }
    }

    /// Fig 5.10 of the course.
    pub fn fig_5_10() -> Vec<Activity> {
        vec![
            activity("A", 12.0, &[]),
            activity("B", 9.0, &[]),
            activity("C", 10.0, &["A"]),
            activity("D", 10.0, &["B"]),
            activity("E", 24.0, &["B"]),
            activity("F", 10.0, &["A"]),
            activity("G", 35.0, &["C"]),
            activity("H", 40.0, &["D"]),
            activity("I", 15.0, &["A"]),
            activity("J", 4.0, &["E", "G", "H"]),
            activity("K", 6.0, &["F", "I", "J"]),
        ]
    }

    #[test]
    fn fig_5_12_dates_and_critical_path() {
        let activities = fig_5_10();
        let s = schedule(&activities).unwrap();
        assert_eq!(s.duration, 69.0);
        assert_eq!(s.predecessors[9], vec![4, 6, 7], "J after E, G, H, in the order given");
        // Fig 5.12: earliest / latest starts.
        let expected = [
            ("A", 0.0, 2.0),
            ("B", 0.0, 0.0),
            ("C", 12.0, 14.0),
            ("D", 9.0, 9.0),
            ("E", 9.0, 35.0),
            ("F", 12.0, 53.0),
            ("G", 22.0, 24.0),
            ("H", 19.0, 19.0),
            ("I", 12.0, 48.0),
            ("J", 59.0, 59.0),
            ("K", 63.0, 63.0),
        ];
        for ((id, es, ls), (activity, timing)) in expected.iter().zip(activities.iter().zip(&s.timings)) {
            assert_eq!((activity.id.as_str(), timing.earliest_start, timing.latest_start), (*id, *es, *ls));
        }
        let ids = |path: &Vec<usize>| path.iter().map(|i| activities[*i].id.as_str()).collect::<Vec<_>>().join("-");
        assert_eq!(s.critical_paths.iter().map(ids).collect::<Vec<_>>(), vec!["B-D-H-J-K"]);
        assert!(!s.more_paths);
        // Free float: E ends at 33, J starts at 59; F ends at 22, K starts at 63.
        assert_eq!((s.timings[4].free_float, s.timings[5].free_float, s.timings[0].free_float), (26.0, 41.0, 0.0));
        assert_eq!(s.timings[5].total_float, 41.0);
    }

    #[test]
    fn several_critical_paths_and_milestones() {
        let activities =
            vec![activity("S", 0.0, &[]), activity("X", 5.0, &["S"]), activity("Y", 5.0, &["S"]), activity("Z", 2.0, &["X", "Y"])];
        let s = schedule(&activities).unwrap();
        let ids = |path: &Vec<usize>| path.iter().map(|i| activities[*i].id.as_str()).collect::<Vec<_>>().join("-");
        assert_eq!(s.critical_paths.iter().map(ids).collect::<Vec<_>>(), vec!["S-X-Z", "S-Y-Z"]);
        assert_eq!(s.duration, 7.0);
    }

    #[test]
    fn errors_name_their_culprits() {
        assert_eq!(schedule(&[]), Err(CpmError::NoActivities));
        assert_eq!(schedule(&[activity("A", 1.0, &[]), activity("A", 2.0, &[])]), Err(CpmError::DuplicateId("A".into())));
        assert_eq!(
            schedule(&[activity("A", 1.0, &["Q"])]),
            Err(CpmError::UnknownPredecessor { activity: "A".into(), predecessor: "Q".into() })
        );
        assert_eq!(schedule(&[activity("A", -1.0, &[])]), Err(CpmError::InvalidDuration("A".into())));
        assert_eq!(schedule(&[activity(" ", 1.0, &[])]), Err(CpmError::EmptyId { row: 0 }));
        let looped = [activity("A", 1.0, &[]), activity("B", 1.0, &["A", "D"]), activity("C", 1.0, &["B"]), activity("D", 1.0, &["C"])];
        assert_eq!(schedule(&looped), Err(CpmError::Cycle(vec!["B".into(), "C".into(), "D".into()])));
        assert_eq!(schedule(&[activity("A", 1.0, &["A"])]), Err(CpmError::Cycle(vec!["A".into()])));
    }

    #[test]
    fn a_fan_of_equal_paths_lists_a_bounded_number() {
        // 3 layers of 3 equal activities, each depending on the whole previous layer: 27 critical paths.
        let mut activities = Vec::new();
        for layer in 0..3 {
            for k in 0..3 {
                let previous: Vec<String> = if layer == 0 { Vec::new() } else { (0..3).map(|p| format!("L{}{p}", layer - 1)).collect() };
                activities.push(Activity { id: format!("L{layer}{k}"), duration: 1.0, predecessors: previous });
            }
        }
        let s = schedule(&activities).unwrap();
        assert_eq!((s.critical_paths.len(), s.more_paths), (MAX_CRITICAL_PATHS, true));
    }
}
