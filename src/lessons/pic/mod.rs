//! The S&OP lesson, `#/pic`: level, chase, typed and least-cost plans for the same demand, costed
//! month by month and compared as named scenarios; then a plan tracked against the actual months.

pub mod text;

use crate::charts::plan::{periods_chart, stacked_bars, Series, Style};
use crate::engine::pic::{self, Costs, PicError, PicInput, Plan, Policy, Strategy};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::engine::tracking::{self, Sign, Tracking, TrackingInput};
use crate::i18n::{format_number, format_percent, Lang, Text};
use crate::kit::grid::{Grid, GridCell, GridRow, Mark};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, SeriesSpec, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

/// Three years at most: the least-cost plan is an integer programme, solved within a frame up
/// to there (measured: 3.7 ms native at worst over 200 random 36-month plans, 18 ms at 60).
const MAX_MONTHS: usize = 36;
/// Empty allowed: each part of the lesson leaves the other's months empty.
static MONTHS: SeriesSpec =
    SeriesSpec { range: bounds::QUANTITY, max_len: MAX_MONTHS, generate: None, commas_in_links: true, may_be_empty: true };
const HEADCOUNT: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(100_000.0)).integer();

static SCENARIOS: TableSpec = TableSpec {
    columns: &[
        Column::new("name", text::COL_NAME, ColumnKind::Text),
        Column::new("plan", text::COL_PLAN, ColumnKind::NumberList(bounds::QUANTITY, 2)),
    ],
    max_rows: 8,
    cell_id: "pic-scenario",
    new_row: |n| vec![Entry::Text(format!("S{}", n + 1)), Entry::Numbers(vec![10.0; 12])],
    caption: text::SCENARIOS,
    links: crate::kit::RowLinks::Semicolon,
};

fn planning(v: &Values) -> bool {
    v.choice("part") == "plan"
}

fn tracking(v: &Values) -> bool {
    !planning(v)
}

fn to_order(v: &Values) -> bool {
    planning(v) && v.choice("policy") == "mto"
}

fn to_stock_or_tracking(v: &Values) -> bool {
    !to_order(v)
}

fn typed_production(v: &Values) -> bool {
    planning(v) && matches!(v.choice("strategy"), "custom" | "level")
}

/// The workforce and costs of Figs 3.6–3.8, in thousands of units and kFB; the tracking
/// presets carry them too, as a preset gives every number.
macro_rules! course_workforce {
    () => {
        "backlog0=0&backlog=0&workers0=50&rate=0.2&ot=0.05&wmax=60&otcost=350&hire=60&fire=20&hold=125"
    };
}

/// The data set of Figs 3.6–3.8.
macro_rules! course_data {
    () => {
        concat!("demand=9,6.2,8,11,13.2,10,8,6,9.5,13,14,12.1&stock0=1.1&ss=1.1&", course_workforce!())
    };
}

pub static LESSON: Lesson = Lesson {
    id: "pic",
    prefix: "pic",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group { legend: None, inputs: &[Input::new("part", text::PART, Kind::Choice(&[("plan", text::PART_PLAN), ("track", text::PART_TRACK)]))] },
        Group {
            legend: Some(text::DEMAND_GROUP),
            inputs: &[
                Input::new("demand", text::DEMAND, Kind::Series(&MONTHS)).unit(text::UNITS).hint(text::DEMAND_HINT).shown_when(planning),
                Input::new("policy", text::POLICY, Kind::Choice(&[("mts", text::MTS), ("mto", text::MTO)])).shown_when(planning),
                Input::new("stock0", text::STOCK0, Kind::Number(bounds::QUANTITY)).unit(text::UNITS).shown_when(to_stock_or_tracking),
                Input::new("ss", text::SS, Kind::Number(bounds::QUANTITY)).unit(text::UNITS).hint(text::SS_HINT).shown_when(to_stock_or_tracking),
                Input::new("backlog0", text::BACKLOG0, Kind::Number(bounds::QUANTITY)).unit(text::UNITS).shown_when(to_order),
                Input::new("backlog", text::BACKLOG, Kind::Number(bounds::QUANTITY)).unit(text::UNITS).hint(text::BACKLOG_HINT).shown_when(to_order),
            ],
        },
        Group {
            legend: Some(text::WORKFORCE_GROUP),
            inputs: &[
                Input::new("workers0", text::WORKERS0, Kind::Number(HEADCOUNT)).unit(text::WORKERS).shown_when(planning),
                Input::new("rate", text::RATE, Kind::Number(bounds::POSITIVE_QUANTITY)).unit(text::PER_WORKER).shown_when(planning),
                Input::new("ot", text::OT, Kind::Number(bounds::QUANTITY)).unit(text::PER_WORKER).shown_when(planning),
                Input::new("wmax", text::WMAX, Kind::Number(HEADCOUNT)).unit(text::WORKERS).shown_when(planning),
            ],
        },
        Group {
            legend: Some(text::COST_GROUP),
            inputs: &[
                Input::new("otcost", text::OTCOST, Kind::Number(bounds::MONEY)).unit(text::PER_UNIT).shown_when(planning),
                Input::new("hire", text::HIRE, Kind::Number(bounds::MONEY)).unit(text::PER_PERSON).shown_when(planning),
                Input::new("fire", text::FIRE, Kind::Number(bounds::MONEY)).unit(text::PER_PERSON).shown_when(planning),
                Input::new("hold", text::HOLD, Kind::Number(bounds::MONEY)).unit(text::PER_UNIT_MONTH).hint(text::HOLD_HINT).shown_when(planning),
            ],
        },
        Group {
            legend: Some(text::STRATEGY_GROUP),
            inputs: &[
                Input::new(
                    "strategy",
                    text::STRATEGY,
                    Kind::Choice(&[("level", text::LEVEL), ("chase", text::CHASE), ("custom", text::CUSTOM), ("optimal", text::OPTIMAL)]),
                )
                .shown_when(planning),
                Input::new("prod", text::PROD, Kind::Series(&MONTHS)).unit(text::UNITS).hint(text::PROD_HINT).shown_when(typed_production),
                Input::new("scenarios", text::SCENARIOS, Kind::Table(&SCENARIOS)).hint(text::SCENARIOS_HINT).shown_when(planning),
            ],
        },
        Group {
            legend: Some(text::TRACK_GROUP),
            inputs: &[
                Input::new("forecast", text::FORECAST, Kind::Series(&MONTHS)).unit(text::UNITS).shown_when(tracking),
                Input::new("target", text::TARGET, Kind::Series(&MONTHS)).unit(text::UNITS).hint(text::TARGET_HINT).shown_when(tracking),
                Input::new("sales", text::SOLD, Kind::Series(&MONTHS)).unit(text::UNITS).hint(text::SOLD_HINT).shown_when(tracking),
                Input::new("made", text::MADE, Kind::Series(&MONTHS)).unit(text::UNITS).shown_when(tracking),
                Input::new("smax", text::SMAX, Kind::Optional(bounds::QUANTITY)).unit(text::UNITS).hint(text::SMAX_HINT).shown_when(tracking),
                Input::new("sign", text::SIGN, Kind::Choice(&[("actual", text::ACTUAL_MINUS_PLAN), ("plan", text::PLAN_MINUS_ACTUAL)]))
                    .shown_when(tracking),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-3-6",
            title: t!("Fig 3.6 : plan nivelé, 10 par mois (8 412,5 kFB)", "Fig 3.6: level plan, 10 a month (8,412.5 kFB)"),
            link: concat!(course_data!(), "&strategy=level"),
        },
        Preset {
            slug: "fig-3-7",
            title: t!("Fig 3.7 : poursuite de la demande (7 675 kFB)", "Fig 3.7: chase demand (7,675 kFB)"),
            link: concat!(course_data!(), "&strategy=chase"),
        },
        Preset {
            slug: "fig-3-8",
            title: t!("Fig 3.8 : trois cadences, 9, 10 et 11 (6 612,5 kFB)", "Fig 3.8: three rates, 9, 10 and 11 (6,612.5 kFB)"),
            link: concat!(course_data!(), "&strategy=custom&prod=9,9,10,10,10,10,10,10,10,10,11,11"),
        },
        Preset {
            slug: "optimal",
            title: t!("Le plan au moindre coût sur les données du cours (3 135 kFB)", "The least-cost plan on the course’s data (3,135 kFB)"),
            link: concat!(
                course_data!(),
                "&strategy=optimal&scenarios=Fig 3.8:9,9,10,10,10,10,10,10,10,10,11,11;10-11:10,10,10,11,11,10,10,10,10,11,11,6"
            ),
        },
        Preset {
            slug: "fig-3-5",
            title: t!("Fig 3.5 : production nivelée à 75 par mois", "Fig 3.5: level production of 75 a month"),
            link: "demand=100,50,50,100,100,50&stock0=50&ss=0&backlog0=0&backlog=0&workers0=75&rate=1&ot=0&wmax=100&otcost=0&hire=0&fire=0&hold=0&strategy=level",
        },
        Preset {
            slug: "mto",
            title: t!("À la commande : un carnet tenu à 2 (illustratif)", "Make to order: a backlog held at 2 (illustrative)"),
            link: concat!(course_data!(), "&policy=mto&backlog0=3&backlog=2&strategy=chase"),
        },
        Preset {
            slug: "fig-3-4",
            title: t!("Fig 3.4 : trois mois écoulés, la production recalculée (2 166)", "Fig 3.4: three months gone by, production re-planned (2,166)"),
            link: concat!(
                "part=track&forecast=1800,1800,1800,1800,1800,1800,1800,1800,1800&target=2000,1900,1800,1700,1600,1500,1500,1500,1500&sales=1690,1805,1980&made=1790,1305,1534&stock0=2180&ss=0&sign=plan&",
                course_workforce!()
            ),
        },
        Preset {
            slug: "seed-players",
            title: t!(
                "Lecteurs portables : octobre à décembre suivis, janvier recalculé (15 000)",
                "Portable players: October to December tracked, January re-planned (15,000)"
            ),
            link: concat!(
                "part=track&forecast=10000,12400,14200,14700&target=2500,2500,2500,2500&sales=9800,12500,14000&made=10000,10000,16000&stock0=2500&ss=800&smax=5000&sign=actual&",
                course_workforce!()
            ),
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
            let input = plan_input(v);
            pic::plan(&input, &Strategy::Chase).map(|p| Table::from_grid(&plan_grid(&input, &p, lang), "pic-solution-grid")).into_iter().collect()
        },
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn plan_input(v: &Values) -> PicInput {
    let to_order = v.choice("policy") == "mto";
    PicInput {
        demand: v.series("demand").to_vec(),
        policy: if to_order { Policy::Backlog } else { Policy::Stock },
        opening: v.num(if to_order { "backlog0" } else { "stock0" }),
        target: v.num(if to_order { "backlog" } else { "ss" }),
        workers: v.num("workers0"),
        rate: v.num("rate"),
        overtime_rate: v.num("ot"),
        max_workers: v.num("wmax"),
        overtime_cost: v.num("otcost"),
        hire_cost: v.num("hire"),
        fire_cost: v.num("fire"),
        holding_cost: v.num("hold"),
    }
}

fn values(input: &PicInput) -> Values {
    LESSON
        .defaults()
        .with("demand", Value::Series(input.demand.clone()))
        .with_num("stock0", input.opening)
        .with_num("ss", input.target)
        .with_num("workers0", input.workers)
        .with_num("rate", input.rate)
        .with_num("ot", input.overtime_rate)
        .with_num("wmax", input.max_workers)
        .with_num("otcost", input.overtime_cost)
        .with_num("hire", input.hire_cost)
        .with_num("fire", input.fire_cost)
        .with_num("hold", input.holding_cost)
        .with("strategy", Value::Choice("chase"))
}

/// The strategy the values name; a level plan takes a typed rate, if one.
fn strategy(v: &Values) -> Result<Strategy, PicError> {
    let typed = v.series("prod");
    Ok(match v.choice("strategy") {
        "chase" => Strategy::Chase,
        "custom" => Strategy::Custom(typed.to_vec()),
        "optimal" => Strategy::LeastCost,
        _ => match typed {
            [] => Strategy::Level(None),
            [rate] => Strategy::Level(Some(*rate)),
            more => return Err(PicError::LevelRates(more.len())),
        },
    })
}

/// The production per month of the plan the values name (any strategy), for the lessons that
/// take it (the load check); none while tracking or when the plan has no result.
pub fn production_plan(v: &Values) -> Option<Vec<f64>> {
    if tracking(v) {
        return None;
    }
    let plan = pic::plan(&plan_input(v), &strategy(v).ok()?).ok()?;
    // Three decimals, as shown: the least-cost plan's solver noise stays out of the other lesson.
    Some(plan.months.iter().map(|m| (m.production * 1000.0).round() / 1000.0).collect())
}

fn quantity(value: f64, lang: Lang) -> String {
    format_number(value, lang, 3)
}

fn money(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

fn whole(value: f64, lang: Lang) -> String {
    format_number(value, lang, 0)
}

fn months_list(months: &[usize], lang: Lang) -> String {
    if months.is_empty() {
        text::NONE.get(lang).to_owned()
    } else {
        months.iter().map(|m| text::month_label(*m)).collect::<Vec<_>>().join(", ")
    }
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    if tracking(v) {
        track_report(v, lang)
    } else {
        plan_report(v, lang)
    }
}

fn plan_problem(error: PicError, strategy: &str, lang: Lang) -> Problem {
    let param = match error {
        PicError::PlanLength(_) | PicError::LevelRates(_) => "prod",
        PicError::OverCapacity(_) if strategy == "custom" => "prod",
        PicError::OvertimeAboveRegular => "ot",
        PicError::NoDemand | PicError::OverCapacity(_) | PicError::Infeasible | PicError::SearchTooLong => "demand",
    };
    Problem::field(param, text::error_message(error, lang))
}

fn plan_report(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = plan_input(v);
    let chosen = v.choice("strategy");
    let strategy = strategy(v).map_err(|e| plan_problem(e, chosen, lang))?;
    let plan = pic::plan(&input, &strategy).map_err(|e| plan_problem(e, chosen, lang))?;
    let scenarios = scenarios(v, &input, (&strategy, &plan), lang);
    // A typed scenario that does not fit is named in its own row (they come last).
    let typed = v.rows("scenarios").len();
    let first_typed = scenarios.len() - typed;
    if let Some((row, (name, Err(e)))) = scenarios.iter().skip(first_typed).enumerate().find(|(_, (_, plan))| plan.is_err()) {
        return Err(Problem {
            culprit: Culprit::Cell { param: "scenarios", row, column: 1 },
            message: format!("{name} : {}", text::error_message(*e, lang)),
        });
    }
    let to_order = input.policy == Policy::Backlog;
    let c = plan.costs;
    let mut results = vec![
        ResultLine::new(text::TOTAL, money(c.total(), lang), "pic-total-cost").main(),
        ResultLine::new(text::COST_OVERTIME, money(c.overtime, lang), "pic-cost-overtime"),
        ResultLine::new(text::COST_HIRING, money(c.hiring, lang), "pic-cost-hiring"),
        ResultLine::new(text::COST_FIRING, money(c.firing, lang), "pic-cost-firing"),
        ResultLine::new(if to_order { text::COST_WAITING } else { text::COST_HOLDING }, money(c.holding, lang), "pic-cost-holding"),
        ResultLine::new(text::HIRES, whole(plan.hires, lang), "pic-hires"),
        ResultLine::new(text::FIRES, whole(plan.fires, lang), "pic-fires"),
        ResultLine::new(if to_order { text::AHEAD_MONTHS } else { text::SHORT_MONTHS }, months_list(&plan.short, lang), "pic-short"),
    ];
    if let Some(cheapest) = cheapest(&scenarios) {
        results.push(ResultLine::new(text::CHEAPEST, scenarios.get(cheapest).map(|s| s.0.clone()).unwrap_or_default(), "pic-cheapest"));
    }
    let grid = plan_grid(&input, &plan, lang);
    let periods = grid.periods.clone();
    let chart = periods_chart(
        periods.clone(),
        text::QUANTITY_AXIS.get(lang),
        vec![
            Series::new(text::ROW_DEMAND.get(lang), input.demand.clone(), Style::Bar),
            Series::new(text::ROW_PROD.get(lang), plan.months.iter().map(|m| m.production).collect(), Style::Line),
            Series::new(
                if to_order { text::ROW_BACKLOG } else { text::ROW_STOCK }.get(lang),
                plan.months.iter().map(|m| m.position).collect(),
                Style::Line,
            ),
            Series::new(if to_order { text::BACKLOG } else { text::SS }.get(lang), vec![input.target; periods.len()], Style::Dashed),
        ],
    );
    let mut sections = vec![Section {
        title: text::PLAN_TITLE,
        blocks: vec![Block::Figure {
            chart: chart.to_json(),
            label: text::PLAN_CHART,
            test_id: "pic-chart".to_owned(),
            data: Tabular::Grid(grid),
        }],
    }];
    if let Some(why) = least_cost_note(&input, &scenarios, lang) {
        sections.push(Section { title: text::WHY_TITLE, blocks: vec![Block::Note { text: why, test_id: "pic-why".to_owned() }] });
    }
    sections.push(comparison(&input, &scenarios, periods, lang));
    Ok(Report { results, side: Vec::new(), sections, steps: plan_steps(&input, &plan, &strategy, lang) })
}

/// The plans compared: level, chase, least cost, the learner's typed plan and named scenarios.
type Scenario = (String, Result<Plan, PicError>);

/// `shown` is the plan already computed for the page: not solved a second time (the least-cost
/// plan is an integer programme).
fn scenarios(v: &Values, input: &PicInput, shown: (&Strategy, &Plan), lang: Lang) -> Vec<Scenario> {
    let mut named: Vec<(Text, Strategy)> =
        vec![(text::LEVEL, Strategy::Level(None)), (text::CHASE, Strategy::Chase), (text::OPTIMAL, Strategy::LeastCost)];
    // The learner's typed plan stays in the comparison while another strategy is shown.
    let typed = v.series("prod");
    if v.choice("strategy") == "custom" || (typed.len() > 1 && typed.len() == input.demand.len()) {
        named.push((text::CUSTOM, Strategy::Custom(typed.to_vec())));
    }
    let solved = |s: &Strategy| if s == shown.0 { Ok(shown.1.clone()) } else { pic::plan(input, s) };
    let mut all: Vec<Scenario> = named.iter().map(|(name, s)| (name.get(lang).to_owned(), solved(s))).collect();
    all.extend(v.rows("scenarios").iter().map(|row| (row.text_at(0), pic::plan(input, &Strategy::Custom(row.numbers_at(1))))));
    all
}

/// The cheapest feasible scenario whose stock never falls below the safety stock.
fn cheapest(scenarios: &[Scenario]) -> Option<usize> {
    scenarios
        .iter()
        .enumerate()
        .filter_map(|(i, (_, plan))| plan.as_ref().ok().filter(|p| p.short.is_empty()).map(|p| (i, p.costs.total())))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The plan as the course draws Figs 3.6–3.8: months as columns, each computed cell with the
/// computation that gives it.
fn plan_grid(input: &PicInput, plan: &Plan, lang: Lang) -> Grid {
    let fr = lang == Lang::Fr;
    let q = |x: f64| quantity(x, lang);
    let to_order = input.policy == Policy::Backlog;
    let cells =
        |f: &dyn Fn(usize, &pic::Month) -> GridCell| plan.months.iter().enumerate().map(|(m, month)| f(m, month)).collect::<Vec<_>>();
    let row = |key: &'static str, label: Text, fillable, opening: Option<f64>, cells| GridRow {
        key: key.into(),
        label: label.get(lang).to_owned(),
        fillable,
        opening: opening.map(|x| GridCell::new(x, q(x))),
        cells,
    };
    let before = |m: usize, f: fn(&pic::Month) -> f64, opening: f64| m.checked_sub(1).and_then(|b| plan.months.get(b)).map_or(opening, f);
    let workers = cells(&|m, month| {
        let why = if fr {
            format!("{} : min({} ; ⌈{} / {}⌉)", text::month_label(m), q(input.max_workers), q(month.production), q(input.rate))
        } else {
            format!("{}: min({}, ⌈{} / {}⌉)", text::month_label(m), q(input.max_workers), q(month.production), q(input.rate))
        };
        GridCell::new(month.workers, whole(month.workers, lang)).why(why)
    });
    let change = |hires: bool| {
        cells(&|m, month| {
            let (value, was) = (if hires { month.hires } else { month.fires }, before(m, |b| b.workers, input.workers));
            let why = format!("{} : {} → {}", text::month_label(m), whole(was, lang), whole(month.workers, lang));
            GridCell::new(value, whole(value, lang)).why(if fr { why } else { why.replacen(" :", ":", 1) })
        })
    };
    let overtime = cells(&|m, month| {
        let why =
            format!("{} : max(0 ; {} − {} × {})", text::month_label(m), q(month.production), q(input.rate), whole(month.workers, lang));
        GridCell::new(month.overtime, q(month.overtime)).why(if fr { why } else { why.replacen(" :", ":", 1).replace(" ; ", ", ") })
    });
    let position = cells(&|m, month| {
        let was = before(m, |b| b.position, input.opening);
        let demand = input.demand.get(m).copied().unwrap_or(0.0);
        let sum = if to_order {
            format!("{} + {} − {}", q(was), q(demand), q(month.production))
        } else {
            format!("{} + {} − {}", q(was), q(month.production), q(demand))
        };
        let mark = if to_order {
            (month.position < -1e-9).then_some(Mark::BelowSafety)
        } else if month.position < -1e-9 {
            Some(Mark::Shortage)
        } else {
            (month.position < input.target - 1e-9).then_some(Mark::BelowSafety)
        };
        GridCell::new(month.position, q(month.position)).mark(mark).why(format!(
            "{}{} {sum}",
            text::month_label(m),
            if fr { " :" } else { ":" }
        ))
    });
    let cost = cells(&|m, month| {
        let c = month.costs;
        let why = format!(
            "{}{} {} + {} + {} + {}",
            text::month_label(m),
            if fr { " :" } else { ":" },
            money(c.overtime, lang),
            money(c.hiring, lang),
            money(c.firing, lang),
            money(c.holding, lang)
        );
        GridCell::new(c.total(), money(c.total(), lang)).why(why)
    });
    // Each cost of the month as its quantity times its unit cost, as Figs 3.6–3.8 print them.
    let component = |unit: f64, quantity: fn(&pic::Month) -> f64, amount: fn(&pic::Costs) -> f64| {
        cells(&|m, month| {
            let value = amount(&month.costs);
            let why = format!("{}{} {} × {}", text::month_label(m), if fr { " :" } else { ":" }, money(unit, lang), q(quantity(month)));
            GridCell::new(value, money(value, lang)).why(why)
        })
    };
    let production = cells(&|_, month| GridCell::new(month.production, q(month.production)));
    Grid {
        caption: text::GRID.get(lang).to_owned(),
        prefix: "pic".to_owned(),
        periods: (0..plan.months.len()).map(text::month_label).collect(),
        opening: Some(text::START.get(lang).to_owned()),
        rows: vec![
            row("demand", text::ROW_DEMAND, false, None, input.demand.iter().map(|d| GridCell::new(*d, q(*d))).collect()),
            row("prod", text::ROW_PROD, false, None, production),
            row("workers", text::ROW_WORKERS, true, Some(input.workers), workers),
            row("hires", text::ROW_HIRES, true, None, change(true)),
            row("fires", text::ROW_FIRES, true, None, change(false)),
            row("overtime", text::ROW_OVERTIME, true, None, overtime),
            row("stock", if to_order { text::ROW_BACKLOG } else { text::ROW_STOCK }, true, Some(input.opening), position),
            row("cost-overtime", text::ROW_COST_OVERTIME, true, None, component(input.overtime_cost, |m| m.overtime, |c| c.overtime)),
            row("cost-hiring", text::ROW_COST_HIRING, true, None, component(input.hire_cost, |m| m.hires, |c| c.hiring)),
            row("cost-firing", text::ROW_COST_FIRING, true, None, component(input.fire_cost, |m| m.fires, |c| c.firing)),
            row(
                "cost-holding",
                if to_order { text::ROW_COST_WAITING } else { text::ROW_COST_HOLDING },
                true,
                None,
                component(input.holding_cost, |m| m.position.max(0.0), |c| c.holding),
            ),
            row("cost", text::ROW_COST, true, None, cost),
        ],
    }
}

/// What the least-cost plan does differently: the months it hires or fires, builds stock above
/// the safety stock, uses overtime; and what it saves against the cheapest other plan.
fn least_cost_note(input: &PicInput, scenarios: &[Scenario], lang: Lang) -> Option<String> {
    let best = scenarios.iter().find(|(name, _)| name == text::OPTIMAL.get(lang)).and_then(|(_, p)| p.as_ref().ok())?;
    let other = scenarios
        .iter()
        .filter(|(name, _)| name != text::OPTIMAL.get(lang))
        .filter_map(|(name, p)| p.as_ref().ok().filter(|p| p.short.is_empty()).map(|p| (name, p.costs.total())))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    let months =
        |f: &dyn Fn(&pic::Month) -> bool| -> Vec<usize> { best.months.iter().enumerate().filter(|(_, m)| f(m)).map(|(i, _)| i).collect() };
    let labelled = |f: &dyn Fn(&pic::Month) -> f64, list: Vec<usize>| {
        list.iter()
            .filter_map(|&m| best.months.get(m).map(|month| format!("{} ({})", text::month_label(m), quantity(f(month), lang))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let hires = labelled(&|m| m.hires, months(&|m| m.hires > 0.5));
    let fires = labelled(&|m| m.fires, months(&|m| m.fires > 0.5));
    let built = labelled(&|m| m.position, months(&|m| m.position > input.target + 1e-6));
    let overtime = labelled(&|m| m.overtime, months(&|m| m.overtime > 1e-9));
    let or_none = |s: String| if s.is_empty() { text::NONE.get(lang).to_owned() } else { s };
    let (hires, fires, built, overtime) = (or_none(hires), or_none(fires), or_none(built), or_none(overtime));
    let total = money(best.costs.total(), lang);
    let against = other.map(|(name, cost)| (name.clone(), money(cost, lang), money(cost - best.costs.total(), lang)));
    let built_label = match (input.policy, lang) {
        (Policy::Stock, Lang::Fr) => "Stock au-dessus du stock de sécurité, constitué avant les pointes",
        (Policy::Stock, Lang::En) => "Stock above the safety stock, built ahead of the peaks",
        (Policy::Backlog, Lang::Fr) => "Commandes laissées en attente au-delà du carnet visé",
        (Policy::Backlog, Lang::En) => "Orders left waiting beyond the target backlog",
    };
    Some(match lang {
        Lang::Fr => {
            let versus = against
                .map(|(name, cost, saved)| format!(", contre {cost} pour le meilleur des autres plans ({name}) : {saved} de moins"))
                .unwrap_or_default();
            format!(
                "Le plan au moindre coût coûte {total}{versus}. Embauches : {hires}. Licenciements : {fires}. {built_label} : {built}. Heures supplémentaires : {overtime}. Aucun plan ne coûte moins avec les mêmes règles ; les plans du cours illustrent des stratégies, ils ne sont pas optimaux."
            )
        }
        Lang::En => {
            let versus = against
                .map(|(name, cost, saved)| format!(", against {cost} for the best of the other plans ({name}): {saved} less"))
                .unwrap_or_default();
            format!(
                "The least-cost plan costs {total}{versus}. Hires: {hires}. Fires: {fires}. {built_label}: {built}. Overtime: {overtime}. No plan costs less under the same rules; the course’s plans illustrate strategies, they are not optimal."
            )
        }
    })
}

/// Every scenario side by side: cost components (the cheapest marked), production and stock by month.
fn comparison(input: &PicInput, scenarios: &[Scenario], periods: Vec<String>, lang: Lang) -> Section {
    let cheapest = cheapest(scenarios);
    let name = |i: usize, name: &str| {
        if Some(i) == cheapest {
            format!("{name} ★ ({})", text::CHEAPEST_MARK.get(lang))
        } else {
            name.to_owned()
        }
    };
    let components = |c: &Costs| [c.overtime, c.hiring, c.firing, c.holding, c.total()];
    let cost_rows = scenarios
        .iter()
        .enumerate()
        .map(|(i, (n, plan))| {
            let mut row = vec![Cell::new(name(i, n)).words()];
            match plan {
                Ok(p) => row.extend(
                    components(&p.costs)
                        .iter()
                        .zip(["overtime", "hiring", "firing", "holding", "total"])
                        .map(|(c, key)| Cell::with_id(money(*c, lang), format!("pic-compare-{i}-{key}"))),
                ),
                Err(_) => row.extend((0..5).map(|k| Cell::with_id(text::NOT_FEASIBLE.get(lang), format!("pic-compare-{i}-{k}")))),
            }
            row
        })
        .collect();
    let holding = if input.policy == Policy::Backlog { text::COST_WAITING } else { text::COST_HOLDING };
    let costs = Table::new(
        text::COSTS_TABLE,
        &[text::COL_SCENARIO, text::COST_OVERTIME, text::COST_HIRING, text::COST_FIRING, holding, text::COL_TOTAL],
        "pic-compare",
        lang,
    )
    .rows(cost_rows);
    let feasible: Vec<(&String, &Plan)> = scenarios.iter().filter_map(|(n, p)| p.as_ref().ok().map(|p| (n, p))).collect();
    let slices = [text::COST_OVERTIME, text::COST_HIRING, text::COST_FIRING, holding]
        .iter()
        .enumerate()
        .map(|(k, label)| {
            (label.get(lang).to_owned(), feasible.iter().map(|(_, p)| components(&p.costs).get(k).copied().unwrap_or(0.0)).collect())
        })
        .collect();
    let cost_chart = stacked_bars(feasible.iter().map(|(n, _)| (*n).clone()).collect(), text::COST_AXIS.get(lang), slices);
    let by_month = |caption: Text, id: &str, f: fn(&pic::Month) -> f64, first: Option<(Text, &[f64])>| {
        let mut table = Table::new(caption, &[], id, lang);
        table.headers = std::iter::once(text::COL_SCENARIO.get(lang).to_owned()).chain(periods.iter().cloned()).collect();
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        if let Some((label, values)) = first {
            rows.push(
                std::iter::once(Cell::new(label.get(lang)).words()).chain(values.iter().map(|x| Cell::new(quantity(*x, lang)))).collect(),
            );
        }
        rows.extend(feasible.iter().map(|(n, p)| {
            std::iter::once(Cell::new((*n).clone()).words()).chain(p.months.iter().map(|m| Cell::new(quantity(f(m), lang)))).collect()
        }));
        let mut series: Vec<Series> = Vec::new();
        if let Some((label, values)) = first {
            series.push(Series::new(label.get(lang), values.to_vec(), Style::Bar));
        }
        series.extend(feasible.iter().map(|(n, p)| Series::new((*n).clone(), p.months.iter().map(f).collect(), Style::Line)));
        (table.rows(rows), periods_chart(periods.clone(), text::QUANTITY_AXIS.get(lang), series))
    };
    let (production, production_chart) =
        by_month(text::PROD_TABLE, "pic-compare-prod", |m| m.production, Some((text::ROW_DEMAND, &input.demand)));
    let (stock, stock_chart) = by_month(text::STOCK_TABLE, "pic-compare-stock", |m| m.position, None);
    Section {
        title: text::COMPARE_TITLE,
        blocks: vec![
            Block::Figure {
                chart: cost_chart.to_json(),
                label: text::COSTS_CHART,
                test_id: "pic-compare-chart".to_owned(),
                data: Tabular::Table(costs),
            },
            Block::Figure {
                chart: production_chart.to_json(),
                label: text::PROD_CHART,
                test_id: "pic-compare-prod-chart".to_owned(),
                data: Tabular::Table(production),
            },
            Block::Figure {
                chart: stock_chart.to_json(),
                label: text::STOCK_CHART,
                test_id: "pic-compare-stock-chart".to_owned(),
                data: Tabular::Table(stock),
            },
        ],
    }
}

/// The level rate when computed, one telling month worked through (the first with overtime,
/// else the first whose workforce changes, else the first), and the cost.
fn plan_steps(input: &PicInput, plan: &Plan, strategy: &Strategy, lang: Lang) -> Vec<StepLine> {
    let mut steps = Vec::new();
    if *strategy == Strategy::Level(None) {
        let total: f64 = input.demand.iter().sum();
        #[allow(clippy::cast_precision_loss)] // a count of months
        let months = input.demand.len() as f64;
        steps.push(Step::new("level", "P = ΣD / n").num(total).text(" / ").num(months).result(total / months));
    }
    let month = plan
        .months
        .iter()
        .position(|m| m.overtime > 1e-9)
        .or_else(|| plan.months.iter().position(|m| m.hires + m.fires > 0.5))
        .unwrap_or(0);
    let worked = pic::month_steps(input, plan, month);
    let (first, count) = (steps.len(), worked.len());
    steps.extend(worked);
    steps.extend(pic::cost_steps(input, plan));
    let mut lines = step_lines(&steps, text::step_title, lang);
    for line in lines.iter_mut().skip(first).take(count) {
        line.title = format!("{} — {}", text::month_label(month), line.title);
    }
    lines
}

fn tracking_input(v: &Values) -> TrackingInput {
    TrackingInput {
        forecast: v.series("forecast").to_vec(),
        target: v.series("target").to_vec(),
        sold: v.series("sales").to_vec(),
        made: v.series("made").to_vec(),
        opening: v.num("stock0"),
        sign: if v.choice("sign") == "plan" { Sign::PlanMinusActual } else { Sign::ActualMinusPlan },
    }
}

fn track_report(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = tracking_input(v);
    let t = tracking::solve(&input).map_err(|e| {
        let param = match e {
            tracking::TrackingError::NoMonths | tracking::TrackingError::TooManyActuals(_) => {
                if matches!(e, tracking::TrackingError::NoMonths) {
                    "forecast"
                } else {
                    "sales"
                }
            }
            tracking::TrackingError::TargetLength(_) => "target",
            tracking::TrackingError::MadeLength(_) => "made",
        };
        Problem::field(param, text::tracking_error(e, lang))
    })?;
    let band = (v.num("ss"), v.opt("smax"));
    let mut results = Vec::new();
    if let Some(next) = t.months.get(t.elapsed) {
        results.push(ResultLine::new(text::REPLAN, quantity(next.planned, lang), "pic-replan").main());
    }
    if let Some(last) = t.months.iter().filter_map(|m| m.actual).next_back() {
        results.extend([
            ResultLine::new(text::LAST_STOCK, quantity(last.stock, lang), "pic-last-stock"),
            ResultLine::new(text::SALES_CUM, signed(last.sales_cumulated, lang), "pic-sales-cum"),
            ResultLine::new(text::PROD_CUM, signed(last.production_cumulated, lang), "pic-prod-cum"),
        ]);
    }
    let grid = track_grid(&input, &t, band, lang);
    let periods = grid.periods.clone();
    let count = periods.len();
    let mut series = vec![
        Series::new(text::ROW_ACTUAL_STOCK.get(lang), t.months.iter().filter_map(|m| m.actual.map(|a| a.stock)).collect(), Style::Line),
        Series::new(text::ROW_TARGET.get(lang), input.target.clone(), Style::Line),
    ];
    // A minimum of 0 is no band: the axis already starts there.
    if band.0 > 0.0 {
        series.push(Series::new(text::STOCK_MIN.get(lang), vec![band.0; count], Style::Dashed));
    }
    if let Some(max) = band.1 {
        series.push(Series::new(text::STOCK_MAX.get(lang), vec![max; count], Style::Dashed));
    }
    let chart = periods_chart(periods, text::QUANTITY_AXIS.get(lang), series);
    let note = if input.sign == Sign::ActualMinusPlan { text::SIGN_NOTE_ACTUAL } else { text::SIGN_NOTE_PLAN };
    let sections = vec![Section {
        title: text::TRACK_TITLE,
        blocks: vec![
            Block::Note { text: note.get(lang).to_owned(), test_id: "pic-sign-note".to_owned() },
            Block::Figure {
                chart: chart.to_json(),
                label: text::TRACK_CHART,
                test_id: "pic-track-chart".to_owned(),
                data: Tabular::Grid(grid),
            },
        ],
    }];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&t.steps, text::step_title, lang) })
}

/// A deviation with its sign.
fn signed(value: f64, lang: Lang) -> String {
    let shown = quantity(value, lang);
    if value > 0.0 {
        format!("+{shown}")
    } else {
        shown
    }
}

fn signed_percent(value: f64, base: f64, lang: Lang) -> String {
    if base.abs() < 1e-12 {
        return "—".to_owned();
    }
    let shown = format_percent(value / base, lang, 1);
    if value > 0.0 {
        format!("+{shown}")
    } else {
        shown
    }
}

/// Fig 3.4's table: planned and actual rows, deviations and their running totals, the stock
/// against its target and band.
fn track_grid(input: &TrackingInput, t: &Tracking, (low, high): (f64, Option<f64>), lang: Lang) -> Grid {
    let q = |x: f64| quantity(x, lang);
    let fr = lang == Lang::Fr;
    let label = |m: usize| format!("{}{}", text::month_label(m), if fr { " :" } else { ":" });
    let difference = |actual: f64, plan: f64| match input.sign {
        Sign::ActualMinusPlan => format!("{} − {}", q(actual), q(plan)),
        Sign::PlanMinusActual => format!("{} − {}", q(plan), q(actual)),
    };
    let actual: Vec<_> = t.months.iter().filter_map(|m| m.actual).collect();
    let given = |key: &'static str, name: Text, values: Vec<f64>| GridRow::given(key, name.get(lang).to_owned(), &values, q);
    let filled = |key: &'static str, name: Text, opening: Option<f64>, cells: Vec<GridCell>| {
        GridRow::computed(key, name.get(lang).to_owned(), opening.map(|x| GridCell::new(x, q(x))), cells)
    };
    let forecast = |m: usize| input.forecast.get(m).copied().unwrap_or(0.0);
    let target = |m: usize| input.target.get(m).copied().unwrap_or(0.0);
    let planned = |m: usize| t.months.get(m).map_or(0.0, |x| x.planned);
    let sales_dev = actual.iter().enumerate().map(|(m, a)| {
        GridCell::new(a.sales_deviation, signed(a.sales_deviation, lang)).why(format!("{} {}", label(m), difference(a.sold, forecast(m))))
    });
    let sales_pct = actual
        .iter()
        .enumerate()
        .map(|(m, a)| GridCell::new(a.sales_deviation / forecast(m), signed_percent(a.sales_deviation, forecast(m), lang)));
    let cumulated = |m: usize, total: f64, step: f64| {
        GridCell::new(total, signed(total, lang)).why(format!("{} {} + ({})", label(m), signed(total - step, lang), signed(step, lang)))
    };
    let sales_cum = actual.iter().enumerate().map(|(m, a)| cumulated(m, a.sales_cumulated, a.sales_deviation));
    let prod_dev = actual.iter().enumerate().map(|(m, a)| {
        GridCell::new(a.production_deviation, signed(a.production_deviation, lang)).why(format!(
            "{} {}",
            label(m),
            difference(a.made, planned(m))
        ))
    });
    let prod_cum = actual.iter().enumerate().map(|(m, a)| cumulated(m, a.production_cumulated, a.production_deviation));
    let mut before = input.opening;
    let plan_cells = t.months.iter().enumerate().map(|(m, month)| {
        let why = format!("{} {} + {} − {}", label(m), q(forecast(m)), q(target(m)), q(before));
        before = month.actual.map_or(target(m), |a| a.stock);
        GridCell::new(month.planned, q(month.planned)).why(why)
    });
    let plan_cells: Vec<GridCell> = plan_cells.collect();
    let mut stock_before = input.opening;
    let stock = actual
        .iter()
        .enumerate()
        .map(|(m, a)| {
            let why = format!("{} {} + {} − {}", label(m), q(stock_before), q(a.made), q(a.sold));
            stock_before = a.stock;
            let mark =
                if a.stock < low - 1e-9 { Some(Mark::BelowSafety) } else { high.filter(|h| a.stock > h + 1e-9).map(|_| Mark::Overload) };
            GridCell::new(a.stock, q(a.stock)).mark(mark).why(why)
        })
        .collect();
    let stock_dev = actual.iter().enumerate().map(|(m, a)| {
        GridCell::new(a.stock_deviation, signed(a.stock_deviation, lang)).why(format!("{} {}", label(m), difference(a.stock, target(m))))
    });
    let stock_pct = actual
        .iter()
        .enumerate()
        .map(|(m, a)| GridCell::new(a.stock_deviation / target(m), signed_percent(a.stock_deviation, target(m), lang)));
    Grid {
        caption: text::TRACK_GRID.get(lang).to_owned(),
        prefix: "pic".to_owned(),
        periods: (0..t.months.len()).map(text::month_label).collect(),
        opening: Some(text::START.get(lang).to_owned()),
        rows: vec![
            given("forecast", text::ROW_FORECAST, input.forecast.clone()),
            given("sold", text::ROW_SOLD, input.sold.clone()),
            filled("sales-dev", text::ROW_SALES_DEV, None, sales_dev.collect()),
            filled("sales-pct", text::ROW_SALES_PCT, None, sales_pct.collect()),
            filled("sales-cum", text::ROW_SALES_CUM, None, sales_cum.collect()),
            filled("planned", text::ROW_PLANNED, None, plan_cells),
            given("made", text::ROW_MADE, input.made.clone()),
            filled("prod-dev", text::ROW_PROD_DEV, None, prod_dev.collect()),
            filled("prod-cum", text::ROW_PROD_CUM, None, prod_cum.collect()),
            given("target", text::ROW_TARGET, input.target.clone()),
            filled("stock", text::ROW_ACTUAL_STOCK, Some(input.opening), stock),
            filled("stock-dev", text::ROW_STOCK_DEV, None, stock_dev.collect()),
            filled("stock-pct", text::ROW_STOCK_PCT, None, stock_pct.collect()),
        ],
    }
}

/// A chase plan over six months whose first month needs its workforce rounded up and whose peak
/// needs overtime.
fn exercise(seed: u64) -> PicInput {
    let mut rng = Rng::new(seed);
    let rate = rng.pick(&[8.0, 10.0, 12.0, 15.0, 20.0]);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let mut draw = |low: i64, high: i64, step: i64| rng.step(low, high, step) as f64;
    let max_workers = draw(8, 14, 1);
    // Within the regular capacity but for the peak.
    #[allow(clippy::cast_possible_truncation)] // 8 to 14
    let most = max_workers as i64 - 1;
    let mut demand: Vec<f64> = (0..6).map(|_| (rate * draw(5, most, 1) + draw(0, 7, 1) * rate / 8.0).round()).collect();
    // The first month is not a whole number of workers' output; the peak needs overtime.
    if let Some(first) = demand.first_mut() {
        if (*first / rate).fract() == 0.0 {
            *first += 1.0;
        }
    }
    if let Some(peak) = demand.get_mut(3) {
        *peak = (max_workers * rate * 1.15).round();
    }
    let safety = draw(2, 10, 1);
    PicInput {
        demand,
        policy: Policy::Stock,
        opening: safety,
        target: safety,
        workers: draw(6, 10, 1),
        rate,
        overtime_rate: (rate / 4.0).ceil(),
        max_workers,
        overtime_cost: draw(5, 30, 5),
        hire_cost: draw(200, 800, 100),
        fire_cost: draw(100, 500, 100),
        holding_cost: draw(1, 4, 1),
    }
}

fn statement(v: &Values, lang: Lang) -> String {
    let input = plan_input(v);
    let separator = if lang == Lang::Fr { " ; " } else { ", " };
    let demand = input.demand.iter().map(|d| quantity(*d, lang)).collect::<Vec<_>>().join(separator);
    let months = input.demand.len();
    let [stock, workers, rate, overtime, most] =
        [input.opening, input.workers, input.rate, input.overtime_rate, input.max_workers].map(|x| quantity(x, lang));
    let [c_o, c_h, c_f, c_s] = [input.overtime_cost, input.hire_cost, input.fire_cost, input.holding_cost].map(|x| money(x, lang));
    match lang {
        Lang::Fr => format!(
            "Plan « chase » sur {months} mois. Demande : {demand}. Stock de départ et stock de sécurité : {stock}. Effectif de départ : {workers} personnes ; chacune fabrique {rate} unités par mois en heures normales et jusqu’à {overtime} de plus en heures supplémentaires ; {most} personnes au plus. Surcoût d’une unité en heures supplémentaires {c_o}, embauche {c_h}, licenciement {c_f}, stockage {c_s} par unité et par mois."
        ),
        Lang::En => format!(
            "Chase plan over {months} months. Demand: {demand}. Opening stock and safety stock: {stock}. Opening workforce: {workers} workers; each makes {rate} units a month in regular time and up to {overtime} more in overtime; {most} workers at most. Extra cost of a unit in overtime {c_o}, a hire {c_h}, a firing {c_f}, holding {c_s} per unit per month."
        ),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let input = plan_input(v);
    let Ok(plan) = pic::plan(&input, &Strategy::Chase) else { return Vec::new() };
    let Some(first) = plan.months.first() else { return Vec::new() };
    let overtime: f64 = plan.months.iter().map(|m| m.overtime).sum();
    vec![
        Question::new("workers-1", t!("Effectif du mois 1", "Workforce in month 1"), first.workers, Tolerance::Absolute(0.0), 0)
            .hint(t!(
                "Production du mois 1 ÷ production par personne, arrondie au-dessus (une personne de moins ne suffit pas).",
                "Month 1’s production ÷ output per worker, rounded up (one worker fewer is not enough)."
            ))
            .mistake(
                (first.production / input.rate).floor(),
                t!("Arrondi au-dessous : cet effectif ne fabrique pas toute la production.", "Rounded down: that workforce does not make the whole production."),
            ),
        Question::new("overtime", t!("Production totale en heures supplémentaires", "Total output in overtime"), overtime, Tolerance::Absolute(0.01), 2)
            .hint(t!(
                "Seuls les mois où l’effectif maximal ne suffit pas : production − effectif maximal × production par personne.",
                "Only the months where the maximum workforce is not enough: production − maximum workforce × output per worker."
            )),
        Question::new("hires", t!("Embauches sur tout le plan (personnes)", "Hires over the whole plan (workers)"), plan.hires, Tolerance::Absolute(0.0), 0)
            .hint(t!(
                "Comparez l’effectif de chaque mois à celui du mois précédent (le premier à l’effectif de départ) et additionnez les hausses.",
                "Compare each month’s workforce with the month before (the first with the opening workforce) and add the increases."
            ))
            .mistake(
                plan.hires - plan.fires,
                t!("C’est la variation nette : les licenciements se comptent à part.", "That is the net change: firings are counted separately."),
            ),
        Question::new("total", t!("Coût total du plan", "Total cost of the plan"), plan.costs.total(), Tolerance::Relative(0.001), 2).hint(t!(
            "Surcoût × unités en heures sup. + coût d’embauche × embauches + coût de licenciement × licenciements + stockage × somme des stocks de fin de mois.",
            "Overtime extra × overtime units + hire cost × hires + firing cost × firings + holding × sum of end-of-month stocks."
        )),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    let input = plan_input(v);
    pic::plan(&input, &Strategy::Chase).map(|plan| plan_steps(&input, &plan, &Strategy::Chase, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn figs_3_6_to_3_8_exactly() {
        let level = LESSON.preset_report("fig-3-6", Lang::Fr);
        assert_eq!(level.row("pic-stock", 1..=12), ["2,1", "5,9", "7,9", "6,9", "3,7", "3,7", "5,7", "9,7", "10,2", "7,2", "3,2", "1,1"]);
        assert_eq!(level.row("pic-prod", 1..=12), ["10"; 12]);
        assert_eq!(level.row("pic-workers", 1..=12), ["50"; 12]);
        assert_eq!(level.at("pic-total-cost"), "8\u{a0}412,5");
        assert_eq!(level.at("pic-cost-holding"), "8\u{a0}412,5");
        let chase = LESSON.preset_report("fig-3-7", Lang::En);
        assert_eq!(chase.row("pic-workers", 1..=12), ["45", "31", "40", "55", "60", "50", "40", "30", "48", "60", "60", "60"]);
        assert_eq!(chase.row("pic-overtime", 1..=12), ["0", "0", "0", "0", "1.2", "0", "0", "0", "0", "1", "2", "0.1"]);
        assert_eq!(chase.row("pic-stock", 0..=12), ["1.1"; 13]);
        let costs =
            ["pic-cost-overtime", "pic-cost-hiring", "pic-cost-firing", "pic-cost-holding", "pic-total-cost"].map(|id| chase.at(id));
        assert_eq!(costs, ["1,505", "3,540", "980", "1,650", "7,675"]);
        assert_eq!((chase.at("pic-hires"), chase.at("pic-fires")), ("59".to_owned(), "49".to_owned()));
        // Fig 3.7's monthly cost columns.
        assert_eq!(chase.row("pic-cost-overtime", 1..=12), ["0", "0", "0", "0", "420", "0", "0", "0", "0", "350", "700", "35"]);
        assert_eq!(chase.row("pic-cost-hiring", 1..=12), ["0", "0", "540", "900", "300", "0", "0", "0", "1,080", "720", "0", "0"]);
        assert_eq!(chase.row("pic-cost-firing", 1..=12), ["100", "280", "0", "0", "0", "200", "200", "200", "0", "0", "0", "0"]);
        assert_eq!(chase.row("pic-cost-holding", 1..=12), ["137.5"; 12]);
        let rates = LESSON.preset_report("fig-3-8", Lang::Fr);
        assert_eq!(rates.at("pic-cost-hiring"), "600");
        assert_eq!(rates.at("pic-cost-firing"), "100");
        assert_eq!(rates.at("pic-cost-holding"), "5\u{a0}912,5");
        assert_eq!(rates.at("pic-total-cost"), "6\u{a0}612,5");
        assert_eq!(rates.row("pic-workers", 1..=12), ["45", "45", "50", "50", "50", "50", "50", "50", "50", "50", "55", "55"]);
        assert_eq!(
            rates.row("pic-cost-holding", 1..=12),
            ["137,5", "487,5", "737,5", "612,5", "212,5", "212,5", "462,5", "962,5", "1\u{a0}025", "650", "275", "137,5"]
        );
    }

    #[test]
    fn fig_3_5_level_75() {
        let report = LESSON.preset_report("fig-3-5", Lang::En);
        assert_eq!(report.row("pic-stock", 0..=6), ["50", "25", "50", "75", "50", "25", "50"]);
        assert_eq!(report.row("pic-prod", 1..=6), ["75"; 6]);
        assert!(report.steps.iter().any(|s| s.key == "level" && s.numbers == "450 / 6" && s.result == "75"));
    }

    #[test]
    fn the_least_cost_plan_and_why() {
        let report = LESSON.preset_report("optimal", Lang::En);
        assert_eq!(report.at("pic-total-cost"), "3,135");
        assert_eq!(report.at("pic-hires"), "10");
        assert_eq!(report.at("pic-short"), "none");
        assert_eq!(report.at("pic-cheapest"), "Least cost");
        let why = report.note("pic-why");
        assert!(why.contains("3,135") && why.contains("6,612.5 for the best of the other plans (Fig 3.8)"), "{why}");
        assert!(why.contains("Hires: M3 (10). Fires: none."), "{why}");
        // Level, chase, least cost, then the two named scenarios.
        assert_eq!(report.at("pic-compare-0-total"), "8,412.5");
        assert_eq!(report.at("pic-compare-1-total"), "7,675");
        assert_eq!(report.at("pic-compare-3-total"), "6,612.5");
        // 10-11: hires 5 + 5, fires 5 + 25, stock summing to 85.3.
        assert_eq!(report.at("pic-compare-4-total"), "11,862.5");
        assert!(report.at("pic-compare-2-total").starts_with("3,135"));
    }

    #[test]
    fn make_to_order_holds_the_backlog() {
        let report = LESSON.preset_report("mto", Lang::En);
        assert!(report.note("pic-why").contains("Orders left waiting beyond the target backlog: none."), "{}", report.note("pic-why"));
        assert_eq!(report.at("pic-prod-1"), "10", "9 + 3 − 2");
        assert_eq!(report.row("pic-stock", 1..=12), ["2"; 12]);
    }

    #[test]
    fn fig_3_4_tracked() {
        let report = LESSON.preset_report("fig-3-4", Lang::Fr);
        assert_eq!(report.at("pic-replan"), "2\u{a0}166");
        assert_eq!(
            report.row("pic-planned", 1..=9),
            ["1 620", "1 420", "1 820", "2 166", "1 700", "1 700", "1 800", "1 800", "1 800"].map(|s| s.replace(' ', "\u{a0}"))
        );
        assert_eq!(report.row("pic-stock", 0..=3), ["2\u{a0}180", "2\u{a0}280", "1\u{a0}780", "1\u{a0}334"]);
        assert_eq!(report.row("pic-sales-dev", 1..=3), ["+110", "−5", "−180"]);
        assert_eq!(report.row("pic-sales-cum", 1..=3), ["+110", "+105", "−75"]);
        assert_eq!(report.shown("pic-stock-4"), None, "no actual stock for a month to come");
        assert!(report
            .steps
            .iter()
            .any(|s| s.key == "replan" && s.numbers == "1\u{a0}800 + 1\u{a0}700 − 1\u{a0}334" && s.result == "2\u{a0}166"));
    }

    #[test]
    fn seed_players_tracked() {
        let report = LESSON.preset_report("seed-players", Lang::En);
        assert_eq!(report.row("pic-stock", 1..=3), ["2,700", "200", "2,200"]);
        assert_eq!(report.at("pic-sales-dev-1"), "−200");
        assert_eq!(report.at("pic-sales-pct-1"), "−2%");
        assert_eq!(report.at("pic-prod-dev-1"), "0");
        assert_eq!(report.at("pic-stock-dev-1"), "+200");
        assert_eq!(report.at("pic-stock-pct-1"), "+8%");
        assert_eq!(report.at("pic-planned-2"), "12,200");
        assert_eq!(report.at("pic-planned-3"), "16,500");
        assert_eq!(report.at("pic-replan"), "15,000");
        let grid = report.grid("pic").unwrap();
        let stock = grid.rows.iter().find(|r| r.key == "stock").unwrap();
        assert_eq!(stock.cells.get(1).and_then(|c| c.mark), Some(Mark::BelowSafety), "200 is below the 800 minimum");
    }

    #[test]
    fn errors_name_their_field_or_row() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-8").unwrap());
        let short = values.clone().with("prod", Value::Series(vec![9.0, 9.0]));
        assert_eq!(solve(&short, Lang::En).unwrap_err().param(), Some("prod"));
        let peak = values.clone().with("demand", Value::Series(vec![9.0, 16.0])).with("strategy", Value::Choice("chase"));
        let problem = solve(&peak, Lang::En).unwrap_err();
        assert_eq!(problem.param(), Some("demand"));
        assert!(problem.message.starts_with("M2"), "{}", problem.message);
        let two_rates = values.clone().with("strategy", Value::Choice("level")).with("prod", Value::Series(vec![9.0, 10.0]));
        assert_eq!(solve(&two_rates, Lang::Fr).unwrap_err().param(), Some("prod"));
        let second_shift = values.clone().with_num("ot", 0.3);
        let problem = solve(&second_shift, Lang::Fr).unwrap_err();
        assert_eq!(problem.param(), Some("ot"));
        assert!(problem.message.contains("au plus égale à la production par ouvrier"), "{}", problem.message);
        let bad_scenario = values.with("scenarios", Value::Table(vec![vec![Entry::Text("Short".into()), Entry::Numbers(vec![1.0, 2.0])]]));
        let problem = solve(&bad_scenario, Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "scenarios", row: 0, column: 1 });
        assert!(problem.message.starts_with("Short"), "{}", problem.message);
        let tracking = preset_values(&LESSON, LESSON.preset("fig-3-4").unwrap()).with("made", Value::Series(vec![1.0]));
        assert_eq!(solve(&tracking, Lang::En).unwrap_err().param(), Some("made"));
    }

    #[test]
    fn exercises_ask_about_their_own_plan() {
        for seed in 0..40 {
            let values = (LESSON.exercise.generate)(seed);
            let input = plan_input(&values);
            let plan = pic::plan(&input, &Strategy::Chase).unwrap();
            let asked = questions(&values);
            assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), ["workers-1", "overtime", "hires", "total"]);
            assert_eq!(asked[0].expected, (input.demand[0] / input.rate).ceil(), "seed {seed}");
            assert!((input.demand[0] / input.rate).fract() > 0.0, "seed {seed}: month 1 needs rounding");
            assert!(plan.months[3].overtime > 0.0, "seed {seed}: the peak needs overtime");
            assert_eq!(asked[3].expected, plan.costs.total());
        }
        let values = (LESSON.exercise.generate)(3);
        let statement = statement(&values, Lang::En);
        assert!(statement.contains(&quantity(plan_input(&values).demand[0], Lang::En)), "{statement}");
        assert_eq!((LESSON.exercise.tables)(&values, Lang::En)[0].rows.len(), 12);
    }
}
