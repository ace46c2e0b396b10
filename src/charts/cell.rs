//! The cell day by day: the work in each buffer at the start of the day and the cell's output.

use super::{base, value_axis, Spec};
use crate::engine::cell::Day;
use crate::i18n::{Lang, Text};
use charming::element::Step;
use charming::series::Line;

/// `names`: the day axis, the parts axis, then the lines' (WIP 1, WIP 2, output).
pub fn daily_chart(days: &[Day], names: [Text; 5], lang: Lang) -> Spec {
    let [day_axis, parts_axis, wip1, wip2, out] = names.map(|n| n.get(lang));
    #[allow(clippy::cast_precision_loss)] // at most a few dozen days
    let series =
        |value: fn(&Day) -> u32| days.iter().enumerate().map(|(d, day)| vec![(d + 1) as f64, f64::from(value(day))]).collect::<Vec<_>>();
    base()
        .x_axis(value_axis(day_axis).min(1).max(days.len().max(2) as f64))
        .y_axis(value_axis(parts_axis).min(0))
        .series(Line::new().name(wip1).step(Step::End).data(series(|d| d.wip[0])))
        .series(Line::new().name(wip2).step(Step::End).data(series(|d| d.wip[1])))
        .series(Line::new().name(out).data(series(|d| d.prods[2])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::cell::{course_draws, replay, simulate, Variant};
    use crate::t;

    #[test]
    fn fig_4_2_buffers_and_output() {
        let (days, _) = simulate(Variant::Capped, 10, replay(course_draws(Variant::Capped)), 10);
        let names = [t!("d", "d"), t!("p", "p"), t!("1", "1"), t!("2", "2"), t!("o", "o")];
        let json = serde_json::to_value(daily_chart(&days, names, Lang::En)).unwrap();
        assert_eq!(json["series"][1]["data"][8], serde_json::json!([9.0, 0.0]));
        assert_eq!(json["series"][2]["data"][9], serde_json::json!([10.0, 3.0]));
    }
}
