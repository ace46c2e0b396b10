//! A small binding to `AtelierCharts` (public/charts.js, loaded by [`load`] once the first
//! numbers are on screen: they never wait for charts). It draws the JSON option that
//! `crate::charts` writes as SVG. We keep the instance ourselves instead of looking the element
//! up by id, which fails when an effect runs before a freshly routed view is in the document.

use crate::i18n::Lang;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[derive(Clone)]
    pub type ChartInstance;

    #[wasm_bindgen(catch, js_namespace = AtelierCharts, js_name = init)]
    fn charts_init(element: &web_sys::HtmlElement) -> Result<ChartInstance, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    fn set_option(this: &ChartInstance, option: &JsValue, settings: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub fn resize(this: &ChartInstance);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &ChartInstance);

    #[wasm_bindgen(method, js_name = toPng)]
    fn to_png(this: &ChartInstance) -> js_sys::Promise;
}

/// The chart as a PNG data URL at twice its size, on white; `None` when the browser cannot draw
/// the SVG as an image.
pub async fn png(instance: &ChartInstance) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(instance.to_png()).await.ok()?.as_string()
}

/// Loads `charts.js` (next to the page, precached by the service worker for offline use) and
/// calls `done` with whether it ran.
pub fn load(done: impl Fn(bool) + 'static) {
    let global = js_sys::global();
    if Reflect::get(&global, &"AtelierCharts".into()).is_ok_and(|e| e.is_object()) {
        done(true);
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        done(false);
        return;
    };
    let Ok(script) = document.create_element("script") else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(done);
    let on_load = {
        let done = done.clone();
        Closure::<dyn Fn()>::new(move || done(true))
    };
    let on_error = Closure::<dyn Fn()>::new(move || done(false));
    let _ = Reflect::set(&script, &"onload".into(), on_load.as_ref());
    let _ = Reflect::set(&script, &"onerror".into(), on_error.as_ref());
    // Called once per page: the two handlers live as long as it.
    on_load.forget();
    on_error.forget();
    let _ = script.set_attribute("src", "charts.js");
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

/// `None` when the charts script did not load: the data table still shows the numbers.
pub fn init(element: &web_sys::HtmlElement) -> Option<ChartInstance> {
    charts_init(element).ok()
}

/// Draws `json` (a serialised chart option) with numbers in `lang`. Projected (1 800 px and
/// wider, or projector mode), chart text grows with the page's so the back row reads it;
/// projector mode also thickens the lines.
pub fn show(instance: &ChartInstance, json: &str, lang: Lang, projector: bool) {
    let Ok(option) = js_sys::JSON::parse(json) else { return };
    let wide = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w >= 1800.0);
    let settings = js_sys::Object::new();
    let _ = Reflect::set(&settings, &"locale".into(), &(if lang == Lang::Fr { "fr-FR" } else { "en" }).into());
    let font_size = if projector {
        20
    } else if wide {
        16
    } else {
        12
    };
    let _ = Reflect::set(&settings, &"fontSize".into(), &font_size.into());
    let _ = Reflect::set(&settings, &"lineWidth".into(), &(if projector { 4 } else { 0 }).into());
    let _ = instance.set_option(&option, &settings);
}
