//! Worked steps: each formula in the course's notation, then with the learner's numbers, then the result.

use super::use_lang;
use crate::engine::steps::{Piece, Step};
use crate::i18n::{format_number, Lang, Text};
use leptos::prelude::*;

/// Decimals shown inside substituted formulas and results.
const STEP_DECIMALS: usize = 4;

pub fn substituted(step: &Step, lang: Lang) -> String {
    step.substituted
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => (*text).to_owned(),
            Piece::Num(value) => format_number(*value, lang, STEP_DECIMALS),
        })
        .collect()
}

/// `title` gives each step's heading from its key.
#[component]
pub fn WorkedSteps(#[prop(into)] steps: Signal<Vec<Step>>, title: fn(&str) -> Text, test_id: &'static str) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ol class="steps" data-testid=test_id>
            {move || {
                let lang = lang.get();
                steps.get().into_iter().map(|step| view! {
                    <li class="steps__item" data-testid=format!("{test_id}-{}", step.key)>
                        <span class="steps__title">{title(step.key).get(lang)}</span>
                        <code class="steps__formula">{step.formula}</code>
                        <code class="steps__numbers">
                            {format!("= {} = ", substituted(&step, lang))}
                            <strong>{format_number(step.result, lang, STEP_DECIMALS)}</strong>
                        </code>
                    </li>
                }).collect_view()
            }}
        </ol>
    }
}
