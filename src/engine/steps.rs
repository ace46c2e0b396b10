//! Worked-solution data: each step is a formula in the course's notation, the same formula with
//! the learner's numbers substituted, and its result. The UI renders numbers in the learner's
//! language and looks the step's title up by `key`, so the engine stays language-free.

use serde::Serialize;

/// One piece of a substituted formula: literal notation, or a number the UI formats per language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Piece {
    Text(&'static str),
    Num(f64),
}

/// One worked step, e.g. key `q`, formula `Q* = √(2·L·N / (p·a))`, substituted `√(2 × 10 × 1000 / (0.1 × 5))`, result 200.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// Stable id, used by the lesson text to title the step in either language.
    pub key: &'static str,
    pub formula: &'static str,
    pub substituted: Vec<Piece>,
    pub result: f64,
}

impl Step {
    pub fn new(key: &'static str, formula: &'static str) -> Self {
        Self { key, formula, substituted: Vec::new(), result: 0.0 }
    }

    #[must_use]
    pub fn text(mut self, text: &'static str) -> Self {
        self.substituted.push(Piece::Text(text));
        self
    }

    #[must_use]
    pub fn num(mut self, value: f64) -> Self {
        self.substituted.push(Piece::Num(value));
        self
    }

    #[must_use]
    pub fn result(mut self, value: f64) -> Self {
        self.result = value;
        self
    }
}
