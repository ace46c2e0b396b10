//! The time-phased grid widget. Read-only, it is the HTML of [`crate::kit::html::grid`]. In
//! "fill it yourself" mode the computed rows become answer fields; "Check" marks every cell and
//! explains the first wrong one with its computation ([`crate::kit::grid::check`]). The grid is
//! HTML text in both modes, with one input listener for every field: typed views per cell cost
//! about 20 KiB of wasm.

use super::table::ExportButtons;
use super::use_lang;
use crate::i18n::{Lang, Text};
use crate::kit::grid::{check, Grid, GridCheck};
use crate::kit::html::{self, Filling};
use crate::kit::report::Table;
use crate::platform;
use crate::t;
use leptos::html::Div;
use leptos::prelude::*;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

#[component]
pub fn GridView(#[prop(into)] grid: Signal<Option<Grid>>, prefix: String) -> impl IntoView {
    let lang = use_lang();
    let text = move |t: Text| move || t.get(lang.get());
    let filling = RwSignal::new(false);
    let answers: RwSignal<BTreeMap<String, String>> = RwSignal::new(BTreeMap::new());
    let checked: RwSignal<Option<GridCheck>> = RwSignal::new(None);
    // "Why is this 250?": a computed cell clicked or reached with the keyboard says how it is obtained.
    let why: RwSignal<Option<String>> = RwSignal::new(None);
    let pick = move |target: Option<web_sys::EventTarget>| {
        if filling.get_untracked() {
            return;
        }
        let cell = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("td[data-testid]").ok().flatten());
        if let Some(id) = cell.and_then(|c| c.get_attribute("data-testid")) {
            why.set(grid.with_untracked(|g| g.as_ref().and_then(|g| g.explain(&id, lang.get_untracked()))));
        }
    };
    let export_id = format!("{prefix}-grid");
    let caption = move || grid.with(|g| g.as_ref().map(|g| g.caption.clone()).unwrap_or_default());
    let on_check = move |_| {
        let result = grid.with_untracked(|g| g.as_ref().map(|g| answers.with_untracked(|a| check(g, a, lang.get_untracked()))));
        checked.set(result);
    };
    // Typed answers are read from the fields, not drawn again: the table is redrawn only when the
    // grid, the mode or the verdicts change, so typing never loses focus.
    let on_input = move |ev: leptos::ev::Event| {
        let field: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(cell) = field.get_attribute("data-cell") {
            let typed = field.value();
            answers.update_untracked(|a| {
                a.insert(cell, typed);
            });
        }
    };
    // Read-only and drawn again in the same language and frame, only the changed cells are
    // rewritten; filling, or anything else, draws the grid whole.
    let node = NodeRef::<Div>::new();
    let drawn: StoredValue<Option<(Grid, Lang)>> = StoredValue::new(None);
    Effect::new(move |_| {
        let Some(wrapper) = node.get() else { return };
        let lang = lang.get();
        let fill = filling.get();
        checked.with(|c| {
            grid.with(|now| {
                let patched = !fill
                    && drawn.with_value(|was| match (was, now) {
                        (Some((was, was_lang)), Some(now)) if *was_lang == lang => {
                            html::grid_patches(was, now, lang).is_some_and(|patches| platform::patch_cells(&wrapper, &patches))
                        }
                        _ => false,
                    });
                if !patched {
                    let html = answers.with_untracked(|a| {
                        let state = Filling { answers: a, verdicts: c.as_ref().map(|c| &c.verdicts) };
                        now.as_ref().map(|g| html::grid(g, fill.then_some(&state), lang)).unwrap_or_default()
                    });
                    wrapper.set_inner_html(&html);
                }
                drawn.set_value(now.as_ref().filter(|_| !fill).map(|g| (g.clone(), lang)));
                // An explanation of the numbers drawn before would now be wrong.
                why.set(None);
            });
        });
    });
    let score = move || {
        checked.with(|c| {
            c.as_ref().map(|c| match lang.get() {
                Lang::Fr => format!("{} cases justes sur {}.", c.right, c.total),
                Lang::En => format!("{} of {} cells right.", c.right, c.total),
            })
        })
    };
    view! {
        <div class="grid-block">
            <button type="button" class="button button--small" data-testid=format!("{prefix}-grid-fill") aria-pressed=move || if filling.get() { "true" } else { "false" }
                on:click=move |_| { filling.update(|f| *f = !*f); checked.set(None); why.set(None); }>
                {move || if filling.get() { t!("Voir la grille calculée", "Show the computed grid") } else { t!("Remplir la grille moi-même", "Fill the grid myself") }.get(lang.get())}
            </button>
            {move || filling.get().then(|| view! {
                <p class="field__hint">{text(t!("Remplissez les lignes calculées, puis vérifiez. Les données restent affichées.", "Fill in the computed rows, then check. The given data stay on screen."))}</p>
            })}
            <div class="table-wrap grid-wrap" tabindex="0" role="region" aria-label=caption on:input=on_input
                on:click=move |ev| pick(ev.target()) on:focusin=move |ev| pick(ev.target()) node_ref=node></div>
            <p class="grid__why" aria-live="polite" data-testid=format!("{prefix}-grid-why")>{move || why.get()}</p>
            {move || filling.get().then(|| view! {
                <button type="button" class="button button--accent button--small" data-testid=format!("{prefix}-grid-check") on:click=on_check>{text(t!("Vérifier la grille", "Check the grid"))}</button>
                <p class="grid__score" role="status" aria-live="polite" data-testid=format!("{prefix}-grid-score")>{score}</p>
                <p class="grid__explain" data-testid=format!("{prefix}-grid-explain")>{move || checked.with(|c| c.as_ref().and_then(|c| c.first_wrong.as_ref().map(|(_, why)| why.clone())))}</p>
            })}
            <div inner_html=move || grid.with(|g| g.as_ref().map(|g| html::grid_legend(g, lang.get())).unwrap_or_default())></div>
            <ExportButtons test_id=export_id
                table=Callback::new(move |()| grid.with_untracked(|g| g.as_ref().map(|g| Table::from_grid(g, format!("{}-grid", g.prefix))))) />
        </div>
    }
}
