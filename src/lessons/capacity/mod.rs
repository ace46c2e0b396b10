//! The load-versus-capacity lesson, `#/capacity`: the families' production plans turned into
//! hours per workshop and month, against capacity, overloads and their remedies; staffing from
//! ratios.

pub mod text;

use crate::charts::plan::{periods_chart, Series, Style};
use crate::engine::load::{self, Family, LoadError, LoadInput, LoadSolution, Routing, Workshop};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::i18n::{format_number, format_percent, Lang};
use crate::kit::grid::{Grid, GridCell, GridRow, Mark};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Import, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

/// Months a workshop may work ahead.
const OFFSET: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(12.0)).integer();

static FAMILIES: TableSpec = TableSpec {
    columns: &[
        Column::new("id", text::COL_FAMILY, ColumnKind::Id),
        Column::new("production", text::COL_PRODUCTION, ColumnKind::NumberList(bounds::QUANTITY, 2)),
        Column::new("ratio", text::COL_RATIO, ColumnKind::OptionalNumber(bounds::QUANTITY)),
    ],
    max_rows: 12,
    cell_id: "load-family",
    new_row: |n| vec![Entry::Text(format!("F{}", n + 1)), Entry::Numbers(vec![100.0; 6]), Entry::Text(String::new())],
    caption: text::FAMILIES,
    links: crate::kit::RowLinks::Semicolon,
};

static WORKSHOPS: TableSpec = TableSpec {
    columns: &[
        Column::new("name", text::COL_WORKSHOP, ColumnKind::Id),
        Column::new("capacity", text::COL_CAPACITY, ColumnKind::NumberList(bounds::QUANTITY, 2)),
        Column::new("offset", text::COL_OFFSET, ColumnKind::OptionalNumber(OFFSET)),
    ],
    max_rows: 8,
    cell_id: "load-workshop",
    new_row: |n| vec![Entry::Text(format!("W{}", n + 1)), Entry::Numbers(vec![1000.0; 6]), Entry::Text(String::new())],
    caption: text::WORKSHOPS,
    links: crate::kit::RowLinks::Semicolon,
};

static HOURS: TableSpec = TableSpec {
    columns: &[
        Column::new("family", text::COL_FAMILY, ColumnKind::Id),
        Column::new("workshop", text::COL_WORKSHOP, ColumnKind::Id),
        Column::new("hours", text::COL_HOURS, ColumnKind::Number(bounds::QUANTITY)),
    ],
    max_rows: 96,
    cell_id: "load-hours",
    new_row: |_| vec![Entry::Text("F1".into()), Entry::Text("W1".into()), Entry::Number(1.0)],
    caption: text::HOURS,
    links: crate::kit::RowLinks::Semicolon,
};

macro_rules! fig_3_9 {
    () => {
        "families=A:2166,1700,1700,1800,1800,1800;B:520,500,490,500,500,550;C:990,850,1100,1000,1000,1020;D:150,120,130,100,150,100&hours=A:Machining:1;B:Machining:0.5;C:Machining:1;D:Machining:2;A:Assembly:0.5;B:Assembly:0.5;C:Assembly:0.5;D:Assembly:1"
    };
}

pub static LESSON: Lesson = Lesson {
    id: "capacity",
    prefix: "load",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::FAMILIES_GROUP),
            inputs: &[Input::new("families", text::FAMILIES, Kind::Table(&FAMILIES)).hint(text::FAMILIES_HINT)],
        },
        Group {
            legend: Some(text::WORKSHOPS_GROUP),
            inputs: &[
                Input::new("workshops", text::WORKSHOPS, Kind::Table(&WORKSHOPS)).hint(text::WORKSHOPS_HINT),
                Input::new("hours", text::HOURS, Kind::Table(&HOURS)).hint(text::HOURS_HINT),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-3-9",
            title: t!(
                "Figs 3.9 à 3.11 : quatre familles, usinage et assemblage (surcharges en M1, M3, M4)",
                "Figs 3.9 to 3.11: four families, machining and assembly (overloads in M1, M3, M4)"
            ),
            link: concat!(fig_3_9!(), "&workshops=Machining:4000,4000,3000,4000,4000,4000;Assembly:1800,1800,1800,1350,1800,1800"),
        },
        Preset {
            slug: "machining-ahead",
            title: t!("Le même plan, l’usinage un mois en avance", "The same plan, machining a month ahead"),
            link: concat!(fig_3_9!(), "&workshops=Machining:4000,4000,3000,4000,4000,4000:1;Assembly:1800,1800,1800,1350,1800,1800"),
        },
        Preset {
            slug: "seed-staffing",
            title: t!(
                "Effectif de l’emboutissage par ratios : 35 personnes en février (janvier illustratif)",
                "Stamping staff from ratios: 35 persons in February (January illustrative)"
            ),
            link: "families=A:1.5,2:5;B:4,4:2;C:3.5,4:3;D:2,2.5:2&workshops=&hours=",
        },
    ],
    imports: &[Import { from: "pic", label: text::IMPORT_PIC, apply: from_pic }],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&exercise(seed)),
        statement,
        questions,
        steps,
        tables: |v, lang| {
            solved(v).map(|(input, s)| Table::from_grid(&load_grid(&input, &s, lang), "load-solution-grid")).into_iter().collect()
        },
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// The S&OP plan's production as the first family's (a new family when there is none).
fn from_pic(pic: &Values, target: &Values, lang: Lang) -> Result<Values, String> {
    let plan = crate::lessons::pic::production_plan(pic).ok_or_else(|| text::IMPORT_NONE.get(lang).to_owned())?;
    let mut families = target.rows("families").to_vec();
    match families.first_mut().and_then(|row| row.get_mut(1)) {
        Some(cell) => *cell = Entry::Numbers(plan),
        None => families.push(vec![Entry::Text("PIC".into()), Entry::Numbers(plan), Entry::Text(String::new())]),
    }
    Ok(target.clone().with("families", Value::Table(families)))
}

fn input(v: &Values) -> LoadInput {
    LoadInput {
        families: v
            .rows("families")
            .iter()
            .map(|r| Family { id: r.text_at(0), production: r.numbers_at(1), ratio: r.optional_at(2) })
            .collect(),
        workshops: v
            .rows("workshops")
            .iter()
            .map(|r| Workshop {
                name: r.text_at(0),
                capacity: r.numbers_at(1),
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, 0 to 12 by the column's range
                offset: r.optional_at(2).unwrap_or(0.0) as usize,
            })
            .collect(),
        hours: v.rows("hours").iter().map(|r| Routing { family: r.text_at(0), workshop: r.text_at(1), hours: r.number_at(2) }).collect(),
    }
}

fn values(input: &LoadInput) -> Values {
    let optional = |x: Option<f64>| x.map_or_else(|| Entry::Text(String::new()), Entry::Number);
    let families =
        input.families.iter().map(|f| vec![Entry::Text(f.id.clone()), Entry::Numbers(f.production.clone()), optional(f.ratio)]).collect();
    #[allow(clippy::cast_precision_loss)] // 0 to 12
    let workshops = input
        .workshops
        .iter()
        .map(|w| vec![Entry::Text(w.name.clone()), Entry::Numbers(w.capacity.clone()), optional((w.offset > 0).then_some(w.offset as f64))])
        .collect();
    let hours =
        input.hours.iter().map(|r| vec![Entry::Text(r.family.clone()), Entry::Text(r.workshop.clone()), Entry::Number(r.hours)]).collect();
    LESSON.defaults().with("families", Value::Table(families)).with("workshops", Value::Table(workshops)).with("hours", Value::Table(hours))
}

fn solved(v: &Values) -> Option<(LoadInput, LoadSolution)> {
    let input = input(v);
    load::solve(&input).ok().map(|s| (input, s))
}

pub fn hours(x: f64, lang: Lang) -> String {
    format_number(x, lang, 2)
}

fn problem(input: &LoadInput, error: &LoadError, lang: Lang) -> Problem {
    let family = |i: usize| input.families.get(i).map_or_else(String::new, |f| f.id.clone());
    let workshop = |i: usize| input.workshops.get(i).map_or_else(String::new, |w| w.name.clone());
    let routing = |i: usize| input.hours.get(i).map_or_else(String::new, |r| format!("{} — {}", r.family, r.workshop));
    let (culprit, name) = match *error {
        LoadError::NoFamilies | LoadError::NothingToLoad => (Culprit::Field("families"), String::new()),
        LoadError::DuplicateFamily(row) => (Culprit::Cell { param: "families", row, column: 0 }, family(row)),
        LoadError::ProductionLength(row) => (Culprit::Cell { param: "families", row, column: 1 }, family(row)),
        LoadError::MissingRatio(row) => (Culprit::Cell { param: "families", row, column: 2 }, family(row)),
        LoadError::DuplicateWorkshop(row) => (Culprit::Cell { param: "workshops", row, column: 0 }, workshop(row)),
        LoadError::CapacityLength(row) => (Culprit::Cell { param: "workshops", row, column: 1 }, workshop(row)),
        LoadError::UnknownFamily(row) | LoadError::DuplicateRouting(row) => {
            (Culprit::Cell { param: "hours", row, column: 0 }, routing(row))
        }
        LoadError::UnknownWorkshop(row) => (Culprit::Cell { param: "hours", row, column: 1 }, routing(row)),
    };
    Problem { culprit, message: text::error_message(error, &name, lang) }
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = load::solve(&input).map_err(|e| problem(&input, &e, lang))?;
    let overloads: usize = s.workshops.iter().map(|w| w.overloads.len()).sum();
    let mut results = Vec::new();
    if !input.workshops.is_empty() {
        results.push(ResultLine::new(text::OVERLOADS, overloads.to_string(), "load-overload-count").main());
        if let Some((w, m, ratio)) = peak(&input, &s) {
            let colon = if lang == Lang::Fr { " :" } else { ":" };
            results.push(ResultLine::new(
                text::PEAK,
                format!("{w}, {}{colon} {}", text::month_label(m), format_percent(ratio, lang, 1)),
                "load-peak",
            ));
        }
    }
    if let Some(staff) = &s.staff {
        let most = staff.iter().copied().fold(0.0, f64::max);
        results.push(ResultLine::new(text::STAFF_PEAK, format_number(most, lang, 2), "load-staff-peak").unit(text::PERSONS));
    }
    let periods: Vec<String> = (0..s.months).map(text::month_label).collect();
    let mut sections = Vec::new();
    if !input.workshops.is_empty() {
        let grid = load_grid(&input, &s, lang);
        let mut series = Vec::new();
        for (workshop, w) in input.workshops.iter().zip(&s.workshops) {
            series.push(Series::new(format!("{} — {}", workshop.name, text::LOAD_WORD.get(lang)), w.load.clone(), Style::Bar));
        }
        for workshop in &input.workshops {
            series.push(Series::new(
                format!("{} — {}", workshop.name, text::CAPACITY_WORD.get(lang)),
                workshop.capacity.clone(),
                Style::Dashed,
            ));
        }
        let chart = periods_chart(periods.clone(), text::HOURS_AXIS.get(lang), series);
        sections.push(Section {
            title: text::LOAD_TITLE,
            blocks: vec![Block::Figure {
                chart: chart.to_json(),
                label: text::CHART,
                test_id: "load-chart".to_owned(),
                data: Tabular::Grid(grid),
            }],
        });
        sections.push(Section { title: text::SHARE_TITLE, blocks: vec![Block::Table(share_table(&input, &s, &periods, lang))] });
        sections.push(Section { title: text::REMEDIES_TITLE, blocks: remedies(&input, &s, lang) });
    }
    if let Some(staff) = &s.staff {
        let grid = Grid {
            caption: text::STAFF_GRID.get(lang).to_owned(),
            prefix: "staff".to_owned(),
            periods,
            opening: None,
            rows: vec![GridRow {
                key: "".into(),
                label: text::STAFF_ROW.get(lang).to_owned(),
                fillable: true,
                opening: None,
                cells: staff.iter().map(|x| GridCell::new(*x, format_number(*x, lang, 2))).collect(),
            }],
        };
        sections.push(Section { title: text::STAFF_TITLE, blocks: vec![Block::Grid(grid)] });
    }
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&worked(&input, &s), text::step_title, lang) })
}

/// The workshop and month with the highest load ratio.
fn peak<'a>(input: &'a LoadInput, s: &LoadSolution) -> Option<(&'a str, usize, f64)> {
    input
        .workshops
        .iter()
        .zip(&s.workshops)
        .flat_map(|(workshop, w)| w.ratio.iter().enumerate().filter_map(move |(m, r)| r.map(|r| (workshop.name.as_str(), m, r))))
        .max_by(|a, b| a.2.total_cmp(&b.2))
}

/// Fig 3.11: per workshop, its load, its capacity and the load ratio, overloads marked.
fn load_grid(input: &LoadInput, s: &LoadSolution, lang: Lang) -> Grid {
    let mut rows = Vec::new();
    for (workshop, w) in input.workshops.iter().zip(&s.workshops) {
        let name = &workshop.name;
        let why = |m: usize| {
            let terms: Vec<String> = input
                .families
                .iter()
                .zip(&w.by_family)
                .filter_map(|(f, share)| share.get(m).filter(|x| **x > 0.0).map(|x| format!("{} {}", f.id, hours(*x, lang))))
                .collect();
            format!("{name} {} : {}", text::month_label(m), terms.join(" + "))
        };
        rows.extend(centre_rows(name, &w.load, &workshop.capacity, &w.ratio, &w.overloads, why, lang));
    }
    Grid {
        caption: text::GRID.get(lang).to_owned(),
        prefix: "load".to_owned(),
        periods: (0..s.months).map(text::month_label).collect(),
        opening: None,
        rows,
    }
}

/// A resource's three grid rows: its load (overloads marked, each cell with its sum), its
/// capacity and its load ratio; keys `<name>`, `capacity-<name>`, `pct-<name>`. Shared with
/// rough-cut capacity.
pub fn centre_rows(
    name: &str,
    load: &[f64],
    capacity: &[f64],
    ratio: &[Option<f64>],
    overloads: &[usize],
    why: impl Fn(usize) -> String,
    lang: Lang,
) -> [GridRow; 3] {
    let over = |m: usize| overloads.contains(&m).then_some(Mark::Overload);
    let pct = |(m, r): (usize, &Option<f64>)| {
        r.map_or_else(|| GridCell::new(f64::NAN, "—".to_owned()), |r| GridCell::new(r * 100.0, format_percent(r, lang, 1))).mark(over(m))
    };
    [
        GridRow {
            key: name.to_owned().into(),
            label: format!("{name} — {}", text::LOAD_WORD.get(lang)),
            fillable: true,
            opening: None,
            cells: load.iter().enumerate().map(|(m, x)| GridCell::new(*x, hours(*x, lang)).mark(over(m)).why(why(m))).collect(),
        },
        GridRow {
            key: format!("capacity-{name}").into(),
            label: format!("{name} — {}", text::CAPACITY_WORD.get(lang)),
            fillable: false,
            opening: None,
            cells: capacity.iter().map(|x| GridCell::new(*x, hours(*x, lang))).collect(),
        },
        GridRow {
            key: format!("pct-{name}").into(),
            label: format!("{name} — {}", text::PCT_WORD.get(lang)),
            fillable: true,
            opening: None,
            cells: ratio.iter().enumerate().map(pct).collect(),
        },
    ]
}

/// Each family's hours in each workshop, month by month: the sums behind the grid.
fn share_table(input: &LoadInput, s: &LoadSolution, periods: &[String], lang: Lang) -> Table {
    let mut table = Table::new(text::SHARE, &[], "load-share", lang);
    table.headers = std::iter::once(text::COL_WHAT.get(lang).to_owned()).chain(periods.iter().cloned()).collect();
    let rows = input
        .workshops
        .iter()
        .zip(&s.workshops)
        .flat_map(|(workshop, w)| {
            input.families.iter().zip(&w.by_family).filter(|(_, share)| share.iter().any(|x| *x > 0.0)).map(move |(f, share)| {
                std::iter::once(Cell::new(format!("{} — {}", workshop.name, f.id)).words())
                    .chain(share.iter().map(|x| Cell::new(hours(*x, lang))))
                    .collect()
            })
        })
        .collect();
    table.rows(rows)
}

/// One note per overload, with its numbers, or the underload advice when there is none.
fn remedies(input: &LoadInput, s: &LoadSolution, lang: Lang) -> Vec<Block> {
    let room = |w: usize, m: usize| {
        let capacity = input.workshops.get(w).and_then(|x| x.capacity.get(m)).copied().unwrap_or(0.0);
        capacity - s.workshops.get(w).and_then(|x| x.load.get(m)).copied().unwrap_or(0.0)
    };
    let mut notes = Vec::new();
    for (w, (workshop, load)) in input.workshops.iter().zip(&s.workshops).enumerate() {
        for &m in &load.overloads {
            let over = hours(-room(w, m), lang);
            let pct = load.ratio.get(m).copied().flatten().map_or_else(String::new, |r| format_percent(r, lang, 1));
            let elsewhere: Vec<String> = input
                .workshops
                .iter()
                .enumerate()
                .filter(|(other, _)| *other != w && room(*other, m) > 0.0)
                .map(|(other, x)| format!("{} {} h", x.name, hours(room(other, m), lang)))
                .collect();
            let elsewhere = if elsewhere.is_empty() { "—".to_owned() } else { elsewhere.join(", ") };
            let before = m.checked_sub(1).map(|b| room(w, b)).filter(|r| *r > 0.0).map(|r| hours(r, lang));
            notes.push(Block::Note {
                text: text::remedy(&workshop.name, m, &over, &pct, &elsewhere, before.as_deref(), lang),
                test_id: format!("load-remedy-{}-{}", workshop.name, m + 1),
            });
        }
    }
    if notes.is_empty() {
        notes.push(Block::Note { text: text::NO_OVERLOAD.get(lang).to_owned(), test_id: "load-remedy-none".to_owned() });
    }
    notes
}

/// The most loaded workshop-month worked out, and the staff of the busiest month.
fn worked(input: &LoadInput, s: &LoadSolution) -> Vec<Step> {
    let mut steps = Vec::new();
    if let Some((name, m, ratio)) = peak(input, s) {
        if let Some((workshop, w)) = input.workshops.iter().zip(&s.workshops).find(|(x, _)| x.name == name) {
            let shares: Vec<(f64, f64)> = input
                .families
                .iter()
                .filter_map(|f| {
                    let h = input.hours.iter().find(|r| r.family == f.id && r.workshop == name)?.hours;
                    Some((h, f.production.get(m + workshop.offset).copied().unwrap_or(0.0)))
                })
                .collect();
            let load = w.load.get(m).copied().unwrap_or(0.0);
            let step = shares.iter().enumerate().fold(Step::new("load", "Σ h × q"), |step, (i, (h, q))| {
                let step = if i > 0 { step.text(" + ") } else { step };
                step.num(*h).text(" × ").num(*q)
            });
            steps.push(step.result(load));
            steps.push(
                Step::new("ratio", "load / capacity")
                    .num(load)
                    .text(" / ")
                    .num(workshop.capacity.get(m).copied().unwrap_or(0.0))
                    .result(ratio),
            );
        }
    }
    if let Some(staff) = &s.staff {
        let busiest = staff.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).map_or(0, |(m, _)| m);
        let step = input.families.iter().enumerate().fold(Step::new("staff", "Σ ratio × q"), |step, (i, f)| {
            let step = if i > 0 { step.text(" + ") } else { step };
            step.num(f.ratio.unwrap_or(0.0)).text(" × ").num(f.production.get(busiest).copied().unwrap_or(0.0))
        });
        steps.push(step.result(staff.get(busiest).copied().unwrap_or(0.0)));
    }
    steps
}

/// Three families through two workshops over four months, capacities drawn so that some months
/// are overloaded.
fn exercise(seed: u64) -> LoadInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let mut draw = |low: i64, high: i64, step: i64| rng.step(low, high, step) as f64;
    let families: Vec<Family> = ["A", "B", "C"]
        .iter()
        .map(|id| Family { id: (*id).into(), production: (0..4).map(|_| draw(100, 600, 10)).collect(), ratio: None })
        .collect();
    let names = ["W1", "W2"];
    let hours: Vec<Routing> = names
        .iter()
        .flat_map(|w| families.iter().map(|f| (f.id.clone(), (*w).to_owned())).collect::<Vec<_>>())
        .map(|(family, workshop)| Routing { family, workshop, hours: draw(1, 8, 1) / 4.0 })
        .collect();
    let mut input = LoadInput { families, workshops: Vec::new(), hours };
    // Capacity near the mean load, rounded: some months over, some under.
    input.workshops = names.iter().map(|name| Workshop { name: (*name).into(), capacity: vec![0.0; 4], offset: 0 }).collect();
    let loads = load::solve(&input).map(|s| s.workshops).unwrap_or_default();
    for (workshop, w) in input.workshops.iter_mut().zip(loads) {
        let mean = w.load.iter().sum::<f64>() / 4.0;
        workshop.capacity = vec![(mean / 50.0).round() * 50.0; 4];
    }
    input
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let list = |xs: &[f64]| xs.iter().map(|x| hours(*x, lang)).collect::<Vec<_>>().join(if lang == Lang::Fr { " ; " } else { ", " });
    let families: Vec<String> = input.families.iter().map(|f| format!("{} {}", f.id, list(&f.production))).collect();
    let routing: Vec<String> = input.hours.iter().map(|r| format!("{} {} {} h", r.family, r.workshop, hours(r.hours, lang))).collect();
    let capacities: Vec<String> =
        input.workshops.iter().map(|w| format!("{} {} h", w.name, hours(w.capacity.first().copied().unwrap_or(0.0), lang))).collect();
    match lang {
        Lang::Fr => format!(
            "Production prévue des mois M1 à M4 — {}. Heures par pièce — {}. Capacité de chaque atelier, chaque mois — {}.",
            families.join(" | "),
            routing.join(", "),
            capacities.join(", ")
        ),
        Lang::En => format!(
            "Planned production of months M1 to M4 — {}. Hours per piece — {}. Capacity of each workshop, every month — {}.",
            families.join(" | "),
            routing.join(", "),
            capacities.join(", ")
        ),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((_, s)) = solved(v) else { return Vec::new() };
    let (Some(first), Some(second)) = (s.workshops.first(), s.workshops.get(1)) else { return Vec::new() };
    let overloads: usize = s.workshops.iter().map(|w| w.overloads.len()).sum();
    let load_1 = first.load.first().copied().unwrap_or(0.0);
    let ratio_2 = second.ratio.get(1).copied().flatten().unwrap_or(0.0) * 100.0;
    #[allow(clippy::cast_precision_loss)] // a handful of months
    let overloads = overloads as f64;
    vec![
        Question::new("load-w1-1", t!("Charge de W1 en M1 (h)", "Load of W1 in M1 (h)"), load_1, Tolerance::Absolute(0.01), 2).hint(t!(
            "Production de chaque famille en M1 × ses heures par pièce en W1, additionnées.",
            "Each family’s M1 production × its hours per piece in W1, added up."
        )),
        Question::new("pct-w2-2", t!("Taux de charge de W2 en M2 (%)", "Load ratio of W2 in M2 (%)"), ratio_2, Tolerance::Absolute(0.1), 1)
            .hint(t!("Charge de W2 en M2 ÷ capacité de W2, × 100.", "Load of W2 in M2 ÷ W2’s capacity, × 100."))
            .mistake(
                100.0 / (ratio_2 / 100.0),
                t!(
                    "C’est capacité ÷ charge : le taux de charge est charge ÷ capacité.",
                    "That is capacity ÷ load: the load ratio is load ÷ capacity."
                ),
            ),
        Question::new(
            "overloads",
            t!("Nombre de mois d’atelier en surcharge", "Number of workshop-months overloaded"),
            overloads,
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "Comptez, pour les deux ateliers, les mois où la charge dépasse la capacité.",
            "Count, for both workshops, the months whose load is above the capacity."
        )),
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
    fn figs_3_9_to_3_11_exactly() {
        let report = LESSON.preset_report("fig-3-9", Lang::En);
        assert_eq!(report.row("load-Machining", 1..=6), ["3,716", "3,040", "3,305", "3,250", "3,350", "3,295"]);
        assert_eq!(report.row("load-Assembly", 1..=6), ["1,988", "1,645", "1,775", "1,750", "1,800", "1,785"]);
        assert_eq!(report.row("load-capacity-Assembly", 1..=6), ["1,800", "1,800", "1,800", "1,350", "1,800", "1,800"]);
        assert_eq!(report.at("load-pct-Assembly-4"), "129.6%");
        assert_eq!(report.at("load-pct-Machining-3"), "110.2%");
        assert_eq!(report.at("load-overload-count"), "3");
        assert_eq!(report.at("load-peak"), "Assembly, M4: 129.6%");
        let grid = report.grid("load").unwrap();
        let marked: Vec<String> = grid
            .rows
            .iter()
            .flat_map(|r| {
                r.cells.iter().enumerate().filter(|(_, c)| c.mark == Some(Mark::Overload)).map(move |(m, _)| format!("{} {}", r.key, m + 1))
            })
            .collect();
        assert_eq!(marked, ["Machining 3", "pct-Machining 3", "Assembly 1", "Assembly 4", "pct-Assembly 1", "pct-Assembly 4"]);
        let remedy = report.note("load-remedy-Assembly-1");
        assert!(remedy.contains("188 h too many (110.4%") && remedy.contains("Machining 284 h"), "{remedy}");
        assert!(report.note("load-remedy-Assembly-4").contains("the month before, the workshop had 25 h to spare"));
        assert!(report.steps.iter().any(|s| s.key == "load" && s.numbers == "0.5 × 1,800 + 0.5 × 500 + 0.5 × 1,000 + 1 × 100"));
    }

    #[test]
    fn machining_a_month_ahead() {
        let report = LESSON.preset_report("machining-ahead", Lang::En);
        assert_eq!(report.row("load-Machining", 1..=6), ["3,040", "3,305", "3,250", "3,350", "3,295", "0"]);
        assert_eq!(report.at("load-pct-Machining-2"), "82.63%");
    }

    #[test]
    fn seed_staffing_35_in_february() {
        let report = LESSON.preset_report("seed-staffing", Lang::Fr);
        assert_eq!(report.at("staff-2"), "35");
        assert_eq!(report.at("load-staff-peak"), "35");
        assert_eq!(report.shown("load-overload-count"), None, "no workshop, no load");
        assert!(report.steps.iter().any(|s| s.key == "staff" && s.numbers == "5 × 2 + 2 × 4 + 3 × 4 + 2 × 2,5"));
    }

    #[test]
    fn the_pic_plan_becomes_the_first_familys_production() {
        let store = crate::scenario::storage::MemoryStore::default();
        let pic = crate::lessons::find("pic").unwrap();
        let target = preset_values(&LESSON, LESSON.preset("fig-3-9").unwrap());
        let import = &LESSON.imports[0];
        // Nothing saved: the S&OP lesson's default, the level plan of Fig 3.6.
        let level = import.run(&target, &store, Lang::En).unwrap();
        assert_eq!(level.rows("families")[0][1], Entry::Numbers(vec![10.0; 12]));
        assert_eq!(level.rows("families")[1], target.rows("families")[1], "the other families stay");
        let rates = preset_values(pic, pic.preset("fig-3-8").unwrap());
        crate::kit::session::save(pic, &store, &rates).unwrap();
        let taken = import.run(&target, &store, Lang::En).unwrap();
        assert_eq!(
            taken.rows("families")[0][1],
            Entry::Numbers(vec![9.0, 9.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 11.0, 11.0])
        );
        let tracking = preset_values(pic, pic.preset("fig-3-4").unwrap());
        crate::kit::session::save(pic, &store, &tracking).unwrap();
        assert!(import.run(&target, &store, Lang::En).unwrap_err().contains("tracking"));
    }

    #[test]
    fn errors_name_their_row() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-9").unwrap());
        let mut hours = values.rows("hours").to_vec();
        hours[2][1] = Entry::Text("Paint".into());
        let problem = solve(&values.clone().with("hours", Value::Table(hours)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "hours", row: 2, column: 1 });
        assert_eq!(problem.message, "C — Paint: this workshop is not in the list of workshops.");
        let mut workshops = values.rows("workshops").to_vec();
        workshops[1][1] = Entry::Numbers(vec![1.0, 2.0]);
        let problem = solve(&values.with("workshops", Value::Table(workshops)), Lang::Fr).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "workshops", row: 1, column: 1 });
        assert!(problem.message.starts_with("Assembly :"), "{}", problem.message);
    }

    #[test]
    fn exercises_overload_some_months() {
        for seed in 0..30 {
            let values = (LESSON.exercise.generate)(seed);
            let (_, s) = solved(&values).unwrap();
            let asked = questions(&values);
            assert_eq!(asked.len(), 3);
            assert_eq!(asked[0].expected, s.workshops[0].load[0]);
            assert!(s.workshops.iter().all(|w| w.load.iter().any(|l| *l > 0.0)), "seed {seed}");
        }
        let values = (LESSON.exercise.generate)(2);
        assert!(statement(&values, Lang::En).contains("Hours per piece — A W1"));
    }
}
