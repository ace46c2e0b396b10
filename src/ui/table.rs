//! A plain, accessible data table: the alternative to every chart. The table itself is written
//! by [`crate::kit::html::table`] (escaped, tested on the host); this wrapper makes it a
//! scrollable, focusable region. Drawn again with the same rows and columns, only the cells
//! that changed are rewritten ([`crate::kit::html::table_patches`]). A stepwise table (the
//! passes of a network) can be revealed one row at a time.

use super::use_lang;
use crate::i18n::Lang;
use crate::kit::report::Table;
use crate::kit::{export, html};
use crate::platform;
use crate::t;
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn DataTable(#[prop(into)] table: Signal<Option<Table>>) -> impl IntoView {
    let lang = use_lang();
    let caption = move || table.with(|t| t.as_ref().map(|t| t.caption.clone()).unwrap_or_default());
    let node = NodeRef::<Div>::new();
    let drawn: StoredValue<Option<Table>> = StoredValue::new(None);
    // Rows shown while stepping through the table; `None`: all of them.
    let step: RwSignal<Option<usize>> = RwSignal::new(None);
    let row_count = Memo::new(move |_| table.with(|t| t.as_ref().map_or(0, |t| t.rows.len())));
    let stepwise = move || table.with(|t| t.as_ref().is_some_and(|t| t.stepwise));
    Effect::new(move |_| {
        let Some(wrapper) = node.get() else { return };
        table.with(|now| {
            let patched = drawn.with_value(|was| match (was, now) {
                (Some(was), Some(now)) => html::table_patches(was, now).is_some_and(|patches| platform::patch_cells(&wrapper, &patches)),
                _ => false,
            });
            if !patched {
                wrapper.set_inner_html(&now.as_ref().map(html::table).unwrap_or_default());
            }
            drawn.set_value(now.clone());
        });
        // Only a stepwise table hides rows: touching every row of the others (ABC's 500) on each
        // keystroke cost milliseconds.
        if stepwise() {
            platform::show_rows(&wrapper, step.get().map(|n| n.min(row_count.get())));
        }
    });
    let id = move || table.with(|t| t.as_ref().map(|t| t.test_id.clone()).unwrap_or_default());
    let where_now = move || {
        let n = step.get()?.min(row_count.get());
        let name = table.with(|t| t.as_ref().and_then(|t| t.rows.get(n.checked_sub(1)?)?.first().map(|c| c.text.clone())))?;
        let total = row_count.get();
        Some(match lang.get() {
            Lang::Fr => format!("Étape {n} sur {total} : {name}"),
            Lang::En => format!("Step {n} of {total}: {name}"),
        })
    };
    view! {
        <div class="data-block">
        {move || stepwise().then(|| view! {
            <div class="stepper">
                <button type="button" class="button button--small" data-testid=format!("{}-step", id())
                    aria-pressed=move || if step.get().is_some() { "true" } else { "false" }
                    on:click=move |_| step.update(|s| *s = if s.is_some() { None } else { Some(1) })>
                    {move || if step.get().is_some() { t!("Tout afficher", "Show all") } else { t!("Pas à pas", "Step by step") }.get(lang.get())}
                </button>
                {move || step.get().map(|n| view! {
                    <button type="button" class="button button--small" data-testid=format!("{}-prev", id()) disabled={n <= 1}
                        on:click=move |_| step.update(|s| *s = s.map(|n| n.saturating_sub(1).max(1)))>
                        {move || t!("Précédente", "Previous").get(lang.get())}
                    </button>
                    <button type="button" class="button button--small" data-testid=format!("{}-next", id()) disabled={n >= row_count.get()}
                        on:click=move |_| step.update(|s| *s = s.map(|n| (n + 1).min(row_count.get_untracked())))>
                        {move || t!("Suivante", "Next").get(lang.get())}
                    </button>
                })}
                <span role="status" aria-live="polite" data-testid=format!("{}-count", id())>{where_now}</span>
            </div>
        })}
        <div class="table-wrap" tabindex="0" role="region" aria-label=caption node_ref=node></div>
        <ExportButtons test_id=Signal::derive(id) table=Callback::new(move |()| table.get_untracked()) />
        </div>
    }
}

/// Copy a table for a spreadsheet (tab-separated, the language's number format) or save it as CSV.
/// The table is asked for only on a click: a grid is turned into one then, not on every keystroke.
#[component]
pub fn ExportButtons(#[prop(into)] test_id: Signal<String>, table: Callback<(), Option<Table>>) -> impl IntoView {
    let lang = use_lang();
    let copied = RwSignal::new(false);
    let id = move || test_id.get();
    let on_copy = move |_| {
        let Some(text) = table.run(()).map(|t| export::tsv(&t, lang.get_untracked())) else { return };
        leptos::task::spawn_local(async move { copied.set(platform::copy_text(text).await) });
    };
    let on_csv = move |_| {
        if let Some(text) = table.run(()).map(|t| export::csv(&t, lang.get_untracked())) {
            platform::download(&format!("{}.csv", test_id.get_untracked()), &platform::text_data_url("text/csv", &text));
        }
    };
    view! {
        <div class="export no-print">
            <button type="button" class="button button--small button--quiet" data-testid=move || format!("{}-copy", id()) on:click=on_copy>
                {move || t!("Copier pour un tableur", "Copy for a spreadsheet").get(lang.get())}</button>
            <button type="button" class="button button--small button--quiet" data-testid=move || format!("{}-csv", id()) on:click=on_csv>
                {move || t!("Télécharger en CSV", "Download as CSV").get(lang.get())}</button>
            <span class="toolbar__copied" role="status">{move || copied.get().then(|| t!("Copié", "Copied").get(lang.get()))}</span>
        </div>
    }
}
