//! The profit of each mix as a stacked bar, one slice per product.

use super::{base, plot, value_axis, Spec};
use crate::i18n::{Lang, Text};
use charming::component::Axis;
use charming::element::AxisType;
use charming::series::Bar;

/// `profits[m][p]`: product p's profit in mix m; `mixes` name the bars, `products` the slices.
pub fn profit_chart(products: &[String], mixes: &[Text], profits: &[Vec<f64>], axis: Text, lang: Lang) -> Spec {
    let mut chart = base()
        .x_axis(Axis::new().type_(AxisType::Category).data(mixes.iter().map(|m| m.get(lang).to_owned()).collect()))
        .y_axis(value_axis(axis.get(lang)).name_gap(64).min(0));
    for (p, product) in products.iter().enumerate() {
        let data: Vec<f64> = profits.iter().map(|mix| plot(mix.get(p).copied().unwrap_or(0.0))).collect();
        chart = chart.series(Bar::new().name(product.as_str()).stack("mix").data(data));
    }
    chart
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::t;

    #[test]
    fn one_stacked_slice_per_product() {
        let mixes = [t!("a", "a"), t!("b", "b")];
        let json = serde_json::to_value(profit_chart(
            &["P1".into(), "P2".into()],
            &mixes,
            &[vec![50_000.0, 68_000.0], vec![9000.0, 150_000.0]],
            t!("p", "p"),
            Lang::En,
        ))
        .unwrap();
        assert_eq!(json["series"][1]["data"], serde_json::json!([68_000.0, 150_000.0]));
        assert_eq!(json["series"][0]["stack"], "mix");
    }
}
