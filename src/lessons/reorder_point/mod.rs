//! The safety stock and reorder point lesson, `#/reorder-point`.

pub mod text;

use crate::charts::reorder_point::demand_chart;
use crate::engine::normal;
use crate::engine::safety_stock::{Method, Model, SafetyStockError, SafetyStockSolution};
use crate::i18n::{format_number, format_percent, Text};
use crate::scenario::reorder_point::{
    method_slug, model_slug, ReorderPointScenario, RANGE_D, RANGE_DMAX, RANGE_LT, RANGE_LTMAX, RANGE_SD, RANGE_SDLT, RANGE_SL, RANGE_SS,
};
use crate::ui::chart::ChartView;
use crate::ui::choice::ChoiceField;
use crate::ui::exercise::ExerciseSpec;
use crate::ui::lesson::{scenario_field, stale_banner, FieldSpec, LessonSpec, LessonState};
use crate::ui::result::ResultValue;
use crate::ui::steps::WorkedSteps;
use crate::ui::table::{Cell, DataTable};
use crate::ui::use_lang;
use leptos::prelude::*;

type Spec = FieldSpec<ReorderPointScenario>;

const COMMON: [Spec; 2] = [
    Spec {
        param: "d",
        label: text::D,
        unit: Some(text::UNITS_PER_PERIOD),
        hint: None,
        range: RANGE_D,
        optional: false,
        get: |s| Some(s.d),
        set: |s, v| s.d = v.unwrap_or(s.d),
    },
    Spec {
        param: "lt",
        label: text::LT,
        unit: Some(text::PERIODS),
        hint: None,
        range: RANGE_LT,
        optional: false,
        get: |s| Some(s.lt),
        set: |s, v| s.lt = v.unwrap_or(s.lt),
    },
];
const SD: Spec = Spec {
    param: "sd",
    label: text::SD,
    unit: Some(text::UNITS_PER_PERIOD),
    hint: None,
    range: RANGE_SD,
    optional: false,
    get: |s| Some(s.sd),
    set: |s, v| s.sd = v.unwrap_or(s.sd),
};
const TRIAL: Spec = Spec {
    param: "ss",
    label: text::TRIAL,
    unit: Some(text::UNITS),
    hint: Some(text::TRIAL_HINT),
    range: RANGE_SS,
    optional: true,
    get: |s| s.ss,
    set: |s, v| s.ss = v,
};
const STATISTICAL: [Spec; 2] = [
    Spec {
        param: "sl",
        label: text::SL,
        unit: None,
        hint: Some(text::SL_HINT),
        range: RANGE_SL,
        optional: false,
        get: |s| Some(s.sl),
        set: |s, v| s.sl = v.unwrap_or(s.sl),
    },
    Spec {
        param: "sdlt",
        label: text::SDLT,
        unit: Some(text::PERIODS),
        hint: Some(text::SDLT_HINT),
        range: RANGE_SDLT,
        optional: true,
        get: |s| s.sdlt,
        set: |s, v| s.sdlt = v,
    },
];
const WORST: [Spec; 2] = [
    Spec {
        param: "dmax",
        label: text::DMAX,
        unit: Some(text::UNITS_PER_PERIOD),
        hint: None,
        range: RANGE_DMAX,
        optional: false,
        get: |s| s.dmax,
        set: |s, v| s.dmax = v,
    },
    Spec {
        param: "ltmax",
        label: text::LTMAX,
        unit: Some(text::PERIODS),
        hint: None,
        range: RANGE_LTMAX,
        optional: false,
        get: |s| s.ltmax,
        set: |s, v| s.ltmax = v,
    },
];

fn field(state: LessonState<ReorderPointScenario>, spec: &Spec) -> impl IntoView {
    scenario_field(state, spec, |e: &SafetyStockError, lang| (e.field().param(), text::error_message(*e, lang)))
}

/// The lesson, as the app's router opens it.
pub fn spec() -> LessonSpec<ReorderPointScenario> {
    LessonSpec {
        title: text::TITLE,
        intro: text::INTRO,
        explore: |state| view! { <Explore state=state /> }.into_any(),
        exercise: ExerciseSpec {
            statement: text::exercise_statement,
            hint: text::EXERCISE_HINT,
            steps: |s: &SafetyStockSolution| s.steps.clone(),
            step_title: text::step_title,
        },
    }
}

#[component]
fn Explore(state: LessonState<ReorderPointScenario>) -> impl IntoView {
    let lang = use_lang();
    let label = move |text: Text| move || text.get(lang.get());
    let solution = Memo::new(move |_| state.output.with(|o| o.last_ok.clone()));
    let stale = move || state.output.with(|o| o.result.is_err());
    let method = move || state.scenario.with(|s| s.method);
    let shown = move |pick: fn(&SafetyStockSolution) -> Option<f64>, decimals: usize| {
        Signal::derive(move || {
            solution.with(|s| s.as_ref().and_then(pick).map_or_else(|| "—".to_owned(), |v| format_number(v, lang.get(), decimals)))
        })
    };
    let percent = move |pick: fn(&SafetyStockSolution) -> Option<f64>| {
        Signal::derive(move || {
            solution.with(|s| s.as_ref().and_then(pick).map_or_else(|| "—".to_owned(), |v| format_percent(v, lang.get(), 4)))
        })
    };
    let chart = Memo::new(move |_| {
        solution.with(|s| s.as_ref().and_then(|s| demand_chart(s, lang.get())).map(|c| serde_json::to_string(&c).unwrap_or_default()))
    });
    let rows = Signal::derive(move || {
        let lang = lang.get();
        solution.with(|s| {
            let Some(s) = s else { return Vec::new() };
            let Some(sigma) = s.sigma else { return Vec::new() };
            let mut levels: Vec<f64> = [0.0, 1.0, 2.0, 3.0].iter().map(|k| s.lead_time_demand + k * sigma).collect();
            levels.push(s.reorder_point);
            levels.sort_by(f64::total_cmp);
            levels.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
            levels
                .into_iter()
                .map(|level| {
                    let z = (level - s.lead_time_demand) / sigma;
                    let name = if (level - s.reorder_point).abs() < 1e-9 {
                        format!("PC = {}", format_number(level, lang, 2))
                    } else {
                        format_number(level, lang, 2)
                    };
                    vec![
                        Cell::new(name),
                        Cell::new(format_number(z, lang, 4)),
                        Cell::new(format_percent(normal::cdf(z), lang, 4)),
                        Cell::new(format_percent(normal::upper_tail(z), lang, 4)),
                    ]
                })
                .collect()
        })
    });
    let headers = Signal::derive(move || {
        [text::COL_LEVEL, text::COL_Z, text::COL_COVER, text::COL_TAIL].iter().map(|c| c.get(lang.get()).to_owned()).collect::<Vec<_>>()
    });

    view! {
        <div class="lesson__grid">
            <section class="panel" aria-labelledby="rop-inputs">
                <h2 id="rop-inputs">{label(text::INPUTS)}</h2>
                <ChoiceField id="reorder-point-input-method".to_owned() label=text::METHOD
                    options=vec![("stat", text::METHOD_STAT), ("worst", text::METHOD_WORST)]
                    value=Signal::derive(move || method_slug(method()))
                    on_change=Callback::new(move |v: String| state.scenario.update(|s| s.method = if v == "worst" { Method::WorstCase } else { Method::Statistical })) />
                {COMMON.iter().map(|spec| field(state, spec)).collect_view()}
                {field(state, &SD)}
                {move || match method() {
                    Method::Statistical => view! {
                        <ChoiceField id="reorder-point-input-model".to_owned() label=text::MODEL
                            options=vec![("course", text::MODEL_COURSE), ("sqrt", text::MODEL_SQRT)]
                            value=Signal::derive(move || state.scenario.with(|s| model_slug(s.model)))
                            on_change=Callback::new(move |v: String| state.scenario.update(|s| s.model = if v == "sqrt" { Model::Sqrt } else { Model::Course })) />
                        {STATISTICAL.iter().map(|spec| field(state, spec)).collect_view()}
                    }.into_any(),
                    Method::WorstCase => WORST.iter().map(|spec| field(state, spec)).collect_view().into_any(),
                }}
                {field(state, &TRIAL)}
            </section>
            <section class="panel" aria-labelledby="rop-results" aria-live="polite">
                <h2 id="rop-results">{label(text::RESULTS)}</h2>
                {stale_banner(state, "rop-stale")}
                <dl class="results" class:results--stale=stale>
                    <ResultValue label=text::RESULT_SS value=shown(|s| Some(s.safety_stock), 2) test_id="rop-ss" unit=text::UNITS main=true />
                    <ResultValue label=text::RESULT_PC value=shown(|s| Some(s.reorder_point), 2) test_id="rop-pc" unit=text::UNITS main=true />
                    <ResultValue label=text::RESULT_Z value=shown(|s| s.z, 4) test_id="rop-z" />
                    <ResultValue label=text::RESULT_TABLE_Z value=shown(|s| s.table_z, 2) test_id="rop-table-z" />
                    <ResultValue label=text::RESULT_MEAN value=shown(|s| Some(s.lead_time_demand), 2) test_id="rop-lt-demand" unit=text::UNITS />
                    <ResultValue label=text::RESULT_SIGMA value=shown(|s| s.sigma, 2) test_id="rop-sigma" unit=text::UNITS />
                    <ResultValue label=text::RESULT_SERVICE value=percent(|s| s.implied_service_level) test_id="rop-service" />
                    <ResultValue label=text::RESULT_STOCKOUT value=percent(|s| s.stockout_probability) test_id="rop-stockout" />
                    {move || state.scenario.with(|s| s.ss.is_some()).then(|| view! {
                        <ResultValue label=text::RESULT_TRIAL_SERVICE value=percent(|s| s.trial.map(|t| t.service_level)) test_id="rop-trial-service" />
                        <ResultValue label=text::RESULT_TRIAL_STOCKOUT value=percent(|s| s.trial.map(|t| t.stockout_probability)) test_id="rop-trial-stockout" />
                    })}
                </dl>
            </section>
        </div>
        <section class="panel" aria-labelledby="rop-chart">
            <h2 id="rop-chart">{label(text::CHART_TITLE)}</h2>
            {move || match chart.get() {
                Some(json) => view! {
                    <div class="charts charts--single">
                        <ChartView option=Signal::derive(move || chart.get().unwrap_or_else(|| json.clone())) label=text::CHART test_id="rop-chart" />
                        <DataTable caption=Signal::derive(move || text::TABLE.get(lang.get()).to_owned()) headers=headers rows=rows test_id="rop-table" />
                    </div>
                }.into_any(),
                None => view! { <p data-testid="rop-no-chart">{label(text::NO_CHART)}</p> }.into_any(),
            }}
        </section>
        <section class="panel" aria-labelledby="rop-steps">
            <h2 id="rop-steps">{label(text::STEPS)}</h2>
            <WorkedSteps steps=Signal::derive(move || solution.with(|s| s.as_ref().map(|s| s.steps.clone()).unwrap_or_default())) title=text::step_title test_id="rop-steps" />
        </section>
    }
}
