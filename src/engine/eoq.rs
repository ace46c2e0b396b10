//! Economic order quantity (Wilson) and its non-instantaneous-receipt variant (EPQ).
//!
//! Notation follows the course: `N` annual demand, `L` cost per order (or set-up), `a` unit
//! price, `p` annual holding rate, `Q` lot size, `CO`/`PR` consumption and production rates.

use super::steps::Step;
use serde::{Deserialize, Serialize};

pub const DAYS_PER_YEAR: f64 = 365.0;

/// A field of [`EoqInput`], named as in links and in the course.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EoqField {
    N,
    L,
    A,
    P,
    Pr,
    Co,
    Q,
}

impl EoqField {
    /// The link parameter (and course symbol) of the field.
    pub fn param(self) -> &'static str {
        match self {
            Self::N => "N",
            Self::L => "L",
            Self::A => "a",
            Self::P => "p",
            Self::Pr => "PR",
            Self::Co => "CO",
            Self::Q => "Q",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EoqError {
    /// The field must be a finite number greater than zero.
    NotPositive(EoqField),
    /// EPQ needs both rates; this one is missing.
    MissingRate(EoqField),
    /// Consumption must be slower than production, or stock never builds up.
    ConsumptionNotBelowProduction,
}

impl EoqError {
    /// The field the message belongs next to.
    pub fn field(self) -> EoqField {
        match self {
            Self::NotPositive(field) | Self::MissingRate(field) => field,
            Self::ConsumptionNotBelowProduction => EoqField::Co,
        }
    }
}

impl std::fmt::Display for EoqError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotPositive(field) => write!(f, "{} must be greater than 0", field.param()),
            Self::MissingRate(field) => write!(f, "{} is needed when the other rate is given", field.param()),
            Self::ConsumptionNotBelowProduction => write!(f, "CO must be below PR"),
        }
    }
}

impl std::error::Error for EoqError {}

/// Production and consumption rates, in the same unit (e.g. units per day).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    pub production: f64,
    pub consumption: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EoqInput {
    /// `N`, units per year.
    pub annual_demand: f64,
    /// `L`, money per order or set-up.
    pub order_cost: f64,
    /// `a`, money per unit.
    pub unit_price: f64,
    /// `p`, fraction of the unit price per year (0.3 = 30 %).
    pub holding_rate: f64,
    /// `PR`, given for EPQ.
    pub production_rate: Option<f64>,
    /// `CO`, given for EPQ.
    pub consumption_rate: Option<f64>,
    /// A lot the learner wants to compare with the optimum ("what if I order Q instead").
    pub compare_lot: Option<f64>,
}

/// What the learner's alternative lot costs against the optimum.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Comparison {
    pub lot: f64,
    pub annual_cost: f64,
    /// Extra cost over the optimum, in percent.
    pub extra_percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EoqSolution {
    /// `Q*`, units.
    pub lot: f64,
    /// Ordering cost per year at `Q*`.
    pub ordering_cost: f64,
    /// Holding cost per year at `Q*`.
    pub holding_cost: f64,
    /// Ordering + holding cost per year at `Q*`.
    pub annual_cost: f64,
    pub orders_per_year: f64,
    /// Days between two orders, on a 365-day year.
    pub cycle_days: f64,
    /// Highest stock reached: `Q` for EOQ, `Q·(1 − CO/PR)` for EPQ.
    pub peak_stock: f64,
    /// `1 − CO/PR` for EPQ, `None` for EOQ.
    pub build_up_factor: Option<f64>,
    pub comparison: Option<Comparison>,
    pub steps: Vec<Step>,
}

fn positive(value: f64, field: EoqField) -> Result<f64, EoqError> {
    if value.is_finite() && value > 0.0 {
        Ok(value)
    } else {
        Err(EoqError::NotPositive(field))
    }
}

/// `1 − CO/PR` when both rates are given, `None` for plain EOQ.
fn build_up_factor(input: &EoqInput) -> Result<Option<f64>, EoqError> {
    match (input.production_rate, input.consumption_rate) {
        (None, None) => Ok(None),
        (Some(_), None) => Err(EoqError::MissingRate(EoqField::Co)),
        (None, Some(_)) => Err(EoqError::MissingRate(EoqField::Pr)),
        (Some(pr), Some(co)) => {
            let pr = positive(pr, EoqField::Pr)?;
            let co = positive(co, EoqField::Co)?;
            if co >= pr {
                return Err(EoqError::ConsumptionNotBelowProduction);
            }
            Ok(Some(1.0 - co / pr))
        }
    }
}

/// Annual ordering + holding cost of a lot `q`.
///
/// ```text
/// C(Q) = L·N/Q + p·a·Q·k/2     with k = 1 (EOQ) or k = 1 − CO/PR (EPQ)
/// ```
pub fn cost_at(input: &EoqInput, factor: Option<f64>, q: f64) -> (f64, f64) {
    let k = factor.unwrap_or(1.0);
    (input.order_cost * input.annual_demand / q, input.holding_rate * input.unit_price * q * k / 2.0)
}

/// Optimal lot and its costs.
///
/// # Formula
/// ```text
/// Q* = √(2·L·N / (p·a·k))      k = 1, or 1 − CO/PR when PR and CO are given
/// orders per year = N / Q*      cycle = 365·Q*/N days      peak = Q*·k
/// ```
///
/// # Errors
/// [`EoqError::NotPositive`] for N, L, a, p, PR, CO or the compared lot ≤ 0 or not finite;
/// [`EoqError::MissingRate`] when only one rate is given;
/// [`EoqError::ConsumptionNotBelowProduction`] when CO ≥ PR.
///
/// # Examples
/// ```
/// use atelier::engine::eoq::{solve, EoqInput};
/// let input = EoqInput { annual_demand: 1000.0, order_cost: 10.0, unit_price: 5.0, holding_rate: 0.1,
///     production_rate: None, consumption_rate: None, compare_lot: None };
/// let s = solve(&input).unwrap();
/// assert!((s.lot - 200.0).abs() < 1e-9 && (s.annual_cost - 100.0).abs() < 1e-9);
/// ```
pub fn solve(input: &EoqInput) -> Result<EoqSolution, EoqError> {
    let n = positive(input.annual_demand, EoqField::N)?;
    let l = positive(input.order_cost, EoqField::L)?;
    let a = positive(input.unit_price, EoqField::A)?;
    let p = positive(input.holding_rate, EoqField::P)?;
    let factor = build_up_factor(input)?;
    let compare_lot = input.compare_lot.map(|q| positive(q, EoqField::Q)).transpose()?;

    let k = factor.unwrap_or(1.0);
    let lot = (2.0 * l * n / (p * a * k)).sqrt();
    let (ordering_cost, holding_cost) = cost_at(input, factor, lot);
    let annual_cost = ordering_cost + holding_cost;
    let orders_per_year = n / lot;
    let cycle_days = DAYS_PER_YEAR * lot / n;
    let peak_stock = lot * k;

    let comparison = compare_lot.map(|q| {
        let (ordering, holding) = cost_at(input, factor, q);
        let cost = ordering + holding;
        Comparison { lot: q, annual_cost: cost, extra_percent: (cost / annual_cost - 1.0) * 100.0 }
    });

    let mut steps = Vec::new();
    if let (Some(k), Some(pr), Some(co)) = (factor, input.production_rate, input.consumption_rate) {
        steps.push(Step::new("factor", "k = 1 − CO/PR").text("1 − ").num(co).text(" / ").num(pr).result(k));
        steps.push(
            Step::new("lot", "Q* = √(2·L·N / (p·a·k))")
                .text("√(2 × ")
                .num(l)
                .text(" × ")
                .num(n)
                .text(" / (")
                .num(p)
                .text(" × ")
                .num(a)
                .text(" × ")
                .num(k)
                .text("))")
                .result(lot),
        );
    } else {
        steps.push(
            Step::new("lot", "Q* = √(2·L·N / (p·a))")
                .text("√(2 × ")
                .num(l)
                .text(" × ")
                .num(n)
                .text(" / (")
                .num(p)
                .text(" × ")
                .num(a)
                .text("))")
                .result(lot),
        );
    }
    steps.push(Step::new("orders", "N / Q*").num(n).text(" / ").num(lot).result(orders_per_year));
    steps.push(Step::new("cycle", "365 · Q* / N").text("365 × ").num(lot).text(" / ").num(n).result(cycle_days));
    steps.push(Step::new("ordering", "L · N / Q*").num(l).text(" × ").num(n).text(" / ").num(lot).result(ordering_cost));
    if factor.is_some() {
        steps.push(
            Step::new("holding", "p · a · Q* · k / 2")
                .num(p)
                .text(" × ")
                .num(a)
                .text(" × ")
                .num(lot)
                .text(" × ")
                .num(k)
                .text(" / 2")
                .result(holding_cost),
        );
        steps.push(Step::new("peak", "Q* · k").num(lot).text(" × ").num(k).result(peak_stock));
    } else {
        steps.push(Step::new("holding", "p · a · Q* / 2").num(p).text(" × ").num(a).text(" × ").num(lot).text(" / 2").result(holding_cost));
    }
    steps.push(
        Step::new("cost", if factor.is_some() { "C(Q*) = L·N/Q* + p·a·Q*·k/2" } else { "C(Q*) = L·N/Q* + p·a·Q*/2" })
            .num(ordering_cost)
            .text(" + ")
            .num(holding_cost)
            .result(annual_cost),
    );

    Ok(EoqSolution {
        lot,
        ordering_cost,
        holding_cost,
        annual_cost,
        orders_per_year,
        cycle_days,
        peak_stock,
        build_up_factor: factor,
        comparison,
        steps,
    })
}

/// Annual costs of one lot size, for the cost curve and its table.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CostPoint {
    pub lot: f64,
    pub ordering: f64,
    pub holding: f64,
    pub total: f64,
}

/// Costs of `lots` under `input` (already validated by [`solve`]).
pub fn cost_points(input: &EoqInput, solution: &EoqSolution, lots: impl IntoIterator<Item = f64>) -> Vec<CostPoint> {
    lots.into_iter()
        .filter(|q| *q > 0.0)
        .map(|lot| {
            let (ordering, holding) = cost_at(input, solution.build_up_factor, lot);
            CostPoint { lot, ordering, holding, total: ordering + holding }
        })
        .collect()
}

/// Stock on hand over `cycles` order cycles, as (day, units) corners of the sawtooth.
///
/// EOQ: the lot arrives at once, then stock falls to 0 over the cycle. EPQ: stock builds up at
/// PR − CO during the fraction CO/PR of the cycle, then falls at CO.
pub fn stock_profile(solution: &EoqSolution, cycles: usize) -> Vec<(f64, f64)> {
    let cycle = solution.cycle_days;
    let rise = solution.build_up_factor.map_or(0.0, |k| (1.0 - k) * cycle);
    let mut points = Vec::with_capacity(3 * cycles + 1);
    for i in 0..cycles {
        let start = i as f64 * cycle;
        points.push((start, 0.0));
        points.push((start + rise, solution.peak_stock));
    }
    points.push((cycles as f64 * cycle, 0.0));
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(n: f64, l: f64, a: f64, p: f64) -> EoqInput {
        EoqInput {
            annual_demand: n,
            order_cost: l,
            unit_price: a,
            holding_rate: p,
            production_rate: None,
            consumption_rate: None,
            compare_lot: None,
        }
    }

    fn close(actual: f64, expected: f64) -> bool {
        (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0)
    }

    #[test]
    fn issue_example_n1000_l10_a5_p01() {
        let s = solve(&input(1000.0, 10.0, 5.0, 0.1)).unwrap();
        assert!(close(s.lot, 200.0));
        assert!(close(s.annual_cost, 100.0));
        assert!(close(s.ordering_cost, 50.0) && close(s.holding_cost, 50.0));
        assert!(close(s.orders_per_year, 5.0));
        assert!(close(s.cycle_days, 73.0));
        assert!(close(s.peak_stock, 200.0));
        assert_eq!(s.build_up_factor, None);
    }

    #[test]
    fn epq_lowers_holding_and_raises_the_lot() {
        let mut epq = input(1000.0, 10.0, 5.0, 0.1);
        epq.production_rate = Some(4.0);
        epq.consumption_rate = Some(3.0);
        let s = solve(&epq).unwrap();
        // k = 1/4, so Q* = 200 / √(1/4) = 400 and peak = 100.
        assert!(close(s.build_up_factor.unwrap(), 0.25));
        assert!(close(s.lot, 400.0));
        assert!(close(s.peak_stock, 100.0));
        assert!(close(s.annual_cost, 50.0));
    }

    #[test]
    fn optimum_is_the_minimum_and_flat() {
        let base = input(12_000.0, 75.0, 8.5, 0.25);
        let s = solve(&base).unwrap();
        for factor in [0.5, 0.9, 0.99, 1.01, 1.1, 2.0] {
            let (o, h) = cost_at(&base, None, s.lot * factor);
            assert!(o + h > s.annual_cost);
        }
        let mut what_if = base.clone();
        what_if.compare_lot = Some(s.lot * 1.2);
        let c = solve(&what_if).unwrap().comparison.unwrap();
        // (1.2 + 1/1.2)/2 − 1 = 1.667 %: the bottom of the curve is flat.
        assert!(close(c.extra_percent, (f64::midpoint(1.2, 1.0 / 1.2) - 1.0) * 100.0));
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(solve(&input(0.0, 10.0, 5.0, 0.1)), Err(EoqError::NotPositive(EoqField::N)));
        assert_eq!(solve(&input(1.0, -1.0, 5.0, 0.1)), Err(EoqError::NotPositive(EoqField::L)));
        assert_eq!(solve(&input(1.0, 1.0, f64::NAN, 0.1)), Err(EoqError::NotPositive(EoqField::A)));
        assert_eq!(solve(&input(1.0, 1.0, 1.0, f64::INFINITY)), Err(EoqError::NotPositive(EoqField::P)));
        let mut only_pr = input(1.0, 1.0, 1.0, 0.1);
        only_pr.production_rate = Some(5.0);
        assert_eq!(solve(&only_pr), Err(EoqError::MissingRate(EoqField::Co)));
        let mut equal = only_pr.clone();
        equal.consumption_rate = Some(5.0);
        assert_eq!(solve(&equal), Err(EoqError::ConsumptionNotBelowProduction));
        assert_eq!(EoqError::ConsumptionNotBelowProduction.field(), EoqField::Co);
        let mut bad_q = input(1.0, 1.0, 1.0, 0.1);
        bad_q.compare_lot = Some(0.0);
        assert_eq!(solve(&bad_q), Err(EoqError::NotPositive(EoqField::Q)));
    }

    #[test]
    fn steps_end_on_the_results() {
        let s = solve(&input(1000.0, 10.0, 5.0, 0.1)).unwrap();
        let lot = s.steps.iter().find(|step| step.key == "lot").unwrap();
        assert!(close(lot.result, s.lot));
        assert!(close(s.steps.last().unwrap().result, s.annual_cost));
    }

    #[test]
    fn cost_points_match_cost_at() {
        let base = input(1000.0, 10.0, 5.0, 0.1);
        let s = solve(&base).unwrap();
        let points = cost_points(&base, &s, [100.0, 200.0, 0.0, 400.0]);
        assert_eq!(points.len(), 3, "non-positive lots are skipped");
        assert!(close(points[0].total, 100.0 + 25.0));
        assert!(close(points[1].total, s.annual_cost));
        assert!(close(points[2].ordering, 25.0) && close(points[2].holding, 100.0));
    }

    #[test]
    fn sawtooth_corners() {
        let s = solve(&input(1000.0, 10.0, 5.0, 0.1)).unwrap();
        let points = stock_profile(&s, 2);
        assert_eq!(points, vec![(0.0, 0.0), (0.0, 200.0), (73.0, 0.0), (73.0, 200.0), (146.0, 0.0)]);
    }
}
