//! Production strategies and the decoupling point: where along the chain the stock sits, and so
//! how long the customer waits and how much can be made to the customer's wish.
//!
//! ```text
//! chain:  supplier →(buy) components →(make) sub-assemblies →(assemble) finished goods →(ship) customer
//! MTS  stock of finished goods   customer lead time = ship                                 standard only
//! ATO  stock of sub-assemblies   = assemble + ship                                         options
//! MTO  stock of components       = make + assemble + ship                                  specific
//! ETO  no stock                  = design + buy + make + assemble + ship                   designed to order
//! ```
//! A strategy fits when its customer lead time is within the delay the market accepts and it can
//! give the customisation wanted. The one advised holds the least stock (the stock furthest
//! upstream) among those that fit: everything downstream of the stock is pulled by orders.

use super::rng::Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strategy {
    Mts,
    Ato,
    Mto,
    Eto,
}

impl Strategy {
    pub const ALL: [Self; 4] = [Self::Mts, Self::Ato, Self::Mto, Self::Eto];
}

/// How far the product is made to the customer's wish, least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Customisation {
    #[default]
    Standard,
    Options,
    Specific,
    Design,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StrategyInput {
    /// Days per stage: engineering per order, purchasing, making parts and sub-assemblies, final
    /// assembly, delivery.
    pub design: f64,
    pub buy: f64,
    pub make: f64,
    pub assemble: f64,
    pub ship: f64,
    /// Days the market accepts between order and delivery.
    pub accepted: f64,
    pub customisation: Customisation,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub strategy: Strategy,
    pub lead_time: f64,
    pub on_time: bool,
    pub customisable: bool,
}

impl Fit {
    pub fn fits(&self) -> bool {
        self.on_time && self.customisable
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct StrategySolution {
    pub fits: Vec<Fit>,
    /// The strategy with the least stock among those that fit; `None` when none fits.
    pub advised: Option<Strategy>,
}

/// The most customisation a strategy can give.
fn reach(strategy: Strategy) -> Customisation {
    match strategy {
        Strategy::Mts => Customisation::Standard,
        Strategy::Ato => Customisation::Options,
        Strategy::Mto => Customisation::Specific,
        Strategy::Eto => Customisation::Design,
    }
}

pub fn lead_time(input: &StrategyInput, strategy: Strategy) -> f64 {
    let StrategyInput { design, buy, make, assemble, ship, .. } = *input;
    match strategy {
        Strategy::Mts => ship,
        Strategy::Ato => assemble + ship,
        Strategy::Mto => make + assemble + ship,
        Strategy::Eto => design + buy + make + assemble + ship,
    }
}

pub fn solve(input: &StrategyInput) -> StrategySolution {
    let fits: Vec<Fit> = Strategy::ALL
        .iter()
        .map(|&strategy| {
            let lead_time = lead_time(input, strategy);
            Fit { strategy, lead_time, on_time: lead_time <= input.accepted, customisable: reach(strategy) >= input.customisation }
        })
        .collect();
    // Designing per order is only for a customer who needs a design of their own.
    let advised = fits
        .iter()
        .filter(|f| f.fits() && (f.strategy != Strategy::Eto || input.customisation == Customisation::Design))
        .map(|f| f.strategy)
        .max();
    StrategySolution { fits, advised }
}

/// A product and a market: stage times, the delay accepted, the customisation wanted.
pub fn exercise(seed: u64) -> StrategyInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers of days
    let mut days = |low: i64, high: i64| rng.int(low, high) as f64;
    let (design, buy, make, assemble, ship) = (days(10, 40), days(5, 30), days(3, 20), days(1, 6), days(1, 4));
    let accepted = days(2, 40);
    let customisation = rng.pick(&[Customisation::Standard, Customisation::Options, Customisation::Specific]);
    StrategyInput { design, buy, make, assemble, ship, accepted, customisation }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(accepted: f64, customisation: Customisation) -> StrategyInput {
        StrategyInput { design: 20.0, buy: 15.0, make: 10.0, assemble: 3.0, ship: 2.0, accepted, customisation }
    }

    #[test]
    fn the_stock_sits_as_far_upstream_as_the_delay_allows() {
        let lead: Vec<f64> = solve(&furniture(30.0, Customisation::Standard)).fits.iter().map(|f| f.lead_time).collect();
        assert_eq!(lead, [2.0, 5.0, 15.0, 50.0]);
        assert_eq!(solve(&furniture(30.0, Customisation::Standard)).advised, Some(Strategy::Mto), "15 days fit: no finished stock needed");
        assert_eq!(solve(&furniture(7.0, Customisation::Options)).advised, Some(Strategy::Ato));
        assert_eq!(solve(&furniture(3.0, Customisation::Standard)).advised, Some(Strategy::Mts));
        assert_eq!(solve(&furniture(60.0, Customisation::Design)).advised, Some(Strategy::Eto));
    }

    #[test]
    fn customisation_and_delay_can_clash() {
        let s = solve(&furniture(3.0, Customisation::Options));
        assert_eq!(s.advised, None, "options need assembly to order: 5 days, not 3");
        assert!(s.fits[0].on_time && !s.fits[0].customisable);
        assert!(!s.fits[1].on_time && s.fits[1].customisable);
    }

    #[test]
    fn exercises_are_well_formed() {
        for seed in 0..100 {
            let s = solve(&exercise(seed));
            assert_eq!(s.fits.len(), 4);
        }
    }
}
