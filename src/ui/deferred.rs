//! Results too slow for every keystroke (a lesson's [`crate::kit::Deferred`]): computed once the
//! learner has paused for a moment, for the last valid values. Until then the previous figures
//! stay, marked as being brought up to date.

use super::state::LessonState;
use super::use_lang;
use crate::kit::html;
use crate::kit::Deferred;
use crate::platform;
use leptos::prelude::*;
use std::fmt::Write as _;

/// The pause after the last edit before the work starts.
const PAUSE_MS: i32 = 250;

#[component]
pub fn DeferredPanel(state: LessonState, deferred: &'static Deferred) -> impl IntoView {
    let lang = use_lang();
    let lesson = state.lesson;
    // Results, tables and note as HTML text and the note's words.
    let shown: RwSignal<Option<(String, String, String)>> = RwSignal::new(None);
    let pending = RwSignal::new(true);
    let timer: StoredValue<Option<i32>> = StoredValue::new(None);
    // This effect writes signals, which effects here otherwise never do: the work must leave the
    // keystroke's task, and a timer is the way out of it.
    // Only new valid values (or another language) start the work again: typing an invalid value
    // changes the output but not what the simulation is about.
    let valid = Memo::new(move |_| state.output.with(|o| o.last_ok_values.clone()));
    Effect::new(move |_| {
        let values = valid.get();
        let lang = lang.get();
        pending.set(true);
        if let Some(previous) = timer.get_value() {
            platform::cancel(previous);
        }
        let handle = platform::after(PAUSE_MS, move || {
            let computed = values.and_then(|v| (deferred.compute)(&v, lang));
            shown.set(computed.map(|later| {
                let tables = later.tables.iter().fold(String::new(), |mut out, t| {
                    let _ = write!(
                        out,
                        r#"<div class="table-wrap" tabindex="0" role="region" aria-label="{}">{}</div>"#,
                        html::escape(&t.caption),
                        html::table(t)
                    );
                    out
                });
                (html::results(&later.lines, lang), tables, later.note)
            }));
            pending.set(false);
        });
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(handle) = timer.get_value() {
            platform::cancel(handle);
        }
    });
    let title_id = format!("{}-deferred", lesson.id);
    move || {
        shown.get().map(|(results, tables, note)| {
            view! {
                <section class="panel" aria-labelledby=title_id.clone() aria-busy=move || if pending.get() { "true" } else { "false" }
                    data-testid=format!("{}-simulation", lesson.prefix)>
                    <h2 id=title_id.clone()>{move || deferred.title.get(lang.get())}</h2>
                    <dl class="results" class:results--stale=move || pending.get() inner_html=results></dl>
                    <div class:results--stale=move || pending.get() inner_html=tables></div>
                    <p>{note}</p>
                </section>
            }
        })
    }
}
