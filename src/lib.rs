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

/// A split point: on the web the function's code — and whatever only it reaches — becomes a
/// wasm module of its own, fetched the first time the (async) function is called
/// (`.ci/build-wasm.mjs` cuts the modules); its result says whether the download worked. On the
/// host it is an ordinary call. The browser unit tests (wasm-bindgen-test) serve no split
/// modules, so there too it is an ordinary call.
macro_rules! split_point {
    ($(#[$attr:meta])* $module:ident: fn $name:ident() -> $ret:ty $body:block) => {
        $(#[$attr])*
        #[cfg(not(test))]
        #[allow(clippy::unnecessary_wraps)]
        #[wasm_split_helpers::wasm_split($module, fallible)]
        fn $name() -> Result<$ret, wasm_split_helpers::SplitLoaderError> {
            Ok($body)
        }

        $(#[$attr])*
        #[cfg(test)]
        #[allow(clippy::unused_async)]
        async fn $name() -> Result<$ret, wasm_split_helpers::SplitLoaderError> {
            Ok($body)
        }
    };
}

/// A part of the page in a module of its own ([`split_point!`]), kept once fetched:
/// `part! { /// doc
/// pub static NAME: Type = module { value } }` declares a `ui::parts::Part<Type>`.
#[cfg(target_arch = "wasm32")]
macro_rules! part {
    ($(#[$attr:meta])* $vis:vis static $name:ident: $ty:ty = $module:ident $body:block) => {
        $(#[$attr])*
        $vis static $name: $crate::ui::parts::Part<$ty> = {
            thread_local! {
                static KEPT: std::cell::Cell<Option<$ty>> = const { std::cell::Cell::new(None) };
            }
            split_point! { $module: fn fetch() -> $ty $body }
            $crate::ui::parts::Part::new(&KEPT, || Box::pin(fetch()))
        };
    };
}

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
