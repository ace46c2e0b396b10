//! The course's four inventory policies, simulated period by period on a demand series.
//!
//! Timing, read off Fig 2.4: in period `t`, orders due in `t` arrive first; then the period's
//! demand is served from stock (what stock cannot cover is lost and counted as a stockout); at
//! the end of the period the policy reviews the inventory position (on hand + on order) and may
//! launch an order, which arrives in period `t + LT` (with `LT = 0`, at once, in the end stock).

use super::rng::Rng;
use super::steps::Step;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyKind {
    /// Fixed dates, fixed quantity: every `R` periods, order `Q` (réapprovisionnement).
    FixedFixed,
    /// Fixed dates, variable quantity: every `R` periods, order up to `S` (recomplètement).
    Periodic,
    /// Variable dates, fixed quantity: when the position falls to `PC`, order `Q` (point de commande).
    ReorderPoint,
    /// Variable dates and quantities: when the position falls to `PC`, order up to `S`.
    Variable,
}

impl PolicyKind {
    pub const ALL: [Self; 4] = [Self::FixedFixed, Self::Periodic, Self::ReorderPoint, Self::Variable];

    /// The link value.
    pub fn slug(self) -> &'static str {
        match self {
            Self::FixedFixed => "fixed-fixed",
            Self::Periodic => "periodic",
            Self::ReorderPoint => "reorder-point",
            Self::Variable => "variable",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }

    fn uses_lot(self) -> bool {
        matches!(self, Self::FixedFixed | Self::ReorderPoint)
    }

    fn uses_review_period(self) -> bool {
        matches!(self, Self::FixedFixed | Self::Periodic)
    }

    fn uses_order_up_to(self) -> bool {
        matches!(self, Self::Periodic | Self::Variable)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyField {
    Demand,
    Lt,
    Stock0,
    Ss,
    Pc,
    Q,
    R,
    S,
    L,
    A,
    P,
}

impl PolicyField {
    pub fn param(self) -> &'static str {
        match self {
            Self::Demand => "demand",
            Self::Lt => "lt",
            Self::Stock0 => "stock0",
            Self::Ss => "ss",
            Self::Pc => "pc",
            Self::Q => "q",
            Self::R => "r",
            Self::S => "s",
            Self::L => "L",
            Self::A => "a",
            Self::P => "p",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyError {
    NoDemand,
    /// Demand in this period (from 1) is negative or not a number.
    BadDemand {
        period: usize,
    },
    /// Must be a finite number ≥ 0.
    Negative(PolicyField),
    /// Must be a finite number > 0 (the lot, the order-up-to level).
    NotPositive(PolicyField),
    /// Lead time and review period are whole numbers of periods (review ≥ 1).
    NotWhole(PolicyField),
}

impl PolicyError {
    pub fn field(self) -> PolicyField {
        match self {
            Self::NoDemand | Self::BadDemand { .. } => PolicyField::Demand,
            Self::Negative(f) | Self::NotPositive(f) | Self::NotWhole(f) => f,
        }
    }
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoDemand => write!(f, "the demand series is empty"),
            Self::BadDemand { period } => {
                write!(f, "demand in period {period} must be a number ≥ 0")
            }
            Self::Negative(field) => write!(f, "{} must not be negative", field.param()),
            Self::NotPositive(field) => write!(f, "{} must be greater than 0", field.param()),
            Self::NotWhole(field) => {
                write!(f, "{} must be a whole number of periods", field.param())
            }
        }
    }
}

impl std::error::Error for PolicyError {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyInput {
    pub kind: PolicyKind,
    /// Demand per period, periods numbered from 1.
    pub demand: Vec<f64>,
    /// Periods between launching an order and receiving it.
    pub lead_time: f64,
    pub initial_stock: f64,
    /// Shown as a line; the policies themselves act on `PC`, `Q`, `R`, `S`.
    pub safety_stock: f64,
    pub reorder_point: f64,
    pub lot: f64,
    pub review_period: f64,
    pub order_up_to: f64,
    /// `L`, money per order.
    pub order_cost: f64,
    /// `a`, money per unit.
    pub unit_price: f64,
    /// `p`, fraction per year.
    pub holding_rate: f64,
    /// Periods in a year (52 for weeks), to turn `p·a` into a cost per period.
    pub periods_per_year: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodRow {
    pub period: usize,
    pub demand: f64,
    pub receipt: f64,
    /// Stock on hand at the end of the period.
    pub stock: f64,
    /// Demand that stock could not serve (lost).
    pub shortage: f64,
    /// Quantity launched at the end of the period (0 if none).
    pub order: f64,
    /// Quantity on order after the period's decision.
    pub on_order: f64,
    /// On hand + on order, after the decision.
    pub position: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicySummary {
    /// Mean of the end-of-period stocks.
    pub average_stock: f64,
    pub orders: usize,
    pub stockout_units: f64,
    pub stockout_periods: usize,
    /// Share of demand served from stock (fill rate).
    pub fill_rate: f64,
    /// Share of periods without a stockout.
    pub period_service: f64,
    pub ordering_cost: f64,
    /// `p·a/periods_per_year` per unit and period, on end-of-period stock.
    pub holding_cost: f64,
    pub total_cost: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicySolution {
    pub rows: Vec<PeriodRow>,
    pub summary: PolicySummary,
    /// One stock balance per period, then the average.
    pub steps: Vec<Step>,
}

fn non_negative(value: f64, field: PolicyField) -> Result<f64, PolicyError> {
    if value.is_finite() && value >= 0.0 {
        Ok(value)
    } else {
        Err(PolicyError::Negative(field))
    }
}

fn whole(value: f64, field: PolicyField, minimum: f64) -> Result<usize, PolicyError> {
    if value.is_finite() && value >= minimum && value.fract() == 0.0 && value < 10_000.0 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // checked: whole, 0..10 000
        Ok(value as usize)
    } else {
        Err(PolicyError::NotWhole(field))
    }
}

fn validate(input: &PolicyInput) -> Result<(usize, usize), PolicyError> {
    if input.demand.is_empty() {
        return Err(PolicyError::NoDemand);
    }
    if let Some(i) = input.demand.iter().position(|d| !(d.is_finite() && *d >= 0.0)) {
        return Err(PolicyError::BadDemand { period: i + 1 });
    }
    let lead_time = whole(input.lead_time, PolicyField::Lt, 0.0)?;
    for (value, field) in [
        (input.initial_stock, PolicyField::Stock0),
        (input.safety_stock, PolicyField::Ss),
        (input.reorder_point, PolicyField::Pc),
        (input.order_cost, PolicyField::L),
        (input.unit_price, PolicyField::A),
        (input.holding_rate, PolicyField::P),
    ] {
        non_negative(value, field)?;
    }
    let positive = |value: f64, field| {
        if value.is_finite() && value > 0.0 {
            Ok(())
        } else {
            Err(PolicyError::NotPositive(field))
        }
    };
    if input.kind.uses_lot() {
        positive(input.lot, PolicyField::Q)?;
    }
    if input.kind.uses_order_up_to() {
        positive(input.order_up_to, PolicyField::S)?;
    }
    let review = if input.kind.uses_review_period() { whole(input.review_period, PolicyField::R, 1.0)? } else { 1 };
    positive(input.periods_per_year, PolicyField::P)?;
    Ok((lead_time, review))
}

/// Runs the policy over the demand series.
///
/// # Formula
/// ```text
/// stock(t) = stock(t−1) + receipts(t) − served(t),   served = min(demand, available)
/// position = stock + on order
/// fixed-fixed:   at t = R, 2R, …            order Q
/// periodic:      at t = R, 2R, …            order S − position (if > 0)
/// reorder-point: when position ≤ PC          order Q
/// variable:      when position ≤ PC          order S − position (if > 0)
/// an order launched at the end of t arrives in t + LT
/// ```
///
/// # Complexity
/// O(periods × LT).
///
/// # Errors
/// [`PolicyError`] naming the field, or the period whose demand is invalid.
pub fn simulate(input: &PolicyInput) -> Result<PolicySolution, PolicyError> {
    let (lead_time, review) = validate(input)?;
    let periods = input.demand.len();
    // Arrivals indexed by period (1-based); the extra room holds orders arriving after the horizon.
    let mut arrivals = vec![0.0; periods + lead_time + 2];
    let mut stock = input.initial_stock;
    let mut rows = Vec::with_capacity(periods);
    for (index, &demand) in input.demand.iter().enumerate() {
        let period = index + 1;
        let receipt = arrivals.get(period).copied().unwrap_or(0.0);
        stock += receipt;
        let served = demand.min(stock);
        stock -= served;
        let on_order: f64 = arrivals.iter().skip(period + 1).sum();
        let position = stock + on_order;
        let order = match input.kind {
            PolicyKind::FixedFixed if period % review == 0 => input.lot,
            PolicyKind::Periodic if period % review == 0 => (input.order_up_to - position).max(0.0),
            PolicyKind::ReorderPoint if position <= input.reorder_point => input.lot,
            PolicyKind::Variable if position <= input.reorder_point => (input.order_up_to - position).max(0.0),
            _ => 0.0,
        };
        let mut received_now = 0.0;
        if order > 0.0 {
            if lead_time == 0 {
                received_now = order;
                stock += order;
            } else if let Some(slot) = arrivals.get_mut(period + lead_time) {
                *slot += order;
            }
        }
        let on_order = on_order + if lead_time == 0 { 0.0 } else { order };
        rows.push(PeriodRow {
            period,
            demand,
            receipt: receipt + received_now,
            stock,
            shortage: demand - served,
            order,
            on_order,
            position: stock + on_order,
        });
    }
    let total_demand: f64 = input.demand.iter().sum();
    let stockout_units: f64 = rows.iter().map(|r| r.shortage).sum();
    let stockout_periods = rows.iter().filter(|r| r.shortage > 0.0).count();
    let orders = rows.iter().filter(|r| r.order > 0.0).count();
    let stock_sum: f64 = rows.iter().map(|r| r.stock).sum();
    let holding_per_unit_period = input.holding_rate * input.unit_price / input.periods_per_year;
    let ordering_cost = orders as f64 * input.order_cost;
    let holding_cost = stock_sum * holding_per_unit_period;
    let summary = PolicySummary {
        average_stock: stock_sum / periods as f64,
        orders,
        stockout_units,
        stockout_periods,
        fill_rate: if total_demand > 0.0 { 1.0 - stockout_units / total_demand } else { 1.0 },
        period_service: 1.0 - stockout_periods as f64 / periods as f64,
        ordering_cost,
        holding_cost,
        total_cost: ordering_cost + holding_cost,
    };
    let mut previous = input.initial_stock;
    let mut steps: Vec<Step> = rows
        .iter()
        .map(|r| {
            // Notation only (S stock, R receipts, D demand served); the UI names the step.
            let step = Step::new("period", "S(t) = S(t−1) + R(t) − D(t)")
                .text("t = ")
                .num(r.period as f64)
                .text(" : ")
                .num(previous)
                .text(" + ")
                .num(r.receipt)
                .text(" − ")
                .num(r.demand - r.shortage)
                .result(r.stock);
            previous = r.stock;
            step
        })
        .collect();
    steps.push(Step::new("average", "Σ stock(t) / n").num(stock_sum).text(" / ").num(periods as f64).result(summary.average_stock));
    Ok(PolicySolution { rows, summary, steps })
}

/// Fig 2.4 of the course: reorder point 850, lot 1000, lead time 2 weeks, safety stock 200,
/// mean use 325, starting stock 1400, ten weeks of usage.
pub fn fig_2_4() -> PolicyInput {
    PolicyInput {
        kind: PolicyKind::ReorderPoint,
        demand: vec![700.0, 450.0, 100.0, 450.0, 100.0, 700.0, 450.0, 100.0, 100.0, 100.0],
        lead_time: 2.0,
        initial_stock: 1400.0,
        safety_stock: 200.0,
        reorder_point: 850.0,
        lot: 1000.0,
        review_period: 3.0,
        order_up_to: 1850.0,
        order_cost: 100.0,
        unit_price: 10.0,
        holding_rate: 0.25,
        periods_per_year: 52.0,
    }
}

/// Whole, non-negative demands, normally spread around `mean` (Box–Muller on the seeded generator).
pub fn generate_demand(seed: u64, periods: usize, mean: f64, sd: f64) -> Vec<f64> {
    let mut rng = Rng::new(seed);
    (0..periods)
        .map(|_| {
            let u1 = rng.unit().max(f64::MIN_POSITIVE);
            let u2 = rng.unit();
            let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
            (mean + sd * z).round().max(0.0)
        })
        .collect()
}

/// A reorder-point exercise on ten weeks of generated demand.
pub fn exercise(seed: u64) -> PolicyInput {
    let mut rng = Rng::new(seed);
    let mean = rng.step(100, 600, 25) as f64;
    let lead_time = rng.int(1, 3) as f64;
    let safety_stock = (mean * rng.pick(&[0.5, 0.75, 1.0])).round();
    let lot = (mean * rng.pick(&[2.0, 3.0, 4.0]) / 50.0).round() * 50.0;
    PolicyInput {
        kind: PolicyKind::ReorderPoint,
        demand: generate_demand(rng.next_u64(), 10, mean, mean * 0.4),
        lead_time,
        initial_stock: (mean * 4.0 / 50.0).round() * 50.0,
        safety_stock,
        reorder_point: safety_stock + mean * lead_time,
        lot,
        review_period: 2.0,
        order_up_to: safety_stock + mean * (lead_time + 2.0),
        order_cost: 100.0,
        unit_price: 10.0,
        holding_rate: 0.25,
        periods_per_year: 52.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stocks(solution: &PolicySolution) -> Vec<f64> {
        solution.rows.iter().map(|r| r.stock).collect()
    }

    fn periods_with(solution: &PolicySolution, pick: fn(&PeriodRow) -> f64) -> Vec<usize> {
        solution.rows.iter().filter(|r| pick(r) > 0.0).map(|r| r.period).collect()
    }

    #[test]
    fn fig_2_4_reorder_point() {
        let s = simulate(&fig_2_4()).unwrap();
        assert_eq!(stocks(&s), vec![700.0, 250.0, 1150.0, 700.0, 600.0, 900.0, 450.0, 350.0, 1250.0, 1150.0]);
        assert_eq!(periods_with(&s, |r| r.order), vec![1, 4, 7]);
        assert_eq!(periods_with(&s, |r| r.receipt), vec![3, 6, 9]);
        assert_eq!(s.rows[0].order, 1000.0);
        // S5 and S8 are below PC, but the position counts the order already on its way.
        assert_eq!((s.rows[4].stock, s.rows[4].position), (600.0, 1600.0));
        assert_eq!(s.summary.orders, 3);
        assert_eq!(s.summary.stockout_units, 0.0);
        assert_eq!(s.summary.average_stock, 750.0);
        assert_eq!(s.summary.fill_rate, 1.0);
        assert!((s.summary.holding_cost - 7500.0 * 0.25 * 10.0 / 52.0).abs() < 1e-9);
        assert_eq!(s.summary.total_cost, 300.0 + s.summary.holding_cost);
        assert_eq!(s.steps[2].result, 1150.0);
        assert_eq!(s.steps.last().unwrap().result, 750.0);
    }

    #[test]
    fn fixed_dates_fixed_quantity() {
        let input = PolicyInput {
            kind: PolicyKind::FixedFixed,
            demand: vec![100.0; 6],
            lead_time: 1.0,
            initial_stock: 250.0,
            lot: 200.0,
            review_period: 2.0,
            ..fig_2_4()
        };
        let s = simulate(&input).unwrap();
        // Orders at the end of 2, 4, 6 arrive in 3, 5 (and 7, beyond the horizon).
        assert_eq!(periods_with(&s, |r| r.order), vec![2, 4, 6]);
        assert_eq!(stocks(&s), vec![150.0, 50.0, 150.0, 50.0, 150.0, 50.0]);
        assert_eq!(s.rows[5].on_order, 200.0);
    }

    #[test]
    fn fixed_dates_order_up_to() {
        let input = PolicyInput {
            kind: PolicyKind::Periodic,
            demand: vec![100.0, 300.0, 50.0, 200.0],
            lead_time: 1.0,
            initial_stock: 400.0,
            order_up_to: 500.0,
            review_period: 2.0,
            ..fig_2_4()
        };
        let s = simulate(&input).unwrap();
        // End of 2: stock 0, position 0 → order 500, received in 3.
        assert_eq!(s.rows[1].order, 500.0);
        assert_eq!(stocks(&s), vec![300.0, 0.0, 450.0, 250.0]);
        assert_eq!(s.rows[3].order, 250.0);
    }

    #[test]
    fn variable_dates_and_quantities() {
        let input = PolicyInput {
            kind: PolicyKind::Variable,
            demand: vec![100.0, 100.0, 100.0],
            lead_time: 1.0,
            initial_stock: 300.0,
            reorder_point: 150.0,
            order_up_to: 400.0,
            ..fig_2_4()
        };
        let s = simulate(&input).unwrap();
        // End of 2: position 100 ≤ 150 → order 300, received in 3.
        assert_eq!(periods_with(&s, |r| r.order), vec![2]);
        assert_eq!(s.rows[1].order, 300.0);
        assert_eq!(stocks(&s), vec![200.0, 100.0, 300.0]);
    }

    #[test]
    fn lost_sales_and_zero_lead_time() {
        let input =
            PolicyInput { demand: vec![500.0, 100.0], lead_time: 0.0, initial_stock: 300.0, reorder_point: 50.0, lot: 400.0, ..fig_2_4() };
        let s = simulate(&input).unwrap();
        assert_eq!(s.rows[0].shortage, 200.0);
        // Lead time 0: the order launched at the end of period 1 is in that period's end stock.
        assert_eq!((s.rows[0].stock, s.rows[0].receipt), (400.0, 400.0));
        assert_eq!(s.summary.stockout_units, 200.0);
        assert_eq!(s.summary.stockout_periods, 1);
        assert!((s.summary.fill_rate - (1.0 - 200.0 / 600.0)).abs() < 1e-12);
        assert_eq!(s.summary.period_service, 0.5);
    }

    #[test]
    fn errors_name_the_field_or_period() {
        let mut input = fig_2_4();
        input.demand[3] = -1.0;
        assert_eq!(simulate(&input), Err(PolicyError::BadDemand { period: 4 }));
        assert_eq!(simulate(&PolicyInput { demand: vec![], ..fig_2_4() }), Err(PolicyError::NoDemand));
        assert_eq!(simulate(&PolicyInput { lead_time: 1.5, ..fig_2_4() }), Err(PolicyError::NotWhole(PolicyField::Lt)));
        assert_eq!(simulate(&PolicyInput { lot: 0.0, ..fig_2_4() }), Err(PolicyError::NotPositive(PolicyField::Q)));
        assert_eq!(
            simulate(&PolicyInput { kind: PolicyKind::Periodic, review_period: 0.0, ..fig_2_4() }),
            Err(PolicyError::NotWhole(PolicyField::R))
        );
        assert_eq!(simulate(&PolicyInput { initial_stock: -5.0, ..fig_2_4() }), Err(PolicyError::Negative(PolicyField::Stock0)));
        // A lot of 0 does not matter to a policy that does not use it.
        assert!(simulate(&PolicyInput { kind: PolicyKind::Periodic, lot: 0.0, ..fig_2_4() }).is_ok());
    }

    #[test]
    fn generated_demand_is_reproducible_and_whole() {
        let a = generate_demand(5, 12, 300.0, 80.0);
        assert_eq!(a, generate_demand(5, 12, 300.0, 80.0));
        assert!(a.iter().all(|d| *d >= 0.0 && d.fract() == 0.0));
        for seed in 0..50 {
            assert!(simulate(&exercise(seed)).is_ok());
        }
        assert_eq!(PolicyKind::from_slug("periodic"), Some(PolicyKind::Periodic));
    }
}
