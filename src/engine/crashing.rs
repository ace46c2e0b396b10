//! Crashing a project: the time–cost trade-off. Each activity can be shortened from its normal
//! duration DN to its crash duration DC, its cost rising linearly from CN to CC.
//!
//! ```text
//! cost to crash per period  s = (CC − CN) / (DN − DC)
//! least direct cost at duration d:  minimise CN_total + Σ s·x  over crash amounts 0 ≤ x ≤ DN − DC
//!     and start dates t ≥ 0, with t_j ≥ t_i + DN_i − x_i for each arrow i → j and t_i + DN_i − x_i ≤ d
//! total cost(d) = direct(d) + indirect·d + penalty·max(0, d − ref) − bonus·max(0, ref − d)
//! ```
//! The least direct cost is a linear programme, solved exactly by microlp. Beside it, the course's
//! greedy method: shorten every critical path by one period at a time, crashing on each the
//! activity that is cheapest per period (one per path); it can cost more than the optimum, e.g.
//! when one activity shared by two critical paths would shorten both at once.
//!
//! # Complexity
//! One LP of 2V variables and V + E constraints per whole duration between the normal and the
//! minimum one.

use super::cpm::{self, Activity, CpmError};
use microlp::{ComparisonOp, OptimizationDirection, Problem};

#[derive(Debug, Clone, PartialEq)]
pub struct CrashActivity {
    pub id: String,
    pub normal_duration: f64,
    pub crash_duration: f64,
    pub normal_cost: f64,
    pub crash_cost: f64,
    pub predecessors: Vec<String>,
}

impl CrashActivity {
    /// `(CC − CN) / (DN − DC)`; 0 for an activity that cannot be shortened.
    pub fn slope(&self) -> f64 {
        let range = self.normal_duration - self.crash_duration;
        if range > 0.0 {
            (self.crash_cost - self.normal_cost) / range
        } else {
            0.0
        }
    }

    fn at(&self, duration: f64) -> Activity {
        Activity { id: self.id.clone(), duration, predecessors: self.predecessors.clone() }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum CrashError {
    Network(CpmError),
    /// Crash duration above the normal one, or crash cost below the normal one.
    Inconsistent(String),
    /// The linear programme could not be solved (it should always be: its message, for a report).
    Solver(String),
}

/// The least direct cost to finish within `duration`, and each activity's crash amount.
///
/// # Errors
/// A network error (unknown predecessor, cycle…), or the LP solver's, e.g. a duration below the
/// minimum (infeasible).
pub fn least_cost(activities: &[CrashActivity], duration: f64) -> Result<(f64, Vec<f64>), CrashError> {
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    let crash: Vec<_> =
        activities.iter().map(|a| problem.add_var(a.slope(), (0.0, (a.normal_duration - a.crash_duration).max(0.0)))).collect();
    let start: Vec<_> = activities.iter().map(|_| problem.add_var(0.0, (0.0, f64::INFINITY))).collect();
    // The network checked once (ids, cycles) and its arrows as indices.
    let network: Vec<Activity> = activities.iter().map(|a| a.at(a.normal_duration)).collect();
    let arrows = cpm::schedule(&network).map_err(CrashError::Network)?.predecessors;
    for (j, activity) in activities.iter().enumerate() {
        let (Some(&x_j), Some(&t_j)) = (crash.get(j), start.get(j)) else { continue };
        // Finishes by the deadline: t_j − x_j ≤ d − DN_j.
        problem.add_constraint([(t_j, 1.0), (x_j, -1.0)], ComparisonOp::Le, duration - activity.normal_duration);
        for &i in arrows.get(j).map(Vec::as_slice).unwrap_or_default() {
            let (Some(&x_i), Some(&t_i), Some(before)) = (crash.get(i), start.get(i), activities.get(i)) else { continue };
            // Starts after each predecessor ends: t_i − x_i − t_j ≤ −DN_i.
            problem.add_constraint([(t_i, 1.0), (x_i, -1.0), (t_j, -1.0)], ComparisonOp::Le, -before.normal_duration);
        }
    }
    let solution = problem.solve().map_err(|e| CrashError::Solver(e.to_string()))?;
    let normal: f64 = activities.iter().map(|a| a.normal_cost).sum();
    Ok((normal + solution.objective(), crash.iter().map(|x| solution[*x]).collect()))
}

/// One step of the course's greedy method.
#[derive(Debug, Clone, PartialEq)]
pub struct GreedyStep {
    /// Activities shortened at this step (one per critical path, the cheapest per period on it).
    pub crashed: Vec<usize>,
    pub duration: f64,
    pub direct_cost: f64,
}

/// The course's method: while every critical path can still be shortened, shorten each by one
/// period (or what is left) on its cheapest activity.
///
/// # Errors
/// A network error.
pub fn greedy(activities: &[CrashActivity]) -> Result<Vec<GreedyStep>, CrashError> {
    let mut durations: Vec<f64> = activities.iter().map(|a| a.normal_duration).collect();
    let mut cost: f64 = activities.iter().map(|a| a.normal_cost).sum();
    let mut steps = Vec::new();
    let network = |durations: &[f64]| activities.iter().zip(durations).map(|(a, d)| a.at(*d)).collect::<Vec<_>>();
    let room = |i: usize, durations: &[f64]| durations.get(i).zip(activities.get(i)).map_or(0.0, |(d, a)| d - a.crash_duration);
    // Each step removes at least a period's worth of room somewhere: this bounds the loop.
    for _ in 0..=activities.len() * 1000 {
        let schedule = cpm::schedule(&network(&durations)).map_err(CrashError::Network)?;
        let mut chosen: Vec<usize> = Vec::new();
        for path in &schedule.critical_paths {
            let cheapest = path.iter().copied().filter(|i| room(*i, &durations) > 1e-9).min_by(|a, b| {
                let slope = |i: usize| activities.get(i).map_or(f64::INFINITY, CrashActivity::slope);
                slope(*a).total_cmp(&slope(*b))
            });
            match cheapest {
                Some(i) if !chosen.contains(&i) => chosen.push(i),
                Some(_) => {}
                None => return Ok(steps),
            }
        }
        if chosen.is_empty() || schedule.more_paths {
            return Ok(steps);
        }
        let step = chosen.iter().map(|i| room(*i, &durations)).fold(1.0_f64, f64::min);
        for &i in &chosen {
            if let Some(d) = durations.get_mut(i) {
                *d -= step;
            }
            cost += step * activities.get(i).map_or(0.0, CrashActivity::slope);
        }
        let duration = cpm::schedule(&network(&durations)).map_err(CrashError::Network)?.duration;
        steps.push(GreedyStep { crashed: chosen, duration, direct_cost: cost });
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(id: &str, (dn, dc): (f64, f64), (cn, cc): (f64, f64), predecessors: &[&str]) -> CrashActivity {
        CrashActivity {
            id: id.to_owned(),
            normal_duration: dn,
            crash_duration: dc,
            normal_cost: cn,
            crash_cost: cc,
            predecessors: predecessors.iter().map(|p| (*p).to_owned()).collect(),
        }
    }

    /// Two parallel paths A→C and B→C… sharing C: crashing C shortens both at once.
    fn shared() -> Vec<CrashActivity> {
        vec![
            activity("A", (4.0, 2.0), (100.0, 160.0), &[]),         // 30 a period
            activity("B", (4.0, 2.0), (100.0, 160.0), &[]),         // 30 a period
            activity("C", (6.0, 4.0), (150.0, 250.0), &["A", "B"]), // 50 a period
        ]
    }

    #[test]
    fn the_least_cost_crashes_the_shared_activity_first() {
        let acts = shared();
        assert_eq!(acts[0].slope(), 30.0);
        // Normal: 10 periods for 350. One period less: crash C (50) rather than A and B (60).
        let (cost, crash) = least_cost(&acts, 9.0).unwrap();
        assert!((cost - 400.0).abs() < 1e-6, "{cost}");
        assert!((crash[2] - 1.0).abs() < 1e-6 && crash[0].abs() < 1e-6);
        // Down to 6: C fully crashed (2 periods, 100), then A and B one period each (60).
        let (cost, _) = least_cost(&acts, 7.0).unwrap();
        assert!((cost - 510.0).abs() < 1e-6, "{cost}");
        assert!(matches!(least_cost(&acts, 5.0), Err(CrashError::Solver(_))), "below the minimum of 6");
        let unknown = [activity("A", (2.0, 1.0), (1.0, 2.0), &["Z"])];
        assert!(matches!(least_cost(&unknown, 2.0), Err(CrashError::Network(CpmError::UnknownPredecessor { .. }))));
    }

    #[test]
    fn the_greedy_method_can_cost_more_than_the_optimum() {
        // The course's rule crashes the cheapest activity of each critical path: A and B (60),
        // where C alone (50) shortens both paths.
        let steps = greedy(&shared()).unwrap();
        let first = &steps[0];
        assert_eq!((first.crashed.clone(), first.duration), (vec![0, 1], 9.0));
        assert!((first.direct_cost - 410.0).abs() < 1e-9);
        let (optimum, _) = least_cost(&shared(), 9.0).unwrap();
        assert!(first.direct_cost > optimum);
        // It ends at the minimum duration: A and B crashed twice, then C twice.
        assert_eq!(steps.last().unwrap().duration, 6.0);
    }

    #[test]
    fn least_cost_never_rises_as_the_deadline_loosens() {
        let acts = shared();
        let costs: Vec<f64> = (6..=10).map(|d| least_cost(&acts, f64::from(d)).unwrap().0).collect();
        assert!(costs.windows(2).all(|w| w[0] >= w[1] - 1e-9), "{costs:?}");
        assert!((costs[4] - 350.0).abs() < 1e-9, "the normal duration costs the normal cost");
    }
}
