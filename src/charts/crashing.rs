//! The crashing charts, each zoomed on its own costs (they differ by tens of thousands, so one
//! axis from zero would flatten both): the least direct cost against the project's duration
//! beside the course's greedy method, and the total cost with its least value marked.

use super::{base, plot, value_axis, Spec};
use crate::engine::crashing::CrashSolution;
use crate::i18n::{Lang, Text};
use crate::t;
use charming::element::{LineStyle, LineStyleType, MarkPoint, MarkPointData};
use charming::series::Line;

/// (duration, cost) points as ECharts data.
fn points(points: impl Iterator<Item = (f64, f64)>) -> Vec<Vec<f64>> {
    points.map(|(d, cost)| vec![plot(d), plot(cost)]).collect()
}

fn chart(s: &CrashSolution, y_name: Text, lang: Lang) -> Spec {
    base()
        .x_axis(
            value_axis(t!("Durée du projet (périodes)", "Project duration (periods)").get(lang))
                .min(plot(s.crashed.duration))
                .max(plot(s.normal.duration)),
        )
        .y_axis(value_axis(y_name.get(lang)).name_gap(56).scale(true))
}

fn line(name: Text, data: Vec<Vec<f64>>, lang: Lang) -> Line {
    Line::new().name(name.get(lang)).data(data)
}

fn dotted(line: Line) -> Line {
    line.line_style(LineStyle::new().type_(LineStyleType::Dotted).width(3))
}

/// The least direct cost at each duration, and the course's method from the normal point.
pub fn direct_chart(s: &CrashSolution, greedy: &[(f64, f64)], lang: Lang) -> Spec {
    chart(s, t!("Coût direct (€)", "Direct cost (€)"), lang)
        .series(line(t!("Optimum", "Optimum"), points(s.curve.iter().map(|p| (p.duration, p.direct))), lang))
        .series(dotted(line(t!("Méthode du cours", "Course’s method"), points(greedy.iter().copied()), lang)))
}

/// The total cost at each duration (optimum and course's method), the least total marked.
pub fn total_chart(s: &CrashSolution, greedy_totals: &[(f64, f64)], lang: Lang) -> Spec {
    let mut optimum = line(t!("Optimum", "Optimum"), points(s.curve.iter().map(|p| (p.duration, p.total))), lang);
    if let Some(best) = s.best() {
        optimum = optimum.mark_point(MarkPoint::new().data(vec![MarkPointData::new()
            .name(t!("Moindre coût total", "Least total cost").get(lang))
            .x_axis(plot(best.duration))
            .y_axis(plot(best.total))]));
    }
    chart(s, t!("Coût total (€)", "Total cost (€)"), lang).series(optimum).series(dotted(line(
        t!("Méthode du cours", "Course’s method"),
        points(greedy_totals.iter().copied()),
        lang,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::crashing::{solve, CrashActivity, CrashInput};
    use serde_json::Value;

    #[test]
    fn the_best_total_is_marked_and_the_axes_zoom_on_the_costs() {
        let activity = |id: &str, dn, dc, cn, cc, after: &[&str]| CrashActivity {
            id: id.into(),
            normal_duration: dn,
            crash_duration: dc,
            normal_cost: cn,
            crash_cost: cc,
            predecessors: after.iter().map(|p| (*p).to_owned()).collect(),
        };
        let input = CrashInput {
            activities: vec![activity("A", 4.0, 2.0, 100.0, 160.0, &[]), activity("B", 3.0, 3.0, 50.0, 50.0, &["A"])],
            indirect: 40.0,
            reference: None,
            bonus: 0.0,
            penalty: 0.0,
            target: None,
        };
        let s = solve(&input).unwrap();
        // A costs 30 a period against 40 of indirect cost: crash it fully, 5 periods for 210 + 200.
        let json: Value = serde_json::to_value(total_chart(&s, &[(7.0, 430.0), (6.0, 420.0), (5.0, 410.0)], Lang::En)).unwrap();
        assert_eq!(json["series"][0]["markPoint"]["data"][0]["xAxis"], 5.0);
        assert_eq!(json["series"][0]["markPoint"]["data"][0]["yAxis"], 410.0);
        assert_eq!(json["yAxis"]["scale"], true, "zoomed on the costs, not from zero");
        assert_eq!((json["xAxis"]["min"].as_f64(), json["xAxis"]["max"].as_f64()), (Some(5.0), Some(7.0)));
        let json: Value = serde_json::to_value(direct_chart(&s, &[(7.0, 150.0), (6.0, 180.0)], Lang::Fr)).unwrap();
        assert_eq!(json["series"][0]["data"], serde_json::json!([[7.0, 150.0], [6.0, 180.0], [5.0, 210.0]]));
        assert_eq!(json["series"][1]["name"], "Méthode du cours");
        assert_eq!(json["series"][1]["lineStyle"]["type"], "dotted");
    }
}
