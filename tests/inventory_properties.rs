//! Properties of the inventory engines on random inputs.
// Host-only: the wasm32 test run is for browser unit tests.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::float_cmp)]

use atelier::engine::abc::{self, AbcInput, AbcItem, AbcRule};
use atelier::engine::normal;
use atelier::engine::policies::{self, PolicyInput, PolicyKind};
use atelier::engine::safety_stock::{self, Method, Model, SafetyStockInput};
use proptest::prelude::*;

fn statistical(d: f64, sd: f64, lt: f64, sl: f64, model: Model) -> SafetyStockInput {
    SafetyStockInput {
        method: Method::Statistical,
        mean_demand: d,
        sd_demand: sd,
        lead_time: lt,
        service_level: sl,
        model,
        sd_lead_time: None,
        max_demand: None,
        max_lead_time: None,
        trial_safety_stock: None,
    }
}

proptest! {
    #[test]
    fn safety_stock_grows_with_the_service_level(d in 0.0..5000.0f64, sd in 0.0..500.0f64, lt in 0.1..12.0f64, low in 0.01..0.98f64, gap in 0.001..0.01f64, sqrt in any::<bool>()) {
        let model = if sqrt { Model::Sqrt } else { Model::Course };
        let lower = safety_stock::solve(&statistical(d, sd, lt, low, model)).unwrap();
        let higher = safety_stock::solve(&statistical(d, sd, lt, low + gap, model)).unwrap();
        prop_assert!(higher.safety_stock >= lower.safety_stock);
        prop_assert!(higher.reorder_point >= lower.reorder_point);
    }

    #[test]
    fn implied_service_level_gives_back_the_target(sd in 1.0..500.0f64, lt in 0.5..12.0f64, sl in 0.5..0.999f64) {
        let s = safety_stock::solve(&statistical(300.0, sd, lt, sl, Model::Course)).unwrap();
        prop_assert!((s.implied_service_level.unwrap() - sl).abs() < 1e-9);
    }

    #[test]
    fn inverse_normal_undoes_the_cdf(z in -6.0..5.0f64) {
        prop_assert!((normal::inverse_cdf(normal::cdf(z)) - z).abs() < 1e-8);
    }

    #[test]
    fn more_safety_stock_never_lowers_the_fill_rate(
        seed in any::<u64>(), mean in 50.0..500.0f64, lead_time in 0u8..4, extra in 0.0..400.0f64, base in 0.0..300.0f64,
    ) {
        let demand = policies::generate_demand(seed, 20, mean, mean * 0.5);
        let run = |reorder_point: f64| {
            policies::simulate(&PolicyInput {
                kind: PolicyKind::ReorderPoint,
                demand: demand.clone(),
                lead_time: f64::from(lead_time),
                initial_stock: mean * 3.0,
                safety_stock: 0.0,
                reorder_point,
                lot: mean * 3.0,
                review_period: 1.0,
                order_up_to: 0.0,
                order_cost: 50.0,
                unit_price: 1.0,
                holding_rate: 0.2,
                periods_per_year: 52.0,
            }).unwrap().summary.fill_rate
        };
        let reference = base + mean * f64::from(lead_time);
        prop_assert!(run(reference + extra) >= run(reference) - 1e-12);
    }

    #[test]
    fn abc_shares_add_up_and_classes_are_monotone(
        values in prop::collection::vec((0.0..10_000.0f64, 0.01..100.0f64), 1..40), by_value in any::<bool>(),
    ) {
        let items: Vec<AbcItem> = values.iter().enumerate().map(|(i, (q, p))| AbcItem { name: format!("I{i}"), annual_quantity: *q, unit_price: *p }).collect();
        prop_assume!(items.iter().any(|i| i.annual_quantity * i.unit_price > 0.0));
        let rule = if by_value { AbcRule::Value } else { AbcRule::Count };
        let (a, b) = rule.default_thresholds();
        let s = abc::solve(&AbcInput { items, rule, a, b }).unwrap();
        let total: f64 = s.items.iter().map(|i| i.share).sum();
        prop_assert!((total - 100.0).abs() < 1e-6);
        prop_assert!(s.items.windows(2).all(|w| w[0].class <= w[1].class && w[0].value >= w[1].value));
        prop_assert!((s.items.last().unwrap().cumulative - 100.0).abs() < 1e-6);
    }
}
