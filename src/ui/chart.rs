//! A chart (SVG, drawn by public/charts.js) bound to a reactive option. Initialised once on
//! mount, updated on change, disposed on cleanup. It always sits next to a data table with the
//! same numbers.

use super::{use_charts, use_lang, use_projector};
use crate::i18n::Text;
use crate::platform::charts::{self, ChartInstance};
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// `option` is the chart as JSON (a serialised charming chart); `label` describes it for screen
/// readers, which are pointed to the table instead of the canvas.
#[component]
pub fn ChartView(#[prop(into)] option: Signal<String>, label: Text, test_id: String) -> impl IntoView {
    let lang = use_lang();
    let charts = use_charts();
    let projector = use_projector();
    let node = NodeRef::<Div>::new();
    let instance: StoredValue<Option<SendWrapper<ChartInstance>>> = StoredValue::new(None);
    let unavailable = RwSignal::new(false);

    Effect::new(move |_| {
        let json = option.get();
        let projected = projector.0.get();
        let Some(element) = node.get() else { return };
        match charts.ready() {
            None => return,
            Some(false) => {
                unavailable.set(true);
                return;
            }
            Some(true) => {}
        }
        if instance.with_value(Option::is_none) {
            let Some(created) = charts::init(&element) else {
                unavailable.set(true);
                return;
            };
            instance.set_value(Some(SendWrapper::new(created)));
        }
        // After the frame that shows the new numbers: a chart of 241 points took 1.3 ms of a
        // keystroke at crashing's caps, and numbers and tables never wait for charts.
        crate::platform::after_paint(move || {
            instance.try_with_value(|chart| {
                if let Some(chart) = chart {
                    charts::show(chart, &json, lang.get_untracked(), projected);
                }
            });
        });
    });

    let stop_resize = crate::platform::on_resize(move || {
        instance.with_value(|chart| {
            if let Some(chart) = chart {
                chart.resize();
            }
        });
    })
    .map(SendWrapper::new);
    on_cleanup(move || {
        if let Some(stop) = stop_resize {
            (stop.take())();
        }
        if let Some(Some(chart)) = instance.try_update_value(Option::take) {
            chart.dispose();
        }
    });

    let png_id = format!("{test_id}-png");
    let png_name = format!("{test_id}.png");
    let on_png = move |_| {
        let Some(chart) = instance.with_value(|chart| chart.as_deref().cloned()) else { return };
        let name = png_name.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(url) = charts::png(&chart).await {
                crate::platform::download(&name, &url);
            }
        });
    };
    view! {
        <figure class="chart" data-testid=test_id>
            <div class="chart__canvas" node_ref=node role="img" aria-label=move || label.get(lang.get())></div>
            <button type="button" class="button button--small button--quiet no-print" data-testid=png_id on:click=on_png
                hidden=move || unavailable.get()>{move || Text::new("Télécharger l’image (PNG)", "Download the image (PNG)").get(lang.get())}</button>
            {move || unavailable.get().then(|| view! {
                <p class="chart__fallback">{move || Text::new("Graphique indisponible : les valeurs sont dans le tableau.", "Chart unavailable: the values are in the table.").get(lang.get())}</p>
            })}
        </figure>
    }
}
