//! The business plan lesson, `#/business-plan`: the production plan valued per family and month
//! (production cost, revenue, cost of sales, stock value, profit).

pub mod text;

use crate::charts::plan::{periods_chart, Series, Style};
use crate::engine::business_plan::{self, Activity, BusinessError, BusinessInput, BusinessSolution, Family, Money};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::i18n::{format_number, format_percent, Lang, Text};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

const MONTH: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(36.0)).integer();

static FAMILIES: TableSpec = TableSpec {
    columns: &[
        Column::new("id", text::COL_FAMILY, ColumnKind::Id),
        Column::new("cost", text::COL_COST, ColumnKind::Number(bounds::MONEY)),
        Column::new("price", text::COL_PRICE, ColumnKind::Number(bounds::MONEY)),
        Column::new("opening", text::COL_OPENING, ColumnKind::Number(bounds::QUANTITY)),
    ],
    max_rows: 12,
    cell_id: "bp-family",
    new_row: |n| vec![Entry::Text(format!("F{}", n + 1)), Entry::Number(10.0), Entry::Number(12.0), Entry::Number(0.0)],
    caption: text::FAMILIES,
    links: crate::kit::RowLinks::Semicolon,
};

static PLAN: TableSpec = TableSpec {
    columns: &[
        Column::new("family", text::COL_FAMILY, ColumnKind::Id),
        Column::new("month", text::COL_MONTH, ColumnKind::Number(MONTH)),
        Column::new("production", text::COL_PRODUCTION, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("sales", text::COL_SALES, ColumnKind::Number(bounds::QUANTITY)),
    ],
    max_rows: 12 * 36,
    cell_id: "bp-plan",
    new_row: |_| vec![Entry::Text("A".into()), Entry::Number(1.0), Entry::Number(100.0), Entry::Number(100.0)],
    caption: text::PLAN,
    links: crate::kit::RowLinks::Semicolon,
};

pub static LESSON: Lesson = Lesson {
    id: "business-plan",
    prefix: "bp",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::FAMILIES_GROUP),
            inputs: &[Input::new("families", text::FAMILIES, Kind::Table(&FAMILIES)).hint(text::FAMILIES_HINT)],
        },
        Group { legend: Some(text::PLAN_GROUP), inputs: &[Input::new("plan", text::PLAN, Kind::Table(&PLAN)).hint(text::PLAN_HINT)] },
    ],
    presets: &[
        Preset {
            slug: "fig-3-12",
            title: t!(
                "Fig 3.12 : deux familles, un mois (résultat 3 500 et 550)",
                "Fig 3.12: two families, one month (profit 3,500 and 550)"
            ),
            link: "families=A:40:45:180;B:35:40:50&plan=A:1:720:700;B:1:160:110",
        },
        Preset {
            slug: "quarter",
            title: t!(
                "Un trimestre : produire pour le stock avant une pointe de ventes (illustratif)",
                "A quarter: making for stock ahead of a sales peak (illustrative)"
            ),
            link: "families=A:40:45:180;B:35:40:50&plan=A:1:720:700;B:1:160:110;A:2:800:600;B:2:160:150;A:3:700:1100;B:3:160:200",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&exercise(seed)),
        statement,
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| family_table(&input, &s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn input(v: &Values) -> BusinessInput {
    BusinessInput {
        families: v
            .rows("families")
            .iter()
            .map(|r| Family { id: r.text_at(0), cost: r.number_at(1), price: r.number_at(2), opening: r.number_at(3) })
            .collect(),
        plan: v
            .rows("plan")
            .iter()
            .map(|r| Activity {
                family: r.text_at(0),
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, 1 to 36 by the column's range
                month: r.number_at(1) as usize,
                production: r.number_at(2),
                sales: r.number_at(3),
            })
            .collect(),
    }
}

fn values(input: &BusinessInput) -> Values {
    let families = input
        .families
        .iter()
        .map(|f| vec![Entry::Text(f.id.clone()), Entry::Number(f.cost), Entry::Number(f.price), Entry::Number(f.opening)])
        .collect();
    #[allow(clippy::cast_precision_loss)] // 1 to 36
    let plan = input
        .plan
        .iter()
        .map(|a| vec![Entry::Text(a.family.clone()), Entry::Number(a.month as f64), Entry::Number(a.production), Entry::Number(a.sales)])
        .collect();
    LESSON.defaults().with("families", Value::Table(families)).with("plan", Value::Table(plan))
}

fn solved(v: &Values) -> Option<(BusinessInput, BusinessSolution)> {
    let input = input(v);
    business_plan::solve(&input).ok().map(|s| (input, s))
}

fn money(x: f64, lang: Lang) -> String {
    format_number(x, lang, 2)
}

/// The quantities of [`Money`] with their test-id slugs and names, in the order of Fig 3.12.
const QUANTITIES: [(&str, Text); 5] = [
    ("production-cost", text::PRODUCTION_COST),
    ("revenue", text::REVENUE),
    ("cost-of-sales", text::COST_OF_SALES),
    ("stock-value", text::STOCK_VALUE),
    ("profit", text::PROFIT),
];

fn amounts(m: &Money) -> [f64; 5] {
    [m.production_cost, m.revenue, m.cost_of_sales, m.stock_value, m.profit]
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = business_plan::solve(&input).map_err(|e| {
        let (culprit, name) = match e {
            BusinessError::NoFamilies => (Culprit::Field("families"), String::new()),
            BusinessError::NoActivity => (Culprit::Field("plan"), String::new()),
            BusinessError::DuplicateFamily(row) => {
                (Culprit::Cell { param: "families", row, column: 0 }, input.families.get(row).map(|f| f.id.clone()).unwrap_or_default())
            }
            BusinessError::UnknownFamily(row) | BusinessError::DuplicateMonth(row) | BusinessError::Oversold(row) => {
                let column = match e {
                    BusinessError::UnknownFamily(_) => 0,
                    BusinessError::DuplicateMonth(_) => 1,
                    _ => 3,
                };
                let name = input.plan.get(row).map(|a| format!("{} M{}", a.family, a.month)).unwrap_or_default();
                (Culprit::Cell { param: "plan", row, column }, name)
            }
        };
        Problem { culprit, message: text::error_message(e, &name, lang) }
    })?;
    let t = s.total;
    let results = vec![
        ResultLine::new(text::PROFIT, money(t.profit, lang), "bp-profit").main(),
        ResultLine::new(text::REVENUE, money(t.revenue, lang), "bp-revenue"),
        ResultLine::new(text::COST_OF_SALES, money(t.cost_of_sales, lang), "bp-cost-of-sales"),
        ResultLine::new(text::PRODUCTION_COST, money(t.production_cost, lang), "bp-production-cost"),
        ResultLine::new(text::STOCK_VALUE, money(t.stock_value, lang), "bp-stock-value"),
        ResultLine::new(
            text::MARGIN,
            if t.revenue > 0.0 { format_percent(t.profit / t.revenue, lang, 2) } else { "—".to_owned() },
            "bp-margin",
        ),
    ];
    let names: Vec<String> = input.families.iter().map(|f| f.id.clone()).chain(std::iter::once(text::TOTAL.get(lang).to_owned())).collect();
    let column = |k: usize| {
        s.families
            .iter()
            .map(|f| amounts(&f.total).get(k).copied().unwrap_or(0.0))
            .chain(std::iter::once(amounts(&t).get(k).copied().unwrap_or(0.0)))
            .collect::<Vec<_>>()
    };
    let chart = periods_chart(
        names,
        text::MONEY_AXIS.get(lang),
        [1, 2, 4].iter().filter_map(|&k| QUANTITIES.get(k).map(|(_, name)| Series::new(name.get(lang), column(k), Style::Bar))).collect(),
    );
    let sections = vec![
        Section {
            title: text::FAMILY_TITLE,
            blocks: vec![
                Block::Figure {
                    chart: chart.to_json(),
                    label: text::CHART,
                    test_id: "bp-chart".to_owned(),
                    data: Tabular::Table(family_table(&input, &s, lang)),
                },
                Block::Note { text: text::STOCK_NOTE.get(lang).to_owned(), test_id: "bp-stock-note".to_owned() },
            ],
        },
        Section { title: text::MONTH_TITLE, blocks: vec![Block::Table(month_table(&s, lang))] },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&worked(&input, &s), text::step_title, lang) })
}

/// Fig 3.12: one row per family (and the total), one column per quantity; test ids
/// `bp-<quantity>-<family>`.
fn family_table(input: &BusinessInput, s: &BusinessSolution, lang: Lang) -> Table {
    let mut headers = vec![text::COL_WHAT, text::COL_PRODUCTION, text::COL_SALES, text::COL_CLOSING];
    headers.extend(QUANTITIES.iter().map(|(_, name)| *name));
    let row = |id: &str, label: String, production: f64, sales: f64, closing: f64, m: &Money| {
        let mut cells = vec![
            Cell::new(label).words(),
            Cell::with_id(format_number(production, lang, 2), format!("bp-production-{id}")),
            Cell::with_id(format_number(sales, lang, 2), format!("bp-sales-{id}")),
            Cell::with_id(format_number(closing, lang, 2), format!("bp-closing-{id}")),
        ];
        cells.extend(QUANTITIES.iter().zip(amounts(m)).map(|((slug, _), x)| Cell::with_id(money(x, lang), format!("bp-{slug}-{id}"))));
        cells
    };
    let mut rows: Vec<Vec<Cell>> = input
        .families
        .iter()
        .zip(&s.families)
        .map(|(f, plan)| {
            let (production, sales) = plan.months.iter().fold((0.0, 0.0), |(p, q), m| (p + m.production, q + m.sales));
            let closing = plan.months.last().map_or(f.opening, |m| m.closing);
            row(&f.id, f.id.clone(), production, sales, closing, &plan.total)
        })
        .collect();
    let all = s.families.iter().flat_map(|f| &f.months).fold((0.0, 0.0), |(p, q), m| (p + m.production, q + m.sales));
    let closing: f64 = input.families.iter().zip(&s.families).map(|(f, plan)| plan.months.last().map_or(f.opening, |m| m.closing)).sum();
    rows.push(row("total", text::TOTAL.get(lang).to_owned(), all.0, all.1, closing, &s.total));
    Table::new(text::FAMILY_TABLE, &headers, "bp-families", lang).rows(rows)
}

/// All families month by month; test ids `bp-month-<quantity>-<month>`.
fn month_table(s: &BusinessSolution, lang: Lang) -> Table {
    let mut headers = vec![text::COL_MONTH_NAME];
    headers.extend(QUANTITIES.iter().map(|(_, name)| *name));
    let rows = s
        .by_month
        .iter()
        .enumerate()
        .map(|(m, x)| {
            std::iter::once(Cell::new(format!("M{}", m + 1)).words())
                .chain(
                    QUANTITIES
                        .iter()
                        .zip(amounts(x))
                        .map(|((slug, _), v)| Cell::with_id(money(v, lang), format!("bp-month-{slug}-{}", m + 1))),
                )
                .collect()
        })
        .collect();
    Table::new(text::MONTH_TABLE, &headers, "bp-months", lang).rows(rows)
}

/// The first family's first month worked out, as Fig 3.12 reads.
fn worked(input: &BusinessInput, s: &BusinessSolution) -> Vec<Step> {
    let (Some(f), Some(m)) =
        (input.families.first(), s.families.first().and_then(|p| p.months.iter().find(|m| m.production + m.sales > 0.0)))
    else {
        return Vec::new();
    };
    vec![
        Step::new("production_cost", "c × P").num(f.cost).text(" × ").num(m.production).result(m.money.production_cost),
        Step::new("revenue", "p × V").num(f.price).text(" × ").num(m.sales).result(m.money.revenue),
        Step::new("cost_of_sales", "c × V").num(f.cost).text(" × ").num(m.sales).result(m.money.cost_of_sales),
        Step::new("closing", "S₀ + P − V").num(m.opening).text(" + ").num(m.production).text(" − ").num(m.sales).result(m.closing),
        Step::new("stock_value", "c × S").num(f.cost).text(" × ").num(m.closing).result(m.money.stock_value),
        Step::new("profit", "p × V − c × V").num(m.money.revenue).text(" − ").num(m.money.cost_of_sales).result(m.money.profit),
    ]
}

/// Two families, one month, round prices.
fn exercise(seed: u64) -> BusinessInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let mut draw = |low: i64, high: i64, step: i64| rng.step(low, high, step) as f64;
    let mut families = Vec::new();
    let mut plan = Vec::new();
    for id in ["A", "B"] {
        let cost = draw(10, 60, 5);
        let opening = draw(0, 300, 10);
        let production = draw(100, 900, 10);
        let sales = (opening + production - draw(0, 200, 10)).max(0.0);
        families.push(Family { id: id.into(), cost, price: cost + draw(2, 15, 1), opening });
        plan.push(Activity { family: id.into(), month: 1, production, sales });
    }
    BusinessInput { families, plan }
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let n = |x: f64| format_number(x, lang, 2);
    let lines: Vec<String> = input
        .families
        .iter()
        .filter_map(|f| {
            let a = input.plan.iter().find(|a| a.family == f.id)?;
            let id = &f.id;
            let [cost, price, opening, production, sales] = [f.cost, f.price, f.opening, a.production, a.sales].map(n);
            Some(match lang {
                Lang::Fr => format!(
                    "famille {id} : prix de revient {cost}, prix de vente {price}, stock de départ {opening}, production {production}, ventes {sales}"
                ),
                Lang::En => {
                    format!("family {id}: cost price {cost}, sale price {price}, opening stock {opening}, production {production}, sales {sales}")
                }
            })
        })
        .collect();
    match lang {
        Lang::Fr => format!("Un mois, deux familles — {}.", lines.join(" ; ")),
        Lang::En => format!("One month, two families — {}.", lines.join("; ")),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, s)) = solved(v) else { return Vec::new() };
    let (Some(family), Some(plan)) = (input.families.first(), s.families.first()) else { return Vec::new() };
    let closing = plan.months.last().map_or(family.opening, |m| m.closing);
    vec![
        Question::new("revenue", t!("Chiffre d’affaires total", "Total revenue"), s.total.revenue, Tolerance::Absolute(0.01), 2)
            .hint(t!("Prix de vente × ventes, pour chaque famille, additionnés.", "Sale price × sales, for each family, added up.")),
        Question::new("stock-value-a", t!("Valeur du stock final de A", "Closing stock value of A"), plan.total.stock_value, Tolerance::Absolute(0.01), 2)
            .hint(t!("(Stock de départ + production − ventes) × prix de revient.", "(Opening stock + production − sales) × cost price."))
            .mistake(closing * family.price, t!("Le stock se valorise au prix de revient, pas au prix de vente.", "Stock is valued at cost price, not at sale price.")),
        Question::new("profit", t!("Résultat total", "Total profit"), s.total.profit, Tolerance::Absolute(0.01), 2)
            .hint(t!("Chiffre d’affaires − coût des ventes (prix de revient × ventes).", "Revenue − cost of sales (cost price × sales)."))
            .mistake(
                s.total.revenue - s.total.production_cost,
                t!(
                    "C’est chiffre d’affaires − coût de production : ce qui est produit et non vendu reste en stock, ce n’est pas une charge du mois.",
                    "That is revenue − production cost: what is made and not sold stays in stock, it is not a cost of the month."
                ),
            ),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(input, s)| step_lines(&worked(&input, &s), text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn fig_3_12_exactly() {
        let report = LESSON.preset_report("fig-3-12", Lang::En);
        let family = |id: &str| QUANTITIES.map(|(slug, _)| report.at(&format!("bp-{slug}-{id}")));
        assert_eq!(family("A"), ["28,800", "31,500", "28,000", "8,000", "3,500"]);
        assert_eq!(family("B"), ["5,600", "4,400", "3,850", "3,500", "550"]);
        assert_eq!(report.at("bp-closing-B"), "100");
        assert_eq!(report.at("bp-profit"), "4,050");
        assert!(report.steps.iter().any(|s| s.key == "closing" && s.numbers == "180 + 720 − 700" && s.result == "200"));
    }

    #[test]
    fn a_quarter_carries_the_stock() {
        let report = LESSON.preset_report("quarter", Lang::Fr);
        assert_eq!(report.at("bp-closing-A"), "0");
        // At the end of M2: A 400 × 40 + B 110 × 35.
        assert_eq!(report.at("bp-month-stock-value-2"), "19\u{a0}850");
        assert_eq!(report.at("bp-profit-A"), "12\u{a0}000");
    }

    #[test]
    fn errors_name_their_row() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-12").unwrap());
        let mut plan = values.rows("plan").to_vec();
        plan[1][3] = Entry::Number(500.0);
        let problem = solve(&values.clone().with("plan", Value::Table(plan)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "plan", row: 1, column: 3 });
        assert_eq!(problem.message, "B M1: more sales than the stock and the production allow.");
    }

    #[test]
    fn exercises_value_their_own_month() {
        for seed in 0..30 {
            let values = (LESSON.exercise.generate)(seed);
            let (input, s) = solved(&values).unwrap();
            let asked = questions(&values);
            assert_eq!(asked[0].expected, s.total.revenue);
            let a = &input.families[0];
            let activity = &input.plan[0];
            assert_eq!(asked[1].expected, a.cost * (a.opening + activity.production - activity.sales), "seed {seed}");
        }
        let values = (LESSON.exercise.generate)(1);
        assert!(statement(&values, Lang::En).starts_with("One month, two families — family A: cost price"));
    }
}
