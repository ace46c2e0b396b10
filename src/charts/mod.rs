//! Chart specifications as plain data: pure functions from a solution to an ECharts option
//! (charming types), so they are tested as JSON on the host. The browser side only hands the
//! JSON to ECharts. Every chart sits next to a table with the same numbers.
//!
//! A chart is a [`Spec`]: the charming parts Atelier uses (axes, legend, tooltip, grid, line and
//! bar series), serialised part by part. Serialising a whole `charming::Chart` compiles the
//! serializer of every component and series type ECharts has — measured at 32 KiB of gzip wasm,
//! a tenth of the page — for the handful of parts we draw.

pub mod abc;
pub mod cell;
pub mod crashing;
pub mod eoq;
pub mod io_control;
pub mod kanban;
pub mod overlap;
pub mod pert;
pub mod plan;
pub mod policies;
pub mod reorder_point;
pub mod runout;
pub mod sampling;
pub mod spc;
pub mod tolerance;

use crate::i18n::Lang;
use crate::t;
use charming::component::{Axis, Grid, Legend};
use charming::element::{
    AreaStyle, AxisType, Color, Label, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, NameLocation, Symbol, Tooltip,
    Trigger,
};
use charming::series::{Bar, Line};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde::Serialize as DeriveSerialize;

/// One series of a [`Spec`].
#[derive(Debug, Clone)]
pub enum Part {
    Line(Box<Line>),
    Bar(Box<Bar>),
    LargeBar(Box<LargeBar>),
}

/// Hundreds of bars drawn as one shape: ECharts' `large` mode, which charming does not name.
/// Measured at 500 bars: 11 ms a redraw instead of 32. Its own small struct: going through
/// `serde_json::Value` to add the flag to a charming `Bar` cost 9 KB of wasm.
#[derive(Debug, Clone, DeriveSerialize)]
#[serde(rename_all = "camelCase")]
pub struct LargeBar {
    #[serde(rename = "type")]
    kind: &'static str,
    name: String,
    large: bool,
    bar_gap: &'static str,
    /// (category index, value) pairs.
    data: Vec<[f64; 2]>,
}

impl LargeBar {
    /// Bars overlaid in one slot per category (`barGap: -100%`), as several class series need.
    pub fn overlaid(name: String, data: Vec<[f64; 2]>) -> Self {
        Self { kind: "bar", name, large: true, bar_gap: "-100%", data }
    }
}

impl From<Line> for Part {
    fn from(line: Line) -> Self {
        Self::Line(Box::new(line))
    }
}

impl From<Bar> for Part {
    fn from(bar: Bar) -> Self {
        Self::Bar(Box::new(bar))
    }
}

impl Serialize for Part {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Line(line) => line.serialize(serializer),
            Self::Bar(bar) => bar.serialize(serializer),
            Self::LargeBar(bar) => bar.serialize(serializer),
        }
    }
}

/// An ECharts option made of the parts Atelier draws, built like a `charming::Chart`.
#[derive(Debug, Clone, Default)]
pub struct Spec {
    colors: Vec<Color>,
    legend: Option<Legend>,
    tooltip: Option<Tooltip>,
    grid: Option<Grid>,
    x_axis: Vec<Axis>,
    y_axis: Vec<Axis>,
    series: Vec<Part>,
}

impl Spec {
    #[must_use]
    pub fn legend(mut self, legend: Legend) -> Self {
        self.legend = Some(legend);
        self
    }

    #[must_use]
    pub fn tooltip(mut self, tooltip: Tooltip) -> Self {
        self.tooltip = Some(tooltip);
        self
    }

    #[must_use]
    pub fn x_axis(mut self, axis: Axis) -> Self {
        self.x_axis.push(axis);
        self
    }

    #[must_use]
    pub fn y_axis(mut self, axis: Axis) -> Self {
        self.y_axis.push(axis);
        self
    }

    #[must_use]
    pub fn series(mut self, series: impl Into<Part>) -> Self {
        self.series.push(series.into());
        self
    }

    /// The option as the JSON ECharts reads.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// One axis is written as an object, several as an array, as ECharts reads both.
struct Axes<'a>(&'a [Axis]);

impl Serialize for Axes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            [one] => one.serialize(serializer),
            many => many.serialize(serializer),
        }
    }
}

impl Serialize for Spec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        // No animation: a redraw must fit in a frame.
        map.serialize_entry("animation", &false)?;
        map.serialize_entry("color", &self.colors)?;
        if let Some(legend) = &self.legend {
            map.serialize_entry("legend", legend)?;
        }
        if let Some(tooltip) = &self.tooltip {
            map.serialize_entry("tooltip", tooltip)?;
        }
        if let Some(grid) = &self.grid {
            map.serialize_entry("grid", grid)?;
        }
        map.serialize_entry("xAxis", &Axes(&self.x_axis))?;
        map.serialize_entry("yAxis", &Axes(&self.y_axis))?;
        map.serialize_entry("series", &self.series)?;
        map.end()
    }
}

/// Colour-blind-safe palette (Okabe–Ito), dark enough on white for the lines' contrast.
pub const PALETTE: [&str; 6] = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];

/// A chart with the app's defaults: palette, legend on top, axis tooltip, no animation.
pub fn base() -> Spec {
    Spec {
        colors: PALETTE.iter().map(|c| Color::from(*c)).collect(),
        legend: Some(Legend::new().top(0)),
        tooltip: Some(Tooltip::new().trigger(Trigger::Axis)),
        // Room above the plot for a legend that wraps to two lines on a phone, so it never
        // overlaps the axis name or the mark labels.
        grid: Some(Grid::new().left(64).right(24).top(64).bottom(48)),
        ..Spec::default()
    }
}

pub fn value_axis(name: &str) -> Axis {
    Axis::new().type_(AxisType::Value).name(name).name_location(NameLocation::Middle).name_gap(32)
}

/// A density curve with dashed vertical markers at `marks` (name, x) and shaded parts of it
/// (`areas`, points already cut at their edges; parts with the same name share a legend entry):
/// the normal curves of the reorder point, PERT and tolerances.
pub fn density_chart(
    x_axis: Axis,
    curve: (&str, &[(f64, f64)]),
    marks: &[(&str, f64)],
    areas: Vec<(&str, Vec<Vec<f64>>)>,
    lang: Lang,
) -> Spec {
    let marks = MarkLine::new()
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(LineStyle::new().type_(LineStyleType::Dashed))
        .label(Label::new().formatter("{b}"))
        .data(marks.iter().map(|(name, x)| MarkLineVariant::Simple(MarkLineData::new().name(*name).x_axis(plot_fine(*x)))).collect());
    let mut chart = base().x_axis(x_axis).y_axis(value_axis(t!("Densité", "Density").get(lang)).name_gap(56)).series(
        Line::new()
            .name(curve.0)
            .show_symbol(false)
            .data(curve.1.iter().map(|(x, y)| vec![plot_fine(*x), *y]).collect::<Vec<_>>())
            .mark_line(marks),
    );
    for (name, points) in areas {
        chart = chart.series(Line::new().name(name).show_symbol(false).area_style(AreaStyle::new().opacity(0.45)).data(points));
    }
    chart
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

/// Rounds a plotted value to six significant digits so the chart's JSON stays short. Relative,
/// not to three decimals: costs of a few thousandths (the EOQ of `N=1&L=0.01&a=0.01&p=0.01`)
/// were drawn as stairs dropping to 0.
pub fn plot(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let digits = 5.0 - value.abs().log10().floor();
    // Beyond ±300 the scale itself overflows; such a value is short enough as it is.
    if digits.abs() > 300.0 {
        return value;
    }
    let scale = 10f64.powf(digits);
    (value * scale).round() / scale
}

/// Like [`plot`] to six decimals: positions on a density curve, where a dimension may be given
/// to the micrometre and a spread be a few of them.
pub fn plot_fine(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
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

    #[test]
    fn plotted_values_keep_six_significant_digits() {
        assert_eq!(plot(0.001_234_567_8), 0.001_234_57);
        assert_eq!(plot(-0.000_5), -0.000_5);
        assert_eq!(plot(2_828.427_125), 2_828.43);
        assert_eq!(plot(102_000.4), 102_000.0);
        assert_eq!(plot(0.0), 0.0);
        assert_eq!(plot(1e-308), 1e-308);
    }
}
