//! What is kept in local storage and how it survives schema changes and corruption. The browser
//! store sits behind [`KeyValueStore`] so every rule here is tested natively on [`MemoryStore`].
//!
//! Keys are `atelier.v<schema>.<name>`; a value that cannot be read is copied to
//! `atelier.backup.v<schema>.<name>` before defaults are used, so nothing is lost silently.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// No storage at all (private mode, disabled cookies, sandboxed frame).
    Unavailable,
    /// The quota is reached.
    Full,
}

pub trait KeyValueStore {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str);
}

/// An in-memory store: the fallback when the browser has none, and the test double.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    /// Refuse writes as a full browser store would.
    pub full: bool,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.full {
            return Err(StoreError::Full);
        }
        self.entries.borrow_mut().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) {
        self.entries.borrow_mut().remove(key);
    }
}

pub fn key(schema: u32, name: &str) -> String {
    format!("atelier.v{schema}.{name}")
}

pub fn backup_key(schema: u32, name: &str) -> String {
    format!("atelier.backup.v{schema}.{name}")
}

/// A stored kind of value with its schema version and the migrations from older versions.
pub trait Schema: Serialize + DeserializeOwned {
    /// Storage name (`eoq`, `settings`, …).
    const NAME: &'static str;
    /// Current schema version; older versions are migrated on load.
    const VERSION: u32;
    /// Turns a value of schema `from` into schema `from + 1`; `None` if it cannot.
    fn migrate(from: u32, value: Value) -> Option<Value> {
        let _ = (from, value);
        None
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    /// Nothing stored yet.
    Missing,
    Found(T),
    /// Found under an older schema and rewritten under the current key.
    Migrated {
        value: T,
        from: u32,
    },
    /// Unreadable: kept under `backup_key`, defaults to be used.
    Corrupt {
        backup_key: String,
    },
}

/// Reads the current key, else the newest older one (migrating it forward).
pub fn load<T: Schema>(store: &dyn KeyValueStore) -> Loaded<T> {
    match load_json(store, T::NAME, T::VERSION, T::migrate) {
        Loaded::Found(json) => decoded(store, T::VERSION, T::NAME, serde_json::from_value::<T>(json).ok(), Loaded::Found),
        Loaded::Migrated { value, from } => {
            let value = serde_json::from_value::<T>(value).ok();
            // The old key stays until the new one is written, so a failed write loses nothing.
            if let Some(value) = &value {
                if save(store, value).is_ok() {
                    store.remove(&key(from, T::NAME));
                }
            }
            decoded(store, T::VERSION, T::NAME, value, |value| Loaded::Migrated { value, from })
        }
        Loaded::Missing => Loaded::Missing,
        Loaded::Corrupt { backup_key } => Loaded::Corrupt { backup_key },
    }
}

fn decoded<T>(store: &dyn KeyValueStore, version: u32, name: &str, value: Option<T>, wrap: impl FnOnce(T) -> Loaded<T>) -> Loaded<T> {
    match value {
        Some(value) => wrap(value),
        None => keep_corrupt(store, version, name),
    }
}

/// The stored JSON under `name`: the current key, else the newest older one brought forward by
/// `migrate` (the old key is left for the caller to remove once the new value is written).
pub fn load_json(store: &dyn KeyValueStore, name: &str, version: u32, migrate: fn(u32, Value) -> Option<Value>) -> Loaded<Value> {
    if let Some(raw) = store.get(&key(version, name)) {
        return match serde_json::from_str::<Value>(&raw) {
            Ok(value) => Loaded::Found(value),
            Err(_) => keep_corrupt(store, version, name),
        };
    }
    for from in (1..version).rev() {
        let Some(raw) = store.get(&key(from, name)) else {
            continue;
        };
        let migrated =
            serde_json::from_str::<Value>(&raw).ok().and_then(|value| (from..version).try_fold(value, |value, v| migrate(v, value)));
        return match migrated {
            Some(value) => Loaded::Migrated { value, from },
            None => keep_corrupt_raw(store, version, name, &raw),
        };
    }
    Loaded::Missing
}

/// Copies the unreadable value under `name`'s current key to its backup key.
pub fn keep_corrupt<T>(store: &dyn KeyValueStore, version: u32, name: &str) -> Loaded<T> {
    let raw = store.get(&key(version, name)).or_else(|| (1..version).rev().find_map(|v| store.get(&key(v, name)))).unwrap_or_default();
    keep_corrupt_raw(store, version, name, &raw)
}

fn keep_corrupt_raw<T>(store: &dyn KeyValueStore, version: u32, name: &str, raw: &str) -> Loaded<T> {
    let backup_key = backup_key(version, name);
    // A second corruption must not overwrite the first backup with something worse.
    if store.get(&backup_key).is_none() {
        let _ = store.set(&backup_key, raw);
    }
    Loaded::Corrupt { backup_key }
}

pub fn save<T: Schema>(store: &dyn KeyValueStore, value: &T) -> Result<(), StoreError> {
    let json = serde_json::to_string(value).map_err(|_| StoreError::Unavailable)?;
    store.set(&key(T::VERSION, T::NAME), &json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Demo {
        rate: f64,
        label: String,
    }

    impl Schema for Demo {
        const NAME: &'static str = "demo";
        const VERSION: u32 = 3;
        // v1 stored the rate in percent, v2 had no label.
        fn migrate(from: u32, mut value: Value) -> Option<Value> {
            match from {
                1 => {
                    let object = value.as_object_mut()?;
                    let percent = object.get("rate")?.as_f64()?;
                    object.insert("rate".into(), Value::from(percent / 100.0));
                    Some(value)
                }
                2 => {
                    value.as_object_mut()?.insert("label".into(), Value::from("migrated"));
                    Some(value)
                }
                _ => None,
            }
        }
    }

    #[test]
    fn missing_then_found() {
        let store = MemoryStore::default();
        assert_eq!(load::<Demo>(&store), Loaded::Missing);
        let demo = Demo { rate: 0.3, label: "x".into() };
        save(&store, &demo).unwrap();
        assert_eq!(store.get("atelier.v3.demo").unwrap(), r#"{"rate":0.3,"label":"x"}"#);
        assert_eq!(load::<Demo>(&store), Loaded::Found(demo));
    }

    #[test]
    fn migrates_through_every_version() {
        let store = MemoryStore::default();
        store.set("atelier.v1.demo", r#"{"rate":30}"#).unwrap();
        let loaded = load::<Demo>(&store);
        assert_eq!(loaded, Loaded::Migrated { value: Demo { rate: 0.3, label: "migrated".into() }, from: 1 });
        assert!(store.get("atelier.v1.demo").is_none());
        assert!(store.get("atelier.v3.demo").is_some());
    }

    #[test]
    fn corrupt_value_is_backed_up_not_lost() {
        let store = MemoryStore::default();
        store.set("atelier.v3.demo", "{not json").unwrap();
        assert_eq!(load::<Demo>(&store), Loaded::Corrupt { backup_key: "atelier.backup.v3.demo".into() });
        assert_eq!(store.get("atelier.backup.v3.demo").unwrap(), "{not json");
        // Wrong shape counts as corrupt too, and the first backup is kept.
        store.set("atelier.v3.demo", r#"{"rate":"high"}"#).unwrap();
        assert!(matches!(load::<Demo>(&store), Loaded::Corrupt { .. }));
        assert_eq!(store.get("atelier.backup.v3.demo").unwrap(), "{not json");
    }

    #[test]
    fn unmigratable_old_value_is_backed_up() {
        let store = MemoryStore::default();
        store.set("atelier.v2.demo", "[1,2]").unwrap();
        assert!(matches!(load::<Demo>(&store), Loaded::Corrupt { .. }));
        assert_eq!(store.get("atelier.backup.v3.demo").unwrap(), "[1,2]");
    }

    #[test]
    fn full_store_reports_and_keeps_old_key() {
        let store = MemoryStore { full: false, ..MemoryStore::default() };
        store.set("atelier.v1.demo", r#"{"rate":30}"#).unwrap();
        let full = MemoryStore { full: true, ..MemoryStore::default() };
        full.entries.borrow_mut().insert("atelier.v1.demo".into(), r#"{"rate":30}"#.into());
        assert!(matches!(load::<Demo>(&full), Loaded::Migrated { .. }));
        assert!(full.get("atelier.v1.demo").is_some(), "old key kept when the new one cannot be written");
        assert_eq!(save(&full, &Demo { rate: 1.0, label: String::new() }), Err(StoreError::Full));
    }
}
