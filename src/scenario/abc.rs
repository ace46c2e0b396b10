//! The ABC lesson's scenario: items, rule and thresholds; spreadsheet paste; links.

use super::exercise::{Question, Tolerance};
use super::lesson::{LessonScenario, Preset};
use super::links::{number_param, LinkProblem, Params, Range};
use super::storage::Schema;
use crate::engine::abc::{self, AbcError, AbcInput, AbcItem, AbcRule, AbcSolution, Class};
use crate::i18n::parse_number;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AbcScenario {
    pub items: Vec<AbcItem>,
    pub rule: AbcRule,
    /// Cumulative share closing class A, a fraction.
    pub a: f64,
    /// Cumulative share closing class B, a fraction.
    pub b: f64,
}

const WORKSHOP: &[(&str, f64, f64)] = &[
    ("Moteur", 1_200.0, 85.0),
    ("Carter", 2_500.0, 12.0),
    ("Vis-M6", 40_000.0, 0.05),
    ("Roulement", 6_000.0, 4.2),
    ("Joint", 9_000.0, 0.8),
    ("Capteur", 800.0, 22.0),
    ("Câble", 3_000.0, 1.5),
    ("Écrou-M6", 42_000.0, 0.03),
    ("Courroie", 1_500.0, 3.5),
    ("Étiquette", 20_000.0, 0.02),
];

impl Default for AbcScenario {
    fn default() -> Self {
        let items = WORKSHOP.iter().map(|(name, q, p)| AbcItem { name: (*name).to_owned(), annual_quantity: *q, unit_price: *p }).collect();
        let (a, b) = AbcRule::Value.default_thresholds();
        Self { items, rule: AbcRule::Value, a, b }
    }
}

pub const RANGE_THRESHOLD: Range = Range::between(super::links::Bound::Exclusive(0.0), super::links::Bound::Inclusive(1.0));
pub const RULES: &[&str] = &["count", "value"];

pub fn rule_slug(rule: AbcRule) -> &'static str {
    match rule {
        AbcRule::Count => "count",
        AbcRule::Value => "value",
    }
}

impl Schema for AbcScenario {
    const NAME: &'static str = "abc";
    const VERSION: u32 = 1;
}

/// Why a pasted or linked line could not be read (line numbers from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemsProblem {
    Columns { line: usize },
    Number { line: usize },
    Empty,
}

/// Reads items pasted from a spreadsheet: one per line, `name`, `annual quantity`, `unit price`
/// separated by tabs or semicolons, decimal commas accepted. A first line whose numbers do not
/// read is taken as a header and skipped.
pub fn parse_pasted(text: &str) -> Result<Vec<AbcItem>, ItemsProblem> {
    let mut items = Vec::new();
    for (index, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let cells: Vec<&str> = if line.contains('\t') { line.split('\t').collect() } else { line.split(';').collect() };
        let [name, quantity, price] = cells.as_slice() else { return Err(ItemsProblem::Columns { line: index + 1 }) };
        match (parse_number(quantity), parse_number(price)) {
            (Some(q), Some(p)) => items.push(AbcItem { name: name.trim().to_owned(), annual_quantity: q, unit_price: p }),
            _ if items.is_empty() && index == 0 => {}
            _ => return Err(ItemsProblem::Number { line: index + 1 }),
        }
    }
    if items.is_empty() {
        Err(ItemsProblem::Empty)
    } else {
        Ok(items)
    }
}

/// `name:quantity:price;…` for links. Names may not contain `:` or `;`.
pub fn items_param(items: &[AbcItem]) -> String {
    items
        .iter()
        .map(|i| format!("{}:{}:{}", i.name, number_param(i.annual_quantity), number_param(i.unit_price)))
        .collect::<Vec<_>>()
        .join(";")
}

fn parse_items_param(value: &str) -> Option<Vec<AbcItem>> {
    let items: Option<Vec<AbcItem>> = value
        .split(';')
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let mut fields = part.split(':');
            let (name, quantity, price) = (fields.next()?, fields.next()?, fields.next()?);
            if fields.next().is_some() || name.trim().is_empty() {
                return None;
            }
            Some(AbcItem { name: name.trim().to_owned(), annual_quantity: parse_number(quantity)?, unit_price: parse_number(price)? })
        })
        .collect();
    items.filter(|items| !items.is_empty())
}

impl AbcScenario {
    pub fn input(&self) -> AbcInput {
        AbcInput { items: self.items.clone(), rule: self.rule, a: self.a, b: self.b }
    }
}

impl LessonScenario for AbcScenario {
    type Solution = AbcSolution;
    type Error = AbcError;
    const LESSON: &'static str = "abc";

    fn presets() -> Vec<Preset<Self>> {
        let workshop = Self::default();
        let (a, b) = AbcRule::Count.default_thresholds();
        vec![
            Preset {
                slug: "workshop-value",
                title: t!("Atelier : règle 80/95 % de la valeur", "Workshop: 80/95% of value rule"),
                scenario: workshop.clone(),
            },
            Preset {
                slug: "workshop-count",
                title: t!("Atelier : règle du cours 20/40/40 % des articles", "Workshop: the course's 20/40/40% of items rule"),
                scenario: Self { rule: AbcRule::Count, a, b, ..workshop },
            },
        ]
    }

    fn write_params(&self) -> Vec<(String, String)> {
        vec![
            ("items".to_owned(), items_param(&self.items)),
            ("rule".to_owned(), rule_slug(self.rule).to_owned()),
            ("a".to_owned(), number_param(self.a)),
            ("b".to_owned(), number_param(self.b)),
        ]
    }

    fn apply_params(&mut self, params: &mut Params) {
        if let Some(raw) = params.raw("items") {
            match parse_items_param(&raw) {
                Some(items) => self.items = items,
                None => params.report(LinkProblem::Invalid {
                    param: "items".to_owned(),
                    value: raw,
                    reason: "name:quantity:price;…".to_owned(),
                }),
            }
        }
        if let Some(rule) = params.choice("rule", RULES) {
            self.rule = if rule == "count" { AbcRule::Count } else { AbcRule::Value };
            // A rule without thresholds gets its own defaults, not the other rule's.
            (self.a, self.b) = self.rule.default_thresholds();
        }
        if let Some(a) = params.number("a", RANGE_THRESHOLD) {
            self.a = a;
        }
        if let Some(b) = params.number("b", RANGE_THRESHOLD) {
            self.b = b;
        }
    }

    fn solve(&self) -> Result<AbcSolution, AbcError> {
        abc::solve(&self.input())
    }

    fn exercise(seed: u64) -> Self {
        let input = abc::exercise(seed);
        Self { items: input.items, rule: input.rule, a: input.a, b: input.b }
    }

    fn questions(solution: &AbcSolution) -> Vec<Question> {
        let count = |class: Class| solution.classes.iter().find(|c| c.class == class).map_or(0.0, |c| c.items as f64);
        let a_share = solution.classes.iter().find(|c| c.class == Class::A).map_or(0.0, |c| c.value_share);
        vec![
            Question {
                id: "total",
                label: t!("Valeur annuelle totale", "Total annual value"),
                expected: solution.total_value,
                tolerance: Tolerance::Relative(0.01),
                decimals: 2,
            },
            Question {
                id: "a-count",
                label: t!("Nombre d’articles en classe A", "Number of class A items"),
                expected: count(Class::A),
                tolerance: Tolerance::Absolute(0.0),
                decimals: 0,
            },
            Question {
                id: "a-share",
                label: t!("Part de la valeur en classe A (%)", "Share of value in class A (%)"),
                expected: a_share,
                tolerance: Tolerance::Absolute(0.5),
                decimals: 1,
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::scenario::lesson::{link_params, read_link};
    use crate::scenario::links::{build_fragment, parse_fragment};

    #[test]
    fn paste_tabs_semicolons_commas_and_header() {
        let items = parse_pasted("Article\tQuantité\tPrix\nVis\t1 200\t0,5\nÉcrou\t300\t2\n").unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!((items[0].annual_quantity, items[0].unit_price), (1200.0, 0.5));
        let items = parse_pasted("A;10;1,25\nB;20;3").unwrap();
        assert_eq!(items[0].unit_price, 1.25);
        assert_eq!(parse_pasted("A;10\n"), Err(ItemsProblem::Columns { line: 1 }));
        assert_eq!(parse_pasted("A;10;1\nB;x;2"), Err(ItemsProblem::Number { line: 2 }));
        assert_eq!(parse_pasted("\n\n"), Err(ItemsProblem::Empty));
    }

    #[test]
    fn items_link_round_trip() {
        for preset in AbcScenario::presets() {
            let fragment = build_fragment("abc", &link_params(&preset.scenario, None, Lang::Fr));
            let read = read_link::<AbcScenario>(&parse_fragment(&fragment).params);
            assert_eq!(read.scenario.as_ref(), Some(&preset.scenario));
        }
        let read = read_link::<AbcScenario>(&parse_fragment("#/abc?items=X:10:2;Y:5:1&rule=count").params);
        let scenario = read.scenario.unwrap();
        assert_eq!((scenario.items.len(), scenario.rule, scenario.a, scenario.b), (2, AbcRule::Count, 0.2, 0.6));
        let bad = read_link::<AbcScenario>(&parse_fragment("#/abc?items=X:10&a=2").params);
        let named: Vec<&str> = bad.problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["items", "a"]);
    }

    #[test]
    fn workshop_default_classes() {
        let s = AbcScenario::default().solve().unwrap();
        // Moteur 102 000, Carter 30 000, Roulement 25 200, Capteur 17 600, Joint 7 200, Courroie 5 250,
        // Câble 4 500, Vis 2 000, Écrou 1 260, Étiquette 400: total 195 410.
        assert!((s.total_value - 195_410.0).abs() < 1e-9);
        assert_eq!(s.items[0].name, "Moteur");
        let classes: String = s.items.iter().map(|i| i.class.letter()).collect();
        assert_eq!(classes, "AAABBBCCCC");
    }
}
