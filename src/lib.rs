//! Atelier: production and inventory management lessons that run in the browser.
//!
//! Dependency rule, from the inside out:
//! - [`engine`] is pure maths (std + serde): it never imports a web crate.
//! - [`scenario`] is pure serde data: what a learner edits, presets, links, storage schemas.
//! - `charts` are pure functions from a solution to an ECharts option (charming data).
//! - `platform` is the only code that touches the browser; `ui`, `lessons` and `app` wire
//!   reactive views on top of it and only exist for the wasm32 target.
//!
//! `tests/architecture.rs` fails if the engine ever imports a web crate.

// Tests compare exactly where the arithmetic is exact (200.0, 110.0); elsewhere they use a tolerance.
#![cfg_attr(test, allow(clippy::float_cmp))]

pub mod charts;
pub mod engine;
pub mod i18n;
pub mod scenario;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod lessons;
#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
pub use app::start;
