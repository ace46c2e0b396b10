//! Generic widgets shared by every lesson, and the contexts they read.

pub mod chart;
pub mod choice;
pub mod deferred;
pub mod exercise;
pub mod grid;
pub mod inputs;
pub mod lesson;
pub mod notice;
pub mod number_field;
pub mod parts;
pub mod report;
pub mod series_field;
pub mod state;
pub mod steps;
pub mod table;
pub mod table_editor;
pub mod teach;

use crate::i18n::Lang;
use crate::platform::storage::BrowserStore;
use leptos::prelude::*;

/// The display language.
#[derive(Clone, Copy)]
pub struct LangCtx(pub RwSignal<Lang>);

impl LangCtx {
    pub fn get(self) -> Lang {
        self.0.get()
    }

    pub fn get_untracked(self) -> Lang {
        self.0.get_untracked()
    }
}

pub fn use_lang() -> LangCtx {
    expect_context::<LangCtx>()
}

/// The browser store (or its in-memory stand-in), and a counter bumped when another tab writes.
#[derive(Clone, Copy)]
pub struct StoreCtx {
    store: BrowserStore,
    pub external_change: RwSignal<u32>,
}

impl StoreCtx {
    pub fn new(store: BrowserStore) -> Self {
        Self { store, external_change: RwSignal::new(0) }
    }

    pub fn store(&self) -> &BrowserStore {
        &self.store
    }
}

pub fn use_store() -> StoreCtx {
    expect_context::<StoreCtx>()
}

/// Whether the chart library has loaded: `None` until it is asked for and arrives, then whether it ran.
#[derive(Clone, Copy)]
pub struct ChartsCtx {
    loaded: RwSignal<Option<bool>>,
    requested: StoredValue<bool>,
}

impl ChartsCtx {
    pub fn new() -> Self {
        Self { loaded: RwSignal::new(None), requested: StoredValue::new(false) }
    }

    /// Asks for the library the first time a chart needs it, and tracks its arrival.
    pub fn ready(self) -> Option<bool> {
        if !self.requested.get_value() {
            self.requested.set_value(true);
            let loaded = self.loaded;
            // Numbers and tables never wait for the chart library: it is fetched once they
            // are painted.
            crate::platform::after_paint(move || crate::platform::charts::load(move |ok| loaded.set(Some(ok))));
        }
        self.loaded.get()
    }
}

/// Projector mode: larger type, thicker chart lines, higher contrast (`view=projector`).
#[derive(Clone, Copy)]
pub struct ProjectorCtx(pub RwSignal<bool>);

pub fn use_projector() -> ProjectorCtx {
    expect_context::<ProjectorCtx>()
}

pub fn use_charts() -> ChartsCtx {
    expect_context::<ChartsCtx>()
}
