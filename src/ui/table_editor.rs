//! The editable table, one widget for every lesson: typed cells checked as they are typed (the
//! message at the cell), the solver's culprit cell highlighted, rows added, removed and moved,
//! arrow keys between rows, and rows pasted from a spreadsheet.

use super::state::LessonState;
use super::use_lang;
use crate::i18n::{format_plain, Text};
use crate::kit::codec::{parse_cell, parse_paste, TableProblem};
use crate::kit::values::{Entry, Value};
use crate::kit::{ColumnKind, Kind, TableSpec};
use crate::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the same column of the row above or below.
fn focus_cell(id: &str) {
    if let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// A problem the solver found in a table: the culprit cell (row, column) if one, and the message.
#[derive(Clone, PartialEq)]
pub struct TableIssue {
    pub cell: Option<(usize, usize)>,
    pub message: String,
}

#[component]
pub fn TableEditor(
    state: LessonState,
    param: &'static str,
    spec: &'static TableSpec,
    label: Text,
    /// How to fill the cells, shown above the table.
    hint: Option<Text>,
    /// The solver's problem with this table, if any.
    #[prop(into)]
    problem: Signal<Option<TableIssue>>,
) -> impl IntoView {
    let lang = use_lang();
    let lesson = state.lesson;
    let text = move |t: Text| move || t.get(lang.get());
    // The row actions show a glyph; their name (read aloud, and shown on hover) says which row.
    let action = move |what: Text, row: usize| move || format!("{} {}", what.get(lang.get()), row + 1);
    // One table: the lesson's ids (`abc-add`, `abc-error`); several: each table's own
    // (`product-mix-resources-add`, `mix-resources-error`), so no id is used twice on a page.
    let several = lesson.inputs().filter(|i| matches!(i.kind, Kind::Table(_))).count() > 1;
    let (stem, error_id) = if several {
        (format!("{}-{param}", lesson.id), format!("{}-{param}-error", lesson.prefix))
    } else {
        (lesson.id.to_owned(), format!("{}-error", lesson.prefix))
    };
    let row_stem = stem.clone();
    let row_count = Memo::new(move |_| state.values.with(|v| v.rows(param).len()));
    let rows_now = move || state.values.with_untracked(|v| v.rows(param).to_vec());
    let replace_rows = move |rows: Vec<Vec<Entry>>| {
        let mut values = state.values.get_untracked();
        values.set(param, Value::Table(rows));
        state.replace(values, state.preset.get_untracked());
    };
    let pasted = RwSignal::new(String::new());
    let paste_error: RwSignal<Option<String>> = RwSignal::new(None);
    let import = move |_| match parse_paste(spec, &pasted.get_untracked()) {
        Ok(rows) => {
            replace_rows(rows);
            paste_error.set(None);
            pasted.set(String::new());
        }
        Err(problem) => paste_error.set(Some(problem.describe(spec, lang.get_untracked()))),
    };
    // One subscriber to the problem for the whole table: each cell watches only whether it is the
    // culprit, so a keystroke in a 500-row table does not wake every cell (measured: MRP at its cap
    // spent 3 ms a keystroke marking and cloning the problem's ten thousand subscribers).
    let culprit_cell = Selector::new(move || problem.with(|p| p.as_ref().and_then(|p| p.cell)));
    let cell_id = move |row: usize, column: usize| format!("{}-{row}-{}", spec.cell_id, spec.columns.get(column).map_or("", |c| c.key));

    let cell = move |row: usize, column: usize, entry: Entry| {
        let Some(col) = spec.columns.get(column) else { return ().into_any() };
        let id = cell_id(row, column);
        let invalid = RwSignal::new(false);
        let culprit_cell = culprit_cell.clone();
        let culprit = move || culprit_cell.selected(&Some((row, column)));
        let culprit_mark = culprit.clone();
        let shown = match &entry {
            Entry::Text(t) => t.clone(),
            Entry::Number(v) => format_plain(*v, lang.get_untracked(), 10),
            Entry::Numbers(v) => {
                let separator = if matches!(col.kind, ColumnKind::NumberList(..)) { " " } else { "/" };
                v.iter().map(|n| format_plain(*n, lang.get_untracked(), 10)).collect::<Vec<_>>().join(separator)
            }
        };
        let mark_id = id.clone();
        let on_input = move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            let parsed = parse_cell(col.kind, &typed);
            invalid.set(parsed.is_none());
            state.mark_input(mark_id.clone(), parsed.is_none());
            if let Some(entry) = parsed {
                let mut rows = rows_now();
                if let Some(slot) = rows.get_mut(row).and_then(|r| r.get_mut(column)) {
                    *slot = entry;
                    state.set(param, Value::Table(rows));
                }
            }
        };
        let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
            let target = match ev.key().as_str() {
                "ArrowDown" | "Enter" => Some(row + 1),
                "ArrowUp" => row.checked_sub(1),
                _ => return,
            };
            if let Some(target) = target.filter(|t| *t < row_count.get_untracked()) {
                ev.prevent_default();
                focus_cell(&cell_id(target, column));
            }
        };
        let error_id = format!("{id}-error");
        let numeric = matches!(col.kind, ColumnKind::Number(_) | ColumnKind::OptionalNumber(_));
        let words = matches!(col.kind, ColumnKind::Text | ColumnKind::Note);
        let list = matches!(col.kind, ColumnKind::NumberList(..));
        view! {
            <td class:cell--culprit=culprit_mark class:cell--invalid=move || invalid.get()>
                <input class="cell-input" class:cell-input--name=words class:cell-input--code={!numeric && !words && !list} class:cell-input--list=list type="text" inputmode=if numeric { "decimal" } else { "text" }
                    // A property, not an attribute: a redrawn row may reuse an input the learner typed in,
                    // and a typed-in input ignores its value attribute.
                    id=id.clone() data-testid=id.clone() prop:value=shown autocomplete="off"
                    aria-label=move || format!("{} {}", col.label.get(lang.get()), row + 1)
                    aria-invalid=move || if invalid.get() || culprit() { "true" } else { "false" }
                    aria-describedby=error_id.clone()
                    on:input=on_input on:keydown=on_keydown />
                <span class="cell__error" id=error_id.clone() data-testid=error_id role="alert">
                    {move || invalid.get().then(|| TableProblem::Cell { row, column }.describe(spec, lang.get()))}
                </span>
            </td>
        }
        .into_any()
    };

    view! {
        {hint.map(|h| view! { <p class="field__hint">{text(h)}</p> })}
        <div class="table-wrap table-wrap--edit" tabindex="0" role="region" aria-label=text(label)>
            <table class="data-table data-table--edit" data-testid=format!("{}-{param}", lesson.id)>
                <caption>{text(spec.caption)}</caption>
                <thead><tr>
                    {spec.columns.iter().map(|c| view! { <th scope="col">{text(c.label)}</th> }).collect_view()}
                    <th scope="col"><span class="visually-hidden">{text(t!("Actions", "Actions"))}</span></th>
                </tr></thead>
                <tbody>
                    {move || {
                        state.revision.track();
                        let count = row_count.get();
                        rows_now().into_iter().take(count).enumerate().map(|(row, entries)| view! {
                            <tr>
                                {entries.into_iter().enumerate().map(|(column, entry)| cell(row, column, entry)).collect_view()}
                                <td class="cell-actions">
                                    <button type="button" class="button button--small button--quiet" data-testid=format!("{row_stem}-up-{row}")
                                        disabled=row == 0
                                        aria-label=action(t!("Monter la ligne", "Move up row"), row) title=action(t!("Monter la ligne", "Move up row"), row)
                                        on:click=move |_| { let mut rows = rows_now(); if row > 0 && row < rows.len() { rows.swap(row - 1, row); replace_rows(rows); } }>"↑"</button>
                                    <button type="button" class="button button--small button--quiet" data-testid=format!("{row_stem}-down-{row}")
                                        disabled={row + 1 == count}
                                        aria-label=action(t!("Descendre la ligne", "Move down row"), row) title=action(t!("Descendre la ligne", "Move down row"), row)
                                        on:click=move |_| { let mut rows = rows_now(); if row + 1 < rows.len() { rows.swap(row, row + 1); replace_rows(rows); } }>"↓"</button>
                                    <button type="button" class="button button--small button--quiet" data-testid=format!("{row_stem}-remove-{row}")
                                        aria-label=action(t!("Supprimer la ligne", "Remove row"), row) title=action(t!("Supprimer la ligne", "Remove row"), row)
                                        on:click=move |_| { let mut rows = rows_now(); if row < rows.len() { rows.remove(row); replace_rows(rows); } }>"✕"</button>
                                </td>
                            </tr>
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <p class="field__error" role="alert" data-testid=error_id>{move || problem.with(|p| p.as_ref().map(|p| p.message.clone()))}</p>
        <button type="button" class="button button--small" data-testid=format!("{stem}-add")
            // Braced: a bare `>=` would close the tag in the view macro.
            disabled={move || row_count.get() >= spec.max_rows}
            on:click=move |_| { let mut rows = rows_now(); if rows.len() < spec.max_rows { rows.push((spec.new_row)(rows.len() + 1)); replace_rows(rows); } }>
            {text(t!("Ajouter une ligne", "Add a row"))}
        </button>
        <details class="paste">
            <summary>{text(t!("Coller depuis un tableur", "Paste from a spreadsheet"))}</summary>
            <label class="field__label" for=format!("{stem}-paste")>{text(t!("Lignes copiées depuis un tableur", "Rows copied from a spreadsheet"))}</label>
            <p class="field__hint" id=format!("{stem}-paste-hint")>
                {move || {
                    let lang = lang.get();
                    let columns = spec.columns.iter().map(|c| c.label.get(lang)).collect::<Vec<_>>().join(", ");
                    match lang {
                        crate::i18n::Lang::Fr => format!("Une ligne par article : {columns}, séparés par des tabulations ou des points-virgules ; virgule décimale acceptée ; une ligne d’en-tête est ignorée. Au plus {} lignes.", spec.max_rows),
                        crate::i18n::Lang::En => format!("One line per row: {columns}, separated by tabs or semicolons; decimal commas accepted; a header line is skipped. At most {} rows.", spec.max_rows),
                    }
                }}
            </p>
            <textarea id=format!("{stem}-paste") data-testid=format!("{stem}-paste") rows="6" class="field__input"
                aria-describedby=format!("{stem}-paste-hint")
                prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            <button type="button" class="button button--small" data-testid=format!("{stem}-import") on:click=import>
                {text(t!("Remplacer les lignes", "Replace the rows"))}
            </button>
            <p class="field__error" role="alert" data-testid=format!("{stem}-paste-error")>{move || paste_error.get()}</p>
        </details>
    }
}
