//! Every built lesson: one declaration each, listed once. The router, the home page, links,
//! storage, docs/links.md checks and the conformance test all read this list.

pub mod abc;
pub mod business_plan;
pub mod capacity;
pub mod cell;
pub mod crashing;
pub mod dbr;
pub mod eoq;
pub mod io_control;
pub mod kanban;
pub mod load_profile;
pub mod mps;
pub mod mrp;
pub mod mto;
pub mod network;
pub mod overlap;
pub mod pert;
pub mod pic;
pub mod policies;
pub mod priority;
pub mod product_mix;
pub mod rccp;
pub mod reorder_point;
pub mod runout;
pub mod sampling;
pub mod sequencing;
pub mod spc;
pub mod strategy;
pub mod tolerance;

use crate::i18n::{format_number, Lang, Text};
use crate::kit::Lesson;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use wasm_split_helpers::SplitLoaderError;

/// A built lesson as the shell knows it before opening it: its id and title. Its declaration —
/// engine, report, text, exercise — is only reached through `load`, which on the web is a split
/// point: the lesson's code is a wasm module of its own, fetched the first time the lesson opens
/// (`.ci/build-wasm.mjs`), so the first visit downloads the shell and one lesson, not twenty-seven.
pub struct Entry {
    pub id: &'static str,
    pub title: Text,
    load: fn() -> Loading,
    #[cfg(not(target_family = "wasm"))]
    declaration: fn() -> &'static Lesson,
}

/// A lesson's module on its way.
type Loading = Pin<Box<dyn Future<Output = Result<&'static Lesson, SplitLoaderError>>>>;

/// One registry line per lesson: `module: "link-id"`, built when its `lesson-<id>` feature is on.
macro_rules! registry {
    ($($(#[$cfg:meta])* $module:ident: $id:literal,)*) => {
        $(
            split_point! {
                $(#[$cfg])*
                $module: fn $module() -> &'static Lesson { &$module::LESSON }
            }
        )*

        pub static REGISTRY: &[Entry] = &[
            $(
                $(#[$cfg])*
                Entry {
                    id: $id,
                    title: $module::text::TITLE,
                    load: || Box::pin($module()),
                    #[cfg(not(target_family = "wasm"))]
                    declaration: || &$module::LESSON,
                },
            )*
        ];
    };
}

registry! {
    #[cfg(feature = "lesson-eoq")]
    eoq: "eoq",
    #[cfg(feature = "lesson-reorder-point")]
    reorder_point: "reorder-point",
    #[cfg(feature = "lesson-policies")]
    policies: "policies",
    #[cfg(feature = "lesson-abc")]
    abc: "abc",
    #[cfg(feature = "lesson-pert")]
    pert: "pert",
    #[cfg(feature = "lesson-crashing")]
    crashing: "crashing",
    #[cfg(feature = "lesson-tolerance")]
    tolerance: "tolerance",
    #[cfg(feature = "lesson-sampling")]
    sampling: "sampling",
    #[cfg(feature = "lesson-spc")]
    spc: "spc",
    #[cfg(feature = "lesson-io-control")]
    io_control: "io-control",
    #[cfg(feature = "lesson-kanban")]
    kanban: "kanban",
    #[cfg(feature = "lesson-product-mix")]
    product_mix: "product-mix",
    #[cfg(feature = "lesson-overlap")]
    overlap: "overlap",
    #[cfg(feature = "lesson-cell")]
    cell: "cell",
    #[cfg(feature = "lesson-dbr")]
    dbr: "dbr",
    #[cfg(feature = "lesson-strategy")]
    strategy: "strategy",
    #[cfg(feature = "lesson-runout")]
    runout: "runout",
    #[cfg(feature = "lesson-priority")]
    priority: "priority",
    #[cfg(feature = "lesson-sequencing")]
    sequencing: "sequencing",
    #[cfg(feature = "lesson-pic")]
    pic: "pic",
    #[cfg(feature = "lesson-capacity")]
    capacity: "capacity",
    #[cfg(feature = "lesson-business-plan")]
    business_plan: "business-plan",
    #[cfg(feature = "lesson-mps")]
    mps: "mps",
    #[cfg(feature = "lesson-rccp")]
    rccp: "rccp",
    #[cfg(feature = "lesson-mrp")]
    mrp: "mrp",
    #[cfg(feature = "lesson-load-profile")]
    load_profile: "load-profile",
    #[cfg(feature = "lesson-mto")]
    mto: "mto",
}

thread_local! {
    /// The declarations fetched so far (on the web; on the host every lesson is at hand).
    static LOADED: RefCell<Vec<&'static Lesson>> = const { RefCell::new(Vec::new()) };
}

pub fn entry(id: &str) -> Option<&'static Entry> {
    REGISTRY.iter().find(|e| e.id == id)
}

/// The lesson's declaration if it is at hand: on the web, once [`load`] has fetched it.
pub fn find(id: &str) -> Option<&'static Lesson> {
    #[cfg(not(target_family = "wasm"))]
    if let Some(entry) = entry(id) {
        return Some((entry.declaration)());
    }
    LOADED.with_borrow(|loaded| loaded.iter().copied().find(|l| l.id == id))
}

/// Why a lesson's declaration is not at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// No built lesson has this id.
    Unknown,
    /// Its module could not be downloaded (the network failed on a first visit).
    NotDownloaded,
}

/// The lesson's declaration, fetching its module first if need be.
///
/// # Errors
/// The id is not a built lesson's, or its module could not be downloaded (a later call tries again).
pub async fn load(id: &str) -> Result<&'static Lesson, Unavailable> {
    if let Some(lesson) = find(id) {
        return Ok(lesson);
    }
    let entry = entry(id).ok_or(Unavailable::Unknown)?;
    let lesson = (entry.load)().await.map_err(|_| Unavailable::NotDownloaded)?;
    LOADED.with_borrow_mut(|loaded| loaded.push(lesson));
    Ok(lesson)
}

/// Where a learner of one lesson looks next: (from, to), shown under the introduction when both
/// lessons are built.
static SEE_ALSO: &[(&str, &str)] = &[
    ("eoq", "reorder-point"),
    ("reorder-point", "policies"),
    ("policies", "abc"),
    ("pert", "crashing"),
    ("crashing", "pert"),
    ("tolerance", "spc"),
    ("sampling", "spc"),
    ("spc", "tolerance"),
    // Queue sizing sits with the work centre's queue, but a student meets the normal law and its
    // 2.33 in quality control first.
    ("spc", "io-control"),
    ("io-control", "spc"),
    ("kanban", "io-control"),
    ("product-mix", "overlap"),
    ("overlap", "product-mix"),
    ("cell", "kanban"),
    ("cell", "product-mix"),
    ("kanban", "cell"),
    ("cell", "dbr"),
    ("dbr", "cell"),
    ("dbr", "product-mix"),
    ("strategy", "kanban"),
    ("strategy", "cell"),
    ("runout", "io-control"),
    ("io-control", "runout"),
    ("runout", "priority"),
    ("priority", "sequencing"),
    ("sequencing", "priority"),
    ("pic", "capacity"),
    ("capacity", "pic"),
    ("strategy", "pic"),
    ("capacity", "business-plan"),
    ("business-plan", "pic"),
    ("pic", "mps"),
    ("mps", "pic"),
    ("mps", "rccp"),
    ("rccp", "mps"),
    ("rccp", "capacity"),
    ("rccp", "mrp"),
    ("mps", "mrp"),
    ("mrp", "mps"),
    ("mrp", "load-profile"),
    ("load-profile", "mrp"),
    ("load-profile", "io-control"),
    ("mrp", "mto"),
    ("mto", "mrp"),
];

pub fn see_also(id: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    SEE_ALSO.iter().filter(move |(from, _)| *from == id).filter_map(|(_, to)| entry(to))
}

/// The start of the message of an integer search stopped at its limit (S&OP's least-cost plan,
/// product mix's best mix): "The search for `sought` stopped after 500 tries without proving
/// `unproven`"; each lesson says why and what to change after it.
pub fn search_stopped(lang: Lang, sought: &str, unproven: &str) -> String {
    let tries = format_number(crate::engine::integer::NODE_LIMIT as f64, lang, 0);
    match lang {
        Lang::Fr => format!("La recherche {sought} s’est arrêtée après {tries} essais sans prouver {unproven}"),
        Lang::En => format!("The search for {sought} stopped after {tries} tries without proving {unproven}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::catalog::topic_by_id;

    #[test]
    fn see_also_links_course_topics() {
        for (from, to) in SEE_ALSO {
            assert!(from != to && topic_by_id(from).is_some() && topic_by_id(to).is_some(), "{from} → {to}");
        }
        assert_eq!(see_also("spc").map(|l| l.id).collect::<Vec<_>>(), ["tolerance", "io-control"]);
    }
}
