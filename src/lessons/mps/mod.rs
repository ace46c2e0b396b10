//! The master schedule lesson, `#/mps`: projected stock from orders and forecasts, firm or
//! proposed MPS lots, and the available to promise with a promise box.

pub mod text;

use crate::charts::plan::{periods_chart, Series, Style};
use crate::engine::mps::{self, AtpRule, DemandRule, MpsError, MpsInput, MpsSolution, Row};
use crate::engine::rng::Rng;
use crate::i18n::{format_number, Lang, Text};
use crate::kit::grid::{Grid, GridCell, GridRow, Mark};
use crate::kit::report::{step_lines, Block, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Value, Values};
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset, SeriesSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

const MAX_WEEKS: usize = 52;
const WEEK_COUNT: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(52.0)).integer();
const LEAD_TIME: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(12.0)).integer();
static WEEKLY: SeriesSpec =
    SeriesSpec { range: bounds::QUANTITY, max_len: MAX_WEEKS, generate: None, commas_in_links: true, may_be_empty: true };
/// Receipt weeks: one per lot, a week twice for two lots.
static RECEIPT_WEEKS: SeriesSpec =
    SeriesSpec { range: WEEK_COUNT, max_len: MAX_WEEKS * 4, generate: None, commas_in_links: true, may_be_empty: true };

macro_rules! fig_3_13 {
    () => {
        "weeks=10&stock0=200&ss=100&lot=200&lt=1&forecast=0,30,35,40,50,60,60,70,70,50&orders=50,20,15,10"
    };
}

macro_rules! fig_3_14 {
    () => {
        "weeks=10&stock0=150&ss=100&lot=200&lt=1&forecast=0,20,20,40,60,60,70,70,50,50&orders=20,40,30,10"
    };
}

pub static LESSON: Lesson = Lesson {
    id: "mps",
    prefix: "mps",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::HORIZON_GROUP),
            inputs: &[
                Input::new("weeks", text::WEEKS, Kind::Number(WEEK_COUNT)),
                Input::new("stock0", text::STOCK0, Kind::Number(bounds::QUANTITY)).unit(text::UNITS),
                Input::new("ss", text::SS, Kind::Number(bounds::QUANTITY)).unit(text::UNITS),
                Input::new("lot", text::LOT, Kind::Number(bounds::POSITIVE_QUANTITY)).unit(text::UNITS),
                Input::new("lt", text::LT, Kind::Number(LEAD_TIME)).unit(text::WEEKS_UNIT),
            ],
        },
        Group {
            legend: Some(text::DEMAND_GROUP),
            inputs: &[
                Input::new("forecast", text::FORECAST, Kind::Series(&WEEKLY)).unit(text::UNITS).hint(text::FORECAST_HINT),
                Input::new("orders", text::ORDERS, Kind::Series(&WEEKLY)).unit(text::UNITS),
                Input::new("demand", text::DEMAND_RULE, Kind::Choice(&[("sum", text::SUM), ("max", text::MAX)])),
            ],
        },
        Group {
            legend: Some(text::MPS_GROUP),
            inputs: &[
                Input::new("receipts", text::RECEIPTS, Kind::Series(&RECEIPT_WEEKS)).hint(text::RECEIPTS_HINT),
                Input::new("atp", text::ATP_RULE, Kind::Choice(&[("standard", text::STANDARD), ("course", text::COURSE)])),
            ],
        },
        Group {
            legend: Some(text::PROMISE_GROUP),
            inputs: &[
                Input::new("promise", text::PROMISE, Kind::Optional(bounds::QUANTITY)).unit(text::UNITS).hint(text::PROMISE_HINT),
                Input::new("promise_week", text::PROMISE_WEEK, Kind::Optional(WEEK_COUNT)),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-3-13",
            title: t!(
                "Fig 3.13 : lots de 200, stock de sécurité 100, réceptions en S2, S6, S9",
                "Fig 3.13: lots of 200, safety stock 100, receipts in S2, S6, S9"
            ),
            link: concat!(fig_3_13!(), "&receipts=2,6,9"),
        },
        Preset {
            slug: "fig-3-14",
            title: t!(
                "Fig 3.14 : une semaine plus tard (la S1 d’ici est la S2 du cours)",
                "Fig 3.14: one week later (S1 here is the course’s S2)"
            ),
            link: concat!(fig_3_14!(), "&receipts=1,5,8"),
        },
        Preset {
            slug: "fig-3-15",
            title: t!(
                "Fig 3.15 : deux lots reportés d’une semaine, toujours au-dessus du stock de sécurité",
                "Fig 3.15: two lots moved a week later, still above the safety stock"
            ),
            link: concat!(fig_3_14!(), "&receipts=1,6,9"),
        },
        Preset {
            slug: "fig-3-16",
            title: t!("Fig 3.16 : le disponible à la vente du cours", "Fig 3.16: the course’s available to promise"),
            link: concat!(fig_3_13!(), "&receipts=2,6,9&atp=course"),
        },
        Preset {
            slug: "proposal",
            title: t!(
                "La proposition : un lot dès que le stock passerait sous 100",
                "The proposal: a lot as soon as the stock would fall below 100"
            ),
            link: fig_3_13!(),
        },
    ],
    imports: &[],
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
            solved(v)
                .map(|(input, s)| {
                    vec![
                        Table::from_grid(&mps_grid(&input, &s, lang), "mps-solution-grid"),
                        Table::from_grid(&atp_grid(&input, &s, lang), "atp-solution-grid"),
                    ]
                })
                .unwrap_or_default()
        },
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn input(v: &Values) -> MpsInput {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole numbers within the fields' ranges
    let whole = |x: f64| x as usize;
    let receipts = v.series("receipts");
    MpsInput {
        weeks: whole(v.num("weeks")),
        opening: v.num("stock0"),
        safety: v.num("ss"),
        lot: v.num("lot"),
        lead_time: whole(v.num("lt")),
        forecast: v.series("forecast").to_vec(),
        orders: v.series("orders").to_vec(),
        receipts: (!receipts.is_empty()).then(|| receipts.iter().map(|w| whole(*w)).collect()),
        demand_rule: if v.choice("demand") == "max" { DemandRule::Max } else { DemandRule::Sum },
        atp_rule: if v.choice("atp") == "course" { AtpRule::Course } else { AtpRule::Standard },
    }
}

fn values(input: &MpsInput) -> Values {
    #[allow(clippy::cast_precision_loss)] // weeks
    let number = |x: usize| x as f64;
    LESSON
        .defaults()
        .with_num("weeks", number(input.weeks))
        .with_num("stock0", input.opening)
        .with_num("ss", input.safety)
        .with_num("lot", input.lot)
        .with_num("lt", number(input.lead_time))
        .with("forecast", Value::Series(input.forecast.clone()))
        .with("orders", Value::Series(input.orders.clone()))
        .with("receipts", Value::Series(input.receipts.iter().flatten().map(|w| number(*w)).collect()))
}

fn solved(v: &Values) -> Option<(MpsInput, MpsSolution)> {
    let input = input(v);
    mps::solve(&input).ok().map(|s| (input, s))
}

/// The schedule the values give (firm lots or the proposal) as (weeks, lot size, receipt weeks
/// from 1), for rough-cut capacity; none when it has no result.
pub fn schedule(v: &Values) -> Option<(usize, f64, Vec<usize>)> {
    let (input, s) = solved(v)?;
    let weeks = s.receipts.iter().enumerate().filter(|(_, r)| **r > 0.0).map(|(w, _)| w + 1).collect();
    Some((input.weeks, input.lot, weeks))
}

fn pieces(x: f64, lang: Lang) -> String {
    format_number(x, lang, 2)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = mps::solve(&input).map_err(|e| {
        let param = match e {
            MpsError::TooLong(Row::Forecast) => "forecast",
            MpsError::TooLong(Row::Orders) => "orders",
            MpsError::ReceiptWeek(_) => "receipts",
        };
        Problem::field(param, text::error_message(e, lang))
    })?;
    let below = if s.below.is_empty() {
        text::NONE.get(lang).to_owned()
    } else {
        s.below.iter().map(|w| text::week_label(*w)).collect::<Vec<_>>().join(", ")
    };
    let lots = s.receipts.iter().map(|r| r / input.lot).sum::<f64>();
    let proposed = if input.receipts.is_none() { format!(" {}", text::PROPOSED.get(lang)) } else { String::new() };
    let mut results = vec![
        ResultLine::new(text::BELOW, below, "mps-below").main(),
        ResultLine::new(text::LOTS, format!("{}{proposed}", format_number(lots, lang, 2)), "mps-lots"),
    ];
    if s.past_due > 0.0 {
        results.push(ResultLine::new(text::PAST_DUE, pieces(s.past_due, lang), "mps-past-due").unit(text::UNITS));
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // a week number, 1 to 52 by its field
    if let (Some(q), Some(week)) = (v.opt("promise"), v.opt("promise_week").map(|w| w as usize)) {
        if week >= 1 && week <= input.weeks {
            let available = mps::promisable(&s, week - 1);
            let answer = text::answer(&pieces(q, lang), week - 1, &pieces(available, lang), q <= available + 1e-9, lang);
            results.push(ResultLine::new(text::ANSWER, answer, "mps-promise"));
        }
    }
    let grid = mps_grid(&input, &s, lang);
    let chart = periods_chart(
        grid.periods.clone(),
        text::QUANTITY_AXIS.get(lang),
        vec![
            Series::new(text::ROW_DEMAND.get(lang), s.demand.clone(), Style::Bar),
            Series::new(text::ROW_RECEIPT.get(lang), s.receipts.clone(), Style::Bar),
            Series::new(text::ROW_STOCK.get(lang), s.stock.clone(), Style::Line),
            Series::new(text::SS.get(lang), vec![input.safety; input.weeks], Style::Dashed),
        ],
    );
    let note = if input.atp_rule == AtpRule::Course { text::ATP_NOTE_COURSE } else { text::ATP_NOTE_STANDARD };
    let sections = vec![
        Section {
            title: text::GRID_TITLE,
            blocks: vec![Block::Figure {
                chart: chart.to_json(),
                label: text::CHART,
                test_id: "mps-chart".to_owned(),
                data: Tabular::Grid(grid),
            }],
        },
        // The grid alone in its section spans the page; the rule beside it would halve it.
        Section { title: text::ATP_TITLE, blocks: vec![Block::Grid(atp_grid(&input, &s, lang))] },
        Section {
            title: text::ATP_RULES_TITLE,
            blocks: vec![Block::Note { text: note.get(lang).to_owned(), test_id: "atp-note".to_owned() }],
        },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&s.steps, text::step_title, lang) })
}

fn row(key: &'static str, label: Text, fillable: bool, opening: Option<GridCell>, cells: Vec<GridCell>, lang: Lang) -> GridRow {
    GridRow { key: key.into(), label: label.get(lang).to_owned(), fillable, opening, cells }
}

/// Fig 3.13: forecast, orders, demand, projected stock (below the safety stock marked), MPS
/// receipts and starts.
fn mps_grid(input: &MpsInput, s: &MpsSolution, lang: Lang) -> Grid {
    let q = |x: f64| pieces(x, lang);
    let colon = if lang == Lang::Fr { " :" } else { ":" };
    let given = |values: Vec<f64>| values.into_iter().map(|x| GridCell::new(x, q(x))).collect::<Vec<_>>();
    let at = |series: &[f64], w: usize| series.get(w).copied().unwrap_or(0.0);
    let demand = (0..input.weeks)
        .map(|w| {
            let (o, f) = (at(&input.orders, w), at(&input.forecast, w));
            let how = match input.demand_rule {
                DemandRule::Sum => format!("{} + {}", q(o), q(f)),
                DemandRule::Max => format!("max({} ; {})", q(o), q(f)),
            };
            GridCell::new(at(&s.demand, w), q(at(&s.demand, w))).why(format!("{}{colon} {how}", text::week_label(w)))
        })
        .collect();
    let stock = (0..input.weeks)
        .map(|w| {
            let before = w.checked_sub(1).map_or(input.opening, |b| at(&s.stock, b));
            let value = at(&s.stock, w);
            let why = format!("{}{colon} {} + {} − {}", text::week_label(w), q(before), q(at(&s.receipts, w)), q(at(&s.demand, w)));
            GridCell::new(value, q(value)).mark(s.below.contains(&w).then_some(Mark::BelowSafety)).why(why)
        })
        .collect();
    let starts = (0..input.weeks)
        .map(|w| {
            let value = at(&s.starts, w);
            let why =
                format!("{}{colon} {} − {}", text::week_label(w + input.lead_time), text::week_label(w + input.lead_time), input.lead_time);
            GridCell::new(value, q(value)).mark((value > 0.0).then_some(Mark::Release)).why(why)
        })
        .collect();
    Grid {
        caption: text::GRID.get(lang).to_owned(),
        prefix: "mps".to_owned(),
        periods: (0..input.weeks).map(text::week_label).collect(),
        opening: Some(text::START.get(lang).to_owned()),
        rows: vec![
            row("forecast", text::ROW_FORECAST, false, None, given((0..input.weeks).map(|w| at(&input.forecast, w)).collect()), lang),
            row("orders", text::ROW_ORDERS, false, None, given((0..input.weeks).map(|w| at(&input.orders, w)).collect()), lang),
            row("demand", text::ROW_DEMAND, true, None, demand, lang),
            row("stock", text::ROW_STOCK, true, Some(GridCell::new(input.opening, q(input.opening))), stock, lang),
            row("receipt", text::ROW_RECEIPT, input.receipts.is_none(), None, given(s.receipts.clone()), lang),
            row("start", text::ROW_START, true, None, starts, lang),
        ],
    }
}

/// Fig 3.16: orders, receipts, discrete and cumulative ATP (`atp-<w>`, `atp-cum-<w>`).
fn atp_grid(input: &MpsInput, s: &MpsSolution, lang: Lang) -> Grid {
    let q = |x: f64| pieces(x, lang);
    let cells = |values: &[f64]| values.iter().map(|x| GridCell::new(*x, q(*x))).collect::<Vec<_>>();
    let orders: Vec<f64> = (0..input.weeks).map(|w| input.orders.get(w).copied().unwrap_or(0.0)).collect();
    let opening = s.atp_opening.map(|x| GridCell::new(x, q(x)));
    Grid {
        caption: text::ATP_GRID.get(lang).to_owned(),
        prefix: "atp".to_owned(),
        periods: (0..input.weeks).map(text::week_label).collect(),
        opening: s.atp_opening.map(|_| text::START.get(lang).to_owned()),
        rows: vec![
            row("orders", text::ROW_ORDERS, false, None, cells(&orders), lang),
            row("receipt", text::ROW_RECEIPT, false, None, cells(&s.receipts), lang),
            row("", text::ROW_ATP, true, opening.clone(), cells(&s.atp), lang),
            row("cum", text::ROW_ATP_CUM, true, opening, cells(&s.atp_cumulated), lang),
        ],
    }
}

/// Eight weeks with orders in the first three, lots made firm where the proposal puts them.
fn exercise(seed: u64) -> MpsInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let mut draw = |low: i64, high: i64, step: i64| rng.step(low, high, step) as f64;
    let lot = draw(100, 300, 50);
    let mut input = MpsInput {
        weeks: 8,
        opening: draw(80, 250, 10),
        safety: draw(20, 80, 10),
        lot,
        lead_time: 1,
        forecast: (0..8).map(|w| if w == 0 { 0.0 } else { draw(20, 90, 5) }).collect(),
        orders: (0..3).map(|_| draw(10, 60, 5)).collect(),
        receipts: None,
        demand_rule: DemandRule::Sum,
        atp_rule: AtpRule::Standard,
    };
    let proposed = mps::solve(&input).map(|s| s.receipts).unwrap_or_default();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole lots
    let firm = proposed.iter().enumerate().flat_map(|(w, r)| std::iter::repeat_n(w + 1, (r / lot).round() as usize)).collect();
    input.receipts = Some(firm);
    input
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = input(v);
    let q = |x: f64| pieces(x, lang);
    let separator = if lang == Lang::Fr { " ; " } else { ", " };
    let list = |xs: &[f64]| xs.iter().map(|x| q(*x)).collect::<Vec<_>>().join(separator);
    let receipts = input.receipts.iter().flatten().map(|w| text::week_label(w - 1)).collect::<Vec<_>>().join(separator);
    let (weeks, opening, safety, lot, forecast, orders) =
        (input.weeks, q(input.opening), q(input.safety), q(input.lot), list(&input.forecast), list(&input.orders));
    match lang {
        Lang::Fr => format!(
            "{weeks} semaines ; stock de départ {opening}, stock de sécurité {safety}, lots de {lot} fabriqués en une semaine. Prévisions (part non commandée) : {forecast}. Commandes clients : {orders}. Lots reçus en {receipts}."
        ),
        Lang::En => format!(
            "{weeks} weeks; opening stock {opening}, safety stock {safety}, lots of {lot} made in a week. Forecast (part not ordered yet): {forecast}. Customer orders: {orders}. Lots received in {receipts}."
        ),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, s)) = solved(v) else { return Vec::new() };
    let stock_3 = s.stock.get(2).copied().unwrap_or(0.0);
    let first_orders = input.orders.first().copied().unwrap_or(0.0);
    vec![
        Question::new("stock-3", t!("Stock prévisionnel en fin de S3", "Projected stock at the end of S3"), stock_3, Tolerance::Absolute(0.01), 2)
            .hint(t!("Semaine après semaine : stock + réception − (commandes + prévisions).", "Week after week: stock + receipt − (orders + forecast).")),
        Question::new("atp-1", t!("Disponible à la vente en S1", "Available to promise in S1"), s.atp.first().copied().unwrap_or(0.0), Tolerance::Absolute(0.01), 2)
            .hint(t!(
                "Stock de départ (+ lot reçu en S1) − commandes jusqu’à la prochaine réception. Les prévisions ne comptent pas : elles ne sont pas promises.",
                "Opening stock (+ any lot received in S1) − orders until the next receipt. Forecasts do not count: nothing is promised on them."
            ))
            .mistake(
                input.opening + s.receipts.first().copied().unwrap_or(0.0) - first_orders - s.demand.iter().skip(1).take(2).sum::<f64>(),
                t!("Ce sont les commandes qui comptent, pas la demande prévue.", "Orders count, not the forecast demand."),
            ),
        Question::new(
            "atp-cum",
            t!("Disponible cumulé en dernière semaine", "Cumulative ATP in the last week"),
            s.atp_cumulated.last().copied().unwrap_or(0.0),
            Tolerance::Absolute(0.01),
            2,
        )
        .hint(t!("Stock de départ + toutes les réceptions − toutes les commandes.", "Opening stock + every receipt − every order.")),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(_, s)| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn figs_3_13_to_3_15_exactly() {
        let report = LESSON.preset_report("fig-3-13", Lang::En);
        assert_eq!(report.row("mps-stock", 0..=10), ["200", "150", "300", "250", "200", "150", "290", "230", "160", "290", "240"]);
        assert_eq!(report.row("mps-receipt", 1..=10), ["0", "200", "0", "0", "0", "200", "0", "0", "200", "0"]);
        assert_eq!(report.row("mps-start", 1..=10), ["200", "0", "0", "0", "200", "0", "0", "200", "0", "0"]);
        assert_eq!(report.row("mps-demand", 1..=4), ["50"; 4]);
        assert_eq!(report.at("mps-below"), "none");
        let later = LESSON.preset_report("fig-3-14", Lang::En);
        assert_eq!(later.row("mps-stock", 0..=10), ["150", "330", "270", "220", "170", "310", "250", "180", "310", "260", "210"]);
        assert_eq!(later.at("mps-past-due"), "200");
        let moved = LESSON.preset_report("fig-3-15", Lang::En);
        assert_eq!(moved.row("mps-stock", 0..=10), ["150", "330", "270", "220", "170", "110", "250", "180", "110", "260", "210"]);
    }

    #[test]
    fn fig_3_16_and_the_standard_rule() {
        let course = LESSON.preset_report("fig-3-16", Lang::En);
        assert_eq!(course.row("atp", 0..=10), ["100", "0", "155", "0", "0", "0", "200", "0", "0", "200", "0"]);
        assert_eq!(course.row("atp-cum", 0..=10), ["100", "100", "255", "255", "255", "255", "455", "455", "455", "655", "655"]);
        let standard = LESSON.preset_report("fig-3-13", Lang::En);
        assert_eq!(standard.row("atp", 1..=3), ["150", "155", "0"]);
        assert_eq!(standard.shown("atp-0"), None, "no opening column under the standard rule");
        assert!(standard.note("atp-note").contains("does not deduct S1’s 50 orders"));
    }

    #[test]
    fn the_proposal_and_the_promise_box() {
        let report = LESSON.preset_report("proposal", Lang::En);
        assert_eq!(report.row("mps-receipt", 1..=4), ["0", "0", "200", "0"]);
        assert_eq!(report.at("mps-lots"), "3 (proposed)");
        let values = preset_values(&LESSON, LESSON.preset("fig-3-13").unwrap());
        let ask =
            |q: f64, w: f64| solve(&values.clone().with_num("promise", q).with_num("promise_week", w), Lang::En).unwrap().at("mps-promise");
        assert_eq!(ask(300.0, 2.0), "Yes: 300 pieces can be promised for S2 (cumulative ATP 305).");
        assert_eq!(ask(306.0, 2.0), "No: for S2, at most 305 pieces can be promised.");
    }

    #[test]
    fn errors_name_their_field() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-13").unwrap());
        let late = solve(&values.clone().with("receipts", Value::Series(vec![2.0, 12.0])), Lang::En).unwrap_err();
        assert_eq!((late.param(), late.message.as_str()), (Some("receipts"), "Week 12 is not within the horizon."));
        assert_eq!(solve(&values.with_num("weeks", 4.0), Lang::Fr).unwrap_err().param(), Some("forecast"));
    }

    #[test]
    fn exercises_schedule_firm_lots() {
        for seed in 0..30 {
            let values = (LESSON.exercise.generate)(seed);
            let (input, s) = solved(&values).unwrap();
            assert!(input.receipts.is_some());
            assert!(s.below.is_empty(), "seed {seed}: the firm lots are the proposal's");
            let asked = questions(&values);
            assert_eq!(asked[0].expected, s.stock[2]);
            let ordered: f64 = input.orders.iter().sum();
            assert!((asked[2].expected - (input.opening + s.receipts.iter().sum::<f64>() - ordered)).abs() < 1e-9);
        }
        assert!(statement(&(LESSON.exercise.generate)(1), Lang::En).contains("Lots received in S"));
    }
}
