//! Local storage behind the pure [`KeyValueStore`] rules of `scenario::storage`. Availability is
//! checked once (gloo's calls throw when storage is missing); without it, an in-memory store keeps
//! the app working for the visit and the UI says so.

use crate::scenario::storage::{KeyValueStore, MemoryStore, StoreError};
use gloo_storage::{LocalStorage, Storage};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BrowserStore {
    Local,
    /// Without local storage the visit still works on an in-memory store (one per page).
    Memory,
}

thread_local! {
    static MEMORY: MemoryStore = MemoryStore::default();
}

impl BrowserStore {
    /// Local storage if it can be written, or is merely full (then saving says "full", not
    /// "not allowed"); else memory.
    pub fn open() -> Self {
        let probe = "atelier.probe";
        let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else { return Self::Memory };
        match storage.set_item(probe, "1") {
            Ok(()) => {
                let _ = storage.remove_item(probe);
                Self::Local
            }
            Err(error) if is_quota_error(&error) => Self::Local,
            Err(_) => Self::Memory,
        }
    }

    pub fn is_persistent(self) -> bool {
        matches!(self, Self::Local)
    }
}

fn is_quota_error(error: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::JsCast;
    error.dyn_ref::<web_sys::DomException>().is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22)
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Option<String> {
        self.read(key).ok().flatten()
    }

    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            Self::Local => LocalStorage::raw().get_item(key).map_err(|_| StoreError::Unreadable),
            Self::Memory => MEMORY.with(|memory| memory.read(key)),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            // Every write is a whole value, so a second tab writing at the same time can only
            // win or lose, never leave half a value behind.
            Self::Local => LocalStorage::raw().set_item(key, value).map_err(|e| {
                if is_quota_error(&e) {
                    StoreError::Full
                } else {
                    StoreError::Unavailable
                }
            }),
            Self::Memory => MEMORY.with(|memory| memory.set(key, value)),
        }
    }

    fn remove(&self, key: &str) {
        match self {
            Self::Local => {
                let _ = LocalStorage::raw().remove_item(key);
            }
            Self::Memory => MEMORY.with(|memory| memory.remove(key)),
        }
    }
}
