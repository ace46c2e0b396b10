//! The ABC classification lesson, `#/abc`.

pub mod text;

use crate::charts::abc::pareto_chart;
use crate::engine::abc::{AbcError, AbcItem, AbcRule, AbcSolution};
use crate::i18n::{format_number, format_percent, format_plain, parse_number, Text};
use crate::scenario::abc::{parse_pasted, rule_slug, AbcScenario, RANGE_THRESHOLD};
use crate::t;
use crate::ui::chart::ChartView;
use crate::ui::choice::ChoiceField;
use crate::ui::exercise::ExerciseSpec;
use crate::ui::lesson::{scenario_field, stale_banner, FieldSpec, LessonSpec, LessonState};
use crate::ui::result::ResultValue;
use crate::ui::steps::WorkedSteps;
use crate::ui::table::{Cell, DataTable};
use crate::ui::use_lang;
use leptos::prelude::*;

type Spec = FieldSpec<AbcScenario>;

const THRESHOLDS: [Spec; 2] = [
    Spec {
        param: "a",
        label: text::A,
        unit: None,
        hint: Some(text::THRESHOLD_HINT),
        range: RANGE_THRESHOLD,
        optional: false,
        get: |s| Some(s.a),
        set: |s, v| s.a = v.unwrap_or(s.a),
    },
    Spec {
        param: "b",
        label: text::B,
        unit: None,
        hint: None,
        range: RANGE_THRESHOLD,
        optional: false,
        get: |s| Some(s.b),
        set: |s, v| s.b = v.unwrap_or(s.b),
    },
];

fn step_title(key: &str) -> Text {
    match key {
        "total" => t!("Valeur annuelle totale", "Total annual value"),
        "share-a" => t!("Part de la valeur en classe A (%)", "Share of value in class A (%)"),
        "share-b" => t!("Part de la valeur en classe B (%)", "Share of value in class B (%)"),
        "share-c" => t!("Part de la valeur en classe C (%)", "Share of value in class C (%)"),
        _ => t!("Étape", "Step"),
    }
}

/// The lesson, as the app's router opens it.
pub fn spec() -> LessonSpec<AbcScenario> {
    LessonSpec {
        title: text::TITLE,
        intro: text::INTRO,
        explore: |state| view! { <Explore state=state /> }.into_any(),
        exercise: ExerciseSpec {
            statement: text::exercise_statement,
            hint: text::EXERCISE_HINT,
            steps: |s: &AbcSolution| s.steps.clone(),
            step_title,
        },
    }
}

/// The editable item table. Cells are plain inputs filled when the table is (re)drawn — on a
/// preset, reset, import or a row added or removed — so typing never loses focus; a cell that
/// does not read as a number is flagged and leaves the model unchanged.
#[component]
fn ItemsEditor(state: LessonState<AbcScenario>) -> impl IntoView {
    let lang = use_lang();
    let label = move |text: Text| move || text.get(lang.get());
    let rows = Memo::new(move |_| state.scenario.with(|s| s.items.len()));
    let pasted = RwSignal::new(String::new());
    let paste_error: RwSignal<Option<String>> = RwSignal::new(None);
    let import = move |_| match parse_pasted(&pasted.get_untracked()) {
        Ok(items) => {
            state.scenario.update(|s| s.items = items);
            state.revision.update(|r| *r += 1);
            paste_error.set(None);
            pasted.set(String::new());
        }
        Err(problem) => paste_error.set(Some(text::paste_message(&problem, lang.get_untracked()))),
    };
    let number_cell = move |row: usize, column: &'static str, value: f64, set: fn(&mut AbcItem, f64)| {
        let invalid = RwSignal::new(false);
        let id = format!("abc-item-{row}-{column}");
        view! {
            <td>
                <input class="cell-input" type="text" inputmode="decimal" id=id.clone() data-testid=id
                    aria-label=move || format!("{} {}", match column { "quantity" => text::COL_QUANTITY, _ => text::COL_PRICE }.get(lang.get()), row + 1)
                    aria-invalid=move || if invalid.get() { "true" } else { "false" }
                    value=format_plain(value, lang.get_untracked(), 10)
                    on:input=move |ev| match parse_number(&event_target_value(&ev)).filter(|v| *v >= 0.0) {
                        Some(v) => {
                            invalid.set(false);
                            state.scenario.update(|s| if let Some(item) = s.items.get_mut(row) { set(item, v) });
                        }
                        None => invalid.set(true),
                    } />
            </td>
        }
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label(text::ITEMS)>
            <table class="data-table data-table--edit" data-testid="abc-items">
                <caption>{label(text::ITEMS)}</caption>
                <thead><tr>
                    <th scope="col">{label(text::COL_NAME)}</th>
                    <th scope="col">{label(text::COL_QUANTITY)}</th>
                    <th scope="col">{label(text::COL_PRICE)}</th>
                    <th scope="col"><span class="visually-hidden">{label(text::REMOVE)}</span></th>
                </tr></thead>
                <tbody>
                    {move || {
                        state.revision.track();
                        let items = state.scenario.get_untracked().items;
                        (0..rows.get()).filter_map(|row| items.get(row).cloned().map(|item| (row, item))).map(|(row, item)| {
                            let name_id = format!("abc-item-{row}-name");
                            view! {
                                <tr>
                                    <td><input class="cell-input cell-input--name" type="text" id=name_id.clone() data-testid=name_id value=item.name.clone()
                                        aria-label=move || format!("{} {}", text::COL_NAME.get(lang.get()), row + 1)
                                        on:input=move |ev| { let name = event_target_value(&ev); state.scenario.update(|s| if let Some(item) = s.items.get_mut(row) { item.name = name }); } /></td>
                                    {number_cell(row, "quantity", item.annual_quantity, |item, v| item.annual_quantity = v)}
                                    {number_cell(row, "price", item.unit_price, |item, v| item.unit_price = v)}
                                    <td><button type="button" class="button button--small button--quiet" data-testid=format!("abc-remove-{row}")
                                        on:click=move |_| { state.scenario.update(|s| { if row < s.items.len() { s.items.remove(row); } }); state.revision.update(|r| *r += 1); }>
                                        {label(text::REMOVE)}
                                    </button></td>
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <button type="button" class="button button--small" data-testid="abc-add" on:click=move |_| {
            state.scenario.update(|s| { let n = s.items.len() + 1; s.items.push(AbcItem { name: format!("X{n}"), annual_quantity: 0.0, unit_price: 0.0 }); });
            state.revision.update(|r| *r += 1);
        }>{label(text::ADD)}</button>
        <details class="paste">
            <summary>{label(text::PASTE)}</summary>
            <label class="field__label" for="abc-paste">{label(text::PASTE)}</label>
            <p class="field__hint" id="abc-paste-hint">{label(text::PASTE_HINT)}</p>
            <textarea id="abc-paste" data-testid="abc-paste" rows="6" class="field__input" aria-describedby="abc-paste-hint"
                prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            <button type="button" class="button button--small" data-testid="abc-import" on:click=import>{label(text::IMPORT)}</button>
            <p class="field__error" role="alert" data-testid="abc-paste-error">{move || paste_error.get()}</p>
        </details>
    }
}

#[component]
fn Explore(state: LessonState<AbcScenario>) -> impl IntoView {
    let lang = use_lang();
    let label = move |text: Text| move || text.get(lang.get());
    let solution = Memo::new(move |_| state.output.with(|o| o.last_ok.clone()));
    let error = move || state.output.with(crate::ui::lesson::Output::error).map(|e| text::error_message(&e, lang.get()));
    let chart = Signal::derive(move || {
        solution.with(|s| s.as_ref().map(|s| serde_json::to_string(&pareto_chart(s, lang.get())).unwrap_or_default()).unwrap_or_default())
    });
    let headers = |cols: &'static [Text]| Signal::derive(move || cols.iter().map(|c| c.get(lang.get()).to_owned()).collect::<Vec<_>>());
    let ranked_rows = Signal::derive(move || {
        let lang = lang.get();
        solution.with(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                s.items
                    .iter()
                    .map(|i| {
                        vec![
                            Cell::new(i.rank.to_string()),
                            Cell::new(i.name.clone()),
                            Cell::new(format_number(i.annual_quantity, lang, 2)),
                            Cell::new(format_number(i.unit_price, lang, 4)),
                            Cell::new(format_number(i.value, lang, 2)),
                            Cell::with_id(format_number(i.share, lang, 2), format!("abc-share-{}", i.name)),
                            Cell::new(format_number(i.cumulative, lang, 2)),
                            Cell::with_id(i.class.letter(), format!("abc-class-{}", i.name)),
                        ]
                    })
                    .collect()
            })
        })
    });
    let class_rows = Signal::derive(move || {
        let lang = lang.get();
        solution.with(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                s.classes
                    .iter()
                    .map(|c| {
                        let letter = c.class.letter().to_ascii_lowercase();
                        vec![
                            Cell::new(c.class.letter()),
                            Cell::with_id(c.items.to_string(), format!("abc-count-{letter}")),
                            Cell::new(format_percent(c.item_share / 100.0, lang, 1)),
                            Cell::new(format_number(c.value, lang, 2)),
                            Cell::with_id(format_percent(c.value_share / 100.0, lang, 1), format!("abc-value-share-{letter}")),
                        ]
                    })
                    .collect()
            })
        })
    });

    view! {
        <div class="lesson__grid">
            <section class="panel" aria-labelledby="abc-items-title">
                <h2 id="abc-items-title">{label(text::ITEMS)}</h2>
                <ItemsEditor state=state />
                <p class="field__error" role="alert" data-testid="abc-error">{error}</p>
            </section>
            <section class="panel" aria-labelledby="abc-settings">
                <h2 id="abc-settings">{label(text::SETTINGS)}</h2>
                <ChoiceField id="abc-input-rule".to_owned() label=text::RULE
                    options=vec![("count", text::RULE_COUNT), ("value", text::RULE_VALUE)]
                    value=Signal::derive(move || state.scenario.with(|s| rule_slug(s.rule)))
                    on_change=Callback::new(move |v: String| {
                        let rule = if v == "count" { AbcRule::Count } else { AbcRule::Value };
                        state.scenario.update(|s| { s.rule = rule; (s.a, s.b) = rule.default_thresholds(); });
                        state.revision.update(|r| *r += 1);
                    }) />
                {THRESHOLDS.iter().map(|spec| scenario_field(state, spec, |e: &AbcError, lang| (if *e == AbcError::Thresholds { "b" } else { "" }, text::error_message(e, lang)))).collect_view()}
                <h2>{label(text::RESULTS)}</h2>
                {stale_banner(state, "abc-stale")}
                <dl class="results">
                    <ResultValue label=text::TOTAL value=Signal::derive(move || solution.with(|s| s.as_ref().map(|s| format_number(s.total_value, lang.get(), 2)).unwrap_or_default())) test_id="abc-total" main=true />
                </dl>
                <DataTable caption=Signal::derive(move || text::CLASSES.get(lang.get()).to_owned())
                    headers=headers(&[text::COL_CLASS, text::COL_COUNT, text::COL_ITEM_SHARE, text::COL_VALUE, text::COL_VALUE_SHARE])
                    rows=class_rows test_id="abc-classes" />
            </section>
        </div>
        <section class="panel" aria-labelledby="abc-chart">
            <h2 id="abc-chart">{label(text::CHART_TITLE)}</h2>
            <ChartView option=chart label=text::CHART test_id="abc-pareto" />
            <DataTable caption=Signal::derive(move || text::RANKED.get(lang.get()).to_owned())
                headers=headers(&[text::COL_RANK, text::COL_NAME, text::COL_QUANTITY, text::COL_PRICE, text::COL_VALUE, text::COL_VALUE_SHARE, text::COL_CUMULATIVE, text::COL_CLASS])
                rows=ranked_rows test_id="abc-ranked" />
        </section>
        <section class="panel" aria-labelledby="abc-steps">
            <h2 id="abc-steps">{move || t!("Calcul détaillé", "Worked steps").get(lang.get())}</h2>
            <WorkedSteps steps=Signal::derive(move || solution.with(|s| s.as_ref().map(|s| s.steps.clone()).unwrap_or_default())) title=step_title test_id="abc-steps" />
        </section>
    }
}
