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

/// Fragments longer than this (an ABC list of hundreds of items) wait for a pause in typing:
/// Chromium took 13 ms to rewrite a 7 KB address, most of a frame, on every keystroke.
const LONG_FRAGMENT: usize = 2048;
const LONG_FRAGMENT_PAUSE_MS: i32 = 300;

thread_local! {
    /// The long fragment waiting for its timer, and the timer.
    static PENDING_HASH: std::cell::RefCell<Option<(String, i32)>> = const { std::cell::RefCell::new(None) };
    /// The page's writes waiting for the next painted frame (see [`write_after_paint`]).
    static WAITING_WRITE: std::cell::RefCell<Option<WaitingWrite>> = std::cell::RefCell::new(None);
}

type WaitingWrite = Box<dyn FnOnce(Address)>;

/// Whether a waiting write may still rewrite the address bar.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Address {
    Ours,
    /// The address changed to another page (a link followed): only storage may be written.
    Left,
}

/// Runs `write` once the next frame is painted, or at once when the page is hidden or left or
/// its address changes: saving and rewriting the address never delay the results a keystroke
/// changes (at MRP's cap they took 3 ms of a 16 ms frame), and a reload or a followed link loses
/// nothing. A write scheduled while another waits replaces it: each writes the whole page's state.
pub fn write_after_paint(write: impl FnOnce(Address) + 'static) {
    let already_waiting = WAITING_WRITE.with(|waiting| waiting.borrow_mut().replace(Box::new(write)).is_some());
    if !already_waiting {
        after_paint(|| flush_waiting_write(Address::Ours));
    }
}

fn flush_waiting_write(address: Address) {
    if let Some(write) = WAITING_WRITE.with(|waiting| waiting.borrow_mut().take()) {
        write(address);
    }
}

/// Rewrites the fragment without adding a history entry (called on every edit).
pub fn replace_hash(fragment: &str) {
    cancel_pending_hash();
    if fragment.len() <= LONG_FRAGMENT {
        write_hash(fragment);
        return;
    }
    if let Some(timer) = after(LONG_FRAGMENT_PAUSE_MS, flush_pending_hash) {
        PENDING_HASH.with(|pending| *pending.borrow_mut() = Some((fragment.to_owned(), timer)));
    }
}

fn cancel_pending_hash() {
    if let Some((_, timer)) = PENDING_HASH.with(|pending| pending.borrow_mut().take()) {
        cancel(timer);
    }
}

/// Runs `task` once after `ms` milliseconds; the handle cancels it.
pub fn after(ms: i32, task: impl FnOnce() + 'static) -> Option<i32> {
    let callback = wasm_bindgen::closure::Closure::once_into_js(task);
    window()?.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms).ok()
}

/// Runs `task` once the page has painted what is on screen now (the next frame, then a timer).
pub fn after_paint(task: impl FnOnce() + 'static) {
    let next_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = after(0, task);
    });
    if let Some(window) = window() {
        let _ = window.request_animation_frame(next_frame.unchecked_ref());
    }
}

pub fn cancel(handle: i32) {
    if let Some(window) = window() {
        window.clear_timeout_with_handle(handle);
    }
}

/// Writes a waiting fragment now: when its timer fires, and when the page is left, so a reload
/// during the pause reopens what was on screen.
fn flush_pending_hash() {
    if let Some((fragment, _)) = PENDING_HASH.with(|pending| pending.borrow_mut().take()) {
        write_hash(&fragment);
    }
}

fn write_hash(fragment: &str) {
    if hash() == fragment {
        return;
    }
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Projector mode as a class on the root element, for the stylesheet.
pub fn set_projector(on: bool) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force("projector", on);
    }
}

/// Saves `href` (a data URL) as a file named `name`, as a link the learner clicked would.
pub fn download(name: &str, href: &str) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let Ok(link) = document.create_element("a") else { return };
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}

/// A text file's data URL.
pub fn text_data_url(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", String::from(js_sys::encode_uri_component(text)))
}

/// Opens the browser's print dialog (a class pack's worksheets).
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Loads the page again (after a part of the app could not be downloaded).
pub fn reload() {
    if let Some(window) = window() {
        let _ = window.location().reload();
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

/// Calls `handler` on every `hashchange`, for the life of the page. A long fragment still
/// waiting to be written belongs to the lesson being left: it is dropped (a waiting save is
/// written first); leaving the page writes both.
pub fn on_hash_change(handler: impl Fn(String) + 'static) {
    listen_window("pagehide", |_| {
        flush_waiting_write(Address::Ours);
        flush_pending_hash();
    });
    // A hidden tab paints no frame (and a phone may close it without `pagehide`): write now.
    listen_window("visibilitychange", |_| flush_waiting_write(Address::Ours));
    listen_window("hashchange", move |_| {
        flush_waiting_write(Address::Left);
        cancel_pending_hash();
        handler(hash());
    });
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

/// Applies `patches` to the table inside `wrapper` (a table or grid drawn by `kit::html`).
/// `false` when the page does not hold the cells they name: the caller then draws it whole.
pub fn patch_cells(wrapper: &web_sys::Element, patches: &[crate::kit::html::CellPatch]) -> bool {
    let Some(body) = wrapper.first_element_child().and_then(|table| table.last_element_child()) else {
        return false;
    };
    let rows = body.children();
    let mut cells_of: Option<(usize, web_sys::HtmlCollection)> = None;
    for patch in patches {
        if cells_of.as_ref().is_none_or(|(row, _)| *row != patch.row) {
            let Some(row) = u32::try_from(patch.row).ok().and_then(|r| rows.item(r)) else { return false };
            cells_of = Some((patch.row, row.children()));
        }
        let cell = cells_of.as_ref().and_then(|(_, cells)| u32::try_from(patch.column).ok().and_then(|c| cells.item(c)));
        let Some(cell) = cell else { return false };
        cell.set_text_content(Some(&patch.text));
        if let Some(id) = &patch.test_id {
            let _ = cell.set_attribute("data-testid", id);
        }
        if let Some(label) = &patch.label {
            let _ = cell.set_attribute("aria-label", label);
        }
    }
    true
}

/// Shows the first `count` body rows of the table inside `wrapper` (all of them for `None`) and
/// marks the last one shown as the current step.
pub fn show_rows(wrapper: &web_sys::Element, count: Option<usize>) {
    let Some(body) = wrapper.first_element_child().and_then(|table| table.last_element_child()) else { return };
    let rows = body.children();
    for i in 0..rows.length() {
        let Some(row) = rows.item(i) else { continue };
        let index = usize::try_from(i).unwrap_or(usize::MAX);
        if count.is_some_and(|n| index >= n) {
            let _ = row.set_attribute("hidden", "");
        } else {
            let _ = row.remove_attribute("hidden");
        }
        let _ = row.class_list().toggle_with_force("is-current", count.is_some_and(|n| index + 1 == n));
    }
}
