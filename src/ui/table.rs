//! A plain, accessible data table: the alternative to every chart. Cells carry an optional test id.

use crate::kit::report::Cell;
use leptos::prelude::*;

/// `caption` titles the table; the first cell of each row is its header. Every cell has a test
/// id: its own, or `<test_id>-<row>-<column>` counted from 0, so every number on screen can be read.
#[component]
pub fn DataTable(
    #[prop(into)] caption: Signal<String>,
    #[prop(into)] headers: Signal<Vec<String>>,
    #[prop(into)] rows: Signal<Vec<Vec<Cell>>>,
    test_id: String,
) -> impl IntoView {
    let prefix = test_id.clone();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || caption.get()>
            <table class="data-table" data-testid=test_id>
                <caption>{move || caption.get()}</caption>
                <thead>
                    <tr>{move || headers.get().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().enumerate().map(|(r, row)| {
                        let prefix = prefix.clone();
                        let mut cells = row.into_iter().enumerate().map(move |(c, cell)| {
                            (cell.test_id.unwrap_or_else(|| format!("{prefix}-{r}-{c}")), cell.text)
                        });
                        let head = cells.next().map(|(id, text)| view! { <th scope="row" data-testid=id>{text}</th> });
                        view! {
                            <tr>
                                {head}
                                {cells.map(|(id, text)| view! { <td data-testid=id>{text}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
