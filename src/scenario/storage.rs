//! What is kept in local storage and how it survives schema changes and corruption. The browser
//! store sits behind [`KeyValueStore`] so every rule here is tested natively on [`MemoryStore`].
//!
//! Keys are `atelier.v<schema>.<name>`. Nothing saved is destroyed without the learner's say:
//! - a value that cannot be read is copied to a free backup key (`atelier.backup.v<schema>.<name>`,
//!   then `….2`, `….3`: backups stack, never overwrite) before defaults are used;
//! - a value that cannot be copied (too large for what storage has left) is left in place and
//!   must not be written over ([`Loaded::CorruptKept`]);
//! - when reading fails, nothing is written over what is there ([`Loaded::ReadFailed`]);
//! - a newer schema's key is never touched ([`newer_version`]).

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
    /// Storage is there but reading it failed.
    Unreadable,
}

pub trait KeyValueStore {
    /// The value, or `None` when absent or unreadable.
    fn get(&self, key: &str) -> Option<String>;
    /// The value, telling an absent key from a failed read.
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.get(key))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str);
}

/// An in-memory store: the fallback when the browser has none, and the test double.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    /// Refuse writes as a full browser store would.
    pub full: bool,
    /// Refuse writes of values longer than this, as a nearly full store would.
    pub room: Option<usize>,
    /// Fail every read, as a broken store would.
    pub unreadable: bool,
}

impl MemoryStore {
    /// The same entries, refusing writes of values longer than `room` (a nearly full store).
    #[must_use]
    pub fn with_room(self, room: usize) -> Self {
        Self { room: Some(room), ..self }
    }

    /// The same entries, failing every read (a broken store).
    #[must_use]
    pub fn unreadable(self) -> Self {
        Self { unreadable: true, ..self }
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.borrow().get(key).cloned()
    }

    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.unreadable {
            return Err(StoreError::Unreadable);
        }
        Ok(self.get(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.full || self.room.is_some_and(|room| value.len() > room) {
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

/// Backups kept per name before a new unreadable value is left in place instead.
const MAX_BACKUPS: usize = 20;

/// The first free backup key for `name`: backups stack, so a later corruption never replaces
/// an earlier one.
fn free_backup_key(store: &dyn KeyValueStore, schema: u32, name: &str) -> Option<String> {
    let first = backup_key(schema, name);
    std::iter::once(first.clone())
        .chain((2..=MAX_BACKUPS).map(|n| format!("{first}.{n}")))
        .find(|key| store.read(key).is_ok_and(|v| v.is_none()))
}

/// The newest schema version above `version` that has a value for `name` (a newer app's work).
pub fn newer_version(store: &dyn KeyValueStore, name: &str, version: u32) -> Option<u32> {
    (version + 1..=version + 5).rev().find(|v| store.get(&key(*v, name)).is_some())
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
    /// Unreadable and impossible to copy (too large for the room left): left under its key,
    /// which must not be written over.
    CorruptKept {
        key: String,
    },
    /// Storage could not be read: nothing may be written over what it holds.
    ReadFailed,
}

impl<T> Loaded<T> {
    /// Whether the caller may write its key: not over a value it could not read or keep.
    pub fn may_write(&self) -> bool {
        !matches!(self, Self::CorruptKept { .. } | Self::ReadFailed)
    }
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
        Loaded::CorruptKept { key } => Loaded::CorruptKept { key },
        Loaded::ReadFailed => Loaded::ReadFailed,
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
    let Ok(current) = store.read(&key(version, name)) else { return Loaded::ReadFailed };
    if let Some(raw) = current {
        return match serde_json::from_str::<Value>(&raw) {
            Ok(value) => Loaded::Found(value),
            Err(_) => keep_corrupt(store, version, name),
        };
    }
    for from in (1..version).rev() {
        let Ok(old) = store.read(&key(from, name)) else { return Loaded::ReadFailed };
        let Some(raw) = old else {
            continue;
        };
        let migrated =
            serde_json::from_str::<Value>(&raw).ok().and_then(|value| (from..version).try_fold(value, |value, v| migrate(v, value)));
        return match migrated {
            Some(value) => Loaded::Migrated { value, from },
            None => keep_corrupt_raw(store, version, name, &key(from, name), &raw),
        };
    }
    Loaded::Missing
}

/// Copies the unreadable value under `name`'s current key (or the newest older one) to a free backup key.
pub fn keep_corrupt<T>(store: &dyn KeyValueStore, version: u32, name: &str) -> Loaded<T> {
    let found = (1..=version).rev().map(|v| key(v, name)).find_map(|k| store.get(&k).map(|raw| (k, raw)));
    match found {
        Some((from, raw)) => keep_corrupt_raw(store, version, name, &from, &raw),
        None => Loaded::Missing,
    }
}

fn keep_corrupt_raw<T>(store: &dyn KeyValueStore, version: u32, name: &str, from: &str, raw: &str) -> Loaded<T> {
    match free_backup_key(store, version, name) {
        Some(backup_key) if store.set(&backup_key, raw).is_ok() => Loaded::Corrupt { backup_key },
        // No room for a copy: the value stays where it is, and nobody may write over it.
        _ => Loaded::CorruptKept { key: from.to_owned() },
    }
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
        // Wrong shape counts as corrupt too; the first backup is kept and the second stacks on it.
        store.set("atelier.v3.demo", r#"{"rate":"high"}"#).unwrap();
        assert_eq!(load::<Demo>(&store), Loaded::Corrupt { backup_key: "atelier.backup.v3.demo.2".into() });
        assert_eq!(store.get("atelier.backup.v3.demo").unwrap(), "{not json");
        assert_eq!(store.get("atelier.backup.v3.demo.2").unwrap(), r#"{"rate":"high"}"#);
    }

    #[test]
    fn a_value_too_large_to_copy_is_left_in_place() {
        // Regression: a 4 MB unreadable value could not be backed up, yet was replaced by defaults.
        let store = MemoryStore { room: Some(1000), ..MemoryStore::default() };
        let huge = "x".repeat(4 * 1024 * 1024);
        store.entries.borrow_mut().insert("atelier.v3.demo".into(), huge.clone());
        let loaded = load::<Demo>(&store);
        assert_eq!(loaded, Loaded::CorruptKept { key: "atelier.v3.demo".into() });
        assert!(!loaded.may_write());
        assert_eq!(store.get("atelier.v3.demo").unwrap(), huge);
    }

    #[test]
    fn a_failed_read_writes_nothing() {
        let store = MemoryStore { unreadable: true, ..MemoryStore::default() };
        store.entries.borrow_mut().insert("atelier.v3.demo".into(), r#"{"rate":1,"label":"mine"}"#.into());
        let loaded = load::<Demo>(&store);
        assert_eq!(loaded, Loaded::ReadFailed);
        assert!(!loaded.may_write());
    }

    #[test]
    fn newer_versions_are_found_not_touched() {
        let store = MemoryStore::default();
        assert_eq!(newer_version(&store, "demo", 3), None);
        store.set("atelier.v5.demo", "{}").unwrap();
        assert_eq!(newer_version(&store, "demo", 3), Some(5));
        assert_eq!(load::<Demo>(&store), Loaded::Missing);
        assert_eq!(store.get("atelier.v5.demo").unwrap(), "{}");
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
        let store = MemoryStore::default();
        store.set("atelier.v1.demo", r#"{"rate":30}"#).unwrap();
        let full = MemoryStore { full: true, ..MemoryStore::default() };
        full.entries.borrow_mut().insert("atelier.v1.demo".into(), r#"{"rate":30}"#.into());
        assert!(matches!(load::<Demo>(&full), Loaded::Migrated { .. }));
        assert!(full.get("atelier.v1.demo").is_some(), "old key kept when the new one cannot be written");
        assert_eq!(save(&full, &Demo { rate: 1.0, label: String::new() }), Err(StoreError::Full));
    }
}
