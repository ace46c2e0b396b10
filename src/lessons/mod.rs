//! Every built lesson: one declaration each, listed once. The router, the home page, links,
//! storage, docs/links.md checks and the conformance test all read this list.

pub mod abc;
pub mod crashing;
pub mod eoq;
pub mod network;
pub mod pert;
pub mod policies;
pub mod reorder_point;
pub mod sampling;
pub mod spc;
pub mod tolerance;

use crate::kit::Lesson;

pub static REGISTRY: &[&Lesson] = &[
    #[cfg(feature = "lesson-eoq")]
    &eoq::LESSON,
    #[cfg(feature = "lesson-reorder-point")]
    &reorder_point::LESSON,
    #[cfg(feature = "lesson-policies")]
    &policies::LESSON,
    #[cfg(feature = "lesson-abc")]
    &abc::LESSON,
    #[cfg(feature = "lesson-pert")]
    &pert::LESSON,
    #[cfg(feature = "lesson-crashing")]
    &crashing::LESSON,
    #[cfg(feature = "lesson-tolerance")]
    &tolerance::LESSON,
    #[cfg(feature = "lesson-sampling")]
    &sampling::LESSON,
    #[cfg(feature = "lesson-spc")]
    &spc::LESSON,
];

pub fn find(id: &str) -> Option<&'static Lesson> {
    REGISTRY.iter().copied().find(|l| l.id == id)
}
