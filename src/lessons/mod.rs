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
    #[cfg(feature = "lesson-io-control")]
    &io_control::LESSON,
    #[cfg(feature = "lesson-kanban")]
    &kanban::LESSON,
    #[cfg(feature = "lesson-product-mix")]
    &product_mix::LESSON,
    #[cfg(feature = "lesson-overlap")]
    &overlap::LESSON,
    #[cfg(feature = "lesson-cell")]
    &cell::LESSON,
    #[cfg(feature = "lesson-dbr")]
    &dbr::LESSON,
    #[cfg(feature = "lesson-strategy")]
    &strategy::LESSON,
    #[cfg(feature = "lesson-runout")]
    &runout::LESSON,
    #[cfg(feature = "lesson-priority")]
    &priority::LESSON,
    #[cfg(feature = "lesson-sequencing")]
    &sequencing::LESSON,
    #[cfg(feature = "lesson-pic")]
    &pic::LESSON,
    #[cfg(feature = "lesson-capacity")]
    &capacity::LESSON,
    #[cfg(feature = "lesson-business-plan")]
    &business_plan::LESSON,
    #[cfg(feature = "lesson-mps")]
    &mps::LESSON,
    #[cfg(feature = "lesson-rccp")]
    &rccp::LESSON,
    #[cfg(feature = "lesson-mrp")]
    &mrp::LESSON,
    #[cfg(feature = "lesson-load-profile")]
    &load_profile::LESSON,
    #[cfg(feature = "lesson-mto")]
    &mto::LESSON,
];

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

pub fn see_also(id: &str) -> impl Iterator<Item = &'static Lesson> + '_ {
    SEE_ALSO.iter().filter(move |(from, _)| *from == id).filter_map(|(_, to)| find(to))
}

pub fn find(id: &str) -> Option<&'static Lesson> {
    REGISTRY.iter().copied().find(|l| l.id == id)
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
