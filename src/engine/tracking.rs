//! Following a production plan month by month (S&OP review): actual sales and production
//! against the forecast, the stock against its target, and the next month re-planned from the
//! actual stock.
//!
//! ```text
//! actual stock:        A(t) = A(t−1) + made(t) − sold(t)
//! planned production:  P(t) = F(t) + T(t) − A(t−1)     (T(t−1) for the months ahead)
//! deviation:           actual − plan (or plan − actual: the sign is a convention)
//! ```
//! Each month's production is planned to bring the stock from where it really is to the month's
//! target: Fig 3.4's 2 166 = 1 800 + 1 700 − 1 334.

use super::steps::Step;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    ActualMinusPlan,
    PlanMinusActual,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrackingInput {
    /// Forecast sales, every month of the plan.
    pub forecast: Vec<f64>,
    /// Target end-of-month stock, every month of the plan.
    pub target: Vec<f64>,
    /// Actual sales and production of the months gone by.
    pub sold: Vec<f64>,
    pub made: Vec<f64>,
    pub opening: f64,
    pub sign: Sign,
}

/// A month of the plan; `actual` only for the months gone by.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrackedMonth {
    pub planned: f64,
    pub actual: Option<Actual>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Actual {
    pub sold: f64,
    pub made: f64,
    pub stock: f64,
    pub sales_deviation: f64,
    pub sales_cumulated: f64,
    pub production_deviation: f64,
    pub production_cumulated: f64,
    pub stock_deviation: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tracking {
    pub months: Vec<TrackedMonth>,
    pub elapsed: usize,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrackingError {
    NoMonths,
    /// The target stock is not given for every month (its length).
    TargetLength(usize),
    /// Actual production is not given for every month with actual sales (its length).
    MadeLength(usize),
    /// More months of actual sales than the plan has (their count).
    TooManyActuals(usize),
}

/// # Errors
/// No month, or rows whose lengths disagree (each named).
pub fn solve(input: &TrackingInput) -> Result<Tracking, TrackingError> {
    let months = input.forecast.len();
    if months == 0 {
        return Err(TrackingError::NoMonths);
    }
    if input.target.len() != months {
        return Err(TrackingError::TargetLength(input.target.len()));
    }
    if input.sold.len() > months {
        return Err(TrackingError::TooManyActuals(input.sold.len()));
    }
    if input.made.len() != input.sold.len() {
        return Err(TrackingError::MadeLength(input.made.len()));
    }
    let signed = |actual: f64, plan: f64| match input.sign {
        Sign::ActualMinusPlan => actual - plan,
        Sign::PlanMinusActual => plan - actual,
    };
    let mut tracked = Vec::with_capacity(months);
    let mut steps = Vec::new();
    let (mut stock, mut sales_cumulated, mut production_cumulated) = (input.opening, 0.0, 0.0);
    for (m, (&forecast, &target)) in input.forecast.iter().zip(&input.target).enumerate() {
        let planned = forecast + target - stock;
        let actual = input.sold.get(m).zip(input.made.get(m)).map(|(&sold, &made)| {
            let sales_deviation = signed(sold, forecast);
            let production_deviation = signed(made, planned);
            sales_cumulated += sales_deviation;
            production_cumulated += production_deviation;
            let end = stock + made - sold;
            Actual {
                sold,
                made,
                stock: end,
                sales_deviation,
                sales_cumulated,
                production_deviation,
                production_cumulated,
                stock_deviation: signed(end, target),
            }
        });
        if m == input.sold.len() {
            steps.push(Step::new("replan", "P = F + T − A").num(forecast).text(" + ").num(target).text(" − ").num(stock).result(planned));
        }
        if let Some(a) = actual.filter(|_| m + 1 == input.sold.len()) {
            steps.push(
                Step::new("actual_stock", "A = A(t−1) + made − sold")
                    .num(stock)
                    .text(" + ")
                    .num(a.made)
                    .text(" − ")
                    .num(a.sold)
                    .result(a.stock),
            );
        }
        stock = actual.map_or(target, |a| a.stock);
        tracked.push(TrackedMonth { planned, actual });
    }
    Ok(Tracking { months: tracked, elapsed: input.sold.len(), steps })
}

/// Fig 3.4: three months gone by, six planned; forecast sales 1 800 a month.
pub fn fig_3_4() -> TrackingInput {
    TrackingInput {
        forecast: vec![1800.0; 9],
        target: vec![2000.0, 1900.0, 1800.0, 1700.0, 1600.0, 1500.0, 1500.0, 1500.0, 1500.0],
        sold: vec![1690.0, 1805.0, 1980.0],
        made: vec![1790.0, 1305.0, 1534.0],
        opening: 2180.0,
        sign: Sign::PlanMinusActual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fig_3_4_exactly() {
        let t = solve(&fig_3_4()).unwrap();
        let planned: Vec<f64> = t.months.iter().map(|m| m.planned).collect();
        assert_eq!(planned, [1620.0, 1420.0, 1820.0, 2166.0, 1700.0, 1700.0, 1800.0, 1800.0, 1800.0]);
        let actual: Vec<Actual> = t.months.iter().filter_map(|m| m.actual).collect();
        assert_eq!(actual.iter().map(|a| a.stock).collect::<Vec<_>>(), [2280.0, 1780.0, 1334.0]);
        assert_eq!(actual.iter().map(|a| a.sales_deviation).collect::<Vec<_>>(), [110.0, -5.0, -180.0]);
        assert_eq!(actual.iter().map(|a| a.sales_cumulated).collect::<Vec<_>>(), [110.0, 105.0, -75.0]);
        assert_eq!(actual.iter().map(|a| a.production_deviation).collect::<Vec<_>>(), [-170.0, 115.0, 286.0]);
        assert_eq!(actual.iter().map(|a| a.stock_deviation).collect::<Vec<_>>(), [-280.0, 120.0, 466.0]);
        let replan = t.steps.iter().find(|s| s.key == "replan").unwrap();
        assert_eq!(replan.result, 2166.0);
        assert_eq!(t.steps.first().map(|s| s.result), Some(1334.0));
    }

    #[test]
    fn the_other_sign_flips_every_deviation() {
        let t = solve(&TrackingInput { sign: Sign::ActualMinusPlan, ..fig_3_4() }).unwrap();
        let first = t.months[0].actual.unwrap();
        assert_eq!((first.sales_deviation, first.production_deviation, first.stock_deviation), (-110.0, 170.0, 280.0));
    }

    #[test]
    fn rows_of_the_wrong_length_are_named() {
        assert_eq!(solve(&TrackingInput { forecast: Vec::new(), target: Vec::new(), ..fig_3_4() }), Err(TrackingError::NoMonths));
        assert_eq!(solve(&TrackingInput { target: vec![1.0], ..fig_3_4() }), Err(TrackingError::TargetLength(1)));
        assert_eq!(solve(&TrackingInput { made: vec![1.0], ..fig_3_4() }), Err(TrackingError::MadeLength(1)));
        let long = TrackingInput { sold: vec![1.0; 10], made: vec![1.0; 10], ..fig_3_4() };
        assert_eq!(solve(&long), Err(TrackingError::TooManyActuals(10)));
        let planned_only = solve(&TrackingInput { sold: Vec::new(), made: Vec::new(), ..fig_3_4() }).unwrap();
        assert_eq!(planned_only.months[0].planned, 1620.0);
        assert_eq!(planned_only.steps.len(), 1);
    }
}
