//! Exercise mode, the same for every lesson: a seeded problem, answer fields, "Check" marking
//! each answer within a stated tolerance (and saying whether a wrong one is too high or too
//! low), a hint, the worked solution on request (unless the link hides it), and the score
//! recorded for the home page. Answers typed so far survive a reload.

use super::state::LessonState;
use super::steps::WorkedSteps;
use super::table::DataTable;
use super::{use_lang, use_store};
use crate::i18n::{format_number, Lang, Text};
use crate::scenario::exercise::{Mark, Question};
use crate::scenario::progress::record_attempt;
use crate::scenario::storage::{self, KeyValueStore};
use crate::t;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the student typed for one seed, kept under `atelier.v1.<lesson>.exercise`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Draft {
    seed: u64,
    answers: BTreeMap<String, String>,
}

fn draft_key(lesson: &str) -> String {
    storage::key(1, &format!("{lesson}.exercise"))
}

/// The exercise sheet for the lesson's current seed.
#[component]
pub fn ExercisePanel(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let exercise = &state.lesson.exercise;
    let lesson = state.lesson.id;
    let problem = Memo::new(move |_| (state.lesson.exercise.generate)(state.seed.get()));
    let statement = move || problem.with(|p| (state.lesson.exercise.statement)(p, lang.get()));
    let questions = Memo::new(move |_| problem.with(|p| (state.lesson.exercise.questions)(p)));
    let steps = Signal::derive(move || problem.with(|p| (state.lesson.exercise.steps)(p, lang.get())));
    let tables = move || problem.with(|p| (state.lesson.exercise.tables)(p, lang.get()));
    let hint = exercise.hint;

    let saved: Draft = store.store().get(&draft_key(lesson)).and_then(|raw| serde_json::from_str(&raw).ok()).unwrap_or_default();
    let answers = RwSignal::new(if saved.seed == state.seed.get_untracked() { saved.answers } else { BTreeMap::new() });
    let marks: RwSignal<BTreeMap<&'static str, Mark>> = RwSignal::new(BTreeMap::new());
    let show_hint = RwSignal::new(false);
    let show_solution = RwSignal::new(false);

    // A new seed starts a clean sheet.
    let reset_sheet = move || {
        answers.set(BTreeMap::new());
        marks.set(BTreeMap::new());
        show_hint.set(false);
        show_solution.set(false);
    };
    let save_store = store;
    let save_answers = move || {
        let draft = Draft { seed: state.seed.get_untracked(), answers: answers.get_untracked() };
        if let Ok(json) = serde_json::to_string(&draft) {
            let _ = save_store.store().set(&draft_key(lesson), &json);
        }
    };
    let check_store = store;
    let check = move |()| {
        let mut result = BTreeMap::new();
        let typed = answers.get_untracked();
        for question in questions.get_untracked() {
            let mark = question.mark(typed.get(question.id).map_or("", String::as_str));
            result.insert(question.id, mark);
        }
        // Only an exercise checked right before its solution was shown counts as solved.
        let all_right = !result.is_empty() && result.values().all(|m| m.is_right()) && !show_solution.get_untracked();
        let _ = record_attempt(check_store.store(), lesson, state.seed.get_untracked(), all_right);
        check_store.external_change.update(|n| *n += 1);
        marks.set(result);
    };
    let score_line = move || {
        let marks = marks.get();
        (!marks.is_empty()).then(|| {
            let right = marks.values().filter(|m| m.is_right()).count();
            let total = marks.len();
            match lang.get() {
                Lang::Fr if right < 2 => format!("{right} bonne réponse sur {total}."),
                Lang::Fr => format!("{right} bonnes réponses sur {total}."),
                Lang::En => format!("{right} of {total} right."),
            }
        })
    };
    let label = move |text: Text| move || text.get(lang.get());

    view! {
        <section class="exercise" aria-labelledby="exercise-title" data-testid="exercise-panel">
            <h2 id="exercise-title">
                {label(t!("Exercice", "Exercise"))}
                <span class="exercise__seed" data-testid="exercise-seed">{move || format!(" n° {}", state.seed.get())}</span>
            </h2>
            <p class="exercise__statement" data-testid="exercise-statement">{statement}</p>
            <p class="exercise__tolerance">
                {move || match lang.get() {
                    Lang::Fr => "La tolérance est indiquée sous chaque question. La virgule décimale est acceptée.",
                    Lang::En => "The tolerance is given under each question. A decimal comma is fine.",
                }}
            </p>
            <form class="exercise__answers" on:submit=move |ev| { ev.prevent_default(); check(()); }>
                {move || questions.get().into_iter().map(|question: Question| {
                    let id = question.id;
                    let input_id = format!("{lesson}-answer-{id}");
                    let mark = move || marks.with(|m| m.get(id).copied());
                    view! {
                        <div class="field exercise__answer" class:field--invalid=move || mark().is_some_and(|m| !m.is_right())>
                            <label class="field__label" for=input_id.clone()>{move || question.label.get(lang.get())}</label>
                            <p class="field__hint">{move || question.tolerance.describe(lang.get())}</p>
                            <input id=input_id.clone() data-testid=input_id.clone() class="field__input" type="text" inputmode="decimal" autocomplete="off"
                                prop:value=move || answers.with(|a| a.get(id).cloned().unwrap_or_default())
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    answers.update(|a| { a.insert(id.to_owned(), text); });
                                    marks.update(|m| { m.remove(id); });
                                    save_answers();
                                } />
                            <p class="exercise__mark" role="status" aria-live="polite" data-testid=format!("{lesson}-mark-{id}")
                                data-result=move || mark().map_or("", Mark::result)>
                                {move || mark().map(|m| m.message(lang.get()))}
                            </p>
                            {move || show_hint.get().then(|| question.hint.map(|h| view! {
                                <p class="exercise__question-hint" data-testid=format!("{lesson}-hint-{id}")>{move || h.get(lang.get())}</p>
                            })).flatten()}
                            {move || show_solution.get().then(|| view! {
                                <p class="exercise__expected" data-testid=format!("{lesson}-expected-{id}")>
                                    {move || format!("{} {}", t!("Réponse :", "Answer:").get(lang.get()), format_number(question.expected, lang.get(), question.decimals))}
                                </p>
                            })}
                        </div>
                    }
                }).collect_view()}
                <div class="exercise__buttons">
                    <button type="submit" class="button button--accent" data-testid="exercise-check">{label(t!("Vérifier", "Check"))}</button>
                    <button type="button" class="button" data-testid="exercise-hint" on:click=move |_| show_hint.set(true)>{label(t!("Indice", "Hint"))}</button>
                    {move || (!state.hide_solution.get()).then(|| view! {
                        <button type="button" class="button" data-testid="exercise-solution" on:click=move |_| show_solution.set(true)>{label(t!("Voir la solution", "Show solution"))}</button>
                    })}
                    <button type="button" class="button button--quiet" data-testid="exercise-new" on:click=move |_| { reset_sheet(); state.start_exercise(true); }>{label(t!("Nouvel exercice", "New exercise"))}</button>
                    <button type="button" class="button button--quiet" data-testid="exercise-exit" on:click=move |_| state.explore_exercise()>{label(t!("Explorer ces données", "Explore these data"))}</button>
                    <a class="button button--quiet" data-testid="exercise-print" href=move || format!("#/print?lesson={lesson}&seeds={}&lang={}", state.seed.get(), lang.get().code())>
                        {label(t!("Imprimer cette feuille", "Print this worksheet"))}</a>
                </div>
            </form>
            <p class="exercise__score" data-testid="exercise-score" role="status" aria-live="polite">{score_line}</p>
            {move || show_hint.get().then(|| view! { <p class="exercise__hint" data-testid="exercise-hint-text">{move || hint.get(lang.get())}</p> })}
            {move || show_solution.get().then(|| view! {
                <div class="exercise__solution">
                    <h3>{label(t!("Solution détaillée", "Worked solution"))}</h3>
                    <WorkedSteps steps=steps test_id="exercise-steps".to_owned() />
                    {move || tables().into_iter().map(|table| view! { <DataTable table=Signal::derive(move || Some(table.clone())) /> }).collect_view()}
                </div>
            })}
        </section>
    }
}
