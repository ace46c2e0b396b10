//! A series of numbers (demand per period) typed as text, with its own draft and message, and an
//! optional generator of random data.

use super::number_field::NumberField;
use super::state::LessonState;
use super::use_lang;
use crate::i18n::{format_plain, Lang, Text};
use crate::kit::codec::parse_series;
use crate::kit::values::Value;
use crate::kit::{Generator, SeriesSpec};
use crate::platform;
use crate::scenario::links::{Bound, Range};
use crate::t;
use leptos::prelude::*;

fn format_series(series: &[f64], lang: Lang) -> String {
    series.iter().map(|d| format_plain(*d, lang, 6)).collect::<Vec<_>>().join(" ")
}

#[component]
pub fn SeriesField(
    state: LessonState,
    param: &'static str,
    spec: &'static SeriesSpec,
    label: Text,
    hint: Option<Text>,
    #[prop(into)] external_error: Signal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let id = format!("{}-input-{param}", state.lesson.id);
    let draft: RwSignal<Option<(u32, String)>> = RwSignal::new(None);
    let current = move || draft.get().filter(|(rev, _)| *rev == state.revision.get()).map(|(_, t)| t);
    let shown = move || current().unwrap_or_else(|| state.values.with(|v| format_series(v.series(param), lang.get())));
    let own_error = move || current().and_then(|t| parse_series(spec, &t).err()).map(|p| p.describe(spec, lang.get()));
    let error = move || own_error().or_else(|| external_error.get());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let draft_id = id.clone();
    view! {
        <div class="field" class:field--invalid=move || error().is_some()>
            <label class="field__label" for=id.clone()>{move || label.get(lang.get())}</label>
            <textarea id=id.clone() data-testid=id.clone() class="field__input" rows="3"
                aria-describedby=format!("{hint_id} {error_id}")
                aria-invalid=move || if error().is_some() { "true" } else { "false" }
                prop:value=shown
                on:input=move |ev| {
                    let raw = event_target_value(&ev);
                    draft.set(Some((state.revision.get_untracked(), raw.clone())));
                    let parsed = parse_series(spec, &raw);
                    state.mark_input(draft_id.clone(), parsed.is_err());
                    if let Ok(series) = parsed {
                        state.set(param, Value::Series(series));
                    }
                }></textarea>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{move || h.get(lang.get())}</p> })}
            <p class="field__error" id=error_id.clone() role="alert" data-testid=error_id.clone()>{error}</p>
        </div>
        {spec.generate.map(|generate| view! { <Generator state=state param=param spec=spec generate=generate /> })}
    }
}

/// Random data of a chosen mean, spread and length, for trying a lesson on other numbers.
#[component]
fn Generator(state: LessonState, param: &'static str, spec: &'static SeriesSpec, generate: Generator) -> impl IntoView {
    let lang = use_lang();
    let label = move |text: Text| move || text.get(lang.get());
    let lesson = state.lesson.id;
    let mean = RwSignal::new(Some(325.0));
    let sd = RwSignal::new(Some(150.0));
    let periods = RwSignal::new(Some(10.0));
    #[allow(clippy::cast_precision_loss)] // a series cap is a small count
    let length = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(spec.max_len as f64)).integer();
    let on_generate = move |_| {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // the field is ranged: whole, 1..=max_len
        let count = periods.get_untracked().unwrap_or(10.0) as usize;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Date.now(): positive milliseconds
        let seed = platform::now_millis() as u64;
        let series = generate(seed, count, mean.get_untracked().unwrap_or(0.0), sd.get_untracked().unwrap_or(0.0));
        let mut values = state.values.get_untracked();
        values.set(param, Value::Series(series));
        state.replace(values, None);
    };
    let no_revision = Signal::derive(|| 0);
    view! {
        <details class="paste">
            <summary>{label(t!("Générer des données aléatoires", "Generate random data"))}</summary>
            <div class="generator">
                <NumberField id=format!("{lesson}-gen-mean") label=t!("Moyenne", "Mean") range=Range::NON_NEGATIVE value=mean on_change=Callback::new(move |v| mean.set(v)) revision=no_revision />
                <NumberField id=format!("{lesson}-gen-sd") label=t!("Écart type", "Standard deviation") range=Range::NON_NEGATIVE value=sd on_change=Callback::new(move |v| sd.set(v)) revision=no_revision />
                <NumberField id=format!("{lesson}-gen-periods") label=t!("Nombre de valeurs", "Number of values") range=length value=periods on_change=Callback::new(move |v| periods.set(v)) revision=no_revision />
            </div>
            <button type="button" class="button button--small" data-testid=format!("{lesson}-generate") on:click=on_generate>
                {label(t!("Générer", "Generate"))}
            </button>
        </details>
    }
}
