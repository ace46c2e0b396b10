//! Worked steps: each formula in the course's notation, then with the learner's numbers, then the result.

use crate::kit::report::StepLine;
use leptos::prelude::*;

#[component]
pub fn WorkedSteps(#[prop(into)] steps: Signal<Vec<StepLine>>, test_id: String) -> impl IntoView {
    let item_prefix = test_id.clone();
    view! {
        <ol class="steps" data-testid=test_id>
            {move || steps.get().into_iter().map(|step| view! {
                <li class="steps__item" data-testid=format!("{item_prefix}-{}", step.key)>
                    <span class="steps__title">{step.title}</span>
                    <code class="steps__formula">{step.formula}</code>
                    <code class="steps__numbers">
                        {format!("= {} = ", step.numbers)}
                        <strong>{step.result}</strong>
                    </code>
                </li>
            }).collect_view()}
        </ol>
    }
}
