//! The sequencing lesson, `#/sequencing`: every rule's sequence and measures on one machine side
//! by side, Moore–Hodgson for the fewest late jobs, Johnson's rule for two machines in series.

pub mod text;

use crate::charts::runout::timeline;
use crate::engine::sequencing::{self, Job, Measures, Rule, Run, SequencingError};
use crate::engine::steps::Step;
use crate::i18n::{format_number, Lang, Text};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::bounds;
use crate::t;

static JOBS: TableSpec = TableSpec {
    columns: &[
        Column::new("id", text::COL_ID, ColumnKind::Id),
        Column::new("time", text::COL_TIME, ColumnKind::Number(bounds::PERIODS)),
        Column::new("due", text::COL_DUE, ColumnKind::Number(bounds::QUANTITY)),
    ],
    max_rows: 30,
    cell_id: "sequencing-job",
    new_row: |n| vec![Entry::Text(format!("J{n}")), Entry::Number(3.0), Entry::Number(20.0)],
    caption: text::JOBS,
    links: crate::kit::RowLinks::Semicolon,
};

static SECOND: TableSpec = TableSpec {
    columns: &[Column::new("id", text::COL_ID, ColumnKind::Id), Column::new("time", text::COL_TIME, ColumnKind::Number(bounds::PERIODS))],
    max_rows: 30,
    cell_id: "sequencing-m2",
    new_row: |n| vec![Entry::Text(format!("J{n}")), Entry::Number(3.0)],
    caption: text::SECOND,
    links: crate::kit::RowLinks::Semicolon,
};

/// Rule slugs, as in the test ids `seq-<rule>` and `metric-<rule>-<metric>`.
const RULES: &[(&str, Text)] = &[
    ("fcfs", text::rule_name(Rule::Fcfs)),
    ("spt", text::rule_name(Rule::Spt)),
    ("lpt", text::rule_name(Rule::Lpt)),
    ("edd", text::rule_name(Rule::Edd)),
    ("slack", text::rule_name(Rule::Slack)),
    ("cr", text::rule_name(Rule::Cr)),
    ("moore", text::rule_name(Rule::Moore)),
];
const METRIC_SLUGS: [&str; 7] = ["flow", "lateness", "tardiness", "max-tardiness", "late", "utilisation", "jobs"];

fn metric(m: &Measures, k: usize) -> f64 {
    [m.flow, m.lateness, m.tardiness, m.max_tardiness, m.late, m.utilisation, m.jobs].get(k).copied().unwrap_or(0.0)
}

/// Utilisation is better high; every other measure low.
fn better(k: usize, a: f64, b: f64) -> bool {
    if k == 5 {
        a > b + 1e-9
    } else {
        a < b - 1e-9
    }
}

pub static LESSON: Lesson = Lesson {
    id: "sequencing",
    prefix: "sequencing",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::JOBS_GROUP),
            inputs: &[
                Input::new("today", text::TODAY, Kind::Number(bounds::QUANTITY)),
                Input::new("jobs", text::JOBS, Kind::Table(&JOBS)).hint(text::JOBS_HINT),
                Input::new("rule", text::GANTT_RULE, Kind::Choice(RULES)),
            ],
        },
        Group { legend: Some(text::SECOND_GROUP), inputs: &[Input::new("m2", text::SECOND, Kind::Table(&SECOND)).hint(text::SECOND_HINT)] },
    ],
    presets: &[
        // The first preset leaves the second machine empty: an empty table is left out of links, so
        // only an empty default reopens empty.
        Preset {
            slug: "five-jobs",
            title: t!("Cinq travaux sur une machine", "Five jobs on one machine"),
            link: "today=0&jobs=A:6:8;B:2:6;C:8:18;D:3:15;E:9:23&rule=spt",
        },
        Preset {
            slug: "two-machines",
            title: t!("Les mêmes travaux sur deux machines : Johnson", "The same jobs on two machines: Johnson"),
            link: "today=0&jobs=A:6:8;B:2:6;C:8:18;D:3:15;E:9:23&rule=edd&m2=A:4;B:5;C:3;D:6;E:2",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&sequencing::exercise(seed)),
        statement: |v, lang| {
            let n = |x: f64| format_number(x, lang, 2);
            let list = jobs(v)
                .iter()
                .map(|j| format!("{}: {}, {}, {}", j.id, n(j.time), n(j.due), j.second.map(n).unwrap_or_default()))
                .collect::<Vec<_>>()
                .join("; ");
            text::exercise_statement(&list, lang)
        },
        questions,
        steps,
        tables: |v, lang| vec![rules_table(&jobs(v), &sequencing::runs(&jobs(v), v.num("today")), lang)],
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn jobs(v: &Values) -> Vec<Job> {
    let seconds = v.rows("m2");
    v.rows("jobs")
        .iter()
        .map(|row| {
            let id = row.text_at(0);
            let second = seconds.iter().find(|r| r.first().map(Entry::text) == Some(id.as_str())).and_then(|r| r.get(1)).map(Entry::number);
            Job { time: row.number_at(1), due: row.number_at(2), second, id }
        })
        .collect()
}

fn values(jobs: &[Job]) -> Values {
    let rows = jobs.iter().map(|j| vec![Entry::Text(j.id.clone()), Entry::Number(j.time), Entry::Number(j.due)]).collect();
    let seconds = jobs.iter().filter_map(|j| j.second.map(|s| vec![Entry::Text(j.id.clone()), Entry::Number(s)])).collect();
    LESSON
        .defaults()
        .with("jobs", Value::Table(rows))
        .with("m2", Value::Table(seconds))
        .with_num("today", 0.0)
        .with("rule", Value::Choice("spt"))
}

fn spelled(jobs: &[Job], sequence: &[usize]) -> String {
    sequence.iter().filter_map(|&i| jobs.get(i).map(|j| j.id.clone())).collect::<Vec<_>>().join("-")
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let jobs = jobs(v);
    let today = v.num("today");
    sequencing::check(&jobs).map_err(|e| {
        let (row, column) = match e {
            SequencingError::Duplicate(i) => (Some(i), 0),
            SequencingError::Time(i) => (Some(i), 1),
            SequencingError::NoJob => (None, 0),
        };
        let job = row.and_then(|r| jobs.get(r)).map_or("", |j| j.id.as_str());
        let culprit = row.map_or(Culprit::Field("jobs"), |row| Culprit::Cell { param: "jobs", row, column });
        Problem { culprit, message: text::error_message(e, job, lang) }
    })?;
    if let Some((row, r)) =
        v.rows("m2").iter().enumerate().find(|(_, r)| !jobs.iter().any(|j| Some(j.id.as_str()) == r.first().map(Entry::text)))
    {
        let id = r.first().map_or("", Entry::text);
        return Err(Problem { culprit: Culprit::Cell { param: "m2", row, column: 0 }, message: text::second_machine_message(id, lang) });
    }
    let runs = sequencing::runs(&jobs, today);
    let best_of = |k: usize| {
        runs.iter().enumerate().fold(0, |best, (i, r)| {
            if runs.get(best).is_some_and(|b| better(k, metric(&r.measures, k), metric(&b.measures, k))) {
                i
            } else {
                best
            }
        })
    };
    let name = |i: usize| RULES.get(i).map_or("", |r| r.1.get(lang)).to_owned();
    let mut results = vec![
        ResultLine::new(text::BEST_FLOW, name(best_of(0)), "sequencing-best-flow").main(),
        ResultLine::new(text::FEWEST_LATE, name(best_of(4)), "sequencing-fewest-late"),
    ];
    if let Some(order) = sequencing::johnson(&jobs) {
        let fcfs: Vec<usize> = (0..jobs.len()).collect();
        results.push(ResultLine::new(text::JOHNSON_SEQ, spelled(&jobs, &order), "seq-johnson"));
        results.push(
            ResultLine::new(
                text::JOHNSON_SPAN,
                format_number(sequencing::two_machine_makespan(&jobs, &order), lang, 2),
                "makespan-johnson",
            )
            .unit(text::DAYS),
        );
        results.push(
            ResultLine::new(text::FCFS_SPAN, format_number(sequencing::two_machine_makespan(&jobs, &fcfs), lang, 2), "makespan-fcfs")
                .unit(text::DAYS),
        );
    }
    let chosen = RULES.iter().position(|(s, _)| *s == v.choice("rule")).unwrap_or(0);
    // The comparison alone in its section takes the full width; the Gantt chart follows.
    let mut sections = vec![Section { title: text::RULES_TITLE, blocks: vec![Block::Table(rules_table(&jobs, &runs, lang))] }];
    if let Some(run) = runs.get(chosen) {
        let rows: Vec<_> = run
            .sequence
            .iter()
            .filter_map(|&i| {
                let (job, end) = (jobs.get(i)?, *run.completion.get(i)?);
                let start = end - job.time;
                let late = (end > job.due).then(|| (start.max(job.due), end - start.max(job.due)));
                Some((job.id.clone(), Some((start, end)), late))
            })
            .collect();
        let chart = timeline(&rows, [text::DAY_AXIS, text::JOB_BAR, text::LATE_BAR], lang);
        let figure = Block::Figure {
            chart: chart.to_json(),
            label: text::GANTT,
            test_id: "sequencing-gantt".to_owned(),
            data: Tabular::Table(gantt_table(&jobs, run, lang)),
        };
        sections.push(Section { title: text::GANTT_TITLE, blocks: vec![figure] });
    }
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&worked(&jobs, today), text::step_title, lang) })
}

fn rules_table(jobs: &[Job], runs: &[Run], lang: Lang) -> Table {
    let shown = |k: usize, x: f64| if k == 5 { crate::i18n::format_percent(x, lang, 2) } else { format_number(x, lang, 2) };
    let mut rows: Vec<Vec<Cell>> = runs
        .iter()
        .zip(RULES)
        .map(|(run, (slug, name))| {
            let mut row = vec![Cell::new(name.get(lang)).words(), Cell::with_id(spelled(jobs, &run.sequence), format!("seq-{slug}"))];
            row.extend(
                METRIC_SLUGS
                    .iter()
                    .enumerate()
                    .map(|(k, m)| Cell::with_id(shown(k, metric(&run.measures, k)), format!("metric-{slug}-{m}"))),
            );
            row
        })
        .collect();
    let mut best = vec![Cell::new(text::BEST.get(lang)).words(), Cell::new("")];
    best.extend(METRIC_SLUGS.iter().enumerate().map(|(k, m)| {
        let top = runs
            .iter()
            .map(|r| metric(&r.measures, k))
            .fold(None, |acc: Option<f64>, x| Some(acc.map_or(x, |a| if better(k, x, a) { x } else { a })));
        let winners: Vec<&str> = runs
            .iter()
            .zip(RULES)
            .filter(|(r, _)| top.is_some_and(|t| (metric(&r.measures, k) - t).abs() < 1e-9))
            .map(|(_, (slug, _))| *slug)
            .collect();
        Cell::with_id(winners.join(", ").to_uppercase(), format!("metric-best-{m}")).words()
    }));
    rows.push(best);
    let mut headers = vec![text::COL_RULE, text::COL_SEQ];
    headers.extend(text::METRICS);
    Table::new(text::RULES_TABLE, &headers, "sequencing-rules", lang).rows(rows)
}

fn gantt_table(jobs: &[Job], run: &Run, lang: Lang) -> Table {
    let rows = run
        .sequence
        .iter()
        .filter_map(|&i| {
            let (job, end) = (jobs.get(i)?, *run.completion.get(i)?);
            Some(vec![
                Cell::new(job.id.clone()).words(),
                Cell::new(format_number(end - job.time, lang, 2)),
                Cell::with_id(format_number(end, lang, 2), format!("sequencing-end-{}", job.id)),
                Cell::new(format_number(end - job.due, lang, 2)),
            ])
        })
        .collect();
    Table::new(text::GANTT_TABLE, &[text::COL_ID, text::COL_START, text::COL_END, text::COL_LATE], "sequencing-gantt-table", lang)
        .rows(rows)
}

fn worked(jobs: &[Job], today: f64) -> Vec<Step> {
    let spt = sequencing::sequence(jobs, Rule::Spt, today);
    let (completion, m) = sequencing::measure(jobs, &spt, today);
    let mut flow = Step::new("spt_flow", "F̄ = Σ (Cⱼ − t₀) / n").text("(");
    for (k, &i) in spt.iter().enumerate() {
        flow = if k == 0 { flow } else { flow.text(" + ") }.num(completion.get(i).copied().unwrap_or(0.0) - today);
    }
    #[allow(clippy::cast_precision_loss)] // a few jobs
    let n = jobs.len() as f64;
    let mut steps = vec![flow.text(") / ").num(n).result(m.flow)];
    if let Some(order) = sequencing::johnson(jobs) {
        // The last job: machine 2 starts it when machine 1 has made every job and machine 2 has
        // finished the one before.
        let (mut one, mut two, mut before, mut last) = (0.0f64, 0.0f64, 0.0, 0.0);
        for job in order.iter().filter_map(|&i| jobs.get(i)) {
            one += job.time;
            before = two;
            last = job.second.unwrap_or(0.0);
            two = two.max(one) + last;
        }
        steps.push(
            Step::new("johnson", "Cmax = max(C₁ₙ ; C₂ₙ₋₁) + q₂ₙ")
                .text("max(")
                .num(one)
                .text(" ; ")
                .num(before)
                .text(") + ")
                .num(last)
                .result(two),
        );
    }
    steps
}

fn questions(v: &Values) -> Vec<Question> {
    let jobs = jobs(v);
    let runs = sequencing::runs(&jobs, v.num("today"));
    let of = |rule: Rule| runs.iter().find(|r| r.rule == rule).map(|r| r.measures).unwrap_or_default();
    let Some(order) = sequencing::johnson(&jobs) else { return Vec::new() };
    let fcfs: Vec<usize> = (0..jobs.len()).collect();
    vec![
        Question::new(
            "spt-flow",
            t!("Temps de passage moyen en SPT", "Mean flow time under SPT"),
            of(Rule::Spt).flow,
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!(
            "Triez par durée croissante, cumulez, puis faites la moyenne des fins.",
            "Sort by increasing time, add up, then average the completions."
        ))
        .mistake(
            of(Rule::Fcfs).flow,
            t!("C’est l’ordre d’arrivée : triez d’abord par durée.", "That is the arrival order: sort by time first."),
        ),
        Question::new("edd-late", t!("Travaux en retard en EDD", "Jobs late under EDD"), of(Rule::Edd).late, Tolerance::Absolute(0.0), 0)
            .hint(t!(
                "Ordonnez par date due, cumulez les durées, comptez les fins après la date due.",
                "Order by due date, add up the times, count the completions after the due date."
            )),
        Question::new(
            "johnson",
            t!("Durée totale sur deux machines (Johnson)", "Makespan on two machines (Johnson)"),
            sequencing::two_machine_makespan(&jobs, &order),
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "La machine 2 commence un travail quand elle est libre et que la machine 1 l’a fini.",
            "Machine 2 starts a job when it is free and machine 1 has finished it."
        ))
        .mistake(
            sequencing::two_machine_makespan(&jobs, &fcfs),
            t!(
                "C’est la durée dans l’ordre d’arrivée : ordonnez d’abord selon Johnson.",
                "That is the makespan in arrival order: order by Johnson’s rule first."
            ),
        ),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    step_lines(&worked(&jobs(v), v.num("today")), text::step_title, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn five_jobs_side_by_side() {
        let report = LESSON.preset_report("two-machines", Lang::En);
        assert_eq!(report.at("seq-spt"), "B-D-A-C-E");
        assert_eq!(report.at("seq-edd"), "B-A-D-C-E");
        assert_eq!(report.at("metric-spt-flow"), "13");
        assert_eq!(report.at("metric-spt-late"), "3");
        assert_eq!(report.at("seq-johnson"), "B-D-A-C-E");
        assert_eq!(report.at("makespan-johnson"), "30");
        assert_eq!(report.at("metric-best-flow"), "SPT");
        let johnson = report.steps.iter().find(|s| s.key == "johnson").unwrap();
        assert_eq!((johnson.numbers.as_str(), johnson.result.as_str()), ("max(28 ; 22) + 2", "30"));
        let one = LESSON.preset_report("five-jobs", Lang::En);
        assert_eq!(one.shown("seq-johnson"), None, "no second machine, no Johnson");
    }

    #[test]
    fn errors_name_their_cell() {
        let values = preset_values(&LESSON, LESSON.preset("two-machines").unwrap());
        let mut m2 = values.rows("m2").to_vec();
        m2[1][0] = Entry::Text("Z".into());
        let problem = solve(&values.clone().with("m2", Value::Table(m2)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "m2", row: 1, column: 0 });
        let mut rows = values.rows("jobs").to_vec();
        rows[2][1] = Entry::Number(0.0);
        assert_eq!(
            solve(&values.with("jobs", Value::Table(rows)), Lang::En).unwrap_err().culprit,
            Culprit::Cell { param: "jobs", row: 2, column: 1 }
        );
    }

    #[test]
    fn exercises_ask_about_their_own_jobs() {
        for seed in 0..50 {
            let values = (LESSON.exercise.generate)(seed);
            assert_eq!(questions(&values).len(), 3);
        }
    }
}
