//! The master production schedule (PD/PDP) of one product, week by week, and what it leaves
//! available to promise (ATP).
//!
//! ```text
//! demand(w)  = orders(w) + forecast(w)          (the forecast is the part not yet ordered)
//!            or max(orders(w), forecast(w))      (the common alternative)
//! stock(w)   = stock(w−1) + receipts(w) − demand(w)
//! start(w)   = receipts(w + lead time)
//! ATP(r)     = [opening if r is week 1] + receipt(r) − Σ orders from r until the next receipt
//! ```
//! The schedule is the planner's decision: firm receipts typed by week, or a proposal that adds
//! lots wherever the stock would fall below the safety stock.

use super::steps::Step;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemandRule {
    Sum,
    Max,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtpRule {
    /// Week 1 includes the opening stock; each receipt week covers the orders until the next.
    Standard,
    /// Fig 3.16: the opening column is the opening stock less the safety stock, and the orders
    /// before the first receipt are not deducted.
    Course,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MpsInput {
    pub weeks: usize,
    pub opening: f64,
    pub safety: f64,
    pub lot: f64,
    pub lead_time: usize,
    /// Per week from week 1; shorter than the horizon: the weeks after have none.
    pub forecast: Vec<f64>,
    pub orders: Vec<f64>,
    /// Weeks (from 1) of firm receipts of one lot each; `None`: the proposal.
    pub receipts: Option<Vec<usize>>,
    pub demand_rule: DemandRule,
    pub atp_rule: AtpRule,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MpsSolution {
    pub demand: Vec<f64>,
    /// End-of-week projected stock.
    pub stock: Vec<f64>,
    pub receipts: Vec<f64>,
    /// Lots to start each week; `past_due` those that should have started before week 1.
    pub starts: Vec<f64>,
    pub past_due: f64,
    /// Weeks (from 0) whose projected stock is below the safety stock.
    pub below: Vec<usize>,
    pub atp: Vec<f64>,
    pub atp_cumulated: Vec<f64>,
    /// The course's opening column (its rule only).
    pub atp_opening: Option<f64>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MpsError {
    /// A row longer than the horizon (which one).
    TooLong(Row),
    /// A firm receipt outside the horizon (its week).
    ReceiptWeek(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Forecast,
    Orders,
}

fn at(series: &[f64], week: usize) -> f64 {
    series.get(week).copied().unwrap_or(0.0)
}

/// # Errors
/// A forecast or order row longer than the horizon, or a firm receipt outside it.
pub fn solve(input: &MpsInput) -> Result<MpsSolution, MpsError> {
    let weeks = input.weeks;
    if input.forecast.len() > weeks {
        return Err(MpsError::TooLong(Row::Forecast));
    }
    if input.orders.len() > weeks {
        return Err(MpsError::TooLong(Row::Orders));
    }
    let demand: Vec<f64> = (0..weeks)
        .map(|w| {
            let (f, o) = (at(&input.forecast, w), at(&input.orders, w));
            match input.demand_rule {
                DemandRule::Sum => f + o,
                DemandRule::Max => f.max(o),
            }
        })
        .collect();
    let mut receipts = vec![0.0; weeks];
    if let Some(firm) = &input.receipts {
        for &week in firm {
            let slot = week.checked_sub(1).and_then(|w| receipts.get_mut(w)).ok_or(MpsError::ReceiptWeek(week))?;
            *slot += input.lot;
        }
    }
    let mut stock = Vec::with_capacity(weeks);
    let mut before = input.opening;
    for (w, d) in demand.iter().enumerate() {
        if input.receipts.is_none() && input.lot > 0.0 {
            // As many lots as bring the week back to the safety stock.
            let short = input.safety - (before - d);
            if short > 1e-9 {
                if let Some(r) = receipts.get_mut(w) {
                    *r = (short / input.lot - 1e-9).ceil() * input.lot;
                }
            }
        }
        before += at(&receipts, w) - d;
        stock.push(before);
    }
    let mut starts = vec![0.0; weeks];
    let mut past_due = 0.0;
    for (w, r) in receipts.iter().enumerate().filter(|(_, r)| **r > 0.0) {
        match w.checked_sub(input.lead_time).and_then(|s| starts.get_mut(s)) {
            Some(start) => *start += r,
            None => past_due += r,
        }
    }
    let below = stock.iter().enumerate().filter(|(_, s)| **s < input.safety - 1e-9).map(|(w, _)| w).collect();
    let (atp, atp_opening) = available_to_promise(input, &receipts);
    let atp_cumulated = atp
        .iter()
        .scan(atp_opening.unwrap_or(0.0), |sum, a| {
            *sum += a;
            Some(*sum)
        })
        .collect();
    let mut solution = MpsSolution { demand, stock, receipts, starts, past_due, below, atp, atp_cumulated, atp_opening, steps: Vec::new() };
    solution.steps = steps(input, &solution);
    Ok(solution)
}

/// Discrete ATP per week and, under the course's rule, its opening column.
fn available_to_promise(input: &MpsInput, receipts: &[f64]) -> (Vec<f64>, Option<f64>) {
    let weeks = receipts.len();
    let mut atp = vec![0.0; weeks];
    // The weeks that open an ATP window: week 1 (the opening stock) under the standard rule,
    // and every receipt week.
    let opens = |w: usize| receipts.get(w).is_some_and(|r| *r > 0.0) || (w == 0 && input.atp_rule == AtpRule::Standard);
    let windows: Vec<usize> = (0..weeks).filter(|w| opens(*w)).collect();
    for (i, &start) in windows.iter().enumerate() {
        let end = windows.get(i + 1).copied().unwrap_or(weeks);
        let own = if start == 0 && input.atp_rule == AtpRule::Standard { input.opening } else { 0.0 };
        let ordered: f64 = (start..end).map(|w| at(&input.orders, w)).sum();
        if let Some(a) = atp.get_mut(start) {
            *a = own + at(receipts, start) - ordered;
        }
    }
    // A window short of stock borrows from the windows before it, latest first.
    for i in (1..windows.len()).rev() {
        let Some(&w) = windows.get(i) else { continue };
        let deficit = -at(&atp, w);
        if deficit > 0.0 {
            if let (Some(&previous), Some(a)) = (windows.get(i - 1), atp.get_mut(w)) {
                *a = 0.0;
                if let Some(p) = atp.get_mut(previous) {
                    *p -= deficit;
                }
            }
        }
    }
    let opening = (input.atp_rule == AtpRule::Course).then_some(input.opening - input.safety);
    (atp, opening)
}

/// The smallest cumulative ATP from `week` (from 0) on: what can still be promised for that
/// week without taking what a later week's orders already hold.
pub fn promisable(s: &MpsSolution, week: usize) -> f64 {
    s.atp_cumulated.iter().skip(week).copied().fold(f64::INFINITY, f64::min).max(0.0)
}

/// The first week below the safety stock (or the first) and the first receipt week's ATP.
fn steps(input: &MpsInput, s: &MpsSolution) -> Vec<Step> {
    let mut steps = Vec::new();
    let w = s.below.first().copied().or_else(|| s.receipts.iter().position(|r| *r > 0.0)).unwrap_or(0);
    let before = w.checked_sub(1).and_then(|b| s.stock.get(b)).copied().unwrap_or(input.opening);
    steps.push(
        Step::new("stock", "S(w) = S(w−1) + R(w) − D(w)")
            .num(before)
            .text(" + ")
            .num(at(&s.receipts, w))
            .text(" − ")
            .num(at(&s.demand, w))
            .result(at(&s.stock, w)),
    );
    if let Some(r) = s.receipts.iter().position(|r| *r > 0.0) {
        let next = s.receipts.iter().enumerate().skip(r + 1).find(|(_, x)| **x > 0.0).map_or(s.receipts.len(), |(n, _)| n);
        let ordered: f64 = (r..next).map(|w| at(&input.orders, w)).sum();
        let own = if r == 0 && input.atp_rule == AtpRule::Standard { input.opening } else { 0.0 };
        steps.push(
            Step::new("atp", "ATP = [S₀] + R − Σ orders")
                .num(own)
                .text(" + ")
                .num(at(&s.receipts, r))
                .text(" − ")
                .num(ordered)
                .result(own + at(&s.receipts, r) - ordered),
        );
    }
    steps
}

/// Fig 3.13: lots of 200 made in a week, safety stock 100, opening stock 200.
pub fn fig_3_13() -> MpsInput {
    MpsInput {
        weeks: 10,
        opening: 200.0,
        safety: 100.0,
        lot: 200.0,
        lead_time: 1,
        forecast: vec![0.0, 30.0, 35.0, 40.0, 50.0, 60.0, 60.0, 70.0, 70.0, 50.0],
        orders: vec![50.0, 20.0, 15.0, 10.0],
        receipts: Some(vec![2, 6, 9]),
        demand_rule: DemandRule::Sum,
        atp_rule: AtpRule::Standard,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rng::Rng;

    #[test]
    fn fig_3_13_exactly() {
        let s = solve(&fig_3_13()).unwrap();
        assert_eq!(s.stock, [150.0, 300.0, 250.0, 200.0, 150.0, 290.0, 230.0, 160.0, 290.0, 240.0]);
        assert_eq!(s.demand[..4], [50.0, 50.0, 50.0, 50.0]);
        assert_eq!(s.starts, [200.0, 0.0, 0.0, 0.0, 200.0, 0.0, 0.0, 200.0, 0.0, 0.0]);
        assert!(s.below.is_empty());
    }

    #[test]
    fn figs_3_14_and_3_15_re_planned() {
        // One week later: the course's S2 is week 1 here.
        let input = MpsInput {
            opening: 150.0,
            forecast: vec![0.0, 20.0, 20.0, 40.0, 60.0, 60.0, 70.0, 70.0, 50.0, 50.0],
            orders: vec![20.0, 40.0, 30.0, 10.0],
            receipts: Some(vec![1, 5, 8]),
            ..fig_3_13()
        };
        let s = solve(&input).unwrap();
        assert_eq!(s.stock, [330.0, 270.0, 220.0, 170.0, 310.0, 250.0, 180.0, 310.0, 260.0, 210.0]);
        assert_eq!(s.past_due, 200.0, "the week-1 lot started the week before");
        let moved = solve(&MpsInput { receipts: Some(vec![1, 6, 9]), ..input }).unwrap();
        assert_eq!(moved.stock, [330.0, 270.0, 220.0, 170.0, 110.0, 250.0, 180.0, 110.0, 260.0, 210.0]);
        assert!(moved.below.is_empty());
    }

    #[test]
    fn fig_3_16_standard_and_course() {
        let s = solve(&fig_3_13()).unwrap();
        assert_eq!(s.atp, [150.0, 155.0, 0.0, 0.0, 0.0, 200.0, 0.0, 0.0, 200.0, 0.0]);
        assert_eq!(s.atp_cumulated, [150.0, 305.0, 305.0, 305.0, 305.0, 505.0, 505.0, 505.0, 705.0, 705.0]);
        let course = solve(&MpsInput { atp_rule: AtpRule::Course, ..fig_3_13() }).unwrap();
        assert_eq!(course.atp_opening, Some(100.0));
        assert_eq!(course.atp, [0.0, 155.0, 0.0, 0.0, 0.0, 200.0, 0.0, 0.0, 200.0, 0.0]);
        assert_eq!(course.atp_cumulated, [100.0, 255.0, 255.0, 255.0, 255.0, 455.0, 455.0, 455.0, 655.0, 655.0]);
    }

    #[test]
    fn the_proposal_keeps_the_safety_stock() {
        let s = solve(&MpsInput { receipts: None, ..fig_3_13() }).unwrap();
        assert_eq!(s.receipts.iter().enumerate().filter(|(_, r)| **r > 0.0).map(|(w, _)| w + 1).collect::<Vec<_>>(), [3, 6, 9]);
        let mut rng = Rng::new(11);
        for _ in 0..200 {
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let mut draw = |low: i64, high: i64| rng.int(low, high) as f64;
            let input = MpsInput {
                opening: draw(0, 300),
                safety: draw(0, 150),
                lot: draw(20, 300),
                forecast: (0..12).map(|_| draw(0, 120)).collect(),
                orders: (0..6).map(|_| draw(0, 80)).collect(),
                weeks: 12,
                receipts: None,
                ..fig_3_13()
            };
            let s = solve(&input).unwrap();
            assert!(s.below.is_empty(), "{input:?}");
            // No unit is promised twice: the ATP and the orders it covers add up to what there is.
            let ordered: f64 = input.orders.iter().sum();
            let atp: f64 = s.atp.iter().sum();
            assert!((atp + ordered - input.opening - s.receipts.iter().sum::<f64>()).abs() < 1e-6);
            // Promising what is quoted never leaves the orders uncovered.
            for week in 0..12 {
                let q = promisable(&s, week);
                let mut left = input.opening;
                for w in 0..12 {
                    left += s.receipts[w] - at(&input.orders, w) - if w == week { q } else { 0.0 };
                    if s.atp.iter().all(|a| *a >= 0.0) {
                        assert!(left >= -1e-6, "week {week}: {input:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_common_alternative_and_errors() {
        let s = solve(&MpsInput { demand_rule: DemandRule::Max, ..fig_3_13() }).unwrap();
        assert_eq!(s.demand[..5], [50.0, 30.0, 35.0, 40.0, 50.0]);
        assert_eq!(solve(&MpsInput { receipts: Some(vec![11]), ..fig_3_13() }), Err(MpsError::ReceiptWeek(11)));
        assert_eq!(solve(&MpsInput { receipts: Some(vec![0]), ..fig_3_13() }), Err(MpsError::ReceiptWeek(0)));
        assert_eq!(solve(&MpsInput { weeks: 3, ..fig_3_13() }), Err(MpsError::TooLong(Row::Forecast)));
        // Orders beyond a receipt's lot borrow from the window before.
        let short = MpsInput { orders: vec![0.0, 250.0], receipts: Some(vec![2]), ..fig_3_13() };
        let s = solve(&short).unwrap();
        assert_eq!(s.atp[..2], [150.0, 0.0]);
    }
}
