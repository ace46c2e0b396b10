//! Demand over the lead time as a normal curve, with the reorder point and the stockout tail.

use super::{density_chart, plot, plot_fine, value_axis, Spec};
use crate::engine::normal;
use crate::engine::safety_stock::{curve_points, SafetyStockSolution};
use crate::i18n::Lang;
use crate::t;

const CURVE_POINTS: usize = 121;

/// `None` without spread (σ = 0): there is no curve to draw.
pub fn demand_chart(solution: &SafetyStockSolution, lang: Lang) -> Option<Spec> {
    let sigma = solution.sigma?;
    let curve = curve_points(solution, CURVE_POINTS);
    let pc = solution.reorder_point;
    let end = curve.last().map_or(pc, |(x, _)| *x);
    let mut tail: Vec<Vec<f64>> = Vec::new();
    if pc < end {
        tail.push(vec![plot_fine(pc), normal::density((pc - solution.lead_time_demand) / sigma) / sigma]);
        tail.extend(curve.iter().filter(|(x, _)| *x > pc).map(|(x, y)| vec![plot_fine(*x), *y]));
    }
    let axis = value_axis(t!("Demande pendant le délai (unités)", "Demand over the lead time (units)").get(lang)).scale(true);
    // A reorder point beyond the curve (worst case) still gets its line: the axis reaches past it.
    let start = curve.first().map_or(pc, |(x, _)| *x);
    let axis = if pc >= end { axis.max(plot(pc + 0.05 * (pc - start))) } else { axis };
    Some(density_chart(
        axis,
        (t!("Demande pendant le délai", "Demand over the lead time").get(lang), &curve),
        &[("PC", pc), ("Cmoy·LT", solution.lead_time_demand)],
        vec![(t!("Rupture (au-delà de PC)", "Stockout (beyond PC)").get(lang), tail)],
        lang,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::safety_stock::{course_example, solve, SafetyStockInput};
    use serde_json::Value;

    fn input(sd: f64) -> SafetyStockInput {
        SafetyStockInput { sd_demand: sd, ..course_example() }
    }

    #[test]
    fn curve_pc_and_tail() {
        let solution = solve(&input(50.0)).unwrap();
        let json: Value = serde_json::to_value(demand_chart(&solution, Lang::En).unwrap()).unwrap();
        assert_eq!(json["series"][0]["data"].as_array().unwrap().len(), CURVE_POINTS);
        assert_eq!(json["series"][0]["markLine"]["data"][0]["xAxis"], 814.485_363);
        let tail = json["series"][1]["data"].as_array().unwrap();
        assert_eq!(tail[0][0], 814.485_363, "the tail starts at the reorder point's line");
        assert!(tail.iter().all(|p| p[0].as_f64().unwrap() >= 814.485_363));
        assert!(json["series"][1]["areaStyle"].is_object());
    }

    #[test]
    fn worst_case_reorder_point_is_inside_the_axis() {
        let worst = SafetyStockInput {
            method: crate::engine::safety_stock::Method::WorstCase,
            max_demand: Some(450.0),
            max_lead_time: Some(3.0),
            ..course_example()
        };
        let solution = solve(&worst).unwrap();
        let json: Value = serde_json::to_value(demand_chart(&solution, Lang::En).unwrap()).unwrap();
        assert_eq!(json["series"][0]["markLine"]["data"][0]["xAxis"], 1350.0);
        assert!(json["xAxis"]["max"].as_f64().unwrap() > 1350.0);
    }

    #[test]
    fn no_curve_without_spread() {
        assert!(demand_chart(&solve(&input(0.0)).unwrap(), Lang::Fr).is_none());
    }
}
