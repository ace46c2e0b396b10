//! The aggregate production plan (PIC, S&OP): a production per month for a family, the workforce
//! that makes it, and what the plan costs. Four strategies for the same demand: level, chase, a
//! plan typed by the learner, and the least-cost plan (an integer programme).
//!
//! ```text
//! stock:    S(t) = S(t−1) + P(t) − D(t)             (make to stock)
//! backlog:  B(t) = B(t−1) + D(t) − P(t)             (make to order)
//! workers:  W(t) = min(Wmax, ⌈P(t) / r⌉)            (level, chase, typed plans)
//! overtime: O(t) = max(0, P(t) − r·W(t)) ≤ o·W(t)
//! cost:     c_o·ΣO + c_h·Σhires + c_f·Σfires + c_s·Σ end-of-month stock (or backlog)
//! ```
//! The regular production cost is the same for every plan that meets the demand and is left out,
//! as the course does; idle regular time costs nothing.

use super::integer::{self, IntegerError};
use super::steps::Step;
use microlp::{ComparisonOp, LinearExpr, OptimizationDirection, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Make to stock: the position is the end-of-month stock, kept at or above the safety stock.
    Stock,
    /// Make to order: the position is the order backlog, kept at a target.
    Backlog,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PicInput {
    pub demand: Vec<f64>,
    pub policy: Policy,
    /// Opening stock (or backlog).
    pub opening: f64,
    /// Safety stock (or target backlog): what chase holds and the least-cost plan ends on.
    pub target: f64,
    pub workers: f64,
    /// Units a worker makes in a month in regular time.
    pub rate: f64,
    /// Units a worker may make on top in overtime, at most.
    pub overtime_rate: f64,
    pub max_workers: f64,
    /// Extra cost of a unit made in overtime.
    pub overtime_cost: f64,
    pub hire_cost: f64,
    pub fire_cost: f64,
    /// Per unit of end-of-month stock (or backlog) per month.
    pub holding_cost: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Strategy {
    /// The same production every month: the given rate, or total demand / months.
    Level(Option<f64>),
    Chase,
    Custom(Vec<f64>),
    LeastCost,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Month {
    pub production: f64,
    pub workers: f64,
    pub hires: f64,
    pub fires: f64,
    pub overtime: f64,
    /// End-of-month stock (or backlog).
    pub position: f64,
    pub costs: Costs,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Costs {
    pub overtime: f64,
    pub hiring: f64,
    pub firing: f64,
    pub holding: f64,
}

impl Costs {
    pub fn total(&self) -> f64 {
        self.overtime + self.hiring + self.firing + self.holding
    }

    fn add(self, other: Self) -> Self {
        Self {
            overtime: self.overtime + other.overtime,
            hiring: self.hiring + other.hiring,
            firing: self.firing + other.firing,
            holding: self.holding + other.holding,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub months: Vec<Month>,
    pub costs: Costs,
    pub hires: f64,
    pub fires: f64,
    /// Months (from 0) whose stock is below the safety stock (or whose backlog is negative:
    /// made ahead of any order).
    pub short: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PicError {
    NoDemand,
    /// A typed plan does not give one production per month (its length).
    PlanLength(usize),
    /// A level plan is one rate (the number typed).
    LevelRates(usize),
    /// This month's production needs more than every worker with overtime (month from 0).
    OverCapacity(usize),
    /// No plan meets the demand within the capacity and the safety stock.
    Infeasible,
    /// The least-cost search stopped before proving its plan the cheapest.
    SearchTooLong,
    /// Overtime per worker above regular output per worker: more than a second shift, which no
    /// labour law allows, and a model the solver cannot trust (its coefficients too far apart).
    OvertimeAboveRegular,
}

/// The most a month can make: every worker, with overtime.
pub fn capacity(input: &PicInput) -> f64 {
    input.max_workers * (input.rate + input.overtime_rate)
}

/// ⌈x⌉ of a quotient computed in floating point: 13.2 / 0.2 is 66.00000000000001, and 66 workers
/// are needed, not 67.
fn whole_ceil(x: f64) -> f64 {
    let nearest = x.round();
    if (x - nearest).abs() <= 1e-9 * nearest.abs().max(1.0) {
        nearest
    } else {
        x.ceil()
    }
}

/// Workers for a production: as many as regular time needs, at most the maximum.
pub fn workers_for(input: &PicInput, production: f64) -> f64 {
    whole_ceil(production / input.rate).clamp(0.0, input.max_workers)
}

fn balance(input: &PicInput, before: f64, production: f64, demand: f64) -> f64 {
    match input.policy {
        Policy::Stock => before + production - demand,
        Policy::Backlog => before + demand - production,
    }
}

/// Costs a plan given its production and workforce month by month.
///
/// # Errors
/// A month whose production the workers cannot make even with overtime.
pub fn evaluate(input: &PicInput, production: &[f64], workers: &[f64]) -> Result<Plan, PicError> {
    let mut months = Vec::with_capacity(production.len());
    let (mut position, mut staff) = (input.opening, input.workers);
    for (m, ((&p, &w), &d)) in production.iter().zip(workers).zip(&input.demand).enumerate() {
        let overtime = (p - w * input.rate).max(0.0);
        if overtime > w * input.overtime_rate + 1e-9 * p.max(1.0) {
            return Err(PicError::OverCapacity(m));
        }
        position = balance(input, position, p, d);
        let (hires, fires) = ((w - staff).max(0.0), (staff - w).max(0.0));
        staff = w;
        let costs = Costs {
            overtime: overtime * input.overtime_cost,
            hiring: hires * input.hire_cost,
            firing: fires * input.fire_cost,
            holding: position.max(0.0) * input.holding_cost,
        };
        months.push(Month { production: p, workers: w, hires, fires, overtime, position, costs });
    }
    let short = months
        .iter()
        .enumerate()
        .filter(|(_, m)| match input.policy {
            Policy::Stock => m.position < input.target - 1e-9,
            Policy::Backlog => m.position < -1e-9,
        })
        .map(|(i, _)| i)
        .collect();
    Ok(Plan {
        costs: months.iter().fold(Costs::default(), |sum, m| sum.add(m.costs)),
        hires: months.iter().map(|m| m.hires).sum(),
        fires: months.iter().map(|m| m.fires).sum(),
        months,
        short,
    })
}

/// Production month by month under a rule-based strategy.
fn production(input: &PicInput, strategy: &Strategy) -> Result<Vec<f64>, PicError> {
    let months = input.demand.len();
    match strategy {
        Strategy::Level(rate) => {
            #[allow(clippy::cast_precision_loss)] // a count of months
            let rate = rate.unwrap_or_else(|| input.demand.iter().sum::<f64>() / months as f64);
            Ok(vec![rate; months])
        }
        Strategy::Chase => {
            let mut position = input.opening;
            Ok(input
                .demand
                .iter()
                .map(|&d| {
                    let p = match input.policy {
                        Policy::Stock => d + input.target - position,
                        Policy::Backlog => d + position - input.target,
                    }
                    .max(0.0);
                    position = balance(input, position, p, d);
                    p
                })
                .collect())
        }
        Strategy::Custom(plan) if plan.len() == months => Ok(plan.clone()),
        Strategy::Custom(plan) => Err(PicError::PlanLength(plan.len())),
        Strategy::LeastCost => Err(PicError::Infeasible),
    }
}

/// # Errors
/// No month of demand, a typed plan of another length, a month over capacity, or no feasible
/// least-cost plan.
pub fn plan(input: &PicInput, strategy: &Strategy) -> Result<Plan, PicError> {
    if input.demand.is_empty() {
        return Err(PicError::NoDemand);
    }
    if input.overtime_rate > input.rate {
        return Err(PicError::OvertimeAboveRegular);
    }
    if *strategy == Strategy::LeastCost {
        return least_cost(input);
    }
    let production = production(input, strategy)?;
    let workers: Vec<f64> = production.iter().map(|&p| workers_for(input, p)).collect();
    evaluate(input, &production, &workers)
}

/// The cheapest plan with whole workers, the stock at or above the safety stock every month (or
/// the backlog never negative) and back to it at the end, overtime within its limit.
///
/// Quantities enter the programme in worker-months (units ÷ output per worker), so that its
/// coefficients are 1 and the overtime share o/r ≤ 1 whatever the units: in units, a rate of 10⁹
/// beside a worker's coefficient of 1 sent the branch and bound into an endless, memory-eating
/// search.
fn least_cost(input: &PicInput) -> Result<Plan, PicError> {
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    let max_workers = input.max_workers.floor().max(0.0);
    let months = input.demand.len();
    let per_worker = |units: f64| units / input.rate;
    let (low, last) = match input.policy {
        Policy::Stock => (per_worker(input.target), per_worker(input.target)),
        Policy::Backlog => (0.0, per_worker(input.target)),
    };
    let overtime_share = input.overtime_rate / input.rate;
    let mut vars = Vec::with_capacity(months);
    let (mut position_before, mut workers_before) = (None, None);
    for (m, &d) in input.demand.iter().enumerate() {
        let bounds = if m + 1 == months { (last, last) } else { (low, f64::INFINITY) };
        let position = problem.add_var(input.holding_cost * input.rate, bounds);
        let production = problem.add_var(0.0, (0.0, f64::INFINITY));
        let workers = problem.add_var(0.0, (0.0, max_workers));
        let overtime = problem.add_var(input.overtime_cost * input.rate, (0.0, f64::INFINITY));
        let hires = problem.add_var(input.hire_cost, (0.0, f64::INFINITY));
        let fires = problem.add_var(input.fire_cost, (0.0, f64::INFINITY));
        // position − position before ∓ production = ∓ demand, the opening position on the right.
        let sign = if input.policy == Policy::Stock { 1.0 } else { -1.0 };
        let mut flow = LinearExpr::empty();
        flow.add(position, 1.0);
        flow.add(production, -sign);
        let opening = position_before.map_or(per_worker(input.opening), |before| {
            flow.add(before, -1.0);
            0.0
        });
        problem.add_constraint(flow, ComparisonOp::Eq, opening - sign * per_worker(d));
        problem.add_constraint([(production, 1.0), (workers, -1.0), (overtime, -1.0)], ComparisonOp::Le, 0.0);
        problem.add_constraint([(overtime, 1.0), (workers, -overtime_share)], ComparisonOp::Le, 0.0);
        let mut staffing = LinearExpr::empty();
        staffing.add(workers, 1.0);
        staffing.add(hires, -1.0);
        staffing.add(fires, 1.0);
        let staff_before = workers_before.map_or(input.workers, |before| {
            staffing.add(before, -1.0);
            0.0
        });
        problem.add_constraint(staffing, ComparisonOp::Eq, staff_before);
        position_before = Some(position);
        workers_before = Some(workers);
        vars.push((production, workers));
    }
    let integers: Vec<_> = vars.iter().map(|(_, workers)| *workers).collect();
    let solution = integer::solve(&problem, OptimizationDirection::Minimize, &integers).map_err(|error| match error {
        IntegerError::TooLong => PicError::SearchTooLong,
        IntegerError::Infeasible | IntegerError::Unbounded => PicError::Infeasible,
    })?;
    // Units as the solver found them, less its last-digit noise (9.999999999 is 10).
    let clean = |x: f64| (x * 1e9).round() / 1e9;
    let production: Vec<f64> = vars.iter().map(|(p, _)| clean(solution[*p] * input.rate)).collect();
    let workers: Vec<f64> = vars.iter().map(|(_, w)| solution[*w].round()).collect();
    evaluate(input, &production, &workers)
}

/// The month's balance, workforce and overtime worked out with its numbers.
pub fn month_steps(input: &PicInput, plan: &Plan, m: usize) -> Vec<Step> {
    let (Some(month), Some(&d)) = (plan.months.get(m), input.demand.get(m)) else { return Vec::new() };
    let before = m.checked_sub(1).and_then(|b| plan.months.get(b));
    let position = before.map_or(input.opening, |b| b.position);
    let staff = before.map_or(input.workers, |b| b.workers);
    let balance = match input.policy {
        Policy::Stock => {
            Step::new("stock", "S(t) = S(t−1) + P(t) − D(t)").num(position).text(" + ").num(month.production).text(" − ").num(d)
        }
        Policy::Backlog => {
            Step::new("backlog", "B(t) = B(t−1) + D(t) − P(t)").num(position).text(" + ").num(d).text(" − ").num(month.production)
        }
    };
    vec![
        Step::new("workers", "W = min(Wmax ; ⌈P / r⌉)")
            .text("min(")
            .num(input.max_workers)
            .text(" ; ⌈")
            .num(month.production)
            .text(" / ")
            .num(input.rate)
            .text("⌉)")
            .result(workers_for(input, month.production)),
        Step::new("overtime", "O = max(0 ; P − r·W)")
            .text("max(0 ; ")
            .num(month.production)
            .text(" − ")
            .num(input.rate)
            .text(" × ")
            .num(month.workers)
            .text(")")
            .result(month.overtime),
        Step::new("change", "W(t) − W(t−1)").num(month.workers).text(" − ").num(staff).result(month.workers - staff),
        balance.result(month.position),
    ]
}

/// The plan's cost worked out: each component as its total quantity times its unit cost.
pub fn cost_steps(input: &PicInput, plan: &Plan) -> Vec<Step> {
    let overtime: f64 = plan.months.iter().map(|m| m.overtime).sum();
    let held: f64 = plan.months.iter().map(|m| m.position.max(0.0)).sum();
    vec![
        Step::new("cost_overtime", "c_o × ΣO").num(input.overtime_cost).text(" × ").num(overtime).result(plan.costs.overtime),
        Step::new("cost_hiring", "c_h × Σhires").num(input.hire_cost).text(" × ").num(plan.hires).result(plan.costs.hiring),
        Step::new("cost_firing", "c_f × Σfires").num(input.fire_cost).text(" × ").num(plan.fires).result(plan.costs.firing),
        Step::new("cost_holding", "c_s × ΣS").num(input.holding_cost).text(" × ").num(held).result(plan.costs.holding),
        Step::new("cost_total", "Σ")
            .num(plan.costs.overtime)
            .text(" + ")
            .num(plan.costs.hiring)
            .text(" + ")
            .num(plan.costs.firing)
            .text(" + ")
            .num(plan.costs.holding)
            .result(plan.costs.total()),
    ]
}

/// The course's data set of Figs 3.6–3.8, in thousands of units and kFB: 200 units a worker a
/// month are 0.2 thousand, 350 FB extra a unit in overtime are 350 kFB a thousand units.
pub fn course() -> PicInput {
    PicInput {
        demand: vec![9.0, 6.2, 8.0, 11.0, 13.2, 10.0, 8.0, 6.0, 9.5, 13.0, 14.0, 12.1],
        policy: Policy::Stock,
        opening: 1.1,
        target: 1.1,
        workers: 50.0,
        rate: 0.2,
        overtime_rate: 0.05,
        max_workers: 60.0,
        overtime_cost: 350.0,
        hire_cost: 60.0,
        fire_cost: 20.0,
        holding_cost: 125.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rng::Rng;

    fn round(x: f64, digits: i32) -> f64 {
        let scale = 10f64.powi(digits);
        (x * scale).round() / scale
    }

    fn column(plan: &Plan, f: fn(&Month) -> f64) -> Vec<f64> {
        plan.months.iter().map(|m| round(f(m), 6)).collect()
    }

    #[test]
    fn fig_3_6_level() {
        let plan = plan(&course(), &Strategy::Level(None)).unwrap();
        assert_eq!(column(&plan, |m| m.position), [2.1, 5.9, 7.9, 6.9, 3.7, 3.7, 5.7, 9.7, 10.2, 7.2, 3.2, 1.1]);
        assert_eq!(column(&plan, |m| m.workers), [50.0; 12]);
        assert_eq!(round(plan.costs.holding, 6), 8412.5);
        assert_eq!(round(plan.costs.total(), 6), 8412.5);
    }

    #[test]
    fn fig_3_7_chase() {
        let plan = plan(&course(), &Strategy::Chase).unwrap();
        assert_eq!(column(&plan, |m| m.production), course().demand);
        assert_eq!(column(&plan, |m| m.workers), [45.0, 31.0, 40.0, 55.0, 60.0, 50.0, 40.0, 30.0, 48.0, 60.0, 60.0, 60.0]);
        assert_eq!(column(&plan, |m| m.overtime), [0.0, 0.0, 0.0, 0.0, 1.2, 0.0, 0.0, 0.0, 0.0, 1.0, 2.0, 0.1]);
        assert_eq!(column(&plan, |m| m.position), [1.1; 12]);
        let costs = plan.costs;
        assert_eq!([costs.overtime, costs.hiring, costs.firing, costs.holding].map(|c| round(c, 6)), [1505.0, 3540.0, 980.0, 1650.0]);
        assert_eq!(round(costs.total(), 6), 7675.0);
        assert_eq!((plan.hires, plan.fires), (59.0, 49.0));
    }

    #[test]
    fn fig_3_8_three_rates() {
        let rates = vec![9.0, 9.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 11.0, 11.0];
        let plan = plan(&course(), &Strategy::Custom(rates)).unwrap();
        let costs = plan.costs;
        assert_eq!([costs.overtime, costs.hiring, costs.firing, costs.holding].map(|c| round(c, 6)), [0.0, 600.0, 100.0, 5912.5]);
        assert_eq!(round(costs.total(), 6), 6612.5);
        assert_eq!(column(&plan, |m| m.position), [1.1, 3.9, 5.9, 4.9, 1.7, 1.7, 3.7, 7.7, 8.2, 5.2, 2.2, 1.1]);
    }

    #[test]
    fn fig_3_5_level_75() {
        let input = PicInput { demand: vec![100.0, 50.0, 50.0, 100.0, 100.0, 50.0], opening: 50.0, target: 0.0, ..course() };
        let plan = plan(&PicInput { rate: 1.0, max_workers: 1000.0, workers: 75.0, ..input }, &Strategy::Level(None)).unwrap();
        assert_eq!(column(&plan, |m| m.production), [75.0; 6]);
        assert_eq!(column(&plan, |m| m.position), [25.0, 50.0, 75.0, 50.0, 25.0, 50.0]);
    }

    #[test]
    fn least_cost_beats_the_courses_best_plan() {
        let input = course();
        let best = plan(&input, &Strategy::LeastCost).unwrap();
        assert!(best.costs.total() < 6612.5 - 1.0, "{}", best.costs.total());
        assert!(best.months.iter().all(|m| m.position >= 1.1 - 1e-6));
        assert!((best.months.last().unwrap().position - 1.1).abs() < 1e-6);
        assert!(best.months.iter().all(|m| m.workers.fract() == 0.0 && m.workers <= 60.0));
        // Checked with another solver (SciPy's HiGHS): 50 workers until M3, ten hired for M4, a
        // little stock ahead of M5 and M10–M11, 0.6 thousand units in overtime at the end.
        assert_eq!(round(best.costs.total(), 6), 3135.0);
        assert_eq!((best.hires, best.fires), (10.0, 0.0));
        assert_eq!(round(best.costs.overtime, 6), 210.0);
    }

    #[test]
    fn make_to_order_chase_holds_the_backlog() {
        let input = PicInput { policy: Policy::Backlog, opening: 3.0, target: 2.0, ..course() };
        let plan = plan(&input, &Strategy::Chase).unwrap();
        assert_eq!(round(plan.months[0].production, 6), 10.0, "9 + 3 − 2");
        assert!(plan.months.iter().all(|m| (m.position - 2.0).abs() < 1e-9));
        let best = super::plan(&input, &Strategy::LeastCost).unwrap();
        assert!(best.months.iter().all(|m| m.position >= -1e-6));
        assert!(best.costs.total() <= plan.costs.total() + 1e-6);
    }

    #[test]
    fn least_cost_never_costs_more_than_a_feasible_plan() {
        let mut rng = Rng::new(7);
        for _ in 0..30 {
            let demand: Vec<f64> = (0..6).map(|_| rng.step(4, 14, 1) as f64).collect();
            let input = PicInput { demand, ..course() };
            let best = plan(&input, &Strategy::LeastCost).unwrap();
            for strategy in [Strategy::Level(None), Strategy::Chase] {
                let other = plan(&input, &strategy).unwrap();
                if other.short.is_empty() && (other.months.last().unwrap().position - 1.1).abs() < 1e-9 {
                    assert!(best.costs.total() <= other.costs.total() + 1e-6, "{strategy:?}");
                }
            }
            // A random feasible plan: stock kept at or above 1.1 and back to it at the end.
            let random: Vec<f64> = input.demand.iter().map(|d| d + rng.step(0, 2, 1) as f64).collect();
            let mut production = random.clone();
            let surplus: f64 = random.iter().sum::<f64>() - input.demand.iter().sum::<f64>();
            *production.last_mut().unwrap() -= surplus;
            if let Ok(other) = plan(&input, &Strategy::Custom(production)) {
                if other.short.is_empty() {
                    assert!(best.costs.total() <= other.costs.total() + 1e-6);
                }
            }
        }
    }

    #[test]
    fn every_plan_balances() {
        let input = course();
        for strategy in [Strategy::Level(None), Strategy::Chase, Strategy::LeastCost] {
            let plan = plan(&input, &strategy).unwrap();
            let mut before = input.opening;
            for (m, d) in plan.months.iter().zip(&input.demand) {
                assert!((m.position - (before + m.production - d)).abs() < 1e-9);
                assert!(m.production <= m.workers * (input.rate + input.overtime_rate) + 1e-9);
                before = m.position;
            }
        }
    }

    /// Two plans at the ends of the lesson's ranges that kept the unscaled programme searching
    /// until memory ran out; in worker-months they solve at once.
    #[test]
    fn far_apart_units_still_solve() {
        let giant_rate = PicInput {
            rate: 1e9,
            target: 5e8,
            opening: 1.1,
            workers: 0.0,
            max_workers: 50_000.0,
            overtime_cost: 0.0,
            holding_cost: 0.0,
            ..course()
        };
        let best = plan(&giant_rate, &Strategy::LeastCost).unwrap();
        assert_eq!(best.months[0].workers, 1.0);
        assert!(best.short.is_empty());
        let tiny_rate =
            PicInput { rate: 1e-6, overtime_rate: 1e-6, hire_cost: 1e7, fire_cost: 0.0, workers: 0.0, max_workers: 100_000.0, ..course() };
        assert_eq!(plan(&tiny_rate, &Strategy::LeastCost), Err(PicError::Infeasible));
    }

    /// Free overtime and free backlog, firing dear: a plan at the ends of the ranges on which
    /// microlp's own branch and bound searched until memory ran out. Plans that differ in when
    /// the workers come all cost about the same, so the search stops and says so.
    #[test]
    fn many_plans_at_one_cost_end_the_search() {
        let free = PicInput {
            policy: Policy::Backlog,
            opening: 0.0,
            target: 0.0,
            workers: 0.0,
            max_workers: 50_000.0,
            overtime_cost: 0.0,
            fire_cost: 5e6,
            holding_cost: 0.0,
            ..course()
        };
        assert_eq!(plan(&free, &Strategy::LeastCost), Err(PicError::SearchTooLong));
        // With the course's holding cost the same plan is found and proven.
        assert!(plan(&PicInput { holding_cost: 125.0, ..free }, &Strategy::LeastCost).is_ok());
    }

    #[test]
    fn errors_name_their_culprit() {
        assert_eq!(plan(&PicInput { demand: Vec::new(), ..course() }, &Strategy::Chase), Err(PicError::NoDemand));
        assert_eq!(plan(&course(), &Strategy::Custom(vec![1.0, 2.0])), Err(PicError::PlanLength(2)));
        let peak = PicInput { demand: vec![9.0, 16.0, 9.0], ..course() };
        assert_eq!(plan(&peak, &Strategy::Chase), Err(PicError::OverCapacity(1)));
        let impossible = PicInput { demand: vec![16.0], ..course() };
        assert_eq!(plan(&impossible, &Strategy::LeastCost), Err(PicError::Infeasible));
        let second_shift = PicInput { overtime_rate: 0.21, ..course() };
        assert_eq!(plan(&second_shift, &Strategy::Level(None)), Err(PicError::OvertimeAboveRegular));
        assert_eq!(whole_ceil(13.2 / 0.2), 66.0);
        assert_eq!(whole_ceil(9.5 / 0.2), 48.0);
    }
}
