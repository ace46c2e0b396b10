//! A plain, accessible data table: the alternative to every chart and the home of every
//! time-phased grid. Cells carry an optional test id.

use leptos::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub test_id: Option<String>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Self {
        Self { text: text.into(), test_id: None }
    }

    pub fn with_id(text: impl Into<String>, test_id: impl Into<String>) -> Self {
        Self { text: text.into(), test_id: Some(test_id.into()) }
    }
}

/// `caption` titles the table; the first cell of each row is its header. Every cell has a test
/// id: its own, or `<test_id>-<row>-<column>` counted from 0, so every number on screen can be read.
#[component]
pub fn DataTable(
    #[prop(into)] caption: Signal<String>,
    #[prop(into)] headers: Signal<Vec<String>>,
    #[prop(into)] rows: Signal<Vec<Vec<Cell>>>,
    test_id: &'static str,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || caption.get()>
            <table class="data-table" data-testid=test_id>
                <caption>{move || caption.get()}</caption>
                <thead>
                    <tr>{move || headers.get().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().enumerate().map(|(r, row)| {
                        let mut cells = row.into_iter().enumerate().map(move |(c, cell)| {
                            (cell.test_id.unwrap_or_else(|| format!("{test_id}-{r}-{c}")), cell.text)
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
