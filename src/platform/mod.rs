//! The only code that touches the browser: storage, location, clipboard, the ECharts handle and
//! the crash panel. Everything here degrades instead of panicking.

pub mod charts;
pub mod crash;
pub mod storage;

use wasm_bindgen::JsCast;

/// Removes the "loading" line that index.html shows until the app starts.
pub fn remove_boot_message() {
    if let Some(boot) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
}

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current fragment, `#/eoq?…`, or empty.
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Rewrites the fragment without adding a history entry (called on every edit).
pub fn replace_hash(fragment: &str) {
    if hash() == fragment {
        return;
    }
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// The address of the page without its fragment, for share links.
pub fn base_url() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    format!("{}{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
}

pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if let Some(first) = navigator.language() {
        out.push(first);
    }
    out
}

pub fn set_document_language(code: &str, title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        document.set_title(title);
    }
}

/// Copies text; resolves to whether it worked (no clipboard outside secure contexts).
pub async fn copy_text(text: String) -> bool {
    let Some(window) = window() else { return false };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok()
}

/// Calls `handler` on every `hashchange`, for the life of the page.
pub fn on_hash_change(handler: impl Fn(String) + 'static) {
    listen_window("hashchange", move |_| handler(hash()));
}

/// Calls `handler` when another tab changes local storage.
pub fn on_storage_change(handler: impl Fn(Option<String>) + 'static) {
    listen_window("storage", move |event| {
        let key = event.dyn_ref::<web_sys::StorageEvent>().and_then(web_sys::StorageEvent::key);
        handler(key);
    });
}

pub fn on_resize(handler: impl Fn() + 'static) -> Option<impl FnOnce()> {
    let window = window()?;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |_| handler());
    window.add_event_listener_with_callback("resize", closure.as_ref().unchecked_ref()).ok()?;
    Some(move || {
        let _ = window.remove_event_listener_with_callback("resize", closure.as_ref().unchecked_ref());
    })
}

fn listen_window(event: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let Some(window) = window() else { return };
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(handler);
    let _ = window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // App-wide listeners live as long as the page.
    closure.forget();
}

/// Milliseconds since an arbitrary origin, for exercise seeds.
pub fn now_millis() -> f64 {
    js_sys::Date::now()
}

/// Asks the learner to confirm; `true` where no dialog can be shown.
pub fn confirm(message: &str) -> bool {
    window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(true)
}
