//! Notices shown above a lesson: bad link parameters, storage problems, restored work.

use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
}

#[component]
pub fn NoticeBox(tone: Tone, #[prop(into)] test_id: String, children: Children) -> impl IntoView {
    let class = match tone {
        Tone::Info => "notice notice--info",
        Tone::Warning => "notice notice--warning",
    };
    view! {
        <div class=class role="status" data-testid=test_id>
            {children()}
        </div>
    }
}
