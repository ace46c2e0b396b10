//! One folder per lesson: text (FR+EN) and view. Maths lives in `engine`, scenarios in
//! `scenario`, chart specifications in `charts`.

pub mod eoq;
