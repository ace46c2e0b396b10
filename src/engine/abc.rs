//! ABC classification: rank items by annual value `a·N` and split them into classes.

use super::rng::Rng;
use super::steps::Step;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AbcItem {
    pub name: String,
    /// `N`, units per year.
    pub annual_quantity: f64,
    /// `a`, money per unit.
    pub unit_price: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AbcRule {
    /// The course's rule: the first share `a` of the items (20 %) are A, up to `b` (60 %) B, the rest C.
    Count,
    /// Pareto by value: A until the cumulative value reaches `a` (80 %), B until `b` (95 %), the rest C.
    Value,
}

impl AbcRule {
    /// Default thresholds (cumulative fractions) for the rule.
    pub fn default_thresholds(self) -> (f64, f64) {
        match self {
            Self::Count => (0.2, 0.6),
            Self::Value => (0.8, 0.95),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Class {
    A,
    B,
    C,
}

impl Class {
    pub fn letter(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::C => "C",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AbcError {
    NoItems,
    EmptyName {
        row: usize,
    },
    DuplicateName(String),
    /// Quantity or price negative or not a number.
    InvalidNumber(String),
    /// Thresholds must satisfy 0 < a < b ≤ 1.
    Thresholds,
    /// Every item is worth 0: there is nothing to rank.
    ZeroTotal,
}

impl std::fmt::Display for AbcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoItems => write!(f, "no items"),
            Self::EmptyName { row } => write!(f, "item {row} has no name"),
            Self::DuplicateName(name) => write!(f, "two items are named {name}"),
            Self::InvalidNumber(name) => {
                write!(f, "{name}: quantity and price must be numbers ≥ 0")
            }
            Self::Thresholds => write!(f, "thresholds must satisfy 0 < a < b ≤ 1"),
            Self::ZeroTotal => write!(f, "the total value is 0"),
        }
    }
}

impl std::error::Error for AbcError {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AbcInput {
    pub items: Vec<AbcItem>,
    pub rule: AbcRule,
    /// Upper cumulative share of class A (a fraction).
    pub a: f64,
    /// Upper cumulative share of class B (a fraction).
    pub b: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedItem {
    pub rank: usize,
    pub name: String,
    pub annual_quantity: f64,
    pub unit_price: f64,
    /// `a·N`.
    pub value: f64,
    /// Share of the total value, percent.
    pub share: f64,
    /// Cumulative share of the total value up to and including this item, percent.
    pub cumulative: f64,
    pub class: Class,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassSummary {
    pub class: Class,
    pub items: usize,
    /// Percent of the items.
    pub item_share: f64,
    pub value: f64,
    /// Percent of the total value.
    pub value_share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AbcSolution {
    /// Sorted by value, largest first (ties keep the input order).
    pub items: Vec<RankedItem>,
    pub total_value: f64,
    pub classes: Vec<ClassSummary>,
    pub steps: Vec<Step>,
}

/// Classifies the items.
///
/// # Formula
/// ```text
/// value = a·N; sort by value, largest first
/// count rule: with n items, the first round(a·n) are A (at least one), the first round(b·n) A or B
/// value rule: an item is A while the cumulative share before it is below a (so the item that
///             crosses 80 % is still A), B while it is below b, C after
/// ```
///
/// # Errors
/// [`AbcError`] names the item at fault (empty or duplicate name, negative numbers), or says the
/// thresholds are out of order or the total is zero.
pub fn solve(input: &AbcInput) -> Result<AbcSolution, AbcError> {
    if input.items.is_empty() {
        return Err(AbcError::NoItems);
    }
    if !(input.a > 0.0 && input.a < input.b && input.b <= 1.0) {
        return Err(AbcError::Thresholds);
    }
    for (i, item) in input.items.iter().enumerate() {
        let name = item.name.trim();
        if name.is_empty() {
            return Err(AbcError::EmptyName { row: i + 1 });
        }
        if input.items.iter().take(i).any(|other| other.name.trim() == name) {
            return Err(AbcError::DuplicateName(name.to_owned()));
        }
        let valid = |v: f64| v.is_finite() && v >= 0.0;
        if !valid(item.annual_quantity) || !valid(item.unit_price) {
            return Err(AbcError::InvalidNumber(name.to_owned()));
        }
    }
    let total_value: f64 = input.items.iter().map(|i| i.annual_quantity * i.unit_price).sum();
    if total_value <= 0.0 {
        return Err(AbcError::ZeroTotal);
    }
    let mut order: Vec<usize> = (0..input.items.len()).collect();
    // A stable sort keeps the input order among equal values.
    order.sort_by(|&x, &y| {
        let value = |i: usize| input.items.get(i).map_or(0.0, |it| it.annual_quantity * it.unit_price);
        value(y).total_cmp(&value(x))
    });
    let n = input.items.len();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    // a, b in (0, 1]: counts within 0..=n
    let (a_count, b_count) = {
        let a_count = ((input.a * n as f64).round() as usize).clamp(1, n);
        (a_count, ((input.b * n as f64).round() as usize).clamp(a_count, n))
    };
    let mut cumulative_value = 0.0;
    let items: Vec<RankedItem> = order
        .iter()
        .filter_map(|&i| input.items.get(i))
        .enumerate()
        .map(|(rank, item)| {
            let value = item.annual_quantity * item.unit_price;
            let before = cumulative_value / total_value;
            cumulative_value += value;
            let class = match input.rule {
                AbcRule::Count if rank < a_count => Class::A,
                AbcRule::Count if rank < b_count => Class::B,
                AbcRule::Value if before < input.a - 1e-12 => Class::A,
                AbcRule::Value if before < input.b - 1e-12 => Class::B,
                _ => Class::C,
            };
            RankedItem {
                rank: rank + 1,
                name: item.name.trim().to_owned(),
                annual_quantity: item.annual_quantity,
                unit_price: item.unit_price,
                value,
                share: value / total_value * 100.0,
                cumulative: cumulative_value / total_value * 100.0,
                class,
            }
        })
        .collect();
    let classes = [Class::A, Class::B, Class::C]
        .into_iter()
        .map(|class| {
            let members = items.iter().filter(|i| i.class == class);
            let count = members.clone().count();
            let value: f64 = members.map(|i| i.value).sum();
            ClassSummary {
                class,
                items: count,
                item_share: count as f64 / n as f64 * 100.0,
                value,
                value_share: value / total_value * 100.0,
            }
        })
        .collect::<Vec<ClassSummary>>();
    let mut total_step = Step::new("total", "Σ a·N");
    for (i, item) in items.iter().enumerate() {
        total_step = if i == 0 { total_step } else { total_step.text(" + ") }.num(item.value);
    }
    let mut steps = vec![total_step.result(total_value)];
    for summary in &classes {
        // Notation only, no words: the UI titles each step in the learner's language.
        let (key, formula) = match summary.class {
            Class::A => ("share-a", "100 × Σ_A a·N / Σ a·N"),
            Class::B => ("share-b", "100 × Σ_B a·N / Σ a·N"),
            Class::C => ("share-c", "100 × Σ_C a·N / Σ a·N"),
        };
        steps.push(Step::new(key, formula).text("100 × ").num(summary.value).text(" / ").num(total_value).result(summary.value_share));
    }
    Ok(AbcSolution { items, total_value, classes, steps })
}

/// 8 to 12 items with a Pareto-like spread of values.
pub fn exercise(seed: u64) -> AbcInput {
    let mut rng = Rng::new(seed);
    let count = rng.int(8, 12);
    let items = (1..=count)
        .map(|i| {
            // A few big items, many small ones: prices spread over two orders of magnitude.
            let price = rng.pick(&[0.5, 1.0, 2.0, 2.5, 4.0, 5.0, 8.0, 12.0, 20.0, 35.0, 60.0, 120.0]);
            AbcItem { name: format!("P{i:02}"), annual_quantity: rng.step(100, 20_000, 100) as f64, unit_price: price }
        })
        .collect();
    AbcInput { items, rule: AbcRule::Value, a: 0.8, b: 0.95 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(values: &[(&str, f64, f64)]) -> Vec<AbcItem> {
        values.iter().map(|(n, q, p)| AbcItem { name: (*n).to_owned(), annual_quantity: *q, unit_price: *p }).collect()
    }

    /// Ten items worth 500, 200, 100, 60, 50, 40, 20, 15, 10, 5 (total 1000), listed out of order.
    fn ten() -> Vec<AbcItem> {
        items(&[
            ("J", 5.0, 1.0),
            ("B", 100.0, 2.0),
            ("A", 50.0, 10.0),
            ("C", 25.0, 4.0),
            ("D", 60.0, 1.0),
            ("E", 10.0, 5.0),
            ("F", 8.0, 5.0),
            ("G", 4.0, 5.0),
            ("H", 3.0, 5.0),
            ("I", 1.0, 10.0),
        ])
    }

    fn classes(solution: &AbcSolution) -> String {
        solution.items.iter().map(|i| format!("{}{}", i.name, i.class.letter())).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn count_rule_twenty_forty_forty() {
        let s = solve(&AbcInput { items: ten(), rule: AbcRule::Count, a: 0.2, b: 0.6 }).unwrap();
        assert_eq!(s.total_value, 1000.0);
        assert_eq!(classes(&s), "AA BA CB DB EB FB GC HC IC JC");
        assert_eq!(s.classes[0].value_share, 70.0);
        assert_eq!(s.steps[0].result, 1000.0);
        assert_eq!(s.steps[1].result, 70.0);
        assert_eq!((s.classes[1].items, s.classes[2].items), (4, 4));
    }

    #[test]
    fn value_rule_item_crossing_the_threshold_is_a() {
        let s = solve(&AbcInput { items: ten(), rule: AbcRule::Value, a: 0.8, b: 0.95 }).unwrap();
        // Cumulative: 50 70 80 86 91 95 97 98.5 99.5 100 (%). Before C: 70 % < 80 % → A.
        // Before D: exactly 80 % → B. Before G: exactly 95 % → C.
        assert_eq!(classes(&s), "AA BA CA DB EB FB GC HC IC JC");
        assert!((s.items[2].cumulative - 80.0).abs() < 1e-12);
        assert!((s.items[0].share - 50.0).abs() < 1e-12);
        let sum: f64 = s.items.iter().map(|i| i.share).sum();
        assert!((sum - 100.0).abs() < 1e-9);
    }

    #[test]
    fn ties_keep_input_order_and_single_item_is_a() {
        let s = solve(&AbcInput { items: items(&[("x", 1.0, 1.0), ("y", 1.0, 1.0)]), rule: AbcRule::Value, a: 0.4, b: 0.95 }).unwrap();
        assert_eq!(classes(&s), "xA yB");
        let one = solve(&AbcInput { items: items(&[("solo", 3.0, 2.0)]), rule: AbcRule::Count, a: 0.2, b: 0.6 }).unwrap();
        assert_eq!(classes(&one), "soloA");
    }

    #[test]
    fn errors_name_the_item() {
        let input = |items: Vec<AbcItem>| AbcInput { items, rule: AbcRule::Value, a: 0.8, b: 0.95 };
        assert_eq!(solve(&input(vec![])), Err(AbcError::NoItems));
        assert_eq!(solve(&input(items(&[("a", 1.0, 1.0), (" ", 1.0, 1.0)]))), Err(AbcError::EmptyName { row: 2 }));
        assert_eq!(solve(&input(items(&[("a", 1.0, 1.0), ("a", 1.0, 1.0)]))), Err(AbcError::DuplicateName("a".into())));
        assert_eq!(solve(&input(items(&[("a", -1.0, 1.0)]))), Err(AbcError::InvalidNumber("a".into())));
        assert_eq!(solve(&input(items(&[("a", 0.0, 1.0)]))), Err(AbcError::ZeroTotal));
        assert_eq!(solve(&AbcInput { items: ten(), rule: AbcRule::Value, a: 0.9, b: 0.8 }), Err(AbcError::Thresholds));
    }

    #[test]
    fn exercises_are_valid() {
        assert_eq!(exercise(9), exercise(9));
        for seed in 0..100 {
            let s = solve(&exercise(seed)).unwrap();
            assert!(s.classes[0].items >= 1);
        }
    }
}
