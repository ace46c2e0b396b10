//! A plain, accessible data table: the alternative to every chart. The table itself is written
//! by [`crate::kit::html::table`] (escaped, tested on the host); this wrapper makes it a
//! scrollable, focusable region.

use crate::kit::html;
use crate::kit::report::Table;
use leptos::prelude::*;

#[component]
pub fn DataTable(#[prop(into)] table: Signal<Option<Table>>) -> impl IntoView {
    let caption = move || table.with(|t| t.as_ref().map(|t| t.caption.clone()).unwrap_or_default());
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=caption
            inner_html=move || table.with(|t| t.as_ref().map(html::table).unwrap_or_default())></div>
    }
}
