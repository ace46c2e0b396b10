//! The run-out timeline: each product's lot on the line and its shortage before, as bars offset
//! from day 0.

use super::{base, plot, value_axis, Spec};
use crate::i18n::{Lang, Text};
use charming::component::{Axis, Legend};
use charming::element::{AxisType, Color, ItemStyle, Tooltip, Trigger};
use charming::series::Bar;

/// One product on the timeline: its name, its lot (start, end) and its shortage (from, days).
pub type Row = (String, Option<(f64, f64)>, Option<(f64, f64)>);

/// `names`: the day axis, the lot bars', the shortage bars'.
pub fn timeline(rows: &[Row], names: [Text; 3], lang: Lang) -> Spec {
    let [axis, lot, short] = names.map(|n| n.get(lang));
    let pick = |f: &dyn Fn(&Row) -> f64| rows.iter().map(|r| plot(f(r))).collect::<Vec<_>>();
    let hidden = |stack: &str, data: Vec<f64>| {
        Bar::new().name(format!("{stack} ")).stack(stack).item_style(ItemStyle::new().color("transparent")).data(data)
    };
    base()
        .legend(Legend::new().top(0).data(vec![lot, short]))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        // From near the first bar: priority rules' orders run on days 125 to 133.
        .x_axis(value_axis(axis).scale(true))
        .y_axis(Axis::new().type_(AxisType::Category).inverse(true).data(rows.iter().map(|r| r.0.clone()).collect()))
        .series(hidden("lot", pick(&|r| r.1.map_or(0.0, |m| m.0))))
        .series(Bar::new().name(lot).stack("lot").data(pick(&|r| r.1.map_or(0.0, |m| m.1 - m.0))))
        .series(hidden("short", pick(&|r| r.2.map_or(0.0, |s| s.0))))
        .series(
            Bar::new()
                .name(short)
                .stack("short")
                .item_style(ItemStyle::new().color(Color::from("#D55E00")))
                .data(pick(&|r| r.2.map_or(0.0, |s| s.1))),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::t;

    #[test]
    fn lots_and_shortages_offset_from_day_0() {
        let rows = vec![("C".to_owned(), Some((8.0, 11.0)), Some((7.5, 0.5)))];
        let json = serde_json::to_value(timeline(&rows, [t!("d", "d"), t!("l", "l"), t!("s", "s")], Lang::En)).unwrap();
        assert_eq!(json["series"][0]["data"][0], 8.0);
        assert_eq!(json["series"][1]["data"][0], 3.0);
        assert_eq!(json["series"][2]["data"][0], 7.5);
        assert_eq!(json["series"][3]["data"][0], 0.5);
    }
}
