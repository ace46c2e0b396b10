//! Acceptance sampling charts: the OC curve of the three laws with p1 and p2 marked, and the
//! average outgoing quality with its limit.

use super::{base, plot_fine, value_axis, Spec};
use crate::engine::sampling::{acceptance, outgoing_quality, Law, Plan, LAWS};
use crate::i18n::{Lang, Text};
use crate::t;
use charming::element::{LineStyle, LineStyleType, MarkPoint, MarkPointData};
use charming::series::Line;

/// Points along each curve.
const POINTS: usize = 61;

pub fn law_name(law: Law) -> Text {
    match law {
        Law::Binomial => t!("Avec remise (binomiale)", "With replacement (binomial)"),
        Law::Hypergeometric => t!("Sans remise (hypergéométrique)", "Without replacement (hypergeometric)"),
        Law::Poisson => t!("Poisson", "Poisson"),
    }
}

fn grid(end: f64) -> impl Iterator<Item = f64> {
    (0..POINTS).map(move |k| end * k as f64 / (POINTS - 1) as f64)
}

fn percent_axis(lang: Lang) -> charming::component::Axis {
    value_axis(t!("Défectueux dans le lot (%)", "Defective in the lot (%)").get(lang))
}

/// Pa against p for every law, the chosen one solid with (p1, Pa) and (p2, Pa) marked.
pub fn oc_chart(plan: Plan, chosen: Law, (p1, p2): (f64, f64), end: f64, lang: Lang) -> Spec {
    let mut chart = base()
        .x_axis(percent_axis(lang).max(plot_fine(end * 100.0)))
        .y_axis(value_axis(t!("Probabilité d’accepter Pa", "Probability of acceptance Pa").get(lang)).max(1));
    for law in LAWS {
        let data: Vec<Vec<f64>> = grid(end).map(|p| vec![plot_fine(p * 100.0), plot_fine(acceptance(law, plan, p))]).collect();
        let mut line = Line::new().name(law_name(law).get(lang)).show_symbol(false).data(data);
        if law == chosen {
            let mark = |name: &str, p: f64| {
                MarkPointData::new().name(name).x_axis(plot_fine(p * 100.0)).y_axis(plot_fine(acceptance(law, plan, p)))
            };
            line = line.mark_point(MarkPoint::new().data(vec![mark("p1", p1), mark("p2", p2)]));
        } else {
            line = line.line_style(LineStyle::new().type_(LineStyleType::Dashed));
        }
        chart = chart.series(line);
    }
    chart
}

/// AOQ (%) against the incoming quality (%), the AOQL marked.
pub fn aoq_chart(plan: Plan, law: Law, (aoql_at, aoql): (f64, f64), end: f64, lang: Lang) -> Spec {
    let data: Vec<Vec<f64>> = grid(end).map(|p| vec![plot_fine(p * 100.0), plot_fine(outgoing_quality(law, plan, p) * 100.0)]).collect();
    base()
        .x_axis(percent_axis(lang).max(plot_fine(end * 100.0)))
        .y_axis(value_axis(t!("Qualité après contrôle AOQ (%)", "Outgoing quality AOQ (%)").get(lang)))
        .series(
            Line::new().name(t!("AOQ", "AOQ").get(lang)).show_symbol(false).data(data).mark_point(
                MarkPoint::new()
                    .data(vec![MarkPointData::new().name("AOQL").x_axis(plot_fine(aoql_at * 100.0)).y_axis(plot_fine(aoql * 100.0))]),
            ),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn the_chosen_law_carries_the_marks() {
        let plan = Plan { lot: 1000, sample: 50, acceptance: 0 };
        let json: Value = serde_json::to_value(oc_chart(plan, Law::Hypergeometric, (0.006, 0.015), 0.1, Lang::En)).unwrap();
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 3);
        assert!(series[0]["markPoint"].is_null() && series[1]["markPoint"].is_object());
        assert_eq!(series[1]["markPoint"]["data"][1]["xAxis"], 1.5);
        assert_eq!(series[1]["markPoint"]["data"][1]["yAxis"], 0.460_712, "C(985, 50) / C(1000, 50)");
        assert_eq!(series[0]["data"][0], serde_json::json!([0.0, 1.0]));
    }
}
