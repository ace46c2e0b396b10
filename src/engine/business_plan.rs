//! From the production plan to the profit (the S&OP's financial view): per family and month,
//! what is made is valued at cost, what is sold at price and at cost, the stock at cost.
//!
//! ```text
//! closing stock   = opening + production − sales
//! production cost = cost × production        revenue = price × sales
//! cost of sales   = cost × sales             stock value = cost × closing stock
//! profit          = revenue − cost of sales  (= production cost − Δ stock value + margin)
//! ```

#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    pub id: String,
    /// Cost price of a unit.
    pub cost: f64,
    /// Sale price of a unit.
    pub price: f64,
    pub opening: f64,
}

/// A family's production and sales in one month (months from 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub family: String,
    pub month: usize,
    pub production: f64,
    pub sales: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BusinessInput {
    pub families: Vec<Family>,
    pub plan: Vec<Activity>,
}

/// The money of a family (or of all) over a month (or the whole plan); the stock value is at the
/// end.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Money {
    pub production_cost: f64,
    pub revenue: f64,
    pub cost_of_sales: f64,
    pub stock_value: f64,
    pub profit: f64,
}

impl Money {
    fn add_flows(self, other: Self) -> Self {
        Self {
            production_cost: self.production_cost + other.production_cost,
            revenue: self.revenue + other.revenue,
            cost_of_sales: self.cost_of_sales + other.cost_of_sales,
            stock_value: other.stock_value,
            profit: self.profit + other.profit,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FamilyMonth {
    pub production: f64,
    pub sales: f64,
    pub opening: f64,
    pub closing: f64,
    pub money: Money,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FamilyPlan {
    pub months: Vec<FamilyMonth>,
    pub total: Money,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BusinessSolution {
    pub families: Vec<FamilyPlan>,
    /// All families together, month by month.
    pub by_month: Vec<Money>,
    pub total: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BusinessError {
    NoFamilies,
    DuplicateFamily(usize),
    NoActivity,
    /// A plan row names no family of the list (its row).
    UnknownFamily(usize),
    /// A family's month given twice (the second row).
    DuplicateMonth(usize),
    /// Sales above the stock and the production: the row of that family and month.
    Oversold(usize),
}

/// # Errors
/// No family or activity, a duplicate family or month, a row naming an unknown family, sales
/// the stock cannot cover; each named by its row.
pub fn solve(input: &BusinessInput) -> Result<BusinessSolution, BusinessError> {
    if input.families.is_empty() {
        return Err(BusinessError::NoFamilies);
    }
    if let Some(i) = super::first_duplicate(&input.families, |f| &f.id) {
        return Err(BusinessError::DuplicateFamily(i));
    }
    let months = input.plan.iter().map(|a| a.month).max().ok_or(BusinessError::NoActivity)?;
    // The plan row of each family and month, if any.
    let mut rows = vec![vec![None; months]; input.families.len()];
    for (row, activity) in input.plan.iter().enumerate() {
        let f = input.families.iter().position(|f| f.id == activity.family).ok_or(BusinessError::UnknownFamily(row))?;
        let slot = rows.get_mut(f).and_then(|r| r.get_mut(activity.month.saturating_sub(1))).ok_or(BusinessError::UnknownFamily(row))?;
        if slot.is_some() {
            return Err(BusinessError::DuplicateMonth(row));
        }
        *slot = Some(row);
    }
    let mut families = Vec::with_capacity(input.families.len());
    for (family, rows) in input.families.iter().zip(&rows) {
        let mut stock = family.opening;
        let mut plan = Vec::with_capacity(months);
        for row in rows {
            let activity = row.and_then(|r| input.plan.get(r));
            let (production, sales) = activity.map_or((0.0, 0.0), |a| (a.production, a.sales));
            let closing = stock + production - sales;
            if closing < -1e-9 {
                return Err(BusinessError::Oversold(row.unwrap_or(0)));
            }
            let money = Money {
                production_cost: family.cost * production,
                revenue: family.price * sales,
                cost_of_sales: family.cost * sales,
                stock_value: family.cost * closing,
                profit: (family.price - family.cost) * sales,
            };
            plan.push(FamilyMonth { production, sales, opening: stock, closing, money });
            stock = closing;
        }
        let total =
            plan.iter().fold(Money { stock_value: family.cost * family.opening, ..Money::default() }, |sum, m| sum.add_flows(m.money));
        families.push(FamilyPlan { months: plan, total });
    }
    let by_month: Vec<Money> = (0..months)
        .map(|m| {
            families
                .iter()
                .filter_map(|f| f.months.get(m))
                .fold(Money::default(), |sum, x| Money { stock_value: sum.stock_value + x.money.stock_value, ..sum.add_flows(x.money) })
        })
        .collect();
    let total = families
        .iter()
        .fold(Money::default(), |sum, f| Money { stock_value: sum.stock_value + f.total.stock_value, ..sum.add_flows(f.total) });
    Ok(BusinessSolution { families, by_month, total })
}

/// Fig 3.12: one month, two families.
pub fn fig_3_12() -> BusinessInput {
    BusinessInput {
        families: vec![
            Family { id: "A".into(), cost: 40.0, price: 45.0, opening: 180.0 },
            Family { id: "B".into(), cost: 35.0, price: 40.0, opening: 50.0 },
        ],
        plan: vec![
            Activity { family: "A".into(), month: 1, production: 720.0, sales: 700.0 },
            Activity { family: "B".into(), month: 1, production: 160.0, sales: 110.0 },
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fig_3_12_exactly() {
        let s = solve(&fig_3_12()).unwrap();
        let a = s.families[0].total;
        assert_eq!(
            [a.production_cost, a.revenue, a.cost_of_sales, a.stock_value, a.profit],
            [28_800.0, 31_500.0, 28_000.0, 8000.0, 3500.0]
        );
        let b = s.families[1].total;
        assert_eq!([b.production_cost, b.revenue, b.cost_of_sales, b.stock_value, b.profit], [5600.0, 4400.0, 3850.0, 3500.0, 550.0]);
        assert_eq!(s.families[1].months[0].closing, 100.0);
        assert_eq!(s.total.profit, 4050.0);
        assert_eq!(s.total.stock_value, 11_500.0);
    }

    #[test]
    fn stock_carries_from_month_to_month() {
        let mut input = fig_3_12();
        input.plan.push(Activity { family: "A".into(), month: 3, production: 0.0, sales: 150.0 });
        let s = solve(&input).unwrap();
        let a = &s.families[0];
        assert_eq!(a.months.iter().map(|m| m.closing).collect::<Vec<_>>(), [200.0, 200.0, 50.0], "no activity in month 2");
        assert_eq!(a.total.stock_value, 2000.0);
        assert_eq!(a.total.profit, 3500.0 + 750.0);
        assert_eq!(s.by_month[1].stock_value, 8000.0 + 3500.0);
        // The profit is the revenue less the cost of sales, whatever the stock does.
        assert_eq!(s.total.profit, s.total.revenue - s.total.cost_of_sales);
    }

    #[test]
    fn errors_name_their_row() {
        assert_eq!(solve(&BusinessInput { families: Vec::new(), ..fig_3_12() }), Err(BusinessError::NoFamilies));
        assert_eq!(solve(&BusinessInput { plan: Vec::new(), ..fig_3_12() }), Err(BusinessError::NoActivity));
        let mut unknown = fig_3_12();
        unknown.plan[1].family = "C".into();
        assert_eq!(solve(&unknown), Err(BusinessError::UnknownFamily(1)));
        let mut twice = fig_3_12();
        twice.plan[1].family = "A".into();
        assert_eq!(solve(&twice), Err(BusinessError::DuplicateMonth(1)));
        let mut oversold = fig_3_12();
        oversold.plan[1].sales = 500.0;
        assert_eq!(solve(&oversold), Err(BusinessError::Oversold(1)));
    }
}
