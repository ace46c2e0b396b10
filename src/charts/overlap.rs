//! The lot's way through the stations: one bar per station from its first part started to its
//! last part done, with the same bars for the whole lot moved at once beside them.

use super::{base, plot, value_axis, Spec};
use crate::engine::overlap::StationRun;
use crate::i18n::{Lang, Text};
use charming::component::Axis;
use charming::element::{AxisType, ItemStyle, Tooltip, Trigger};
use charming::series::Bar;

/// `names`: the time axis, then the chosen transfer's bars and the whole lot's.
pub fn gantt(stations: &[String], chosen: &[StationRun], whole: &[StationRun], names: [Text; 3], lang: Lang) -> Spec {
    let [axis, chosen_name, whole_name] = names.map(|n| n.get(lang));
    let offset = |stack: &str, runs: &[StationRun]| {
        Bar::new()
            .name(format!("{stack} "))
            .stack(stack)
            .item_style(ItemStyle::new().color("transparent"))
            .data(runs.iter().map(|r| plot(r.start)).collect::<Vec<_>>())
    };
    let span = |name: &str, stack: &str, runs: &[StationRun]| {
        Bar::new().name(name).stack(stack).data(runs.iter().map(|r| plot(r.end - r.start)).collect::<Vec<_>>())
    };
    base()
        .legend(charming::component::Legend::new().top(0).data(vec![chosen_name, whole_name]))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(value_axis(axis).min(0))
        .y_axis(Axis::new().type_(AxisType::Category).inverse(true).data(stations.to_vec()))
        .series(offset("chosen", chosen))
        .series(span(chosen_name, "chosen", chosen))
        .series(offset("whole", whole))
        .series(span(whole_name, "whole", whole))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::overlap::{fig_4_8, solve, Transfer};
    use crate::t;

    #[test]
    fn fig_4_9_against_the_whole_lot() {
        let split = solve(&fig_4_8(Transfer::Split)).unwrap();
        let whole = solve(&fig_4_8(Transfer::Whole)).unwrap();
        let names = [t!("t", "t"), t!("a", "a"), t!("b", "b")];
        let json = serde_json::to_value(gantt(
            &["1".into(), "2".into(), "3".into(), "4".into()],
            &split.stations,
            &whole.stations,
            names,
            Lang::En,
        ))
        .unwrap();
        // Station 4 starts at 834 and ends at 1834 with two lots; 1860 → 2860 with the whole lot.
        assert_eq!(json["series"][0]["data"][3], 834.0);
        assert_eq!(json["series"][1]["data"][3], 1000.0);
        assert_eq!(json["series"][2]["data"][3], 1860.0);
    }
}
