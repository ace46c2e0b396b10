//! The inventory policies lesson, `#/policies`.

pub mod text;

use crate::charts::policies::stock_chart;
use crate::engine::policies::{generate_demand, PolicyError, PolicyKind, PolicySolution};
use crate::i18n::{format_number, format_percent, Text};
use crate::platform;
use crate::scenario::links::Range;
use crate::scenario::policies::{
    format_demand, parse_demand, PoliciesScenario, PoliciesSolution, RANGE_LT, RANGE_POSITIVE, RANGE_QUANTITY, RANGE_R,
};
use crate::t;
use crate::ui::chart::ChartView;
use crate::ui::choice::ChoiceField;
use crate::ui::exercise::ExerciseSpec;
use crate::ui::lesson::{scenario_field, stale_banner, FieldSpec, LessonSpec, LessonState};
use crate::ui::number_field::NumberField;
use crate::ui::steps::WorkedSteps;
use crate::ui::table::{Cell, DataTable};
use crate::ui::use_lang;
use leptos::prelude::*;

type Spec = FieldSpec<PoliciesScenario>;

/// Which policies use a parameter, so only the relevant fields show.
struct Param {
    spec: Spec,
    used_by: &'static [PolicyKind],
}

const ALL: &[PolicyKind] = &PolicyKind::ALL;
const PARAMS: [Param; 7] = [
    Param {
        spec: Spec {
            param: "lt",
            label: text::LT,
            unit: Some(text::PERIODS),
            hint: None,
            range: RANGE_LT,
            optional: false,
            get: |s| Some(s.input.lead_time),
            set: |s, v| s.input.lead_time = v.unwrap_or(s.input.lead_time),
        },
        used_by: ALL,
    },
    Param {
        spec: Spec {
            param: "stock0",
            label: text::STOCK0,
            unit: Some(text::UNITS),
            hint: None,
            range: RANGE_QUANTITY,
            optional: false,
            get: |s| Some(s.input.initial_stock),
            set: |s, v| s.input.initial_stock = v.unwrap_or(s.input.initial_stock),
        },
        used_by: ALL,
    },
    Param {
        spec: Spec {
            param: "ss",
            label: text::SS,
            unit: Some(text::UNITS),
            hint: None,
            range: RANGE_QUANTITY,
            optional: false,
            get: |s| Some(s.input.safety_stock),
            set: |s, v| s.input.safety_stock = v.unwrap_or(s.input.safety_stock),
        },
        used_by: ALL,
    },
    Param {
        spec: Spec {
            param: "pc",
            label: text::PC,
            unit: Some(text::UNITS),
            hint: None,
            range: RANGE_QUANTITY,
            optional: false,
            get: |s| Some(s.input.reorder_point),
            set: |s, v| s.input.reorder_point = v.unwrap_or(s.input.reorder_point),
        },
        used_by: &[PolicyKind::ReorderPoint, PolicyKind::Variable],
    },
    Param {
        spec: Spec {
            param: "q",
            label: text::Q,
            unit: Some(text::UNITS),
            hint: None,
            range: RANGE_POSITIVE,
            optional: false,
            get: |s| Some(s.input.lot),
            set: |s, v| s.input.lot = v.unwrap_or(s.input.lot),
        },
        used_by: &[PolicyKind::FixedFixed, PolicyKind::ReorderPoint],
    },
    Param {
        spec: Spec {
            param: "r",
            label: text::R,
            unit: Some(text::PERIODS),
            hint: None,
            range: RANGE_R,
            optional: false,
            get: |s| Some(s.input.review_period),
            set: |s, v| s.input.review_period = v.unwrap_or(s.input.review_period),
        },
        used_by: &[PolicyKind::FixedFixed, PolicyKind::Periodic],
    },
    Param {
        spec: Spec {
            param: "s",
            label: text::S,
            unit: Some(text::UNITS),
            hint: None,
            range: RANGE_POSITIVE,
            optional: false,
            get: |s| Some(s.input.order_up_to),
            set: |s, v| s.input.order_up_to = v.unwrap_or(s.input.order_up_to),
        },
        used_by: &[PolicyKind::Periodic, PolicyKind::Variable],
    },
];
const COSTS: [Spec; 3] = [
    Spec {
        param: "L",
        label: text::L,
        unit: None,
        hint: None,
        range: RANGE_QUANTITY,
        optional: false,
        get: |s| Some(s.input.order_cost),
        set: |s, v| s.input.order_cost = v.unwrap_or(s.input.order_cost),
    },
    Spec {
        param: "a",
        label: text::A,
        unit: None,
        hint: None,
        range: RANGE_QUANTITY,
        optional: false,
        get: |s| Some(s.input.unit_price),
        set: |s, v| s.input.unit_price = v.unwrap_or(s.input.unit_price),
    },
    Spec {
        param: "p",
        label: text::P,
        unit: None,
        hint: None,
        range: RANGE_QUANTITY,
        optional: false,
        get: |s| Some(s.input.holding_rate),
        set: |s, v| s.input.holding_rate = v.unwrap_or(s.input.holding_rate),
    },
];

fn field(state: LessonState<PoliciesScenario>, spec: &Spec) -> impl IntoView {
    scenario_field(state, spec, |e: &PolicyError, lang| (e.field().param(), text::error_message(*e, lang)))
}

fn step_title(key: &str) -> Text {
    match key {
        "period" => t!(
            "Stock en fin de période : S stock, R réception, D demande servie",
            "End-of-period stock: S stock, R receipt, D demand served"
        ),
        "average" => t!("Stock moyen", "Average stock"),
        _ => t!("Étape", "Step"),
    }
}

/// The lesson, as the app's router opens it.
pub fn spec() -> LessonSpec<PoliciesScenario> {
    LessonSpec {
        title: text::TITLE,
        intro: text::INTRO,
        explore: |state| view! { <Explore state=state /> }.into_any(),
        exercise: ExerciseSpec {
            statement: text::exercise_statement,
            hint: text::EXERCISE_HINT,
            steps: |s: &PoliciesSolution| s.main.steps.clone(),
            step_title,
        },
    }
}

/// The demand series as text, with its own draft and message, and a generator.
#[component]
fn DemandEditor(state: LessonState<PoliciesScenario>) -> impl IntoView {
    let lang = use_lang();
    let label = move |text: Text| move || text.get(lang.get());
    let draft: RwSignal<Option<(u32, String)>> = RwSignal::new(None);
    let current = move || draft.get().filter(|(rev, _)| *rev == state.revision.get()).map(|(_, t)| t);
    let shown = move || current().unwrap_or_else(|| state.scenario.with(|s| format_demand(&s.input.demand, lang.get())));
    let problem = move || current().and_then(|t| parse_demand(&t).err()).map(|p| text::demand_message(p, lang.get()));
    let mean = RwSignal::new(Some(325.0));
    let sd = RwSignal::new(Some(150.0));
    let periods = RwSignal::new(Some(10.0));
    let generate = move |_| {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // fields are ranged: whole, 1..=104
        let count = periods.get_untracked().unwrap_or(10.0) as usize;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Date.now(): positive milliseconds
        let seed = platform::now_millis() as u64;
        let demand = generate_demand(seed, count, mean.get_untracked().unwrap_or(0.0), sd.get_untracked().unwrap_or(0.0));
        state.scenario.update(|s| s.input.demand = demand);
        state.revision.update(|r| *r += 1);
    };
    let no_revision = Signal::derive(|| 0);
    view! {
        <div class="field" class:field--invalid=move || problem().is_some()>
            <label class="field__label" for="policies-input-demand">{label(text::DEMAND)}</label>
            <textarea id="policies-input-demand" data-testid="policies-input-demand" class="field__input" rows="3"
                aria-describedby="policies-demand-hint policies-demand-error"
                aria-invalid=move || if problem().is_some() { "true" } else { "false" }
                prop:value=shown
                on:input=move |ev| {
                    let raw = event_target_value(&ev);
                    draft.set(Some((state.revision.get_untracked(), raw.clone())));
                    if let Ok(demand) = parse_demand(&raw) {
                        state.scenario.update(|s| s.input.demand = demand);
                    }
                }></textarea>
            <p class="field__hint" id="policies-demand-hint">{label(text::DEMAND_HINT)}</p>
            <p class="field__error" id="policies-demand-error" role="alert" data-testid="policies-input-demand-error">{problem}</p>
        </div>
        <details class="paste">
            <summary>{label(text::GENERATE)}</summary>
            <div class="generator">
                <NumberField id="policies-gen-mean".to_owned() label=text::GEN_MEAN range=Range::NON_NEGATIVE value=mean on_change=Callback::new(move |v| mean.set(v)) revision=no_revision />
                <NumberField id="policies-gen-sd".to_owned() label=text::GEN_SD range=Range::NON_NEGATIVE value=sd on_change=Callback::new(move |v| sd.set(v)) revision=no_revision />
                <NumberField id="policies-gen-periods".to_owned() label=text::GEN_PERIODS range=Range::between(crate::scenario::links::Bound::Inclusive(1.0), crate::scenario::links::Bound::Inclusive(104.0)).integer() value=periods on_change=Callback::new(move |v| periods.set(v)) revision=no_revision />
            </div>
            <button type="button" class="button button--small" data-testid="policies-generate" on:click=generate>{label(text::GENERATE)}</button>
        </details>
    }
}

fn summary_rows(main: &PolicySolution, compared: Option<&PolicySolution>, lang: crate::i18n::Lang) -> Vec<Vec<Cell>> {
    type Measure = (Text, &'static str, fn(&PolicySolution, crate::i18n::Lang) -> String);
    let measures: [Measure; 8] = [
        (text::AVG_STOCK, "avg-stock", |s, l| format_number(s.summary.average_stock, l, 2)),
        (text::ORDERS, "orders", |s, _| s.summary.orders.to_string()),
        (text::STOCKOUT_UNITS, "stockout-units", |s, l| format_number(s.summary.stockout_units, l, 2)),
        (text::STOCKOUT_PERIODS, "stockout-periods", |s, _| s.summary.stockout_periods.to_string()),
        (text::FILL_RATE, "fill-rate", |s, l| format_percent(s.summary.fill_rate, l, 2)),
        (text::ORDERING_COST, "ordering-cost", |s, l| format_number(s.summary.ordering_cost, l, 2)),
        (text::HOLDING_COST, "holding-cost", |s, l| format_number(s.summary.holding_cost, l, 2)),
        (text::TOTAL_COST, "total-cost", |s, l| format_number(s.summary.total_cost, l, 2)),
    ];
    measures
        .iter()
        .map(|(name, id, value)| {
            let mut row = vec![Cell::new(name.get(lang)), Cell::with_id(value(main, lang), format!("policy-{id}"))];
            if let Some(other) = compared {
                row.push(Cell::with_id(value(other, lang), format!("policy-compare-{id}")));
            }
            row
        })
        .collect()
}

#[component]
fn Explore(state: LessonState<PoliciesScenario>) -> impl IntoView {
    let lang = use_lang();
    let label = move |text: Text| move || text.get(lang.get());
    let solution = Memo::new(move |_| state.output.with(|o| o.last_ok.clone()));
    let stale = move || state.output.with(|o| o.result.is_err());
    let kinds = move || state.scenario.with(|s| (s.input.kind, s.compare));
    let policy_options = move || PolicyKind::ALL.iter().map(|k| (k.slug(), text::kind_name(*k))).collect::<Vec<_>>();
    let chart = Signal::derive(move || {
        let lang = lang.get();
        let (kind, compare) = kinds();
        let input = state.scenario.with(|s| s.input.clone());
        solution.with(|s| {
            s.as_ref().map_or_else(String::new, |s| {
                let compared = compare.zip(s.compared.as_ref()).map(|(k, c)| (text::kind_name(k).get(lang), c));
                serde_json::to_string(&stock_chart(&input, (text::kind_name(kind).get(lang), &s.main), compared, lang)).unwrap_or_default()
            })
        })
    });
    let period_rows = Signal::derive(move || {
        let lang = lang.get();
        solution.with(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                s.main
                    .rows
                    .iter()
                    .map(|r| {
                        let t = r.period;
                        vec![
                            Cell::new(t.to_string()),
                            Cell::new(format_number(r.demand, lang, 2)),
                            Cell::with_id(format_number(r.receipt, lang, 2), format!("policy-receipt-{t}")),
                            Cell::with_id(format_number(r.stock, lang, 2), format!("policy-stock-{t}")),
                            Cell::new(format_number(r.shortage, lang, 2)),
                            Cell::with_id(format_number(r.order, lang, 2), format!("policy-order-{t}")),
                            Cell::new(format_number(r.on_order, lang, 2)),
                            Cell::new(format_number(r.position, lang, 2)),
                        ]
                    })
                    .collect()
            })
        })
    });
    let headers = |cols: &'static [Text]| Signal::derive(move || cols.iter().map(|c| c.get(lang.get()).to_owned()).collect::<Vec<_>>());
    let summary_headers = Signal::derive(move || {
        let lang = lang.get();
        let (kind, compare) = kinds();
        let mut out = vec![text::MEASURE.get(lang).to_owned(), text::kind_name(kind).get(lang).to_owned()];
        out.extend(compare.map(|k| text::kind_name(k).get(lang).to_owned()));
        out
    });
    let summary = Signal::derive(move || {
        let lang = lang.get();
        solution.with(|s| s.as_ref().map_or_else(Vec::new, |s| summary_rows(&s.main, s.compared.as_ref(), lang)))
    });

    view! {
        <div class="lesson__grid">
            <section class="panel" aria-labelledby="policies-inputs">
                <h2 id="policies-inputs">{label(text::INPUTS)}</h2>
                <ChoiceField id="policies-input-policy".to_owned() label=text::POLICY options=policy_options()
                    value=Signal::derive(move || kinds().0.slug())
                    on_change=Callback::new(move |v: String| if let Some(kind) = PolicyKind::from_slug(&v) { state.scenario.update(|s| s.input.kind = kind) }) />
                <ChoiceField id="policies-input-compare".to_owned() label=text::COMPARE
                    options={ let mut o = vec![("", text::NO_COMPARE)]; o.extend(policy_options()); o }
                    value=Signal::derive(move || kinds().1.map_or("", PolicyKind::slug))
                    on_change=Callback::new(move |v: String| state.scenario.update(|s| s.compare = PolicyKind::from_slug(&v))) />
                <DemandEditor state=state />
                {move || {
                    let (kind, compare) = kinds();
                    PARAMS.iter().filter(|p| p.used_by.contains(&kind) || compare.is_some_and(|c| p.used_by.contains(&c))).map(|p| field(state, &p.spec)).collect_view()
                }}
                <fieldset class="panel__group">
                    <legend>{label(text::COSTS)}</legend>
                    {COSTS.iter().map(|spec| field(state, spec)).collect_view()}
                </fieldset>
            </section>
            <section class="panel" aria-labelledby="policies-summary" aria-live="polite">
                <h2 id="policies-summary">{label(text::SUMMARY)}</h2>
                {stale_banner(state, "policies-stale")}
                <div class:results--stale=stale>
                    <DataTable caption=Signal::derive(move || text::SUMMARY.get(lang.get()).to_owned()) headers=summary_headers rows=summary test_id="policy-summary" />
                </div>
            </section>
        </div>
        <section class="panel" aria-labelledby="policies-chart">
            <h2 id="policies-chart">{label(text::CHART_TITLE)}</h2>
            <ChartView option=chart label=text::CHART test_id="policy-chart" />
            <DataTable caption=Signal::derive(move || text::TABLE.get(lang.get()).to_owned())
                headers=headers(&[text::COL_PERIOD, text::COL_DEMAND, text::COL_RECEIPT, text::COL_STOCK, text::COL_SHORT, text::COL_ORDER, text::COL_ON_ORDER, text::COL_POSITION])
                rows=period_rows test_id="policy-table" />
        </section>
        <section class="panel" aria-labelledby="policies-steps">
            <h2 id="policies-steps">{move || t!("Calcul détaillé", "Worked steps").get(lang.get())}</h2>
            <WorkedSteps steps=Signal::derive(move || solution.with(|s| s.as_ref().map(|s| s.main.steps.clone()).unwrap_or_default())) title=step_title test_id="policy-steps" />
        </section>
    }
}
