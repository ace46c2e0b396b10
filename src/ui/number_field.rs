//! A labelled number input. It keeps the learner's raw text apart from the model: the model is
//! written only when the text parses (decimal comma or point) and lies in range; otherwise the
//! message shows next to the field and the last valid value stays in force.

use super::use_lang;
use crate::i18n::{format_plain, Text};
use crate::scenario::links::Range;
use leptos::prelude::*;

/// Decimals shown when a field displays a value it did not receive as typed text.
const FIELD_DECIMALS: usize = 10;

/// - `id`: DOM id and test id of the input (`<lesson>-input-<param>`).
/// - `label`, `unit`, `hint`: visible text in both languages.
/// - `value`/`on_change`: the model; `None` means empty, allowed only when `optional`.
/// - `revision`: bumped when the model is replaced wholesale (preset, reset), so a stale draft is dropped.
/// - `external_error`: a message from the solver that belongs to this field (e.g. CO ≥ PR).
/// - `on_validity`: told `true` while the typed text does not read, so the page can mark its results stale.
#[component]
pub fn NumberField(
    id: String,
    label: Text,
    #[prop(optional_no_strip)] unit: Option<Text>,
    #[prop(optional_no_strip)] hint: Option<Text>,
    range: Range,
    #[prop(optional)] optional: bool,
    #[prop(into)] value: Signal<Option<f64>>,
    on_change: Callback<Option<f64>>,
    #[prop(into)] revision: Signal<u32>,
    #[prop(into, optional)] external_error: Signal<Option<String>>,
    #[prop(optional)] on_validity: Option<Callback<bool>>,
) -> impl IntoView {
    let lang = use_lang();
    // The learner's text and the revision it was typed against.
    let draft: RwSignal<Option<(u32, String)>> = RwSignal::new(None);
    let current_draft = move || draft.get().filter(|(rev, _)| *rev == revision.get()).map(|(_, text)| text);
    let shown =
        move || current_draft().unwrap_or_else(|| value.get().map(|v| format_plain(v, lang.get(), FIELD_DECIMALS)).unwrap_or_default());
    let own_error = move || {
        let text = current_draft()?;
        if optional && text.trim().is_empty() {
            return None;
        }
        range.parse(&text, lang.get()).err()
    };
    let error = move || own_error().or_else(|| external_error.get());
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        draft.set(Some((revision.get_untracked(), text.clone())));
        let parsed = if optional && text.trim().is_empty() { Ok(None) } else { range.parse(&text, lang.get_untracked()).map(Some) };
        if let Some(report) = on_validity {
            report.run(parsed.is_err());
        }
        if let Ok(value) = parsed {
            on_change.run(value);
        }
    };
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = {
        let error_id = error_id.clone();
        let hint_id = hint_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error().is_some() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    view! {
        <div class="field" class:field--invalid=move || error().is_some()>
            <label for=id.clone() class="field__label">
                {move || label.get(lang.get())}
                {unit.map(|u| view! { <span class="field__unit">{move || format!(" ({})", u.get(lang.get()))}</span> })}
            </label>
            <input
                id=id.clone()
                data-testid=id.clone()
                class="field__input"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                aria-invalid=move || if error().is_some() { "true" } else { "false" }
                aria-describedby=described_by
                prop:value=shown
                on:input=on_input
            />
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{move || h.get(lang.get())}</p> })}
            <p class="field__error" id=error_id.clone() data-testid=format!("{id}-error") role="alert" aria-live="polite">
                {error}
            </p>
        </div>
    }
}
