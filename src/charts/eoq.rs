//! EOQ charts: annual costs against the lot size, and the stock sawtooth over time.

use super::{base, nice_ceil, nice_floor, plot, value_axis, Spec};
use crate::engine::eoq::{cost_points, stock_profile, EoqInput, EoqSolution};
use crate::i18n::{format_number, Lang};
use crate::t;
use charming::element::{Label, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, MarkPoint, MarkPointData, Symbol};
use charming::series::Line;

/// Points plotted on the cost curve.
const CURVE_POINTS: usize = 80;

/// Rounds down to two significant digits (2 541 → 2 500), for an axis that must not start at 0.
fn floor_two_digits(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 0.0;
    }
    let magnitude = 10f64.powf(value.log10().floor() - 1.0);
    (value / magnitude).floor() * magnitude
}

/// Ordering, holding and total cost for Q from 0.2·Q* to 3·Q*, with the optimum marked. With a
/// compared lot, the view closes in on the bottom of the total cost curve (Q* / 2 to 2·Q*, cost
/// axis from just under the minimum), so how flat it is shows.
pub fn cost_chart(input: &EoqInput, solution: &EoqSolution, lang: Lang) -> Spec {
    let optimum = solution.lot;
    let compared = solution.comparison.map(|c| c.lot);
    let high = nice_ceil(compared.map_or(3.0 * optimum, |q| (2.0 * optimum).max(1.15 * q)));
    let low = nice_floor(compared.map_or(0.2 * optimum, |q| (0.5 * optimum).min(0.85 * q)));
    let lots = (0..=CURVE_POINTS).map(|i| low + (high - low) * i as f64 / CURVE_POINTS as f64);
    let points = cost_points(input, solution, lots);
    let series = |name: &str, value: fn(&crate::engine::eoq::CostPoint) -> f64| {
        Line::new().name(name).show_symbol(false).data(points.iter().map(|p| vec![plot(p.lot), plot(value(p))]).collect::<Vec<_>>())
    };
    let mut optimum_marks = vec![MarkPointData::new().name("Q*").x_axis(plot(optimum)).y_axis(plot(solution.annual_cost))];
    if let Some(comparison) = solution.comparison {
        optimum_marks.push(MarkPointData::new().name("Q").x_axis(plot(comparison.lot)).y_axis(plot(comparison.annual_cost)));
    }
    let total = series(t!("Coût total", "Total cost").get(lang), |p| p.total).mark_point(MarkPoint::new().data(optimum_marks)).mark_line(
        MarkLine::new()
            .symbol(vec![Symbol::None, Symbol::None])
            .line_style(LineStyle::new().type_(LineStyleType::Dashed))
            .label(Label::new().formatter(format!("Q* = {}", format_number(optimum, lang, 2)).as_str()))
            .data(vec![MarkLineVariant::Simple(MarkLineData::new().x_axis(plot(optimum)))]),
    );
    base()
        .x_axis(value_axis(t!("Taille du lot Q (unités)", "Lot size Q (units)").get(lang)).min(plot(low)).max(plot(high)))
        .y_axis(match compared {
            Some(_) => value_axis(t!("Coût annuel (€)", "Annual cost (€)").get(lang))
                .name_gap(48)
                .min(floor_two_digits(0.92 * solution.annual_cost)),
            None => value_axis(t!("Coût annuel (€)", "Annual cost (€)").get(lang)).name_gap(48),
        })
        .series(series(t!("Coût de commande L·N/Q", "Ordering cost L·N/Q").get(lang), |p| p.ordering))
        .series(series(t!("Coût de possession p·a·Q/2", "Holding cost p·a·Q/2").get(lang), |p| p.holding))
        .series(total)
}

/// Stock on hand over three cycles.
pub fn stock_chart(solution: &EoqSolution, lang: Lang) -> Spec {
    let corners = stock_profile(solution, 3);
    base()
        .x_axis(value_axis(t!("Jours", "Days").get(lang)))
        .y_axis(value_axis(t!("Stock (unités)", "Stock (units)").get(lang)).name_gap(48))
        .series(
            Line::new()
                .name(t!("Stock", "Stock").get(lang))
                .show_symbol(false)
                .data(corners.iter().map(|(day, stock)| vec![plot(*day), plot(*stock)]).collect::<Vec<_>>()),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::eoq::solve;
    use serde_json::Value;

    fn example(compare: Option<f64>) -> (EoqInput, EoqSolution) {
        let input = EoqInput {
            annual_demand: 1000.0,
            order_cost: 10.0,
            unit_price: 5.0,
            holding_rate: 0.1,
            production_rate: None,
            consumption_rate: None,
            compare_lot: compare,
        };
        let solution = solve(&input).unwrap();
        (input, solution)
    }

    #[test]
    fn a_compared_lot_zooms_on_the_flat_bottom() {
        // Q* = 200 and cost 100: Q = 240 is 20 % over; the view is 100 to 400, cost from 92.
        let (input, solution) = example(Some(240.0));
        let json: Value = serde_json::to_value(cost_chart(&input, &solution, Lang::En)).unwrap();
        assert_eq!((json["xAxis"]["min"].as_f64(), json["xAxis"]["max"].as_f64()), (Some(100.0), Some(400.0)));
        assert_eq!(json["yAxis"]["min"], 92.0);
        assert_eq!(floor_two_digits(2_541.7), 2_500.0);
    }

    #[test]
    fn cost_chart_marks_the_optimum() {
        let (input, solution) = example(None);
        let json: Value = serde_json::to_value(cost_chart(&input, &solution, Lang::En)).unwrap();
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 3);
        assert_eq!(series[2]["name"], "Total cost");
        assert_eq!(series[2]["markPoint"]["data"][0], serde_json::json!({"name": "Q*", "xAxis": 200.0, "yAxis": 100.0}));
        assert_eq!(series[2]["markLine"]["data"][0]["xAxis"], 200.0);
        assert_eq!(json["xAxis"]["min"], 40.0);
        assert_eq!(json["xAxis"]["max"], 600.0);
        assert_eq!(series[0]["data"].as_array().unwrap().len(), CURVE_POINTS + 1);
        assert_eq!(json["animation"], false);
    }

    #[test]
    fn compared_lot_widens_the_axis_and_is_marked() {
        let (input, solution) = example(Some(1000.0));
        let json: Value = serde_json::to_value(cost_chart(&input, &solution, Lang::Fr)).unwrap();
        assert!(json["xAxis"]["max"].as_f64().unwrap() >= 1150.0);
        let marks = json["series"][2]["markPoint"]["data"].as_array().unwrap();
        assert_eq!((marks[1]["xAxis"].as_f64(), marks[1]["yAxis"].as_f64()), (Some(1000.0), Some(260.0)));
        assert_eq!(json["series"][2]["name"], "Coût total");
        assert_eq!(json["series"][2]["markLine"]["label"]["formatter"], "Q* = 200");
    }

    #[test]
    fn stock_chart_is_the_sawtooth() {
        let (_, solution) = example(None);
        let json: Value = serde_json::to_value(stock_chart(&solution, Lang::En)).unwrap();
        assert_eq!(json["series"][0]["data"][1], serde_json::json!([0.0, 200.0]));
        assert_eq!(json["series"][0]["data"].as_array().unwrap().len(), 7);
    }
}
