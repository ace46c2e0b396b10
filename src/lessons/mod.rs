//! One folder per lesson: text (FR+EN) and view. Maths lives in `engine`, scenarios in
//! `scenario`, chart specifications in `charts`.

pub mod abc;
pub mod eoq;
pub mod policies;
pub mod reorder_point;
