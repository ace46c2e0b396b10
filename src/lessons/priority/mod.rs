//! The priority rules lesson, `#/priority`: every rule of Fig 5.5 applied to the orders waiting at
//! a work centre, the value each sorts on, and a Gantt chart of the chosen rule's sequence.

pub mod text;

use crate::charts::runout::timeline;
use crate::engine::priority::{self, Job, PriorityError, Rule};
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
        Column::new("due", text::COL_DUE, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("op", text::COL_OP, ColumnKind::OptionalNumber(bounds::PERIODS)),
        Column::new("ptr", text::COL_PTR, ColumnKind::OptionalNumber(bounds::PERIODS)),
        Column::new("mtr", text::COL_MTR, ColumnKind::OptionalNumber(bounds::PERIODS)),
        Column::new("ops", text::COL_OPS, ColumnKind::OptionalNumber(bounds::PERIODS)),
    ],
    max_rows: 30,
    cell_id: "priority-job",
    new_row: |n| {
        vec![
            Entry::Text(n.to_string()),
            Entry::Number(140.0),
            Entry::Number(1.0),
            Entry::Number(3.0),
            Entry::Number(6.0),
            Entry::Number(2.0),
        ]
    },
    caption: text::JOBS,
    links: crate::kit::RowLinks::Semicolon,
};

/// Rule slugs, as in the test ids `seq-<rule>`.
const RULES: &[(&str, Text)] = &[
    ("fcfs", text::rule_name(Rule::Fcfs)),
    ("sot", text::rule_name(Rule::Sot)),
    ("lot", text::rule_name(Rule::Lot)),
    ("sptr", text::rule_name(Rule::Sptr)),
    ("for", text::rule_name(Rule::For)),
    ("smtr", text::rule_name(Rule::Smtr)),
    ("edd", text::rule_name(Rule::Edd)),
    ("slack", text::rule_name(Rule::Slack)),
    ("slack-mtr", text::rule_name(Rule::SlackMtr)),
    ("slack-per-op", text::rule_name(Rule::SlackPerOp)),
    ("cr", text::rule_name(Rule::Cr)),
];

pub static LESSON: Lesson = Lesson {
    id: "priority",
    prefix: "priority",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[Group {
        legend: Some(text::JOBS_GROUP),
        inputs: &[
            Input::new("today", text::TODAY, Kind::Number(bounds::QUANTITY)),
            Input::new("jobs", text::JOBS, Kind::Table(&JOBS)).hint(text::JOBS_HINT),
            Input::new("rule", text::GANTT_RULE, Kind::Choice(RULES)),
        ],
    }],
    presets: &[
        Preset {
            slug: "fig-5-6",
            title: t!("Fig 5.6–5.7 : quatre ordres au jour 125", "Figs 5.6–5.7: four orders on day 125"),
            link: "today=125&jobs=1:130:1.5:3:6:3;2:132:1:4.5:9.5:5;3:136:2:4:8:4;4:138:3.5:7:9:2&rule=cr",
        },
        Preset {
            slug: "fig-5-8",
            title: t!("Fig 5.8 : le ratio critique classe mal les ordres en retard", "Fig 5.8: the critical ratio misranks late orders"),
            link: "today=35&jobs=1:40:::2;2:35:::10;3:35:::8;4:25:::4;5:25:::8&rule=slack-mtr",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&priority::exercise(seed), 100.0),
        statement: |v, lang| {
            let n = |x: Option<f64>| x.map_or_else(String::new, |x| format_number(x, lang, 2));
            let list = jobs(v)
                .iter()
                .map(|j| format!("{} : {}, {}, {}, {}, {}", j.id, n(Some(j.due)), n(j.op_time), n(j.ptr), n(j.mtr), n(j.ops_left)))
                .collect::<Vec<_>>()
                .join(if lang == Lang::Fr { " ; " } else { "; " });
            let list = if lang == Lang::En { list.replace(" : ", ": ") } else { list };
            text::exercise_statement(&list, &format_number(v.num("today"), lang, 2), lang)
        },
        questions,
        steps,
        tables: |v, lang| vec![sequences_table(&jobs(v), v.num("today"), lang)],
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn jobs(v: &Values) -> Vec<Job> {
    v.rows("jobs")
        .iter()
        .map(|row| {
            let number = |i: usize| row.get(i).map(Entry::number).filter(|x| !x.is_nan());
            Job {
                id: row.text_at(0),
                due: number(1).unwrap_or(f64::NAN),
                op_time: number(2),
                ptr: number(3),
                mtr: number(4),
                ops_left: number(5),
            }
        })
        .collect()
}

fn values(jobs: &[Job], today: f64) -> Values {
    let cell = |x: Option<f64>| x.map_or_else(|| Entry::Text(String::new()), Entry::Number);
    let rows = jobs
        .iter()
        .map(|j| vec![Entry::Text(j.id.clone()), Entry::Number(j.due), cell(j.op_time), cell(j.ptr), cell(j.mtr), cell(j.ops_left)])
        .collect();
    LESSON.defaults().with("jobs", Value::Table(rows)).with_num("today", today)
}

fn rule_of(slug: &str) -> Rule {
    RULES.iter().position(|(s, _)| *s == slug).and_then(|i| Rule::ALL.get(i).copied()).unwrap_or(Rule::Fcfs)
}

fn sequence_text(jobs: &[Job], sequence: Option<&Vec<usize>>, lang: Lang) -> String {
    sequence.map_or_else(
        || text::NOT_APPLICABLE.get(lang).to_owned(),
        |s| s.iter().filter_map(|&i| jobs.get(i).map(|j| j.id.clone())).collect::<Vec<_>>().join("-"),
    )
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let jobs = jobs(v);
    let today = v.num("today");
    priority::check(&jobs).map_err(|e| {
        let row = match e {
            PriorityError::Duplicate(i) => Some(i),
            PriorityError::NoJob => None,
        };
        let order = row.and_then(|r| jobs.get(r)).map_or("", |j| j.id.as_str());
        let culprit = row.map_or(Culprit::Field("jobs"), |row| Culprit::Cell { param: "jobs", row, column: 0 });
        Problem { culprit, message: text::error_message(e, order, lang) }
    })?;
    let sequences = priority::sequences(&jobs, today);
    let first = |rule: Rule| {
        sequences
            .iter()
            .find(|(r, _)| *r == rule)
            .and_then(|(_, s)| s.as_ref())
            .and_then(|s| s.first())
            .and_then(|&i| jobs.get(i))
            .map_or_else(|| text::NOT_APPLICABLE.get(lang).to_owned(), |j| j.id.clone())
    };
    let results = vec![
        ResultLine::new(text::FIRST_CR, first(Rule::Cr), "priority-first-cr").main(),
        ResultLine::new(text::FIRST_SLACK, first(Rule::Slack), "priority-first-slack"),
    ];
    let chosen = rule_of(v.choice("rule"));
    let chosen_sequence = sequences.iter().find(|(r, _)| *r == chosen).and_then(|(_, s)| s.clone());
    let mut blocks = vec![Block::Table(sequences_table(&jobs, today, lang)), Block::Table(values_table(&jobs, today, lang))];
    match gantt_rows(&jobs, chosen_sequence.as_deref(), today) {
        Some(rows) => {
            let chart = timeline(
                &rows.iter().map(|(id, s, e, late)| (id.clone(), Some((*s, *e)), *late)).collect::<Vec<_>>(),
                [text::DAY_AXIS, text::OP_BAR, text::LATE_BAR],
                lang,
            );
            blocks.push(Block::Figure {
                chart: chart.to_json(),
                label: text::GANTT,
                test_id: "priority-gantt".to_owned(),
                data: Tabular::Table(gantt_table(&rows, lang)),
            });
        }
        None => blocks.push(Block::Note { text: text::NO_GANTT.get(lang).to_owned(), test_id: "priority-no-gantt".to_owned() }),
    }
    let sections = vec![Section { title: text::SEQ_TITLE, blocks }];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&worked(&jobs, today), text::step_title, lang) })
}

fn sequences_table(jobs: &[Job], today: f64, lang: Lang) -> Table {
    let rows = priority::sequences(jobs, today)
        .iter()
        .zip(RULES)
        .map(|((_, sequence), (slug, name))| {
            vec![Cell::new(name.get(lang)).words(), Cell::with_id(sequence_text(jobs, sequence.as_ref(), lang), format!("seq-{slug}"))]
        })
        .collect();
    Table::new(text::SEQ, &[text::COL_RULE, text::COL_SEQ], "priority-sequences", lang).rows(rows)
}

fn values_table(jobs: &[Job], today: f64, lang: Lang) -> Table {
    let shown = |x: Option<f64>| x.map_or_else(|| "—".to_owned(), |x| format_number(x, lang, 2));
    let rows = jobs
        .iter()
        .enumerate()
        .map(|(i, j)| {
            vec![
                Cell::new(j.id.clone()).words(),
                Cell::new(shown(Some(j.due - today))),
                Cell::with_id(shown(Rule::Slack.key(j, i, today)), format!("slack-{}", j.id)),
                Cell::with_id(shown(Rule::SlackMtr.key(j, i, today)), format!("slack-mtr-{}", j.id)),
                Cell::new(shown(Rule::SlackPerOp.key(j, i, today))),
                Cell::with_id(shown(Rule::Cr.key(j, i, today)), format!("cr-{}", j.id)),
            ]
        })
        .collect();
    Table::new(
        text::VALUES,
        &[text::COL_ID, text::COL_LEFT, text::COL_SLACK, text::COL_SLACK_MTR, text::COL_PER_OP, text::COL_CR],
        "priority-values",
        lang,
    )
    .rows(rows)
}

type GanttRow = (String, f64, f64, Option<(f64, f64)>);

/// Each order's operation back to back from today in the sequence, and the part past its due date.
fn gantt_rows(jobs: &[Job], sequence: Option<&[usize]>, today: f64) -> Option<Vec<GanttRow>> {
    let mut clock = today;
    sequence?
        .iter()
        .map(|&i| {
            let job = jobs.get(i)?;
            let start = clock;
            clock += job.op_time?;
            let late = (clock > job.due).then(|| (start.max(job.due), clock - start.max(job.due)));
            Some((job.id.clone(), start, clock, late))
        })
        .collect()
}

fn gantt_table(rows: &[GanttRow], lang: Lang) -> Table {
    let rows = rows
        .iter()
        .map(|(id, start, end, _)| {
            vec![
                Cell::new(id.clone()).words(),
                Cell::with_id(format_number(*start, lang, 2), format!("priority-start-{id}")),
                Cell::with_id(format_number(*end, lang, 2), format!("priority-end-{id}")),
            ]
        })
        .collect();
    Table::new(text::GANTT_TABLE, &[text::COL_ID, text::COL_START, text::COL_END], "priority-gantt-table", lang).rows(rows)
}

fn worked(jobs: &[Job], today: f64) -> Vec<Step> {
    let Some(j) = jobs.first() else { return Vec::new() };
    let mut steps = Vec::new();
    if let Some(ptr) = j.ptr {
        steps.push(
            Step::new("slack", "ST = DD − PD − PTR").num(j.due).text(" − ").num(today).text(" − ").num(ptr).result(j.due - today - ptr),
        );
    }
    if let Some(mtr) = j.mtr.filter(|m| *m > 0.0) {
        steps.push(
            Step::new("cr", "CR = (DD − PD) / MTR")
                .text("(")
                .num(j.due)
                .text(" − ")
                .num(today)
                .text(") / ")
                .num(mtr)
                .result((j.due - today) / mtr),
        );
    }
    steps
}

/// A sequence as the number its order ids spell (2 1 3 4 → 2134).
fn spelled(jobs: &[Job], sequence: &[usize]) -> f64 {
    sequence.iter().filter_map(|&i| jobs.get(i)?.id.parse::<f64>().ok()).fold(0.0, |n, d| n * 10.0 + d)
}

fn questions(v: &Values) -> Vec<Question> {
    let jobs = jobs(v);
    let today = v.num("today");
    let sequences = priority::sequences(&jobs, today);
    let of = |rule: Rule| sequences.iter().find(|(r, _)| *r == rule).and_then(|(_, s)| s.clone()).unwrap_or_default();
    let (Some(one), Some(two)) = (jobs.first(), jobs.get(1)) else { return Vec::new() };
    vec![
        Question::new(
            "cr-1",
            t!("Ratio critique de l’ordre 1", "Order 1’s critical ratio"),
            Rule::Cr.key(one, 0, today).unwrap_or(0.0),
            Tolerance::Absolute(0.005),
            2,
        )
        .hint(t!("(date due − aujourd’hui) / fabrication restante.", "(due − today) / manufacturing remaining.")),
        Question::new(
            "slack-2",
            t!("Marge de l’ordre 2 (jours)", "Order 2’s slack (days)"),
            Rule::Slack.key(two, 1, today).unwrap_or(0.0),
            Tolerance::Absolute(0.005),
            2,
        )
        .hint(t!("Date due − aujourd’hui − traitement restant.", "Due − today − processing remaining."))
        .mistake(
            Rule::SlackMtr.key(two, 1, today).unwrap_or(0.0),
            t!(
                "C’est la marge sur la fabrication restante : la marge du cours retire le traitement restant.",
                "That is the slack on manufacturing time: the slack subtracts the processing remaining."
            ),
        ),
        Question::new(
            "seq-cr",
            t!("Séquencement par ratio critique (ex. 2134)", "Sequence by critical ratio (e.g. 2134)"),
            spelled(&jobs, &of(Rule::Cr)),
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "Calculez le ratio de chaque ordre, puis rangez du plus petit au plus grand.",
            "Compute each order’s ratio, then rank smallest first."
        ))
        .mistake(
            spelled(&jobs, &of(Rule::Edd)),
            t!(
                "C’est l’ordre des dates dues : le ratio tient compte du travail restant.",
                "That is the due-date order: the ratio accounts for the work remaining."
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

    #[test]
    fn figs_5_7_and_5_8() {
        let report = LESSON.preset_report("fig-5-6", Lang::En);
        let seq = |r: &Report, rule: &str| r.at(&format!("seq-{rule}"));
        assert_eq!(
            ["sot", "sptr", "smtr", "edd", "for", "slack", "cr"].map(|r| seq(&report, r)),
            ["2-1-3-4", "1-3-2-4", "1-3-4-2", "1-2-3-4", "4-1-3-2", "1-2-4-3", "2-1-3-4"]
        );
        assert_eq!(["1", "2", "3", "4"].map(|id| report.at(&format!("cr-{id}"))), ["0.8333", "0.7368", "1.375", "1.444"]);
        assert_eq!(["1", "2", "3", "4"].map(|id| report.at(&format!("slack-{id}"))), ["2", "2.5", "7", "6"]);
        assert_eq!(report.at("priority-start-2"), "125");
        let late = LESSON.preset_report("fig-5-8", Lang::En);
        assert_eq!(seq(&late, "cr"), "4-5-2-3-1");
        assert_eq!(seq(&late, "slack-mtr"), "5-4-2-3-1");
        assert_eq!(seq(&late, "sot"), "not applicable");
        assert_eq!(late.at("slack-mtr-5"), "-18".replace('-', "−"));
        // No operation times in Fig 5.8: no Gantt chart, and the page says why.
        assert!(late
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .any(|b| matches!(b, Block::Note { test_id, .. } if test_id == "priority-no-gantt")));
    }

    #[test]
    fn the_issues_link_formats_read() {
        use crate::kit::codec::read_link;
        use crate::scenario::links::parse_fragment;
        // Empty fields, and an empty last one written with its colon, as teachers type them.
        let link = read_link(&LESSON, &parse_fragment("#/priority?today=35&jobs=1:40:::2:;2:35:::10:;3:35:::8:").params);
        assert!(link.problems.is_empty(), "{:?}", link.problems);
        let report = solve(&link.values.unwrap(), Lang::En).unwrap();
        assert_eq!(report.at("seq-cr"), "2-3-1");
        assert_eq!(report.at("seq-sot"), "not applicable");
    }

    #[test]
    fn exercises_ask_about_their_own_orders() {
        for seed in 0..50 {
            let values = (LESSON.exercise.generate)(seed);
            let asked = questions(&values);
            assert_eq!(asked.len(), 3);
            assert!(asked[2].expected >= 1234.0 && asked[2].expected <= 4321.0, "{}", asked[2].expected);
        }
    }
}
