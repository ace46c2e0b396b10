//! The run-out time lesson, `#/runout`: which product a flow shop makes first, and which run out
//! while the lots follow each other.

pub mod text;

use crate::charts::runout::timeline;
use crate::engine::runout::{self, Product, RunoutError, RunoutInput, RunoutSolution};
use crate::engine::steps::Step;
use crate::i18n::{format_number, Lang};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::bounds;
use crate::t;

static PRODUCTS: TableSpec = TableSpec {
    columns: &[
        Column::new("id", text::COL_ID, ColumnKind::Id),
        Column::new("stock", text::COL_STOCK, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("usage", text::COL_USAGE, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("lot", text::COL_LOT, ColumnKind::OptionalNumber(bounds::POSITIVE_QUANTITY)),
    ],
    max_rows: 20,
    cell_id: "runout-product",
    new_row: |n| vec![Entry::Text(format!("P{n}")), Entry::Number(1.0), Entry::Number(0.1), Entry::Text(String::new())],
    caption: text::PRODUCTS,
    links: crate::kit::RowLinks::Semicolon,
};

pub static LESSON: Lesson = Lesson {
    id: "runout",
    prefix: "runout",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[Group {
        legend: Some(text::PRODUCTS_GROUP),
        inputs: &[
            Input::new("products", text::PRODUCTS, Kind::Table(&PRODUCTS)).hint(text::PRODUCTS_HINT),
            Input::new("rate", text::RATE, Kind::Number(bounds::POSITIVE_QUANTITY)).unit(text::PER_DAY),
        ],
    }],
    presets: &[
        Preset {
            slug: "fig-5-2",
            title: t!("Fig 5.2 : avec les lots, C et B tombent en rupture", "Fig 5.2: with lots, C and B run out"),
            link: "products=A:0.8:0.2:4;B:1:0.1:2;C:1.5:0.2:1.5;D:0.6:0.04:1.5&rate=0.5",
        },
        Preset {
            slug: "fig-5-1",
            title: t!("Fig 5.1 : les délais de rupture seuls", "Fig 5.1: the run-out times alone"),
            link: "products=A:0.8:0.2;B:1:0.1;C:1.5:0.2;D:0.6:0.04&rate=0.5",
        },
        Preset {
            slug: "smaller-lot",
            title: t!("Un lot de A de 2 t : plus de rupture", "A lot of 2 t of A: no shortage left"),
            link: "products=A:0.8:0.2:2;B:1:0.1:2;C:1.5:0.2:1.5;D:0.6:0.04:1.5&rate=0.5",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&runout::exercise(seed)),
        statement: |v, lang| {
            let i = input(v);
            let n = |x: f64| format_number(x, lang, 2);
            let list = i
                .products
                .iter()
                .map(|p| format!("{} {} / {} / {}", p.id, n(p.stock), n(p.usage), p.lot.map(n).unwrap_or_default()))
                .collect::<Vec<_>>();
            text::exercise_statement(&list.join(if lang == Lang::Fr { " ; " } else { "; " }), &n(i.rate), lang)
        },
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| products_table(&input, &s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn input(v: &Values) -> RunoutInput {
    let products = v
        .rows("products")
        .iter()
        .map(|row| {
            let number = |i: usize| row.number_at(i);
            Product { id: row.text_at(0), stock: number(1), usage: number(2), lot: Some(number(3)).filter(|l| !l.is_nan()) }
        })
        .collect();
    RunoutInput { products, rate: v.num("rate") }
}

fn values(i: &RunoutInput) -> Values {
    let rows = i
        .products
        .iter()
        .map(|p| {
            vec![
                Entry::Text(p.id.clone()),
                Entry::Number(p.stock),
                Entry::Number(p.usage),
                p.lot.map_or_else(|| Entry::Text(String::new()), Entry::Number),
            ]
        })
        .collect();
    LESSON.defaults().with("products", Value::Table(rows)).with_num("rate", i.rate)
}

fn solved(v: &Values) -> Option<(RunoutInput, RunoutSolution)> {
    let input = input(v);
    runout::solve(&input).ok().map(|s| (input, s))
}

fn days(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = runout::solve(&input).map_err(|e| {
        let (row, column) = match e {
            RunoutError::Duplicate(i) => (Some(i), 0),
            RunoutError::Usage(i) | RunoutError::Rate(i) => (Some(i), 2),
            RunoutError::NoProduct => (None, 0),
        };
        let product = row.and_then(|r| input.products.get(r)).map_or("", |p| p.id.as_str());
        let culprit = row.map_or(Culprit::Field("products"), |row| Culprit::Cell { param: "products", row, column });
        Problem { culprit, message: text::error_message(e, product, lang) }
    })?;
    let first = s.order.first().and_then(|&i| input.products.get(i)).map_or_else(String::new, |p| p.id.clone());
    let results = vec![
        ResultLine::new(text::FIRST, first, "runout-first").main(),
        ResultLine::new(text::TOTAL_SHORT, days(s.total_short, lang), "runout-total-short").unit(text::DAYS),
    ];
    let rows: Vec<_> = s
        .order
        .iter()
        .filter_map(|&i| {
            let p = input.products.get(i)?;
            let made = s.made.get(i).copied().flatten();
            let out = s.runout.get(i).copied()?;
            Some((p.id.clone(), made.map(|m| (m.start, m.end)), made.filter(|m| m.short > 0.0).map(|m| (out, m.short))))
        })
        .collect();
    let table = products_table(&input, &s, lang);
    // Run-out times alone (Fig 5.1, no lot given) put nothing on the line: the table says it all.
    let block = if rows.iter().any(|row| row.1.is_some()) {
        Block::Figure {
            chart: timeline(&rows, [text::DAY_AXIS, text::LOT_BAR, text::SHORT_BAR], lang).to_json(),
            label: text::GANTT,
            test_id: "runout-gantt".to_owned(),
            data: Tabular::Table(table),
        }
    } else {
        Block::Table(table)
    };
    let sections = vec![Section { title: text::TABLE_TITLE, blocks: vec![block] }];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&worked(&input, &s), text::step_title, lang) })
}

/// In priority order, each product's run-out time, rank, lot and when it is made and short.
fn products_table(input: &RunoutInput, s: &RunoutSolution, lang: Lang) -> Table {
    let rows = s
        .order
        .iter()
        .filter_map(|&i| {
            let p = input.products.get(i)?;
            let made = s.made.get(i).copied().flatten();
            let dash = || text::NOT_MADE.get(lang).to_owned();
            Some(vec![
                Cell::new(p.id.clone()).words(),
                Cell::new(format_number(p.stock, lang, 4)),
                Cell::new(format_number(p.usage, lang, 4)),
                Cell::with_id(days(s.runout.get(i).copied()?, lang), format!("runout-{}", p.id)),
                Cell::with_id(s.rank.get(i)?.to_string(), format!("runout-rank-{}", p.id)),
                Cell::new(p.lot.map_or_else(dash, |l| format_number(l, lang, 4))),
                Cell::new(p.lot.map_or_else(dash, |l| days(l / input.rate, lang))),
                Cell::with_id(made.map_or_else(dash, |m| days(m.start, lang)), format!("runout-start-{}", p.id)),
                Cell::with_id(made.map_or_else(dash, |m| days(m.end, lang)), format!("runout-end-{}", p.id)),
                Cell::with_id(made.map_or_else(dash, |m| days(m.short, lang)), format!("runout-short-{}", p.id)),
            ])
        })
        .collect();
    Table::new(
        text::TABLE,
        &[
            text::COL_ID,
            text::COL_STOCK,
            text::COL_USAGE,
            text::COL_RUNOUT,
            text::COL_RANK,
            text::COL_LOT,
            text::COL_MAKE,
            text::COL_START,
            text::COL_END,
            text::COL_SHORT,
        ],
        "runout-table",
        lang,
    )
    .rows(rows)
}

/// The first product's run-out and lot, and the longest shortage.
fn worked(input: &RunoutInput, s: &RunoutSolution) -> Vec<Step> {
    let mut steps = Vec::new();
    if let Some(p) = s.order.first().and_then(|&i| input.products.get(i)) {
        steps.push(Step::new("runout", "S / u").num(p.stock).text(" / ").num(p.usage).result(p.stock / p.usage));
        if let Some(lot) = p.lot {
            steps.push(Step::new("lot", "Q / r").num(lot).text(" / ").num(input.rate).result(lot / input.rate));
        }
    }
    let longest = s.made.iter().zip(&s.runout).filter_map(|(m, out)| m.map(|m| (m, *out))).max_by(|a, b| a.0.short.total_cmp(&b.0.short));
    if let Some((m, out)) = longest.filter(|(m, _)| m.short > 0.0) {
        steps.push(
            Step::new("short", "max(0, t_début − t_rupture)").text("max(0 ; ").num(m.start).text(" − ").num(out).text(")").result(m.short),
        );
    }
    steps
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, s)) = solved(v) else { return Vec::new() };
    let index = |id: &str| input.products.iter().position(|p| p.id == id);
    let (Some(a), Some(b)) = (index("A"), index("B")) else { return Vec::new() };
    vec![
        Question::new("runout-a", t!("Délai de rupture de A (jours)", "A’s run-out time (days)"), s.runout.get(a).copied().unwrap_or(0.0), Tolerance::Absolute(0.01), 2)
            .hint(t!("Stock divisé par la sortie par jour.", "Stock divided by the usage per day.")),
        Question::new("rank-b", t!("Rang de priorité de B", "B’s priority rank"), s.rank.get(b).copied().map_or(0.0, |r| r as f64), Tolerance::Absolute(0.0), 0)
            .hint(t!("Classez les produits par délai de rupture croissant.", "Rank the products by increasing run-out time.")),
        Question::new("short", t!("Jours de rupture au total", "Days out of stock in all"), s.total_short, Tolerance::Absolute(0.01), 2)
            .hint(t!("Enchaînez les lots par priorité (durée = lot / débit) ; pour chaque produit, la rupture dure du délai de rupture au début de son lot.", "Chain the lots by priority (time = lot / rate); for each product, the shortage lasts from its run-out time to its lot’s start.")),
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
    fn figs_5_1_and_5_2_exactly() {
        let plain = LESSON.preset_report("fig-5-1", Lang::En);
        let row = |r: &Report, what: &str| ["A", "B", "C", "D"].map(|p| r.at(&format!("runout{what}-{p}")));
        assert_eq!(row(&plain, ""), ["4", "10", "7.5", "15"]);
        assert_eq!(row(&plain, "-rank"), ["1", "3", "2", "4"]);
        let lots = LESSON.preset_report("fig-5-2", Lang::Fr);
        assert_eq!(row(&lots, "-short"), ["0", "1", "0,5", "0"], "C short for half a day, B for a day");
        assert_eq!(row(&lots, "-start"), ["0", "11", "8", "15"]);
        assert_eq!(lots.at("runout-first"), "A");
        assert_eq!(lots.at("runout-total-short"), "1,5");
        // Run-out times alone draw no empty timeline; lots do.
        assert!(matches!(plain.sections[0].blocks[..], [Block::Table(_)]));
        assert!(matches!(lots.sections[0].blocks[..], [Block::Figure { .. }]));
        assert_eq!(LESSON.preset_report("smaller-lot", Lang::En).at("runout-total-short"), "0");
    }

    #[test]
    fn errors_name_their_cell() {
        let values = preset_values(&LESSON, LESSON.preset("fig-5-2").unwrap());
        let mut rows = values.rows("products").to_vec();
        rows[1][2] = Entry::Number(0.0);
        let problem = solve(&values.clone().with("products", Value::Table(rows)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "products", row: 1, column: 2 });
        assert!(problem.message.starts_with("B:"));
        assert_eq!(
            solve(&values.with_num("rate", 0.1), Lang::En).unwrap_err().culprit,
            Culprit::Cell { param: "products", row: 0, column: 2 }
        );
    }

    #[test]
    fn exercises_ask_about_their_own_products() {
        for seed in 0..50 {
            let values = (LESSON.exercise.generate)(seed);
            let (_, s) = solved(&values).unwrap();
            let asked = questions(&values);
            assert_eq!(asked.len(), 3);
            assert_eq!(asked[2].expected, s.total_short);
        }
    }
}
