//! Chart specifications as plain data: pure functions from a solution to an ECharts option
//! (charming types), so they are tested as JSON on the host. The browser side only hands the
//! JSON to ECharts. Every chart sits next to a table with the same numbers.

pub mod abc;
pub mod eoq;
pub mod policies;
pub mod reorder_point;

use crate::i18n::Lang;
use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisLabel, AxisType, Color, NameLocation, Tooltip, Trigger};
use charming::Chart;

/// Colour-blind-safe palette (Okabe–Ito), dark enough on white for the lines' contrast.
pub const PALETTE: [&str; 6] = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];

/// A chart with the app's defaults: legend on top, axis tooltip, no animation (a redraw must fit in a frame).
pub fn base() -> Chart {
    Chart::new()
        .animation(false)
        .color(PALETTE.iter().map(|c| Color::from(*c)).collect())
        .legend(Legend::new().top(0))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(Grid::new().left(64).right(24).top(40).bottom(48))
}

/// A value axis named `name`. ECharts groups thousands with commas whatever the language, which
/// reads as a decimal comma in French ("1,200"): there, labels are printed plain ("1200").
pub fn value_axis(name: &str, lang: Lang) -> Axis {
    let axis = Axis::new().type_(AxisType::Value).name(name).name_location(NameLocation::Middle).name_gap(32);
    match lang {
        Lang::Fr => axis.axis_label(AxisLabel::new().formatter("{value}")),
        Lang::En => axis,
    }
}

/// Rounds a plotted value so the JSON handed to ECharts stays short.
pub fn plot(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}
