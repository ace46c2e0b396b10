//! The EOQ/EPQ lesson, `#/eoq`.

pub mod text;

use crate::charts::eoq::{cost_chart, stock_chart};
use crate::engine::eoq::{cost_points, stock_profile, EoqError, EoqSolution};
use crate::i18n::{format_number, format_percent, Text};
use crate::scenario::eoq::{EoqScenario, RANGE_A, RANGE_L, RANGE_N, RANGE_P, RANGE_Q, RANGE_RATE};
use crate::ui::chart::ChartView;
use crate::ui::exercise::ExerciseSpec;
use crate::ui::lesson::{scenario_field, stale_banner, FieldSpec, LessonSpec, LessonState};
use crate::ui::result::ResultValue;
use crate::ui::steps::WorkedSteps;
use crate::ui::table::{Cell, DataTable};
use crate::ui::use_lang;
use leptos::prelude::*;

/// Lots shown in the cost table, as multiples of Q*.
const TABLE_MULTIPLES: [f64; 7] = [0.5, 0.75, 0.9, 1.0, 1.1, 1.5, 2.0];

/// The lesson, as the app's router opens it.
pub fn spec() -> LessonSpec<EoqScenario> {
    LessonSpec {
        title: text::TITLE,
        intro: text::INTRO,
        explore: |state| view! { <Explore state=state /> }.into_any(),
        exercise: ExerciseSpec {
            statement: text::exercise_statement,
            hint: text::EXERCISE_HINT,
            steps: |s: &EoqSolution| s.steps.clone(),
            step_title: text::step_title,
        },
    }
}

const REQUIRED: [FieldSpec<EoqScenario>; 4] = [
    FieldSpec {
        param: "N",
        label: text::N,
        unit: Some(text::UNITS_PER_YEAR),
        hint: None,
        range: RANGE_N,
        optional: false,
        get: |s| Some(s.n),
        set: |s, v| s.n = v.unwrap_or(s.n),
    },
    FieldSpec {
        param: "L",
        label: text::L,
        unit: Some(text::MONEY),
        hint: None,
        range: RANGE_L,
        optional: false,
        get: |s| Some(s.l),
        set: |s, v| s.l = v.unwrap_or(s.l),
    },
    FieldSpec {
        param: "a",
        label: text::A,
        unit: Some(text::MONEY_PER_UNIT),
        hint: None,
        range: RANGE_A,
        optional: false,
        get: |s| Some(s.a),
        set: |s, v| s.a = v.unwrap_or(s.a),
    },
    FieldSpec {
        param: "p",
        label: text::P,
        unit: None,
        hint: Some(text::P_HINT),
        range: RANGE_P,
        optional: false,
        get: |s| Some(s.p),
        set: |s, v| s.p = v.unwrap_or(s.p),
    },
];

const OPTIONAL: [FieldSpec<EoqScenario>; 3] = [
    FieldSpec {
        param: "PR",
        label: text::PR,
        unit: None,
        hint: Some(text::RATES_HINT),
        range: RANGE_RATE,
        optional: true,
        get: |s| s.pr,
        set: |s, v| s.pr = v,
    },
    FieldSpec {
        param: "CO",
        label: text::CO,
        unit: None,
        hint: None,
        range: RANGE_RATE,
        optional: true,
        get: |s| s.co,
        set: |s, v| s.co = v,
    },
    FieldSpec {
        param: "Q",
        label: text::Q,
        unit: Some(text::UNITS),
        hint: Some(text::Q_HINT),
        range: RANGE_Q,
        optional: true,
        get: |s| s.q,
        set: |s, v| s.q = v,
    },
];

fn field_view(state: LessonState<EoqScenario>, spec: &FieldSpec<EoqScenario>) -> impl IntoView {
    scenario_field(state, spec, |e: &EoqError, lang| (e.field().param(), text::error_message(*e, lang)))
}

#[component]
fn Explore(state: LessonState<EoqScenario>) -> impl IntoView {
    let lang = use_lang();
    let label = move |text: Text| move || text.get(lang.get());
    let solution = Memo::new(move |_| state.output.with(|o| o.last_ok.clone()));
    let stale = move || state.output.with(|o| o.result.is_err());
    let number = move |pick: fn(&EoqSolution) -> f64, decimals: usize| {
        Signal::derive(move || solution.with(|s| s.as_ref().map(|s| format_number(pick(s), lang.get(), decimals)).unwrap_or_default()))
    };
    let comparison = move || solution.with(|s| s.as_ref().and_then(|s| s.comparison));

    let cost_option = Signal::derive(move || {
        let input = state.scenario.with(EoqScenario::input);
        solution
            .with(|s| s.as_ref().map(|s| serde_json::to_string(&cost_chart(&input, s, lang.get())).unwrap_or_default()).unwrap_or_default())
    });
    let stock_option = Signal::derive(move || {
        solution.with(|s| s.as_ref().map(|s| serde_json::to_string(&stock_chart(s, lang.get())).unwrap_or_default()).unwrap_or_default())
    });

    let cost_rows = Signal::derive(move || {
        let lang = lang.get();
        let input = state.scenario.with(EoqScenario::input);
        solution.with(|s| {
            let Some(s) = s else { return Vec::new() };
            let mut lots: Vec<f64> = TABLE_MULTIPLES.iter().map(|m| m * s.lot).collect();
            if let Some(c) = s.comparison {
                lots.push(c.lot);
                lots.sort_by(f64::total_cmp);
            }
            cost_points(&input, s, lots)
                .into_iter()
                .map(|p| {
                    vec![
                        Cell::new(format_number(p.lot, lang, 1)),
                        Cell::new(format_number(p.ordering, lang, 2)),
                        Cell::new(format_number(p.holding, lang, 2)),
                        Cell::new(format_number(p.total, lang, 2)),
                        Cell::new(format_percent(p.total / s.annual_cost - 1.0, lang, 2)),
                    ]
                })
                .collect()
        })
    });
    let stock_rows = Signal::derive(move || {
        let lang = lang.get();
        solution.with(|s| {
            s.as_ref()
                .map(|s| {
                    stock_profile(s, 3)
                        .into_iter()
                        .map(|(day, stock)| vec![Cell::new(format_number(day, lang, 1)), Cell::new(format_number(stock, lang, 1))])
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let headers = |cols: &'static [Text]| Signal::derive(move || cols.iter().map(|c| c.get(lang.get()).to_owned()).collect::<Vec<_>>());

    view! {
        <div class="lesson__grid">
            <section class="panel" aria-labelledby="eoq-inputs">
                <h2 id="eoq-inputs">{label(text::INPUTS)}</h2>
                {REQUIRED.iter().map(|spec| field_view(state, spec)).collect_view()}
                <fieldset class="panel__group">
                    <legend>{label(text::EPQ_SECTION)}</legend>
                    {OPTIONAL[..2].iter().map(|spec| field_view(state, spec)).collect_view()}
                </fieldset>
                {field_view(state, &OPTIONAL[2])}
            </section>
            <section class="panel" aria-labelledby="eoq-results" aria-live="polite">
                <h2 id="eoq-results">{label(text::RESULTS)}</h2>
                {stale_banner(state, "eoq-stale")}
                <dl class="results" class:results--stale=stale>
                    <ResultValue label=text::RESULT_Q value=number(|s| s.lot, 2) test_id="eoq-q" unit=text::UNITS main=true />
                    <ResultValue label=text::RESULT_COST value=number(|s| s.annual_cost, 2) test_id="eoq-cost" unit=text::MONEY main=true />
                    <ResultValue label=text::RESULT_ORDERING value=number(|s| s.ordering_cost, 2) test_id="eoq-ordering-cost" unit=text::MONEY />
                    <ResultValue label=text::RESULT_HOLDING value=number(|s| s.holding_cost, 2) test_id="eoq-holding-cost" unit=text::MONEY />
                    <ResultValue label=text::RESULT_ORDERS value=number(|s| s.orders_per_year, 2) test_id="eoq-orders" />
                    <ResultValue label=text::RESULT_CYCLE value=number(|s| s.cycle_days, 1) test_id="eoq-cycle-days" />
                    <ResultValue label=text::RESULT_PEAK value=number(|s| s.peak_stock, 2) test_id="eoq-peak" unit=text::UNITS />
                    {move || comparison().map(|c| {
                        let lang = lang.get();
                        view! {
                            <ResultValue label=text::RESULT_COMPARE value=format_number(c.annual_cost, lang, 2) test_id="eoq-compare-cost" unit=text::MONEY />
                            <ResultValue label=text::RESULT_EXTRA value=format_percent(c.extra_percent / 100.0, lang, 2) test_id="eoq-compare-extra" />
                        }
                    })}
                </dl>
            </section>
        </div>
        <section class="panel" aria-labelledby="eoq-charts">
            <h2 id="eoq-charts">{label(text::CHARTS)}</h2>
            <div class="charts">
                <div class="charts__item">
                    <ChartView option=cost_option label=text::COST_CHART test_id="eoq-cost-chart" />
                    <DataTable caption=Signal::derive(move || text::COST_TABLE.get(lang.get()).to_owned())
                        headers=headers(&[text::COL_LOT, text::COL_ORDERING, text::COL_HOLDING, text::COL_TOTAL, text::COL_EXTRA])
                        rows=cost_rows test_id="eoq-cost-table" />
                </div>
                <div class="charts__item">
                    <ChartView option=stock_option label=text::STOCK_CHART test_id="eoq-stock-chart" />
                    <DataTable caption=Signal::derive(move || text::STOCK_TABLE.get(lang.get()).to_owned())
                        headers=headers(&[text::COL_DAY, text::COL_STOCK]) rows=stock_rows test_id="eoq-stock-table" />
                </div>
            </div>
        </section>
        <section class="panel" aria-labelledby="eoq-steps">
            <h2 id="eoq-steps">{label(text::STEPS)}</h2>
            <WorkedSteps steps=Signal::derive(move || solution.with(|s| s.as_ref().map(|s| s.steps.clone()).unwrap_or_default())) title=text::step_title test_id="eoq-steps" />
        </section>
    }
}
