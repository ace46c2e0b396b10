//! The inventory-policies lesson's scenario: policy, demand series, parameters, comparison.

use super::exercise::{Question, Tolerance};
use super::lesson::{LessonScenario, Preset};
use super::links::{number_param, LinkProblem, Params, Range};
use super::storage::Schema;
use crate::engine::policies::{self, PolicyError, PolicyInput, PolicyKind, PolicySolution};
use crate::i18n::{format_plain, parse_number, Lang};
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PoliciesScenario {
    pub input: PolicyInput,
    /// A second policy run on the same demand, side by side.
    #[serde(default)]
    pub compare: Option<PolicyKind>,
}

impl Default for PoliciesScenario {
    fn default() -> Self {
        Self { input: policies::fig_2_4(), compare: None }
    }
}

pub const POLICY_SLUGS: &[&str] = &["fixed-fixed", "periodic", "reorder-point", "variable"];
pub const RANGE_LT: Range = Range::NON_NEGATIVE.integer();
pub const RANGE_R: Range = Range::between(super::links::Bound::Inclusive(1.0), super::links::Bound::Inclusive(52.0)).integer();
pub const RANGE_QUANTITY: Range = Range::NON_NEGATIVE;
pub const RANGE_POSITIVE: Range = Range::POSITIVE;
/// Longest demand series a link or the editor accepts.
pub const MAX_PERIODS: usize = 104;

impl Schema for PoliciesScenario {
    const NAME: &'static str = "policies";
    const VERSION: u32 = 1;
}

/// Reads a demand series: numbers separated by spaces, semicolons, tabs or new lines (commas are
/// decimal separators). `Err(position)` names the first entry (from 1) that is not a number ≥ 0.
pub fn parse_demand(text: &str) -> Result<Vec<f64>, usize> {
    let values: Vec<&str> = text.split(|c: char| c == ';' || c.is_whitespace()).filter(|s| !s.is_empty()).collect();
    if values.is_empty() || values.len() > MAX_PERIODS {
        return Err(0);
    }
    values.iter().enumerate().map(|(i, v)| parse_number(v).filter(|d| *d >= 0.0).ok_or(i + 1)).collect()
}

pub fn format_demand(demand: &[f64], lang: Lang) -> String {
    demand.iter().map(|d| format_plain(*d, lang, 6)).collect::<Vec<_>>().join(" ")
}

impl PoliciesScenario {
    pub fn compared(&self) -> Option<PolicyInput> {
        self.compare.map(|kind| PolicyInput { kind, ..self.input.clone() })
    }
}

/// Both runs: the chosen policy and, if asked, the one it is compared with.
#[derive(Debug, Clone, PartialEq)]
pub struct PoliciesSolution {
    pub main: PolicySolution,
    pub compared: Option<PolicySolution>,
}

impl LessonScenario for PoliciesScenario {
    type Solution = PoliciesSolution;
    type Error = PolicyError;
    const LESSON: &'static str = "policies";

    fn presets() -> Vec<Preset<Self>> {
        let fig = policies::fig_2_4();
        vec![
            Preset { slug: "fig-2-4", title: t!("Fig 2.4 : point de commande", "Fig 2.4: reorder point"), scenario: Self::default() },
            Preset {
                slug: "fixed-fixed",
                title: t!("Dates fixes, quantités fixes (tous les 3, Q = 1 000)", "Fixed dates, fixed quantity (every 3, Q = 1,000)"),
                scenario: Self { input: PolicyInput { kind: PolicyKind::FixedFixed, ..fig.clone() }, compare: None },
            },
            Preset {
                slug: "periodic",
                title: t!("Recomplètement (tous les 3, jusqu’à 1 850)", "Order-up-to (every 3, up to 1,850)"),
                scenario: Self { input: PolicyInput { kind: PolicyKind::Periodic, ..fig.clone() }, compare: None },
            },
            Preset {
                slug: "compare-variable",
                title: t!("Point de commande contre dates et quantités variables", "Reorder point versus variable dates and quantities"),
                scenario: Self { input: fig, compare: Some(PolicyKind::Variable) },
            },
        ]
    }

    fn write_params(&self) -> Vec<(String, String)> {
        let i = &self.input;
        let mut out = vec![
            ("policy".to_owned(), i.kind.slug().to_owned()),
            ("demand".to_owned(), i.demand.iter().map(|d| number_param(*d)).collect::<Vec<_>>().join(";")),
        ];
        for (name, value) in [
            ("lt", i.lead_time),
            ("stock0", i.initial_stock),
            ("ss", i.safety_stock),
            ("pc", i.reorder_point),
            ("q", i.lot),
            ("r", i.review_period),
            ("s", i.order_up_to),
            ("L", i.order_cost),
            ("a", i.unit_price),
            ("p", i.holding_rate),
        ] {
            out.push((name.to_owned(), number_param(value)));
        }
        if let Some(kind) = self.compare {
            out.push(("compare".to_owned(), kind.slug().to_owned()));
        }
        out
    }

    fn apply_params(&mut self, params: &mut Params) {
        if let Some(kind) = params.choice("policy", POLICY_SLUGS).and_then(PolicyKind::from_slug) {
            self.input.kind = kind;
        }
        if let Some(kind) = params.choice("compare", POLICY_SLUGS).and_then(PolicyKind::from_slug) {
            self.compare = Some(kind);
        }
        if let Some(raw) = params.raw("demand") {
            match parse_demand(&raw) {
                Ok(demand) => self.input.demand = demand,
                Err(_) => {
                    params.report(LinkProblem::Invalid { param: "demand".to_owned(), value: raw, reason: "d1;d2;… (≥ 0)".to_owned() });
                }
            }
        }
        let i = &mut self.input;
        for (name, range, slot) in [
            ("lt", RANGE_LT, &mut i.lead_time),
            ("stock0", RANGE_QUANTITY, &mut i.initial_stock),
            ("ss", RANGE_QUANTITY, &mut i.safety_stock),
            ("pc", RANGE_QUANTITY, &mut i.reorder_point),
            ("q", RANGE_POSITIVE, &mut i.lot),
            ("r", RANGE_R, &mut i.review_period),
            ("s", RANGE_POSITIVE, &mut i.order_up_to),
            ("L", RANGE_QUANTITY, &mut i.order_cost),
            ("a", RANGE_QUANTITY, &mut i.unit_price),
            ("p", RANGE_QUANTITY, &mut i.holding_rate),
        ] {
            if let Some(value) = params.number(name, range) {
                *slot = value;
            }
        }
    }

    fn solve(&self) -> Result<PoliciesSolution, PolicyError> {
        let main = policies::simulate(&self.input)?;
        let compared = self.compared().map(|input| policies::simulate(&input)).transpose()?;
        Ok(PoliciesSolution { main, compared })
    }

    fn exercise(seed: u64) -> Self {
        Self { input: policies::exercise(seed), compare: None }
    }

    fn questions(solution: &PoliciesSolution) -> Vec<Question> {
        let stock = |period: usize| solution.main.rows.get(period - 1).map_or(0.0, |r| r.stock);
        let exact = Tolerance::Absolute(0.5);
        vec![
            Question {
                id: "stock-3",
                label: t!("Stock à la fin de la période 3", "Stock at the end of period 3"),
                expected: stock(3),
                tolerance: exact,
                decimals: 0,
            },
            Question {
                id: "stock-6",
                label: t!("Stock à la fin de la période 6", "Stock at the end of period 6"),
                expected: stock(6),
                tolerance: exact,
                decimals: 0,
            },
            Question {
                id: "stock-10",
                label: t!("Stock à la fin de la période 10", "Stock at the end of period 10"),
                expected: stock(10),
                tolerance: exact,
                decimals: 0,
            },
            Question {
                id: "orders",
                label: t!("Nombre de commandes lancées", "Number of orders launched"),
                expected: solution.main.summary.orders as f64,
                tolerance: exact,
                decimals: 0,
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::lesson::{link_params, read_link};
    use crate::scenario::links::{build_fragment, parse_fragment};

    #[test]
    fn preset_fig_2_4_reproduces_the_figure() {
        let read = read_link::<PoliciesScenario>(&parse_fragment("#/policies?preset=fig-2-4").params);
        let s = read.scenario.unwrap().solve().unwrap();
        let stocks: Vec<f64> = s.main.rows.iter().map(|r| r.stock).collect();
        assert_eq!(stocks, vec![700.0, 250.0, 1150.0, 700.0, 600.0, 900.0, 450.0, 350.0, 1250.0, 1150.0]);
    }

    #[test]
    fn demand_parsing() {
        assert_eq!(parse_demand("700 450;100\n450\t2,5"), Ok(vec![700.0, 450.0, 100.0, 450.0, 2.5]));
        assert_eq!(parse_demand("10 x 3"), Err(2));
        assert_eq!(parse_demand("10 -3"), Err(2));
        assert_eq!(parse_demand("  "), Err(0));
        assert_eq!(parse_demand(&"1 ".repeat(MAX_PERIODS + 1)), Err(0));
        assert_eq!(parse_demand(&format_demand(&[1.5, 2.0], Lang::Fr)), Ok(vec![1.5, 2.0]));
    }

    #[test]
    fn links_round_trip_and_name_problems() {
        for preset in PoliciesScenario::presets() {
            let fragment = build_fragment("policies", &link_params(&preset.scenario, None, Lang::En));
            let read = read_link::<PoliciesScenario>(&parse_fragment(&fragment).params);
            assert_eq!(read.scenario.as_ref(), Some(&preset.scenario), "{}", preset.slug);
        }
        let read = read_link::<PoliciesScenario>(&parse_fragment("#/policies?demand=1;x&lt=1.5&policy=magic&compare=periodic").params);
        let named: Vec<&str> = read.problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["policy", "demand", "lt"]);
        assert_eq!(read.scenario.unwrap().compare, Some(PolicyKind::Periodic));
    }

    #[test]
    fn comparison_runs_the_same_demand() {
        let scenario = PoliciesScenario { compare: Some(PolicyKind::Periodic), ..PoliciesScenario::default() };
        let s = scenario.solve().unwrap();
        let compared = s.compared.clone().unwrap();
        assert_eq!(compared.rows.len(), s.main.rows.len());
        assert_eq!(compared.rows.iter().map(|r| r.demand).collect::<Vec<_>>(), s.main.rows.iter().map(|r| r.demand).collect::<Vec<_>>());
        assert_eq!(PoliciesScenario::questions(&s).len(), 4);
        assert_eq!(PoliciesScenario::questions(&s)[3].expected, 3.0);
    }
}
