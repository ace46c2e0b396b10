//! The queue of a work centre day by day: planned and actual, with the target the days ahead are
//! planned to and the size the service level needs.

use super::{base, plot, value_axis, Spec};
use crate::engine::io_control::IoSolution;
use crate::i18n::{Lang, Text};
use charming::component::Axis;
use charming::element::{AxisType, LineStyle, LineStyleType};
use charming::series::Line;

/// `days` are the column headers, the opening first; `names` are the lines': the elapsed days'
/// plan, the plan ahead, the actual queue, the target and the needed size. The plan
/// ahead starts from the last actual queue, as it is drawn up from it.
pub fn queue_chart(s: &IoSolution, opening: f64, days: Vec<String>, axis: Text, names: [Text; 5], lang: Lang) -> Spec {
    let axis = axis.get(lang);
    let [planned, replanned, actual, target, needed] = names.map(|n| n.get(lang));
    let point = |column: usize, y: f64| vec![column as f64, plot(y)];
    let mut actual_points = vec![point(0, opening)];
    actual_points.extend(s.days.iter().enumerate().filter_map(|(d, day)| day.actual.map(|a| point(d + 1, a.queue))));
    let mut planned_points = vec![point(0, opening)];
    planned_points.extend(s.days.iter().take(s.elapsed).enumerate().map(|(d, day)| point(d + 1, day.planned_queue)));
    let start = actual_points.last().cloned().unwrap_or_default();
    let ahead: Vec<Vec<f64>> =
        std::iter::once(start).chain(s.days.iter().enumerate().skip(s.elapsed).map(|(d, day)| point(d + 1, day.planned_queue))).collect();
    let count = days.len();
    let level = |name: &str, y: f64, style: LineStyleType| {
        Line::new().name(name).show_symbol(false).line_style(LineStyle::new().type_(style).width(1)).data(vec![plot(y); count])
    };
    let dashed = || LineStyle::new().type_(LineStyleType::Dashed);
    let mut chart = base()
        .x_axis(Axis::new().type_(AxisType::Category).data(days))
        .y_axis(value_axis(axis).name_gap(40).min(0))
        .series(Line::new().name(actual).data(actual_points))
        .series(level(target, s.target, LineStyleType::Solid));
    if s.elapsed > 0 {
        chart = chart.series(Line::new().name(planned).line_style(dashed()).data(planned_points));
    }
    if ahead.len() > 1 {
        chart = chart.series(Line::new().name(replanned).line_style(dashed()).data(ahead));
    }
    if (s.target - s.sizing.needed).abs() > 1e-9 {
        chart = chart.series(level(needed, s.sizing.needed, LineStyleType::Dotted));
    }
    chart
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::io_control::{fig_5_9, solve};
    use crate::t;
    use serde_json::Value;

    #[test]
    fn fig_5_9_chart() {
        let s = solve(&fig_5_9()).unwrap();
        let days = (0..=10).map(|d| d.to_string()).collect();
        let names = [t!("p", "p"), t!("r", "r"), t!("a", "a"), t!("t", "t"), t!("n", "n")];
        let json: Value = serde_json::to_value(queue_chart(&s, 32.0, days, t!("q", "q"), names, Lang::En)).unwrap();
        let ys =
            |series: usize| json["series"][series]["data"].as_array().unwrap().iter().map(|p| p[1].as_f64().unwrap()).collect::<Vec<_>>();
        assert_eq!(ys(0), [32.0, 27.0, 31.0, 36.0, 28.0, 28.0]);
        assert_eq!(json["series"][1]["data"][0], 10.0);
        assert_eq!(ys(2), [32.0; 6]);
        // The plan ahead starts at the last actual queue, on the last elapsed day.
        assert_eq!(json["series"][3]["data"][0], serde_json::json!([5.0, 28.0]));
        assert_eq!(ys(3), [28.0, 24.0, 20.0, 16.0, 12.0, 10.0]);
        assert_eq!(json["series"].as_array().unwrap().len(), 5, "the needed size differs from the typed target");
    }
}
