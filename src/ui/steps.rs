//! Worked steps: each formula in the course's notation, then with the learner's numbers, then
//! the result; written by [`crate::kit::html::steps`].

use crate::kit::html;
use crate::kit::report::StepLine;
use leptos::prelude::*;

#[component]
pub fn WorkedSteps(#[prop(into)] steps: Signal<Vec<StepLine>>, test_id: String) -> impl IntoView {
    view! { <div class="steps-wrap" inner_html=move || steps.with(|s| html::steps(s, &test_id))></div> }
}
