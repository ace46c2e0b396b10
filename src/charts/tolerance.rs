//! Tolerance charts: the process's normal curve with the limits and the out-of-tolerance tails
//! shaded, and the scrap as the mean drifts.

use super::{base, density_chart, plot, plot_fine, value_axis, Spec};
use crate::engine::normal;
use crate::engine::tolerance::ToleranceInput;
use crate::i18n::Lang;
use crate::t;
use charming::series::Line;

/// Points of the curve across the view.
const CURVE_POINTS: usize = 161;

pub fn process_curve(input: &ToleranceInput, lang: Lang) -> Spec {
    let ToleranceInput { mean, sd, lower, upper } = *input;
    // The whole bell and both limits, with a little room either side.
    let start = (mean - 4.0 * sd).min(lower - 0.5 * sd);
    let end = (mean + 4.0 * sd).max(upper + 0.5 * sd);
    let step = (end - start) / (CURVE_POINTS - 1) as f64;
    let density = |x: f64| normal::density((x - mean) / sd) / sd;
    let points: Vec<(f64, f64)> = (0..CURVE_POINTS).map(|k| start + step * k as f64).map(|x| (x, density(x))).collect();
    let tail = |keep: &dyn Fn(f64) -> bool, edge: f64| {
        let mut cut: Vec<Vec<f64>> = points.iter().filter(|(x, _)| keep(*x)).map(|(x, y)| vec![plot_fine(*x), *y]).collect();
        // The tail ends exactly at its limit, whatever the sampling.
        cut.push(vec![plot_fine(edge), density(edge)]);
        cut.sort_by(|a, b| a.first().unwrap_or(&0.0).total_cmp(b.first().unwrap_or(&0.0)));
        cut
    };
    let out = t!("Hors tolérance", "Out of tolerance").get(lang);
    density_chart(
        value_axis(t!("Cote", "Dimension").get(lang)).min(plot_fine(start)).max(plot_fine(end)),
        (t!("Production", "Output").get(lang), &points),
        &[("LSL", lower), ("μ", mean), ("USL", upper)],
        vec![(out, tail(&|x| x <= lower, lower)), (out, tail(&|x| x >= upper, upper))],
        lang,
    )
}

/// Share out of tolerance (%) against the mean's drift from the centre, in standard deviations.
pub fn drift_chart(rows: &[(f64, f64, f64, Option<f64>)], lang: Lang) -> Spec {
    base()
        .x_axis(value_axis(t!("Dérive de la moyenne (en σ)", "Drift of the mean (in σ)").get(lang)))
        .y_axis(value_axis(t!("Hors tolérance (%)", "Out of tolerance (%)").get(lang)).name_gap(48))
        .series(
            Line::new()
                .name(t!("Hors tolérance", "Out of tolerance").get(lang))
                .data(rows.iter().map(|(shift, _, out, _)| vec![*shift, plot(out * 100.0)]).collect::<Vec<_>>()),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn both_tails_end_at_their_limits() {
        let input = ToleranceInput { mean: 50.02, sd: 0.02, lower: 49.94, upper: 50.06 };
        let json: Value = serde_json::to_value(process_curve(&input, Lang::En)).unwrap();
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 3);
        assert_eq!(series[1]["name"], series[2]["name"], "one legend entry for both tails");
        assert_eq!(series[1]["data"].as_array().unwrap().last().unwrap()[0], 49.94);
        assert_eq!(series[2]["data"][0][0], 50.06);
        assert!(series[2]["data"].as_array().unwrap().iter().all(|p| p[0].as_f64().unwrap() >= 50.06));
        assert_eq!(series[0]["markLine"]["data"][2]["name"], "USL");
    }
}
