//! Exercise attempts and scores, shown on the home page.

use super::storage::{load, save, KeyValueStore, Loaded, Schema, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    /// Times "Check" was pressed.
    pub attempts: u32,
    /// Checks where every answer was right.
    pub correct: u32,
    /// Seeds of exercises solved at least once.
    pub solved: BTreeSet<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub lessons: BTreeMap<String, LessonProgress>,
}

impl Schema for Progress {
    const NAME: &'static str = "progress";
    const VERSION: u32 = 1;
}

/// Reads progress, treating an unreadable value as empty (it is backed up by `load`).
pub fn read(store: &dyn KeyValueStore) -> Progress {
    match load::<Progress>(store) {
        Loaded::Found(progress) | Loaded::Migrated { value: progress, .. } => progress,
        Loaded::Missing | Loaded::Corrupt { .. } | Loaded::CorruptKept { .. } | Loaded::ReadFailed => Progress::default(),
    }
}

/// Records one check. It re-reads the store first, so another tab's attempts are kept; it
/// never writes over progress it could not read or back up.
pub fn record_attempt(store: &dyn KeyValueStore, lesson: &str, seed: u64, all_right: bool) -> Result<Progress, StoreError> {
    let loaded = load::<Progress>(store);
    if !loaded.may_write() {
        return Err(StoreError::Unreadable);
    }
    let mut progress = match loaded {
        Loaded::Found(progress) | Loaded::Migrated { value: progress, .. } => progress,
        _ => Progress::default(),
    };
    let entry = progress.lessons.entry(lesson.to_owned()).or_default();
    // Counters stop at their maximum instead of wrapping to 0.
    entry.attempts = entry.attempts.saturating_add(1);
    if all_right {
        entry.correct = entry.correct.saturating_add(1);
        entry.solved.insert(seed);
    }
    save(store, &progress)?;
    Ok(progress)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::storage::MemoryStore;

    #[test]
    fn attempts_accumulate_across_writers() {
        let store = MemoryStore::default();
        record_attempt(&store, "eoq", 7, false).unwrap();
        // A second tab holding a stale copy still adds to what is stored, not to its copy.
        let stale = read(&store);
        record_attempt(&store, "eoq", 7, true).unwrap();
        record_attempt(&store, "abc", 1, true).unwrap();
        assert_ne!(read(&store), stale);
        let progress = read(&store);
        let eoq = &progress.lessons["eoq"];
        assert_eq!((eoq.attempts, eoq.correct), (2, 1));
        assert!(eoq.solved.contains(&7));
        assert_eq!(progress.lessons["abc"].correct, 1);
    }

    #[test]
    fn counters_saturate() {
        // Regression: the attempt counter wrapped at 2^32.
        let store = MemoryStore::default();
        store
            .set(
                "atelier.v1.progress",
                &format!(r#"{{"lessons":{{"eoq":{{"attempts":{},"correct":{},"solved":[]}}}}}}"#, u32::MAX, u32::MAX),
            )
            .unwrap();
        let progress = record_attempt(&store, "eoq", 1, true).unwrap();
        assert_eq!((progress.lessons["eoq"].attempts, progress.lessons["eoq"].correct), (u32::MAX, u32::MAX));
    }

    #[test]
    fn corrupt_progress_starts_over() {
        let store = MemoryStore::default();
        store.set("atelier.v1.progress", "garbage").unwrap();
        assert_eq!(read(&store), Progress::default());
        assert_eq!(store.get("atelier.backup.v1.progress").as_deref(), Some("garbage"));
    }
}
