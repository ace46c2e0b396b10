//! Stock over the periods as steps (it changes at each period's end), from the starting stock at
//! period 0, with receipts as bars, stockouts pinned, and the safety stock and reorder point.

use super::{base, value_axis, Spec};
use crate::engine::policies::{PolicyInput, PolicyKind, PolicySolution};
use crate::i18n::Lang;
use crate::t;
use charming::element::{Label, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, MarkPoint, MarkPointData, Step, Symbol};
use charming::series::{Bar, Line};

fn stock_series(name: &str, initial_stock: f64, solution: &PolicySolution, lang: Lang) -> Line {
    let mut points = vec![vec![0.0, initial_stock]];
    points.extend(solution.rows.iter().map(|r| vec![r.period as f64, r.stock]));
    let stockouts: Vec<MarkPointData> = solution
        .rows
        .iter()
        .filter(|r| r.shortage > 0.0)
        .map(|r| MarkPointData::new().name(t!("Rupture", "Stockout").get(lang)).x_axis(r.period as f64).y_axis(0.0))
        .collect();
    let line = Line::new().name(name).step(Step::End).data(points);
    if stockouts.is_empty() {
        line
    } else {
        line.mark_point(MarkPoint::new().data(stockouts))
    }
}

fn receipts(name: &str, solution: &PolicySolution) -> Bar {
    Bar::new().name(name).bar_width("25%").data(solution.rows.iter().map(|r| vec![r.period as f64, r.receipt]).collect::<Vec<_>>())
}

/// `compared` is drawn as a second stock line and its own receipts.
pub fn stock_chart(
    input: &PolicyInput,
    main: (&str, &PolicySolution),
    compared: Option<(&str, PolicyKind, &PolicySolution)>,
    lang: Lang,
) -> Spec {
    // The reorder point is drawn only when a policy on the chart uses it.
    let uses_reorder_point = |kind: PolicyKind| matches!(kind, PolicyKind::ReorderPoint | PolicyKind::Variable);
    let mut levels = vec![MarkLineVariant::Simple(MarkLineData::new().name("SS").y_axis(input.safety_stock))];
    if uses_reorder_point(input.kind) || compared.is_some_and(|(_, kind, _)| uses_reorder_point(kind)) {
        levels.push(MarkLineVariant::Simple(MarkLineData::new().name("PC").y_axis(input.reorder_point)));
    }
    let marks = MarkLine::new()
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(LineStyle::new().type_(LineStyleType::Dashed))
        .label(Label::new().formatter("{b}"))
        .data(levels);
    let periods = main.1.rows.len() as f64;
    let received = t!("Réceptions", "Receipts").get(lang);
    let mut chart = base()
        // A period of room after the last keeps its receipt bar inside the axis; ticks stay whole periods.
        .x_axis(value_axis(t!("Période", "Period").get(lang)).min(0).max(periods + 1.0).interval(1))
        .y_axis(value_axis(t!("Unités", "Units").get(lang)).name_gap(48))
        .series(stock_series(main.0, input.initial_stock, main.1, lang).mark_line(marks))
        .series(receipts(&format!("{received} ({})", main.0), main.1));
    if let Some((name, _, solution)) = compared {
        chart = chart
            .series(stock_series(name, input.initial_stock, solution, lang).line_style(LineStyle::new().type_(LineStyleType::Dashed)))
            .series(receipts(&format!("{received} ({name})"), solution));
    }
    chart
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::policies::{fig_2_4, simulate};
    use serde_json::Value;

    #[test]
    fn fig_2_4_chart() {
        let input = fig_2_4();
        let solution = simulate(&input).unwrap();
        let json: Value = serde_json::to_value(stock_chart(&input, ("Reorder point", &solution), None, Lang::En)).unwrap();
        // Period 0 is the starting stock; stock moves in steps.
        assert_eq!(json["series"][0]["data"][0], serde_json::json!([0.0, 1400.0]));
        assert_eq!(json["series"][0]["data"][1], serde_json::json!([1.0, 700.0]));
        assert_eq!(json["series"][0]["step"], "end");
        assert_eq!(json["series"][0]["markLine"]["data"][1]["yAxis"], 850.0);
        assert_eq!(json["series"][1]["data"][2], serde_json::json!([3.0, 1000.0]));
        assert_eq!((json["xAxis"]["min"].as_f64(), json["xAxis"]["max"].as_f64()), (Some(0.0), Some(11.0)));
        assert!(json["series"][0].get("markPoint").is_none(), "Fig 2.4 has no stockout");
        assert_eq!(json["series"].as_array().unwrap().len(), 2);
        let compared = stock_chart(&input, ("a", &solution), Some(("b", PolicyKind::Periodic, &solution)), Lang::En);
        assert_eq!(serde_json::to_value(compared).unwrap()["series"].as_array().unwrap().len(), 4);
    }

    #[test]
    fn stockouts_are_pinned_and_the_reorder_point_only_drawn_where_used() {
        let input = PolicyInput { kind: PolicyKind::FixedFixed, demand: vec![1500.0, 100.0], ..fig_2_4() };
        let solution = simulate(&input).unwrap();
        let json: Value = serde_json::to_value(stock_chart(&input, ("Fixed", &solution), None, Lang::Fr)).unwrap();
        assert_eq!(json["series"][0]["markPoint"]["data"][0]["xAxis"], 1.0);
        assert_eq!(json["series"][0]["markPoint"]["data"][0]["name"], "Rupture");
        let levels = json["series"][0]["markLine"]["data"].as_array().unwrap();
        assert_eq!(levels.len(), 1, "no PC line for a fixed-dates policy");
    }
}
