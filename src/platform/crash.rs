//! A panic in wasm stops the whole app, so Leptos cannot render anything after it. The hook draws
//! a plain-DOM panel instead of leaving a blank page, with a button that resets the lesson that
//! crashed (its saved state is moved to a backup key first, never deleted) and reloads.

use crate::scenario::links::parse_fragment;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panel(&info.to_string());
    }));
}

fn show_panel(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(body) = document.body() {
        render_panel(&document, &body, detail);
    }
}

/// Replaces what `host` shows (the page body, after a panic) with the panel.
fn render_panel(document: &web_sys::Document, host: &web_sys::HtmlElement, detail: &str) {
    let french = document.document_element().and_then(|e| e.get_attribute("lang")).as_deref() == Some("fr");
    let (title, explain, button) = if french {
        ("Un problème inattendu est survenu.", "Votre travail enregistré est conservé. Réinitialiser cette leçon met ses données de côté (clé de sauvegarde) et recharge la page.", "Réinitialiser la leçon")
    } else {
        (
            "Something unexpected went wrong.",
            "Your saved work is kept. Resetting this lesson moves its data aside (to a backup key) and reloads the page.",
            "Reset this lesson",
        )
    };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("crash");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "crash-panel");
    let heading = document.create_element("h2").ok();
    let text = document.create_element("p").ok();
    let code = document.create_element("pre").ok();
    let reset = document.create_element("button").ok();
    for (element, content) in [(&heading, title), (&text, explain), (&code, detail), (&reset, button)] {
        if let Some(element) = element {
            element.set_text_content(Some(content));
            let _ = panel.append_child(element);
        }
    }
    if let Some(reset) = reset {
        let _ = reset.set_attribute("data-testid", "crash-reset");
        let on_click = Closure::<dyn Fn()>::new(reset_current_lesson);
        let _ = reset.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        // The page is dead after a panic; the listener must outlive this function.
        on_click.forget();
    }
    host.set_inner_html("");
    let _ = host.append_child(&panel);
}

fn reset_current_lesson() {
    let Some(window) = web_sys::window() else { return };
    let lesson = parse_fragment(&window.location().hash().unwrap_or_default()).lesson;
    if let Ok(Some(storage)) = window.local_storage() {
        back_up_lesson(&storage, &lesson);
    }
    let _ = window.location().set_hash(&format!("#/{lesson}"));
    let _ = window.location().reload();
}

/// Moves every `atelier.v<n>.<lesson>` key to `atelier.backup.v<n>.<lesson>`: the lesson starts
/// afresh, and the data that may have caused the crash is still there to inspect or restore.
fn back_up_lesson(storage: &web_sys::Storage, lesson: &str) {
    let suffix = format!(".{lesson}");
    let length = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..length).filter_map(|i| storage.key(i).ok().flatten()).collect();
    for key in keys.into_iter().filter(|k| k.starts_with("atelier.v") && k.ends_with(&suffix)) {
        if let Ok(Some(value)) = storage.get_item(&key) {
            let _ = storage.set_item(&key.replacen("atelier.", "atelier.backup.", 1), &value);
            let _ = storage.remove_item(&key);
        }
    }
}

// Run in headless Chromium by `cargo test --target wasm32-unknown-unknown --lib` (see .ci/test):
// a real panic would abort the test itself, so the panel and the reset are tested directly.
#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    fn document() -> web_sys::Document {
        web_sys::window().unwrap().document().unwrap()
    }

    #[wasm_bindgen_test]
    fn panel_replaces_the_page_with_a_reset_button() {
        // A host of its own: the test runner reports through the real body.
        let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
        host.set_inner_html("<main>lesson</main>");
        document().body().unwrap().append_child(&host).unwrap();
        render_panel(&document(), &host, "panicked at src/engine/x.rs:1:1");
        let panel = host.query_selector("[data-testid=crash-panel]").unwrap().unwrap();
        assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
        assert!(panel.text_content().unwrap().contains("src/engine/x.rs"));
        assert!(host.query_selector("[data-testid=crash-reset]").unwrap().is_some());
        assert!(host.query_selector("main").unwrap().is_none());
        host.remove();
    }

    #[wasm_bindgen_test]
    fn reset_moves_only_that_lessons_keys_to_backups() {
        let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        storage.clear().unwrap();
        storage.set_item("atelier.v1.eoq", r#"{"N":1}"#).unwrap();
        storage.set_item("atelier.v1.abc", "{}").unwrap();
        storage.set_item("atelier.v1.settings", "{}").unwrap();
        back_up_lesson(&storage, "eoq");
        assert_eq!(storage.get_item("atelier.v1.eoq").unwrap(), None);
        assert_eq!(storage.get_item("atelier.backup.v1.eoq").unwrap().as_deref(), Some(r#"{"N":1}"#));
        assert!(storage.get_item("atelier.v1.abc").unwrap().is_some());
        assert!(storage.get_item("atelier.v1.settings").unwrap().is_some());
    }
}
