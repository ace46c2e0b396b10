//! Pareto chart: item values as bars coloured by class, cumulative share as a line.

use super::{base, plot, value_axis, LargeBar, Part, Spec};
use crate::engine::abc::{AbcSolution, Class};
use crate::i18n::{format_percent, Lang};
use crate::t;
use charming::component::Axis;
use charming::element::{
    AxisLabel, AxisType, Label, LabelPosition, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Line};

/// Most item names the axis shows one by one.
const ALL_LABELS_UP_TO: usize = 60;

/// `limits`: the value rule's cumulative limits of classes A and B (fractions), drawn on the
/// cumulative curve's axis.
pub fn pareto_chart(solution: &AbcSolution, limits: Option<(f64, f64)>, lang: Lang) -> Spec {
    let names: Vec<String> = solution.items.iter().map(|i| i.name.clone()).collect();
    // One series per class, so the legend names the colours. Each holds only its own items, as
    // (rank, value) pairs overlaid in one slot per item: stacking three series padded with zeros
    // drew three times the bars, which at 500 items cost frames on every keystroke.
    let many = solution.items.len() > ALL_LABELS_UP_TO;
    let class_bars = [Class::A, Class::B, Class::C].into_iter().map(|class| {
        let name = format!("{} {}", t!("Classe", "Class").get(lang), class.letter());
        let bars = solution.items.iter().enumerate().filter(|(_, i)| i.class == class).map(|(rank, i)| [rank as f64, plot(i.value)]);
        if many {
            Part::LargeBar(Box::new(LargeBar::overlaid(name, bars.collect())))
        } else {
            Part::from(Bar::new().name(name).bar_gap("-100%").data(bars.map(Vec::from).collect::<Vec<_>>()))
        }
    });
    // Every item name shows, turned to fit, up to a readable count; past it, one name in every
    // few, about 30 in all (the ranked table lists every one).
    let every = if many { solution.items.len() / 30 } else { 0 };
    let labels = AxisLabel::new().interval(every as f64).rotate(40);
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
    if many {
        // Hundreds of dots merge into the line anyway, and drawing each one cost a frame.
        cumulative = cumulative.show_symbol(false);
    }
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
                // Inside the plot: at the line's end, the label ran off the chart's right edge.
                .label(Label::new().formatter("{b}").position(LabelPosition::InsideEndTop))
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
        assert_eq!(json["series"][0]["data"], serde_json::json!([[0.0, 80.0]]));
        assert_eq!(json["series"][1]["data"], serde_json::json!([[1.0, 15.0]]));
        assert_eq!(json["series"][2]["data"], serde_json::json!([[2.0, 5.0]]));
        assert_eq!(json["series"][0]["barGap"], "-100%");
        assert_eq!(json["series"][3]["data"], serde_json::json!([80.0, 95.0, 100.0]));
        assert_eq!(json["series"][3]["markLine"]["data"][1]["yAxis"], 95.0);
        assert_eq!(json["series"][3]["markLine"]["data"][0]["name"], "A 80%");
        assert_eq!(json["xAxis"]["axisLabel"]["interval"], 0.0);
        assert_eq!(json["series"][3]["yAxisIndex"], 1.0);
        assert_eq!(json["yAxis"].as_array().unwrap().len(), 2);
        assert_eq!(json["series"][0].get("large"), None);
    }

    #[test]
    fn hundreds_of_items_are_drawn_as_large_bars_without_dots() {
        let items =
            (0..=ALL_LABELS_UP_TO).map(|n| AbcItem { name: format!("P{n}"), annual_quantity: 1.0 + n as f64, unit_price: 1.0 }).collect();
        let solution = solve(&AbcInput { items, rule: AbcRule::Value, a: 0.8, b: 0.95 }).unwrap();
        let json: Value = serde_json::to_value(pareto_chart(&solution, None, Lang::Fr)).unwrap();
        assert_eq!((json["series"][0]["large"].as_bool(), json["series"][0]["type"].as_str()), (Some(true), Some("bar")));
        assert_eq!(json["series"][0]["name"], "Classe A");
        assert_eq!(json["series"][3]["showSymbol"], false);
        assert_eq!(json["xAxis"]["axisLabel"]["interval"], 2.0, "61 items: one name in three");
        let drawn: usize = (0..3).map(|s| json["series"][s]["data"].as_array().unwrap().len()).sum();
        assert_eq!(drawn, ALL_LABELS_UP_TO + 1, "one bar per item");
    }
}
