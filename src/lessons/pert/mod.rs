//! The PERT lesson, `#/pert`: a network of tasks, its critical paths, floats, and the
//! probability of finishing by a date.

pub mod text;

use crate::charts::pert::{duration_curve, gantt};
use crate::engine::cpm;
use crate::engine::normal;
use crate::engine::pert::simulate;
use crate::engine::pert::{self, Estimate, PertActivity, PertError, PertInput, PertSolution};
use crate::i18n::{format_number, format_percent, Lang, Text};
use crate::kit::network::schedule_svg;
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Deferred, Exercise, Group, Input, Kind, Later, Lesson, Preset, TableSpec};
use crate::lessons::network;
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

/// A large project for a lesson; the passes stay far below a frame.
pub const MAX_TASKS: usize = 100;
/// Dates in days from the start: a hundred tasks of a thousand days each.
const DATE: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(100_000.0));
/// Simulated projects: 0 turns the simulation off; 100 000 runs of 100 tasks stay under a second.
const RUNS: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(100_000.0)).integer();
/// The simulation's seed: the same link shows the same simulated figures everywhere.
const SIMULATION_SEED: u64 = 2026;

static TASKS: TableSpec = TableSpec {
    columns: &[
        Column::new("id", text::COL_ID, ColumnKind::Id),
        Column::new("duration", text::COL_DURATION, ColumnKind::ThreePoint(bounds::PERIODS)),
        Column::new("after", text::COL_AFTER, ColumnKind::Ids),
        Column::new("what", text::COL_WHAT, ColumnKind::Note),
    ],
    max_rows: MAX_TASKS,
    cell_id: "pert-task",
    new_row: |n| vec![Entry::Text(format!("T{n}")), Entry::Numbers(vec![1.0]), Entry::Text(String::new()), Entry::Text(String::new())],
    caption: text::TASKS,
    links: crate::kit::RowLinks::Semicolon,
};

pub static LESSON: Lesson = Lesson {
    id: "pert",
    prefix: "pert",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group { legend: None, inputs: &[Input::new("tasks", text::TASKS, Kind::Table(&TASKS)).hint(text::TASKS_HINT)] },
        Group {
            legend: Some(text::QUESTIONS),
            inputs: &[
                Input::new("T", text::DUE_DATE, Kind::Optional(DATE)).unit(text::DAYS).hint(text::DUE_DATE_HINT),
                Input::new("p", text::PROBABILITY, Kind::Number(Range::FRACTION_OPEN)).hint(text::PROBABILITY_HINT),
                Input::new("runs", text::RUNS, Kind::Number(RUNS)).hint(text::RUNS_HINT),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-5-10",
            title: t!("Fig 5.10 à 5.12 : projet du cours (69 jours)", "Figs 5.10 to 5.12: the course’s project (69 days)"),
            link: "tasks=A:12;B:9;C:10:A;D:10:B;E:24:B;F:10:A;G:35:C;H:40:D;I:15:A;J:4:E,G,H;K:6:F,I,J&p=0.95&runs=10000",
        },
        Preset {
            slug: "launch",
            title: t!("Lancement d’un produit : trois estimations par tâche", "Product launch: three estimates per task"),
            link: "tasks=A:2/4/6::Cahier des charges;B:3/5/9:A:Prototype;C:4/6/10:A:Fournisseurs;D:1/2/3:B:Tests;E:5/8/14:B,C:Outillage;F:2/3/4:D,E:Présérie&T=24&p=0.9&runs=10000",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&pert::exercise(seed)),
        statement,
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| schedule_table(&input, &s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: Some(Deferred { title: text::SIMULATION, compute: simulation }),
};

fn estimate(entry: Option<&Entry>) -> Estimate {
    match entry.map(Entry::numbers) {
        Some([a, m, b]) => Estimate { optimistic: *a, likely: *m, pessimistic: *b },
        Some([d]) => Estimate::certain(*d),
        _ => Estimate::certain(f64::NAN),
    }
}

pub fn input(v: &Values) -> PertInput {
    let activities = v
        .rows("tasks")
        .iter()
        .map(|row| PertActivity {
            id: row.text_at(0),
            estimate: estimate(row.get(1)),
            predecessors: row.get(2).map(|e| e.ids().into_iter().map(str::to_owned).collect()).unwrap_or_default(),
        })
        .collect();
    PertInput { activities, due_date: v.opt("T"), probability: v.opt("p") }
}

fn values(input: &PertInput) -> Values {
    let rows = input
        .activities
        .iter()
        .map(|a| {
            let e = a.estimate;
            let duration = if e.is_certain() { vec![e.likely] } else { vec![e.optimistic, e.likely, e.pessimistic] };
            vec![Entry::Text(a.id.clone()), Entry::Numbers(duration), Entry::Text(a.predecessors.join(",")), Entry::Text(String::new())]
        })
        .collect();
    let base = LESSON.defaults().with("tasks", Value::Table(rows)).with("T", Value::Number(input.due_date));
    match input.probability {
        Some(p) => base.with_num("p", p),
        None => base,
    }
}

/// The cell an error is about: the task's estimates out of order, or the network's culprit.
fn culprit(error: &PertError, input: &PertInput) -> Culprit {
    let ids: Vec<&str> = input.activities.iter().map(|a| a.id.as_str()).collect();
    match error {
        PertError::EstimateOrder(id) => {
            ids.iter().position(|i| i == id).map_or(Culprit::Field("tasks"), |row| Culprit::Cell { param: "tasks", row, column: 1 })
        }
        PertError::Network(error) => network::culprit(error, &ids, "tasks", 1, 2),
    }
}

fn solved(v: &Values) -> Option<(PertInput, PertSolution)> {
    let input = input(v);
    pert::solve(&input).ok().map(|s| (input, s))
}

/// Critical paths as ids joined by `-`, several sorted and joined by ` | `.
fn critical_paths(input: &PertInput, s: &PertSolution) -> String {
    let id = |i: &usize| input.activities.get(*i).map_or("", |a| a.id.as_str());
    s.schedule.critical_paths.iter().map(|path| path.iter().map(id).collect::<Vec<_>>().join("-")).collect::<Vec<_>>().join(" | ")
}

fn days(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = pert::solve(&input).map_err(|e| Problem { culprit: culprit(&e, &input), message: text::error_message(&e, lang) })?;
    let mut paths = critical_paths(&input, &s);
    if s.schedule.more_paths {
        paths = format!("{paths} {}", text::MORE_PATHS.get(lang));
    }
    let mut results = vec![
        ResultLine::new(text::DURATION, days(s.schedule.duration, lang), "pert-duration").unit(text::DAYS).main(),
        ResultLine::new(text::CRITICAL, paths, "pert-critical"),
        ResultLine::new(text::SD, days(s.sd, lang), "pert-sd").unit(text::DAYS),
    ];
    if let Some(p) = s.probability {
        results.push(ResultLine::new(text::PROB, format_percent(p, lang, 2), "pert-prob"));
    }
    if let Some(due) = s.due {
        results.push(ResultLine::new(text::DUE, days(due, lang), "pert-due").unit(text::DAYS));
    }
    let ids: Vec<String> = input.activities.iter().map(|a| a.id.clone()).collect();
    let mut sections = vec![Section {
        title: text::NETWORK_TITLE,
        blocks: vec![Block::Drawing { svg: network(&input, &s, lang), test_id: "pert-network".to_owned() }],
    }];
    sections.push(Section {
        title: text::GANTT_TITLE,
        blocks: vec![Block::Figure {
            chart: gantt(&s.schedule, &ids, lang).to_json(),
            label: text::GANTT,
            test_id: "pert-gantt".to_owned(),
            data: Tabular::Table(schedule_table(&input, &s, lang)),
        }],
    });
    let mut curve_blocks = vec![match duration_curve(s.schedule.duration, s.sd, input.due_date, lang) {
        Some(chart) => Block::Figure {
            chart: chart.to_json(),
            label: text::CURVE,
            test_id: "pert-curve".to_owned(),
            data: Tabular::Table(probability_table(&s, input.due_date, lang)),
        },
        None => Block::Note { text: text::NO_CURVE.get(lang).to_owned(), test_id: "pert-no-curve".to_owned() },
    }];
    if s.schedule.critical_paths.len() > 1 {
        curve_blocks.push(Block::Note { text: text::PATH_USED.get(lang).to_owned(), test_id: "pert-path-note".to_owned() });
    }
    sections.push(Section { title: text::CURVE_TITLE, blocks: curve_blocks });
    sections.push(Section { title: text::PASSES, blocks: vec![Block::Table(passes_table(&input, &s, lang))] });
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&s.steps, text::step_title, lang) })
}

/// The network like Fig 5.12: each box shows its earliest and latest start.
fn network(input: &PertInput, s: &PertSolution, lang: Lang) -> String {
    let ids: Vec<String> = input.activities.iter().map(|a| a.id.clone()).collect();
    let timings = &s.schedule.timings;
    let dates = |i: usize| timings.get(i).map(|t| (days(t.earliest_start, lang), days(t.latest_start, lang))).unwrap_or_default();
    schedule_svg(&s.schedule, &ids, &dates, text::NETWORK.get(lang), "pert-node")
}

/// Each task's duration, dates and floats; the ids are the teachers' API (`est-<id>`, `slack-<id>`…).
fn schedule_table(input: &PertInput, s: &PertSolution, lang: Lang) -> Table {
    let headers = [
        text::COL_ID,
        text::COL_MEAN,
        text::COL_SD,
        text::COL_ES,
        text::COL_EF,
        text::COL_LS,
        text::COL_LF,
        text::COL_TOTAL_FLOAT,
        text::COL_FREE_FLOAT,
        text::COL_CRITICAL,
    ];
    let rows = input
        .activities
        .iter()
        .zip(&s.schedule.timings)
        .enumerate()
        .map(|(i, (a, t))| {
            let id = &a.id;
            let number = |value: f64, key: &str| Cell::with_id(days(value, lang), format!("{key}-{id}"));
            vec![
                Cell::new(id.clone()).words(),
                number(s.means.get(i).copied().unwrap_or_default(), "mean"),
                number(s.sds.get(i).copied().unwrap_or_default(), "sd"),
                number(t.earliest_start, "est"),
                number(t.earliest_finish, "eft"),
                number(t.latest_start, "lst"),
                number(t.latest_finish, "lft"),
                number(t.total_float, "slack"),
                number(t.free_float, "free"),
                Cell::with_id(if t.is_critical() { text::YES } else { text::NO }.get(lang), format!("critical-{id}")),
            ]
        })
        .collect();
    Table::new(text::SCHEDULE, &headers, "pert-schedule", lang).rows(rows)
}

/// How each date was found: the max that decides an earliest start, the min that decides a latest finish.
fn passes_table(input: &PertInput, s: &PertSolution, lang: Lang) -> Table {
    let timings = &s.schedule.timings;
    // French numbers have decimal commas: terms are separated by semicolons there.
    let separator = if lang == Lang::Fr { " ; " } else { ", " };
    let predecessors = &s.schedule.predecessors;
    let tasks = |order: &mut dyn Iterator<Item = &usize>| {
        order.filter_map(|&i| Some((i, input.activities.get(i)?, timings.get(i)?))).collect::<Vec<_>>()
    };
    let dates = |ids: &mut dyn Iterator<Item = usize>, date: fn(&cpm::Timing) -> f64| {
        ids.filter_map(|j| Some(format!("{} {}", input.activities.get(j)?.id, days(date(timings.get(j)?), lang)))).collect::<Vec<_>>()
    };
    let step = |a: &PertActivity, date: Text, value: f64, how: String| {
        vec![Cell::new(a.id.clone()).words(), Cell::new(date.get(lang)).words(), Cell::new(days(value, lang)), Cell::new(how).words()]
    };
    // Forward in topological order: each start is the max of the finishes before it.
    let forward = tasks(&mut s.schedule.order.iter()).into_iter().map(|(i, a, t)| {
        let before = predecessors.get(i).map(Vec::as_slice).unwrap_or_default();
        let finishes = dates(&mut before.iter().copied(), |t| t.earliest_finish);
        let how = if finishes.is_empty() { text::START.get(lang).to_owned() } else { format!("max({})", finishes.join(separator)) };
        step(a, text::COL_ES, t.earliest_start, how)
    });
    // Backward in reverse order: each latest finish is the min of the latest starts after it.
    let backward = tasks(&mut s.schedule.order.iter().rev()).into_iter().map(|(i, a, t)| {
        let after = predecessors.iter().enumerate().filter(|(_, before)| before.contains(&i)).map(|(j, _)| j);
        let starts = dates(&mut after.into_iter(), |t| t.latest_start);
        let how = if starts.is_empty() { text::END.get(lang).to_owned() } else { format!("min({})", starts.join(separator)) };
        step(a, text::COL_LF, t.latest_finish, how)
    });
    let rows = forward.chain(backward).collect();
    Table::new(text::PASSES, &[text::COL_ID, text::COL_PASS_DATE, text::COL_PASS_VALUE, text::COL_PASS_HOW], "pert-passes", lang)
        .rows(rows)
        .stepwise()
}

/// P(D ≤ date) from D − 2σ to D + 2σ by half σ, and at T.
fn probability_table(s: &PertSolution, due_date: Option<f64>, lang: Lang) -> Table {
    let d = s.schedule.duration;
    let mut dates: Vec<f64> = (-4..=4).map(|k| d + f64::from(k) * s.sd / 2.0).filter(|x| *x >= 0.0).collect();
    if let Some(t) = due_date.filter(|t| !dates.iter().any(|x| (x - t).abs() < 1e-9)) {
        let at = dates.iter().position(|x| *x > t).unwrap_or(dates.len());
        dates.insert(at, t);
    }
    let rows = dates
        .iter()
        .enumerate()
        .map(|(r, x)| {
            let z = (x - d) / s.sd;
            let id = |key: &str| format!("pert-probabilities-{r}-{key}");
            vec![
                Cell::with_id(days(*x, lang), id("date")),
                Cell::with_id(format_number(z, lang, 2), id("z")),
                Cell::with_id(format_percent(normal::cdf(z), lang, 2), id("p")),
            ]
        })
        .collect();
    Table::new(text::CURVE_TABLE, &[text::COL_DATE, text::COL_Z, text::COL_P], "pert-probabilities", lang).rows(rows)
}

/// The Monte-Carlo check beside the analytic answer, with what the gap means.
fn simulation(v: &Values, lang: Lang) -> Option<Later> {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // RUNS: a whole number, 0 to 100 000
    let runs = v.opt("runs").unwrap_or_default() as usize;
    let (input, s) = solved(v).filter(|_| runs > 0)?;
    let sim = simulate(&input, &s.schedule, runs, SIMULATION_SEED);
    let mut lines = vec![
        ResultLine::new(text::MC_MEAN, days(sim.mean, lang), "pert-mc-mean").unit(text::DAYS),
        ResultLine::new(text::MC_SD, days(sim.sd, lang), "pert-mc-sd").unit(text::DAYS),
    ];
    if let Some(p) = sim.probability {
        lines.push(ResultLine::new(text::MC_PROB, format_percent(p, lang, 2), "pert-mc-prob"));
    }
    if let Some(due) = sim.due {
        lines.push(ResultLine::new(text::MC_DUE, days(due, lang), "pert-mc-due").unit(text::DAYS));
    }
    Some(Later { lines, tables: Vec::new(), note: text::simulation_note(sim.runs, sim.mean - s.schedule.duration, lang) })
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((_, s)) = solved(v) else { return Vec::new() };
    let float = s.schedule.timings.get(named_task(&s)).map_or(0.0, |t| t.total_float);
    let on_path: Vec<f64> =
        s.schedule.critical_paths.get(s.path).map(|p| p.iter().filter_map(|i| s.sds.get(*i).copied()).collect()).unwrap_or_default();
    let summed_sds: f64 = on_path.iter().sum();
    let mut questions = vec![
        Question::new(
            "duration",
            t!("Durée moyenne du projet D (jours)", "Mean project duration D (days)"),
            s.schedule.duration,
            Tolerance::Absolute(0.05),
            2,
        )
        .hint(t!(
            "Passe avant : le début au plus tôt d’une tâche est le max des fins de ses antécédents ; D est la plus grande fin.",
            "Forward pass: a task’s earliest start is the max of its predecessors’ finishes; D is the largest finish."
        )),
        Question::new(
            "slack",
            t!("Marge totale de la tâche désignée (jours)", "Total float of the named task (days)"),
            float,
            Tolerance::Absolute(0.05),
            2,
        )
        .hint(t!(
            "Début au plus tard − début au plus tôt, après la passe arrière.",
            "Latest start − earliest start, after the backward pass."
        )),
        Question::new(
            "sd",
            t!("Écart type de la durée du projet σ_D (jours)", "Standard deviation of the project duration σ_D (days)"),
            s.sd,
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!("σ_D = √(Σ σ²) sur le chemin critique, avec σ = (b − a)/6.", "σ_D = √(Σ σ²) along the critical path, with σ = (b − a)/6."))
        .mistake(
            summed_sds,
            t!(
                "Vous avez additionné les écarts types : additionnez les variances σ², puis prenez la racine.",
                "You added the standard deviations: add the variances σ², then take the square root."
            ),
        ),
    ];
    if let Some(p) = s.probability {
        questions.push(
            Question::new(
                "prob",
                t!("Probabilité de finir au plus tard à T (%)", "Probability of finishing by T (%)"),
                p * 100.0,
                Tolerance::Absolute(1.0),
                1,
            )
            .hint(t!(
                "z = (T − D)/σ_D, puis P = Φ(z) lu dans la table de la loi normale.",
                "z = (T − D)/σ_D, then P = Φ(z) from the normal table."
            ))
            .mistake(
                100.0 - p * 100.0,
                t!(
                    "C’est la probabilité de finir après T : P(D ≤ T) = Φ(z).",
                    "That is the probability of finishing after T: P(D ≤ T) = Φ(z)."
                ),
            )
            .mistake(p, t!("La réponse est attendue en pourcentage (80, pas 0,80).", "The answer is expected in per cent (80, not 0.80).")),
        );
    }
    questions
}

/// The task the float question is about: the one with the largest total float (the first on a tie).
fn named_task(s: &PertSolution) -> usize {
    s.schedule
        .timings
        .iter()
        .enumerate()
        .fold((0, f64::NEG_INFINITY), |best, (i, t)| if t.total_float > best.1 { (i, t.total_float) } else { best })
        .0
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let named = solved(v).and_then(|(_, s)| input.activities.get(named_task(&s)).map(|a| a.id.clone())).unwrap_or_default();
    text::exercise_statement(&input, &named, lang)
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(_, s)| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::{preset_values, read_link};
    use crate::scenario::links::parse_fragment;

    #[test]
    fn fig_5_10_to_5_12_through_the_lesson() {
        let values = preset_values(&LESSON, LESSON.preset("fig-5-10").unwrap());
        let report = solve(&values, Lang::En).unwrap();
        assert_eq!(report.at("pert-duration"), "69");
        assert_eq!(report.at("pert-critical"), "B-D-H-J-K");
        assert_eq!(report.at("pert-sd"), "0");
        assert_eq!(report.at("pert-due"), "69");
        // Fig 5.12: earliest / latest starts of every task.
        let dates = "A 0/2, B 0/0, C 12/14, D 9/9, E 9/35, F 12/53, G 22/24, H 19/19, I 12/48, J 59/59, K 63/63";
        for entry in dates.split(", ") {
            let (id, pair) = entry.split_once(' ').unwrap();
            let (es, ls) = pair.split_once('/').unwrap();
            assert_eq!((report.at(&format!("est-{id}")), report.at(&format!("lst-{id}"))), (es.to_owned(), ls.to_owned()), "{id}");
        }
        assert_eq!(report.at("slack-E"), "26");
        assert_eq!(report.at("free-E"), "26");
        assert!(matches!(&report.sections[2].blocks[0], Block::Note { test_id, .. } if test_id == "pert-no-curve"));
        let Block::Drawing { svg, .. } = &report.sections[0].blocks[0] else { panic!("no network") };
        // Fig 5.12: J is critical and starts at 59, F is not and may start as late as 53.
        assert!(svg.contains(r#"data-testid="pert-node-J" data-critical="true""#), "{svg}");
        assert!(svg.contains(r#"data-testid="pert-node-F" data-critical="false""#));
        assert_eq!(svg.matches("network__arrow--critical").count(), 4, "B→D→H→J→K");
    }

    #[test]
    fn the_passes_go_forward_then_backward_with_what_decides_each_date() {
        let values = preset_values(&LESSON, LESSON.preset("fig-5-10").unwrap());
        let report = solve(&values, Lang::Fr).unwrap();
        let Block::Table(passes) = &report.sections[3].blocks[0] else { panic!("no passes") };
        assert!(passes.stepwise);
        assert_eq!(passes.rows.len(), 22, "each task once forward, once backward");
        let row = |id: &str, date: &str| passes.rows.iter().find(|r| r[0].text == id && r[1].text == date).unwrap();
        assert_eq!(
            (row("J", "Début au plus tôt")[2].text.as_str(), row("J", "Début au plus tôt")[3].text.as_str()),
            ("59", "max(E 33 ; G 57 ; H 59)")
        );
        assert_eq!(row("A", "Fin au plus tard")[3].text, "min(C 14 ; F 53 ; I 48)");
        assert_eq!(row("K", "Fin au plus tard")[3].text, "fin du projet");
        // Every forward row comes before every backward row, and a task after its predecessors.
        let position = |id: &str| passes.rows.iter().position(|r| r[0].text == id).unwrap();
        assert!(position("A") < position("C") && position("C") < position("G") && position("G") < position("J"));
        assert_eq!(passes.rows[11][0].text, "K", "the backward pass starts from the end");
    }

    #[test]
    fn three_point_estimates_give_a_probability() {
        let values = preset_values(&LESSON, LESSON.preset("launch").unwrap());
        let report = solve(&values, Lang::Fr).unwrap();
        // A-C-E-F: means 4 + 6⅓ + 8½ + 3 = 21⅚; variances (4² + 6² + 9² + 2²)/36 = 137/36.
        assert_eq!(report.at("pert-critical"), "A-C-E-F");
        assert_eq!(report.at("pert-duration"), "21,83");
        assert_eq!(report.at("pert-sd"), "1,951");
        let z = (24.0 - 131.0 / 6.0) / (137.0_f64 / 36.0).sqrt();
        assert_eq!(report.at("pert-prob"), format_percent(normal::cdf(z), Lang::Fr, 2));
        assert_eq!(report.at("pert-prob"), "86,66\u{a0}%");
    }

    #[test]
    fn the_simulation_shows_the_merge_bias_of_the_launch() {
        let values = preset_values(&LESSON, LESSON.preset("launch").unwrap());
        let Later { lines, note, .. } = simulation(&values, Lang::En).unwrap();
        let value = |id: &str| lines.iter().find(|l| l.test_id == id).unwrap().value.parse::<f64>().unwrap();
        // B-D-F and B-E-F run close to A-C-E-F: the simulated mean is later than D = 21.83.
        assert!(value("pert-mc-mean") > 21.9, "{}", value("pert-mc-mean"));
        assert!(note.contains("optimistic"), "{note}");
        assert!(simulation(&values.clone().with_num("runs", 0.0), Lang::En).is_none(), "runs=0 turns it off");
        let fig = preset_values(&LESSON, LESSON.preset("fig-5-10").unwrap());
        let Later { lines, .. } = simulation(&fig, Lang::En).unwrap();
        assert_eq!(lines.iter().find(|l| l.test_id == "pert-mc-mean").unwrap().value, "69", "certain durations");
    }

    #[test]
    fn a_cycle_names_its_tasks_at_the_first_one() {
        let link = read_link(&LESSON, &parse_fragment("#/pert?tasks=A:1;B:2:A,D;C:3:B;D:1:C").params);
        let problem = solve(&link.values.unwrap(), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "tasks", row: 1, column: 2 });
        assert!(problem.message.contains("B → C → D → B"), "{}", problem.message);
        let unknown = read_link(&LESSON, &parse_fragment("#/pert?tasks=A:1;B:2:Z").params);
        let problem = solve(&unknown.values.unwrap(), Lang::Fr).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "tasks", row: 1, column: 2 });
        assert!(problem.message.contains("l’antécédent Z"), "{}", problem.message);
        let order = read_link(&LESSON, &parse_fragment("#/pert?tasks=A:5/4/6").params);
        assert_eq!(solve(&order.values.unwrap(), Lang::En).unwrap_err().culprit, Culprit::Cell { param: "tasks", row: 0, column: 1 });
    }

    #[test]
    fn exercises_ask_about_their_own_numbers() {
        let values = (LESSON.exercise.generate)(7);
        let questions = questions(&values);
        assert_eq!(questions.iter().map(|q| q.id).collect::<Vec<_>>(), vec!["duration", "slack", "sd", "prob"]);
        let (input, s) = solved(&values).unwrap();
        assert_eq!(questions[0].expected, s.schedule.duration);
        let statement = statement(&values, Lang::En);
        assert!(statement.contains(&input.activities[named_task(&s)].id), "{statement}");
        // Adding the standard deviations is the mistake the sd question names.
        let sd = &questions[2];
        let added: f64 = s.schedule.critical_paths[s.path].iter().map(|i| s.sds[*i]).sum();
        if (added - s.sd).abs() > 0.02 {
            assert!(matches!(sd.mark(&format!("{added}")), crate::scenario::exercise::Mark::Mistake(_)));
        }
    }
}
