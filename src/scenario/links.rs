//! Links live in the URL fragment — `…/#/<lesson>?<param>=<value>&…` — so they work on any static
//! server under any sub-path. This module parses and builds fragments and reads their parameters,
//! collecting every problem so the lesson can name the bad parameter instead of failing.

use crate::i18n::{format_number, parse_number, Lang};
use std::fmt::Write as _;

/// A parsed fragment: the lesson id (empty for the home page) and its parameters in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Link {
    pub lesson: String,
    pub params: Vec<(String, String)>,
}

/// Reads `#/eoq?N=1000&L=10` (with or without the leading `#`).
pub fn parse_fragment(fragment: &str) -> Link {
    let body = fragment.trim_start_matches('#').trim_start_matches('/');
    let (path, query) = body.split_once('?').unwrap_or((body, ""));
    let lesson = decode(path.trim_end_matches('/'));
    let params = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect();
    Link { lesson, params }
}

/// Builds `#/eoq?N=1000&L=10`.
pub fn build_fragment(lesson: &str, params: &[(String, String)]) -> String {
    let mut out = format!("#/{}", encode(lesson));
    for (i, (name, value)) in params.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(&encode(name));
        out.push('=');
        out.push_str(&encode(value));
    }
    out
}

/// Percent-encodes what would break the fragment's structure or is not plain ASCII; keeps
/// `: ; , .` readable because teachers edit links by hand (`items=A:100:2;B:50:3`).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~:;,!*()/'".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// Decodes `%XX` sequences; `+` is a space as in form encoding. Invalid sequences stay as typed.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (byte, hex) {
            (b'%', Some(value)) => {
                out.push(value);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes a number for a link: the shortest text that reads back to the same f64.
pub fn number_param(value: f64) -> String {
    format!("{value}")
}

/// What was wrong with one link parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkProblem {
    Unknown {
        param: String,
    },
    NotANumber {
        param: String,
        value: String,
    },
    OutOfRange {
        param: String,
        value: String,
        rule: Range,
    },
    NotAChoice {
        param: String,
        value: String,
        allowed: Vec<&'static str>,
    },
    Invalid {
        param: String,
        value: String,
        reason: String,
    },
    UnknownPreset {
        value: String,
    },
    UnknownLesson {
        value: String,
    },
    /// A lesson parameter in an exercise link: the exercise's data come from its seed.
    IgnoredInExercise {
        param: String,
    },
    /// The link's values read, but give no result: the solver's reason, in both languages.
    NoResult {
        param: String,
        fr: String,
        en: String,
    },
}

impl LinkProblem {
    /// The parameter the notice names.
    pub fn param(&self) -> &str {
        match self {
            Self::Unknown { param }
            | Self::NotANumber { param, .. }
            | Self::OutOfRange { param, .. }
            | Self::NotAChoice { param, .. }
            | Self::Invalid { param, .. }
            | Self::IgnoredInExercise { param }
            | Self::NoResult { param, .. } => param,
            Self::UnknownPreset { .. } => "preset",
            Self::UnknownLesson { .. } => "lesson",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            Self::Unknown { param } => {
                if fr {
                    format!("Paramètre inconnu « {param} » ignoré.")
                } else {
                    format!("Unknown parameter “{param}” ignored.")
                }
            }
            Self::NotANumber { param, value } => {
                if fr {
                    format!("« {param}={value} » n’est pas un nombre : valeur par défaut utilisée.")
                } else {
                    format!("“{param}={value}” is not a number: the default is used.")
                }
            }
            Self::OutOfRange { param, value, rule } => {
                if fr {
                    format!("« {param}={value} » : la valeur {} ; valeur par défaut utilisée.", rule.describe(lang))
                } else {
                    format!("“{param}={value}”: the value {}; the default is used.", rule.describe(lang))
                }
            }
            Self::NotAChoice { param, value, allowed } => {
                if fr {
                    format!("« {param}={value} » : valeurs possibles {} ; valeur par défaut utilisée.", allowed.join(", "))
                } else {
                    format!("“{param}={value}”: allowed values are {}; the default is used.", allowed.join(", "))
                }
            }
            Self::Invalid { param, value, reason } => {
                if fr {
                    format!("« {param}={value} » : {reason} ; valeur par défaut utilisée.")
                } else {
                    format!("“{param}={value}”: {reason}; the default is used.")
                }
            }
            Self::UnknownPreset { value } => {
                if fr {
                    format!("Scénario « {value} » inconnu : scénario par défaut.")
                } else {
                    format!("Unknown preset “{value}”: the default scenario is used.")
                }
            }
            Self::NoResult { param, fr: reason_fr, en: reason_en } => {
                if fr {
                    format!("Ce lien ne donne pas de résultat ({param}) : {reason_fr}")
                } else {
                    format!("This link gives no result ({param}): {reason_en}")
                }
            }
            Self::IgnoredInExercise { param } => {
                if fr {
                    format!("« {param} » est ignoré : les données d’un exercice viennent de son numéro (seed).")
                } else {
                    format!("“{param}” is ignored: an exercise's data come from its number (seed).")
                }
            }
            Self::UnknownLesson { value } => {
                if fr {
                    format!("La leçon « {value} » n’existe pas (encore).")
                } else {
                    format!("There is no lesson “{value}” (yet).")
                }
            }
        }
    }
}

/// A valid range for a number, as data: shared by link decoding, input fields and docs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub min: Option<Bound>,
    pub max: Option<Bound>,
    pub integer: bool,
    /// A fraction (0.3 = 30 %): "30 %" reads as 0.3, and "30" out of range suggests 0.3.
    pub fraction: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    Inclusive(f64),
    Exclusive(f64),
}

/// Bounds for the course's quantities, shared by every lesson: wide enough for any real case,
/// narrow enough that no computation on them overflows or underflows (so no ∞ or NaN is ever shown).
pub mod bounds {
    use super::{Bound, Range};

    const fn span(min: Bound, max: f64) -> Range {
        Range::between(min, Bound::Inclusive(max))
    }

    /// Units, or units per period or year: 0 to a billion.
    pub const QUANTITY: Range = span(Bound::Inclusive(0.0), 1e9);
    /// A quantity that divides or is divided: a millionth to a billion.
    pub const POSITIVE_QUANTITY: Range = span(Bound::Inclusive(1e-6), 1e9);
    /// Money: 0 to ten million.
    pub const MONEY: Range = span(Bound::Inclusive(0.0), 1e7);
    pub const POSITIVE_MONEY: Range = span(Bound::Inclusive(1e-6), 1e7);
    /// A lead time in periods: up to a thousand.
    pub const PERIODS: Range = span(Bound::Inclusive(0.0), 1000.0);
    pub const POSITIVE_PERIODS: Range = span(Bound::Inclusive(1e-6), 1000.0);
    /// An annual rate as a fraction (0.25 = 25 %): up to 500 %; a larger value is almost always a percentage.
    pub const RATE: Range = span(Bound::Inclusive(0.0), 5.0).fraction();
    pub const POSITIVE_RATE: Range = span(Bound::Inclusive(1e-6), 5.0).fraction();
}

impl Range {
    pub const POSITIVE: Self = Self { min: Some(Bound::Exclusive(0.0)), max: None, integer: false, fraction: false };
    pub const NON_NEGATIVE: Self = Self { min: Some(Bound::Inclusive(0.0)), max: None, integer: false, fraction: false };
    pub const FRACTION_OPEN: Self =
        Self { min: Some(Bound::Exclusive(0.0)), max: Some(Bound::Exclusive(1.0)), integer: false, fraction: true };

    pub const fn between(min: Bound, max: Bound) -> Self {
        Self { min: Some(min), max: Some(max), integer: false, fraction: false }
    }

    #[must_use]
    pub const fn integer(self) -> Self {
        Self { integer: true, ..self }
    }

    #[must_use]
    pub const fn fraction(self) -> Self {
        Self { fraction: true, ..self }
    }

    /// Reads text as a value of this range: `Err(None)` when it is not a number, `Err(Some(v))`
    /// when `v` is out of range. A fraction accepts a percentage (`30 %` → 0.3).
    pub fn read(self, text: &str) -> Result<f64, Option<f64>> {
        let trimmed = text.trim();
        let value = match trimmed.strip_suffix('%') {
            Some(percent) if self.fraction => parse_number(percent).map(|v| v / 100.0),
            _ => parse_number(trimmed),
        }
        .ok_or(None)?;
        if self.contains(value) {
            Ok(value)
        } else {
            Err(Some(value))
        }
    }

    /// For a fraction typed as a percentage ("30" where 0.3 is meant), the value meant.
    pub fn suggestion(self, value: f64) -> Option<f64> {
        (self.fraction && value > 1.0 && self.contains(value / 100.0)).then_some(value / 100.0)
    }

    pub fn contains(self, value: f64) -> bool {
        let above = match self.min {
            None => true,
            Some(Bound::Inclusive(m)) => value >= m,
            Some(Bound::Exclusive(m)) => value > m,
        };
        let below = match self.max {
            None => true,
            Some(Bound::Inclusive(m)) => value <= m,
            Some(Bound::Exclusive(m)) => value < m,
        };
        value.is_finite() && above && below && (!self.integer || value.fract() == 0.0)
    }

    /// "must be > 0", "doit être entre 0 et 1 (exclus)", …
    pub fn describe(self, lang: Lang) -> String {
        let num = |v: f64| format_number(v, lang, 6);
        let fr = lang == Lang::Fr;
        let mut parts = Vec::new();
        if let Some(bound) = self.min {
            parts.push(match bound {
                Bound::Inclusive(m) => format!("≥ {}", num(m)),
                Bound::Exclusive(m) => format!("> {}", num(m)),
            });
        }
        if let Some(bound) = self.max {
            parts.push(match bound {
                Bound::Inclusive(m) => format!("≤ {}", num(m)),
                Bound::Exclusive(m) => format!("< {}", num(m)),
            });
        }
        let joined = parts.join(if fr { " et " } else { " and " });
        let integer = if self.integer {
            if fr {
                " (entier)"
            } else {
                " (whole number)"
            }
        } else {
            ""
        };
        if fr {
            format!("doit être {joined}{integer}")
        } else {
            format!("must be {joined}{integer}")
        }
    }

    /// Reads a learner's text: `Ok(value)` or the message to show next to the field.
    pub fn parse(self, text: &str, lang: Lang) -> Result<f64, String> {
        match self.read(text) {
            Ok(value) => Ok(value),
            Err(None) => Err(if lang == Lang::Fr {
                "Entrez un nombre (virgule ou point décimal).".to_owned()
            } else {
                "Enter a number (decimal point or comma).".to_owned()
            }),
            Err(Some(value)) => {
                let rule = self.describe(lang);
                let meant = self.suggestion(value).map(|v| format_number(v, lang, 6));
                Err(match (lang, meant) {
                    (Lang::Fr, Some(meant)) => format!("La valeur {rule}. Vouliez-vous dire {meant}\u{a0}?"),
                    (Lang::Fr, None) => format!("La valeur {rule}."),
                    (Lang::En, Some(meant)) => format!("The value {rule}. Did you mean {meant}?"),
                    (Lang::En, None) => format!("The value {rule}."),
                })
            }
        }
    }
}

/// A link's parameters being read by one lesson: every read marks the parameter used, every
/// problem is collected, and [`Params::finish`] reports the parameters nobody asked for.
#[derive(Debug, Default)]
pub struct Params {
    entries: Vec<(String, String, bool)>,
    problems: Vec<LinkProblem>,
}

impl Params {
    pub fn new(params: &[(String, String)]) -> Self {
        Self { entries: params.iter().map(|(n, v)| (n.clone(), v.clone(), false)).collect(), problems: Vec::new() }
    }

    /// The raw value of `name` (the last one if repeated), marking it used.
    pub fn raw(&mut self, name: &str) -> Option<String> {
        let mut found = None;
        for (n, v, used) in &mut self.entries {
            if n == name {
                *used = true;
                found = Some(v.clone());
            }
        }
        found
    }

    /// A number within `range`; `None` when absent or wrong (the problem is recorded).
    pub fn number(&mut self, name: &str, range: Range) -> Option<f64> {
        let value = self.raw(name)?;
        match range.read(&value) {
            Err(None) => {
                self.problems.push(LinkProblem::NotANumber { param: name.to_owned(), value });
                None
            }
            Err(Some(_)) => {
                self.problems.push(LinkProblem::OutOfRange { param: name.to_owned(), value, rule: range });
                None
            }
            Ok(v) => Some(v),
        }
    }

    /// One of `allowed`; `None` when absent or not allowed (recorded).
    pub fn choice(&mut self, name: &str, allowed: &[&'static str]) -> Option<&'static str> {
        let value = self.raw(name)?;
        let found = allowed.iter().copied().find(|a| a.eq_ignore_ascii_case(value.trim()));
        if found.is_none() {
            self.problems.push(LinkProblem::NotAChoice { param: name.to_owned(), value, allowed: allowed.to_vec() });
        }
        found
    }

    /// How many parameters have been read so far.
    pub fn used(&self) -> usize {
        self.entries.iter().filter(|(_, _, used)| *used).count()
    }

    pub fn report(&mut self, problem: LinkProblem) {
        self.problems.push(problem);
    }

    /// All problems, including parameters that no reader used.
    pub fn finish(mut self) -> Vec<LinkProblem> {
        for (name, _, used) in &self.entries {
            if !used {
                self.problems.push(LinkProblem::Unknown { param: name.clone() });
            }
        }
        self.problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lesson_and_params() {
        let link = parse_fragment("#/eoq?N=1000&L=10&a=5&p=0%2C1");
        assert_eq!(link.lesson, "eoq");
        assert_eq!(link.params[3], ("p".to_owned(), "0,1".to_owned()));
        assert_eq!(parse_fragment("").lesson, "");
        assert_eq!(parse_fragment("#/").lesson, "");
        assert_eq!(parse_fragment("#/abc/").lesson, "abc");
    }

    #[test]
    fn round_trip_keeps_awkward_values() {
        let params = vec![
            ("items".to_owned(), "Vis M6:1200:0,5;Écrou & co:30:2".to_owned()),
            ("x".to_owned(), "a=b#c%d?e".to_owned()),
            ("empty".to_owned(), String::new()),
        ];
        let fragment = build_fragment("abc", &params);
        assert!(!fragment[1..].contains('#'));
        let link = parse_fragment(&fragment);
        assert_eq!(link.lesson, "abc");
        assert_eq!(link.params, params);
    }

    #[test]
    fn garbage_never_panics() {
        for junk in ["#", "#/?", "#/?&&&", "#/eoq?=", "#/eoq?N", "#/%", "#/%zz?N=%", "#/eoq?N=%E9", "#//?a=b=c", "#/\u{1F600}?\u{1F600}=1"]
        {
            let link = parse_fragment(junk);
            let mut params = Params::new(&link.params);
            let _ = params.number("N", Range::POSITIVE);
            let _ = params.finish();
        }
        assert_eq!(parse_fragment("#/eoq?N").params, vec![("N".to_owned(), String::new())]);
    }

    #[test]
    fn params_collect_problems_and_unknowns() {
        let link = parse_fragment("#/eoq?N=abc&L=-3&a=2,5&zz=1&model=nope");
        let mut params = Params::new(&link.params);
        assert_eq!(params.number("N", Range::POSITIVE), None);
        assert_eq!(params.number("L", Range::POSITIVE), None);
        assert_eq!(params.number("a", Range::POSITIVE), Some(2.5));
        assert_eq!(params.choice("model", &["course", "sqrt"]), None);
        let problems = params.finish();
        let named: Vec<&str> = problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["N", "L", "model", "zz"]);
        assert!(problems[1].message(Lang::En).contains("must be > 0"));
        assert!(problems[1].message(Lang::Fr).contains("doit être > 0"));
    }

    #[test]
    fn ranges() {
        assert!(Range::POSITIVE.contains(0.1) && !Range::POSITIVE.contains(0.0));
        assert!(Range::FRACTION_OPEN.contains(0.95) && !Range::FRACTION_OPEN.contains(1.0));
        assert!(!Range::NON_NEGATIVE.integer().contains(1.5));
        assert_eq!(Range::POSITIVE.parse("0,3", Lang::Fr), Ok(0.3));
        assert!(Range::POSITIVE.parse("0", Lang::En).unwrap_err().contains("> 0"));
        assert!(Range::POSITIVE.parse("x", Lang::Fr).is_err());
        // A fraction takes a percentage, and suggests the fraction meant when given a percentage.
        assert_eq!(Range::FRACTION_OPEN.parse("95 %", Lang::Fr), Ok(0.95));
        assert_eq!(Range::FRACTION_OPEN.parse("95", Lang::En), Err("The value must be > 0 and < 1. Did you mean 0.95?".to_owned()));
        assert_eq!(Range::POSITIVE.read("30 %"), Err(None));
    }
}
