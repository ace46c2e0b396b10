//! PERT: three-point estimates, the critical path of the mean durations, and the probability of
//! finishing by a date.
//!
//! ```text
//! mean t = (a + 4m + b) / 6      standard deviation σ = (b − a) / 6
//! project D = Σ t on the critical path,  σ_D = √(Σ σ² on that path)
//! P(project ≤ T) = Φ((T − D) / σ_D)      date met with probability p: T = D + z_p · σ_D
//! ```
//! With several critical paths, the course's method uses one: the one with the largest variance
//! (its spread makes the answer the most cautious).

use super::cpm::{self, Activity, CpmError, Schedule};
use super::normal;
use super::rng::Rng;
use super::steps::Step;

/// Optimistic `a`, most likely `m`, pessimistic `b` (days); one value for all three is a certain duration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub optimistic: f64,
    pub likely: f64,
    pub pessimistic: f64,
}

impl Estimate {
    pub fn certain(duration: f64) -> Self {
        Self { optimistic: duration, likely: duration, pessimistic: duration }
    }

    /// `(a + 4m + b) / 6`.
    pub fn mean(&self) -> f64 {
        (self.optimistic + 4.0 * self.likely + self.pessimistic) / 6.0
    }

    /// `(b − a) / 6`.
    pub fn sd(&self) -> f64 {
        (self.pessimistic - self.optimistic) / 6.0
    }

    pub fn is_certain(&self) -> bool {
        self.sd() == 0.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PertActivity {
    pub id: String,
    pub estimate: Estimate,
    pub predecessors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PertInput {
    pub activities: Vec<PertActivity>,
    /// `T`: the date whose probability is asked, in days from the start.
    pub due_date: Option<f64>,
    /// `p`: the probability whose date is asked.
    pub probability: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PertSolution {
    /// Dates of the mean durations.
    pub schedule: Schedule,
    pub means: Vec<f64>,
    pub sds: Vec<f64>,
    /// Index in `schedule.critical_paths` of the path whose variance is used.
    pub path: usize,
    pub variance: f64,
    pub sd: f64,
    /// `P(project ≤ T)`.
    pub probability: Option<f64>,
    /// `z = (T − D) / σ_D`.
    pub z: Option<f64>,
    /// The date met with probability `p`.
    pub due: Option<f64>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PertError {
    Network(CpmError),
    /// Estimates of this activity not in the order a ≤ m ≤ b.
    EstimateOrder(String),
}

/// Schedules the mean durations and answers the probability questions asked.
///
/// # Errors
/// The network's errors (cycle, unknown or duplicate id, negative duration), or estimates of an
/// activity out of order.
pub fn solve(input: &PertInput) -> Result<PertSolution, PertError> {
    for activity in &input.activities {
        let e = activity.estimate;
        if !(e.optimistic <= e.likely && e.likely <= e.pessimistic) {
            return Err(PertError::EstimateOrder(activity.id.clone()));
        }
    }
    let means: Vec<f64> = input.activities.iter().map(|a| a.estimate.mean()).collect();
    let sds: Vec<f64> = input.activities.iter().map(|a| a.estimate.sd()).collect();
    let network: Vec<Activity> = input
        .activities
        .iter()
        .zip(&means)
        .map(|(a, mean)| Activity { id: a.id.clone(), duration: *mean, predecessors: a.predecessors.clone() })
        .collect();
    let schedule = cpm::schedule(&network).map_err(PertError::Network)?;
    let variance_of = |path: &Vec<usize>| path.iter().filter_map(|i| sds.get(*i)).map(|sd| sd * sd).sum::<f64>();
    let (path, variance) =
        schedule
            .critical_paths
            .iter()
            .map(variance_of)
            .enumerate()
            .fold((0, f64::NEG_INFINITY), |best, (i, v)| if v > best.1 { (i, v) } else { best });
    let variance = variance.max(0.0);
    let sd = variance.sqrt();
    let d = schedule.duration;

    // The sums written out term by term, along the path used.
    let on_path = schedule.critical_paths.get(path).cloned().unwrap_or_default();
    let mut sum_of_means = Step::new("duration", "D = Σ t (critical path)");
    let mut sum_of_variances = Step::new("variance", "σ_D² = Σ σ² (critical path)");
    for (k, i) in on_path.iter().enumerate() {
        if k > 0 {
            sum_of_means = sum_of_means.text(" + ");
            sum_of_variances = sum_of_variances.text(" + ");
        }
        sum_of_means = sum_of_means.num(means.get(*i).copied().unwrap_or_default());
        sum_of_variances = sum_of_variances.num(sds.get(*i).copied().unwrap_or_default()).text("²");
    }
    let mut steps = vec![
        sum_of_means.result(d),
        sum_of_variances.result(variance),
        Step::new("sd", "σ_D = √(σ_D²)").text("√").num(variance).result(sd),
    ];
    let (mut probability, mut z) = (None, None);
    if let Some(t) = input.due_date {
        let (p, zed) = if sd > 0.0 {
            let zed = (t - d) / sd;
            (normal::cdf(zed), Some(zed))
        } else {
            // A certain duration: finished by T or not.
            (if t >= d { 1.0 } else { 0.0 }, None)
        };
        if let Some(zed) = zed {
            steps.push(Step::new("z", "z = (T − D) / σ_D").text("(").num(t).text(" − ").num(d).text(") / ").num(sd).result(zed));
            steps.push(Step::new("probability", "P(D ≤ T) = Φ(z)").text("Φ(").num(zed).text(")").result(p));
        }
        probability = Some(p);
        z = zed;
    }
    let due = input.probability.map(|p| {
        let z_p = normal::inverse_cdf(p);
        let date = d + z_p * sd;
        if sd > 0.0 {
            steps.push(Step::new("due", "T = D + z_p · σ_D").num(d).text(" + ").num(z_p).text(" × ").num(sd).result(date));
        }
        date
    });
    Ok(PertSolution { schedule, means, sds, path, variance, sd, probability, z, due, steps })
}

/// Monte-Carlo runs a lesson draws by default.
pub const DEFAULT_RUNS: usize = 10_000;

/// What many simulated projects give, beside the analytic answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Simulation {
    pub runs: usize,
    pub mean: f64,
    pub sd: f64,
    /// Share of the runs finished by `T`.
    pub probability: Option<f64>,
    /// The duration `p` of the runs did not exceed.
    pub due: Option<f64>,
}

/// A seeded Monte-Carlo check of the analytic answer. Each run draws every duration from the
/// beta-PERT law on [a, b] and takes the longest path, so paths that are almost critical count
/// too: the simulated mean is at least the analytic D (the merge bias the normal method ignores).
///
/// ```text
/// duration = a + (b − a)·X,  X ~ Beta(α, β),  α = 1 + 4(m − a)/(b − a),  β = 1 + 4(b − m)/(b − a)
/// ```
/// (mean (a + 4m + b)/6, as the analytic method assumes).
///
/// # Complexity
/// O(runs × (V + E)).
pub fn simulate(input: &PertInput, schedule: &Schedule, runs: usize, seed: u64) -> Simulation {
    use rand_distr::{Beta, Distribution};
    // Per task: its fixed duration, or its range and beta law.
    let laws: Vec<(f64, f64, Option<Beta<f64>>)> = input
        .activities
        .iter()
        .map(|a| {
            let e = a.estimate;
            let spread = e.pessimistic - e.optimistic;
            let law = (spread > 0.0).then(|| {
                let alpha = 1.0 + 4.0 * (e.likely - e.optimistic) / spread;
                let beta = 1.0 + 4.0 * (e.pessimistic - e.likely) / spread;
                Beta::new(alpha, beta).ok()
            });
            (e.optimistic, spread, law.flatten())
        })
        .collect();
    let mut rng = Rng::new(seed);
    let mut finish = vec![0.0_f64; input.activities.len()];
    let mut durations = Vec::with_capacity(runs);
    for _ in 0..runs {
        for &i in &schedule.order {
            let start =
                schedule.predecessors.get(i).map_or(0.0, |p| p.iter().filter_map(|j| finish.get(*j)).fold(0.0_f64, |a, b| a.max(*b)));
            let took = laws.get(i).map_or(0.0, |(low, spread, law)| match law {
                Some(law) => low + spread * law.sample(&mut rng),
                None => *low,
            });
            if let Some(slot) = finish.get_mut(i) {
                *slot = start + took;
            }
        }
        durations.push(finish.iter().copied().fold(0.0_f64, f64::max));
    }
    let n = durations.len().max(1) as f64;
    let mean = durations.iter().sum::<f64>() / n;
    let sd = (durations.iter().map(|d| (d - mean) * (d - mean)).sum::<f64>() / n).sqrt();
    let probability = input.due_date.map(|t| durations.iter().filter(|d| **d <= t).count() as f64 / n);
    durations.sort_unstable_by(f64::total_cmp);
    let due = input.probability.and_then(|p| {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0 < p < 1: a rank within the runs
        let rank = ((p * n).ceil() as usize).saturating_sub(1);
        durations.get(rank).copied()
    });
    Simulation { runs, mean, sd, probability, due }
}

/// A practice project: 6 to 8 tasks A, B, C… with three-point estimates, each after one or two
/// earlier tasks (the first two start the project), a target date near the expected end, p = 95 %.
pub fn exercise(seed: u64) -> PertInput {
    let mut rng = Rng::new(seed);
    let count = rng.int(6, 8);
    let ids: Vec<String> = (0..count).filter_map(|i| char::from_u32(u32::try_from(65 + i).ok()?)).map(String::from).collect();
    let activities: Vec<PertActivity> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let likely = rng.int(2, 12) as f64;
            let estimate = Estimate { optimistic: likely - rng.int(0, 2) as f64, likely, pessimistic: likely + rng.int(1, 6) as f64 };
            let mut predecessors = Vec::new();
            if i >= 2 {
                let picks = rng.int(1, 2);
                for _ in 0..picks {
                    let before = usize::try_from(rng.int(0, i64::try_from(i).unwrap_or(1) - 1)).unwrap_or(0);
                    if let Some(p) = ids.get(before).filter(|p| !predecessors.contains(*p)) {
                        predecessors.push(p.clone());
                    }
                }
            }
            PertActivity { id: id.clone(), estimate, predecessors }
        })
        .collect();
    let expected =
        solve(&PertInput { activities: activities.clone(), due_date: None, probability: None }).map_or(0.0, |s| s.schedule.duration);
    let due_date = Some((expected + rng.int(-2, 4) as f64).round().max(1.0));
    PertInput { activities, due_date, probability: Some(0.95) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn certain(id: &str, d: f64, predecessors: &[&str]) -> PertActivity {
        PertActivity { id: id.into(), estimate: Estimate::certain(d), predecessors: predecessors.iter().map(|p| (*p).to_owned()).collect() }
    }

    #[test]
    fn three_point_estimates() {
        let e = Estimate { optimistic: 2.0, likely: 4.0, pessimistic: 12.0 };
        assert!((e.mean() - 5.0).abs() < 1e-12);
        assert!((e.sd() - 10.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn probability_on_the_critical_path_and_its_inverse() {
        // A then B, both 2/4/12 (mean 5, σ² = 25/9 each): D = 10, σ_D = √(50/9) = 2.357.
        let e = Estimate { optimistic: 2.0, likely: 4.0, pessimistic: 12.0 };
        let activities = vec![
            PertActivity { id: "A".into(), estimate: e, predecessors: vec![] },
            PertActivity { id: "B".into(), estimate: e, predecessors: vec!["A".into()] },
            certain("C", 3.0, &[]),
        ];
        let s = solve(&PertInput { activities, due_date: Some(12.0), probability: Some(0.95) }).unwrap();
        assert!((s.schedule.duration - 10.0).abs() < 1e-12);
        assert!((s.sd - (50.0_f64 / 9.0).sqrt()).abs() < 1e-12);
        let z = 2.0 / (50.0_f64 / 9.0).sqrt();
        assert!((s.probability.unwrap() - normal::cdf(z)).abs() < 1e-12);
        assert!((s.probability.unwrap() - 0.801_928_045_4).abs() < 1e-9);
        assert!((s.due.unwrap() - (10.0 + 1.644_853_626_951_472_2 * s.sd)).abs() < 1e-9);
    }

    #[test]
    fn the_critical_path_with_the_largest_variance_is_used() {
        let wide = Estimate { optimistic: 1.0, likely: 5.0, pessimistic: 9.0 };
        let activities = vec![
            certain("X", 5.0, &[]),
            PertActivity { id: "Y".into(), estimate: wide, predecessors: vec![] },
            certain("Z", 1.0, &["X", "Y"]),
        ];
        let s = solve(&PertInput { activities, due_date: None, probability: None }).unwrap();
        assert_eq!(s.schedule.critical_paths.len(), 2);
        assert_eq!(s.schedule.critical_paths[s.path], vec![1, 2]);
        assert!((s.sd - 8.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn certain_durations_give_certain_answers() {
        let s = solve(&PertInput { activities: vec![certain("A", 12.0, &[])], due_date: Some(11.0), probability: Some(0.9) }).unwrap();
        assert_eq!((s.probability, s.due, s.z), (Some(0.0), Some(12.0), None));
    }

    #[test]
    fn practice_projects_are_valid_and_differ_by_seed() {
        for seed in 0..200 {
            let input = exercise(seed);
            let s = solve(&input).unwrap();
            assert!(s.sd > 0.0 && s.probability.is_some_and(|p| p > 0.0 && p < 1.0), "seed {seed}");
        }
        assert_ne!(exercise(1), exercise(2));
    }

    #[test]
    fn simulation_matches_certain_durations_and_shows_the_merge_bias() {
        let certain_project =
            PertInput { activities: vec![certain("A", 3.0, &[]), certain("B", 4.0, &["A"])], due_date: Some(7.0), probability: Some(0.5) };
        let s = solve(&certain_project).unwrap();
        let sim = simulate(&certain_project, &s.schedule, 1000, 1);
        assert_eq!((sim.mean, sim.sd, sim.probability, sim.due), (7.0, 0.0, Some(1.0), Some(7.0)));
        // Two equal uncertain paths in parallel: the project ends with the later one, so its mean
        // is above the single path's 5 that the analytic method reports.
        let e = Estimate { optimistic: 2.0, likely: 4.0, pessimistic: 12.0 };
        let fork = PertInput {
            activities: vec![
                PertActivity { id: "X".into(), estimate: e, predecessors: vec![] },
                PertActivity { id: "Y".into(), estimate: e, predecessors: vec![] },
            ],
            due_date: Some(5.0),
            probability: Some(0.9),
        };
        let s = solve(&fork).unwrap();
        let sim = simulate(&fork, &s.schedule, DEFAULT_RUNS, 7);
        assert!((s.schedule.duration - 5.0).abs() < 1e-12);
        assert!(sim.mean > 5.5, "{}", sim.mean);
        assert!(sim.probability.unwrap() < s.probability.unwrap(), "finishing by T is less likely than the normal method says");
        // One path alone: the simulated mean is the analytic one within sampling error (σ/√n ≈ 0.017).
        let single = PertInput {
            activities: vec![PertActivity { id: "X".into(), estimate: e, predecessors: vec![] }],
            due_date: None,
            probability: None,
        };
        let s = solve(&single).unwrap();
        let sim = simulate(&single, &s.schedule, DEFAULT_RUNS, 7);
        assert!((sim.mean - 5.0).abs() < 0.06, "{}", sim.mean);
        assert_eq!(simulate(&single, &s.schedule, 100, 3), simulate(&single, &s.schedule, 100, 3), "seeded");
    }

    #[test]
    fn estimates_out_of_order_are_named() {
        let bad =
            PertActivity { id: "Q".into(), estimate: Estimate { optimistic: 5.0, likely: 4.0, pessimistic: 6.0 }, predecessors: vec![] };
        assert_eq!(
            solve(&PertInput { activities: vec![bad], due_date: None, probability: None }),
            Err(PertError::EstimateOrder("Q".into()))
        );
    }
}
