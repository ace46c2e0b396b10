//! Chart specifications as plain data: pure functions from a solution to an ECharts option
//! (charming types), so they are tested as JSON on the host. The browser side only hands the
//! JSON to ECharts. Every chart sits next to a table with the same numbers.

pub mod abc;
pub mod eoq;
pub mod policies;
pub mod reorder_point;

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, Color, NameLocation, Tooltip, Trigger};
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

pub fn value_axis(name: &str) -> Axis {
    Axis::new().type_(AxisType::Value).name(name).name_location(NameLocation::Middle).name_gap(32)
}

/// A round number at or below `value` (one significant digit: 565.7 → 500), so an axis that
/// must not start at 0 still starts on a readable tick.
pub fn nice_floor(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 0.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    (value / magnitude).floor() * magnitude
}

/// A round number at or above `value` (one significant digit: 8 485 → 9 000).
pub fn nice_ceil(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 0.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    (value / magnitude).ceil() * magnitude
}

/// Rounds a plotted value so the JSON handed to ECharts stays short.
pub fn plot(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_bounds() {
        assert_eq!(nice_floor(565.685), 500.0);
        assert_eq!(nice_floor(40.0), 40.0);
        assert_eq!(nice_ceil(8485.28), 9000.0);
        assert_eq!(nice_ceil(600.0), 600.0);
        assert_eq!((nice_floor(0.0), nice_ceil(-1.0)), (0.0, 0.0));
    }
}
