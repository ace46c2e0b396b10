//! A small binding to the global `echarts` (the vendored bundle, loaded by [`load`] once the
//! first numbers are on screen: they never wait for charts). We keep the instance ourselves
//! instead of looking the element up by id, which fails when an effect runs before a freshly
//! routed view is in the document.

use crate::i18n::Lang;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    pub type EchartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(element: &web_sys::HtmlElement, theme: &JsValue, options: &JsValue) -> Result<EchartsInstance, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    fn set_option(this: &EchartsInstance, option: &JsValue, settings: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub fn resize(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &EchartsInstance, options: &JsValue) -> String;
}

/// The chart as a PNG data URL, at twice the screen's pixels on a white background (ECharts' own
/// export; the canvas renderer has no SVG to give).
pub fn png(instance: &EchartsInstance) -> String {
    let options = js_sys::Object::new();
    let _ = Reflect::set(&options, &"type".into(), &"png".into());
    let _ = Reflect::set(&options, &"pixelRatio".into(), &2.into());
    let _ = Reflect::set(&options, &"backgroundColor".into(), &"#fff".into());
    instance.get_data_url(&options)
}

/// Loads `echarts.min.js` (next to the page, precached by the service worker for offline use)
/// and calls `done` with whether it ran.
pub fn load(done: impl Fn(bool) + 'static) {
    let global = js_sys::global();
    if Reflect::get(&global, &"echarts".into()).is_ok_and(|e| e.is_object()) {
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
    let _ = script.set_attribute("src", "echarts.min.js");
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

/// `None` when the ECharts script did not load: the data table still shows the numbers.
pub fn init(element: &web_sys::HtmlElement) -> Option<EchartsInstance> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"renderer".into(), &"canvas".into());
    echarts_init(element, &JsValue::NULL, &options).ok()
}

/// Shows `json` (a serialised charming chart). Series are replaced whole but the rest of the
/// option is merged, and drawing waits for ECharts' next frame: rebuilding everything on each
/// keystroke (`notMerge`) cost 10–20 ms per chart, more than a frame.
pub fn show(instance: &EchartsInstance, json: &str, lang: Lang, projector: bool) {
    if let Ok(option) = js_sys::JSON::parse(json) {
        if lang == Lang::Fr {
            localise_value_axes(&option, "fr-FR");
        }
        // Projected (1 800 px and wider, or projector mode), chart text grows with the page's so
        // the back row reads it; projector mode also thickens the lines.
        let wide = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w >= 1800.0);
        if wide || projector {
            let text = js_sys::Object::new();
            let _ = Reflect::set(&text, &"fontSize".into(), &(if projector { 20 } else { 16 }).into());
            let _ = Reflect::set(&option, &"textStyle".into(), &text);
        }
        if projector {
            thicken_lines(&option);
        }
        let settings = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&settings, &"replaceMerge".into(), &js_sys::Array::of1(&"series".into()));
        let _ = js_sys::Reflect::set(&settings, &"lazyUpdate".into(), &true.into());
        let _ = instance.set_option(&option, &settings);
    }
}

/// Lines four pixels wide, for a projector seen from the back of a room.
fn thicken_lines(option: &JsValue) {
    let Ok(series) = Reflect::get(option, &"series".into()) else { return };
    for one in js_sys::Array::from(&series).iter() {
        let style = js_sys::Object::new();
        let _ = Reflect::set(&style, &"width".into(), &4.into());
        let _ = Reflect::set(&one, &"lineStyle".into(), &style);
    }
}

/// ECharts groups axis numbers with commas in every language, which reads as a decimal comma in
/// French ("1,200"). A formatter is a JavaScript function, which the JSON option cannot carry, so
/// it is added here to every value axis.
fn localise_value_axes(option: &JsValue, locale: &str) {
    // The browser groups French digits with a narrow no-break space, which the charts' canvas
    // drew with no visible gap on the y axis ("50000"); the page's numbers use the no-break space.
    let formatter = js_sys::Function::new_with_args(
        "value",
        &format!("return typeof value === 'number' ? value.toLocaleString('{locale}').replace(/\\u202f/g, '\\u00a0') : value"),
    );
    // Tooltips too: they show the same numbers.
    if let Ok(tooltip) = Reflect::get(option, &"tooltip".into()) {
        if tooltip.is_object() {
            let _ = Reflect::set(&tooltip, &"valueFormatter".into(), &formatter);
        }
    }
    for key in ["xAxis", "yAxis"] {
        let Ok(axes) = Reflect::get(option, &key.into()) else { continue };
        let axes: Vec<JsValue> = if js_sys::Array::is_array(&axes) { js_sys::Array::from(&axes).to_vec() } else { vec![axes] };
        for axis in axes.iter().filter(|a| a.is_object()) {
            if Reflect::get(axis, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() != Some("value") {
                continue;
            }
            let label =
                Reflect::get(axis, &"axisLabel".into()).ok().filter(JsValue::is_object).unwrap_or_else(|| js_sys::Object::new().into());
            let _ = Reflect::set(&label, &"formatter".into(), &formatter);
            // Grouped French numbers are wider: on a phone "30 000" ran into "60 000".
            let _ = Reflect::set(&label, &"hideOverlap".into(), &true.into());
            let _ = Reflect::set(axis, &"axisLabel".into(), &label);
        }
    }
}

// Run in headless Chromium by `cargo test --target wasm32-unknown-unknown --lib` (see .ci/test).
#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn value_axes_read_french_and_hide_overlapping_labels() {
        let option = js_sys::JSON::parse(r#"{"xAxis":{"type":"category"},"yAxis":[{"type":"value"}],"tooltip":{}}"#).unwrap();
        localise_value_axes(&option, "fr-FR");
        let y_axis = js_sys::Array::from(&Reflect::get(&option, &"yAxis".into()).unwrap()).get(0);
        let label = Reflect::get(&y_axis, &"axisLabel".into()).unwrap();
        let formatter: js_sys::Function = Reflect::get(&label, &"formatter".into()).unwrap().dyn_into().unwrap();
        assert_eq!(formatter.call1(&JsValue::NULL, &50000.5.into()).unwrap().as_string().as_deref(), Some("50\u{a0}000,5"));
        assert_eq!(Reflect::get(&label, &"hideOverlap".into()).unwrap().as_bool(), Some(true));
        let x_axis = Reflect::get(&option, &"xAxis".into()).unwrap();
        assert!(!Reflect::get(&x_axis, &"axisLabel".into()).unwrap().is_object(), "a category axis keeps its labels");
    }
}
