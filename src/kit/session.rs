//! How a lesson starts: a link's scenario beats saved work, which beats the defaults; saved work
//! a link replaces is kept under its own key and offered back. Pure, over [`KeyValueStore`].

use super::codec::{self, LessonLink};
use super::values::Values;
use super::Lesson;
use crate::i18n::Lang;
use crate::scenario::links::LinkProblem;
use crate::scenario::storage::{self, KeyValueStore, Loaded, StoreError};

/// What happened to the learner's saved work, said in a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageNotice {
    Unavailable,
    Full,
    /// Unreadable, copied to `backup_key`: defaults are used.
    Corrupt {
        backup_key: String,
    },
    /// Unreadable and too large to copy: left under `key`, this visit is not saved.
    CorruptKept {
        key: String,
    },
    /// Storage could not be read: what it holds is left alone, this visit is not saved.
    ReadFailed,
    Migrated {
        from: u32,
    },
    /// Work saved by a newer version of the app (format `version`) is kept untouched.
    Newer {
        version: u32,
    },
}

/// Everything a lesson page starts from.
#[derive(Debug, Clone, PartialEq)]
pub struct Start {
    pub link: LessonLink,
    pub values: Values,
    pub storage: Option<StorageNotice>,
    /// Saved work a link replaced for this visit, offered back until the learner chooses.
    pub replaced: Option<Values>,
    /// Whether this visit may save: not over a value it could not read or keep.
    pub persist: bool,
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

/// The learner's saved values, what happened to them, and whether the lesson's key may be written.
pub fn load(lesson: &Lesson, store: &dyn KeyValueStore) -> (Option<Values>, Option<StorageNotice>, bool) {
    let loaded = storage::load_json(store, lesson.id, lesson.storage_version, lesson.migrate);
    let may_write = loaded.may_write();
    let (values, notice) = match loaded {
        Loaded::Missing => (None, None),
        Loaded::Corrupt { backup_key } => (None, Some(StorageNotice::Corrupt { backup_key })),
        Loaded::CorruptKept { key } => (None, Some(StorageNotice::CorruptKept { key })),
        Loaded::ReadFailed => (None, Some(StorageNotice::ReadFailed)),
        Loaded::Found(json) => match codec::from_json(lesson, &json) {
            Ok(values) => (Some(values), None),
            Err(_) => return corrupt(lesson, store),
        },
        Loaded::Migrated { value, from } => match codec::from_json(lesson, &value) {
            Ok(values) => {
                // The old key stays until the new one is written, so a failed write loses nothing.
                if save(lesson, store, &values).is_ok() {
                    store.remove(&storage::key(from, lesson.id));
                }
                (Some(values), Some(StorageNotice::Migrated { from }))
            }
            Err(_) => return corrupt(lesson, store),
        },
    };
    let newer = storage::newer_version(store, lesson.id, lesson.storage_version).map(|version| StorageNotice::Newer { version });
    (values, notice.or(newer), may_write)
}

fn corrupt(lesson: &Lesson, store: &dyn KeyValueStore) -> (Option<Values>, Option<StorageNotice>, bool) {
    match storage::keep_corrupt::<()>(store, lesson.storage_version, lesson.id) {
        Loaded::Corrupt { backup_key } => (None, Some(StorageNotice::Corrupt { backup_key }), true),
        Loaded::CorruptKept { key } => (None, Some(StorageNotice::CorruptKept { key }), false),
        _ => (None, None, true),
    }
}

pub fn start(lesson: &Lesson, pairs: &[(String, String)], store: &dyn KeyValueStore, persistent: bool) -> Start {
    let mut link = codec::read_link(lesson, pairs);
    // A link that gives no result says why, naming the parameters involved.
    if let Some(values) = &link.values {
        if let (Err(fr), Err(en)) = ((lesson.solve)(values, Lang::Fr), (lesson.solve)(values, Lang::En)) {
            let param = fr.param().unwrap_or(lesson.id).to_owned();
            link.problems.push(LinkProblem::NoResult { param, fr: fr.message, en: en.message });
        }
    }
    let (saved, mut notice, persist) = load(lesson, store);
    if !persistent {
        notice = Some(StorageNotice::Unavailable);
    }
    let before_key = before_link_key(lesson);
    let kept = store.get(&before_key).and_then(|raw| serde_json::from_str(&raw).ok()).and_then(|json| codec::from_json(lesson, &json).ok());
    let mut replaced = kept.clone();
    if let (Some(from_link), Some(saved)) = (&link.values, &saved) {
        // Only the learner's own work is kept: once a copy waits to be restored, what is saved
        // now is a previous link's scenario and must not replace it.
        if from_link != saved && kept.is_none() && persist {
            let _ = store.set(&before_key, &codec::to_json(lesson, saved).to_string());
            replaced = Some(saved.clone());
        }
    }
    let values = link.values.clone().or(saved).unwrap_or_else(|| lesson.defaults());
    if replaced.as_ref() == Some(&values) {
        replaced = None;
    }
    Start { link, values, storage: notice, replaced, persist }
}

/// The learner chose: the kept copy is no longer needed.
pub fn forget_replaced(lesson: &Lesson, store: &dyn KeyValueStore) {
    store.remove(&before_link_key(lesson));
}
