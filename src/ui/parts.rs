//! Parts of the page in wasm modules of their own, fetched the first time a page needs them and
//! kept: the editable table, the series editor and the deferred panel come with the lessons that
//! declare them (the app waits for them with the lesson's module); the time-phased grid when a
//! report first draws one; the notices when there is one; the toolbar, work file and chart
//! widget once the first result is painted; exercise mode and the teacher's pages when opened.
//! The shell on the way to a lesson's first result holds none of them.

use crate::kit::{Kind, Lesson};
use leptos::prelude::*;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::thread::LocalKey;
use wasm_split_helpers::SplitLoaderError;

type Fetch<T> = fn() -> Pin<Box<dyn Future<Output = Result<T, SplitLoaderError>>>>;

/// A value (a view function) from a split module: declared with `part!`.
pub struct Part<T: 'static> {
    kept: &'static LocalKey<Cell<Option<T>>>,
    fetch: Fetch<T>,
}

impl<T: Copy + 'static> Part<T> {
    pub const fn new(kept: &'static LocalKey<Cell<Option<T>>>, fetch: Fetch<T>) -> Self {
        Self { kept, fetch }
    }

    /// The value if its module is here.
    pub fn get(&self) -> Option<T> {
        self.kept.with(Cell::get)
    }

    /// The value, fetching its module first if need be; `None` if it could not be downloaded
    /// (a later call tries again).
    pub async fn load(&self) -> Option<T> {
        if let Some(value) = self.get() {
            return Some(value);
        }
        let value = (self.fetch)().await.ok()?;
        self.kept.with(|kept| kept.set(Some(value)));
        Some(value)
    }

    /// `draw(value)` once the part is here: fetched after the page is painted if need be (what is
    /// around it never waits), `waiting` meanwhile, or why it could not be downloaded.
    pub fn slot(
        &'static self,
        waiting: impl Fn() -> Option<AnyView> + Send + Sync + 'static,
        draw: impl Fn(T) -> AnyView + Send + Sync + 'static,
    ) -> impl IntoView {
        let arrived: RwSignal<Option<bool>> = RwSignal::new(self.get().map(|_| true));
        if arrived.get_untracked().is_none() {
            crate::platform::after_paint(move || {
                leptos::task::spawn_local(async move {
                    let loaded = self.load().await.is_some();
                    // The page may be gone by then.
                    let _ = arrived.try_set(Some(loaded));
                });
            });
        }
        move || match arrived.get() {
            Some(true) => self.get().map(&draw),
            Some(false) => Some(view! { <crate::app::ModuleMissing /> }.into_any()),
            None => waiting(),
        }
    }
}

/// Any part, whatever its value: what the app needs to fetch it before drawing a page.
trait Download {
    fn is_here(&self) -> bool;
    fn download(&'static self) -> Pin<Box<dyn Future<Output = bool>>>;
}

impl<T: Copy + 'static> Download for Part<T> {
    fn is_here(&self) -> bool {
        self.get().is_some()
    }

    fn download(&'static self) -> Pin<Box<dyn Future<Output = bool>>> {
        Box::pin(async move { self.load().await.is_some() })
    }
}

/// A part that the pages of the lessons declaring it draw at once: the app fetches it with them.
struct Declared {
    drawn_by: fn(&Lesson) -> bool,
    part: &'static (dyn Download + Sync),
}

fn has_input(lesson: &Lesson, wanted: fn(&Kind) -> bool) -> bool {
    lesson.inputs().any(|input| wanted(&input.kind))
}

static DECLARED: &[Declared] = &[
    Declared { drawn_by: |lesson| has_input(lesson, |kind| matches!(kind, Kind::Table(_))), part: &super::inputs::TABLE_EDITOR },
    Declared { drawn_by: |lesson| has_input(lesson, |kind| matches!(kind, Kind::Series(_))), part: &super::inputs::SERIES_FIELD },
    Declared { drawn_by: |lesson| lesson.deferred.is_some(), part: &super::lesson::DEFERRED_PANEL },
];

/// Whether every part `lesson`'s page draws at once is here.
pub fn ready_for(lesson: &Lesson) -> bool {
    DECLARED.iter().all(|declared| !(declared.drawn_by)(lesson) || declared.part.is_here())
}

/// Fetches the parts `lesson`'s page draws at once, together; `false` if one could not be
/// downloaded.
pub async fn load_for(lesson: &Lesson) -> bool {
    let fetches: Vec<_> = DECLARED
        .iter()
        .filter(|declared| (declared.drawn_by)(lesson) && !declared.part.is_here())
        .map(|declared| declared.part.download())
        .collect();
    futures::future::join_all(fetches).await.into_iter().all(|loaded| loaded)
}
