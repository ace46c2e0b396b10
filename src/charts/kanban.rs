//! Cards against the replenishment delay: the exact D·P·(1 + S)/Q as a line, the whole cards as
//! steps above it.

use super::{base, plot, value_axis, Spec};
use crate::i18n::{Lang, Text};
use charming::element::{LineStyle, LineStyleType, Step};
use charming::series::Line;

/// `exact` are (delay, D·P·(1 + S)/Q) points of the line; `cards` are (delay, N) where N steps
/// up, each N holding back to the previous point; `names` the axes' (delay, cards) then the
/// lines' (exact, cards).
pub fn delay_chart(exact: &[(f64, f64)], cards: &[(f64, f64)], names: [Text; 4], lang: Lang) -> Spec {
    let [delay, cards_axis, exact_name, cards_name] = names.map(|n| n.get(lang));
    let points = |p: &[(f64, f64)]| p.iter().map(|(x, y)| vec![plot(*x), plot(*y)]).collect::<Vec<_>>();
    base()
        .x_axis(value_axis(delay).min(0))
        .y_axis(value_axis(cards_axis).min(0))
        .series(
            Line::new().name(exact_name).show_symbol(false).line_style(LineStyle::new().type_(LineStyleType::Dashed)).data(points(exact)),
        )
        .series(Line::new().name(cards_name).show_symbol(false).step(Step::Start).data(points(cards)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::t;

    #[test]
    fn exact_and_stepped_cards() {
        let names = [t!("P", "P"), t!("N", "N"), t!("x", "x"), t!("n", "n")];
        let json = serde_json::to_value(delay_chart(&[(0.0, 0.0), (1.0, 22.0)], &[(0.0, 0.0), (0.05, 1.0)], names, Lang::En)).unwrap();
        assert_eq!(json["series"][1]["step"], "start");
        assert_eq!(json["series"][1]["data"][1], serde_json::json!([0.05, 1.0]));
    }
}
