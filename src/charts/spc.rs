//! Control charts: sample means against the centre line, the control limits and the zone lines,
//! flagged samples marked; sample ranges against their limits. Horizontal lines are series of
//! their own (same name, one legend entry), as a mark line cannot style each of its lines.

use super::{base, plot_fine, value_axis, Spec};
use crate::engine::spc::Charts;
use crate::i18n::{Lang, Text};
use crate::t;
use charming::element::{LineStyle, LineStyleType, MarkPoint, MarkPointData};
use charming::series::Line;

fn samples_axis(count: usize, lang: Lang) -> charming::component::Axis {
    value_axis(t!("Échantillon", "Sample").get(lang)).min(1).max(count.max(2) as f64)
}

/// A horizontal line across the samples.
fn level(name: Text, y: f64, count: usize, style: LineStyleType, lang: Lang) -> Line {
    Line::new()
        .name(name.get(lang))
        .show_symbol(false)
        .line_style(LineStyle::new().type_(style).width(1))
        .data(vec![vec![1.0, plot_fine(y)], vec![count.max(2) as f64, plot_fine(y)]])
}

fn points(values: &[f64]) -> Vec<Vec<f64>> {
    values.iter().enumerate().map(|(i, v)| vec![(i + 1) as f64, plot_fine(*v)]).collect()
}

const CENTRE: Text = t!("Ligne centrale", "Centre line");
const LIMITS: Text = t!("Limites de contrôle", "Control limits");

/// x̄ chart: the means, the centre and limits, the ±1σ and ±2σ zone lines, flagged samples.
pub fn mean_chart(c: &Charts, lang: Lang) -> Spec {
    let count = c.means.len();
    let mut flagged: Vec<usize> = c.flags.iter().map(|(_, i)| *i).collect();
    flagged.sort_unstable();
    flagged.dedup();
    let marks: Vec<MarkPointData> = flagged
        .iter()
        .filter_map(|i| Some(MarkPointData::new().name("!").x_axis((i + 1) as f64).y_axis(plot_fine(*c.means.get(*i)?))))
        .collect();
    let padding = 3.5 * c.sd_mean;
    let low = c.means.iter().copied().fold(c.grand_mean - padding, f64::min);
    let high = c.means.iter().copied().fold(c.grand_mean + padding, f64::max);
    let zones = t!("Zones ±1σ et ±2σ", "Zones ±1σ and ±2σ");
    let mut chart = base()
        .x_axis(samples_axis(count, lang))
        .y_axis(
            value_axis(t!("Moyenne de l’échantillon x̄", "Sample mean x̄").get(lang)).name_gap(64).min(plot_fine(low)).max(plot_fine(high)),
        )
        .series(Line::new().name("x̄").data(points(&c.means)).mark_point(MarkPoint::new().data(marks)))
        .series(level(CENTRE, c.grand_mean, count, LineStyleType::Solid, lang))
        .series(level(LIMITS, c.upper, count, LineStyleType::Dashed, lang))
        .series(level(LIMITS, c.lower, count, LineStyleType::Dashed, lang));
    for k in [1.0, 2.0, -1.0, -2.0] {
        chart = chart.series(level(zones, c.grand_mean + k * c.sd_mean, count, LineStyleType::Dotted, lang));
    }
    chart
}

/// R chart: the ranges, their mean and limits.
pub fn range_chart(c: &Charts, lang: Lang) -> Spec {
    let count = c.ranges.len();
    base()
        .x_axis(samples_axis(count, lang))
        .y_axis(value_axis(t!("Étendue de l’échantillon R", "Sample range R").get(lang)).name_gap(64))
        .series(Line::new().name("R").data(points(&c.ranges)))
        .series(level(CENTRE, c.mean_range, count, LineStyleType::Solid, lang))
        .series(level(LIMITS, c.range_upper, count, LineStyleType::Dashed, lang))
        .series(level(LIMITS, c.range_lower, count, LineStyleType::Dashed, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::spc::{charts, RULES};
    use serde_json::Value;

    #[test]
    fn flagged_samples_are_marked_and_limits_drawn() {
        let samples: Vec<Vec<f64>> =
            (0..10).map(|i| if i == 9 { vec![9.0, 9.2] } else { vec![f64::from(i % 2), f64::from(i % 2) + 0.5] }).collect();
        let c = charts(&samples, &RULES).unwrap();
        let json: Value = serde_json::to_value(mean_chart(&c, Lang::En)).unwrap();
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 8);
        let marked: Vec<f64> = series[0]["markPoint"]["data"].as_array().unwrap().iter().map(|m| m["xAxis"].as_f64().unwrap()).collect();
        assert!(marked.contains(&10.0), "sample 10 is beyond 3σ: {marked:?}");
        assert_eq!(
            marked.len(),
            c.flags.iter().map(|f| f.1).collect::<std::collections::BTreeSet<_>>().len(),
            "one mark per flagged sample"
        );
        assert_eq!(series[2]["name"], series[3]["name"], "one legend entry for both limits");
        assert_eq!(series[2]["data"][0][1], plot_fine(c.upper));
    }
}
