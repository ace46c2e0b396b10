//! A labelled select for a small set of named options (method, model, policy, rule).

use super::use_lang;
use crate::i18n::Text;
use leptos::prelude::*;

/// `options` are (value, label); `value` is the current option's value.
#[component]
pub fn ChoiceField(
    id: String,
    label: Text,
    options: Vec<(&'static str, Text)>,
    #[prop(into)] value: Signal<&'static str>,
    on_change: Callback<String>,
    #[prop(optional_no_strip)] hint: Option<Text>,
) -> impl IntoView {
    let lang = use_lang();
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label class="field__label" for=id.clone()>{move || label.get(lang.get())}</label>
            <select id=id.clone() data-testid=id.clone() class="field__input" prop:value=move || value.get()
                aria-describedby=hint.map(|_| hint_id.clone())
                on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options.into_iter().map(|(option, text)| view! {
                    <option value=option selected=move || value.get() == option>{move || text.get(lang.get())}</option>
                }).collect_view()}
            </select>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{move || h.get(lang.get())}</p> })}
        </div>
    }
}
