//! Exercise questions and how answers are marked.

use crate::i18n::{format_number, parse_number, Lang, Text};

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
}

impl Question {
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
        Question { id: "q", label: Text::new("q", "q"), expected, tolerance, decimals: 2 }
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
    fn absolute_tolerance() {
        let q = question(0.0, Tolerance::Absolute(0.5));
        assert!(q.is_right(0.5) && q.is_right(-0.5) && !q.is_right(0.51));
        assert_eq!(Tolerance::Relative(0.01).describe(Lang::Fr), "à 1 % près");
        assert_eq!(Tolerance::Absolute(0.5).describe(Lang::En), "within ± 0.5");
        assert_eq!(Tolerance::Absolute(0.0).describe(Lang::En), "exact value");
    }
}
