//! Exercise questions and how answers are marked.

use crate::i18n::{format_number, parse_number, Lang, Text};
use crate::t;

/// Reads a student's answer: a number as [`parse_number`] reads it, with a currency or percent
/// sign around it allowed ("9 743 €", "€9,743", "95 %").
pub fn parse_answer(text: &str) -> Option<f64> {
    parse_number(text.trim().trim_matches(|c: char| matches!(c, '€' | '$' | '£' | '%') || c.is_whitespace()))
}

/// How close an answer must be. Stated to the student next to the questions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// Fraction of the expected value (0.01 = within 1 %).
    Relative(f64),
    /// Plus or minus this many units.
    Absolute(f64),
}

impl Tolerance {
    pub fn describe(self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Absolute(0.0), Lang::Fr) => "valeur exacte".to_owned(),
            (Self::Absolute(0.0), Lang::En) => "exact value".to_owned(),
            (Self::Relative(r), Lang::Fr) => {
                format!("à {} % près", format_number(r * 100.0, lang, 2))
            }
            (Self::Relative(r), Lang::En) => {
                format!("within {}%", format_number(r * 100.0, lang, 2))
            }
            (Self::Absolute(a), Lang::Fr) => format!("à ± {} près", format_number(a, lang, 4)),
            (Self::Absolute(a), Lang::En) => format!("within ± {}", format_number(a, lang, 4)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Stable id; the answer field's test id is `<lesson>-answer-<id>`.
    pub id: &'static str,
    pub label: Text,
    pub expected: f64,
    pub tolerance: Tolerance,
    /// Decimals shown when the solution is revealed.
    pub decimals: usize,
    /// Answers a common mistake gives, and what to say when a student gives one.
    pub mistakes: Vec<(f64, Text)>,
    /// The formula or first step for this question, shown under it with the hint.
    pub hint: Option<Text>,
}

/// How one answer is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Right,
    /// The answer a known mistake gives, with what to say about it.
    Mistake(Text),
    TooHigh,
    TooLow,
    NotANumber,
}

impl Mark {
    pub fn is_right(self) -> bool {
        self == Self::Right
    }

    /// `right`, `wrong` or `invalid`: the `data-result` of the mark.
    pub fn result(self) -> &'static str {
        match self {
            Self::Right => "right",
            Self::Mistake(_) | Self::TooHigh | Self::TooLow => "wrong",
            Self::NotANumber => "invalid",
        }
    }

    pub fn message(self, lang: Lang) -> String {
        match self {
            Self::Right => t!("✓ Juste", "✓ Right").get(lang).to_owned(),
            Self::Mistake(says) => format!("✗ {}", says.get(lang)),
            Self::TooHigh => t!("✗ Trop grand : reprenez le calcul.", "✗ Too high: check your working.").get(lang).to_owned(),
            Self::TooLow => t!("✗ Trop petit : reprenez le calcul.", "✗ Too low: check your working.").get(lang).to_owned(),
            Self::NotANumber => t!("Entrez un nombre.", "Enter a number.").get(lang).to_owned(),
        }
    }
}

impl Question {
    pub fn new(id: &'static str, label: Text, expected: f64, tolerance: Tolerance, decimals: usize) -> Self {
        Self { id, label, expected, tolerance, decimals, mistakes: Vec::new(), hint: None }
    }

    #[must_use]
    pub fn hint(self, hint: Text) -> Self {
        Self { hint: Some(hint), ..self }
    }

    /// A common mistake: the answer it gives and what to tell the student.
    #[must_use]
    pub fn mistake(mut self, gives: f64, says: Text) -> Self {
        self.mistakes.push((gives, says));
        self
    }

    /// Marks typed text: right, a known mistake, too high or too low, or not a number.
    pub fn mark(&self, typed: &str) -> Mark {
        let Some(answer) = parse_answer(typed) else { return Mark::NotANumber };
        if self.is_right(answer) {
            return Mark::Right;
        }
        let within = |target: f64| Self { expected: target, ..self.clone() }.is_right(answer);
        if let Some((_, says)) = self.mistakes.iter().find(|(gives, _)| within(*gives)) {
            return Mark::Mistake(*says);
        }
        if answer > self.expected {
            Mark::TooHigh
        } else {
            Mark::TooLow
        }
    }

    pub fn is_right(&self, answer: f64) -> bool {
        let allowed = match self.tolerance {
            Tolerance::Relative(r) => r * self.expected.abs(),
            Tolerance::Absolute(a) => a,
        };
        // The tiny slack keeps an answer typed exactly at the tolerance's edge from failing on float noise.
        answer.is_finite() && (answer - self.expected).abs() <= allowed * (1.0 + 1e-9) + 1e-12
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(expected: f64, tolerance: Tolerance) -> Question {
        Question::new("q", Text::new("q", "q"), expected, tolerance, 2)
    }

    #[test]
    fn relative_tolerance() {
        let q = question(200.0, Tolerance::Relative(0.01));
        assert!(q.is_right(200.0) && q.is_right(198.0) && q.is_right(202.0));
        assert!(!q.is_right(197.9) && !q.is_right(202.1) && !q.is_right(f64::NAN));
    }

    #[test]
    fn answers_with_units() {
        assert_eq!(parse_answer("9 743 €"), Some(9743.0));
        assert_eq!(parse_answer("€9,743.5"), Some(9743.5));
        assert_eq!(parse_answer(" 95,5 % "), Some(95.5));
        assert_eq!(parse_answer("€"), None);
        assert_eq!(parse_answer("douze"), None);
    }

    #[test]
    fn marks_say_what_is_wrong() {
        let q = question(200.0, Tolerance::Relative(0.01)).mistake(141.42, t!("Oubli du 2", "Forgot the 2"));
        assert_eq!(q.mark("200,5"), Mark::Right);
        assert_eq!(q.mark("141,4"), Mark::Mistake(t!("Oubli du 2", "Forgot the 2")));
        assert_eq!(q.mark("250"), Mark::TooHigh);
        assert_eq!(q.mark("150"), Mark::TooLow);
        assert_eq!(q.mark("deux cents"), Mark::NotANumber);
        assert_eq!(Mark::TooLow.result(), "wrong");
        assert!(Mark::Mistake(t!("a", "b")).message(Lang::En).starts_with("✗ b"));
    }

    #[test]
    fn absolute_tolerance() {
        let q = question(0.0, Tolerance::Absolute(0.5));
        assert!(q.is_right(0.5) && q.is_right(-0.5) && !q.is_right(0.51));
        assert_eq!(Tolerance::Relative(0.01).describe(Lang::Fr), "à 1 % près");
        assert_eq!(Tolerance::Absolute(0.5).describe(Lang::En), "within ± 0.5");
        assert_eq!(Tolerance::Absolute(0.0).describe(Lang::En), "exact value");
    }
}
