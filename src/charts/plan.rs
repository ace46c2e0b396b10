//! Charts of plans over periods: quantities per period as bars or lines (demand, production,
//! stock, load against capacity), and totals per option as stacked bars (the cost components of
//! each scenario).

use super::{base, plot, value_axis, Spec};
use charming::component::Axis;
use charming::element::{AxisLabel, AxisType, LineStyle, LineStyleType};
use charming::series::{Bar, Line};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Bar,
    Line,
    /// A reference (a target, a limit): a thin dashed line.
    Dashed,
}

pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
    pub style: Style,
}

impl Series {
    pub fn new(name: impl Into<String>, values: Vec<f64>, style: Style) -> Self {
        Self { name: name.into(), values, style }
    }
}

/// One value per period for each series; `periods` name the columns.
pub fn periods_chart(periods: Vec<String>, axis: &str, series: Vec<Series>) -> Spec {
    let mut chart = base().x_axis(Axis::new().type_(AxisType::Category).data(periods)).y_axis(value_axis(axis).name_gap(56));
    for s in series {
        let data: Vec<f64> = s.values.iter().map(|v| plot(*v)).collect();
        chart = match s.style {
            Style::Bar => chart.series(Bar::new().name(s.name).data(data)),
            Style::Line => chart.series(Line::new().name(s.name).data(data)),
            Style::Dashed => chart.series(
                Line::new().name(s.name).show_symbol(false).line_style(LineStyle::new().type_(LineStyleType::Dashed).width(1)).data(data),
            ),
        };
    }
    chart
}

/// One bar per category, each cut in `slices` (name, value per category). Every category is
/// named under its bar: a few bars, each a scenario or a mix the reader compares.
pub fn stacked_bars(categories: Vec<String>, axis: &str, slices: Vec<(String, Vec<f64>)>) -> Spec {
    let names = Axis::new().type_(AxisType::Category).data(categories).axis_label(AxisLabel::new().interval(0.0));
    let mut chart = base().x_axis(names).y_axis(value_axis(axis).name_gap(64).min(0));
    for (name, values) in slices {
        chart = chart.series(Bar::new().name(name).stack("total").data(values.iter().map(|v| plot(*v)).collect::<Vec<_>>()));
    }
    chart
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_lines_and_references() {
        let json = serde_json::to_value(periods_chart(
            vec!["M1".into(), "M2".into()],
            "q",
            vec![
                Series::new("demand", vec![9.0, 6.2], Style::Bar),
                Series::new("stock", vec![2.1, 5.9], Style::Line),
                Series::new("target", vec![1.1, 1.1], Style::Dashed),
            ],
        ))
        .unwrap();
        assert_eq!(json["series"][0]["type"], "bar");
        assert_eq!(json["series"][1]["data"], serde_json::json!([2.1, 5.9]));
        assert_eq!(json["series"][2]["lineStyle"]["type"], "dashed");
        assert_eq!(json["xAxis"]["data"], serde_json::json!(["M1", "M2"]));
    }

    #[test]
    fn one_stacked_slice_per_component() {
        let json = serde_json::to_value(stacked_bars(
            vec!["a".into(), "b".into()],
            "p",
            vec![("P1".into(), vec![50_000.0, 9000.0]), ("P2".into(), vec![68_000.0, 150_000.0])],
        ))
        .unwrap();
        assert_eq!(json["series"][1]["data"], serde_json::json!([68_000.0, 150_000.0]));
        assert_eq!(json["series"][0]["stack"], "total");
    }
}
