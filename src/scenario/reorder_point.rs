//! The safety stock / reorder point lesson's scenario, presets, link parameters and exercises.

use super::exercise::{Question, Tolerance};
use super::lesson::{LessonScenario, Preset};
use super::links::{number_param, Params, Range};
use super::storage::Schema;
use crate::engine::safety_stock::{self, Method, Model, SafetyStockError, SafetyStockInput, SafetyStockSolution};
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReorderPointScenario {
    pub method: Method,
    pub d: f64,
    pub sd: f64,
    pub lt: f64,
    pub sl: f64,
    pub model: Model,
    #[serde(default)]
    pub sdlt: Option<f64>,
    #[serde(default)]
    pub dmax: Option<f64>,
    #[serde(default)]
    pub ltmax: Option<f64>,
    /// A safety stock to evaluate (inverse use).
    #[serde(default)]
    pub ss: Option<f64>,
}

impl Default for ReorderPointScenario {
    fn default() -> Self {
        Self::from_input(&safety_stock::course_example())
    }
}

pub const RANGE_D: Range = Range::NON_NEGATIVE;
pub const RANGE_SD: Range = Range::NON_NEGATIVE;
pub const RANGE_LT: Range = Range::POSITIVE;
pub const RANGE_SL: Range = Range::FRACTION_OPEN;
pub const RANGE_SDLT: Range = Range::NON_NEGATIVE;
pub const RANGE_DMAX: Range = Range::NON_NEGATIVE;
pub const RANGE_LTMAX: Range = Range::POSITIVE;
pub const RANGE_SS: Range = Range::NON_NEGATIVE;
pub const METHODS: &[&str] = &["stat", "worst"];
pub const MODELS: &[&str] = &["course", "sqrt"];

pub fn method_slug(method: Method) -> &'static str {
    match method {
        Method::Statistical => "stat",
        Method::WorstCase => "worst",
    }
}

pub fn model_slug(model: Model) -> &'static str {
    match model {
        Model::Course => "course",
        Model::Sqrt => "sqrt",
    }
}

impl Schema for ReorderPointScenario {
    const NAME: &'static str = "reorder-point";
    const VERSION: u32 = 1;
}

impl ReorderPointScenario {
    fn from_input(input: &SafetyStockInput) -> Self {
        Self {
            method: input.method,
            d: input.mean_demand,
            sd: input.sd_demand,
            lt: input.lead_time,
            sl: input.service_level,
            model: input.model,
            sdlt: input.sd_lead_time,
            dmax: input.max_demand,
            ltmax: input.max_lead_time,
            ss: input.trial_safety_stock,
        }
    }

    pub fn input(&self) -> SafetyStockInput {
        SafetyStockInput {
            method: self.method,
            mean_demand: self.d,
            sd_demand: self.sd,
            lead_time: self.lt,
            service_level: self.sl,
            model: self.model,
            sd_lead_time: self.sdlt,
            max_demand: self.dmax,
            max_lead_time: self.ltmax,
            trial_safety_stock: self.ss,
        }
    }
}

impl LessonScenario for ReorderPointScenario {
    type Solution = SafetyStockSolution;
    type Error = SafetyStockError;
    const LESSON: &'static str = "reorder-point";

    fn presets() -> Vec<Preset<Self>> {
        let base = Self::default();
        vec![
            Preset { slug: "course-95", title: t!("Cours : 95 %, modèle du cours", "Course: 95%, course model"), scenario: base.clone() },
            Preset { slug: "course-99", title: t!("Cours : 99 %", "Course: 99%"), scenario: Self { sl: 0.99, ..base.clone() } },
            Preset {
                slug: "sqrt-model",
                title: t!("Périodes indépendantes (√LT)", "Independent periods (√LT)"),
                scenario: Self { model: Model::Sqrt, ..base.clone() },
            },
            Preset {
                slug: "lead-time-varies",
                title: t!("Délai variable (écart type 0,5)", "Variable lead time (sd 0.5)"),
                scenario: Self { sdlt: Some(0.5), ..base.clone() },
            },
            Preset {
                slug: "what-if-200",
                title: t!("Quel service donne SS = 200 ?", "What service does SS = 200 give?"),
                scenario: Self { ss: Some(200.0), ..base.clone() },
            },
            Preset {
                slug: "worst-case",
                title: t!("Méthode géométrique (pire cas)", "Worst-case method"),
                scenario: Self { method: Method::WorstCase, dmax: Some(450.0), ltmax: Some(3.0), ..base },
            },
        ]
    }

    fn write_params(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("method".to_owned(), method_slug(self.method).to_owned()),
            ("d".to_owned(), number_param(self.d)),
            ("sd".to_owned(), number_param(self.sd)),
            ("lt".to_owned(), number_param(self.lt)),
            ("sl".to_owned(), number_param(self.sl)),
            ("model".to_owned(), model_slug(self.model).to_owned()),
        ];
        for (name, value) in [("sdlt", self.sdlt), ("dmax", self.dmax), ("ltmax", self.ltmax), ("ss", self.ss)] {
            if let Some(value) = value {
                out.push((name.to_owned(), number_param(value)));
            }
        }
        out
    }

    fn apply_params(&mut self, params: &mut Params) {
        match params.choice("method", METHODS) {
            Some("worst") => self.method = Method::WorstCase,
            Some(_) => self.method = Method::Statistical,
            None => {}
        }
        match params.choice("model", MODELS) {
            Some("sqrt") => self.model = Model::Sqrt,
            Some(_) => self.model = Model::Course,
            None => {}
        }
        for (name, range, slot) in
            [("d", RANGE_D, &mut self.d), ("sd", RANGE_SD, &mut self.sd), ("lt", RANGE_LT, &mut self.lt), ("sl", RANGE_SL, &mut self.sl)]
        {
            if let Some(value) = params.number(name, range) {
                *slot = value;
            }
        }
        for (name, range, slot) in [
            ("sdlt", RANGE_SDLT, &mut self.sdlt),
            ("dmax", RANGE_DMAX, &mut self.dmax),
            ("ltmax", RANGE_LTMAX, &mut self.ltmax),
            ("ss", RANGE_SS, &mut self.ss),
        ] {
            if let Some(value) = params.number(name, range) {
                *slot = Some(value);
            }
        }
    }

    fn solve(&self) -> Result<SafetyStockSolution, SafetyStockError> {
        safety_stock::solve(&self.input())
    }

    fn exercise(seed: u64) -> Self {
        Self::from_input(&safety_stock::exercise(seed))
    }

    fn questions(solution: &SafetyStockSolution) -> Vec<Question> {
        let within = Tolerance::Relative(0.01);
        let mut out = Vec::new();
        if let Some(z) = solution.z {
            // ± 0.01 accepts the course's two-decimal table values (1.65 for 1.6449).
            out.push(Question {
                id: "z",
                label: t!("Coefficient z", "Coefficient z"),
                expected: z,
                tolerance: Tolerance::Absolute(0.01),
                decimals: 4,
            });
        }
        out.push(Question {
            id: "ss",
            label: t!("Stock de sécurité SS (unités)", "Safety stock SS (units)"),
            expected: solution.safety_stock,
            tolerance: within,
            decimals: 1,
        });
        out.push(Question {
            id: "pc",
            label: t!("Point de commande PC (unités)", "Reorder point PC (units)"),
            expected: solution.reorder_point,
            tolerance: within,
            decimals: 1,
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::scenario::lesson::{link_params, read_link};
    use crate::scenario::links::{build_fragment, parse_fragment, LinkProblem};

    #[test]
    fn issue_example_link() {
        let read = read_link::<ReorderPointScenario>(&parse_fragment("#/reorder-point?d=325&sd=50&lt=2&sl=0.95").params);
        assert!(read.problems.is_empty());
        let s = read.scenario.unwrap().solve().unwrap();
        assert!((s.z.unwrap() - 1.645).abs() < 5e-4);
        assert!((s.safety_stock - 164.5).abs() < 0.05);
    }

    #[test]
    fn presets_round_trip() {
        for preset in ReorderPointScenario::presets() {
            let fragment = build_fragment("reorder-point", &link_params(&preset.scenario, None, Lang::En));
            let read = read_link::<ReorderPointScenario>(&parse_fragment(&fragment).params);
            assert_eq!(read.scenario.as_ref(), Some(&preset.scenario), "{}", preset.slug);
            assert!(preset.scenario.solve().is_ok(), "{}", preset.slug);
        }
    }

    #[test]
    fn bad_values_are_named() {
        let read = read_link::<ReorderPointScenario>(&parse_fragment("#/reorder-point?sl=1.2&model=cube&method=worst&lt=0").params);
        let named: Vec<&str> = read.problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["model", "lt", "sl"]);
        assert_eq!(read.scenario.unwrap().method, Method::WorstCase);
    }

    #[test]
    fn exercise_questions_accept_table_z() {
        let scenario = ReorderPointScenario::default();
        let questions = ReorderPointScenario::questions(&scenario.solve().unwrap());
        assert!(questions[0].is_right(1.65) && !questions[0].is_right(1.7));
        assert!(questions[1].is_right(165.0));
        for seed in 0..100 {
            let s = ReorderPointScenario::exercise(seed);
            assert_eq!(ReorderPointScenario::questions(&s.solve().unwrap()).len(), 3);
        }
    }
}
