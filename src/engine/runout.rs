//! Flow shop run-out time: which product to make first when the line makes one product at a time.
//!
//! ```text
//! run-out time = stock / usage rate           priority: the shortest run-out first
//! with lots:  making a lot takes lot / production rate; lots follow each other in priority order
//!             a product is short from its run-out time until its lot starts: max(0, start − run-out)
//! ```
//! While its lot is being made a product's stock grows (the line makes more a day than is used),
//! so a shortage ends when its lot starts.

use super::rng::Rng;

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub id: String,
    pub stock: f64,
    pub usage: f64,
    /// Economic lot; `None`: not made in this plan.
    pub lot: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RunoutInput {
    pub products: Vec<Product>,
    /// What the line makes a day, whatever the product.
    pub rate: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Made {
    pub start: f64,
    pub end: f64,
    /// Days without stock before the lot starts.
    pub short: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RunoutSolution {
    pub runout: Vec<f64>,
    /// Rank of each product (1 = first), in input order.
    pub rank: Vec<usize>,
    /// Products in priority order (indices).
    pub order: Vec<usize>,
    /// The lot of each product with one, in input order.
    pub made: Vec<Option<Made>>,
    pub total_short: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunoutError {
    NoProduct,
    /// The same product twice (the second's index).
    Duplicate(usize),
    /// A product that is not used (usage 0): it never runs out.
    Usage(usize),
    /// The line makes a product more slowly than it is used: its stock cannot be rebuilt.
    Rate(usize),
}

/// # Errors
/// No product, a duplicate, a product with no usage, or one used faster than the line makes it.
pub fn solve(input: &RunoutInput) -> Result<RunoutSolution, RunoutError> {
    if input.products.is_empty() {
        return Err(RunoutError::NoProduct);
    }
    let products = &input.products;
    if let Some(i) = super::first_duplicate(products, |p| &p.id) {
        return Err(RunoutError::Duplicate(i));
    }
    if let Some(i) = products.iter().position(|p| p.usage.is_nan() || p.usage <= 0.0) {
        return Err(RunoutError::Usage(i));
    }
    if let Some(i) = products.iter().position(|p| p.lot.is_some() && p.usage > input.rate) {
        return Err(RunoutError::Rate(i));
    }
    let runout: Vec<f64> = products.iter().map(|p| p.stock / p.usage).collect();
    let mut order: Vec<usize> = (0..products.len()).collect();
    // A stable sort: ties keep the products' order.
    order.sort_by(|&a, &b| runout.get(a).unwrap_or(&0.0).total_cmp(runout.get(b).unwrap_or(&0.0)));
    let mut rank = vec![0; products.len()];
    for (r, &i) in order.iter().enumerate() {
        if let Some(slot) = rank.get_mut(i) {
            *slot = r + 1;
        }
    }
    let mut made = vec![None; products.len()];
    let mut clock = 0.0;
    for &i in &order {
        let (Some(p), Some(&out)) = (products.get(i), runout.get(i)) else { continue };
        let Some(lot) = p.lot else { continue };
        let start = clock;
        clock += lot / input.rate;
        if let Some(slot) = made.get_mut(i) {
            *slot = Some(Made { start, end: clock, short: (start - out).max(0.0) });
        }
    }
    let total_short = made.iter().flatten().map(|m| m.short).sum();
    Ok(RunoutSolution { runout, rank, order, made, total_short })
}

/// The course's Figs 5.1–5.2: four products, lots made at 0.5 t a day.
pub fn fig_5_2() -> RunoutInput {
    let product = |id: &str, stock, usage, lot| Product { id: id.into(), stock, usage, lot: Some(lot) };
    RunoutInput {
        products: vec![product("A", 0.8, 0.2, 4.0), product("B", 1.0, 0.1, 2.0), product("C", 1.5, 0.2, 1.5), product("D", 0.6, 0.04, 1.5)],
        rate: 0.5,
    }
}

/// Four products whose stocks and usages give distinct run-out times.
pub fn exercise(seed: u64) -> RunoutInput {
    let mut rng = Rng::new(seed);
    let products = ["A", "B", "C", "D"]
        .iter()
        .map(|id| {
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let usage = rng.int(1, 8) as f64 * 0.05;
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let stock = rng.int(2, 30) as f64 * 0.1;
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let lot = rng.int(2, 8) as f64 * 0.5;
            Product { id: (*id).to_owned(), stock, usage, lot: Some(lot) }
        })
        .collect();
    RunoutInput { products, rate: 0.5 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figs_5_1_and_5_2() {
        let s = solve(&fig_5_2()).unwrap();
        assert_eq!(s.runout, [4.0, 10.0, 7.5, 15.0]);
        assert_eq!(s.rank, [1, 3, 2, 4]);
        let made: Vec<(f64, f64, f64)> = s.made.iter().flatten().map(|m| (m.start, m.end, m.short)).collect();
        // A 0–8, B 11–15 (short 1 day from 10), C 8–11 (short 0.5 day from 7.5), D 15–18.
        assert_eq!(made, [(0.0, 8.0, 0.0), (11.0, 15.0, 1.0), (8.0, 11.0, 0.5), (15.0, 18.0, 0.0)]);
        assert_eq!(s.total_short, 1.5);
    }

    #[test]
    fn products_without_a_lot_are_ranked_but_not_made() {
        let mut input = fig_5_2();
        input.products[0].lot = None;
        let s = solve(&input).unwrap();
        assert_eq!(s.made[0], None);
        assert_eq!(s.made[2].map(|m| (m.start, m.short)), Some((0.0, 0.0)));
    }

    #[test]
    fn errors_name_their_product() {
        let mut twice = fig_5_2();
        twice.products[2].id = "A".into();
        assert_eq!(solve(&twice), Err(RunoutError::Duplicate(2)));
        let mut unused = fig_5_2();
        unused.products[1].usage = 0.0;
        assert_eq!(solve(&unused), Err(RunoutError::Usage(1)));
        assert_eq!(solve(&RunoutInput { rate: 0.1, ..fig_5_2() }), Err(RunoutError::Rate(0)));
    }
}
