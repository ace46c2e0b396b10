//! One computed number with its label; the value carries the test id.

use super::use_lang;
use crate::i18n::Text;
use leptos::prelude::*;

#[component]
pub fn ResultValue(
    label: Text,
    #[prop(into)] value: Signal<String>,
    test_id: &'static str,
    #[prop(optional)] unit: Option<Text>,
    #[prop(optional)] main: bool,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="result" class:result--main=main>
            <dt class="result__label">{move || label.get(lang.get())}</dt>
            <dd class="result__value">
                <output data-testid=test_id>{move || value.get()}</output>
                {unit.map(|u| view! { <span class="result__unit">{move || format!(" {}", u.get(lang.get()))}</span> })}
            </dd>
        </div>
    }
}
