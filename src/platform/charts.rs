//! A small binding to the global `echarts` (the vendored bundle loaded before the app). We keep
//! the instance ourselves instead of looking the element up by id, which fails when an effect
//! runs before a freshly routed view is in the document.

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
pub fn show(instance: &EchartsInstance, json: &str) {
    if let Ok(option) = js_sys::JSON::parse(json) {
        let settings = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&settings, &"replaceMerge".into(), &js_sys::Array::of1(&"series".into()));
        let _ = js_sys::Reflect::set(&settings, &"lazyUpdate".into(), &true.into());
        let _ = instance.set_option(&option, &settings);
    }
}
