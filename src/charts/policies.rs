//! Stock at the end of each period, with the safety stock and reorder point lines.

use super::{base, value_axis, Spec};
use crate::engine::policies::{PolicyInput, PolicySolution};
use crate::i18n::Lang;
use crate::t;
use charming::element::{Label, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, Symbol};
use charming::series::{Bar, Line};

fn stock_series(name: &str, solution: &PolicySolution) -> Line {
    Line::new().name(name).data(solution.rows.iter().map(|r| vec![r.period as f64, r.stock]).collect::<Vec<_>>())
}

/// `compared` is drawn as a second stock line with its own name.
pub fn stock_chart(input: &PolicyInput, main: (&str, &PolicySolution), compared: Option<(&str, &PolicySolution)>, lang: Lang) -> Spec {
    let marks = MarkLine::new()
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(LineStyle::new().type_(LineStyleType::Dashed))
        .label(Label::new().formatter("{b}"))
        .data(vec![
            MarkLineVariant::Simple(MarkLineData::new().name("SS").y_axis(input.safety_stock)),
            MarkLineVariant::Simple(MarkLineData::new().name("PC").y_axis(input.reorder_point)),
        ]);
    let mut chart = base()
        .x_axis(value_axis(t!("Période", "Period").get(lang)).min(0).max(main.1.rows.len() as f64 + 1.0).interval(1))
        .y_axis(value_axis(t!("Unités", "Units").get(lang)).name_gap(48))
        .series(stock_series(main.0, main.1).mark_line(marks))
        .series(
            Bar::new()
                .name(t!("Réceptions", "Receipts").get(lang))
                .bar_width("30%")
                .data(main.1.rows.iter().map(|r| vec![r.period as f64, r.receipt]).collect::<Vec<_>>()),
        );
    if let Some((name, solution)) = compared {
        chart = chart.series(stock_series(name, solution).line_style(LineStyle::new().type_(LineStyleType::Dashed)));
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
        assert_eq!(json["series"][0]["data"][0], serde_json::json!([1.0, 700.0]));
        assert_eq!(json["series"][0]["markLine"]["data"][1]["yAxis"], 850.0);
        assert_eq!(json["series"][1]["data"][2], serde_json::json!([3.0, 1000.0]));
        assert_eq!(json["series"].as_array().unwrap().len(), 2);
        let compared = stock_chart(&input, ("a", &solution), Some(("b", &solution)), Lang::En);
        assert_eq!(serde_json::to_value(compared).unwrap()["series"].as_array().unwrap().len(), 3);
    }
}
