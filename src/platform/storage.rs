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
    /// Local storage if it can really be written, else memory.
    pub fn open() -> Self {
        let probe = "atelier.probe";
        let usable = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some_and(|s| s.set_item(probe, "1").is_ok() && s.remove_item(probe).is_ok());
        if usable {
            Self::Local
        } else {
            Self::Memory
        }
    }

    pub fn is_persistent(self) -> bool {
        matches!(self, Self::Local)
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Option<String> {
        match self {
            Self::Local => LocalStorage::raw().get_item(key).ok().flatten(),
            Self::Memory => MEMORY.with(|memory| memory.get(key)),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            // Every write is a whole value, so a second tab writing at the same time can only
            // win or lose, never leave half a value behind.
            Self::Local => LocalStorage::raw().set_item(key, value).map_err(|_| StoreError::Full),
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
