//! The input/output control lesson, `#/io-control`: plan against actual at a work centre, the
//! cumulative deviations, the queue size a service level needs and the plan that reaches it.

pub mod text;

use crate::charts::io_control::queue_chart;
use crate::engine::io_control::{self, Day, IoInput, IoSolution};
use crate::engine::normal::inverse_cdf;
use crate::i18n::{format_number, format_percent, format_scientific, Lang, Text};
use crate::kit::grid::{Grid, GridCell, GridRow, Mark};
use crate::kit::report::{step_lines, Block, Cell, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Value, Values};
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset, SeriesSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Range};
use crate::t;

/// A year of working days at most.
static DAYS: SeriesSpec = SeriesSpec { range: bounds::QUANTITY, max_len: 366, generate: None, commas_in_links: false, may_be_empty: false };

fn typed_history(v: &Values) -> bool {
    v.choice("source") == "typed"
}

pub static LESSON: Lesson = Lesson {
    id: "io-control",
    prefix: "io",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::CENTRE),
            inputs: &[
                Input::new("queue0", text::OPENING, Kind::Number(bounds::QUANTITY)).unit(text::HOURS),
                Input::new("capacity", text::CAPACITY, Kind::Number(bounds::QUANTITY)).unit(text::HOURS_PER_DAY).hint(text::CAPACITY_HINT),
                Input::new("max", text::MAX_OUT, Kind::Number(bounds::QUANTITY)).unit(text::HOURS_PER_DAY).hint(text::MAX_OUT_HINT),
            ],
        },
        Group {
            legend: Some(text::PLAN),
            inputs: &[
                Input::new("pin", text::PLANNED_IN, Kind::Series(&DAYS)).unit(text::HOURS).hint(text::PLANNED_IN_HINT),
                Input::new("pout", text::PLANNED_OUT, Kind::Series(&DAYS)).unit(text::HOURS).hint(text::PLANNED_OUT_HINT),
            ],
        },
        Group {
            legend: Some(text::RECORDED),
            inputs: &[
                Input::new("in", text::ACTUAL_IN, Kind::Series(&DAYS)).unit(text::HOURS).hint(text::ACTUAL_HINT),
                Input::new("out", text::ACTUAL_OUT, Kind::Series(&DAYS)).unit(text::HOURS),
            ],
        },
        Group {
            legend: Some(text::SIZING_GROUP),
            inputs: &[
                Input::new("s", text::SERVICE, Kind::Number(Range::FRACTION_OPEN)).hint(text::SERVICE_HINT),
                Input::new("source", text::SOURCE, Kind::Choice(&[("recorded", text::RECORDED_QUEUES), ("typed", text::TYPED_QUEUES)])),
                Input::new("history", text::HISTORY, Kind::Series(&DAYS)).unit(text::HOURS).hint(text::HISTORY_HINT).shown_when(typed_history),
                Input::new("target", text::TARGET, Kind::Optional(bounds::QUANTITY)).unit(text::HOURS).hint(text::TARGET_HINT),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-5-9",
            title: t!("Fig 5.9 : ramener la file de 28 h à 10 h", "Fig 5.9: bring the queue from 28 h down to 10 h"),
            link: "queue0=32&capacity=16&max=20&pin=16;16;16;16;16;16;16;16;16;16&pout=16;16;16;16;16&in=12;19;22;10;15&out=17;15;17;18;15&history=27;31;36;28;28&s=0.999&target=10",
        },
        Preset {
            slug: "queue-99",
            title: t!("La file juste suffisante pour 99 % (z = 2,33)", "The queue just enough for 99 % (z = 2.33)"),
            link: "queue0=32&capacity=16&max=20&pin=16;16;16;16;16;16;16;16;16;16&pout=16;16;16;16;16&in=12;19;22;10;15&out=17;15;17;18;15&history=27;31;36;28;28&s=0.99",
        },
        Preset {
            slug: "late-overtime",
            title: t!(
                "Heures supplémentaires décidées trop tard : deux jours à 16 h d’abord",
                "Overtime decided too late: two days at 16 h first"
            ),
            link: "queue0=32&capacity=16&max=20&pin=16;16;16;16;16;16;16;16;16;16&pout=16;16;16;16;16;16;16&in=12;19;22;10;15&out=17;15;17;18;15&history=27;31;36;28;28&s=0.999&target=10",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&io_control::exercise(seed)),
        statement,
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| Table::from_grid(&grid(&input, &s, lang), "io-solution-grid")).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn input(v: &Values) -> IoInput {
    IoInput {
        opening: v.num("queue0"),
        planned_in: v.series("pin").to_vec(),
        actual_in: v.series("in").to_vec(),
        actual_out: v.series("out").to_vec(),
        planned_out: v.series("pout").to_vec(),
        capacity: v.num("capacity"),
        max_out: v.num("max"),
        target: v.opt("target"),
        service: v.num("s"),
        history: if typed_history(v) { v.series("history").to_vec() } else { Vec::new() },
    }
}

fn values(input: &IoInput) -> Values {
    let series = |s: &[f64]| Value::Series(s.to_vec());
    LESSON
        .defaults()
        .with_num("queue0", input.opening)
        .with_num("capacity", input.capacity)
        .with_num("max", input.max_out)
        .with("pin", series(&input.planned_in))
        .with("pout", series(&input.planned_out))
        .with("in", series(&input.actual_in))
        .with("out", series(&input.actual_out))
        .with_num("s", input.service)
        .with("target", Value::Number(input.target))
}

fn solved(v: &Values) -> Option<(IoInput, IoSolution)> {
    let input = input(v);
    io_control::solve(&input).ok().map(|s| (input, s))
}

fn hours(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

/// A deviation with its sign, so "−2" and "+2" read as behind and ahead.
fn signed(value: f64, lang: Lang) -> String {
    let shown = hours(value, lang);
    if value > 0.0 {
        format!("+{shown}")
    } else {
        shown
    }
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = io_control::solve(&input).map_err(|e| Problem::field(e.param(), text::error_message(e, lang)))?;
    let last = s.days.iter().filter_map(|d| d.actual).next_back();
    let mut results = Vec::new();
    if let Some(a) = last {
        results.push(ResultLine::new(text::LAST_QUEUE, hours(a.queue, lang), "io-last-queue").unit(text::HOURS));
        results.push(ResultLine::new(text::IN_CUMULATED, signed(a.in_cumulated, lang), "io-in-cum").unit(text::HOURS));
        results.push(ResultLine::new(text::OUT_CUMULATED, signed(a.out_cumulated, lang), "io-out-cum").unit(text::HOURS));
    }
    let z = s.sizing;
    results.extend([
        ResultLine::new(text::MEAN_QUEUE, hours(z.mean, lang), "io-mean-queue").unit(text::HOURS),
        ResultLine::new(text::SD_QUEUE, format_number(z.sd, lang, 3), "io-sd-queue").unit(text::HOURS),
        ResultLine::new(text::Z, format_number(z.z, lang, 3), "io-z"),
        ResultLine::new(text::NEEDED, format_number(z.needed, lang, 3), "io-target-queue").unit(text::HOURS).main(),
        ResultLine::new(text::STARVED, starved(z.starved_now, lang), "io-starved"),
        ResultLine::new(text::TARGET_USED, format_number(s.target, lang, 3), "io-plan-target").unit(text::HOURS),
        ResultLine::new(
            text::REACHED,
            s.reached.map_or_else(|| text::NOT_REACHED.get(lang).to_owned(), |d| text::day_label(d, s.elapsed, lang)),
            "io-reached",
        ),
        ResultLine::new(text::OVERTIME, hours(s.overtime, lang), "io-overtime").unit(text::HOURS),
    ]);
    let grid = grid(&input, &s, lang);
    let days = std::iter::once(text::START.get(lang).to_owned()).chain(grid.periods.iter().cloned()).collect();
    let chart = queue_chart(&s, input.opening, days, text::QUEUE_AXIS, text::LEGEND, lang);
    let sections = vec![
        Section {
            title: text::GRID_TITLE,
            blocks: vec![
                Block::Figure { chart: chart.to_json(), label: text::CHART, test_id: "io-chart".to_owned(), data: Tabular::Grid(grid) },
                Block::Note { text: text::PLAN_NOTE.get(lang).to_owned(), test_id: "io-plan-note".to_owned() },
            ],
        },
        Section { title: text::SIZING_TITLE, blocks: vec![Block::Table(sizing_table(z.sd, input.service, lang))] },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&s.steps, text::step_title, lang) })
}

/// A probability that may be tiny (10⁻¹⁹ at a queue of 9 Lsd): a percentage, or a power of ten.
fn starved(p: f64, lang: Lang) -> String {
    if p >= 1e-6 {
        format_percent(p, lang, 2)
    } else {
        format_scientific(p, lang)
    }
}

/// The plan, the actual days, the deviations and the queues as the course draws Fig 5.9; the
/// actual rows stop at the last elapsed day.
fn grid(input: &IoInput, s: &IoSolution, lang: Lang) -> Grid {
    let num = |v: f64| hours(v, lang);
    let fr = lang == Lang::Fr;
    let label = |day: usize| text::day_label(day, s.elapsed, lang);
    let actual: Vec<_> = s.days.iter().filter_map(|d| d.actual).collect();
    let given = |key: &'static str, name: Text, cells: Vec<f64>| GridRow::given(key, name.get(lang).to_owned(), &cells, num);
    let filled = |key: &'static str, name: Text, opening: Option<f64>, cells: Vec<GridCell>| {
        GridRow::computed(key, name.get(lang).to_owned(), opening.map(|v| GridCell::new(v, num(v))), cells)
    };
    let deviation = |d: usize, actual: f64, planned: f64, what: &str| {
        let why = if fr {
            format!("{what} {} : réel − planifié = {} − {}", label(d), num(actual), num(planned))
        } else {
            format!("{what} {}: actual − planned = {} − {}", label(d), num(actual), num(planned))
        };
        GridCell::new(actual - planned, signed(actual - planned, lang)).why(why)
    };
    let cumulated = |d: usize, before: f64, deviation: f64, total: f64| {
        let why = if fr {
            format!("{} : cumul de la veille + écart du jour = {} + ({})", label(d), num(before), signed(deviation, lang))
        } else {
            format!("{}: previous total + the day’s deviation = {} + ({})", label(d), num(before), signed(deviation, lang))
        };
        GridCell::new(total, signed(total, lang)).why(why)
    };
    let (in_word, out_word) = if fr { ("Entrées", "Sorties") } else { ("Input", "Output") };
    let in_dev = actual.iter().zip(&s.days).enumerate().map(|(d, (a, day))| deviation(d, a.input, day.planned_in, in_word)).collect();
    let out_dev = actual.iter().zip(&s.days).enumerate().map(|(d, (a, day))| deviation(d, a.output, day.planned_out, out_word)).collect();
    let in_cum =
        actual.iter().enumerate().map(|(d, a)| cumulated(d, a.in_cumulated - a.in_deviation, a.in_deviation, a.in_cumulated)).collect();
    let out_cum =
        actual.iter().enumerate().map(|(d, a)| cumulated(d, a.out_cumulated - a.out_deviation, a.out_deviation, a.out_cumulated)).collect();
    let queue_why = |d: usize, before: f64, input: f64, output: f64| {
        if fr {
            format!("{} : file de la veille + entrées − sorties = {} + {} − {}", label(d), num(before), num(input), num(output))
        } else {
            format!("{}: previous queue + input − output = {} + {} − {}", label(d), num(before), num(input), num(output))
        }
    };
    let mut before = input.opening;
    let queue = actual
        .iter()
        .enumerate()
        .map(|(d, a)| {
            let cell = GridCell::new(a.queue, num(a.queue)).why(queue_why(d, before, a.input, a.output));
            before = a.queue;
            cell
        })
        .collect();
    let mut before_planned = input.opening;
    let planned_queue = s
        .days
        .iter()
        .enumerate()
        .map(|(d, day): (usize, &Day)| {
            // The days ahead are planned from the last actual queue.
            if d == s.elapsed {
                before_planned = actual.last().map_or(input.opening, |a| a.queue);
            }
            let cell = GridCell::new(day.planned_queue, num(day.planned_queue))
                .mark((day.planned_queue < 0.0).then_some(Mark::Shortage))
                .why(queue_why(d, before_planned, day.planned_in, day.planned_out));
            before_planned = day.planned_queue;
            cell
        })
        .collect();
    Grid {
        caption: text::GRID.get(lang).to_owned(),
        prefix: "io".to_owned(),
        periods: (0..s.days.len()).map(label).collect(),
        opening: Some(text::START.get(lang).to_owned()),
        rows: vec![
            given("planned-in", text::ROW_PLANNED_IN, s.days.iter().map(|d| d.planned_in).collect()),
            given("in", text::ROW_IN, actual.iter().map(|a| a.input).collect()),
            filled("in-dev", text::ROW_IN_DEV, None, in_dev),
            filled("in-cum", text::ROW_IN_CUM, None, in_cum),
            given("planned-out", text::ROW_PLANNED_OUT, s.days.iter().map(|d| d.planned_out).collect()),
            given("out", text::ROW_OUT, actual.iter().map(|a| a.output).collect()),
            filled("out-dev", text::ROW_OUT_DEV, None, out_dev),
            filled("out-cum", text::ROW_OUT_CUM, None, out_cum),
            filled("planned-queue", text::ROW_PLANNED_QUEUE, Some(input.opening), planned_queue),
            filled("queue", text::ROW_QUEUE, Some(input.opening), queue),
            given("overtime", text::ROW_OVERTIME, s.days.iter().map(|d| d.overtime).collect()),
        ],
    }
}

/// z·Lsd for the usual service levels, and the learner's.
fn sizing_table(sd: f64, service: f64, lang: Lang) -> Table {
    let mut levels = vec![0.9, 0.95, 0.99, 0.999, 0.9999];
    if !levels.iter().any(|l| (l - service).abs() < 1e-12) {
        levels.push(service);
        levels.sort_by(f64::total_cmp);
    }
    let rows = levels
        .iter()
        .enumerate()
        .map(|(r, &level)| {
            let z = inverse_cdf(level);
            vec![
                Cell::new(format_percent(level, lang, 2)),
                Cell::new(format_number(z, lang, 3)),
                Cell::with_id(format_number((z * sd).max(0.0), lang, 3), format!("io-sizing-{r}")),
            ]
        })
        .collect();
    Table::new(text::SIZING_TABLE, &[text::COL_S, text::COL_Z, text::COL_NEEDED], "io-sizing", lang).rows(rows)
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let separator = match lang {
        Lang::Fr => " ; ",
        Lang::En => "; ",
    };
    let list = |s: &[f64]| s.iter().map(|x| hours(*x, lang)).collect::<Vec<_>>().join(separator);
    text::exercise_statement(
        input.actual_in.len(),
        input.capacity,
        input.opening,
        &list(&input.actual_in),
        &list(&input.actual_out),
        input.service,
        lang,
    )
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((_, s)) = solved(v) else { return Vec::new() };
    let Some(last) = s.days.iter().filter_map(|d| d.actual).next_back() else { return Vec::new() };
    let z = s.sizing;
    vec![
        Question::new(
            "queue",
            t!("File à la fin du dernier jour (h)", "Queue at the end of the last day (h)"),
            last.queue,
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!(
            "Partez de la file de départ : chaque jour, + entrées − sorties.",
            "Start from the opening queue: each day, + input − output."
        )),
        Question::new(
            "in-cum",
            t!("Écart cumulé des entrées (h)", "Cumulative input deviation (h)"),
            last.in_cumulated,
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!("Additionnez réel − planifié sur tous les jours écoulés.", "Add actual − planned over every elapsed day."))
        .mistake(
            -last.in_cumulated,
            t!("Le signe : c’est réel − planifié, pas l’inverse.", "The sign: it is actual − planned, not the reverse."),
        ),
        Question::new(
            "sd",
            t!("Écart type Lsd des files (h)", "Standard deviation Lsd of the queues (h)"),
            z.sd,
            Tolerance::Relative(0.005),
            3,
        )
        .hint(t!(
            "Moyenne des files de fin de jour, puis racine de la moyenne des carrés des écarts à cette moyenne.",
            "Mean of the end-of-day queues, then the square root of the mean squared gap to it."
        ))
        .mistake(
            sample_sd(&s),
            t!("Le cours divise par le nombre de files n, pas par n − 1.", "The course divides by the number of queues n, not n − 1."),
        ),
        Question::new(
            "needed",
            t!("File moyenne requise z·Lsd (h)", "Mean queue needed z·Lsd (h)"),
            z.needed,
            Tolerance::Relative(0.01),
            2,
        )
        .hint(t!(
            "z est le quantile de la probabilité : 1,645 pour 95 %, 2,33 pour 99 %, 3,09 pour 99,9 %.",
            "z is the probability’s quantile: 1.645 for 95 %, 2.33 for 99 %, 3.09 for 99.9 %."
        )),
    ]
}

/// Lsd divided by n − 1: the mistake the course's formula avoids.
fn sample_sd(s: &IoSolution) -> f64 {
    #[allow(clippy::cast_precision_loss)] // a count of days
    let n = s.sizing.count as f64;
    s.sizing.sd * (n / (n - 1.0)).sqrt()
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(_, s)| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn fig_5_9_exactly() {
        let report = LESSON.preset_report("fig-5-9", Lang::Fr);
        assert_eq!(report.row("io-queue", 0..=5), ["32", "27", "31", "36", "28", "28"]);
        assert_eq!(report.row("io-planned-queue", 6..=10), ["24", "20", "16", "12", "10"]);
        assert_eq!(report.row("io-planned-out", 6..=10), ["20", "20", "20", "20", "18"]);
        assert_eq!(report.row("io-in-cum", 1..=5), ["-4", "-1", "+5", "-1", "-2"].map(|s| s.replace('-', "−")));
        assert_eq!(report.shown("io-queue-6"), None, "no actual queue for a day not worked yet");
        assert_eq!(report.at("io-mean-queue"), "30");
        assert_eq!(report.at("io-sd-queue"), "3,286");
        assert_eq!(report.at("io-z"), "3,09");
        assert_eq!(report.at("io-target-queue"), "10,156");
        assert_eq!(report.at("io-reached"), "J5");
        assert_eq!(report.at("io-overtime"), "18");
        assert_eq!(report.at("io-starved"), "3,466 × 10⁻²⁰");
    }

    #[test]
    fn the_courses_2_33_for_99_percent() {
        let report = LESSON.preset_report("queue-99", Lang::En);
        assert_eq!(report.at("io-z"), "2.326");
        assert_eq!(report.at("io-target-queue"), "7.645");
        // The target is the needed size: at 20 h a day at most, five days bring the queue to 8 h only.
        assert_eq!(report.at("io-plan-target"), "7.645");
        assert_eq!(report.at("io-planned-queue-10"), "8");
        assert_eq!(report.at("io-reached"), "not within the horizon");
        let late = LESSON.preset_report("late-overtime", Lang::En);
        assert_eq!(late.at("io-planned-queue-8"), "24");
        assert_eq!(late.at("io-planned-queue-10"), "16");
    }

    #[test]
    fn errors_name_their_row() {
        let values = preset_values(&LESSON, LESSON.preset("fig-5-9").unwrap());
        let problem = solve(&values.clone().with("out", Value::Series(vec![17.0, 15.0])), Lang::En).unwrap_err();
        assert_eq!(problem.param(), Some("out"));
        assert!(problem.message.contains("Actual output"), "{}", problem.message);
        let typed = values.with("source", Value::Choice("typed")).with("history", Value::Series(vec![3.0]));
        assert_eq!(solve(&typed, Lang::Fr).unwrap_err().param(), Some("history"));
    }

    #[test]
    fn exercises_ask_about_their_own_centre() {
        let values = (LESSON.exercise.generate)(5);
        let (input, s) = solved(&values).unwrap();
        let asked = questions(&values);
        assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), ["queue", "in-cum", "sd", "needed"]);
        assert_eq!(asked[3].expected, s.sizing.needed);
        let statement = statement(&values, Lang::En);
        assert!(statement.contains(&hours(input.actual_in[0], Lang::En)) && statement.contains(&hours(input.opening, Lang::En)));
        let tables = (LESSON.exercise.tables)(&values, Lang::En);
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].rows.len(), 11);
    }
}
