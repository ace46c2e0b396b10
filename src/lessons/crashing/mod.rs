//! The crashing lesson, `#/crashing`: shorten a project at least cost, against its indirect
//! costs, bonus and penalty; the course's greedy method beside the exact optimum.

pub mod text;

use crate::charts::crashing::{direct_chart, total_chart};
use crate::engine::crashing::{self, CrashActivity, CrashError, CrashInput, CrashSolution, Plan};
use crate::i18n::{format_number, Lang, Text};
use crate::kit::network::schedule_svg;
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::lessons::network;
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, number_param, Bound, Range};
use crate::t;
use std::cell::RefCell;
use std::rc::Rc;

/// A project a class crashes; each of its durations is an LP solved in a few pivots.
pub const MAX_TASKS: usize = 50;
/// Durations in periods from the start: fifty tasks of a thousand periods each.
const DATE: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(50_000.0));

/// Columns of the task table, by position (culprit cells point at them).
const DN: usize = 1;
const DC: usize = 2;
const CC: usize = 4;
const AFTER: usize = 5;

static TASKS: TableSpec = TableSpec {
    columns: &[
        Column::new("id", text::COL_ID, ColumnKind::Id),
        Column::new("dn", text::COL_DN, ColumnKind::Number(bounds::PERIODS)),
        Column::new("dc", text::COL_DC, ColumnKind::Number(bounds::PERIODS)).joined(),
        Column::new("cn", text::COL_CN, ColumnKind::Number(bounds::MONEY)).joined(),
        Column::new("cc", text::COL_CC, ColumnKind::Number(bounds::MONEY)).joined(),
        Column::new("after", text::COL_AFTER, ColumnKind::Ids),
        Column::new("what", text::COL_WHAT, ColumnKind::Note),
    ],
    max_rows: MAX_TASKS,
    cell_id: "crash-task",
    new_row: |n| {
        vec![
            Entry::Text(format!("T{n}")),
            Entry::Number(2.0),
            Entry::Number(1.0),
            Entry::Number(100.0),
            Entry::Number(150.0),
            Entry::Text(String::new()),
            Entry::Text(String::new()),
        ]
    },
    caption: text::TASKS,
    links: crate::kit::RowLinks::Semicolon,
};

fn has_reference(v: &Values) -> bool {
    v.opt("ref").is_some()
}

pub static LESSON: Lesson = Lesson {
    id: "crashing",
    prefix: "crash",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group { legend: None, inputs: &[Input::new("tasks", text::TASKS, Kind::Table(&TASKS)).hint(text::TASKS_HINT)] },
        Group {
            legend: Some(text::COSTS),
            inputs: &[
                Input::new("indirect", text::INDIRECT, Kind::Number(bounds::MONEY)).unit(text::PER_PERIOD).hint(text::INDIRECT_HINT),
                Input::new("ref", text::REFERENCE, Kind::Optional(DATE)).unit(text::PERIODS).hint(text::REFERENCE_HINT),
                Input::new("bonus", text::BONUS, Kind::Number(bounds::MONEY))
                    .unit(text::PER_PERIOD)
                    .hint(text::BONUS_HINT)
                    .shown_when(has_reference),
                Input::new("penalty", text::PENALTY, Kind::Number(bounds::MONEY))
                    .unit(text::PER_PERIOD)
                    .hint(text::PENALTY_HINT)
                    .shown_when(has_reference),
                Input::new("target", text::TARGET, Kind::Optional(DATE)).unit(text::PERIODS).hint(text::TARGET_HINT),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "shared-task",
            title: t!("Une tâche commune à deux chemins critiques", "One task shared by two critical paths"),
            link: "tasks=A:4/2/100/160::Plans;B:4/2/100/160::Permis;C:6/4/150/250:A,B:Gros œuvre&indirect=55&bonus=0&penalty=0",
        },
        Preset {
            slug: "course-network",
            title: t!(
                "Réseau de la Fig 5.10, coûts d’accélération inventés, bonus et pénalité",
                "The network of Fig 5.10, made-up crash costs, bonus and penalty"
            ),
            link: "tasks=A:12/9/3000/3900;B:9/7/2000/2800;C:10/8/4000/4500:A;D:10/7/5000/5900:B;E:24/20/6000/6400:B;F:10/8/2500/2900:A;G:35/30/9000/10500:C;H:40/33/12000/14100:D;I:15/12/3500/3950:A;J:4/3/1500/2000:E,G,H;K:6/5/2000/2400:F,I,J&indirect=350&ref=64&bonus=100&penalty=500&target=60",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&crashing::exercise(seed)),
        statement,
        questions,
        steps,
        tables: |v, lang| {
            solved(v)
                .map(|(input, s)| {
                    let totals = greedy_totals(&input, &s);
                    vec![activities_table(&input, &s, lang), total_table(&input, &s, &totals, lang), greedy_table(&input, &s, &totals, lang)]
                })
                .unwrap_or_default()
        },
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

pub fn input(v: &Values) -> CrashInput {
    let activities = v
        .rows("tasks")
        .iter()
        .map(|row| {
            let number = |column: usize| row.number_at(column);
            CrashActivity {
                id: row.text_at(0),
                normal_duration: number(DN),
                crash_duration: number(DC),
                normal_cost: number(3),
                crash_cost: number(CC),
                predecessors: row.get(AFTER).map(|e| e.ids().into_iter().map(str::to_owned).collect()).unwrap_or_default(),
            }
        })
        .collect();
    CrashInput {
        activities,
        indirect: v.num("indirect"),
        reference: v.opt("ref"),
        bonus: v.num("bonus"),
        penalty: v.num("penalty"),
        target: v.opt("target"),
    }
}

fn values(input: &CrashInput) -> Values {
    let rows = input
        .activities
        .iter()
        .map(|a| {
            vec![
                Entry::Text(a.id.clone()),
                Entry::Number(a.normal_duration),
                Entry::Number(a.crash_duration),
                Entry::Number(a.normal_cost),
                Entry::Number(a.crash_cost),
                Entry::Text(a.predecessors.join(",")),
                Entry::Text(String::new()),
            ]
        })
        .collect();
    LESSON
        .defaults()
        .with("tasks", Value::Table(rows))
        .with_num("indirect", input.indirect)
        .with("ref", Value::Number(input.reference))
        .with_num("bonus", input.bonus)
        .with_num("penalty", input.penalty)
        .with("target", Value::Number(input.target))
}

fn culprit(error: &CrashError, input: &CrashInput) -> Culprit {
    let ids: Vec<&str> = input.activities.iter().map(|a| a.id.as_str()).collect();
    let cell = |id: &str, column| {
        ids.iter().position(|i| *i == id).map_or(Culprit::Field("tasks"), |row| Culprit::Cell { param: "tasks", row, column })
    };
    match error {
        CrashError::CrashLonger(id) => cell(id, DC),
        CrashError::CrashCheaper(id) => cell(id, CC),
        CrashError::TargetTooShort { .. } => Culprit::Field("target"),
        CrashError::TooManyDurations { .. } => Culprit::Field("tasks"),
        CrashError::Solver(_) => Culprit::Lesson,
        CrashError::Network(error) => network::culprit(error, &ids, "tasks", DN, AFTER),
    }
}

type PlanFor = (Vec<CrashActivity>, Rc<Result<Plan, CrashError>>);

thread_local! {
    /// The last tasks' plan: editing the indirect cost, bonus, penalty or target only prices it
    /// again (at the caps the plan's 241 LPs were most of a keystroke's 20 ms).
    static LAST_PLAN: RefCell<Option<PlanFor>> = const { RefCell::new(None) };
}

/// [`crashing::solve`], reusing the plan of the same tasks.
fn solve_project(input: &CrashInput) -> Result<CrashSolution, CrashError> {
    let plan = LAST_PLAN.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((tasks, plan)) if *tasks == input.activities => Rc::clone(plan),
            _ => {
                let plan = Rc::new(crashing::plan(&input.activities));
                *last = Some((input.activities.clone(), Rc::clone(&plan)));
                plan
            }
        }
    });
    match &*plan {
        Ok(plan) => crashing::solve_planned(input, plan),
        Err(error) => Err(error.clone()),
    }
}

fn solved(v: &Values) -> Option<(CrashInput, CrashSolution)> {
    let input = input(v);
    solve_project(&input).ok().map(|s| (input, s))
}

fn periods(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

fn euros(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

/// The course's greedy method as (duration, direct cost), from the normal point.
fn greedy_points(s: &CrashSolution) -> Vec<(f64, f64)> {
    std::iter::once((s.normal.duration, s.normal_cost)).chain(s.greedy.iter().map(|g| (g.duration, g.direct_cost))).collect()
}

/// The course's method as (duration, total cost).
fn greedy_totals(input: &CrashInput, s: &CrashSolution) -> Vec<(f64, f64)> {
    greedy_points(s).into_iter().map(|(d, direct)| (d, direct + input.indirect * d + input.incentive(d))).collect()
}

/// Where the course's method stops: the last point before a step that no longer lowers the
/// total cost. Returns its index in [`greedy_totals`].
fn greedy_stop(totals: &[(f64, f64)]) -> usize {
    totals.windows(2).position(|w| matches!(w, [a, b] if b.1 >= a.1 - 1e-9)).unwrap_or(totals.len().saturating_sub(1))
}

/// `C 2, A 1`: the periods taken off each task, the dearest kept in table order.
fn crashed_list(input: &CrashInput, crash: &[f64], lang: Lang) -> String {
    let shortened: Vec<String> = input
        .activities
        .iter()
        .zip(crash)
        .filter(|(a, x)| **x > 1e-9 && a.slope() > 0.0)
        .map(|(a, x)| format!("{}\u{a0}{}", a.id, periods(*x, lang)))
        .collect();
    if shortened.is_empty() {
        text::NOTHING.get(lang).to_owned()
    } else {
        shortened.join(if lang == Lang::Fr { " ; " } else { ", " })
    }
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = solve_project(&input).map_err(|e| Problem { culprit: culprit(&e, &input), message: text::error_message(&e, lang) })?;
    let totals = greedy_totals(&input, &s);
    let stop = totals.get(greedy_stop(&totals)).copied().unwrap_or_default();
    let mut results = vec![
        ResultLine::new(text::NORMAL_DURATION, periods(s.normal.duration, lang), "crash-normal-duration").unit(text::PERIODS),
        ResultLine::new(text::NORMAL_COST, euros(s.normal_cost, lang), "crash-normal-cost").unit(text::EUROS),
    ];
    if let Some(minimum) = s.minimum() {
        results.push(ResultLine::new(text::MIN_DURATION, periods(minimum.duration, lang), "crash-min-duration").unit(text::PERIODS));
        results.push(ResultLine::new(text::MIN_DURATION_COST, euros(minimum.direct, lang), "crash-min-duration-cost").unit(text::EUROS));
    }
    if let Some(best) = s.best() {
        results.push(ResultLine::new(text::BEST_DURATION, periods(best.duration, lang), "crash-best-duration").unit(text::PERIODS).main());
        results.push(ResultLine::new(text::BEST_COST, euros(best.total, lang), "crash-best-cost").unit(text::EUROS));
    }
    if let Some(target) = &s.target {
        results.push(ResultLine::new(text::TARGET_COST, euros(target.direct, lang), "crash-target-cost").unit(text::EUROS));
    }
    results.push(ResultLine::new(text::GREEDY_STOP_DURATION, periods(stop.0, lang), "crash-greedy-stop-duration").unit(text::PERIODS));
    results.push(ResultLine::new(text::GREEDY_STOP_COST, euros(stop.1, lang), "crash-greedy-stop-cost").unit(text::EUROS));

    let sections = vec![
        Section {
            title: text::CURVE_TITLE,
            blocks: vec![
                Block::Figure {
                    chart: direct_chart(&s, &greedy_points(&s), lang).to_json(),
                    label: text::DIRECT_CHART,
                    test_id: "crash-direct-chart".to_owned(),
                    data: Tabular::Table(direct_table(&input, &s, lang)),
                },
                Block::Figure {
                    chart: total_chart(&s, &totals, lang).to_json(),
                    label: text::TOTAL_CHART,
                    test_id: "crash-chart".to_owned(),
                    data: Tabular::Table(total_table(&input, &s, &totals, lang)),
                },
                Block::Note { text: greedy_note(&input, &s, lang), test_id: "crash-greedy-note".to_owned() },
            ],
        },
        Section { title: text::ACTIVITIES_TITLE, blocks: vec![Block::Table(activities_table(&input, &s, lang))] },
        Section {
            title: text::NETWORK_TITLE,
            blocks: vec![
                Block::Drawing { svg: network_drawing(&input, &s, lang), test_id: "crash-network".to_owned() },
                // The boxes carry two bare numbers: say which is which in words, not only to screen readers.
                Block::Note { text: text::NETWORK.get(lang).to_owned(), test_id: "crash-network-key".to_owned() },
            ],
        },
        Section { title: text::GREEDY_TITLE, blocks: vec![Block::Table(greedy_table(&input, &s, &totals, lang))] },
        Section {
            title: text::RELAX_TITLE,
            blocks: vec![
                Block::Table(relax_table(&input, &s, lang)),
                Block::Note { text: relax_note(&s, lang), test_id: "crash-relax-note".to_owned() },
            ],
        },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&s.steps, text::step_title, lang) })
}

/// The course's method at `duration`, if one of its steps ends there.
fn at(points: &[(f64, f64)], duration: f64, lang: Lang) -> String {
    points.iter().find(|(d, _)| (d - duration).abs() < 1e-9).map_or_else(|| "—".to_owned(), |(_, cost)| euros(*cost, lang))
}

/// One row per duration, from normal to minimum: the least direct cost (`crash-direct-<d>`),
/// the course's method's (`crash-greedy-<d>`) — the teachers' API — and what the optimum shortens.
fn direct_table(input: &CrashInput, s: &CrashSolution, lang: Lang) -> Table {
    let greedy = greedy_points(s);
    let rows = s
        .curve
        .iter()
        .map(|p| {
            let d = number_param(p.duration);
            vec![
                Cell::new(periods(p.duration, lang)),
                Cell::with_id(euros(p.direct, lang), format!("crash-direct-{d}")),
                Cell::with_id(at(&greedy, p.duration, lang), format!("crash-greedy-{d}")),
                Cell::new(crashed_list(input, &p.crash, lang)).words(),
            ]
        })
        .collect();
    let headers = [text::COL_DURATION, text::COL_DIRECT, text::COL_GREEDY, text::COL_CRASHED];
    Table::new(text::DIRECT_TABLE, &headers, "crash-direct-table", lang).rows(rows)
}

/// One row per duration: indirect cost, penalty or bonus, total (`crash-total-<d>`), the course's
/// method's total, and which durations are the normal, the minimum and the best.
fn total_table(input: &CrashInput, s: &CrashSolution, greedy_totals: &[(f64, f64)], lang: Lang) -> Table {
    let mut headers = vec![text::COL_DURATION, text::COL_DIRECT_SHORT, text::COL_INDIRECT];
    if input.reference.is_some() {
        headers.push(text::COL_INCENTIVE);
    }
    headers.extend([text::COL_TOTAL, text::COL_GREEDY_TOTAL_CURVE, text::COL_REMARK]);
    let last = s.curve.len().saturating_sub(1);
    let rows = s
        .curve
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let d = number_param(p.duration);
            let id = |key: &str| format!("crash-{key}-{d}");
            let mut row = vec![
                Cell::new(periods(p.duration, lang)),
                Cell::new(euros(p.direct, lang)),
                Cell::with_id(euros(p.indirect, lang), id("indirect")),
            ];
            if input.reference.is_some() {
                row.push(Cell::with_id(euros(p.incentive, lang), id("incentive")));
            }
            let remarks: Vec<&str> = [(i == 0, text::NORMAL), (i == last && i > 0, text::MINIMUM), (i == s.best, text::BEST)]
                .iter()
                .filter(|(applies, _)| *applies)
                .map(|(_, remark)| remark.get(lang))
                .collect();
            row.extend([
                Cell::with_id(euros(p.total, lang), id("total")),
                Cell::with_id(at(greedy_totals, p.duration, lang), id("greedy-total")),
                Cell::new(remarks.join(", ")).words(),
            ]);
            row
        })
        .collect();
    Table::new(text::TOTAL_TABLE, &headers, "crash-curve", lang).rows(rows)
}

/// Each task's figures, its cost to crash per period (`crash-slope-<id>`), its float at normal
/// durations and its duration at the least total cost.
fn activities_table(input: &CrashInput, s: &CrashSolution, lang: Lang) -> Table {
    let headers =
        [text::COL_ID, text::COL_DN, text::COL_DC, text::COL_CN, text::COL_CC, text::COL_SLOPE, text::COL_FLOAT, text::COL_AT_BEST];
    let best = s.best();
    let rows = input
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let id = &a.id;
            let float = s.normal.timings.get(i).map_or(0.0, |t| t.total_float);
            let at_best = a.normal_duration - best.and_then(|p| p.crash.get(i)).copied().unwrap_or_default();
            vec![
                Cell::new(id.clone()).words(),
                Cell::new(periods(a.normal_duration, lang)),
                Cell::new(periods(a.crash_duration, lang)),
                Cell::new(euros(a.normal_cost, lang)),
                Cell::new(euros(a.crash_cost, lang)),
                Cell::with_id(euros(a.slope(), lang), format!("crash-slope-{id}")),
                Cell::with_id(periods(float, lang), format!("crash-float-{id}")),
                Cell::with_id(periods(at_best, lang), format!("crash-best-{id}")),
            ]
        })
        .collect();
    Table::new(text::ACTIVITIES, &headers, "crash-activities", lang).rows(rows)
}

/// The network at the least total cost: each box shows its normal duration and its duration there.
fn network_drawing(input: &CrashInput, s: &CrashSolution, lang: Lang) -> String {
    let ids: Vec<String> = input.activities.iter().map(|a| a.id.clone()).collect();
    let best = s.best();
    let durations = |i: usize| {
        let normal = input.activities.get(i).map_or(0.0, |a| a.normal_duration);
        let crash = best.and_then(|p| p.crash.get(i)).copied().unwrap_or_default();
        (periods(normal, lang), periods(normal - crash, lang))
    };
    schedule_svg(&s.at_best, &ids, &durations, text::NETWORK.get(lang), "crash-node")
}

/// The course's method one step a row, with the total cost and where it stops paying.
fn greedy_table(input: &CrashInput, s: &CrashSolution, totals: &[(f64, f64)], lang: Lang) -> Table {
    let stop = greedy_stop(totals);
    let total = |n: usize| totals.get(n).map_or(0.0, |(_, total)| *total);
    let mut rows = vec![vec![
        Cell::new("0"),
        Cell::new(text::START.get(lang)).words(),
        Cell::new(periods(s.normal.duration, lang)),
        Cell::new(euros(s.normal_cost, lang)),
        Cell::new(euros(total(0), lang)),
        Cell::new(String::new()).words(),
    ]];
    for (n, step) in s.greedy.iter().enumerate() {
        let chosen = step
            .crashed
            .iter()
            .filter_map(|i| input.activities.get(*i))
            .map(|a| format!("{} ({})", a.id, euros(a.slope(), lang)))
            .collect::<Vec<_>>()
            .join(", ");
        let remark = match n.cmp(&stop) {
            std::cmp::Ordering::Less => text::SAVES,
            std::cmp::Ordering::Equal => text::STOPS,
            std::cmp::Ordering::Greater => text::BEYOND,
        };
        rows.push(vec![
            Cell::new((n + 1).to_string()),
            Cell::new(chosen).words(),
            Cell::new(periods(step.duration, lang)),
            Cell::new(euros(step.direct_cost, lang)),
            Cell::new(euros(total(n + 1), lang)),
            Cell::new(remark.get(lang)).words(),
        ]);
    }
    let headers = [text::COL_STEP, text::COL_CHOSEN, text::COL_NEW_DURATION, text::COL_SO_FAR, text::COL_GREEDY_TOTAL, text::COL_REMARK];
    Table::new(text::GREEDY, &headers, "crash-greedy-steps", lang).rows(rows).stepwise()
}

/// The first duration where the course's method pays more than the optimum, with what each did.
fn greedy_note(input: &CrashInput, s: &CrashSolution, lang: Lang) -> String {
    let worse = s.greedy.iter().find_map(|g| {
        let optimum = s.curve.iter().find(|p| (p.duration - g.duration).abs() < 1e-9)?;
        (g.direct_cost > optimum.direct + 1e-6).then_some((g, optimum))
    });
    let Some((g, optimum)) = worse else { return text::GREEDY_EXACT.get(lang).to_owned() };
    let greedy_crash: Vec<f64> = input.activities.iter().zip(&g.durations).map(|(a, d)| a.normal_duration - d).collect();
    text::greedy_note(
        g.duration,
        g.direct_cost,
        optimum.direct,
        &crashed_list(input, &greedy_crash, lang),
        &crashed_list(input, &optimum.crash, lang),
        lang,
    )
}

/// Everything crashed, then the periods given back, as the course finds the minimum duration.
fn relax_table(input: &CrashInput, s: &CrashSolution, lang: Lang) -> Table {
    let mut cost: f64 = input.activities.iter().map(|a| a.crash_cost).sum();
    let mut rows = vec![vec![
        Cell::new(text::ALL_CRASHED.get(lang)).words(),
        Cell::new(String::new()),
        Cell::new(String::new()),
        Cell::with_id(euros(cost, lang), "crash-relax-start"),
    ]];
    for (i, given) in &s.relaxation.steps {
        let Some(a) = input.activities.get(*i) else { continue };
        let saving = a.slope() * given;
        cost -= saving;
        rows.push(vec![
            Cell::new(a.id.clone()).words(),
            Cell::new(periods(*given, lang)),
            Cell::new(euros(saving, lang)),
            Cell::new(euros(cost, lang)),
        ]);
    }
    Table::new(text::RELAX, &[text::COL_ID, text::COL_GIVEN, text::COL_SAVING, text::COL_COST_NOW], "crash-relax", lang).rows(rows)
}

fn relax_note(s: &CrashSolution, lang: Lang) -> String {
    match s.minimum() {
        Some(minimum) if s.relaxation.direct > minimum.direct + 1e-6 => text::relax_note(s.relaxation.direct, minimum.direct, lang),
        _ => text::RELAX_EXACT.get(lang).to_owned(),
    }
}

/// The task whose slope the exercise asks: the first the course's method shortens.
fn named_task(input: &CrashInput, s: &CrashSolution) -> Option<usize> {
    s.greedy.first().and_then(|g| g.crashed.first()).copied().filter(|i| *i < input.activities.len())
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, s)) = solved(v) else { return Vec::new() };
    let (Some(best), Some(minimum)) = (s.best(), s.minimum()) else { return Vec::new() };
    let slope = named_task(&input, &s).and_then(|i| s.slopes.get(i)).copied().unwrap_or_default();
    let totals = greedy_totals(&input, &s);
    let (stop_duration, stop_total) = totals.get(greedy_stop(&totals)).copied().unwrap_or_default();
    let mut total = Question::new("total", t!("Moindre coût total (€)", "Least total cost (€)"), best.total, Tolerance::Absolute(0.5), 0)
        .hint(t!("Coût direct à cette durée + coût indirect × durée.", "Direct cost at that duration + indirect cost × duration."));
    if (stop_total - best.total).abs() > 0.5 {
        total = total.mistake(stop_total, GREEDY_MISTAKE);
    }
    let mut best_duration = Question::new(
        "best",
        t!("Durée au moindre coût total (semaines)", "Duration at the least total cost (weeks)"),
        best.duration,
        Tolerance::Absolute(0.01),
        0,
    )
    .hint(t!(
        "Raccourcissez tant qu’une semaine gagnée coûte moins que le coût indirect d’une semaine.",
        "Keep shortening while a week gained costs less than a week of indirect cost."
    ));
    if (stop_duration - best.duration).abs() > 0.01 {
        best_duration = best_duration.mistake(stop_duration, GREEDY_MISTAKE);
    }
    vec![
        Question::new(
            "slope",
            t!("Coût d’accélération par semaine de la tâche désignée (€)", "Cost to crash the named task per week (€)"),
            slope,
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!("s = (CC − CN)/(DN − DC).", "s = (CC − CN)/(DN − DC).")),
        Question::new(
            "normal",
            t!("Durée normale du projet (semaines)", "Normal project duration (weeks)"),
            s.normal.duration,
            Tolerance::Absolute(0.01),
            0,
        )
        .hint(t!("Le plus long chemin du réseau, avec les durées normales.", "The longest path through the network, at normal durations.")),
        Question::new(
            "minimum",
            t!("Durée minimale du projet (semaines)", "Minimum project duration (weeks)"),
            minimum.duration,
            Tolerance::Absolute(0.01),
            0,
        )
        .hint(t!("Le plus long chemin quand toutes les tâches sont accélérées.", "The longest path when every task is crashed.")),
        best_duration,
        total,
    ]
}

const GREEDY_MISTAKE: Text = t!(
    "C’est là que s’arrête la méthode du cours, une tâche par chemin critique ; une tâche commune à plusieurs chemins critiques les raccourcit tous à la fois pour moins cher.",
    "That is where the course’s method stops, one task per critical path; a task shared by several critical paths shortens them all at once for less."
);

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let named = solved(v)
        .and_then(|(input, s)| named_task(&input, &s).and_then(|i| input.activities.get(i).map(|a| a.id.clone())))
        .unwrap_or_default();
    text::exercise_statement(&input, &named, lang)
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(_, s)| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests;
