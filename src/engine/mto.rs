//! Make to order with a planning bill: a generic product stands for every variant in last year's
//! mix, so its materials can be bought before the orders come; each firm order then replaces a
//! generic unit of its week by its own bill.
//!
//! ```text
//! kg of material m per generic unit  g(m) = Σ_f count(f) × mass(f) × share(f, m) / Σ_f count(f)
//! generic units in week w            G(w) = plan(w) − Σ firm orders(w)
//! need of material m in week w       N(m, w) = G(w) × g(m) + Σ_orders quantity × mass(f) (orders of m)
//! ```
//! The course rounds g to two decimals (3 700 / 3 500 = 1.0571 → 1.06, so 70 boxes need 74.2 kg):
//! `decimals` keeps that rounding, or `None` the exact coefficient.

#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    pub name: String,
    /// kg of material in one unit.
    pub mass: f64,
    /// Units sold last year: the mix the generic unit stands for.
    pub last_year: f64,
    /// Share of the family's units made in each material (sums to 1).
    pub shares: Vec<f64>,
}

/// Firm orders of one variant: a family in one material, per week.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub family: usize,
    pub material: usize,
    pub weekly: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MtoInput {
    pub materials: usize,
    pub families: Vec<Family>,
    /// Units planned each week (generic and firm together).
    pub plan: Vec<f64>,
    pub orders: Vec<Order>,
    pub decimals: Option<i32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MtoSolution {
    /// Each family's share of last year's units.
    pub mix: Vec<f64>,
    /// kg of each material per generic unit, exact and as used.
    pub exact: Vec<f64>,
    pub coefficient: Vec<f64>,
    pub generic: Vec<f64>,
    /// Need of each material per week.
    pub needs: Vec<Vec<f64>>,
    /// Weeks whose firm orders exceed the plan (the generic units would be negative: none are kept).
    pub overbooked: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MtoError {
    NoFamilies,
    /// A family (its index) whose shares do not sum to 1, or do not give one per material.
    Shares(usize),
    NoHistory,
    /// An order (its index) longer than the plan.
    TooLong(usize),
}

/// # Errors
/// No family, shares that are not one per material summing to 1, no unit sold last year, an order
/// longer than the plan.
pub fn solve(input: &MtoInput) -> Result<MtoSolution, MtoError> {
    if input.families.is_empty() {
        return Err(MtoError::NoFamilies);
    }
    if let Some(f) =
        input.families.iter().position(|f| f.shares.len() != input.materials || (f.shares.iter().sum::<f64>() - 1.0).abs() > 1e-6)
    {
        return Err(MtoError::Shares(f));
    }
    let total: f64 = input.families.iter().map(|f| f.last_year).sum();
    if total <= 0.0 {
        return Err(MtoError::NoHistory);
    }
    if let Some(o) = input.orders.iter().position(|o| o.weekly.len() > input.plan.len()) {
        return Err(MtoError::TooLong(o));
    }
    let mix: Vec<f64> = input.families.iter().map(|f| f.last_year / total).collect();
    let exact: Vec<f64> = (0..input.materials)
        .map(|m| input.families.iter().map(|f| f.last_year * f.mass * f.shares.get(m).copied().unwrap_or(0.0)).sum::<f64>() / total)
        .collect();
    let coefficient: Vec<f64> = exact
        .iter()
        .map(|g| {
            input.decimals.map_or(*g, |d| {
                let scale = 10f64.powi(d);
                (g * scale).round() / scale
            })
        })
        .collect();
    let weeks = input.plan.len();
    let firm = |w: usize| input.orders.iter().map(|o| o.weekly.get(w).copied().unwrap_or(0.0)).sum::<f64>();
    let mut overbooked = Vec::new();
    let generic: Vec<f64> = (0..weeks)
        .map(|w| {
            let left = input.plan.get(w).copied().unwrap_or(0.0) - firm(w);
            if left < -1e-9 {
                overbooked.push(w);
            }
            left.max(0.0)
        })
        .collect();
    let needs = (0..input.materials)
        .map(|m| {
            (0..weeks)
                .map(|w| {
                    let ordered: f64 = input
                        .orders
                        .iter()
                        .filter(|o| o.material == m)
                        .map(|o| o.weekly.get(w).copied().unwrap_or(0.0) * input.families.get(o.family).map_or(0.0, |f| f.mass))
                        .sum();
                    generic.get(w).copied().unwrap_or(0.0) * coefficient.get(m).copied().unwrap_or(0.0) + ordered
                })
                .collect()
        })
        .collect();
    Ok(MtoSolution { mix, exact, coefficient, generic, needs, overbooked })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxes(orders: Vec<Order>) -> MtoInput {
        let family = |name: &str, mass: f64, last_year: f64, shares: [f64; 2]| Family {
            name: name.into(),
            mass,
            last_year,
            shares: shares.to_vec(),
        };
        MtoInput {
            materials: 2,
            families: vec![
                family("PB", 1.0, 2000.0, [1.0, 0.0]),
                family("MB", 2.0, 1000.0, [0.6, 0.4]),
                family("GB", 5.0, 500.0, [0.2, 0.8]),
            ],
            plan: vec![70.0; 10],
            orders,
            decimals: Some(2),
        }
    }

    fn rounded(xs: &[f64]) -> Vec<f64> {
        xs.iter().map(|x| (x * 1e6).round() / 1e6).collect()
    }

    #[test]
    fn figs_3_33_to_3_35() {
        let s = solve(&boxes(Vec::new())).unwrap();
        assert_eq!(rounded(&s.exact), [1.057_143, 0.8]);
        assert_eq!(s.coefficient, [1.06, 0.8]);
        assert_eq!(rounded(&s.needs[0]), [74.2; 10]);
        assert_eq!(rounded(&s.needs[1]), [56.0; 10]);
        let exact = solve(&MtoInput { decimals: None, ..boxes(Vec::new()) }).unwrap();
        assert_eq!(rounded(&exact.needs[0]), [74.0; 10], "70 × 3 700 / 3 500 without the rounding");
    }

    #[test]
    fn fig_3_36_firm_orders_replace_generic_units() {
        let order = |family: usize, material: usize, weekly: &[f64]| Order { family, material, weekly: weekly.to_vec() };
        let s = solve(&boxes(vec![
            order(0, 0, &[40.0, 40.0, 40.0, 20.0, 20.0, 20.0]),
            order(1, 0, &[30.0, 0.0, 0.0, 0.0, 30.0]),
            order(2, 0, &[0.0, 30.0]),
            order(1, 1, &[0.0, 0.0, 30.0, 30.0, 0.0, 0.0, 0.0, 20.0]),
            order(2, 1, &[0.0, 0.0, 0.0, 0.0, 0.0, 30.0]),
        ]))
        .unwrap();
        assert_eq!(s.generic, [0.0, 0.0, 0.0, 20.0, 20.0, 20.0, 70.0, 50.0, 70.0, 70.0]);
        assert_eq!(rounded(&s.needs[0]), [100.0, 190.0, 40.0, 41.2, 101.2, 41.2, 74.2, 53.0, 74.2, 74.2]);
        assert_eq!(rounded(&s.needs[1]), [0.0, 0.0, 60.0, 76.0, 16.0, 166.0, 56.0, 80.0, 56.0, 56.0]);
        assert!(s.overbooked.is_empty());
    }

    #[test]
    fn errors_and_overbooking() {
        let mut bad = boxes(Vec::new());
        bad.families[1].shares = vec![0.6, 0.3];
        assert_eq!(solve(&bad), Err(MtoError::Shares(1)));
        let over = solve(&boxes(vec![Order { family: 2, material: 1, weekly: vec![90.0] }])).unwrap();
        assert_eq!((over.overbooked.clone(), over.generic[0]), (vec![0], 0.0));
        let long = boxes(vec![Order { family: 0, material: 0, weekly: vec![1.0; 11] }]);
        assert_eq!(solve(&long), Err(MtoError::TooLong(0)));
    }
}
