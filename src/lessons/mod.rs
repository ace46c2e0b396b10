//! Every built lesson: one declaration each, listed once. The router, the home page, links,
//! storage, docs/links.md checks and the conformance test all read this list.

pub mod abc;
pub mod eoq;
pub mod policies;
pub mod reorder_point;

use crate::kit::Lesson;

pub static REGISTRY: &[&Lesson] = &[&eoq::LESSON, &reorder_point::LESSON, &policies::LESSON, &abc::LESSON];

pub fn find(id: &str) -> Option<&'static Lesson> {
    REGISTRY.iter().copied().find(|l| l.id == id)
}
