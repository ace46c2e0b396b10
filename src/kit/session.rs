//! How a lesson starts: a link's scenario beats saved work, which beats the defaults; saved work
//! a link replaces is kept under its own key and offered back. Pure, over [`KeyValueStore`].

use super::codec::{self, LessonLink};
use super::values::Values;
use super::Lesson;
use crate::scenario::storage::{self, KeyValueStore, Loaded, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageNotice {
    Unavailable,
    Full,
    Corrupt { backup_key: String },
    Migrated { from: u32 },
}

/// Everything a lesson page starts from.
#[derive(Debug, Clone, PartialEq)]
pub struct Start {
    pub link: LessonLink,
    pub values: Values,
    pub storage: Option<StorageNotice>,
    /// Saved work a link replaced for this visit, offered back until the learner chooses.
    pub replaced: Option<Values>,
}

pub fn key(lesson: &Lesson) -> String {
    storage::key(lesson.storage_version, lesson.id)
}

pub fn before_link_key(lesson: &Lesson) -> String {
    storage::key(lesson.storage_version, &format!("{}.before-link", lesson.id))
}

pub fn save(lesson: &Lesson, store: &dyn KeyValueStore, values: &Values) -> Result<(), StoreError> {
    store.set(&key(lesson), &codec::to_json(lesson, values).to_string())
}

/// The learner's saved values, with what happened to them.
pub fn load(lesson: &Lesson, store: &dyn KeyValueStore) -> (Option<Values>, Option<StorageNotice>) {
    match storage::load_json(store, lesson.id, lesson.storage_version, lesson.migrate) {
        Loaded::Missing => (None, None),
        Loaded::Corrupt { backup_key } => (None, Some(StorageNotice::Corrupt { backup_key })),
        Loaded::Found(json) => match codec::from_json(lesson, &json) {
            Ok(values) => (Some(values), None),
            Err(_) => corrupt(lesson, store),
        },
        Loaded::Migrated { value, from } => match codec::from_json(lesson, &value) {
            Ok(values) => {
                // The old key stays until the new one is written, so a failed write loses nothing.
                if save(lesson, store, &values).is_ok() {
                    store.remove(&storage::key(from, lesson.id));
                }
                (Some(values), Some(StorageNotice::Migrated { from }))
            }
            Err(_) => corrupt(lesson, store),
        },
    }
}

fn corrupt(lesson: &Lesson, store: &dyn KeyValueStore) -> (Option<Values>, Option<StorageNotice>) {
    match storage::keep_corrupt::<()>(store, lesson.storage_version, lesson.id) {
        Loaded::Corrupt { backup_key } => (None, Some(StorageNotice::Corrupt { backup_key })),
        _ => (None, None),
    }
}

pub fn start(lesson: &Lesson, pairs: &[(String, String)], store: &dyn KeyValueStore, persistent: bool) -> Start {
    let link = codec::read_link(lesson, pairs);
    let (saved, mut notice) = load(lesson, store);
    if !persistent {
        notice = Some(StorageNotice::Unavailable);
    }
    let before_key = before_link_key(lesson);
    let kept = store.get(&before_key).and_then(|raw| serde_json::from_str(&raw).ok()).and_then(|json| codec::from_json(lesson, &json).ok());
    let mut replaced = kept.clone();
    if let (Some(from_link), Some(saved)) = (&link.values, &saved) {
        // Only the learner's own work is kept: once a copy waits to be restored, what is saved
        // now is a previous link's scenario and must not replace it.
        if from_link != saved && kept.is_none() {
            let _ = store.set(&before_key, &codec::to_json(lesson, saved).to_string());
            replaced = Some(saved.clone());
        }
    }
    let values = link.values.clone().or(saved).unwrap_or_else(|| lesson.defaults());
    if replaced.as_ref() == Some(&values) {
        replaced = None;
    }
    Start { link, values, storage: notice, replaced }
}

/// The learner chose: the kept copy is no longer needed.
pub fn forget_replaced(lesson: &Lesson, store: &dyn KeyValueStore) {
    store.remove(&before_link_key(lesson));
}
