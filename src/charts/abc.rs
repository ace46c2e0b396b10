//! Pareto chart: item values as bars coloured by class, cumulative share as a line.

use super::{base, plot, value_axis, Spec};
use crate::engine::abc::{AbcSolution, Class};
use crate::i18n::{format_percent, Lang};
use crate::t;
use charming::component::Axis;
use charming::element::{
    AxisLabel, AxisType, Label, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Line};

/// Most item names the axis shows one by one.
const ALL_LABELS_UP_TO: usize = 60;

/// `limits`: the value rule's cumulative limits of classes A and B (fractions), drawn on the
/// cumulative curve's axis.
pub fn pareto_chart(solution: &AbcSolution, limits: Option<(f64, f64)>, lang: Lang) -> Spec {
    let names: Vec<String> = solution.items.iter().map(|i| i.name.clone()).collect();
    // One stacked series per class, so the legend names the colours.
    let class_bars = [Class::A, Class::B, Class::C].into_iter().map(|class| {
        Bar::new()
            .name(format!("{} {}", t!("Classe", "Class").get(lang), class.letter()))
            .stack("value")
            .data(solution.items.iter().map(|i| if i.class == class { plot(i.value) } else { 0.0 }).collect::<Vec<_>>())
    });
    // Every item name shows, turned to fit, up to a readable count; beyond it ECharts picks which
    // to show (the ranked table lists them all) and laying out hundreds of labels would cost frames.
    let labels =
        if solution.items.len() <= ALL_LABELS_UP_TO { AxisLabel::new().interval(0).rotate(40) } else { AxisLabel::new().rotate(40) };
    let mut chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(Axis::new().type_(AxisType::Category).data(names).axis_label(labels))
        .y_axis(value_axis(t!("Valeur annuelle a·N (€)", "Annual value a·N (€)").get(lang)).name_gap(56))
        .y_axis(Axis::new().type_(AxisType::Value).name("%").min(0).max(100));
    for bar in class_bars {
        chart = chart.series(bar);
    }
    let mut cumulative = Line::new()
        .name(t!("Part cumulée (%)", "Cumulative share (%)").get(lang))
        .y_axis_index(1)
        .data(solution.items.iter().map(|i| plot(i.cumulative)).collect::<Vec<_>>());
    if let Some((a, b)) = limits {
        let level = |name: &str, fraction: f64| {
            MarkLineVariant::Simple(
                MarkLineData::new().name(format!("{name} {}", format_percent(fraction, lang, 1))).y_axis(plot(fraction * 100.0)),
            )
        };
        cumulative = cumulative.mark_line(
            MarkLine::new()
                .symbol(vec![Symbol::None, Symbol::None])
                .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                .label(Label::new().formatter("{b}"))
                .data(vec![level("A", a), level("B", b)]),
        );
    }
    chart.series(cumulative)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::abc::{solve, AbcInput, AbcItem, AbcRule};
    use serde_json::Value;

    #[test]
    fn bars_by_class_and_cumulative_line() {
        let items = vec![
            AbcItem { name: "x".into(), annual_quantity: 80.0, unit_price: 1.0 },
            AbcItem { name: "y".into(), annual_quantity: 15.0, unit_price: 1.0 },
            AbcItem { name: "z".into(), annual_quantity: 5.0, unit_price: 1.0 },
        ];
        let solution = solve(&AbcInput { items, rule: AbcRule::Value, a: 0.8, b: 0.95 }).unwrap();
        let json: Value = serde_json::to_value(pareto_chart(&solution, Some((0.8, 0.95)), Lang::En)).unwrap();
        assert_eq!(json["xAxis"]["data"], serde_json::json!(["x", "y", "z"]));
        assert_eq!(json["series"][0]["data"], serde_json::json!([80.0, 0.0, 0.0]));
        assert_eq!(json["series"][1]["data"], serde_json::json!([0.0, 15.0, 0.0]));
        assert_eq!(json["series"][3]["data"], serde_json::json!([80.0, 95.0, 100.0]));
        assert_eq!(json["series"][3]["markLine"]["data"][1]["yAxis"], 95.0);
        assert_eq!(json["series"][3]["markLine"]["data"][0]["name"], "A 80%");
        assert_eq!(json["xAxis"]["axisLabel"]["interval"], 0.0);
        assert_eq!(json["series"][3]["yAxisIndex"], 1.0);
        assert_eq!(json["yAxis"].as_array().unwrap().len(), 2);
    }
}
