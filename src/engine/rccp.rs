//! Rough-cut capacity planning: the master schedule's receipts turned into hours per work centre
//! and week, each operation offset by the weeks it runs before the receipt.
//!
//! ```text
//! load(c, w) = Σ over products p, operations of p on c:  hours × quantity(p) × [p received in w + offset]
//! ```
//! A load that would fall before week 1 (an early operation of an early receipt) is reported as
//! past due, never dropped.

use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub id: String,
    /// Quantity of each receipt.
    pub quantity: f64,
    /// Receipt weeks, from 1.
    pub weeks: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub product: String,
    pub centre: String,
    pub hours: f64,
    /// Weeks before the receipt.
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Centre {
    pub name: String,
    pub capacity: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RccpInput {
    pub weeks: usize,
    pub products: Vec<Product>,
    pub routing: Vec<Operation>,
    pub centres: Vec<Centre>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CentreLoad {
    pub load: Vec<f64>,
    pub overloads: Vec<usize>,
    /// Hours that would have been worked before week 1.
    pub past_due: f64,
}

/// Moving one receipt by a week, and the overload it leaves (the sum over every centre and week).
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    pub product: String,
    pub from: usize,
    pub to: usize,
    pub overload_before: f64,
    pub overload_after: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RccpSolution {
    pub centres: Vec<CentreLoad>,
    /// The single one-week move of a receipt that cuts the total overload most, if any does.
    pub best_move: Option<Move>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RccpError {
    NoProducts,
    DuplicateProduct(usize),
    DuplicateCentre(usize),
    /// A routing row names no product of the list (its row).
    UnknownProduct(usize),
    /// A routing row names a centre without a capacity (its row).
    UnknownCentre(usize),
    /// A receipt week that is not a whole week from 1 to 52 (the product's row).
    ReceiptWeek(usize),
}

/// The most weeks a receipt may be planned ahead.
pub const MAX_WEEK: usize = 52;

fn loads(input: &RccpInput, products: &[Product]) -> Vec<CentreLoad> {
    let quantity: HashMap<&str, &Product> = products.iter().map(|p| (p.id.as_str(), p)).collect();
    input
        .centres
        .iter()
        .map(|centre| {
            let mut load = vec![0.0; input.weeks];
            let mut past_due = 0.0;
            for op in input.routing.iter().filter(|op| op.centre == centre.name) {
                let Some(product) = quantity.get(op.product.as_str()) else { continue };
                for &week in &product.weeks {
                    let hours = op.hours * product.quantity;
                    match (week - 1).checked_sub(op.offset) {
                        Some(w) => {
                            if let Some(l) = load.get_mut(w) {
                                *l += hours;
                            }
                        }
                        None => past_due += hours,
                    }
                }
            }
            let overloads = load.iter().enumerate().filter(|(_, l)| **l > centre.capacity + 1e-9).map(|(w, _)| w).collect();
            CentreLoad { load, overloads, past_due }
        })
        .collect()
}

fn total_overload(input: &RccpInput, centres: &[CentreLoad]) -> f64 {
    input.centres.iter().zip(centres).map(|(c, l)| l.load.iter().map(|x| (x - c.capacity).max(0.0)).sum::<f64>()).sum()
}

/// # Errors
/// No product, duplicates, routing rows naming an unknown product or centre, receipt weeks
/// outside 1 to 52; each named by its row.
pub fn solve(input: &RccpInput) -> Result<RccpSolution, RccpError> {
    if input.products.is_empty() {
        return Err(RccpError::NoProducts);
    }
    if let Some(i) = super::first_duplicate(&input.products, |p| &p.id) {
        return Err(RccpError::DuplicateProduct(i));
    }
    if let Some(i) = super::first_duplicate(&input.centres, |c| &c.name) {
        return Err(RccpError::DuplicateCentre(i));
    }
    if let Some(i) = input.products.iter().position(|p| p.weeks.iter().any(|w| *w == 0 || *w > MAX_WEEK)) {
        return Err(RccpError::ReceiptWeek(i));
    }
    let products: HashSet<&str> = input.products.iter().map(|p| p.id.as_str()).collect();
    let centres: HashSet<&str> = input.centres.iter().map(|c| c.name.as_str()).collect();
    if let Some(row) = input.routing.iter().position(|op| !products.contains(op.product.as_str())) {
        return Err(RccpError::UnknownProduct(row));
    }
    if let Some(row) = input.routing.iter().position(|op| !centres.contains(op.centre.as_str())) {
        return Err(RccpError::UnknownCentre(row));
    }
    let centres = loads(input, &input.products);
    let before = total_overload(input, &centres);
    let mut best_move: Option<Move> = None;
    if before > 1e-9 {
        for (i, product) in input.products.iter().enumerate() {
            for (k, &from) in product.weeks.iter().enumerate() {
                for to in [from - 1, from + 1] {
                    if to == 0 || to > MAX_WEEK || product.weeks.contains(&to) {
                        continue;
                    }
                    let mut moved = input.products.clone();
                    if let Some(week) = moved.get_mut(i).and_then(|p| p.weeks.get_mut(k)) {
                        *week = to;
                    }
                    let after = total_overload(input, &loads(input, &moved));
                    if after < before - 1e-9 && best_move.as_ref().is_none_or(|m| after < m.overload_after - 1e-9) {
                        best_move = Some(Move { product: product.id.clone(), from, to, overload_before: before, overload_after: after });
                    }
                }
            }
        }
    }
    Ok(RccpSolution { centres, best_move })
}

/// Figs 3.17–3.20: P1 and P2 through stamping, machining and assembly.
pub fn fig_3_17() -> RccpInput {
    let op = |product: &str, centre: &str, hours: f64, offset: usize| Operation {
        product: product.into(),
        centre: centre.into(),
        hours,
        offset,
    };
    RccpInput {
        weeks: 8,
        products: vec![
            Product { id: "P1".into(), quantity: 200.0, weeks: vec![1, 3, 4, 6, 8, 10] },
            Product { id: "P2".into(), quantity: 150.0, weeks: vec![2, 4, 5, 7, 9] },
        ],
        routing: vec![
            op("P1", "stamping", 0.15, 2),
            op("P1", "machining", 0.4, 1),
            op("P1", "assembly", 0.5, 0),
            op("P2", "stamping", 0.2, 2),
            op("P2", "machining", 0.5, 1),
            op("P2", "assembly", 0.7, 0),
        ],
        centres: vec![
            Centre { name: "stamping".into(), capacity: 35.0 },
            Centre { name: "machining".into(), capacity: 100.0 },
            Centre { name: "assembly".into(), capacity: 110.0 },
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rounded(xs: &[f64]) -> Vec<f64> {
        xs.iter().map(|x| (x * 1e9).round() / 1e9).collect()
    }

    #[test]
    fn fig_3_20_exactly() {
        let s = solve(&fig_3_17()).unwrap();
        assert_eq!(rounded(&s.centres[0].load), [30.0, 60.0, 30.0, 30.0, 30.0, 30.0, 30.0, 30.0]);
        assert_eq!(rounded(&s.centres[1].load), [75.0, 80.0, 155.0, 75.0, 80.0, 75.0, 80.0, 75.0]);
        assert_eq!(rounded(&s.centres[2].load), [100.0, 105.0, 100.0, 205.0, 105.0, 100.0, 105.0, 100.0]);
        assert_eq!([&s.centres[0].overloads, &s.centres[1].overloads, &s.centres[2].overloads], [&vec![1], &vec![2], &vec![3]]);
        // P1's S1 receipt was stamped in S−1 and machined in S0; P2's S2 receipt stamped in S0.
        assert_eq!(rounded(&[s.centres[0].past_due, s.centres[1].past_due]), [60.0, 80.0]);
    }

    #[test]
    fn one_receipt_moved_cuts_the_overload() {
        // Fig 3.17's peaks all come from S4's two receipts: moving either a week only moves the
        // peak (S5 or S3 already has the other product), so no single move helps.
        assert_eq!(solve(&fig_3_17()).unwrap().best_move, None);
        let assembly = RccpInput {
            weeks: 4,
            products: vec![
                Product { id: "P1".into(), quantity: 200.0, weeks: vec![1, 2] },
                Product { id: "P2".into(), quantity: 150.0, weeks: vec![2] },
            ],
            routing: vec![
                Operation { product: "P1".into(), centre: "assembly".into(), hours: 0.5, offset: 0 },
                Operation { product: "P2".into(), centre: "assembly".into(), hours: 0.7, offset: 0 },
            ],
            centres: vec![Centre { name: "assembly".into(), capacity: 110.0 }],
        };
        let m = solve(&assembly).unwrap().best_move.unwrap();
        assert_eq!((m.product.as_str(), m.from, m.to), ("P1", 2, 3), "the first of the equally good moves");
        assert!((m.overload_before - 95.0).abs() < 1e-9 && m.overload_after.abs() < 1e-9);
    }

    #[test]
    fn errors_name_their_row() {
        assert_eq!(solve(&RccpInput { products: Vec::new(), ..fig_3_17() }), Err(RccpError::NoProducts));
        let mut unknown = fig_3_17();
        unknown.routing[4].product = "P3".into();
        assert_eq!(solve(&unknown), Err(RccpError::UnknownProduct(4)));
        let mut centre = fig_3_17();
        centre.routing[2].centre = "paint".into();
        assert_eq!(solve(&centre), Err(RccpError::UnknownCentre(2)));
        let mut week = fig_3_17();
        week.products[1].weeks.push(60);
        assert_eq!(solve(&week), Err(RccpError::ReceiptWeek(1)));
    }
}
