//! The control chart lesson, `#/spc`: zones of a known process, x̄ and R charts from samples
//! (typed, pasted or simulated with a shift or drift), and the run rules that flag them.

pub mod text;

use crate::charts::spc::{mean_chart, range_chart};
use crate::engine::spc::{self, Change, Charts, Process, Rule, SpcError, Zones};
use crate::i18n::{format_number, format_percent, Lang};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, Table, Tabular};
use crate::kit::values::{Cells, Entry, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{Bound, Range};
use crate::t;

const DIMENSION: Range = Range::between(Bound::Inclusive(-100_000.0), Bound::Inclusive(100_000.0));
const SPREAD: Range = Range::between(Bound::Inclusive(1e-6), Bound::Inclusive(10_000.0));
const MOVE: Range = Range::between(Bound::Inclusive(-10_000.0), Bound::Inclusive(10_000.0));
const SIZE: Range = Range::between(Bound::Inclusive(2.0), Bound::Inclusive(10.0)).integer();
const SEED: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(1e9)).integer();
/// Samples on a chart: a year of daily samples.
const MAX_SAMPLES: usize = 365;
const COUNT: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(365.0)).integer();
const FROM: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(365.0)).integer();

const RULE_SLUGS: [(&str, Rule); 5] = [
    ("beyond-3", Rule::Beyond3),
    ("two-of-three", Rule::TwoOfThree),
    ("four-of-five", Rule::FourOfFive),
    ("eight-one-side", Rule::EightOneSide),
    ("six-trend", Rule::SixTrend),
];

static SAMPLES: TableSpec = TableSpec {
    columns: &[Column::new("values", text::COL_VALUES, ColumnKind::NumberList(DIMENSION, 2))],
    max_rows: MAX_SAMPLES,
    cell_id: "spc-sample",
    new_row: |_| vec![Entry::Numbers(vec![50.0, 50.0, 50.0, 50.0])],
    caption: text::SAMPLES,
    links: crate::kit::RowLinks::Semicolon,
};

fn simulated(v: &Values) -> bool {
    v.choice("source") == "simulated"
}

pub static LESSON: Lesson = Lesson {
    id: "spc",
    prefix: "spc",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::PROCESS),
            inputs: &[
                Input::new("mean", text::MEAN, Kind::Number(DIMENSION)).unit(text::MM),
                Input::new("sd", text::SD, Kind::Number(SPREAD)).unit(text::MM),
                Input::new("n", text::N, Kind::Number(SIZE)).unit(text::PARTS).hint(text::N_HINT),
            ],
        },
        Group {
            legend: Some(text::SAMPLES_GROUP),
            inputs: &[
                Input::new("source", text::SOURCE, Kind::Choice(&[("simulated", text::SIMULATED), ("data", text::DATA)])),
                Input::new("seed", text::SEED, Kind::Number(SEED)).hint(text::SEED_HINT).shown_when(simulated),
                Input::new("count", text::COUNT, Kind::Number(COUNT)).shown_when(simulated),
                Input::new("from", text::FROM, Kind::Optional(FROM)).hint(text::FROM_HINT).shown_when(simulated),
                Input::new("shift", text::SHIFT, Kind::Number(MOVE)).unit(text::MM).shown_when(simulated),
                Input::new("drift", text::DRIFT, Kind::Number(MOVE)).unit(text::MM).shown_when(simulated),
                Input::new("samples", text::SAMPLES, Kind::Table(&SAMPLES)).hint(text::SAMPLES_HINT).shown_when(|v| !simulated(v)),
            ],
        },
        Group {
            legend: None,
            inputs: &[Input::new(
                "rules",
                text::RULES,
                Kind::Flags(&[
                    ("beyond-3", text::rule_name(Rule::Beyond3)),
                    ("two-of-three", text::rule_name(Rule::TwoOfThree)),
                    ("four-of-five", text::rule_name(Rule::FourOfFive)),
                    ("eight-one-side", text::rule_name(Rule::EightOneSide)),
                    ("six-trend", text::rule_name(Rule::SixTrend)),
                ]),
            )],
        },
    ],
    presets: &[
        Preset {
            slug: "course-lathe",
            title: t!("Tour de précision du cours : μ = 50, σ = 0,01, n = 4", "The course’s precision lathe: μ = 50, σ = 0.01, n = 4"),
            link: "mean=50&sd=0.01&n=4&source=simulated&seed=1&count=25&shift=0&drift=0&samples=50.01,49.99,50,50.02;50,50.01,49.98,50;49.99,50,50.01,50.02",
        },
        Preset {
            slug: "lathe-shift",
            title: t!("Le même tour, décalé de 0,01 mm au 16e échantillon", "The same lathe, shifted by 0.01 mm at sample 16"),
            link: "mean=50&sd=0.01&n=4&source=simulated&seed=1&count=30&from=16&shift=0.01&drift=0&samples=50.01,49.99,50,50.02",
        },
        Preset {
            slug: "lathe-drift",
            title: t!("Le même tour qui dérive (usure de l’outil)", "The same lathe drifting (tool wear)"),
            link: "mean=50&sd=0.01&n=4&source=simulated&seed=2&count=30&from=10&shift=0&drift=0.001&samples=50.01,49.99,50,50.02",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| {
            let p = spc::exercise(seed);
            LESSON.defaults().with_num("mean", p.mean).with_num("sd", p.sd).with_num("n", p.n as f64)
        },
        statement: |v, lang| text::exercise_statement(&process(v), lang),
        questions,
        steps: |v, lang| step_lines(&spc::zones(&process(v)).steps, text::step_title, lang),
        tables: |v, lang| vec![zones_table(&spc::zones(&process(v)), lang)],
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn whole(value: f64) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole numbers within their range
    let whole = value.max(0.0) as usize;
    whole
}

fn process(v: &Values) -> Process {
    Process { mean: v.num("mean"), sd: v.num("sd"), n: whole(v.num("n")) }
}

fn rules(v: &Values) -> Vec<Rule> {
    RULE_SLUGS.iter().filter(|(slug, _)| v.flags("rules").contains(slug)).map(|(_, rule)| *rule).collect()
}

fn slug(rule: Rule) -> &'static str {
    RULE_SLUGS.iter().find(|(_, r)| *r == rule).map_or("", |(slug, _)| slug)
}

/// The samples on the charts: simulated from the process, or the table's rows.
fn samples(v: &Values) -> Vec<Vec<f64>> {
    if simulated(v) {
        let change = Change { from: v.opt("from").map_or(0, whole), shift: v.num("shift"), drift: v.num("drift") };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // SEED: whole, 0 to 10⁹
        let seed = v.num("seed") as u64;
        spc::simulate(&process(v), whole(v.num("count")), seed, change)
    } else {
        v.rows("samples").iter().map(|row| row.numbers_at(0)).collect()
    }
}

fn value(x: f64, lang: Lang) -> String {
    format_number(x, lang, 4)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let process = process(v);
    let samples = samples(v);
    // Every sample has n measures: the known process and the data describe the same samples.
    if let Some(row) = samples.iter().position(|s| s.len() != process.n) {
        return Err(Problem {
            culprit: Culprit::Cell { param: "samples", row, column: 0 },
            message: text::error_message(SpcError::SampleSize { sample: row }, process.n, lang),
        });
    }
    let charts = spc::charts(&samples, &rules(v)).map_err(|e| {
        let culprit = match e {
            SpcError::SampleSize { sample } => Culprit::Cell { param: "samples", row: sample, column: 0 },
            SpcError::Size => Culprit::Field("n"),
            SpcError::NoSamples => Culprit::Field("samples"),
        };
        Problem { culprit, message: text::error_message(e, process.n, lang) }
    })?;
    let zones = spc::zones(&process);
    let mut flagged: Vec<usize> = charts.flags.iter().map(|(_, i)| *i).collect();
    flagged.sort_unstable();
    flagged.dedup();
    let results = vec![
        ResultLine::new(text::SD_MEAN, value(zones.sd_mean, lang), "spc-sd-mean").unit(text::MM).main(),
        ResultLine::new(text::GRAND_MEAN, value(charts.grand_mean, lang), "spc-grand-mean").unit(text::MM),
        ResultLine::new(text::MEAN_RANGE, value(charts.mean_range, lang), "spc-mean-range").unit(text::MM),
        ResultLine::new(text::UCL, value(charts.upper, lang), "spc-ucl").unit(text::MM),
        ResultLine::new(text::LCL, value(charts.lower, lang), "spc-lcl").unit(text::MM),
        ResultLine::new(text::RANGE_UCL, value(charts.range_upper, lang), "spc-range-ucl").unit(text::MM),
        ResultLine::new(text::FLAGGED, flagged.len().to_string(), "spc-flagged-count"),
    ];
    let mut flag_blocks = vec![Block::Table(flags_table(&charts, lang))];
    if charts.flags.is_empty() {
        flag_blocks.push(Block::Note { text: text::NO_FLAG.get(lang).to_owned(), test_id: "spc-no-flag".to_owned() });
    }
    let sections = vec![
        Section {
            title: text::CHARTS_TITLE,
            blocks: vec![
                Block::Figure {
                    chart: mean_chart(&charts, lang).to_json(),
                    label: text::MEAN_CHART,
                    test_id: "spc-xbar-chart".to_owned(),
                    data: Tabular::Table(samples_table(&samples, &charts, lang)),
                },
                Block::Figure {
                    chart: range_chart(&charts, lang).to_json(),
                    label: text::RANGE_CHART,
                    test_id: "spc-range-chart".to_owned(),
                    data: Tabular::Table(ranges_table(&charts, lang)),
                },
            ],
        },
        Section { title: text::FLAGS_TITLE, blocks: flag_blocks },
        Section { title: text::ZONES_TITLE, blocks: vec![Block::Table(zones_table(&zones, lang))] },
    ];
    let mut steps = zones.steps.clone();
    steps.extend(charts.steps.iter().cloned());
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&steps, text::step_title, lang) })
}

/// Each sample's measures, mean (`spc-xbar-<i>`, from 1) and gap from the centre in σ_x̄.
fn samples_table(samples: &[Vec<f64>], c: &Charts, lang: Lang) -> Table {
    let rows = samples
        .iter()
        .zip(&c.means)
        .enumerate()
        .map(|(i, (sample, mean))| {
            let measures = sample.iter().map(|x| value(*x, lang)).collect::<Vec<_>>().join(if lang == Lang::Fr { " ; " } else { ", " });
            let gap = if c.sd_mean > 0.0 { (mean - c.grand_mean) / c.sd_mean } else { 0.0 };
            vec![
                Cell::new((i + 1).to_string()),
                Cell::new(measures).words(),
                Cell::with_id(value(*mean, lang), format!("spc-xbar-{}", i + 1)),
                Cell::with_id(format_number(gap, lang, 2), format!("spc-gap-{}", i + 1)),
            ]
        })
        .collect();
    Table::new(text::SAMPLES_TABLE, &[text::COL_SAMPLE, text::COL_MEASURES, text::COL_MEAN, text::COL_Z], "spc-means", lang).rows(rows)
}

fn ranges_table(c: &Charts, lang: Lang) -> Table {
    let rows = c
        .ranges
        .iter()
        .enumerate()
        .map(|(i, r)| vec![Cell::new((i + 1).to_string()), Cell::with_id(value(*r, lang), format!("spc-range-{}", i + 1))])
        .collect();
    Table::new(text::RANGES_TABLE, &[text::COL_SAMPLE, text::COL_RANGE], "spc-ranges", lang).rows(rows)
}

/// One row per (rule, sample) flagged: `spc-rule-<rule>-<i>`.
fn flags_table(c: &Charts, lang: Lang) -> Table {
    let rows = c
        .flags
        .iter()
        .map(|(rule, i)| {
            let sample = i + 1;
            vec![
                Cell::with_id(sample.to_string(), format!("spc-rule-{}-{sample}", slug(*rule))),
                Cell::new(text::rule_name(*rule).get(lang)).words(),
                Cell::new(c.means.get(*i).map_or_else(String::new, |m| value(*m, lang))),
            ]
        })
        .collect();
    Table::new(text::FLAGS_TABLE, &[text::COL_SAMPLE, text::COL_RULE, text::COL_MEAN], "spc-flags", lang).rows(rows)
}

/// Zones 1 to 3 around the known mean (`spc-zone<k>-low`, `-high`) and the share expected in each.
fn zones_table(zones: &Zones, lang: Lang) -> Table {
    let mut rows: Vec<Vec<Cell>> = zones
        .bounds
        .iter()
        .zip(zones.shares)
        .enumerate()
        .map(|(k, ((low, high), share))| {
            let k = k + 1;
            vec![
                Cell::new(format!("{k}")),
                Cell::with_id(value(*low, lang), format!("spc-zone{k}-low")),
                Cell::with_id(value(*high, lang), format!("spc-zone{k}-high")),
                Cell::with_id(format_percent(share, lang, 2), format!("spc-zone{k}-share")),
            ]
        })
        .collect();
    rows.push(vec![
        Cell::new(text::BEYOND.get(lang)).words(),
        Cell::new(String::new()),
        Cell::new(String::new()),
        Cell::with_id(format_percent(zones.shares[3], lang, 2), "spc-zone-beyond-share"),
    ]);
    Table::new(text::ZONES, &[text::COL_ZONE, text::COL_LOW, text::COL_HIGH, text::COL_SHARE], "spc-zones", lang).rows(rows)
}

fn questions(v: &Values) -> Vec<Question> {
    let process = process(v);
    let zones = spc::zones(&process);
    vec![
        Question::new(
            "sd-mean",
            t!("Écart type des moyennes (mm)", "Standard deviation of the means (mm)"),
            zones.sd_mean,
            Tolerance::Relative(0.005),
            5,
        )
        .hint(t!("σ/√n, pas σ/n.", "σ/√n, not σ/n."))
        .mistake(
            process.sd / process.n as f64,
            t!(
                "Vous avez divisé par n : l’écart type d’une moyenne est σ/√n.",
                "You divided by n: the standard deviation of a mean is σ/√n."
            ),
        )
        .mistake(
            process.sd,
            t!(
                "C’est l’écart type des pièces ; celui des moyennes est plus petit, σ/√n.",
                "That is the parts’ standard deviation; the means’ is smaller, σ/√n."
            ),
        ),
        Question::new(
            "zone3-high",
            t!("Limite haute de la zone 3 (mm)", "Upper bound of zone 3 (mm)"),
            zones.bounds[2].1,
            Tolerance::Absolute(zones.sd_mean / 20.0),
            5,
        )
        .hint(t!("μ + 3·σ/√n.", "μ + 3·σ/√n."))
        .mistake(
            process.mean + 3.0 * process.sd,
            t!(
                "Les zones se comptent en écarts types des moyennes, σ/√n, pas en σ.",
                "Zones are counted in standard deviations of the means, σ/√n, not in σ."
            ),
        ),
        Question::new(
            "zone1-share",
            t!("Part des moyennes dans la zone 1 (%)", "Share of the means in zone 1 (%)"),
            zones.shares[0] * 100.0,
            Tolerance::Absolute(0.1),
            2,
        )
        .hint(t!(
            "La part d’une loi normale à moins d’un écart type de sa moyenne.",
            "The share of a normal law within one standard deviation of its mean."
        )),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::{preset_values, read_link};
    use crate::kit::values::Value;
    use crate::scenario::links::parse_fragment;

    #[test]
    fn the_course_lathe_zones_and_a_healthy_chart() {
        let values = preset_values(&LESSON, LESSON.preset("course-lathe").unwrap());
        let report = solve(&values, Lang::En).unwrap();
        assert_eq!(report.shown("spc-sd-mean").unwrap(), "0.005");
        assert_eq!(report.shown("spc-zone3-low").unwrap(), "49.985");
        assert_eq!(report.shown("spc-zone3-high").unwrap(), "50.015");
        assert_eq!(report.shown("spc-zone1-share").unwrap(), "68.27%");
        assert!(report.shown("spc-xbar-25").is_some() && report.shown("spc-xbar-26").is_none(), "25 samples");
    }

    #[test]
    fn typed_samples_give_limits_and_a_shift_is_flagged() {
        let link = read_link(
            &LESSON,
            &parse_fragment("#/spc?mean=50&sd=0.01&n=4&source=data&samples=50.01,49.99,50,50.02;50,50.01,49.98,50;49.99,50,50.01,50.02")
                .params,
        );
        let report = solve(&link.values.unwrap(), Lang::Fr).unwrap();
        assert_eq!(report.shown("spc-xbar-1").unwrap(), "50,005");
        assert_eq!(report.shown("spc-range-2").unwrap(), "0,03");
        assert_eq!(report.shown("spc-ucl").unwrap(), format_number((50.005 + 49.9975 + 50.005) / 3.0 + 0.729 * 0.03, Lang::Fr, 4));
        let shifted = preset_values(&LESSON, LESSON.preset("lathe-shift").unwrap());
        let report = solve(&shifted, Lang::En).unwrap();
        let Some(Block::Table(flags)) = report.sections.get(1).and_then(|s| s.blocks.first()) else { panic!("no flags") };
        assert!(flags.rows.iter().any(|r| r[0].text.parse::<usize>().unwrap() >= 16), "the shift from sample 16 is seen");
        // Rules switched off flag nothing.
        let quiet = shifted.with("rules", Value::Flags(Vec::new()));
        assert_eq!(solve(&quiet, Lang::En).unwrap().shown("spc-flagged-count").unwrap(), "0");
    }

    #[test]
    fn a_sample_of_the_wrong_size_is_named() {
        let link = read_link(&LESSON, &parse_fragment("#/spc?n=4&source=data&samples=1,2,3,4;1,2,3").params);
        let problem = solve(&link.values.unwrap(), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "samples", row: 1, column: 0 });
        assert!(problem.message.starts_with("Line 2: 4 measures"), "{}", problem.message);
        let rules = read_link(&LESSON, &parse_fragment("#/spc?rules=beyond-3,six-trend").params).values.unwrap();
        assert_eq!(rules.flags("rules"), ["beyond-3", "six-trend"]);
    }

    #[test]
    fn exercises_name_dividing_by_n() {
        let values = (LESSON.exercise.generate)(4);
        let asked = questions(&values);
        let p = process(&values);
        assert!(matches!(asked[0].mark(&format!("{}", p.sd / p.n as f64)), crate::scenario::exercise::Mark::Mistake(_)));
        assert!((asked[2].expected - 68.268_949).abs() < 1e-5);
    }
}
