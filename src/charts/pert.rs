//! PERT charts: the Gantt chart at the earliest dates with each task's total float, and the
//! normal curve of the project's duration with P(D ≤ T) shaded.

use super::{base, density_chart, plot, plot_fine, value_axis, Spec};
use crate::engine::cpm::Schedule;
use crate::engine::normal;
use crate::i18n::Lang;
use crate::t;
use charming::component::{Axis, Legend};
use charming::element::{AxisType, ItemStyle, Tooltip, Trigger};
use charming::series::Bar;

/// Points of the normal curve, from D − 4σ to D + 4σ.
const CURVE_POINTS: usize = 121;

/// Bars from each task's earliest start: its duration (critical tasks in their own colour) then its
/// total float. `ids` are the tasks in the table's order, drawn top to bottom.
pub fn gantt(schedule: &Schedule, ids: &[String], lang: Lang) -> Spec {
    let timings = &schedule.timings;
    let per_task = |value: &dyn Fn(usize) -> f64| (0..timings.len()).map(|i| plot(value(i))).collect::<Vec<_>>();
    let critical = |i: usize| timings.get(i).is_some_and(crate::engine::cpm::Timing::is_critical);
    let duration = |i: usize| timings.get(i).map_or(0.0, |t| t.earliest_finish - t.earliest_start);
    let stacked = |name: &str, data: Vec<f64>| Bar::new().name(name).stack("task").data(data);
    let visible = [t!("Tâche critique", "Critical task"), t!("Tâche", "Task"), t!("Marge totale", "Total float")];
    let mut chart = base()
        .legend(Legend::new().top(0).data(visible.iter().map(|t| t.get(lang)).collect::<Vec<_>>()))
        // One bar's tooltip at a time: an axis tooltip would list all four series of the task.
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(value_axis(t!("Jours depuis le début", "Days from the start").get(lang)).max(plot(schedule.duration)))
        .y_axis(Axis::new().type_(AxisType::Category).inverse(true).data(ids.to_vec()));
    chart = chart.series(
        stacked(t!("Début au plus tôt", "Earliest start").get(lang), per_task(&|i| timings.get(i).map_or(0.0, |t| t.earliest_start)))
            // Invisible: it only moves each task to its start (its tooltip still tells the date).
            .item_style(ItemStyle::new().color("transparent")),
    );
    chart =
        chart.series(stacked(t!("Tâche critique", "Critical task").get(lang), per_task(&|i| if critical(i) { duration(i) } else { 0.0 })));
    chart = chart.series(stacked(t!("Tâche", "Task").get(lang), per_task(&|i| if critical(i) { 0.0 } else { duration(i) })));
    chart.series(
        stacked(t!("Marge totale", "Total float").get(lang), per_task(&|i| timings.get(i).map_or(0.0, |t| t.total_float)))
            .item_style(ItemStyle::new().color("#cfd8e3")),
    )
}

/// `None` without spread (σ = 0): the duration is certain.
pub fn duration_curve(duration: f64, sd: f64, due_date: Option<f64>, lang: Lang) -> Option<Spec> {
    if sd <= 0.0 {
        return None;
    }
    let steps = (CURVE_POINTS - 1) as f64;
    let points: Vec<(f64, f64)> = (0..CURVE_POINTS)
        .map(|k| {
            let x = duration - 4.0 * sd + 8.0 * sd * k as f64 / steps;
            (x, normal::density((x - duration) / sd) / sd)
        })
        .collect();
    let mut marks = vec![("D", duration)];
    let mut shaded: Vec<Vec<f64>> = Vec::new();
    if let Some(t) = due_date {
        marks.push(("T", t));
        shaded.extend(points.iter().filter(|(x, _)| *x <= t).map(|(x, y)| vec![plot_fine(*x), *y]));
        if t > points.first().map_or(t, |(x, _)| *x) && t < points.last().map_or(t, |(x, _)| *x) {
            shaded.push(vec![plot_fine(t), normal::density((t - duration) / sd) / sd]);
        }
    }
    let start = points.first().map_or(0.0, |(x, _)| *x);
    let end = points.last().map_or(0.0, |(x, _)| *x);
    let axis = value_axis(t!("Durée du projet (jours)", "Project duration (days)").get(lang))
        .min(due_date.map_or(start, |t| t.min(start)).floor().max(0.0))
        .max(due_date.map_or(end, |t| t.max(end)).ceil());
    Some(density_chart(
        axis,
        (t!("Durée du projet", "Project duration").get(lang), &points),
        &marks,
        vec![(t!("Fini au plus tard à T", "Finished by T").get(lang), shaded)],
        lang,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cpm::{schedule, Activity};
    use serde_json::Value;

    #[test]
    fn gantt_bars_start_at_the_earliest_dates_with_their_float() {
        let tasks = vec![
            Activity { id: "A".into(), duration: 3.0, predecessors: vec![] },
            Activity { id: "B".into(), duration: 1.0, predecessors: vec![] },
            Activity { id: "C".into(), duration: 2.0, predecessors: vec!["A".into(), "B".into()] },
        ];
        let s = schedule(&tasks).unwrap();
        let ids: Vec<String> = tasks.iter().map(|t| t.id.clone()).collect();
        let json: Value = serde_json::to_value(gantt(&s, &ids, Lang::En)).unwrap();
        assert_eq!(json["yAxis"]["data"], serde_json::json!(["A", "B", "C"]));
        assert_eq!(json["series"][0]["data"], serde_json::json!([0.0, 0.0, 3.0]), "offsets");
        assert_eq!(json["series"][1]["data"], serde_json::json!([3.0, 0.0, 2.0]), "critical");
        assert_eq!(json["series"][2]["data"], serde_json::json!([0.0, 1.0, 0.0]), "not critical");
        assert_eq!(json["series"][3]["data"], serde_json::json!([0.0, 2.0, 0.0]), "total float");
        assert_eq!(json["xAxis"]["max"], 5.0);
        let legend: Vec<&str> = json["legend"]["data"].as_array().unwrap().iter().map(|d| d["name"].as_str().unwrap()).collect();
        assert_eq!(legend, ["Critical task", "Task", "Total float"], "no invisible offset");
    }

    #[test]
    fn the_curve_shades_up_to_the_target_date() {
        let json: Value = serde_json::to_value(duration_curve(10.0, 2.0, Some(12.0), Lang::Fr).unwrap()).unwrap();
        let shaded = json["series"][1]["data"].as_array().unwrap();
        assert!(shaded.iter().all(|p| p[0].as_f64().unwrap() <= 12.0));
        assert_eq!(shaded.last().unwrap()[0], 12.0);
        assert_eq!(json["series"][0]["markLine"]["data"][1]["name"], "T");
        assert!(duration_curve(10.0, 0.0, Some(12.0), Lang::Fr).is_none());
    }
}
