//! Atelier: production and inventory management lessons that run in the browser.
//!
//! Dependency rule, from the inside out:
//! - [`engine`] is pure maths (std + serde): it never imports a web crate.
//! - [`scenario`] is pure shared machinery: links, storage schemas, exercise marking, catalog.
//! - [`kit`] is the lesson kit: a lesson is declared as data and pure functions.
//! - [`lessons`] are those declarations, one folder each, listed in [`lessons::REGISTRY`].
//! - [`charts`] are pure functions from a solution to an ECharts option (charming data).
//! - `platform` is the only code that touches the browser; `ui` (widgets compiled once, not
//!   generic over a lesson) and `app` wire reactive views on top of it, for wasm32 only.
//!
//! `tests/architecture.rs` fails if the engine ever imports a web crate.

// Tests compare exactly where the arithmetic is exact (200.0, 110.0); elsewhere they use a tolerance.
#![cfg_attr(test, allow(clippy::float_cmp))]

pub mod charts;
pub mod engine;
pub mod i18n;
pub mod kit;
pub mod lessons;
pub mod scenario;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
pub use app::start;
