//! Crashing a project: the time–cost trade-off. Each activity can be shortened from its normal
//! duration DN to its crash duration DC, its cost rising linearly from CN to CC.
//!
//! ```text
//! cost to crash per period  s = (CC − CN) / (DN − DC)
//! least direct cost at duration d:  minimise Σ CN + Σ s·x  over crash amounts 0 ≤ x ≤ DN − DC
//!     and start dates t ≥ 0, with t_j ≥ t_i + DN_i − x_i for each arrow i → j and t_i + DN_i − x_i ≤ d
//! total cost(d) = direct(d) + indirect·d + penalty·max(0, d − ref) − bonus·max(0, ref − d)
//! ```
//! The least direct cost is a linear programme, solved exactly by microlp. Beside it, the course's
//! two methods: the minimum duration by crashing everything and then relaxing what is not
//! critical, and the greedy descent that shortens every critical path by one period at a time on
//! its cheapest activity (one per path). Both can cost more than the optimum, e.g. when one
//! activity shared by two critical paths would shorten both at once.
//!
//! # Complexity
//! One LP of 2V + 1 variables and V + E constraints, solved once at the normal duration; each
//! shorter whole duration is then a few dual simplex pivots from the previous one.

use super::cpm::{Activity, CpmError, Network, Schedule};
use super::rng::Rng;
use super::steps::Step;
use microlp::{ComparisonOp, OptimizationDirection, Problem, Variable};

/// Most durations the cost curve lists: beyond, the project is better counted in longer periods.
pub const MAX_CURVE_POINTS: usize = 250;

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
        let range = self.room();
        if range > 0.0 {
            (self.crash_cost - self.normal_cost) / range
        } else {
            0.0
        }
    }

    /// `DN − DC`: by how much it can be shortened.
    pub fn room(&self) -> f64 {
        (self.normal_duration - self.crash_duration).max(0.0)
    }

    fn at(&self, duration: f64) -> Activity {
        Activity { id: self.id.clone(), duration, predecessors: self.predecessors.clone() }
    }
}

/// A project and the costs that depend on its duration.
#[derive(Debug, Clone, PartialEq)]
pub struct CrashInput {
    pub activities: Vec<CrashActivity>,
    /// Indirect cost per period (overheads, site hire).
    pub indirect: f64,
    /// The contract's reference duration, against which bonus and penalty count.
    pub reference: Option<f64>,
    /// Earned per period finished before the reference.
    pub bonus: f64,
    /// Paid per period finished after the reference.
    pub penalty: f64,
    /// A duration to reach at least cost.
    pub target: Option<f64>,
}

impl CrashInput {
    /// `penalty·max(0, d − ref) − bonus·max(0, ref − d)`: negative is a bonus.
    pub fn incentive(&self, duration: f64) -> f64 {
        self.reference
            .map_or(0.0, |reference| self.penalty * (duration - reference).max(0.0) - self.bonus * (reference - duration).max(0.0))
    }
}

/// The project at one duration, at least direct cost.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub duration: f64,
    pub direct: f64,
    /// `indirect × duration`.
    pub indirect: f64,
    /// Penalty (positive) or bonus (negative).
    pub incentive: f64,
    pub total: f64,
    /// Periods taken off each activity.
    pub crash: Vec<f64>,
}

/// The course's way to the minimum duration: everything crashed, then activities off the critical
/// path given back periods (the dearest per period first) as long as the duration holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Relaxation {
    /// (activity, periods given back), in the order they were given.
    pub steps: Vec<(usize, f64)>,
    pub direct: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CrashSolution {
    pub slopes: Vec<f64>,
    /// Every activity at its normal duration.
    pub normal: Schedule,
    pub normal_cost: f64,
    /// Every activity crashed.
    pub crashed: Schedule,
    pub relaxation: Relaxation,
    /// From the normal duration down to the minimum: the normal, every whole duration between, the minimum.
    pub curve: Vec<Point>,
    /// Index in `curve` of the least total cost (the longest such duration on a tie: less to crash).
    pub best: usize,
    /// The activities at their durations for the least total cost.
    pub at_best: Schedule,
    pub target: Option<Point>,
    pub greedy: Vec<GreedyStep>,
    pub steps: Vec<Step>,
}

impl CrashSolution {
    pub fn minimum(&self) -> Option<&Point> {
        self.curve.last()
    }

    pub fn best(&self) -> Option<&Point> {
        self.curve.get(self.best)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum CrashError {
    Network(CpmError),
    /// This activity's crash duration is longer than its normal one.
    CrashLonger(String),
    /// This activity costs less crashed than normal.
    CrashCheaper(String),
    /// The target is shorter than the minimum duration.
    TargetTooShort {
        target: f64,
        minimum: f64,
    },
    /// More durations between normal and minimum than [`MAX_CURVE_POINTS`].
    TooManyDurations {
        normal: f64,
        minimum: f64,
    },
    /// The linear programme could not be solved (it should always be: its message, for a report).
    Solver(String),
}

/// The least-cost model: crash amounts x, start dates t and the end date E ≤ `end`.
struct Model {
    problem: Problem,
    crash: Vec<Variable>,
    end: Variable,
}

fn model(activities: &[CrashActivity], network: &Network, end: f64) -> Model {
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    let crash: Vec<_> = activities.iter().map(|a| problem.add_var(a.slope(), (0.0, a.room()))).collect();
    let start: Vec<_> = activities.iter().map(|_| problem.add_var(0.0, (0.0, f64::INFINITY))).collect();
    let end = problem.add_var(0.0, (0.0, end.max(0.0)));
    for (j, activity) in activities.iter().enumerate() {
        let (Some(&x_j), Some(&t_j)) = (crash.get(j), start.get(j)) else { continue };
        // Finishes by the end: t_j − x_j − E ≤ −DN_j.
        problem.add_constraint([(t_j, 1.0), (x_j, -1.0), (end, -1.0)], ComparisonOp::Le, -activity.normal_duration);
        for &i in network.predecessors().get(j).map(Vec::as_slice).unwrap_or_default() {
            let (Some(&x_i), Some(&t_i), Some(before)) = (crash.get(i), start.get(i), activities.get(i)) else { continue };
            // Starts after each predecessor ends: t_i − x_i − t_j ≤ −DN_i.
            problem.add_constraint([(t_i, 1.0), (x_i, -1.0), (t_j, -1.0)], ComparisonOp::Le, -before.normal_duration);
        }
    }
    Model { problem, crash, end }
}

/// The network checked once, at normal durations.
fn network(activities: &[CrashActivity]) -> Result<Network, CrashError> {
    let normal: Vec<Activity> = activities.iter().map(|a| a.at(a.normal_duration)).collect();
    Network::new(&normal).map_err(CrashError::Network)
}

fn solver_error(error: &microlp::Error) -> CrashError {
    CrashError::Solver(error.to_string())
}

fn normal_cost(activities: &[CrashActivity]) -> f64 {
    activities.iter().map(|a| a.normal_cost).sum()
}

/// The least direct cost to finish within `duration`, and each activity's crash amount.
///
/// # Errors
/// A network error (unknown predecessor, cycle…), or the LP solver's, e.g. a duration below the
/// minimum (infeasible).
pub fn least_cost(activities: &[CrashActivity], duration: f64) -> Result<(f64, Vec<f64>), CrashError> {
    let Model { problem, crash, .. } = model(activities, &network(activities)?, duration);
    let solution = problem.solve().map_err(|e| solver_error(&e))?;
    Ok((normal_cost(activities) + solution.objective(), crash.iter().map(|x| solution[*x]).collect()))
}

/// The least direct cost at each duration, longest first: the model is solved once, then each
/// shorter deadline starts from the previous optimum (dual simplex), a few pivots each.
///
/// # Errors
/// The solver's, for a duration below the minimum.
fn least_costs(activities: &[CrashActivity], network: &Network, durations: &[f64]) -> Result<Vec<(f64, Vec<f64>)>, CrashError> {
    let solve_within = |end: f64| {
        let Model { problem, crash, end } = model(activities, network, end);
        problem.solve().map(|solution| (solution, crash, end)).map_err(|e| solver_error(&e))
    };
    let (mut solution, crash, end) = solve_within(durations.iter().copied().fold(0.0_f64, f64::max))?;
    let base = normal_cost(activities);
    let mut costs = Vec::with_capacity(durations.len());
    for &duration in durations {
        // `fix_var` moves the end date in a few pivots, but fails when that date is basic and
        // already there (a degenerate pivot); the rare failure is solved afresh.
        solution = match solution.fix_var(end, duration) {
            Ok(next) => next,
            Err(_) => solve_within(duration)?.0,
        };
        costs.push((base + solution.objective(), crash.iter().map(|x| solution[*x]).collect()));
    }
    Ok(costs)
}

fn check(activities: &[CrashActivity]) -> Result<(), CrashError> {
    for a in activities {
        if a.crash_duration > a.normal_duration {
            return Err(CrashError::CrashLonger(a.id.clone()));
        }
        if a.crash_cost < a.normal_cost {
            return Err(CrashError::CrashCheaper(a.id.clone()));
        }
    }
    Ok(())
}

/// Everything crashed, then each activity (the dearest per period first) given back as many
/// periods as its total float allows, so that the minimum duration holds.
fn relax(activities: &[CrashActivity], network: &Network) -> (Schedule, Relaxation) {
    let mut durations: Vec<f64> = activities.iter().map(|a| a.crash_duration).collect();
    let crashed = network.schedule(&durations);
    let mut dearest_first: Vec<usize> = (0..activities.len()).collect();
    dearest_first.sort_by(|a, b| {
        let slope = |i: &usize| activities.get(*i).map_or(0.0, CrashActivity::slope);
        slope(b).total_cmp(&slope(a))
    });
    let mut steps = Vec::new();
    for i in dearest_first {
        let Some(activity) = activities.get(i) else { continue };
        let float = network.passes(&durations).0.get(i).map_or(0.0, |t| t.total_float);
        let given = float.min(activity.room());
        if given > 0.0 && activity.slope() > 0.0 {
            if let Some(d) = durations.get_mut(i) {
                *d += given;
            }
            steps.push((i, given));
        }
    }
    let direct = activities.iter().zip(&durations).map(|(a, d)| a.normal_cost + a.slope() * (a.normal_duration - d)).sum();
    (crashed, Relaxation { steps, direct })
}

/// What the activities alone decide: the schedules, the least direct cost at every duration from
/// normal to minimum and the course's two methods. Indirect cost, bonus, penalty and target only
/// price this curve, so a lesson can keep the plan while those are edited (the LPs are most of
/// the work: 241 of them at the caps).
pub struct Plan {
    network: Network,
    normal: Schedule,
    crashed: Schedule,
    relaxation: Relaxation,
    /// (duration, (least direct cost, crash amounts)), longest first.
    least: Vec<(f64, (f64, Vec<f64>))>,
    greedy: Vec<GreedyStep>,
}

/// The activities' [`Plan`].
///
/// # Errors
/// The network's errors, an activity whose crash point is longer or cheaper than its normal one,
/// or too many durations to list.
pub fn plan(activities: &[CrashActivity]) -> Result<Plan, CrashError> {
    check(activities)?;
    let network = network(activities)?;
    let normal = network.schedule(&activities.iter().map(|a| a.normal_duration).collect::<Vec<_>>());
    let (crashed, relaxation) = relax(activities, &network);
    let (longest, shortest) = (normal.duration, crashed.duration);
    if longest - shortest > MAX_CURVE_POINTS as f64 {
        return Err(CrashError::TooManyDurations { normal: longest, minimum: shortest });
    }
    let mut durations = vec![longest];
    let mut whole = (longest - 1e-9).floor();
    while whole > shortest + 1e-9 {
        durations.push(whole);
        whole -= 1.0;
    }
    if shortest < longest {
        durations.push(shortest);
    }
    let least = durations.iter().copied().zip(least_costs(activities, &network, &durations)?).collect();
    let greedy = greedy(activities, &network);
    Ok(Plan { network, normal, crashed, relaxation, least, greedy })
}

/// The normal and crashed schedules, the least-cost curve with indirect cost, bonus and penalty,
/// its best total, the cost of the target, and the course's two methods beside them.
///
/// # Errors
/// Those of [`plan`], and a target below the minimum duration.
pub fn solve(input: &CrashInput) -> Result<CrashSolution, CrashError> {
    solve_planned(input, &plan(&input.activities)?)
}

/// [`solve`] with the activities' plan already made: `plan` must be [`plan`] of `input.activities`.
///
/// # Errors
/// A target below the minimum duration; the solver's for the target's LP.
pub fn solve_planned(input: &CrashInput, plan: &Plan) -> Result<CrashSolution, CrashError> {
    let activities = &input.activities;
    let (longest, shortest) = (plan.normal.duration, plan.crashed.duration);
    if let Some(target) = input.target.filter(|t| *t < shortest - 1e-9) {
        return Err(CrashError::TargetTooShort { target, minimum: shortest });
    }
    let point = |duration: f64, (direct, crash): (f64, Vec<f64>)| {
        let indirect = input.indirect * duration;
        let incentive = input.incentive(duration);
        Point { duration, direct, indirect, incentive, total: direct + indirect + incentive, crash }
    };
    let curve: Vec<Point> = plan.least.iter().map(|(duration, cost)| point(*duration, cost.clone())).collect();
    // Strictly lower only: on a tie the longer duration, reached first, stays.
    let best =
        curve.iter().enumerate().fold(0, |best, (i, p)| if curve.get(best).is_some_and(|b| p.total < b.total - 1e-9) { i } else { best });
    let target = match input.target {
        Some(t) if t >= longest => Some(point(t, (normal_cost(activities), vec![0.0; activities.len()]))),
        Some(t) => Some(point(t, least_cost(activities, t)?)),
        None => None,
    };
    let best_durations: Vec<f64> =
        curve.get(best).map(|p| activities.iter().zip(&p.crash).map(|(a, x)| a.normal_duration - x).collect()).unwrap_or_default();
    let solution = CrashSolution {
        at_best: plan.network.schedule(&best_durations),
        slopes: activities.iter().map(CrashActivity::slope).collect(),
        normal_cost: normal_cost(activities),
        greedy: plan.greedy.clone(),
        normal: plan.normal.clone(),
        crashed: plan.crashed.clone(),
        relaxation: plan.relaxation.clone(),
        curve,
        best,
        target,
        steps: Vec::new(),
    };
    let steps = worked_steps(input, &solution);
    Ok(CrashSolution { steps, ..solution })
}

/// The formulas with the project's numbers: the slope of the first activity the greedy method
/// crashes, the normal cost, the minimum duration and the total cost at the best duration.
fn worked_steps(input: &CrashInput, s: &CrashSolution) -> Vec<Step> {
    let mut steps = Vec::new();
    let first = s.greedy.first().and_then(|g| g.crashed.first()).and_then(|i| input.activities.get(*i));
    if let Some(a) = first {
        steps.push(
            Step::new("slope", "s = (CC − CN) / (DN − DC)")
                .text("(")
                .num(a.crash_cost)
                .text(" − ")
                .num(a.normal_cost)
                .text(") / (")
                .num(a.normal_duration)
                .text(" − ")
                .num(a.crash_duration)
                .text(")")
                .result(a.slope()),
        );
    }
    let mut normal = Step::new("normal_cost", "CD(DN) = Σ CN");
    for (i, a) in input.activities.iter().enumerate() {
        normal = if i == 0 { normal } else { normal.text(" + ") }.num(a.normal_cost);
    }
    steps.push(normal.result(s.normal_cost));
    if let Some(best) = s.best() {
        let mut total = Step::new("total", "CT(d) = CD(d) + ci × d + P(d)")
            .num(best.direct)
            .text(" + ")
            .num(input.indirect)
            .text(" × ")
            .num(best.duration);
        if best.incentive > 0.0 {
            total = total.text(" + ").num(best.incentive);
        } else if best.incentive < 0.0 {
            total = total.text(" − ").num(-best.incentive);
        }
        steps.push(total.result(best.total));
    }
    steps
}

/// One step of the course's greedy method.
#[derive(Debug, Clone, PartialEq)]
pub struct GreedyStep {
    /// Activities shortened at this step (one per critical path, the cheapest per period on it).
    pub crashed: Vec<usize>,
    pub duration: f64,
    pub direct_cost: f64,
    /// Every activity's duration after the step.
    pub durations: Vec<f64>,
}

/// The course's method: while every critical path can still be shortened, shorten each by one
/// period (or what is left) on its cheapest activity.
fn greedy(activities: &[CrashActivity], network: &Network) -> Vec<GreedyStep> {
    let mut durations: Vec<f64> = activities.iter().map(|a| a.normal_duration).collect();
    let mut cost: f64 = activities.iter().map(|a| a.normal_cost).sum();
    let mut steps = Vec::new();
    let room = |i: usize, durations: &[f64]| durations.get(i).zip(activities.get(i)).map_or(0.0, |(d, a)| d - a.crash_duration);
    // Each step removes at least a period's worth of room somewhere: this bounds the loop.
    for _ in 0..=activities.len() * 1000 {
        let schedule = network.schedule(&durations);
        let mut chosen: Vec<usize> = Vec::new();
        for path in &schedule.critical_paths {
            let cheapest = path.iter().copied().filter(|i| room(*i, &durations) > 1e-9).min_by(|a, b| {
                let slope = |i: usize| activities.get(i).map_or(f64::INFINITY, CrashActivity::slope);
                slope(*a).total_cmp(&slope(*b))
            });
            match cheapest {
                Some(i) if !chosen.contains(&i) => chosen.push(i),
                Some(_) => {}
                None => return steps,
            }
        }
        if chosen.is_empty() || schedule.more_paths {
            return steps;
        }
        let step = chosen.iter().map(|i| room(*i, &durations)).fold(1.0_f64, f64::min);
        for &i in &chosen {
            if let Some(d) = durations.get_mut(i) {
                *d -= step;
            }
            cost += step * activities.get(i).map_or(0.0, CrashActivity::slope);
        }
        let duration = network.passes(&durations).1;
        steps.push(GreedyStep { crashed: chosen, duration, direct_cost: cost, durations: durations.clone() });
    }
    steps
}

/// A small project to crash by hand: five or six activities, slopes in tens of euros and an
/// indirect cost ending in 5, so no two durations tie for the least total cost.
pub fn exercise(seed: u64) -> CrashInput {
    let mut rng = Rng::new(seed);
    let count = rng.int(5, 6);
    let ids: Vec<String> = (0..count).filter_map(|i| char::from_u32(u32::try_from(65 + i).ok()?)).map(String::from).collect();
    let activities = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let normal_duration = rng.int(3, 9) as f64;
            let crash_duration = (normal_duration - rng.int(1, 3) as f64).max(1.0);
            let normal_cost = rng.step(100, 900, 50) as f64;
            let slope = rng.step(20, 120, 10) as f64;
            let mut predecessors: Vec<String> = Vec::new();
            if i >= 2 {
                for _ in 0..rng.int(1, 2) {
                    let before = usize::try_from(rng.int(0, i64::try_from(i).unwrap_or(1) - 1)).unwrap_or(0);
                    if let Some(p) = ids.get(before).filter(|p| !predecessors.contains(*p)) {
                        predecessors.push(p.clone());
                    }
                }
            }
            CrashActivity {
                id: id.clone(),
                normal_duration,
                crash_duration,
                normal_cost,
                crash_cost: normal_cost + slope * (normal_duration - crash_duration),
                predecessors,
            }
        })
        .collect();
    let mut project = CrashInput { activities, indirect: 0.0, reference: None, bonus: 0.0, penalty: 0.0, target: None };
    // An indirect cost for which some crashing pays but not all of it, when one exists: then the
    // best duration lies strictly between the minimum and the normal one.
    let first = rng.int(0, 15);
    for k in 0..16 {
        project.indirect = (45 + 10 * ((first + k) % 16)) as f64;
        let interior = solve(&project).ok().and_then(|s| {
            let best = s.best()?.duration;
            Some(best < s.normal.duration && best > s.crashed.duration)
        });
        if interior == Some(true) {
            break;
        }
    }
    project
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

    fn input(activities: Vec<CrashActivity>) -> CrashInput {
        CrashInput { activities, indirect: 0.0, reference: None, bonus: 0.0, penalty: 0.0, target: None }
    }

    #[test]
    fn the_greedy_method_can_cost_more_than_the_optimum() {
        // The course's rule crashes the cheapest activity of each critical path: A and B (60),
        // where C alone (50) shortens both paths.
        let s = solve(&input(shared())).unwrap();
        let first = &s.greedy[0];
        assert_eq!((first.crashed.clone(), first.duration), (vec![0, 1], 9.0));
        assert!((first.direct_cost - 410.0).abs() < 1e-9);
        assert!((s.curve[1].direct - 400.0).abs() < 1e-9, "the optimum crashes C");
        // It ends at the minimum duration: A and B crashed twice, then C twice.
        assert_eq!(s.greedy.last().unwrap().duration, 6.0);
        assert_eq!(s.greedy.len(), 4);
        assert!((s.greedy.last().unwrap().direct_cost - 570.0).abs() < 1e-9, "everything crashed: the optimum too");
    }

    #[test]
    fn the_curve_runs_from_normal_to_minimum_with_indirect_cost_bonus_and_penalty() {
        let project = CrashInput { indirect: 45.0, reference: Some(8.0), bonus: 10.0, penalty: 100.0, ..input(shared()) };
        let s = solve(&project).unwrap();
        let durations: Vec<f64> = s.curve.iter().map(|p| p.duration).collect();
        assert_eq!(durations, vec![10.0, 9.0, 8.0, 7.0, 6.0]);
        let direct: Vec<f64> = s.curve.iter().map(|p| p.direct).collect();
        for (got, want) in direct.iter().zip([350.0, 400.0, 450.0, 510.0, 570.0]) {
            assert!((got - want).abs() < 1e-6, "{direct:?}");
        }
        // Totals: 350 + 450 + 200 = 1000; 400 + 405 + 100 = 905; 450 + 360 = 810; 510 + 315 − 10 = 815; 570 + 270 − 20 = 820.
        let totals: Vec<f64> = s.curve.iter().map(|p| p.total).collect();
        for (got, want) in totals.iter().zip([1000.0, 905.0, 810.0, 815.0, 820.0]) {
            assert!((got - want).abs() < 1e-6, "{totals:?}");
        }
        assert_eq!(s.best().unwrap().duration, 8.0);
        assert_eq!((s.normal.duration, s.normal_cost, s.crashed.duration), (10.0, 350.0, 6.0));
        let total = s.steps.iter().find(|st| st.key == "total").unwrap();
        assert!((total.result - 810.0).abs() < 1e-6);
        let slope = s.steps.iter().find(|st| st.key == "slope").unwrap();
        assert_eq!(slope.result, 30.0, "A, the first the greedy method crashes");
    }

    #[test]
    fn on_a_tie_the_longer_duration_is_best() {
        // Indirect cost 50 a period equals C's slope: 10 and 9 periods cost the same in total.
        let s = solve(&CrashInput { indirect: 50.0, ..input(shared()) }).unwrap();
        assert!((s.curve[0].total - s.curve[1].total).abs() < 1e-9);
        assert_eq!(s.best().unwrap().duration, 10.0);
    }

    #[test]
    fn relaxing_the_dearest_first_can_miss_the_cheapest_minimum() {
        // X feeds both Y and Z, all three off the critical path K (12): each branch has 2
        // periods of float once everything is crashed. The course gives them to X, the dearest
        // (10 a period, saving 20), where giving them to Y and Z (6 each) saves 24.
        let acts = vec![
            activity("K", (12.0, 12.0), (100.0, 100.0), &[]),
            activity("X", (6.0, 4.0), (100.0, 120.0), &[]),
            activity("Y", (8.0, 6.0), (100.0, 112.0), &["X"]),
            activity("Z", (8.0, 6.0), (100.0, 112.0), &["X"]),
        ];
        let s = solve(&input(acts)).unwrap();
        assert_eq!(s.crashed.duration, 12.0);
        assert_eq!(s.normal.duration, 14.0);
        assert_eq!(s.relaxation.steps, vec![(1, 2.0)]);
        // Crashed: 400 + 20 + 12 + 12 = 444; relaxed X: 424; the optimum relaxes Y and Z: 420.
        assert!((s.relaxation.direct - 424.0).abs() < 1e-9);
        assert!((s.minimum().unwrap().direct - 420.0).abs() < 1e-6);
    }

    #[test]
    fn a_target_costs_its_least_direct_cost_and_errors_name_their_culprit() {
        let at = |target| solve(&CrashInput { target: Some(target), ..input(shared()) });
        let target = at(8.5).unwrap().target.unwrap();
        assert!((target.direct - 425.0).abs() < 1e-6, "C crashed by 1.5");
        assert!((at(12.0).unwrap().target.unwrap().direct - 350.0).abs() < 1e-9, "longer than normal: nothing to crash");
        assert_eq!(at(5.0).unwrap_err(), CrashError::TargetTooShort { target: 5.0, minimum: 6.0 });
        let mut acts = shared();
        acts[1].crash_duration = 5.0;
        assert_eq!(solve(&input(acts)).unwrap_err(), CrashError::CrashLonger("B".to_owned()));
        let mut acts = shared();
        acts[2].crash_cost = 10.0;
        assert_eq!(solve(&input(acts)).unwrap_err(), CrashError::CrashCheaper("C".to_owned()));
        let long = vec![activity("A", (900.0, 1.0), (1.0, 2.0), &[])];
        assert_eq!(solve(&input(long)).unwrap_err(), CrashError::TooManyDurations { normal: 900.0, minimum: 1.0 });
    }

    #[test]
    fn exercises_are_solvable_and_their_best_duration_is_unique() {
        let mut interior = 0;
        for seed in 0..200 {
            let project = exercise(seed);
            let s = solve(&project).unwrap();
            let best = s.best().unwrap();
            let ties = s.curve.iter().filter(|p| (p.total - best.total).abs() < 1e-6).count();
            assert_eq!(ties, 1, "seed {seed}");
            assert!(s.normal.duration > s.crashed.duration, "seed {seed}: something to crash");
            interior += usize::from(best.duration < s.normal.duration && best.duration > s.crashed.duration);
        }
        assert!(interior > 150, "mostly some crashing pays, not all: {interior} of 200");
        assert_eq!(exercise(3), exercise(3));
    }

    #[test]
    fn least_cost_never_rises_as_the_deadline_loosens() {
        let acts = shared();
        let costs: Vec<f64> = (6..=10).map(|d| least_cost(&acts, f64::from(d)).unwrap().0).collect();
        assert!(costs.windows(2).all(|w| w[0] >= w[1] - 1e-9), "{costs:?}");
        assert!((costs[4] - 350.0).abs() < 1e-9, "the normal duration costs the normal cost");
    }
}
