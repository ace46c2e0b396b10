//! A plain, accessible data table: the alternative to every chart. The table itself is written
//! by [`crate::kit::html::table`] (escaped, tested on the host); this wrapper makes it a
//! scrollable, focusable region. Drawn again with the same rows and columns, only the cells
//! that changed are rewritten ([`crate::kit::html::table_patches`]).

use crate::kit::html;
use crate::kit::report::Table;
use crate::platform;
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn DataTable(#[prop(into)] table: Signal<Option<Table>>) -> impl IntoView {
    let caption = move || table.with(|t| t.as_ref().map(|t| t.caption.clone()).unwrap_or_default());
    let node = NodeRef::<Div>::new();
    let drawn: StoredValue<Option<Table>> = StoredValue::new(None);
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
    });
    view! { <div class="table-wrap" tabindex="0" role="region" aria-label=caption node_ref=node></div> }
}
