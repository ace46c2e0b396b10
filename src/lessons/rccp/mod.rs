//! The rough-cut capacity lesson, `#/rccp`: the master schedule's receipts as hours per work
//! centre and week, offset by their routing, against capacity; overloads and the one-week move
//! of a receipt that relieves them most.

pub mod text;

use crate::charts::plan::{periods_chart, Series, Style};
use crate::engine::rccp::{self, Centre, Operation, Product, RccpError, RccpInput, RccpSolution};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::i18n::{Lang, Text};
use crate::kit::grid::Grid;
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Import, Input, Kind, Lesson, Preset, RowLinks, TableSpec};
use crate::lessons::capacity::{centre_rows, hours};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

const WEEK_COUNT: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(52.0)).integer();
const OFFSET: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(12.0)).integer();

static PRODUCTS: TableSpec = TableSpec {
    columns: &[
        Column::new("id", text::COL_PRODUCT, ColumnKind::Id),
        Column::new("quantity", text::COL_QUANTITY, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("weeks", text::COL_WEEKS, ColumnKind::Ids).joined_by('@'),
    ],
    max_rows: 12,
    cell_id: "rccp-product",
    new_row: |n| vec![Entry::Text(format!("P{}", n + 1)), Entry::Number(100.0), Entry::Text("1".into())],
    caption: text::PRODUCTS,
    links: RowLinks::Semicolon,
};

static ROUTING: TableSpec = TableSpec {
    columns: &[
        Column::new("product", text::COL_PRODUCT, ColumnKind::Id),
        Column::new("centre", text::COL_CENTRE, ColumnKind::Id),
        Column::new("hours", text::COL_HOURS, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("offset", text::COL_OFFSET, ColumnKind::Number(OFFSET)),
    ],
    max_rows: 96,
    cell_id: "rccp-op",
    new_row: |_| vec![Entry::Text("P1".into()), Entry::Text("C1".into()), Entry::Number(1.0), Entry::Number(0.0)],
    caption: text::ROUTING,
    links: RowLinks::Grouped,
};

static CAPACITIES: TableSpec = TableSpec {
    columns: &[
        Column::new("centre", text::COL_CENTRE, ColumnKind::Id),
        Column::new("capacity", text::COL_CAPACITY, ColumnKind::Number(bounds::QUANTITY)),
    ],
    max_rows: 12,
    cell_id: "rccp-cap",
    new_row: |n| vec![Entry::Text(format!("C{}", n + 1)), Entry::Number(40.0)],
    caption: text::CAP,
    links: RowLinks::Comma,
};

pub static LESSON: Lesson = Lesson {
    id: "rccp",
    prefix: "rccp",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::MPS_GROUP),
            inputs: &[
                Input::new("weeks", text::WEEKS, Kind::Number(WEEK_COUNT)),
                Input::new("products", text::PRODUCTS, Kind::Table(&PRODUCTS)).hint(text::PRODUCTS_HINT),
            ],
        },
        Group {
            legend: Some(text::ROUTING_GROUP),
            inputs: &[
                Input::new("routing", text::ROUTING, Kind::Table(&ROUTING)).hint(text::ROUTING_HINT),
                Input::new("cap", text::CAP, Kind::Table(&CAPACITIES)).hint(text::CAP_HINT),
            ],
        },
    ],
    presets: &[Preset {
        slug: "fig-3-17",
        title: t!(
            "Figs 3.17 à 3.20 : P1 et P2, emboutissage, usinage, montage (surcharges en S2, S3, S4)",
            "Figs 3.17 to 3.20: P1 and P2, stamping, machining, assembly (overloads in S2, S3, S4)"
        ),
        link: "weeks=8&products=P1:200@1,3,4,6,8,10;P2:150@2,4,5,7,9&routing=P1:stamping:0.15:2,machining:0.4:1,assembly:0.5:0;P2:stamping:0.2:2,machining:0.5:1,assembly:0.7:0&cap=stamping:35,machining:100,assembly:110",
    }],
    imports: &[Import { from: "mps", label: text::IMPORT_MPS, apply: from_mps }],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&exercise(seed)),
        statement,
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| Table::from_grid(&load_grid(&input, &s, lang), "rccp-solution-grid")).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// The master schedule's lots as the first product's receipts (a new product when there is
/// none), and its horizon. A week with two lots counts once: a product's receipts are all one lot.
fn from_mps(mps: &Values, target: &Values, lang: Lang) -> Result<Values, String> {
    let (weeks, lot, receipts) = crate::lessons::mps::schedule(mps).ok_or_else(|| text::IMPORT_NONE.get(lang).to_owned())?;
    let listed = receipts.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
    let mut products = target.rows("products").to_vec();
    match products.first_mut() {
        Some(row) => {
            for (i, entry) in [(1, Entry::Number(lot)), (2, Entry::Text(listed))] {
                if let Some(cell) = row.get_mut(i) {
                    *cell = entry;
                }
            }
        }
        None => products.push(vec![Entry::Text("MPS".into()), Entry::Number(lot), Entry::Text(listed)]),
    }
    #[allow(clippy::cast_precision_loss)] // 1 to 52
    let weeks = weeks as f64;
    Ok(target.clone().with_num("weeks", weeks).with("products", Value::Table(products)))
}

/// Receipt weeks as typed; one that is not a whole week reads as 0, which the engine names.
fn weeks_of(cell: &[Entry]) -> Vec<usize> {
    cell.get(2).map(|e| e.ids().iter().map(|w| w.parse().unwrap_or(0)).collect()).unwrap_or_default()
}

fn input(v: &Values) -> RccpInput {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole numbers within their columns' ranges
    let whole = |x: f64| x as usize;
    RccpInput {
        weeks: whole(v.num("weeks")),
        products: v.rows("products").iter().map(|r| Product { id: r.text_at(0), quantity: r.number_at(1), weeks: weeks_of(r) }).collect(),
        routing: v
            .rows("routing")
            .iter()
            .map(|r| Operation { product: r.text_at(0), centre: r.text_at(1), hours: r.number_at(2), offset: whole(r.number_at(3)) })
            .collect(),
        centres: v.rows("cap").iter().map(|r| Centre { name: r.text_at(0), capacity: r.number_at(1) }).collect(),
    }
}

fn values(input: &RccpInput) -> Values {
    #[allow(clippy::cast_precision_loss)] // weeks and offsets
    let number = |x: usize| x as f64;
    let products = input
        .products
        .iter()
        .map(|p| {
            let weeks = p.weeks.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
            vec![Entry::Text(p.id.clone()), Entry::Number(p.quantity), Entry::Text(weeks)]
        })
        .collect();
    let routing = input
        .routing
        .iter()
        .map(|op| {
            vec![Entry::Text(op.product.clone()), Entry::Text(op.centre.clone()), Entry::Number(op.hours), Entry::Number(number(op.offset))]
        })
        .collect();
    let cap = input.centres.iter().map(|c| vec![Entry::Text(c.name.clone()), Entry::Number(c.capacity)]).collect();
    LESSON
        .defaults()
        .with_num("weeks", number(input.weeks))
        .with("products", Value::Table(products))
        .with("routing", Value::Table(routing))
        .with("cap", Value::Table(cap))
}

fn solved(v: &Values) -> Option<(RccpInput, RccpSolution)> {
    let input = input(v);
    rccp::solve(&input).ok().map(|s| (input, s))
}

fn problem(input: &RccpInput, error: &RccpError, lang: Lang) -> Problem {
    let product = |i: usize| input.products.get(i).map_or_else(String::new, |p| p.id.clone());
    let op = |i: usize| input.routing.get(i).map_or_else(String::new, |o| format!("{} — {}", o.product, o.centre));
    let (culprit, name) = match *error {
        RccpError::NoProducts => (Culprit::Field("products"), String::new()),
        RccpError::DuplicateProduct(row) => (Culprit::Cell { param: "products", row, column: 0 }, product(row)),
        RccpError::ReceiptWeek(row) => (Culprit::Cell { param: "products", row, column: 2 }, product(row)),
        RccpError::DuplicateCentre(row) => {
            (Culprit::Cell { param: "cap", row, column: 0 }, input.centres.get(row).map_or_else(String::new, |c| c.name.clone()))
        }
        RccpError::UnknownProduct(row) => (Culprit::Cell { param: "routing", row, column: 0 }, op(row)),
        RccpError::UnknownCentre(row) => (Culprit::Cell { param: "routing", row, column: 1 }, op(row)),
    };
    Problem { culprit, message: text::error_message(error, &name, lang) }
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = rccp::solve(&input).map_err(|e| problem(&input, &e, lang))?;
    let overloads: usize = s.centres.iter().map(|c| c.overloads.len()).sum();
    let past_due: Vec<String> = input
        .centres
        .iter()
        .zip(&s.centres)
        .filter(|(_, l)| l.past_due > 0.0)
        .map(|(c, l)| format!("{} {} h", c.name, hours(l.past_due, lang)))
        .collect();
    let best = s.best_move.as_ref().map_or_else(
        || text::no_move(lang),
        |m| text::move_text(&m.product, m.from, m.to, &hours(m.overload_before, lang), &hours(m.overload_after, lang), lang),
    );
    let mut results = vec![ResultLine::new(text::OVERLOADS, overloads.to_string(), "rccp-overload-count").main()];
    if !past_due.is_empty() {
        results.push(ResultLine::new(text::PAST_DUE, past_due.join(", "), "rccp-past-due"));
    }
    if overloads > 0 {
        results.push(ResultLine::new(text::MOVE, best, "rccp-move"));
    }
    let grid = load_grid(&input, &s, lang);
    let periods = grid.periods.clone();
    // One chart per centre: their loads differ tenfold (stamping 30 h, assembly 200 h).
    let charts = input
        .centres
        .iter()
        .zip(&s.centres)
        .map(|(centre, load)| {
            let series = vec![
                Series::new(text::LOAD_WORD.get(lang), load.load.clone(), Style::Bar),
                Series::new(text::CAPACITY_WORD.get(lang), vec![centre.capacity; input.weeks], Style::Dashed),
            ];
            Block::Figure {
                chart: periods_chart(periods.clone(), text::HOURS_AXIS.get(lang), series).to_json(),
                label: text::CHART,
                test_id: format!("rccp-chart-{}", centre.name),
                data: Tabular::Table(centre_table(centre, &load.load, &periods, lang)),
            }
        })
        .collect();
    let sections =
        vec![Section { title: text::GRID_TITLE, blocks: vec![Block::Grid(grid)] }, Section { title: text::CHARTS_TITLE, blocks: charts }];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&worked(&input, &s), text::step_title, lang) })
}

/// A centre's load and capacity week by week: the numbers beside its chart.
fn centre_table(centre: &Centre, load: &[f64], periods: &[String], lang: Lang) -> Table {
    let mut table = Table::new(text::CHART, &[], format!("rccp-table-{}", centre.name), lang);
    table.caption.clone_from(&centre.name);
    table.headers = std::iter::once(String::new()).chain(periods.iter().cloned()).collect();
    let row = |label: Text, values: Vec<f64>| {
        std::iter::once(Cell::new(label.get(lang)).words()).chain(values.into_iter().map(|x| Cell::new(hours(x, lang)))).collect()
    };
    table.rows(vec![row(text::LOAD_WORD, load.to_vec()), row(text::CAPACITY_WORD, vec![centre.capacity; load.len()])])
}

/// The receipts behind a centre's load in a week: (product, hours per piece, quantity).
fn contributions<'a>(input: &'a RccpInput, centre: &str, week: usize) -> Vec<(&'a str, f64, f64)> {
    input
        .routing
        .iter()
        .filter(|op| op.centre == centre)
        .filter_map(|op| {
            let product = input.products.iter().find(|p| p.id == op.product)?;
            product.weeks.contains(&(week + 1 + op.offset)).then_some((product.id.as_str(), op.hours, product.quantity))
        })
        .collect()
}

/// Fig 3.20: per centre, load (with its sum), capacity and load ratio; `rccp-<centre>-<w>`.
fn load_grid(input: &RccpInput, s: &RccpSolution, lang: Lang) -> Grid {
    let colon = if lang == Lang::Fr { " :" } else { ":" };
    let mut rows = Vec::new();
    for (centre, load) in input.centres.iter().zip(&s.centres) {
        let why = |w: usize| {
            let terms: Vec<String> = contributions(input, &centre.name, w)
                .iter()
                .map(|(p, h, q)| format!("{p} {} × {}", hours(*h, lang), hours(*q, lang)))
                .collect();
            format!("{} {}{colon} {}", centre.name, text::week_label(w), if terms.is_empty() { "0".to_owned() } else { terms.join(" + ") })
        };
        let capacity = vec![centre.capacity; input.weeks];
        let ratio: Vec<Option<f64>> = load.load.iter().map(|l| (centre.capacity > 0.0).then(|| l / centre.capacity)).collect();
        rows.extend(centre_rows(&centre.name, &load.load, &capacity, &ratio, &load.overloads, why, lang));
    }
    Grid {
        caption: text::GRID.get(lang).to_owned(),
        prefix: "rccp".to_owned(),
        periods: (0..input.weeks).map(text::week_label).collect(),
        opening: None,
        rows,
    }
}

/// The most loaded centre-week's sum.
fn worked(input: &RccpInput, s: &RccpSolution) -> Vec<Step> {
    let peak = input
        .centres
        .iter()
        .zip(&s.centres)
        .flat_map(|(c, l)| l.load.iter().enumerate().map(move |(w, x)| (c, w, *x / c.capacity.max(1e-9))))
        .max_by(|a, b| a.2.total_cmp(&b.2));
    let Some((centre, week, _)) = peak else { return Vec::new() };
    let terms = contributions(input, &centre.name, week);
    let load: f64 = terms.iter().map(|(_, h, q)| h * q).sum();
    let step = terms.iter().enumerate().fold(Step::new("load", "Σ h × q"), |step, (i, (_, h, q))| {
        let step = if i > 0 { step.text(" + ") } else { step };
        step.num(*h).text(" × ").num(*q)
    });
    vec![step.result(load)]
}

/// Two products through two centres, C1 a week before the receipt, C2 in the week, over six weeks.
fn exercise(seed: u64) -> RccpInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)] // small whole numbers
    let mut draw = |low: i64, high: i64, step: i64| rng.step(low, high, step) as f64;
    let mut products = Vec::new();
    for id in ["P1", "P2"] {
        let quantity = draw(50, 200, 10);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 2 to 7
        let weeks: Vec<usize> = (2..=7).filter(|_| draw(0, 1, 1) > 0.0).collect();
        products.push(Product { id: id.into(), quantity, weeks: if weeks.is_empty() { vec![3] } else { weeks } });
    }
    let op = |product: &str, centre: &str, hours: f64, offset: usize| Operation {
        product: product.into(),
        centre: centre.into(),
        hours,
        offset,
    };
    let routing = vec![
        op("P1", "C1", draw(1, 4, 1) / 10.0, 1),
        op("P1", "C2", draw(2, 6, 1) / 10.0, 0),
        op("P2", "C1", draw(1, 4, 1) / 10.0, 1),
        op("P2", "C2", draw(2, 6, 1) / 10.0, 0),
    ];
    let centres = vec![Centre { name: "C1".into(), capacity: draw(20, 60, 5) }, Centre { name: "C2".into(), capacity: draw(40, 100, 10) }];
    RccpInput { weeks: 6, products, routing, centres }
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let products: Vec<String> = input
        .products
        .iter()
        .map(|p| {
            let weeks = p.weeks.iter().map(|w| format!("S{w}")).collect::<Vec<_>>().join(" ");
            format!("{} {} × ({weeks})", p.id, hours(p.quantity, lang))
        })
        .collect();
    let ops: Vec<String> =
        input.routing.iter().map(|o| format!("{} {} {} h −{}", o.product, o.centre, hours(o.hours, lang), o.offset)).collect();
    let caps: Vec<String> = input.centres.iter().map(|c| format!("{} {} h", c.name, hours(c.capacity, lang))).collect();
    let (products, ops, caps) = (products.join(" | "), ops.join(", "), caps.join(", "));
    match lang {
        Lang::Fr => format!(
            "Réceptions du PDP — {products}. Gammes (produit, poste, heures par pièce, semaines avant la réception) — {ops}. Capacités par semaine — {caps}."
        ),
        Lang::En => {
            format!("MPS receipts — {products}. Routings (product, centre, hours per piece, weeks before the receipt) — {ops}. Capacities per week — {caps}.")
        }
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((_, s)) = solved(v) else { return Vec::new() };
    let (Some(c1), Some(c2)) = (s.centres.first(), s.centres.get(1)) else { return Vec::new() };
    let overloads: usize = s.centres.iter().map(|c| c.overloads.len()).sum();
    #[allow(clippy::cast_precision_loss)] // a handful of weeks
    let overloads = overloads as f64;
    let c2_w3 = c2.load.get(2).copied().unwrap_or(0.0);
    vec![
        Question::new(
            "c1-2",
            t!("Charge de C1 en S2 (h)", "Load of C1 in S2 (h)"),
            c1.load.get(1).copied().unwrap_or(0.0),
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!(
            "C1 travaille une semaine avant la réception : regardez les réceptions de S3.",
            "C1 works a week before the receipt: look at S3’s receipts."
        ))
        .mistake(
            // The hours of S2's receipts on C1, which C1 works in S1.
            c1.load.first().copied().unwrap_or(0.0),
            t!(
                "C’est la charge des réceptions de S2 : C1 travaille une semaine plus tôt.",
                "That is the load of S2’s receipts: C1 works a week earlier."
            ),
        ),
        Question::new("c2-3", t!("Charge de C2 en S3 (h)", "Load of C2 in S3 (h)"), c2_w3, Tolerance::Absolute(0.01), 2)
            .hint(t!("C2 travaille la semaine de la réception.", "C2 works in the week of the receipt.")),
        Question::new(
            "overloads",
            t!("Nombre de semaines de poste en surcharge", "Number of centre-weeks overloaded"),
            overloads,
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "Comptez, pour les deux postes, les semaines où la charge dépasse la capacité.",
            "Count, for both centres, the weeks whose load is above the capacity."
        )),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(input, s)| step_lines(&worked(&input, &s), text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::{preset_values, write_params};

    #[test]
    fn fig_3_20_exactly() {
        let report = LESSON.preset_report("fig-3-17", Lang::En);
        assert_eq!(report.row("rccp-stamping", 1..=8), ["30", "60", "30", "30", "30", "30", "30", "30"]);
        assert_eq!(report.row("rccp-machining", 1..=8), ["75", "80", "155", "75", "80", "75", "80", "75"]);
        assert_eq!(report.row("rccp-assembly", 1..=8), ["100", "105", "100", "205", "105", "100", "105", "100"]);
        assert_eq!(report.at("rccp-pct-assembly-4"), "186.4%");
        assert_eq!(report.at("rccp-overload-count"), "3");
        assert_eq!(report.at("rccp-past-due"), "stamping 60 h, machining 80 h");
        assert_eq!(report.at("rccp-move"), "No single receipt moved by a week cuts the overloads: it only moves them.");
        assert!(report.steps.iter().any(|s| s.numbers == "0.5 × 200 + 0.7 × 150" && s.result == "205"));
    }

    #[test]
    fn the_issues_link_format_round_trips() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-17").unwrap());
        let params: std::collections::BTreeMap<String, String> = write_params(&LESSON, &values).into_iter().collect();
        assert_eq!(params["products"], "P1:200@1,3,4,6,8,10;P2:150@2,4,5,7,9");
        assert_eq!(params["routing"], "P1:stamping:0.15:2,machining:0.4:1,assembly:0.5:0;P2:stamping:0.2:2,machining:0.5:1,assembly:0.7:0");
        assert_eq!(params["cap"], "stamping:35,machining:100,assembly:110");
    }

    #[test]
    fn the_master_schedules_lots_become_the_first_products_receipts() {
        let store = crate::scenario::storage::MemoryStore::default();
        let mps = crate::lessons::find("mps").unwrap();
        crate::kit::session::save(mps, &store, &preset_values(mps, mps.preset("proposal").unwrap())).unwrap();
        let target = preset_values(&LESSON, LESSON.preset("fig-3-17").unwrap());
        let taken = LESSON.imports[0].run(&target, &store, Lang::En).unwrap();
        assert_eq!(taken.rows("products")[0][1..], [Entry::Number(200.0), Entry::Text("3,6,9".into())]);
        assert_eq!(taken.num("weeks"), 10.0);
        assert_eq!(solve(&taken, Lang::En).unwrap().at("rccp-assembly-3"), "100");
    }

    #[test]
    fn errors_name_their_row() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-17").unwrap());
        let mut routing = values.rows("routing").to_vec();
        routing[5][1] = Entry::Text("paint".into());
        let problem = solve(&values.clone().with("routing", Value::Table(routing)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "routing", row: 5, column: 1 });
        assert_eq!(problem.message, "P2 — paint: this centre has no capacity.");
        let mut products = values.rows("products").to_vec();
        products[0][2] = Entry::Text("1,x".into());
        assert_eq!(
            solve(&values.with("products", Value::Table(products)), Lang::Fr).unwrap_err().culprit,
            Culprit::Cell { param: "products", row: 0, column: 2 }
        );
    }

    #[test]
    fn exercises_ask_about_their_own_schedule() {
        for seed in 0..30 {
            let values = (LESSON.exercise.generate)(seed);
            let (input, s) = solved(&values).unwrap();
            let asked = questions(&values);
            let expected: f64 = input
                .routing
                .iter()
                .filter(|o| o.centre == "C1")
                .filter_map(|o| input.products.iter().find(|p| p.id == o.product && p.weeks.contains(&3)).map(|p| p.quantity * o.hours))
                .sum();
            assert!((asked[0].expected - expected).abs() < 1e-9, "seed {seed}");
            assert_eq!(asked[1].expected, s.centres[1].load[2]);
        }
        assert!(statement(&(LESSON.exercise.generate)(2), Lang::En).starts_with("MPS receipts — P1"));
    }
}
