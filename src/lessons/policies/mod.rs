//! The inventory policies lesson, `#/policies`: the four policies simulated period by period.

pub mod text;

use crate::charts::policies::stock_chart;
use crate::engine::policies::{self, generate_demand, PolicyInput, PolicyKind, PolicySolution};
use crate::i18n::{format_number, format_percent, Lang, Text};
use crate::kit::report::{chart_json, step_lines, Block, Cell, Problem, Report, Section, StepLine, Table};
use crate::kit::values::{Value, Values};
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset, SeriesSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{Bound, Range};
use crate::t;

/// Fig 2.4's demand and parameters (the policy is chosen by each preset).
macro_rules! fig_2_4 {
    () => {
        "demand=700;450;100;450;100;700;450;100;100;100&lt=2&stock0=1400&ss=200&pc=850&q=1000&r=3&s=1850&L=100&a=10&p=0.25"
    };
}

/// Two years of weeks: longer series are refused on every path (link, field, storage).
pub const MAX_PERIODS: usize = 104;
const RANGE_R: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(52.0)).integer();

static DEMAND: SeriesSpec = SeriesSpec { range: Range::NON_NEGATIVE, max_len: MAX_PERIODS, generate: Some(generate_demand) };

const KINDS: &[(&str, Text)] = &[
    ("fixed-fixed", text::kind_name(PolicyKind::FixedFixed)),
    ("periodic", text::kind_name(PolicyKind::Periodic)),
    ("reorder-point", text::kind_name(PolicyKind::ReorderPoint)),
    ("variable", text::kind_name(PolicyKind::Variable)),
];
const COMPARE_KINDS: &[(&str, Text)] = &[
    ("", text::NO_COMPARE),
    ("fixed-fixed", text::kind_name(PolicyKind::FixedFixed)),
    ("periodic", text::kind_name(PolicyKind::Periodic)),
    ("reorder-point", text::kind_name(PolicyKind::ReorderPoint)),
    ("variable", text::kind_name(PolicyKind::Variable)),
];

/// Whether the chosen policy, or the one it is compared with, uses a parameter.
fn used_by(v: &Values, kinds: &[&str]) -> bool {
    kinds.contains(&v.choice("policy")) || kinds.contains(&v.choice("compare"))
}

pub static LESSON: Lesson = Lesson {
    id: "policies",
    prefix: "policy",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: None,
            inputs: &[
                Input::new("policy", text::POLICY, Kind::Choice(KINDS)),
                Input::new("compare", text::COMPARE, Kind::Choice(COMPARE_KINDS)),
                Input::new("demand", text::DEMAND, Kind::Series(&DEMAND)).hint(text::DEMAND_HINT),
                Input::new("lt", text::LT, Kind::Number(Range::NON_NEGATIVE.integer())).unit(text::PERIODS),
                Input::new("stock0", text::STOCK0, Kind::Number(Range::NON_NEGATIVE)).unit(text::UNITS),
                Input::new("ss", text::SS, Kind::Number(Range::NON_NEGATIVE)).unit(text::UNITS),
                Input::new("pc", text::PC, Kind::Number(Range::NON_NEGATIVE))
                    .unit(text::UNITS)
                    .shown_when(|v| used_by(v, &["reorder-point", "variable"])),
                Input::new("q", text::Q, Kind::Number(Range::POSITIVE))
                    .unit(text::UNITS)
                    .shown_when(|v| used_by(v, &["fixed-fixed", "reorder-point"])),
                Input::new("r", text::R, Kind::Number(RANGE_R))
                    .unit(text::PERIODS)
                    .shown_when(|v| used_by(v, &["fixed-fixed", "periodic"])),
                Input::new("s", text::S, Kind::Number(Range::POSITIVE))
                    .unit(text::UNITS)
                    .shown_when(|v| used_by(v, &["periodic", "variable"])),
            ],
        },
        Group {
            legend: Some(text::COSTS),
            inputs: &[
                Input::new("L", text::L, Kind::Number(Range::NON_NEGATIVE)),
                Input::new("a", text::A, Kind::Number(Range::NON_NEGATIVE)),
                Input::new("p", text::P, Kind::Number(Range::NON_NEGATIVE)),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-2-4",
            title: t!("Fig 2.4 : point de commande", "Fig 2.4: reorder point"),
            link: concat!("policy=reorder-point&", fig_2_4!()),
        },
        Preset {
            slug: "fixed-fixed",
            title: t!("Dates fixes, quantités fixes (tous les 3, Q = 1 000)", "Fixed dates, fixed quantity (every 3, Q = 1,000)"),
            link: concat!("policy=fixed-fixed&", fig_2_4!()),
        },
        Preset {
            slug: "periodic",
            title: t!("Recomplètement (tous les 3, jusqu’à 1 850)", "Order-up-to (every 3, up to 1,850)"),
            link: concat!("policy=periodic&", fig_2_4!()),
        },
        Preset {
            slug: "compare-variable",
            title: t!("Point de commande contre dates et quantités variables", "Reorder point versus variable dates and quantities"),
            link: concat!("policy=reorder-point&compare=variable&", fig_2_4!()),
        },
    ],
    storage_version: 2,
    migrate,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&policies::exercise(seed)),
        statement: |v, lang| text::exercise_statement(&input(v), lang),
        questions,
        steps,
        hint: text::EXERCISE_HINT,
    },
};

/// Version 1 stored the engine's input nested, with Rust names for the policies.
fn migrate(from: u32, json: serde_json::Value) -> Option<serde_json::Value> {
    if from != 1 {
        return None;
    }
    let input: PolicyInput = serde_json::from_value(json.get("input")?.clone()).ok()?;
    let compare: Option<PolicyKind> = serde_json::from_value(json.get("compare").cloned().unwrap_or_default()).ok()?;
    Some(crate::kit::codec::to_json(&LESSON, &values(&input).with("compare", Value::Choice(compare.map_or("", PolicyKind::slug)))))
}

fn kind(slug: &str) -> PolicyKind {
    PolicyKind::from_slug(slug).unwrap_or(PolicyKind::ReorderPoint)
}

pub fn input(v: &Values) -> PolicyInput {
    PolicyInput {
        kind: kind(v.choice("policy")),
        demand: v.series("demand").to_vec(),
        lead_time: v.num("lt"),
        initial_stock: v.num("stock0"),
        safety_stock: v.num("ss"),
        reorder_point: v.num("pc"),
        lot: v.num("q"),
        review_period: v.num("r"),
        order_up_to: v.num("s"),
        order_cost: v.num("L"),
        unit_price: v.num("a"),
        holding_rate: v.num("p"),
        periods_per_year: 52.0,
    }
}

fn values(i: &PolicyInput) -> Values {
    LESSON
        .defaults()
        .with("policy", Value::Choice(i.kind.slug()))
        .with("demand", Value::Series(i.demand.clone()))
        .with_num("lt", i.lead_time)
        .with_num("stock0", i.initial_stock)
        .with_num("ss", i.safety_stock)
        .with_num("pc", i.reorder_point)
        .with_num("q", i.lot)
        .with_num("r", i.review_period)
        .with_num("s", i.order_up_to)
        .with_num("L", i.order_cost)
        .with_num("a", i.unit_price)
        .with_num("p", i.holding_rate)
}

/// The chosen policy and, if asked, the one it is compared with, on the same demand.
struct Runs {
    input: PolicyInput,
    main: PolicySolution,
    compared: Option<(PolicyKind, PolicySolution)>,
}

fn simulate(v: &Values) -> Result<Runs, policies::PolicyError> {
    let input = input(v);
    let main = policies::simulate(&input)?;
    let compared = match PolicyKind::from_slug(v.choice("compare")) {
        Some(other) => Some((other, policies::simulate(&PolicyInput { kind: other, ..input.clone() })?)),
        None => None,
    };
    Ok(Runs { input, main, compared })
}

type Measure = (Text, &'static str, fn(&PolicySolution, Lang) -> String);
const MEASURES: [Measure; 8] = [
    (text::AVG_STOCK, "avg-stock", |s, l| format_number(s.summary.average_stock, l, 2)),
    (text::ORDERS, "orders", |s, _| s.summary.orders.to_string()),
    (text::STOCKOUT_UNITS, "stockout-units", |s, l| format_number(s.summary.stockout_units, l, 2)),
    (text::STOCKOUT_PERIODS, "stockout-periods", |s, _| s.summary.stockout_periods.to_string()),
    (text::FILL_RATE, "fill-rate", |s, l| format_percent(s.summary.fill_rate, l, 2)),
    (text::ORDERING_COST, "ordering-cost", |s, l| format_number(s.summary.ordering_cost, l, 2)),
    (text::HOLDING_COST, "holding-cost", |s, l| format_number(s.summary.holding_cost, l, 2)),
    (text::TOTAL_COST, "total-cost", |s, l| format_number(s.summary.total_cost, l, 2)),
];

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let Runs { input: main_input, main, compared } =
        simulate(v).map_err(|e| Problem::field(e.field().param(), text::error_message(e, lang)))?;
    let main_name = text::kind_name(main_input.kind).get(lang);
    let mut headers = vec![text::MEASURE.get(lang).to_owned(), main_name.to_owned()];
    headers.extend(compared.as_ref().map(|(k, _)| text::kind_name(*k).get(lang).to_owned()));
    let summary_rows = MEASURES
        .iter()
        .map(|(name, id, value)| {
            let mut row = vec![Cell::new(name.get(lang)), Cell::with_id(value(&main, lang), format!("policy-{id}"))];
            if let Some((_, other)) = &compared {
                row.push(Cell::with_id(value(other, lang), format!("policy-compare-{id}")));
            }
            row
        })
        .collect();
    let summary = Table { caption: text::SUMMARY.get(lang).to_owned(), headers, rows: summary_rows, test_id: "policy-summary".to_owned() };
    let num = |value: f64| format_number(value, lang, 2);
    let period_rows = main
        .rows
        .iter()
        .map(|r| {
            let t = r.period;
            vec![
                Cell::new(t.to_string()),
                Cell::new(num(r.demand)),
                Cell::with_id(num(r.receipt), format!("policy-receipt-{t}")),
                Cell::with_id(num(r.stock), format!("policy-stock-{t}")),
                Cell::new(num(r.shortage)),
                Cell::with_id(num(r.order), format!("policy-order-{t}")),
                Cell::new(num(r.on_order)),
                Cell::new(num(r.position)),
            ]
        })
        .collect();
    let chart = stock_chart(&main_input, (main_name, &main), compared.as_ref().map(|(k, s)| (text::kind_name(*k).get(lang), s)), lang);
    let columns = [
        text::COL_PERIOD,
        text::COL_DEMAND,
        text::COL_RECEIPT,
        text::COL_STOCK,
        text::COL_SHORT,
        text::COL_ORDER,
        text::COL_ON_ORDER,
        text::COL_POSITION,
    ];
    Ok(Report {
        results: Vec::new(),
        side: vec![Block::Table(summary)],
        sections: vec![Section {
            title: text::CHART_TITLE,
            blocks: vec![Block::Figure {
                chart: chart_json(&chart),
                label: text::CHART,
                test_id: "policy-chart".to_owned(),
                table: Table::new(text::TABLE, &columns, "policy-table", lang).rows(period_rows),
            }],
        }],
        steps: step_lines(&main.steps, step_title, lang),
    })
}

fn step_title(key: &str) -> Text {
    match key {
        "period" => t!(
            "Stock en fin de période : S stock, R réception, D demande servie",
            "End-of-period stock: S stock, R receipt, D demand served"
        ),
        "average" => t!("Stock moyen", "Average stock"),
        _ => t!("Étape", "Step"),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Ok(Runs { main, .. }) = simulate(v) else { return Vec::new() };
    let stock = |period: usize| main.rows.get(period - 1).map_or(0.0, |r| r.stock);
    let exact = Tolerance::Absolute(0.5);
    let question = |id, label, expected| Question { id, label, expected, tolerance: exact, decimals: 0 };
    vec![
        question("stock-3", t!("Stock à la fin de la période 3", "Stock at the end of period 3"), stock(3)),
        question("stock-6", t!("Stock à la fin de la période 6", "Stock at the end of period 6"), stock(6)),
        question("stock-10", t!("Stock à la fin de la période 10", "Stock at the end of period 10"), stock(10)),
        question("orders", t!("Nombre de commandes lancées", "Number of orders launched"), main.summary.orders as f64),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    simulate(v).map(|runs| step_lines(&runs.main.steps, step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::{parse_series, read_link, SeriesProblem};
    use crate::scenario::links::{parse_fragment, LinkProblem};

    #[test]
    fn preset_fig_2_4_reproduces_the_figure() {
        let link = read_link(&LESSON, &parse_fragment("#/policies?preset=fig-2-4").params);
        let values = link.values.unwrap();
        assert_eq!(input(&values), policies::fig_2_4());
        let main = simulate(&values).unwrap().main;
        let stocks: Vec<f64> = main.rows.iter().map(|r| r.stock).collect();
        assert_eq!(stocks, vec![700.0, 250.0, 1150.0, 700.0, 600.0, 900.0, 450.0, 350.0, 1250.0, 1150.0]);
    }

    #[test]
    fn demand_parsing() {
        assert_eq!(parse_series(&DEMAND, "700 450;100\n450\t2,5"), Ok(vec![700.0, 450.0, 100.0, 450.0, 2.5]));
        assert_eq!(parse_series(&DEMAND, "10 x 3"), Err(SeriesProblem::Entry(2)));
        assert_eq!(parse_series(&DEMAND, "10 -3"), Err(SeriesProblem::Entry(2)));
        assert_eq!(parse_series(&DEMAND, "  "), Err(SeriesProblem::Length));
        assert_eq!(parse_series(&DEMAND, &"1 ".repeat(MAX_PERIODS + 1)), Err(SeriesProblem::Length));
    }

    #[test]
    fn links_name_problems() {
        let link = read_link(&LESSON, &parse_fragment("#/policies?demand=1;x&lt=1.5&policy=magic&compare=periodic").params);
        let named: Vec<&str> = link.problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["policy", "demand", "lt"]);
        assert_eq!(link.values.unwrap().choice("compare"), "periodic");
    }

    #[test]
    fn comparison_runs_the_same_demand() {
        let values = LESSON.defaults().with("compare", Value::Choice("periodic"));
        let Runs { main, compared, .. } = simulate(&values).unwrap();
        let (_, compared) = compared.unwrap();
        assert_eq!(compared.rows.iter().map(|r| r.demand).collect::<Vec<_>>(), main.rows.iter().map(|r| r.demand).collect::<Vec<_>>());
        assert_eq!(questions(&values)[3].expected, 3.0);
    }

    #[test]
    fn first_release_storage_is_migrated() {
        let old = serde_json::json!({ "input": policies::fig_2_4(), "compare": "Periodic" });
        let values = crate::kit::codec::from_json(&LESSON, &migrate(1, old).unwrap()).unwrap();
        assert_eq!(input(&values), policies::fig_2_4());
        assert_eq!(values.choice("compare"), "periodic");
    }
}
