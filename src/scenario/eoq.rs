//! The EOQ/EPQ lesson's editable scenario, presets, link parameters and exercises.

use super::exercise::{Question, Tolerance};
use super::lesson::{LessonScenario, Preset};
use super::links::{number_param, Params, Range};
use super::storage::Schema;
use crate::engine::eoq::{self, EoqError, EoqInput, EoqSolution};
use crate::engine::rng::Rng;
use crate::t;
use serde::{Deserialize, Serialize};

/// Field names are the course's symbols, which are also the link parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EoqScenario {
    #[serde(rename = "N")]
    pub n: f64,
    #[serde(rename = "L")]
    pub l: f64,
    pub a: f64,
    pub p: f64,
    #[serde(rename = "PR", default)]
    pub pr: Option<f64>,
    #[serde(rename = "CO", default)]
    pub co: Option<f64>,
    /// The lot the learner compares with the optimum.
    #[serde(rename = "Q", default)]
    pub q: Option<f64>,
}

impl Default for EoqScenario {
    fn default() -> Self {
        Self { n: 1000.0, l: 10.0, a: 5.0, p: 0.1, pr: None, co: None, q: None }
    }
}

/// Valid ranges, shared by links, fields and docs/links.md. `p` stops at 5 (500 %/year) because a
/// larger value is almost always a percentage typed where a fraction is expected.
pub const RANGE_N: Range = Range::POSITIVE;
pub const RANGE_L: Range = Range::POSITIVE;
pub const RANGE_A: Range = Range::POSITIVE;
pub const RANGE_P: Range = Range::between(super::links::Bound::Exclusive(0.0), super::links::Bound::Inclusive(5.0));
pub const RANGE_RATE: Range = Range::POSITIVE;
pub const RANGE_Q: Range = Range::POSITIVE;

impl Schema for EoqScenario {
    const NAME: &'static str = "eoq";
    const VERSION: u32 = 1;
}

impl EoqScenario {
    pub fn input(&self) -> EoqInput {
        EoqInput {
            annual_demand: self.n,
            order_cost: self.l,
            unit_price: self.a,
            holding_rate: self.p,
            production_rate: self.pr,
            consumption_rate: self.co,
            compare_lot: self.q,
        }
    }
}

impl LessonScenario for EoqScenario {
    type Solution = EoqSolution;
    type Error = EoqError;
    const LESSON: &'static str = "eoq";

    fn presets() -> Vec<Preset<Self>> {
        vec![
            Preset {
                slug: "wilson-basic",
                title: t!("Wilson : 1 000 unités par an", "Wilson: 1,000 units a year"),
                scenario: Self::default(),
            },
            Preset {
                slug: "flat-bottom",
                title: t!("Fond plat : commander 20 % de trop", "Flat bottom: ordering 20% too much"),
                scenario: Self { n: 12_000.0, l: 75.0, a: 8.5, p: 0.25, pr: None, co: None, q: Some(1_000.0) },
            },
            Preset {
                slug: "epq-workshop",
                title: t!("Production en continu (EPQ)", "Gradual production (EPQ)"),
                scenario: Self { n: 18_000.0, l: 400.0, a: 12.0, p: 0.2, pr: Some(300.0), co: Some(75.0), q: None },
            },
        ]
    }

    fn write_params(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("N".to_owned(), number_param(self.n)),
            ("L".to_owned(), number_param(self.l)),
            ("a".to_owned(), number_param(self.a)),
            ("p".to_owned(), number_param(self.p)),
        ];
        for (name, value) in [("PR", self.pr), ("CO", self.co), ("Q", self.q)] {
            if let Some(value) = value {
                out.push((name.to_owned(), number_param(value)));
            }
        }
        out
    }

    fn apply_params(&mut self, params: &mut Params) {
        for (name, range, slot) in
            [("N", RANGE_N, &mut self.n), ("L", RANGE_L, &mut self.l), ("a", RANGE_A, &mut self.a), ("p", RANGE_P, &mut self.p)]
        {
            if let Some(value) = params.number(name, range) {
                *slot = value;
            }
        }
        for (name, range, slot) in [("PR", RANGE_RATE, &mut self.pr), ("CO", RANGE_RATE, &mut self.co), ("Q", RANGE_Q, &mut self.q)] {
            if let Some(value) = params.number(name, range) {
                *slot = Some(value);
            }
        }
    }

    fn solve(&self) -> Result<EoqSolution, EoqError> {
        eoq::solve(&self.input())
    }

    fn exercise(seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let n = rng.step(1_200, 60_000, 100) as f64;
        let l = rng.step(20, 400, 5) as f64;
        let a = rng.pick(&[2.5, 4.0, 6.0, 8.0, 12.5, 15.0, 24.0, 40.0, 75.0, 120.0]);
        let p = rng.pick(&[0.1, 0.15, 0.2, 0.25, 0.3]);
        // One exercise in three has gradual production, so students meet both formulas.
        let (pr, co) = if rng.int(0, 2) == 0 {
            let co = rng.step(20, 200, 10) as f64;
            let pr = co * rng.pick(&[1.5, 2.0, 2.5, 4.0, 5.0]);
            (Some(pr), Some(co))
        } else {
            (None, None)
        };
        Self { n, l, a, p, pr, co, q: None }
    }

    fn questions(solution: &EoqSolution) -> Vec<Question> {
        let within = Tolerance::Relative(0.01);
        vec![
            Question {
                id: "q",
                label: t!("Lot économique Q* (unités)", "Optimal lot Q* (units)"),
                expected: solution.lot,
                tolerance: within,
                decimals: 1,
            },
            Question {
                id: "cost",
                label: t!("Coût annuel commande + possession", "Annual ordering + holding cost"),
                expected: solution.annual_cost,
                tolerance: within,
                decimals: 2,
            },
            Question {
                id: "orders",
                label: t!("Nombre de commandes par an", "Orders per year"),
                expected: solution.orders_per_year,
                tolerance: within,
                decimals: 2,
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::scenario::lesson::{link_params, read_link, Mode};
    use crate::scenario::links::{build_fragment, parse_fragment, LinkProblem};

    #[test]
    fn issue_link_reads_and_solves() {
        let link = parse_fragment("#/eoq?N=1000&L=10&a=5&p=0.1");
        let read = read_link::<EoqScenario>(&link.params);
        assert!(read.problems.is_empty());
        let solution = read.scenario.unwrap().solve().unwrap();
        assert!((solution.lot - 200.0).abs() < 1e-9);
        assert!((solution.annual_cost - 100.0).abs() < 1e-9);
        assert!((solution.orders_per_year - 5.0).abs() < 1e-9);
    }

    #[test]
    fn share_link_round_trips_exactly() {
        for preset in EoqScenario::presets() {
            let fragment = build_fragment("eoq", &link_params(&preset.scenario, None, Lang::Fr));
            let read = read_link::<EoqScenario>(&parse_fragment(&fragment).params);
            assert_eq!(read.scenario.as_ref(), Some(&preset.scenario), "{}", preset.slug);
            assert_eq!(read.lang, Some(Lang::Fr));
            assert!(read.problems.is_empty());
        }
        let odd = EoqScenario { n: 1234.567, l: 0.1 + 0.2, a: 1e-7, p: 0.3, pr: Some(3.0), co: Some(2.0), q: Some(7.0) };
        let fragment = build_fragment("eoq", &link_params(&odd, None, Lang::En));
        assert_eq!(read_link::<EoqScenario>(&parse_fragment(&fragment).params).scenario, Some(odd));
    }

    #[test]
    fn bad_link_values_fall_back_and_are_named() {
        let read = read_link::<EoqScenario>(&parse_fragment("#/eoq?N=lots&L=0&a=2,5&p=30&foo=1&preset=nope").params);
        let scenario = read.scenario.unwrap();
        assert_eq!(scenario.n, EoqScenario::default().n);
        assert_eq!(scenario.l, EoqScenario::default().l);
        assert_eq!(scenario.a, 2.5);
        assert_eq!(scenario.p, EoqScenario::default().p);
        let named: Vec<&str> = read.problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["preset", "N", "L", "p", "foo"]);
    }

    #[test]
    fn preset_then_override() {
        let read = read_link::<EoqScenario>(&parse_fragment("#/eoq?preset=epq-workshop&N=9000").params);
        assert_eq!(read.preset, Some("epq-workshop"));
        let scenario = read.scenario.unwrap();
        assert_eq!((scenario.n, scenario.pr), (9000.0, Some(300.0)));
    }

    #[test]
    fn exercise_links_and_generator() {
        let read = read_link::<EoqScenario>(&parse_fragment("#/eoq?mode=exercise&seed=42&lang=fr").params);
        assert_eq!((read.mode, read.seed, read.lang, read.scenario), (Mode::Exercise, Some(42), Some(Lang::Fr), None));
        assert_eq!(EoqScenario::exercise(42), EoqScenario::exercise(42));
        for seed in 0..200 {
            let scenario = EoqScenario::exercise(seed);
            let solution = scenario.solve().unwrap();
            let questions = EoqScenario::questions(&solution);
            assert!(questions.iter().all(|q| q.expected.is_finite() && q.expected > 0.0 && q.is_right(q.expected)));
        }
        let bad = read_link::<EoqScenario>(&parse_fragment("#/eoq?mode=exercise&seed=-1").params);
        assert_eq!(bad.seed, None);
        assert_eq!(bad.problems.len(), 1);
    }

    #[test]
    fn stored_json_uses_course_symbols() {
        let json = serde_json::to_string(&EoqScenario::default()).unwrap();
        assert_eq!(json, r#"{"N":1000.0,"L":10.0,"a":5.0,"p":0.1,"PR":null,"CO":null,"Q":null}"#);
        let old: EoqScenario = serde_json::from_str(r#"{"N":1,"L":2,"a":3,"p":0.4}"#).unwrap();
        assert_eq!(old.pr, None);
    }
}
