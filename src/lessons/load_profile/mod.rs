//! The load profile lesson, `#/load-profile`: a work centre's planned input and output, the queue
//! and the lead time it implies, load against capacity; actual weeks and the observed lead time.

pub mod text;

use crate::charts::plan::{periods_chart, Series, Style};
use crate::engine::load_profile::{self, Profile, ProfileError, ProfileInput};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::i18n::{format_number, with_percent_sign, Lang};
use crate::kit::grid::{Grid, GridCell, GridRow, Mark};
use crate::kit::report::{step_lines, Block, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Import, Input, Kind, Lesson, Preset, RowLinks, SeriesSpec, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::bounds;
use crate::t;

static WEEKLY: SeriesSpec = SeriesSpec { range: bounds::QUANTITY, max_len: 52, generate: None, commas_in_links: true, may_be_empty: false };
static OPTIONAL_WEEKLY: SeriesSpec =
    SeriesSpec { range: bounds::QUANTITY, max_len: 52, generate: None, commas_in_links: true, may_be_empty: true };

static ROUTING: TableSpec = TableSpec {
    columns: &[
        Column::new("item", text::COL_ITEM, ColumnKind::Id),
        Column::new("hours", text::COL_HOURS, ColumnKind::Number(bounds::QUANTITY)),
    ],
    max_rows: 500,
    cell_id: "lp-routing",
    new_row: |_| vec![Entry::Text("SE".into()), Entry::Number(1.0)],
    caption: text::ROUTING,
    links: RowLinks::Comma,
};

macro_rules! fig_3_29 {
    () => {
        "opening=1100&cap=400&in=360,495,480,350,410"
    };
}

pub static LESSON: Lesson = Lesson {
    id: "load-profile",
    prefix: "lp",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::CENTRE_GROUP),
            inputs: &[
                Input::new("opening", text::OPENING, Kind::Number(bounds::QUANTITY)).unit(text::HOURS),
                Input::new("cap", text::CAPACITY, Kind::Number(bounds::POSITIVE_QUANTITY)).unit(text::HOURS_PER_WEEK),
            ],
        },
        Group {
            legend: Some(text::PLAN_GROUP),
            inputs: &[
                Input::new("in", text::IN, Kind::Series(&WEEKLY)).unit(text::HOURS).hint(text::IN_HINT),
                Input::new("out", text::OUT, Kind::Series(&OPTIONAL_WEEKLY)).unit(text::HOURS).hint(text::OUT_HINT),
            ],
        },
        Group {
            legend: Some(text::ACTUAL_GROUP),
            inputs: &[
                Input::new("actual_in", text::ACTUAL_IN, Kind::Series(&OPTIONAL_WEEKLY)).unit(text::HOURS).hint(text::ACTUAL_IN_HINT),
                Input::new("actual_out", text::ACTUAL_OUT, Kind::Series(&OPTIONAL_WEEKLY)).unit(text::HOURS),
            ],
        },
        Group {
            legend: Some(text::ROUTING_GROUP),
            inputs: &[Input::new("routing", text::ROUTING, Kind::Table(&ROUTING)).hint(text::ROUTING_HINT)],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-3-29",
            title: t!(
                "Fig 3.29 : 400 h par semaine, file de 1 100 h, entrées 360 à 495 h",
                "Fig 3.29: 400 h a week, a 1,100 h queue, input 360 to 495 h"
            ),
            link: concat!(fig_3_29!(), "&out=400,400,400,400,400"),
        },
        Preset {
            slug: "fig-3-30",
            title: t!(
                "Fig 3.30 : les mêmes entrées rapportées à la capacité (surcharges en S2, S3, S5)",
                "Fig 3.30: the same input against capacity (overloads in S2, S3, S5)"
            ),
            link: fig_3_29!(),
        },
        Preset {
            slug: "fig-3-31",
            title: t!(
                "Fig 3.31 : trois semaines réalisées, délai observé ≈ 3 semaines",
                "Fig 3.31: three weeks worked, observed lead time ≈ 3 weeks"
            ),
            link:
                "opening=1200&cap=400&in=435,350,410,390,380,380&out=400,400,400,400,400,400&actual_in=390,340,420&actual_out=390,380,420",
        },
    ],
    imports: &[Import { from: "mrp", label: text::IMPORT_MRP, apply: from_mrp }],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&exercise(seed)),
        statement,
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, p)| Table::from_grid(&grid(&input, &p, lang), "lp-solution-grid")).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// The MRP's planned order releases × hours per piece on this centre (every item at 1 h when the
/// routing is empty) as the planned input; the plan's output and actuals start afresh.
fn from_mrp(mrp: &Values, target: &Values, lang: Lang) -> Result<Values, String> {
    let releases = crate::lessons::mrp::releases(mrp).ok_or_else(|| text::IMPORT_NONE.get(lang).to_owned())?;
    let mut routing: Vec<(String, f64)> = target.rows("routing").iter().map(|r| (r.text_at(0), r.number_at(1))).collect();
    if routing.is_empty() {
        routing = releases.iter().map(|(item, _)| (item.clone(), 1.0)).collect();
    }
    let periods = releases.first().map_or(0, |(_, r)| r.len());
    let load: Vec<f64> = (0..periods)
        .map(|t| {
            routing
                .iter()
                .filter_map(|(item, hours)| {
                    releases.iter().find(|(name, _)| name == item).map(|(_, r)| r.get(t).copied().unwrap_or(0.0) * hours)
                })
                .sum()
        })
        .collect();
    let rows = routing.into_iter().map(|(item, hours)| vec![Entry::Text(item), Entry::Number(hours)]).collect();
    Ok(target
        .clone()
        .with("in", Value::Series(load))
        .with("out", Value::Series(Vec::new()))
        .with("actual_in", Value::Series(Vec::new()))
        .with("actual_out", Value::Series(Vec::new()))
        .with("routing", Value::Table(rows)))
}

fn input(v: &Values) -> ProfileInput {
    ProfileInput {
        opening: v.num("opening"),
        capacity: v.num("cap"),
        planned_in: v.series("in").to_vec(),
        planned_out: v.series("out").to_vec(),
        actual_in: v.series("actual_in").to_vec(),
        actual_out: v.series("actual_out").to_vec(),
    }
}

fn values(input: &ProfileInput) -> Values {
    LESSON
        .defaults()
        .with_num("opening", input.opening)
        .with_num("cap", input.capacity)
        .with("in", Value::Series(input.planned_in.clone()))
        .with("out", Value::Series(input.planned_out.clone()))
        .with("actual_in", Value::Series(input.actual_in.clone()))
        .with("actual_out", Value::Series(input.actual_out.clone()))
        .with("routing", Value::Table(Vec::new()))
}

fn solved(v: &Values) -> Option<(ProfileInput, Profile)> {
    let input = input(v);
    load_profile::solve(&input).ok().map(|p| (input, p))
}

fn hours(x: f64, lang: Lang) -> String {
    format_number(x, lang, 2)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let p = load_profile::solve(&input).map_err(|e| {
        let param = match e {
            ProfileError::NoCapacity => "cap",
            ProfileError::OutputTooLong => "out",
            ProfileError::ActualWeeks if input.actual_out.len() > input.actual_in.len() => "actual_out",
            ProfileError::ActualWeeks => "actual_in",
        };
        Problem::field(param, text::error_message(e, lang))
    })?;
    let worked = input.actual_in.len();
    let h = |x: f64| hours(x, lang);
    let longest = p.lead_time.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1));
    let overloads: Vec<String> =
        p.load.iter().enumerate().filter(|(_, l)| **l > 1.0 + 1e-9).map(|(w, _)| text::week_label(w, worked)).collect();
    let mut results = Vec::new();
    if let Some((w, lead)) = longest {
        results.push(
            ResultLine::new(text::MAX_LEAD, format!("{} ({})", h(*lead), text::week_label(w, worked)), "lp-max-leadtime")
                .unit(text::WEEKS)
                .main(),
        );
    }
    results.push(ResultLine::new(
        text::OVERLOADS,
        if overloads.is_empty() { text::NONE.get(lang).to_owned() } else { overloads.join(", ") },
        "lp-overloads",
    ));
    if let Some(seen) = &p.observed {
        results.push(ResultLine::new(text::OBSERVED, format_number(seen.lead_time, lang, 3), "lp-observed").unit(text::WEEKS).main());
        results.push(ResultLine::new(text::MEAN_QUEUE, h(seen.mean_queue), "lp-mean-queue").unit(text::HOURS));
        results.push(ResultLine::new(text::MEAN_OUT, h(seen.mean_output), "lp-mean-output").unit(text::HOURS));
    }
    let grid = grid(&input, &p, lang);
    let chart = periods_chart(
        grid.periods.clone(),
        text::HOURS_AXIS.get(lang),
        vec![
            Series::new(text::ROW_IN.get(lang), input.planned_in.clone(), Style::Bar),
            Series::new(text::ROW_OUT.get(lang), p.planned_out.clone(), Style::Bar),
            Series::new(text::ROW_QUEUE.get(lang), p.queue.clone(), Style::Line),
            Series::new(text::CAPACITY.get(lang), vec![input.capacity; p.queue.len()], Style::Dashed),
        ],
    );
    let sections = vec![Section {
        title: text::GRID_TITLE,
        blocks: vec![
            Block::Figure { chart: chart.to_json(), label: text::CHART, test_id: "lp-chart".to_owned(), data: Tabular::Grid(grid) },
            Block::Note { text: text::NOTE.get(lang).to_owned(), test_id: "lp-note".to_owned() },
        ],
    }];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&worked_steps(&input, &p), text::step_title, lang) })
}

/// Figs 3.29–3.31: input, output, queue with its opening, lead time and load ratio
/// (`lp-queue-<w>`, `lp-leadtime-<w>`, `lp-pct-<w>`), then the actual rows.
fn grid(input: &ProfileInput, p: &Profile, lang: Lang) -> Grid {
    let h = |x: f64| hours(x, lang);
    let worked = input.actual_in.len();
    let colon = if lang == Lang::Fr { " :" } else { ":" };
    let at = |xs: &[f64], w: usize| xs.get(w).copied().unwrap_or(0.0);
    let opening = || GridCell::new(input.opening, h(input.opening));
    let queue = (0..p.queue.len())
        .map(|w| {
            let why = format!("{} + {} − {}", h(at(&p.start, w)), h(at(&input.planned_in, w)), h(at(&p.planned_out, w)));
            GridCell::new(at(&p.queue, w), h(at(&p.queue, w))).why(why)
        })
        .collect();
    let lead = (0..p.queue.len())
        .map(|w| GridCell::new(at(&p.lead_time, w), h(at(&p.lead_time, w))).why(format!("{} / {}", h(at(&p.queue, w)), h(input.capacity))))
        .collect();
    let pct = (0..p.load.len())
        .map(|w| {
            let percent = at(&p.load, w) * 100.0;
            GridCell::new(percent, with_percent_sign(h(percent), lang))
                .mark((percent > 100.0 + 1e-7).then_some(Mark::Overload))
                .why(format!("{} / {} × 100", h(at(&input.planned_in, w)), h(input.capacity)))
        })
        .collect();
    let mut rows = vec![
        GridRow::given("in", text::ROW_IN.get(lang).to_owned(), &input.planned_in, h),
        GridRow::given("out", text::ROW_OUT.get(lang).to_owned(), &p.planned_out, h),
        GridRow::computed("queue", text::ROW_QUEUE.get(lang).to_owned(), Some(opening()), queue),
        GridRow::computed("leadtime", text::ROW_LEAD.get(lang).to_owned(), None, lead),
        GridRow::computed("pct", text::ROW_PCT.get(lang).to_owned(), None, pct),
    ];
    if worked > 0 {
        let actual = (0..worked)
            .map(|w| {
                let before = w.checked_sub(1).map_or(input.opening, |b| at(&p.actual_queue, b));
                let why = format!(
                    "{}{colon} {} + {} − {}",
                    text::week_label(w, worked),
                    h(before),
                    h(at(&input.actual_in, w)),
                    h(at(&input.actual_out, w))
                );
                GridCell::new(at(&p.actual_queue, w), h(at(&p.actual_queue, w))).why(why)
            })
            .collect();
        rows.push(GridRow::given("actual-in", text::ROW_ACTUAL_IN.get(lang).to_owned(), &input.actual_in, h));
        rows.push(GridRow::given("actual-out", text::ROW_ACTUAL_OUT.get(lang).to_owned(), &input.actual_out, h));
        rows.push(GridRow::computed("actual-queue", text::ROW_ACTUAL_QUEUE.get(lang).to_owned(), Some(opening()), actual));
    }
    Grid {
        caption: text::GRID.get(lang).to_owned(),
        prefix: "lp".to_owned(),
        periods: (0..p.queue.len()).map(|w| text::week_label(w, worked)).collect(),
        opening: Some(text::START.get(lang).to_owned()),
        rows,
    }
}

/// The week with the longest queue: its queue and lead time; the observed lead time.
fn worked_steps(input: &ProfileInput, p: &Profile) -> Vec<Step> {
    let Some((w, queue)) = p.queue.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)) else { return Vec::new() };
    let at = |xs: &[f64]| xs.get(w).copied().unwrap_or(0.0);
    let mut steps = vec![
        Step::new("queue", "Q(w) = Q(w − 1) + I(w) − O(w)")
            .num(at(&p.start))
            .text(" + ")
            .num(at(&input.planned_in))
            .text(" − ")
            .num(at(&p.planned_out))
            .result(*queue),
        Step::new("lead", "D = Q / C").num(*queue).text(" / ").num(input.capacity).result(at(&p.lead_time)),
    ];
    if let Some(seen) = &p.observed {
        steps.push(Step::new("observed", "D = Q̄r / Ōr").num(seen.mean_queue).text(" / ").num(seen.mean_output).result(seen.lead_time));
    }
    steps
}

/// Five weeks around the capacity, from a queue of one to three weeks.
fn exercise(seed: u64) -> ProfileInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let mut draw = |low: i64, high: i64, step: i64| rng.step(low, high, step) as f64;
    let capacity = draw(300, 500, 50);
    let opening = capacity * draw(1, 3, 1) + draw(-100, 100, 10);
    let planned_in = (0..5).map(|_| capacity + draw(-90, 120, 5)).collect();
    ProfileInput { opening, capacity, planned_in, planned_out: Vec::new(), actual_in: Vec::new(), actual_out: Vec::new() }
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let h = |x: f64| hours(x, lang);
    let separator = if lang == Lang::Fr { " ; " } else { ", " };
    let inputs = input.planned_in.iter().map(|x| h(*x)).collect::<Vec<_>>().join(separator);
    let (cap, opening) = (h(input.capacity), h(input.opening));
    match lang {
        Lang::Fr => format!("Un centre de {cap} h par semaine, qui sort sa capacité chaque semaine, a une file de {opening} h. Entrées prévues de S1 à S5 : {inputs} h."),
        Lang::En => format!("A centre of {cap} h a week, turning out its capacity every week, has a queue of {opening} h. Planned input S1 to S5: {inputs} h."),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, p)) = solved(v) else { return Vec::new() };
    let queue_3 = p.queue.get(2).copied().unwrap_or(0.0);
    let peak = p.load.iter().copied().fold(0.0, f64::max) * 100.0;
    vec![
        Question::new(
            "queue-3",
            t!("File prévue en fin de S3 (h)", "Planned queue at the end of S3 (h)"),
            queue_3,
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!(
            "Partez de la file de départ et ajoutez, semaine après semaine, entrées − sorties.",
            "Start from the opening queue and add, week after week, input − output."
        )),
        Question::new(
            "lead-3",
            t!("Délai en S3 (semaines)", "Lead time in S3 (weeks)"),
            queue_3 / input.capacity,
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!("La file de S3 divisée par la capacité.", "S3’s queue divided by the capacity."))
        .mistake(
            queue_3 / input.planned_in.get(2).copied().unwrap_or(1.0),
            t!("C’est la capacité qui écoule la file, pas les entrées.", "The capacity works the queue off, not the input."),
        ),
        Question::new(
            "pct-max",
            t!("Charge / capacité la plus forte (%)", "Highest load / capacity (%)"),
            peak,
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!("Entrées de la semaine ÷ capacité × 100, pour chaque semaine.", "The week’s input ÷ capacity × 100, for each week.")),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(input, p)| step_lines(&worked_steps(&input, &p), text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn figs_3_29_and_3_30() {
        for slug in ["fig-3-29", "fig-3-30"] {
            let r = LESSON.preset_report(slug, Lang::En);
            assert_eq!(r.row("lp-queue", 0..=5), ["1,100", "1,060", "1,155", "1,235", "1,185", "1,195"]);
            assert_eq!(r.row("lp-leadtime", 1..=5), ["2.65", "2.888", "3.088", "2.963", "2.988"], "the course prints 2.6 and 3.1");
            assert_eq!(r.row("lp-pct", 1..=5), ["90%", "123.75%", "120%", "87.5%", "102.5%"], "the course rounds: 124, 88, 103");
            assert_eq!(r.at("lp-overloads"), "S2, S3, S5");
            assert_eq!(r.at("lp-max-leadtime"), "3.088 (S3)");
        }
        let fr = LESSON.preset_report("fig-3-29", Lang::Fr);
        assert_eq!(fr.at("lp-pct-2"), "123,75\u{a0}%");
    }

    #[test]
    fn fig_3_31_observed_lead_time() {
        let r = LESSON.preset_report("fig-3-31", Lang::En);
        assert_eq!(r.row("lp-queue", 1..=6), ["1,235", "1,150", "1,170", "1,150", "1,130", "1,110"]);
        assert_eq!(r.row("lp-actual-queue", 0..=3), ["1,200", "1,200", "1,160", "1,160"]);
        assert_eq!(
            (r.at("lp-mean-queue"), r.at("lp-mean-output"), r.at("lp-observed")),
            ("1,173.33".to_owned(), "396.67".to_owned(), "2.958".to_owned())
        );
        assert_eq!(r.grid("lp").unwrap().periods, ["S−3", "S−2", "S−1", "S1", "S2", "S3"]);
        assert_eq!(r.grid("lp").unwrap().explain("lp-queue-2", Lang::En).unwrap(), "Planned queue, period S−2: 1,200 + 350 − 400");
    }

    #[test]
    fn errors_name_their_field() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-31").unwrap());
        let short = solve(&values.clone().with("actual_out", Value::Series(vec![390.0])), Lang::En).unwrap_err();
        assert_eq!(short.param(), Some("actual_in"));
        let long = solve(&values.with("out", Value::Series(vec![400.0; 7])), Lang::Fr).unwrap_err();
        assert_eq!((long.param(), long.message.as_str()), (Some("out"), "Plus de sorties prévues que d’entrées prévues."));
    }

    #[test]
    fn mrp_releases_become_the_input() {
        let mrp = preset_values(&crate::lessons::mrp::LESSON, crate::lessons::mrp::LESSON.preset("fig-3-22").unwrap());
        let hours = LESSON.defaults().with(
            "routing",
            Value::Table(vec![vec![Entry::Text("SE".into()), Entry::Number(0.5)], vec![Entry::Text("C".into()), Entry::Number(0.1)]]),
        );
        let taken = from_mrp(&mrp, &hours, Lang::En).unwrap();
        // SE releases 250 in S2 and S3 (0.5 h each), C 500 in S1 (0.1 h).
        assert_eq!(taken.series("in"), [50.0, 125.0, 125.0, 0.0, 0.0]);
        let every = from_mrp(&mrp, &LESSON.defaults().with("routing", Value::Table(Vec::new())), Lang::En).unwrap();
        assert_eq!(every.series("in"), [500.0, 250.0, 250.0, 0.0, 0.0]);
        assert_eq!(every.rows("routing").len(), 3);
    }

    #[test]
    fn exercises_agree_with_the_grid() {
        for seed in 0..30 {
            let values = (LESSON.exercise.generate)(seed);
            let (input, p) = solved(&values).unwrap();
            let asked = questions(&values);
            let by_hand = input.opening + input.planned_in.iter().take(3).sum::<f64>() - 3.0 * input.capacity;
            assert!((asked[0].expected - by_hand).abs() < 1e-9, "seed {seed}");
            assert!((asked[1].expected - p.lead_time[2]).abs() < 1e-12);
        }
    }
}
