//! The make-to-order lesson, `#/mto`: a generic product in last year's mix as a planning bill,
//! and the weekly material needs as firm orders replace generic units.

pub mod text;

use crate::charts::plan::{periods_chart, Series, Style};
use crate::engine::mto::{self, Family, MtoError, MtoInput, MtoSolution, Order};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::i18n::{format_number, format_percent, Lang};
use crate::kit::grid::{Grid, GridCell, GridRow};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, RowLinks, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

const WEEK_COUNT: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(52.0)).integer();
const SHARE: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(1.0));

static MATERIALS: TableSpec = TableSpec {
    columns: &[Column::new("name", text::COL_MATERIAL, ColumnKind::Id)],
    max_rows: 6,
    cell_id: "mto-material",
    new_row: |n| vec![Entry::Text(format!("Mat{n}"))],
    caption: text::MATERIALS,
    links: RowLinks::Comma,
};

static FAMILIES: TableSpec = TableSpec {
    columns: &[
        Column::new("name", text::COL_FAMILY, ColumnKind::Id),
        Column::new("mass", text::COL_MASS, ColumnKind::Number(bounds::POSITIVE_QUANTITY)),
        Column::new("last", text::COL_LAST, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("shares", text::COL_SHARES, ColumnKind::NumberList(SHARE, 1)),
    ],
    max_rows: 12,
    cell_id: "mto-family",
    new_row: |n| vec![Entry::Text(format!("F{n}")), Entry::Number(1.0), Entry::Number(100.0), Entry::Numbers(vec![1.0])],
    caption: text::FAMILIES,
    links: RowLinks::Semicolon,
};

static ORDERS: TableSpec = TableSpec {
    columns: &[
        Column::new("variant", text::COL_VARIANT, ColumnKind::Id),
        Column::new("weekly", text::COL_WEEKLY, ColumnKind::NumberList(bounds::QUANTITY, 1)),
    ],
    max_rows: 72,
    cell_id: "mto-order",
    new_row: |_| vec![Entry::Text("PB1".into()), Entry::Numbers(vec![0.0])],
    caption: text::ORDERS,
    links: RowLinks::Semicolon,
};

macro_rules! boxes {
    () => {
        "materials=Mat1,Mat2&families=PB:1:2000:1,0;MB:2:1000:0.6,0.4;GB:5:500:0.2,0.8&weeks=10&plan=70"
    };
}

pub static LESSON: Lesson = Lesson {
    id: "mto",
    prefix: "mto",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::FAMILY_GROUP),
            inputs: &[
                Input::new("materials", text::MATERIALS, Kind::Table(&MATERIALS)).hint(text::MATERIALS_HINT),
                Input::new("families", text::FAMILIES, Kind::Table(&FAMILIES)).hint(text::FAMILIES_HINT),
            ],
        },
        Group {
            legend: Some(text::PLAN_GROUP),
            inputs: &[
                Input::new("weeks", text::WEEKS, Kind::Number(WEEK_COUNT)),
                Input::new("plan", text::PLAN, Kind::Number(bounds::QUANTITY)).unit(text::UNITS),
                Input::new("orders", text::ORDERS, Kind::Table(&ORDERS)).hint(text::ORDERS_HINT),
                Input::new("round", text::ROUND, Kind::Choice(&[("course", text::ROUND_COURSE), ("exact", text::ROUND_EXACT)])),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-3-35",
            title: t!(
                "Figs 3.32 à 3.35 : 70 boîtes génériques par semaine → 74,2 kg et 56 kg",
                "Figs 3.32 to 3.35: 70 generic boxes a week → 74.2 kg and 56 kg"
            ),
            link: concat!(boxes!(), "&orders="),
        },
        Preset {
            slug: "fig-3-36",
            title: t!("Fig 3.36 : les commandes fermes remplacent les boîtes génériques", "Fig 3.36: firm orders replace generic boxes"),
            link: concat!(boxes!(), "&orders=PB1:40,40,40,20,20,20;MB1:30,0,0,0,30;GB1:0,30;MB2:0,0,30,30,0,0,0,20;GB2:0,0,0,0,0,30"),
        },
        Preset {
            slug: "fig-3-32",
            title: t!("Fig 3.32 : les nomenclatures des trois familles (une semaine)", "Fig 3.32: the three families’ bills (one week)"),
            link: "materials=Mat1,Mat2&families=PB:1:2000:1,0;MB:2:1000:0.6,0.4;GB:5:500:0.2,0.8&weeks=1&plan=70&orders=",
        },
        Preset {
            slug: "fig-3-33",
            title: t!(
                "Fig 3.33 : le mélange de l’an dernier, 2 000, 1 000 et 500 boîtes",
                "Fig 3.33: last year’s mix, 2,000, 1,000 and 500 boxes"
            ),
            link: "materials=Mat1,Mat2&families=PB:1:2000:1,0;MB:2:1000:0.6,0.4;GB:5:500:0.2,0.8&weeks=1&plan=3500&orders=",
        },
        Preset {
            slug: "fig-3-34",
            title: t!(
                "Fig 3.34 : une boîte générique, coefficients exacts (1,0571 et 0,8 kg)",
                "Fig 3.34: one generic box, exact coefficients (1.0571 and 0.8 kg)"
            ),
            link: "materials=Mat1,Mat2&families=PB:1:2000:1,0;MB:2:1000:0.6,0.4;GB:5:500:0.2,0.8&weeks=1&plan=1&orders=&round=exact",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| exercise(seed),
        statement,
        questions,
        steps,
        tables: |v, lang| {
            read(v, lang)
                .ok()
                .and_then(|(input, names)| {
                    mto::solve(&input).ok().map(|s| Table::from_grid(&grid(&input, &names, &s, lang), "mto-solution-grid"))
                })
                .into_iter()
                .collect()
        },
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// Names read with the input: materials, families, and each order's variant.
struct Names {
    materials: Vec<String>,
    families: Vec<String>,
    variants: Vec<String>,
}

/// `PB1`: family PB in material 1.
fn variant(name: &str, families: &[String], materials: usize) -> Option<(usize, usize)> {
    let split = name.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (family, number) = name.split_at(split);
    let material = number.parse::<usize>().ok().filter(|m| (1..=materials).contains(m))?;
    families.iter().position(|f| f == family).map(|f| (f, material - 1))
}

fn read(v: &Values, lang: Lang) -> Result<(MtoInput, Names), Problem> {
    let cell = |param: &'static str, row: usize, column: usize, message: String| Problem {
        culprit: Culprit::Cell { param, row, column },
        message,
    };
    let materials: Vec<String> = v.rows("materials").iter().map(|r| r.text_at(0)).collect();
    let families: Vec<String> = v.rows("families").iter().map(|r| r.text_at(0)).collect();
    for (param, names) in [("materials", &materials), ("families", &families)] {
        if let Some(row) = crate::engine::first_duplicate(names, |n| n) {
            return Err(cell(param, row, 0, text::twice(names.get(row).map_or("", String::as_str), lang)));
        }
    }
    let mut orders = Vec::new();
    let mut variants: Vec<String> = Vec::new();
    for (row, r) in v.rows("orders").iter().enumerate() {
        let name = r.text_at(0);
        let Some((family, material)) = variant(&name, &families, materials.len()) else {
            return Err(cell("orders", row, 0, text::unknown_variant(&name, lang)));
        };
        if variants.contains(&name) {
            return Err(cell("orders", row, 0, text::twice(&name, lang)));
        }
        variants.push(name);
        orders.push(Order { family, material, weekly: r.numbers_at(1) });
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 1 to 52 by its field
    let weeks = v.num("weeks") as usize;
    let input = MtoInput {
        materials: materials.len(),
        families: v
            .rows("families")
            .iter()
            .map(|r| Family { name: r.text_at(0), mass: r.number_at(1), last_year: r.number_at(2), shares: r.numbers_at(3) })
            .collect(),
        plan: vec![v.num("plan"); weeks],
        orders,
        decimals: (v.choice("round") == "course").then_some(2),
    };
    Ok((input, Names { materials, families, variants }))
}

fn kg(x: f64, lang: Lang) -> String {
    format_number(x, lang, 2)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let (input, names) = read(v, lang)?;
    let s = mto::solve(&input).map_err(|e| {
        let (culprit, name) = match e {
            MtoError::NoFamilies | MtoError::NoHistory => (Culprit::Field("families"), String::new()),
            MtoError::Shares(row) => {
                (Culprit::Cell { param: "families", row, column: 3 }, names.families.get(row).cloned().unwrap_or_default())
            }
            MtoError::TooLong(row) => {
                (Culprit::Cell { param: "orders", row, column: 1 }, names.variants.get(row).cloned().unwrap_or_default())
            }
        };
        Problem { culprit, message: text::error_message(e, &name, lang) }
    })?;
    let colon = if lang == Lang::Fr { " :" } else { ":" };
    let mut results: Vec<ResultLine> = names
        .materials
        .iter()
        .zip(s.coefficient.iter().zip(&s.exact))
        .map(|(m, (used, exact))| {
            let rounded = if (used - exact).abs() > 1e-12 { format!(" (≈ {})", format_number(*exact, lang, 4)) } else { String::new() };
            ResultLine::new(text::COEF, format!("{m}{colon} {}{rounded}", format_number(*used, lang, 4)), format!("mto-coef-{m}")).main()
        })
        .collect();
    let overbooked = if s.overbooked.is_empty() {
        text::NONE.get(lang).to_owned()
    } else {
        s.overbooked.iter().map(|w| text::week_label(*w)).collect::<Vec<_>>().join(", ")
    };
    results.push(ResultLine::new(text::OVERBOOKED, overbooked, "mto-overbooked"));
    let grid = grid(&input, &names, &s, lang);
    let chart = periods_chart(
        grid.periods.clone(),
        text::KG_AXIS.get(lang),
        names.materials.iter().zip(&s.needs).map(|(m, needs)| Series::new(m, needs.clone(), Style::Bar)).collect(),
    );
    let sections = vec![
        Section {
            title: text::BILL_TITLE,
            blocks: vec![Block::Table(family_table(&input, &names, &s, lang)), Block::Table(generic_table(&names, &s, lang))],
        },
        Section {
            title: text::PLAN_TITLE,
            blocks: vec![Block::Figure {
                chart: chart.to_json(),
                label: text::CHART,
                test_id: "mto-chart".to_owned(),
                data: Tabular::Grid(grid),
            }],
        },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&worked(&input, &s), text::step_title, lang) })
}

/// Fig 3.32 and 3.33: each family's kg of each material per unit, and its share of last year's mix.
fn family_table(input: &MtoInput, names: &Names, s: &MtoSolution, lang: Lang) -> Table {
    let mut table =
        Table::new(text::FAMILY_TABLE, &[text::COL_FAMILY, text::COL_MASS, text::COL_LAST, text::COL_MIX], "mto-families", lang);
    table.headers.extend(names.materials.iter().map(|m| format!("{m} (kg)")));
    let rows = input
        .families
        .iter()
        .zip(&s.mix)
        .map(|(f, mix)| {
            let mut row = vec![
                Cell::new(f.name.clone()).words(),
                Cell::new(kg(f.mass, lang)),
                Cell::new(kg(f.last_year, lang)),
                Cell::with_id(format_percent(*mix, lang, 2), format!("mto-mix-{}", f.name)),
            ];
            row.extend(
                names
                    .materials
                    .iter()
                    .zip(&f.shares)
                    .map(|(m, share)| Cell::with_id(kg(f.mass * share, lang), format!("mto-{}-{m}", f.name))),
            );
            row
        })
        .collect();
    table.rows(rows)
}

/// Fig 3.34: the generic unit's kg of each material, exact and as used.
fn generic_table(names: &Names, s: &MtoSolution, lang: Lang) -> Table {
    let rows = names
        .materials
        .iter()
        .zip(s.exact.iter().zip(&s.coefficient))
        .map(|(m, (exact, used))| vec![Cell::new(m.clone()).words(), Cell::new(format_number(*exact, lang, 4)), Cell::new(kg(*used, lang))])
        .collect();
    Table::new(text::GENERIC_TABLE, &[text::COL_MATERIAL, text::COL_EXACT, text::COL_USED], "mto-generic-bill", lang).rows(rows)
}

/// Fig 3.36: generic units, each variant's orders, each material's need (`mto-<material>-<w>`).
fn grid(input: &MtoInput, names: &Names, s: &MtoSolution, lang: Lang) -> Grid {
    let q = |x: f64| kg(x, lang);
    let weeks = input.plan.len();
    let at = |xs: &[f64], w: usize| xs.get(w).copied().unwrap_or(0.0);
    let generic = (0..weeks)
        .map(|w| {
            let firm: Vec<String> = input.orders.iter().map(|o| q(at(&o.weekly, w))).collect();
            GridCell::new(at(&s.generic, w), q(at(&s.generic, w))).why(format!(
                "{} − ({})",
                q(at(&input.plan, w)),
                if firm.is_empty() { q(0.0) } else { firm.join(" + ") }
            ))
        })
        .collect();
    let mut rows = vec![GridRow::computed("generic", text::ROW_GENERIC.get(lang).to_owned(), None, generic)];
    for (order, name) in input.orders.iter().zip(&names.variants) {
        let weekly: Vec<f64> = (0..weeks).map(|w| at(&order.weekly, w)).collect();
        rows.push(GridRow {
            key: name.clone().into(),
            label: name.clone(),
            fillable: false,
            opening: None,
            cells: weekly.iter().map(|x| GridCell::new(*x, q(*x))).collect(),
        });
    }
    for (m, (material, needs)) in names.materials.iter().zip(&s.needs).enumerate() {
        let coefficient = s.coefficient.get(m).copied().unwrap_or(0.0);
        let cells = (0..weeks)
            .map(|w| {
                let mut terms = vec![format!("{} × {}", q(at(&s.generic, w)), q(coefficient))];
                for (order, name) in input.orders.iter().zip(&names.variants).filter(|(o, _)| o.material == m) {
                    let mass = input.families.get(order.family).map_or(0.0, |f| f.mass);
                    if at(&order.weekly, w) > 0.0 {
                        terms.push(format!("{name} {} × {}", q(at(&order.weekly, w)), q(mass)));
                    }
                }
                GridCell::new(at(needs, w), q(at(needs, w))).why(terms.join(" + "))
            })
            .collect();
        rows.push(GridRow { key: material.clone().into(), label: format!("{material} (kg)"), fillable: true, opening: None, cells });
    }
    Grid {
        caption: text::GRID.get(lang).to_owned(),
        prefix: "mto".to_owned(),
        periods: (0..weeks).map(text::week_label).collect(),
        opening: None,
        rows,
    }
}

/// The first material's coefficient, the first week's generic units and need.
fn worked(input: &MtoInput, s: &MtoSolution) -> Vec<Step> {
    let total: f64 = input.families.iter().map(|f| f.last_year).sum();
    let mut coef = Step::new("coef", "g = Σ n × m × p / Σ n");
    for (i, f) in input.families.iter().enumerate() {
        coef = if i == 0 { coef.text("(") } else { coef.text(" + ") };
        coef = coef.num(f.last_year).text(" × ").num(f.mass).text(" × ").num(f.shares.first().copied().unwrap_or(0.0));
    }
    coef = coef.text(") / ").num(total).result(s.exact.first().copied().unwrap_or(0.0));
    let firm: f64 = input.orders.iter().map(|o| o.weekly.first().copied().unwrap_or(0.0)).sum();
    let generic = Step::new("generic", "G = P − Σ C")
        .num(input.plan.first().copied().unwrap_or(0.0))
        .text(" − ")
        .num(firm)
        .result(s.generic.first().copied().unwrap_or(0.0));
    let ordered: f64 = input
        .orders
        .iter()
        .filter(|o| o.material == 0)
        .map(|o| o.weekly.first().copied().unwrap_or(0.0) * input.families.get(o.family).map_or(0.0, |f| f.mass))
        .sum();
    let need = Step::new("need", "N = G × g + Σ C × m")
        .num(s.generic.first().copied().unwrap_or(0.0))
        .text(" × ")
        .num(s.coefficient.first().copied().unwrap_or(0.0))
        .text(" + ")
        .num(ordered)
        .result(s.needs.first().and_then(|n| n.first()).copied().unwrap_or(0.0));
    vec![coef, generic, need]
}

/// Two materials, three families in a random mix, four weeks with a few firm orders.
fn exercise(seed: u64) -> Values {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let mut draw = |low: i64, high: i64, step: i64| rng.step(low, high, step) as f64;
    let split = draw(50, 90, 10) / 100.0;
    let families = vec![
        vec![Entry::Text("S".into()), Entry::Number(1.0), Entry::Number(draw(1000, 3000, 500)), Entry::Numbers(vec![1.0, 0.0])],
        vec![
            Entry::Text("M".into()),
            Entry::Number(draw(2, 3, 1)),
            Entry::Number(draw(500, 1500, 250)),
            Entry::Numbers(vec![split, 1.0 - split]),
        ],
        vec![Entry::Text("L".into()), Entry::Number(5.0), Entry::Number(draw(200, 800, 100)), Entry::Numbers(vec![0.0, 1.0])],
    ];
    let plan = draw(40, 100, 10);
    let orders = vec![
        vec![Entry::Text("S1".into()), Entry::Numbers(vec![draw(10, 20, 5), draw(0, 10, 5)])],
        vec![Entry::Text("L2".into()), Entry::Numbers(vec![draw(5, 15, 5)])],
    ];
    LESSON
        .defaults()
        .with("families", Value::Table(families))
        .with("materials", Value::Table(vec![vec![Entry::Text("Mat1".into())], vec![Entry::Text("Mat2".into())]]))
        .with_num("weeks", 4.0)
        .with_num("plan", plan)
        .with("orders", Value::Table(orders))
        .with("round", Value::Choice("exact"))
}

fn statement(v: &Values, lang: Lang) -> String {
    let Ok((input, names)) = read(v, lang) else { return String::new() };
    let q = |x: f64| kg(x, lang);
    let separator = if lang == Lang::Fr { " ; " } else { ", " };
    let families = input
        .families
        .iter()
        .map(|f| {
            let shares = names
                .materials
                .iter()
                .zip(&f.shares)
                .map(|(m, p)| format!("{} {m}", format_percent(*p, lang, 0)))
                .collect::<Vec<_>>()
                .join(" / ");
            match lang {
                Lang::Fr => format!("{} : {} kg, {} vendues, {shares}", f.name, q(f.mass), q(f.last_year)),
                Lang::En => format!("{}: {} kg, {} sold, {shares}", f.name, q(f.mass), q(f.last_year)),
            }
        })
        .collect::<Vec<_>>()
        .join(separator);
    let orders = input
        .orders
        .iter()
        .zip(&names.variants)
        .map(|(o, n)| format!("{n} {}", o.weekly.iter().map(|x| q(*x)).collect::<Vec<_>>().join(" ")))
        .collect::<Vec<_>>()
        .join(separator);
    let plan = q(input.plan.first().copied().unwrap_or(0.0));
    match lang {
        Lang::Fr => format!("Familles (l’an dernier) : {families}. Programme : {plan} unités par semaine. Commandes fermes par semaine depuis S1 (variante = famille + numéro de matière) : {orders}."),
        Lang::En => format!("Families (last year): {families}. Schedule: {plan} units a week. Firm orders per week from S1 (variant = family + material number): {orders}."),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Ok((input, _)) = read(v, Lang::En) else { return Vec::new() };
    let Ok(s) = mto::solve(&input) else { return Vec::new() };
    let first = |xs: &[f64]| xs.first().copied().unwrap_or(0.0);
    let unweighted = input.families.iter().map(|f| f.mass * first(&f.shares)).sum::<f64>() / 3.0;
    vec![
        Question::new(
            "coef-1",
            t!("kg de Mat1 par unité générique", "kg of Mat1 per generic unit"),
            first(&s.exact),
            Tolerance::Absolute(0.001),
            3,
        )
        .hint(t!("Σ (vendues × masse × part de Mat1) ÷ total vendu.", "Σ (sold × mass × Mat1 share) ÷ total sold."))
        .mistake(
            unweighted,
            t!(
                "Chaque famille compte selon ses ventes de l’an dernier, pas à parts égales.",
                "Each family counts by last year’s sales, not equally."
            ),
        ),
        Question::new("generic-1", t!("Unités génériques en S1", "Generic units in S1"), first(&s.generic), Tolerance::Absolute(0.01), 2)
            .hint(t!("Le programme de la semaine moins ses commandes fermes.", "The week’s schedule less its firm orders.")),
        Question::new(
            "need-1",
            t!("Besoin en Mat1 en S1 (kg)", "Mat1 needed in S1 (kg)"),
            s.needs.first().map_or(0.0, |n| first(n)),
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!(
            "Unités génériques × coefficient + commandes fermes en Mat1 × masse de leur famille.",
            "Generic units × coefficient + firm orders in Mat1 × their family’s mass."
        )),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    read(v, lang)
        .ok()
        .and_then(|(input, _)| mto::solve(&input).ok().map(|s| step_lines(&worked(&input, &s), text::step_title, lang)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn figs_3_32_to_3_35() {
        let r = LESSON.preset_report("fig-3-35", Lang::En);
        assert_eq!(r.row("mto-Mat1", 1..=10), ["74.2"; 10]);
        assert_eq!(r.row("mto-Mat2", 1..=10), ["56"; 10]);
        assert_eq!(r.row("mto-generic", 1..=3), ["70"; 3]);
        assert_eq!(r.at("mto-coef-Mat1"), "Mat1: 1.06 (≈ 1.0571)");
        assert_eq!([r.at("mto-MB-Mat1"), r.at("mto-MB-Mat2"), r.at("mto-GB-Mat2")], ["1.2", "0.8", "4"]);
        assert_eq!(r.at("mto-mix-PB"), "57.14%");
        let exact = LESSON.preset_report("fig-3-34", Lang::Fr);
        assert_eq!(exact.at("mto-coef-Mat1"), "Mat1 : 1,0571");
    }

    #[test]
    fn fig_3_36_exactly() {
        let r = LESSON.preset_report("fig-3-36", Lang::En);
        assert_eq!(r.row("mto-generic", 1..=10), ["0", "0", "0", "20", "20", "20", "70", "50", "70", "70"]);
        assert_eq!(r.row("mto-Mat1", 1..=10), ["100", "190", "40", "41.2", "101.2", "41.2", "74.2", "53", "74.2", "74.2"]);
        assert_eq!(r.row("mto-Mat2", 1..=10), ["0", "0", "60", "76", "16", "166", "56", "80", "56", "56"]);
        assert_eq!(r.at("mto-PB1-4"), "20");
        assert_eq!(r.grid("mto").unwrap().explain("mto-Mat1-4", Lang::En).unwrap(), "Mat1 (kg), period S4: 20 × 1.06 + PB1 20 × 1");
        assert_eq!(r.at("mto-overbooked"), "none");
    }

    #[test]
    fn errors_name_their_cell() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-36").unwrap());
        let mut orders = values.rows("orders").to_vec();
        orders[0][0] = Entry::Text("PB3".into());
        let e = solve(&values.clone().with("orders", Value::Table(orders)), Lang::En).unwrap_err();
        assert_eq!(
            (e.culprit, e.message.as_str()),
            (
                Culprit::Cell { param: "orders", row: 0, column: 0 },
                "PB3: a variant is a listed family followed by a material’s number (PB1)."
            )
        );
        let mut families = values.rows("families").to_vec();
        families[1][3] = Entry::Numbers(vec![0.6, 0.3]);
        let e = solve(&values.clone().with("families", Value::Table(families)), Lang::Fr).unwrap_err();
        assert_eq!(
            (e.culprit, e.message.as_str()),
            (Culprit::Cell { param: "families", row: 1, column: 3 }, "MB : il faut une part par matière, et leur somme doit faire 1.")
        );
        let over = solve(&values.with_num("plan", 50.0), Lang::En).unwrap();
        assert_eq!(over.at("mto-overbooked"), "S1, S2, S3");
    }

    #[test]
    fn exercises_agree_with_the_engine() {
        for seed in 0..30 {
            let values = (LESSON.exercise.generate)(seed);
            let asked = questions(&values);
            let families = values.rows("families");
            let total: f64 = families.iter().map(|r| r.number_at(2)).sum();
            let by_hand: f64 = families.iter().map(|r| r.number_at(2) * r.number_at(1) * r.numbers_at(3)[0]).sum::<f64>() / total;
            assert!((asked[0].expected - by_hand).abs() < 1e-12, "seed {seed}");
            assert!(!statement(&values, Lang::Fr).is_empty());
        }
    }
}
