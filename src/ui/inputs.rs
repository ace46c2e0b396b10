//! The inputs panel, drawn from the lesson's declaration: number fields, choices, editable
//! tables and series, each shown only when its condition holds, each with the solver's message
//! when the problem is its own.

use super::choice::ChoiceField;
use super::number_field::NumberField;
use super::series_field::SeriesField;
use super::state::LessonState;
use super::table_editor::{TableEditor, TableIssue};
use super::use_lang;
use crate::kit::report::Culprit;
use crate::kit::values::Value;
use crate::kit::{Input, Kind, SeriesSpec, TableSpec};
use crate::t;
use leptos::prelude::*;

type TableEditorView = fn(LessonState, &'static Input, &'static TableSpec, Memo<Option<TableIssue>>) -> AnyView;
type SeriesFieldView = fn(LessonState, &'static Input, &'static SeriesSpec, Signal<Option<String>>) -> AnyView;

part! {
    /// The editable table (add, move, paste, cell checks), with the lessons that have one.
    pub static TABLE_EDITOR: TableEditorView = table_editor {
        |state, input, spec, problem| view! {
            <TableEditor state=state param=input.param spec=spec label=input.label hint=input.hint problem=problem />
        }
        .into_any()
    }
}

part! {
    /// The series editor (one value a period, generated series), with the lessons that have one.
    pub static SERIES_FIELD: SeriesFieldView = series_field {
        |state, input, spec, error| view! {
            <SeriesField state=state param=input.param spec=spec label=input.label hint=input.hint external_error=error />
        }
        .into_any()
    }
}

#[component]
pub fn InputsPanel(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let lesson = state.lesson;
    let title_id = format!("{}-inputs", lesson.id);
    view! {
        <section class="panel" aria-labelledby=title_id>
            <h2 id=title_id.clone()>{move || t!("Données", "Inputs").get(lang.get())}</h2>
            {(!lesson.imports.is_empty()).then(|| view! { <Imports state=state /> })}
            {lesson.groups.iter().map(|group| {
                let inputs = group.inputs.iter().map(|input| shown_input(state, input)).collect_view();
                // A group whose every input is hidden goes too, legend included (a part of a
                // lesson not in use).
                let conditional = group.inputs.iter().all(|input| input.shown.is_some());
                let empty = Memo::new(move |_| conditional && state.values.with(|v| !group.inputs.iter().any(|input| input.is_shown(v))));
                match group.legend {
                    Some(legend) => view! {
                        <fieldset class="panel__group" hidden=move || empty.get()><legend>{move || legend.get(lang.get())}</legend>{inputs}</fieldset>
                    }.into_any(),
                    None => inputs.into_any(),
                }
            }).collect_view()}
        </section>
    }
}

/// Buttons that take data from another lesson's saved work, and why one could not.
#[component]
fn Imports(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let store = super::use_store();
    let lesson = state.lesson;
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <div class="imports">
            {lesson.imports.iter().map(|import| {
                // The other lesson's declaration reads its saved work: its module is fetched first.
                let on_click = move |_| {
                    leptos::task::spawn_local(async move {
                        let _ = crate::lessons::load(import.from).await;
                        match import.run(&state.values.get_untracked(), store.store(), lang.get_untracked()) {
                            Ok(values) => {
                                problem.set(None);
                                state.replace(values, None);
                            }
                            Err(message) => problem.set(Some(message)),
                        }
                    });
                };
                view! {
                    <button type="button" class="button button--small" data-testid=format!("{}-import-{}", lesson.id, import.from) on:click=on_click>
                        {move || import.label.get(lang.get())}
                    </button>
                }
            }).collect_view()}
            <p class="field__error" role="alert" data-testid=format!("{}-import-error", lesson.id)>{move || problem.get()}</p>
        </div>
    }
}

/// The input, drawn again only when its visibility changes (so typing never loses focus).
fn shown_input(state: LessonState, input: &'static Input) -> AnyView {
    if input.shown.is_none() {
        return input_view(state, input);
    }
    let visible = Memo::new(move |_| state.values.with(|v| input.is_shown(v)));
    (move || visible.get().then(|| input_view(state, input))).into_any()
}

fn input_view(state: LessonState, input: &'static Input) -> AnyView {
    let lesson = state.lesson;
    let param = input.param;
    let id = format!("{}-input-{}", lesson.id, param);
    let error = Signal::derive(move || {
        state.output.with(|o| o.problem().filter(|p| p.culprit == Culprit::Field(param)).map(|p| p.message.clone()))
    });
    match &input.kind {
        Kind::Number(range) | Kind::Optional(range) => {
            let optional = matches!(input.kind, Kind::Optional(_));
            let field_id = id.clone();
            view! {
                <NumberField id=id label=input.label unit=input.unit hint=input.hint range=*range optional=optional
                    value=Signal::derive(move || state.values.with(|v| v.opt(param)))
                    on_change=Callback::new(move |v| state.set(param, Value::Number(v)))
                    on_validity=Callback::new(move |invalid| state.mark_input(field_id.clone(), invalid))
                    revision=state.revision external_error=error />
            }
            .into_any()
        }
        Kind::Choice(options) => view! {
            <ChoiceField id=id label=input.label hint=input.hint options=options.to_vec()
                value=Signal::derive(move || state.values.with(|v| v.choice(param)))
                on_change=Callback::new(move |slug: String| {
                    if let Some((found, _)) = options.iter().find(|(o, _)| *o == slug) {
                        state.set(param, Value::Choice(found));
                        // A choice may reset other inputs (a rule's thresholds): their drafts go.
                        state.revision.update(|r| *r += 1);
                    }
                }) />
        }
        .into_any(),
        Kind::Flags(options) => {
            let lang = super::use_lang();
            let label = input.label;
            view! {
                <fieldset class="field flags" data-testid=id.clone()>
                    <legend class="field__label">{move || label.get(lang.get())}</legend>
                    {options.iter().map(|(slug, text)| {
                        let box_id = format!("{id}-{slug}");
                        let on = move || state.values.with(|v| v.flags(param).contains(slug));
                        view! {
                            <label class="flags__option">
                                <input type="checkbox" id=box_id.clone() data-testid=box_id prop:checked=on
                                    on:change=move |ev| {
                                        let checked = event_target_checked(&ev);
                                        let now: Vec<&'static str> = options
                                            .iter()
                                            .map(|o| o.0)
                                            .filter(|o| if o == slug { checked } else { state.values.with_untracked(|v| v.flags(param).contains(o)) })
                                            .collect();
                                        state.set(param, Value::Flags(now));
                                    } />
                                " " {move || text.get(lang.get())}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            }
            .into_any()
        }
        Kind::Table(spec) => {
            // A memo: it changes only when the problem does, and the table watches only that.
            let problem = Memo::new(move |_| {
                state.output.with(|o| {
                    o.problem().and_then(|p| match p.culprit {
                        Culprit::Cell { param: owner, row, column } if owner == param => {
                            Some(TableIssue { cell: Some((row, column)), message: p.message.clone() })
                        }
                        Culprit::Field(owner) if owner == param => Some(TableIssue { cell: None, message: p.message.clone() }),
                        _ => None,
                    })
                })
            });
            TABLE_EDITOR.get().map_or_else(|| ().into_any(), |table_editor| table_editor(state, input, spec, problem))
        }
        Kind::Series(spec) => SERIES_FIELD.get().map_or_else(|| ().into_any(), |series_field| series_field(state, input, spec, error)),
    }
}
