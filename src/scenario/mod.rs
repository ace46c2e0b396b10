//! What a learner edits and shares: serde types, presets, link encoding, storage schemas.
//! Pure like the engine: no browser crate here either.

pub mod abc;
pub mod catalog;
pub mod eoq;
pub mod exercise;
pub mod lesson;
pub mod links;
pub mod policies;
pub mod progress;
pub mod reorder_point;
pub mod settings;
pub mod storage;
