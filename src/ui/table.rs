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

/// `caption` titles the table; the first cell of each row is its header.
#[component]
pub fn DataTable(
    #[prop(into)] caption: Signal<String>,
    #[prop(into)] headers: Signal<Vec<String>>,
    #[prop(into)] rows: Signal<Vec<Vec<Cell>>>,
    #[prop(optional)] test_id: &'static str,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || caption.get()>
            <table class="data-table" data-testid=test_id>
                <caption>{move || caption.get()}</caption>
                <thead>
                    <tr>{move || headers.get().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|row| {
                        let mut cells = row.into_iter();
                        let head = cells.next().map(|c| view! { <th scope="row" data-testid=c.test_id>{c.text}</th> });
                        view! {
                            <tr>
                                {head}
                                {cells.map(|c| view! { <td data-testid=c.test_id>{c.text}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
