//! The transfer lots lesson, `#/overlap`: a lot moved whole, in two transfer lots, or in lots of
//! k parts; lead time, efficiency and the Gantt chart of each station.

pub mod text;

use crate::charts::overlap::gantt;
use crate::engine::overlap::{self, OverlapInput, OverlapSolution, Transfer};
use crate::i18n::{format_number, format_percent, Lang};
use crate::kit::report::{step_lines, Block, Cell, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Value, Values};
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset, SeriesSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

/// A lot of whole parts, up to ten thousand: every transfer lot is worked through, and unit lots
/// on 20 stations are then 200 000 of them, within a frame.
const PARTS: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(10_000.0)).integer();
static OPS: SeriesSpec = SeriesSpec { range: bounds::QUANTITY, max_len: 20, generate: None, commas_in_links: true, may_be_empty: false };

fn lots_chosen(v: &Values) -> bool {
    v.choice("split") == "1"
}

pub static LESSON: Lesson = Lesson {
    id: "overlap",
    prefix: "overlap",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::LOT_GROUP),
            inputs: &[
                Input::new("q", text::QUANTITY, Kind::Number(PARTS)).unit(text::PARTS),
                Input::new("ops", text::OPS, Kind::Series(&OPS)).unit(text::MINUTES).hint(text::OPS_HINT),
                Input::new("transfer", text::TRANSFER_TIME, Kind::Number(bounds::QUANTITY)).unit(text::MINUTES),
            ],
        },
        Group {
            legend: Some(text::TRANSFER_GROUP),
            inputs: &[
                Input::new("split", text::SPLIT, Kind::Choice(&[("1", text::LOTS), ("2", text::TWO)])),
                Input::new("lot", text::LOT, Kind::Optional(PARTS)).unit(text::PARTS).hint(text::LOT_HINT).shown_when(lots_chosen),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-4-8",
            title: t!("Fig 4.8 : le lot de 200 transféré entier", "Fig 4.8: the lot of 200 moved whole"),
            link: "q=200&ops=2,3,4,5&transfer=20&split=1",
        },
        Preset {
            slug: "fig-4-9",
            title: t!("Fig 4.9 : deux lots de transfert (80/120, 86/114, 89/111)", "Fig 4.9: two transfer lots (80/120, 86/114, 89/111)"),
            link: "q=200&ops=2,3,4,5&transfer=20&split=2",
        },
        Preset {
            slug: "fig-4-10",
            title: t!("Fig 4.10 : lots de transfert de 10", "Fig 4.10: transfer lots of 10"),
            link: "q=200&ops=2,3,4,5&transfer=20&split=1&lot=10",
        },
        Preset {
            slug: "toc-150",
            title: t!("150 pièces, ½ h à chaque poste : 225 h contre 76 h", "150 parts, ½ h at each station: 225 h against 76 h"),
            link: "q=150&ops=30,30,30&transfer=0&split=1&lot=1",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&overlap::exercise(seed)),
        statement: |v, lang| {
            let i = input(v);
            let ops = i.operations.iter().map(|o| format_number(*o, lang, 2)).collect::<Vec<_>>().join(", ");
            text::exercise_statement(i.quantity, &ops, i.transfer_time, lang)
        },
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| compare_table(&input, &s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn transfer(v: &Values) -> Transfer {
    match (v.choice("split"), v.opt("lot")) {
        ("2", _) => Transfer::Split,
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, at most 10 000 by its range
        (_, Some(k)) => Transfer::Lots(k as u32),
        _ => Transfer::Whole,
    }
}

fn input(v: &Values) -> OverlapInput {
    OverlapInput { quantity: v.num("q"), operations: v.series("ops").to_vec(), transfer_time: v.num("transfer"), transfer: transfer(v) }
}

fn values(input: &OverlapInput) -> Values {
    LESSON
        .defaults()
        .with_num("q", input.quantity)
        .with("ops", Value::Series(input.operations.clone()))
        .with_num("transfer", input.transfer_time)
        .with("split", Value::Choice("1"))
        .with("lot", Value::Number(None))
}

fn solved(v: &Values) -> Option<(OverlapInput, OverlapSolution)> {
    let input = input(v);
    overlap::solve(&input).ok().map(|s| (input, s))
}

fn minutes(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = overlap::solve(&input).map_err(|e| {
        let param = match e {
            overlap::OverlapError::NoStation => "ops",
            overlap::OverlapError::Quantity => "q",
            overlap::OverlapError::LotSize => "lot",
        };
        Problem::field(param, text::error_message(e, lang))
    })?;
    let transfers: usize = s.stations.iter().map(|st| st.sent.len()).sum::<usize>() - s.stations.last().map_or(0, |st| st.sent.len());
    let results = vec![
        ResultLine::new(text::LEAD_TIME, minutes(s.lead_time, lang), "overlap-leadtime").unit(text::MINUTES).main(),
        ResultLine::new(text::EFFICIENCY, format_percent(s.efficiency, lang, 2), "overlap-efficiency"),
        ResultLine::new(text::WHOLE, minutes(s.whole_lead_time, lang), "overlap-whole").unit(text::MINUTES),
        ResultLine::new(text::SAVED, minutes(s.whole_lead_time - s.lead_time, lang), "overlap-saved").unit(text::MINUTES),
        ResultLine::new(text::TRANSFERS, transfers.to_string(), "overlap-transfers"),
    ];
    let whole = overlap::solve(&OverlapInput { transfer: Transfer::Whole, ..input.clone() }).map_or_else(|_| Vec::new(), |w| w.stations);
    let names: Vec<String> = (1..=input.operations.len()).map(|i| format!("{} {i}", text::COL_STATION.get(lang))).collect();
    let chart = gantt(&names, &s.stations, &whole, [text::TIME_AXIS, text::CHOSEN, text::WHOLE_LOT], lang);
    let sections = vec![
        Section {
            title: text::GANTT_TITLE,
            blocks: vec![Block::Figure {
                chart: chart.to_json(),
                label: text::GANTT,
                test_id: "overlap-gantt".to_owned(),
                data: Tabular::Table(stations_table(&input, &s, &names, lang)),
            }],
        },
        Section { title: text::COMPARE_TITLE, blocks: vec![Block::Table(compare_table(&input, &s, lang))] },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&s.steps, text::step_title, lang) })
}

fn stations_table(input: &OverlapInput, s: &OverlapSolution, names: &[String], lang: Lang) -> Table {
    let rows = s
        .stations
        .iter()
        .zip(names)
        .zip(&input.operations)
        .enumerate()
        .map(|(i, ((run, name), op))| {
            let busy: f64 = run.spells.iter().map(|(a, b)| b - a).sum();
            let sent = run.sent.iter().map(|(n, _)| format_number(*n, lang, 0)).collect::<Vec<_>>();
            // Unit lots send hundreds: their count says it better than the list.
            let sent = if sent.len() > 6 { format!("{} × …", sent.len()) } else { sent.join(" + ") };
            vec![
                Cell::new(name.clone()).words(),
                Cell::new(minutes(*op, lang)),
                Cell::with_id(minutes(run.start, lang), format!("overlap-start-{}", i + 1)),
                Cell::with_id(minutes(run.end, lang), format!("overlap-end-{}", i + 1)),
                Cell::with_id(minutes(run.end - run.start - busy, lang), format!("overlap-idle-{}", i + 1)),
                Cell::with_id(sent, format!("overlap-sent-{}", i + 1)),
            ]
        })
        .collect();
    Table::new(
        text::STATIONS_TABLE,
        &[text::COL_STATION, text::COL_OP, text::COL_START, text::COL_END, text::COL_IDLE, text::COL_SENT],
        "overlap-stations",
        lang,
    )
    .rows(rows)
}

/// The whole lot, two lots, unit lots, and the learner's lots of k when chosen.
fn compare_table(input: &OverlapInput, s: &OverlapSolution, lang: Lang) -> Table {
    let mut methods = vec![
        ("whole", text::WHOLE_LOT.get(lang).to_owned(), Transfer::Whole),
        ("split", text::TWO.get(lang).to_owned(), Transfer::Split),
        ("unit", text::UNIT_LOTS.get(lang).to_owned(), Transfer::Lots(1)),
    ];
    if let Transfer::Lots(k) = input.transfer {
        if k > 1 {
            methods.push(("lots", text::lots_of(f64::from(k), lang), input.transfer));
        }
    }
    let rows = methods
        .into_iter()
        .filter_map(|(key, name, transfer)| {
            let run = if transfer == input.transfer {
                Some(s.clone())
            } else {
                overlap::solve(&OverlapInput { transfer, ..input.clone() }).ok()
            }?;
            Some(vec![
                Cell::new(name).words(),
                Cell::with_id(minutes(run.lead_time, lang), format!("overlap-compare-{key}-leadtime")),
                Cell::with_id(format_percent(run.efficiency, lang, 2), format!("overlap-compare-{key}-efficiency")),
            ])
        })
        .collect();
    Table::new(text::COMPARE, &[text::COL_METHOD, text::COL_LEAD, text::COL_EFFICIENCY], "overlap-compare", lang).rows(rows)
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, s)) = solved(v) else { return Vec::new() };
    let Ok(split) = overlap::solve(&OverlapInput { transfer: Transfer::Split, ..input.clone() }) else { return Vec::new() };
    let first = split.stations.first().and_then(|st| st.sent.first()).map_or(input.quantity, |(n, _)| *n);
    let work: f64 = input.operations.iter().sum();
    vec![
        Question::new(
            "whole",
            t!("Délai en lot entier (min)", "Lead time as a whole lot (min)"),
            s.whole_lead_time,
            Tolerance::Absolute(0.5),
            0,
        )
        .hint(t!("Q × Σ Oᵢ, plus un transfert entre chaque paire de postes.", "Q × Σ Oᵢ, plus one transfer between each pair of stations."))
        .mistake(
            input.quantity * work,
            t!("N’oubliez pas les transferts entre les postes.", "Do not forget the transfers between stations."),
        ),
        Question::new(
            "first-lot",
            t!("Premier lot de transfert, postes 1 → 2", "First transfer lot, stations 1 → 2"),
            first,
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!("Q·O₁/(O₁ + O₂), arrondi à la pièce supérieure.", "Q·O₁/(O₁ + O₂), rounded up to a whole part.")),
        Question::new(
            "efficiency",
            t!("Efficience du lot entier (%)", "Efficiency of the whole lot (%)"),
            s.efficiency * 100.0,
            Tolerance::Relative(0.01),
            3,
        )
        .hint(t!("Σ Oᵢ d’une pièce divisé par le délai du lot, en %.", "Σ Oᵢ of one part over the lot’s lead time, in %.")),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    let Some((input, _)) = solved(v) else { return Vec::new() };
    overlap::solve(&OverlapInput { transfer: Transfer::Split, ..input })
        .map(|s| step_lines(&s.steps, text::step_title, lang))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figs_4_8_to_4_10_exactly() {
        let whole = LESSON.preset_report("fig-4-8", Lang::En);
        assert_eq!(
            (whole.at("overlap-leadtime"), whole.at("overlap-efficiency")),
            ("2,860".into(), "0.4895%".into()),
            "the course rounds to 0.49 %"
        );
        let split = LESSON.preset_report("fig-4-9", Lang::Fr);
        assert_eq!(split.at("overlap-leadtime"), "1\u{a0}834");
        assert_eq!(split.at("overlap-efficiency"), "0,7634\u{a0}%");
        assert_eq!(
            (split.at("overlap-sent-1"), split.at("overlap-sent-2"), split.at("overlap-sent-3")),
            ("80 + 120".into(), "86 + 114".into(), "89 + 111".into())
        );
        assert_eq!(split.at("overlap-start-4"), "834");
        assert_eq!(split.at("overlap-saved"), "1\u{a0}026");
        let tens = LESSON.preset_report("fig-4-10", Lang::En);
        assert_eq!((tens.at("overlap-leadtime"), tens.at("overlap-efficiency")), ("1,150".into(), "1.217%".into()));
        assert_eq!(tens.at("overlap-compare-lots-leadtime"), "1,150");
        assert_eq!(tens.at("overlap-transfers"), "60");
        let toc = LESSON.preset_report("toc-150", Lang::En);
        // 225 h against 76 h, in minutes.
        assert_eq!((toc.at("overlap-whole"), toc.at("overlap-leadtime")), ("13,500".into(), "4,560".into()));
    }

    #[test]
    fn errors_name_their_field() {
        let values = LESSON.defaults().with("ops", Value::Series(Vec::new()));
        assert_eq!(solve(&values, Lang::En).unwrap_err().param(), Some("ops"));
    }

    #[test]
    fn exercises_ask_about_their_own_lot() {
        let values = (LESSON.exercise.generate)(4);
        let (input, s) = solved(&values).unwrap();
        let asked = questions(&values);
        assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), ["whole", "first-lot", "efficiency"]);
        assert_eq!(asked[0].expected, s.whole_lead_time);
        let statement = (LESSON.exercise.statement)(&values, Lang::En);
        assert!(statement.contains(&format!("{} parts", format_number(input.quantity, Lang::En, 0))));
    }
}
