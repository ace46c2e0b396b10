//! Pure shared machinery: links, storage schemas, exercise marking, progress, settings and the
//! course catalog. No browser crate here either.

pub mod catalog;
pub mod exercise;
pub mod links;
pub mod progress;
pub mod settings;
pub mod storage;
