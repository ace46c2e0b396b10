//! The inventory policies lesson, `#/policies`: the four policies simulated period by period.

pub mod text;

use crate::charts::policies::stock_chart;
use crate::engine::policies::{self, generate_demand, PeriodRow, PolicyInput, PolicyKind, PolicySolution};
use crate::i18n::{format_number, format_percent, Lang, Text};
use crate::kit::grid::{Grid, GridCell, GridRow, Mark};
use crate::kit::report::{step_lines, Block, Cell, Problem, Report, Section, StepLine, Table, Tabular};
use crate::kit::values::{Value, Values};
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset, SeriesSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;
use std::fmt::Write as _;

/// Fig 2.4's demand and parameters (the policy is chosen by each preset).
macro_rules! fig_2_4 {
    () => {
        "demand=700;450;100;450;100;700;450;100;100;100&lt=2&stock0=1400&ss=200&pc=850&q=1000&r=3&s=1850&L=100&a=10&p=0.25"
    };
}

/// Two years of weeks: longer series are refused on every path (link, field, storage).
pub const MAX_PERIODS: usize = 104;
/// A lead time of whole periods, at most the longest series.
#[allow(clippy::cast_precision_loss)] // a small count
const RANGE_LT: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(MAX_PERIODS as f64)).integer();
const RANGE_R: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(52.0)).integer();

static DEMAND: SeriesSpec = SeriesSpec {
    range: bounds::QUANTITY,
    max_len: MAX_PERIODS,
    generate: Some(generate_demand),
    commas_in_links: false,
    may_be_empty: false,
};

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
                Input::new("lt", text::LT, Kind::Number(RANGE_LT)).unit(text::PERIODS),
                Input::new("stock0", text::STOCK0, Kind::Number(bounds::QUANTITY)).unit(text::UNITS),
                Input::new("ss", text::SS, Kind::Number(bounds::QUANTITY)).unit(text::UNITS),
                Input::new("pc", text::PC, Kind::Number(bounds::QUANTITY))
                    .unit(text::UNITS)
                    .shown_when(|v| used_by(v, &["reorder-point", "variable"])),
                Input::new("q", text::Q, Kind::Number(bounds::POSITIVE_QUANTITY))
                    .unit(text::UNITS)
                    .shown_when(|v| used_by(v, &["fixed-fixed", "reorder-point"])),
                Input::new("r", text::R, Kind::Number(RANGE_R))
                    .unit(text::PERIODS)
                    .shown_when(|v| used_by(v, &["fixed-fixed", "periodic"])),
                Input::new("s", text::S, Kind::Number(bounds::POSITIVE_QUANTITY))
                    .unit(text::UNITS)
                    .shown_when(|v| used_by(v, &["periodic", "variable"])),
            ],
        },
        Group {
            legend: Some(text::COSTS),
            inputs: &[
                Input::new("L", text::L, Kind::Number(bounds::MONEY)),
                Input::new("a", text::A, Kind::Number(bounds::MONEY)),
                Input::new("p", text::P, Kind::Number(bounds::RATE)).hint(text::P_HINT),
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
    imports: &[],
    storage_version: 2,
    migrate,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&policies::exercise(seed)),
        statement: |v, lang| text::exercise_statement(&input(v), lang),
        questions,
        steps,
        tables: |v, lang| {
            simulate(v).map(|r| vec![decisions_table(&period_grid(&r.input, &r.main, "policy", lang), lang)]).unwrap_or_default()
        },
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// Version 1 stored the engine's input nested, with Rust names for the policies; version 2 is
/// flat, keyed by link parameter. Read field by field: a derived reader of the engine's input
/// would cost more wasm than this lesson's whole page.
fn migrate(from: u32, json: serde_json::Value) -> Option<serde_json::Value> {
    if from != 1 {
        return None;
    }
    let input = json.get("input")?;
    let slug = |name: &serde_json::Value| match name.as_str()? {
        "FixedFixed" => Some("fixed-fixed"),
        "Periodic" => Some("periodic"),
        "ReorderPoint" => Some("reorder-point"),
        "Variable" => Some("variable"),
        _ => None,
    };
    let mut out = serde_json::Map::new();
    out.insert("policy".into(), slug(input.get("kind")?)?.into());
    out.insert("compare".into(), json.get("compare").and_then(slug).unwrap_or("").into());
    out.insert("demand".into(), input.get("demand")?.clone());
    for (param, field) in [
        ("lt", "lead_time"),
        ("stock0", "initial_stock"),
        ("ss", "safety_stock"),
        ("pc", "reorder_point"),
        ("q", "lot"),
        ("r", "review_period"),
        ("s", "order_up_to"),
        ("L", "order_cost"),
        ("a", "unit_price"),
        ("p", "holding_rate"),
    ] {
        out.insert(param.into(), input.get(field)?.clone());
    }
    Some(serde_json::Value::Object(out))
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
    let mut summary_rows: Vec<Vec<Cell>> = MEASURES
        .iter()
        .map(|(name, id, value)| {
            let mut row = vec![Cell::new(name.get(lang)), Cell::with_id(value(&main, lang), format!("policy-{id}"))];
            if let Some((_, other)) = &compared {
                row.push(Cell::with_id(value(other, lang), format!("policy-compare-{id}")));
            }
            row
        })
        .collect();
    // The costs cover the simulated periods; the year has `periods_per_year` of them.
    #[allow(clippy::cast_precision_loss)] // a period count
    let per_year = main_input.periods_per_year / main.rows.len() as f64;
    let mut annual = vec![
        Cell::new(text::ANNUAL_COST.get(lang)),
        Cell::with_id(format_number(main.summary.total_cost * per_year, lang, 2), "policy-annual-cost"),
    ];
    if let Some((_, other)) = &compared {
        annual.push(Cell::with_id(format_number(other.summary.total_cost * per_year, lang, 2), "policy-compare-annual-cost"));
    }
    summary_rows.push(annual);
    let caption = match lang {
        Lang::Fr => format!(
            "Bilan sur les {} périodes simulées (coûts annualisés sur {} périodes par an)",
            main.rows.len(),
            format_number(main_input.periods_per_year, lang, 0)
        ),
        Lang::En => format!(
            "Summary over the {} simulated periods (costs annualised over {} periods a year)",
            main.rows.len(),
            format_number(main_input.periods_per_year, lang, 0)
        ),
    };
    let summary = Table { caption, headers, rows: summary_rows, test_id: "policy-summary".to_owned(), stepwise: false };
    let chart = stock_chart(&main_input, (main_name, &main), compared.as_ref().map(|(k, s)| (text::kind_name(*k).get(lang), *k, s)), lang);
    let grid = period_grid(&main_input, &main, "policy", lang);
    let decisions = decisions_table(&grid, lang);
    let mut blocks = vec![
        Block::Figure { chart: chart.to_json(), label: text::CHART, test_id: "policy-chart".to_owned(), data: Tabular::Grid(grid) },
        Block::Table(decisions),
    ];
    if let Some((kind, other)) = &compared {
        let mut grid = period_grid(&PolicyInput { kind: *kind, ..main_input.clone() }, other, "policy-compare", lang);
        grid.caption = format!("{} — {}", grid.caption, text::kind_name(*kind).get(lang));
        blocks.push(Block::Grid(grid));
    }
    Ok(Report {
        results: Vec::new(),
        side: vec![Block::Table(summary)],
        sections: vec![Section { title: text::CHART_TITLE, blocks }],
        steps: summary_steps(&main, lang),
    })
}

/// The simulation as the course draws it: one column per period, every computed cell with the
/// computation behind it (for "fill it yourself"), stockouts and releases marked.
fn period_grid(input: &PolicyInput, main: &PolicySolution, prefix: &str, lang: Lang) -> Grid {
    let num = |value: f64| format_number(value, lang, 2);
    let lead_time = input.lead_time;
    let fr = lang == Lang::Fr;
    let mut previous = input.initial_stock;
    let mut receipt = Vec::new();
    let mut stock = Vec::new();
    let mut order = Vec::new();
    for r in &main.rows {
        let t = r.period;
        let receipt_why = match (r.receipt > 0.0, fr) {
            (true, true) => {
                format!("R{t} = commande lancée en période {} (délai {}) = {}", num(t as f64 - lead_time), num(lead_time), num(r.receipt))
            }
            (true, false) => {
                format!("R{t} = order launched in period {} (lead time {}) = {}", num(t as f64 - lead_time), num(lead_time), num(r.receipt))
            }
            (false, true) => format!("R{t} = 0 : aucune commande n’arrive en période {t}."),
            (false, false) => format!("R{t} = 0: no order arrives in period {t}."),
        };
        receipt.push(GridCell::new(r.receipt, num(r.receipt)).why(receipt_why));
        let received = r.receipt - if lead_time == 0.0 { r.order } else { 0.0 };
        let mut stock_why = format!("S{t} = S{} + R{t} − D{t} = {} + {} − {}", t - 1, num(previous), num(received), num(r.demand));
        if r.shortage > 0.0 {
            let short = num(r.shortage);
            let _ = if fr {
                write!(stock_why, " < 0 → S{t} = 0 ; {short} unités manquent (ventes perdues)")
            } else {
                write!(stock_why, " < 0 → S{t} = 0; {short} units short (lost sales)")
            };
        } else {
            let _ = write!(stock_why, " = {}", num(r.stock - if lead_time == 0.0 { r.order } else { 0.0 }));
        }
        let mark = if r.shortage > 0.0 {
            Some(Mark::Shortage)
        } else if r.stock < input.safety_stock {
            Some(Mark::BelowSafety)
        } else {
            None
        };
        stock.push(GridCell::new(r.stock, num(r.stock)).mark(mark).why(stock_why));
        order.push(GridCell::new(r.order, num(r.order)).mark((r.order > 0.0).then_some(Mark::Release)).why(decision(input, r, lang)));
        previous = r.stock;
    }
    let given = |key: &'static str, label: Text, values: Vec<f64>| GridRow::given(key, label.get(lang).to_owned(), &values, num);
    let filled = |key: &'static str, label: Text, opening: Option<GridCell>, cells| {
        GridRow::computed(key, label.get(lang).to_owned(), opening, cells)
    };
    Grid {
        caption: text::TABLE.get(lang).to_owned(),
        prefix: prefix.to_owned(),
        periods: main.rows.iter().map(|r| r.period.to_string()).collect(),
        opening: Some("0".to_owned()),
        rows: vec![
            given("demand", text::COL_DEMAND, main.rows.iter().map(|r| r.demand).collect()),
            filled("receipt", text::COL_RECEIPT, None, receipt),
            filled("stock", text::COL_STOCK, Some(GridCell::new(input.initial_stock, num(input.initial_stock))), stock),
            given("shortage", text::COL_SHORT, main.rows.iter().map(|r| r.shortage).collect()),
            filled("order", text::COL_ORDER, None, order),
            given("on-order", text::COL_ON_ORDER, main.rows.iter().map(|r| r.on_order).collect()),
            given("position", text::COL_POSITION, main.rows.iter().map(|r| r.position).collect()),
        ],
    }
}

/// One line per period: how the end stock comes, and what the policy decides, with the numbers
/// (the grid's own computations, so the two always agree).
fn decisions_table(grid: &Grid, lang: Lang) -> Table {
    let row = |key: &str| grid.rows.iter().find(|r| r.key == key);
    let why = |key: &str, period: usize| row(key).and_then(|r| r.cells.get(period)).and_then(|c| c.why.clone()).unwrap_or_default();
    let rows = grid
        .periods
        .iter()
        .enumerate()
        .map(|(p, label)| {
            vec![
                Cell::new(label.clone()),
                Cell::new(why("stock", p)).words(),
                Cell::with_id(why("order", p), format!("policy-decision-{}", p + 1)).words(),
            ]
        })
        .collect();
    Table::new(text::DECISIONS, &[text::COL_PERIOD, text::COL_BALANCE, text::COL_DECISION], "policy-decisions", lang).rows(rows)
}

/// The policy's decision at the end of a period, with its numbers: "P = 700 ≤ PC 850 → order 1 000".
fn decision(input: &PolicyInput, r: &PeriodRow, lang: Lang) -> String {
    let num = |value: f64| format_number(value, lang, 2);
    let fr = lang == Lang::Fr;
    let t = r.period;
    let before = r.position - r.order;
    let review = input.review_period;
    #[allow(clippy::cast_precision_loss)] // periods are small counts
    let is_review = (t as f64 % review).abs() < f64::EPSILON;
    let order_text = |q: f64| if fr { format!("commander {}", num(q)) } else { format!("order {}", num(q)) };
    let none = if fr { "pas de commande" } else { "no order" };
    match input.kind {
        PolicyKind::ReorderPoint | PolicyKind::Variable => {
            let position = if fr {
                format!("P{t} = stock + en commande = {}", num(before))
            } else {
                format!("P{t} = stock + on order = {}", num(before))
            };
            if before <= input.reorder_point {
                let what = if input.kind == PolicyKind::ReorderPoint {
                    order_text(input.lot)
                } else {
                    format!("{} (S − P = {} − {})", order_text(r.order), num(input.order_up_to), num(before))
                };
                format!("{position} ≤ PC {} → {what}", num(input.reorder_point))
            } else {
                format!("{position} > PC {} → {none}", num(input.reorder_point))
            }
        }
        PolicyKind::FixedFixed | PolicyKind::Periodic if !is_review => {
            if fr {
                format!("{t} n’est pas un multiple de R = {} → {none}", num(review))
            } else {
                format!("{t} is not a multiple of R = {} → {none}", num(review))
            }
        }
        PolicyKind::FixedFixed => {
            if fr {
                format!("{t} est un multiple de R = {} → {}", num(review), order_text(input.lot))
            } else {
                format!("{t} is a multiple of R = {} → {}", num(review), order_text(input.lot))
            }
        }
        PolicyKind::Periodic => {
            let at = if fr {
                format!("{t} est un multiple de R = {}", num(review))
            } else {
                format!("{t} is a multiple of R = {}", num(review))
            };
            format!("{at} → {} (S − P = {} − {})", order_text(r.order), num(input.order_up_to), num(before))
        }
    }
}

/// The worked steps but the per-period balances: those are the grid's cells and the decisions
/// table, one line per period instead of one titled step each.
fn summary_steps(main: &PolicySolution, lang: Lang) -> Vec<StepLine> {
    step_lines(&main.steps.iter().filter(|s| s.key != "period").cloned().collect::<Vec<_>>(), step_title, lang)
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
    let stock_hint = t!(
        "Période après période : S(t) = S(t−1) + R(t) − D(t), jamais sous 0.",
        "Period after period: S(t) = S(t−1) + R(t) − D(t), never below 0."
    );
    let question = |id, label, expected| Question::new(id, label, expected, exact, 0).hint(stock_hint);
    vec![
        question("stock-3", t!("Stock à la fin de la période 3", "Stock at the end of period 3"), stock(3)),
        question("stock-6", t!("Stock à la fin de la période 6", "Stock at the end of period 6"), stock(6)),
        question("stock-10", t!("Stock à la fin de la période 10", "Stock at the end of period 10"), stock(10)),
        Question::new("orders", t!("Nombre de commandes lancées", "Number of orders launched"), main.summary.orders as f64, exact, 0).hint(
            t!(
                "Comptez les fins de période où la position (stock + en commande) est ≤ PC.",
                "Count the period ends where the position (stock + on order) is ≤ PC."
            ),
        ),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    simulate(v).map(|runs| summary_steps(&runs.main, lang)).unwrap_or_default()
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
    fn every_period_states_its_balance_and_decision() {
        let values = LESSON.defaults();
        let runs = simulate(&values).unwrap();
        let table = decisions_table(&period_grid(&runs.input, &runs.main, "policy", Lang::En), Lang::En);
        assert_eq!(table.rows.len(), 10);
        assert_eq!(table.rows[0][1].text, "S1 = S0 + R1 − D1 = 1,400 + 0 − 700 = 700");
        assert_eq!(table.rows[0][2].text, "P1 = stock + on order = 700 ≤ PC 850 → order 1,000");
        assert_eq!(table.rows[1][2].text, "P2 = stock + on order = 1,250 > PC 850 → no order");
        // Lost sales are said where they happen.
        let short = LESSON.defaults().with("demand", Value::Series(vec![1500.0, 100.0]));
        let runs = simulate(&short).unwrap();
        let table = decisions_table(&period_grid(&runs.input, &runs.main, "policy", Lang::Fr), Lang::Fr);
        assert!(table.rows[0][1].text.contains("100 unités manquent (ventes perdues)"), "{}", table.rows[0][1].text);
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
