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
    let Some(body) = document.body() else { return };
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
    body.set_inner_html("");
    let _ = body.append_child(&panel);
}

fn reset_current_lesson() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let lesson = parse_fragment(&window.location().hash().unwrap_or_default()).lesson;
    if let Ok(Some(storage)) = window.local_storage() {
        let prefix = "atelier.v";
        let suffix = format!(".{lesson}");
        let length = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..length).filter_map(|i| storage.key(i).ok().flatten()).collect();
        for key in keys.into_iter().filter(|k| k.starts_with(prefix) && k.ends_with(&suffix)) {
            if let Ok(Some(value)) = storage.get_item(&key) {
                let _ = storage.set_item(&key.replacen("atelier.", "atelier.backup.", 1), &value);
                let _ = storage.remove_item(&key);
            }
        }
    }
    let _ = window.location().set_hash(&format!("#/{lesson}"));
    let _ = window.location().reload();
}
