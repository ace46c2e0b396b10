//! The product mix lesson, `#/product-mix`: the unit-profit rule against the profit per
//! constraint hour, and the exact best mix when other resources bind too.

pub mod text;

use crate::charts::plan::stacked_bars;
use crate::engine::product_mix::{self, Mix, MixError, MixInput, MixSolution, Product, Resource};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::i18n::{format_number, Lang};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

/// A market of whole units: the solver's bounds are whole numbers.
const MARKET: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(1_000_000.0)).integer();

static PRODUCTS: TableSpec = TableSpec {
    columns: &[
        Column::new("id", text::COL_ID, ColumnKind::Id),
        Column::new("hours", text::COL_HOURS, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("profit", text::COL_PROFIT, ColumnKind::Number(bounds::MONEY)),
        Column::new("demand", text::COL_DEMAND, ColumnKind::Number(MARKET)),
    ],
    max_rows: 12,
    cell_id: "mix-product",
    new_row: |n| vec![Entry::Text(format!("P{}", n + 1)), Entry::Number(1.0), Entry::Number(100.0), Entry::Number(10.0)],
    caption: text::PRODUCTS,
    links: crate::kit::RowLinks::Semicolon,
};

static RESOURCES: TableSpec = TableSpec {
    columns: &[
        Column::new("name", text::COL_RESOURCE, ColumnKind::Id),
        Column::new("capacity", text::COL_CAPACITY, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("hours", text::COL_PER_PRODUCT, ColumnKind::NumberList(bounds::QUANTITY, 2)),
    ],
    max_rows: 6,
    cell_id: "mix-resource",
    new_row: |n| vec![Entry::Text(format!("R{}", n + 2)), Entry::Number(100.0), Entry::Numbers(vec![1.0, 1.0])],
    caption: text::OTHERS,
    links: crate::kit::RowLinks::Semicolon,
};

pub static LESSON: Lesson = Lesson {
    id: "product-mix",
    prefix: "mix",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::CONSTRAINT_GROUP),
            inputs: &[
                Input::new("cap", text::CAPACITY, Kind::Number(bounds::QUANTITY)).unit(text::HOURS_PER_WEEK),
                Input::new("products", text::PRODUCTS, Kind::Table(&PRODUCTS)).hint(text::PRODUCTS_HINT),
                Input::new("oe", text::OE, Kind::Number(bounds::MONEY)).unit(text::MONEY).hint(text::OE_HINT),
            ],
        },
        Group {
            legend: Some(text::OTHERS_GROUP),
            inputs: &[Input::new("resources", text::OTHERS, Kind::Table(&RESOURCES)).hint(text::OTHERS_HINT)],
        },
    ],
    presets: &[
        Preset {
            slug: "course",
            title: t!("Le cours : 168 h, P1 et P2 (118 000 contre 159 000)", "The course: 168 h, P1 and P2 (118,000 against 159,000)"),
            link: "cap=168&products=P1:2:1000:50;P2:0.5:500:300&oe=0",
        },
        Preset {
            slug: "second-resource",
            title: t!("Un montage saturé : la règle par heure ne suffit plus", "A full assembly: the per-hour rule is not enough"),
            link: "cap=168&products=P1:2:1000:50;P2:0.5:500:300&oe=100000&resources=Assembly:120:0.2,0.4",
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
        tables: |v, lang| solved(v).map(|(input, s)| ranking_table(&input, &s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn input(v: &Values) -> MixInput {
    MixInput {
        capacity: v.num("cap"),
        products: v
            .rows("products")
            .iter()
            .map(|r| Product { id: r.text_at(0), hours: r.number_at(1), profit: r.number_at(2), demand: r.number_at(3) })
            .collect(),
        others: v
            .rows("resources")
            .iter()
            .map(|r| Resource { name: r.text_at(0), capacity: r.number_at(1), hours: r.numbers_at(2) })
            .collect(),
        operating_expense: v.num("oe"),
    }
}

fn values(input: &MixInput) -> Values {
    let products = input
        .products
        .iter()
        .map(|p| vec![Entry::Text(p.id.clone()), Entry::Number(p.hours), Entry::Number(p.profit), Entry::Number(p.demand)])
        .collect();
    LESSON
        .defaults()
        .with_num("cap", input.capacity)
        .with("products", Value::Table(products))
        .with_num("oe", input.operating_expense)
        .with("resources", Value::Table(Vec::new()))
}

fn solved(v: &Values) -> Option<(MixInput, MixSolution)> {
    let input = input(v);
    product_mix::solve(&input).ok().map(|s| (input, s))
}

fn money(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

fn units(value: f64, lang: Lang) -> String {
    format_number(value, lang, 0)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = product_mix::solve(&input).map_err(|e| {
        let (param, row, name) = match &e {
            MixError::Duplicate(i) => ("products", Some(*i), input.products.get(*i).map(|p| p.id.clone())),
            MixError::ResourceHours(i) => ("resources", Some(*i), input.others.get(*i).map(|r| r.name.clone())),
            MixError::NoProducts | MixError::Solver | MixError::SearchTooLong => ("products", None, None),
        };
        let message = text::error_message(&e, name.as_deref().unwrap_or(""), lang);
        let column = if param == "resources" { 2 } else { 0 };
        let culprit = row.map_or(Culprit::Field(param), |row| Culprit::Cell { param, row, column });
        Problem { culprit, message }
    })?;
    let results = vec![
        ResultLine::new(text::OPTIMUM, money(s.optimum.profit, lang), "mix-profit").main(),
        ResultLine::new(text::NET, money(s.net, lang), "mix-net"),
        ResultLine::new(text::BY_HOUR, money(s.by_hour.profit, lang), "mix-hour-profit"),
        ResultLine::new(text::BY_UNIT, money(s.by_unit_profit.profit, lang), "mix-greedy-profit"),
    ];
    let enough = (s.by_hour.profit - s.optimum.profit).abs() < 1e-6;
    let mixes = mixes_table(&input, &s, lang);
    let names: Vec<String> = input.products.iter().map(|p| p.id.clone()).collect();
    let columns = [text::COL_UNIT_RULE, text::COL_HOUR_RULE, text::COL_BEST];
    let per_mix: Vec<Vec<f64>> = [&s.by_unit_profit, &s.by_hour, &s.optimum]
        .iter()
        .map(|m| input.products.iter().zip(&m.quantities).map(|(p, q)| p.profit * q).collect())
        .collect();
    // One bar per mix, one slice per product.
    let slices = names
        .iter()
        .enumerate()
        .map(|(p, name)| (name.clone(), per_mix.iter().map(|mix| mix.get(p).copied().unwrap_or(0.0)).collect()))
        .collect();
    let chart = stacked_bars(columns.iter().map(|c| c.get(lang).to_owned()).collect(), text::PROFIT_AXIS.get(lang), slices);
    let sections = vec![
        Section {
            title: text::MIXES_TITLE,
            blocks: vec![
                Block::Figure {
                    chart: chart.to_json(),
                    label: text::MIX_CHART,
                    test_id: "mix-chart".to_owned(),
                    data: Tabular::Table(mixes),
                },
                Block::Note {
                    text: if enough { text::RULE_ENOUGH } else { text::RULE_NOT_ENOUGH }.get(lang).to_owned(),
                    test_id: "mix-rule-note".to_owned(),
                },
            ],
        },
        Section { title: text::RANKING_TITLE, blocks: vec![Block::Table(ranking_table(&input, &s, lang))] },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&per_hour_steps(&input, &s), text::step_title, lang) })
}

/// One column per mix: quantities per product, total profit, hours used on each resource.
fn mixes_table(input: &MixInput, s: &MixSolution, lang: Lang) -> Table {
    let mixes: [(&Mix, &str); 3] = [(&s.by_unit_profit, "greedy"), (&s.by_hour, "hour"), (&s.optimum, "best")];
    let mut rows: Vec<Vec<Cell>> = input
        .products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut row = vec![Cell::new(p.id.clone()).words()];
            // The best mix's quantities are the teachers' `mix-qty-<id>`.
            row.extend(mixes.iter().map(|(m, key)| {
                let id = if *key == "best" { format!("mix-qty-{}", p.id) } else { format!("mix-{key}-qty-{}", p.id) };
                Cell::with_id(units(m.quantities.get(i).copied().unwrap_or(0.0), lang), id)
            }));
            row
        })
        .collect();
    let mut profit = vec![Cell::new(text::ROW_PROFIT.get(lang)).words()];
    profit.extend(mixes.iter().map(|(m, key)| Cell::with_id(money(m.profit, lang), format!("mix-{key}-total"))));
    rows.push(profit);
    let resource_names = std::iter::once(text::CONSTRAINT.get(lang).to_owned()).chain(input.others.iter().map(|r| r.name.clone()));
    let capacities = std::iter::once(input.capacity).chain(input.others.iter().map(|r| r.capacity));
    for (r, (name, capacity)) in resource_names.zip(capacities).enumerate() {
        let mut row = vec![Cell::new(format!("{} — {name}", text::ROW_USED.get(lang))).words()];
        row.extend(mixes.iter().map(|(m, key)| {
            let used = m.used.get(r).copied().unwrap_or(0.0);
            Cell::with_id(format!("{} / {}", format_number(used, lang, 2), format_number(capacity, lang, 2)), format!("mix-{key}-used-{r}"))
        }));
        rows.push(row);
    }
    Table::new(text::MIXES, &[text::COL_WHAT, text::COL_UNIT_RULE, text::COL_HOUR_RULE, text::COL_BEST], "mix-mixes", lang).rows(rows)
}

fn ranking_table(input: &MixInput, s: &MixSolution, lang: Lang) -> Table {
    let rows = input
        .products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let rank = s.by_hour.order.iter().position(|&o| o == i).map_or(0, |r| r + 1);
            let per_hour = if p.hours > 0.0 { format_number(p.profit / p.hours, lang, 2) } else { "∞".to_owned() };
            vec![
                Cell::new(p.id.clone()).words(),
                Cell::new(format_number(p.hours, lang, 4)),
                Cell::new(money(p.profit, lang)),
                Cell::with_id(per_hour, format!("mix-per-hour-{}", p.id)),
                Cell::with_id(rank.to_string(), format!("mix-rank-{}", p.id)),
            ]
        })
        .collect();
    Table::new(text::RANKING, &[text::COL_ID, text::COL_HOURS, text::COL_PROFIT, text::COL_PER_HOUR, text::COL_RANK], "mix-ranking", lang)
        .rows(rows)
}

/// The per-hour rule worked through: the best product per hour, its quantity, the next one's
/// from the hours left, the total. With other resources the quantities also obey them, so only
/// the rate and the total are worked.
fn per_hour_steps(input: &MixInput, s: &MixSolution) -> Vec<Step> {
    let mut steps = Vec::new();
    let ranked: Vec<(&Product, f64)> =
        s.by_hour.order.iter().filter_map(|&i| Some((input.products.get(i)?, s.by_hour.quantities.get(i).copied()?))).collect();
    if let Some((first, q1)) = ranked.first() {
        steps.push(Step::new("per_hour", "p / h").num(first.profit).text(" / ").num(first.hours).result(first.profit / first.hours));
        if input.others.is_empty() && first.hours > 0.0 {
            steps.push(
                Step::new("first", "min(D, ⌊C / h⌋)")
                    .text("min(")
                    .num(first.demand)
                    .text(" ; ⌊")
                    .num(input.capacity)
                    .text(" / ")
                    .num(first.hours)
                    .text("⌋)")
                    .result(*q1),
            );
            if let Some((second, q2)) = ranked.get(1).filter(|(p, _)| p.hours > 0.0) {
                steps.push(
                    Step::new("rest", "min(D₂, ⌊(C − h₁·q₁) / h₂⌋)")
                        .text("min(")
                        .num(second.demand)
                        .text(" ; ⌊(")
                        .num(input.capacity)
                        .text(" − ")
                        .num(first.hours)
                        .text(" × ")
                        .num(*q1)
                        .text(") / ")
                        .num(second.hours)
                        .text("⌋)")
                        .result(*q2),
                );
            }
        }
    }
    let total = Step::new("total", "Σ p · q");
    let total = ranked.iter().enumerate().fold(total, |step, (k, (p, q))| {
        let step = if k > 0 { step.text(" + ") } else { step };
        step.num(p.profit).text(" × ").num(*q)
    });
    steps.push(total.result(s.by_hour.profit));
    steps
}

/// Two products where the unit-profit reflex is wrong: the dearer one uses the constraint longer
/// per unit of profit, and the markets together overfill it. Draws again (a few times, from the
/// same seed) until the two rules differ.
fn exercise(seed: u64) -> MixInput {
    let mut rng = Rng::new(seed);
    for _ in 0..20 {
        let capacity = rng.pick(&[80.0, 120.0, 160.0, 168.0]);
        let (h1, h2) = (rng.pick(&[1.5, 2.0, 2.5, 3.0]), rng.pick(&[0.25, 0.5, 0.75]));
        #[allow(clippy::cast_precision_loss)] // small whole numbers
        let p1 = rng.step(600, 1500, 100) as f64;
        // P2 earns less a unit but more an hour.
        let p2 = ((p1 / h1 * h2 * rng.pick(&[1.2, 1.5, 2.0, 2.5])) / 10.0).round() * 10.0;
        let d1 = (capacity / h1 * rng.pick(&[0.5, 0.6, 0.75])).floor();
        let d2 = (capacity / h2 * rng.pick(&[0.5, 0.7, 0.8])).floor();
        let input = MixInput {
            capacity,
            products: vec![
                Product { id: "P1".into(), hours: h1, profit: p1, demand: d1 },
                Product { id: "P2".into(), hours: h2, profit: p2.min(p1 - 50.0), demand: d2 },
            ],
            others: Vec::new(),
            operating_expense: 0.0,
        };
        if product_mix::solve(&input).is_ok_and(|s| s.by_hour.profit > s.by_unit_profit.profit) {
            return input;
        }
    }
    product_mix::course()
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let product = |p: &Product| match lang {
        Lang::Fr => format!(
            "{} : {} h sur la contrainte, profit {} par pièce, marché {} pièces",
            p.id,
            format_number(p.hours, lang, 2),
            money(p.profit, lang),
            units(p.demand, lang)
        ),
        Lang::En => format!(
            "{}: {} h on the constraint, profit {} a unit, market {} units",
            p.id,
            format_number(p.hours, lang, 2),
            money(p.profit, lang),
            units(p.demand, lang)
        ),
    };
    let list = input.products.iter().map(product).collect::<Vec<_>>().join(if lang == Lang::Fr { " ; " } else { "; " });
    let capacity = format_number(input.capacity, lang, 2);
    match lang {
        Lang::Fr => format!(
            "Une contrainte dispose de {capacity} h par semaine. {list}. Combien de P1 et de P2 faire selon la règle du profit par heure de contrainte, pour quel profit total ? Et quel profit donnerait la règle du profit unitaire ?"
        ),
        Lang::En => format!(
            "A constraint has {capacity} h a week. {list}. How many P1 and P2 should be made by the profit per constraint hour rule, for what total profit? And what profit would the unit profit rule give?"
        ),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, s)) = solved(v) else { return Vec::new() };
    let quantity = |i: usize| s.by_hour.quantities.get(i).copied().unwrap_or(0.0);
    let mut asked: Vec<Question> = ["P1", "P2"]
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < input.products.len())
        .map(|(i, id)| {
            let label = if i == 0 {
                t!("Quantité de P1 (règle par heure)", "Quantity of P1 (per-hour rule)")
            } else {
                t!("Quantité de P2 (règle par heure)", "Quantity of P2 (per-hour rule)")
            };
            let key = if *id == "P1" { "p1" } else { "p2" };
            Question::new(key, label, quantity(i), Tolerance::Absolute(0.0), 0)
                .hint(t!(
                    "Servez d’abord le marché du produit qui rapporte le plus par heure, puis les heures restantes.",
                    "Serve the market of the product earning most per hour first, then the hours left."
                ))
                .mistake(
                    s.by_unit_profit.quantities.get(i).copied().unwrap_or(0.0),
                    t!("C’est la quantité de la règle du profit unitaire.", "That is the unit profit rule’s quantity."),
                )
        })
        .collect();
    asked.push(
        Question::new(
            "profit",
            t!("Profit total (règle par heure)", "Total profit (per-hour rule)"),
            s.by_hour.profit,
            Tolerance::Absolute(0.5),
            0,
        )
        .hint(t!("Σ profit unitaire × quantité.", "Σ unit profit × quantity.")),
    );
    asked.push(
        Question::new(
            "greedy",
            t!("Profit total (règle du profit unitaire)", "Total profit (unit profit rule)"),
            s.by_unit_profit.profit,
            Tolerance::Absolute(0.5),
            0,
        )
        .hint(t!(
            "Servez d’abord le produit au plus grand profit unitaire, jusqu’à son marché ou jusqu’à épuisement des heures.",
            "Serve the product with the highest unit profit first, up to its market or until the hours run out."
        )),
    );
    asked
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(input, s)| step_lines(&per_hour_steps(&input, &s), text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn the_courses_118_000_and_159_000() {
        let report = LESSON.preset_report("course", Lang::En);
        assert_eq!(report.at("mix-greedy-profit"), "118,000");
        assert_eq!(report.at("mix-hour-profit"), "159,000");
        assert_eq!(report.at("mix-profit"), "159,000");
        assert_eq!((report.at("mix-qty-P1"), report.at("mix-qty-P2")), ("9".into(), "300".into()));
        assert_eq!((report.at("mix-greedy-qty-P1"), report.at("mix-greedy-qty-P2")), ("50".into(), "136".into()));
        assert_eq!(report.at("mix-per-hour-P2"), "1,000");
        assert_eq!(report.at("mix-rank-P2"), "1");
        assert_eq!(report.at("mix-hour-used-0"), "168 / 168");
        let rest = report.steps.iter().find(|s| s.key == "rest").unwrap();
        assert_eq!((rest.numbers.as_str(), rest.result.as_str()), ("min(50 ; ⌊(168 − 0.5 × 300) / 2⌋)", "9"));
    }

    #[test]
    fn a_second_resource() {
        let report = LESSON.preset_report("second-resource", Lang::Fr);
        assert_eq!(report.at("mix-hour-profit"), "150\u{a0}000");
        assert_eq!(report.at("mix-profit"), "157\u{a0}500");
        assert_eq!(report.at("mix-net"), "57\u{a0}500");
        assert_eq!((report.at("mix-qty-P1"), report.at("mix-qty-P2")), ("10".into(), "295".into()));
        assert_eq!(report.at("mix-best-used-1"), "120 / 120");
    }

    #[test]
    fn errors_name_their_row() {
        let values = preset_values(&LESSON, LESSON.preset("second-resource").unwrap());
        let mut resources = values.rows("resources").to_vec();
        resources[0][2] = Entry::Numbers(vec![0.2, 0.4, 1.0]);
        let problem = solve(&values.clone().with("resources", Value::Table(resources)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "resources", row: 0, column: 2 });
        assert!(problem.message.starts_with("Assembly:"));
        let mut products = values.rows("products").to_vec();
        products[1][0] = Entry::Text("P1".into());
        let problem = solve(&values.with("products", Value::Table(products)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "products", row: 1, column: 0 });
    }

    /// A link whose best mix the search cannot prove within its limit: named at the products,
    /// with the limit, in both languages.
    #[test]
    fn a_search_cut_short_says_why() {
        let link = Preset {
            slug: "long",
            title: text::TITLE,
            link: "cap=911&products=P0:5.5:830:241;P1:2:930:46;P2:0.5:420:127;P3:1:260:282;P4:3:780:264",
        };
        let values = preset_values(&LESSON, &link);
        let problem = solve(&values, Lang::Fr).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Field("products"));
        assert!(problem.message.contains("après 500 essais"), "{}", problem.message);
        assert!(solve(&values, Lang::En).unwrap_err().message.contains("after 500 tries"));
    }

    #[test]
    fn exercises_make_the_reflex_wrong() {
        for seed in 0..100 {
            let values = (LESSON.exercise.generate)(seed);
            let (_, s) = solved(&values).unwrap();
            assert!(s.by_hour.profit > s.by_unit_profit.profit, "seed {seed}: the rules must differ");
            let asked = questions(&values);
            assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), ["p1", "p2", "profit", "greedy"]);
        }
    }
}
