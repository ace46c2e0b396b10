//! Languages, bilingual text and locale-aware numbers. Pure: used by the views and tested natively.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    Fr,
    #[default]
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Self::Fr => "fr",
            Self::En => "en",
        }
    }

    /// Accepts `fr`, `en` and browser tags such as `fr-BE` or `en_GB`.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Self::Fr),
            "en" => Some(Self::En),
            _ => None,
        }
    }
}

/// A string in both languages. Every visible string in the app is one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub fr: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(fr: &'static str, en: &'static str) -> Self {
        Self { fr, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }
}

/// Shorthand for a bilingual string constant: `t!("Coût", "Cost")`.
#[macro_export]
macro_rules! t {
    ($fr:expr, $en:expr) => {
        $crate::i18n::Text::new($fr, $en)
    };
}

/// Formats `value` with at most `max_decimals` decimals, or more where needed to keep 4
/// significant digits, so no non-zero value ever shows as 0 (trailing zeros dropped, halves
/// rounded away from zero), grouping thousands: `1 234,5` in French (no-break space, decimal comma),
/// `1,234.5` in English.
pub fn format_number(value: f64, lang: Lang, max_decimals: usize) -> String {
    format_with(value, lang, max_decimals, true)
}

/// Like [`format_number`] without thousands separators: what an input field shows, so that the
/// learner can edit it and it parses back to the same value.
pub fn format_plain(value: f64, lang: Lang, max_decimals: usize) -> String {
    format_with(value, lang, max_decimals, false)
}

fn format_with(value: f64, lang: Lang, max_decimals: usize, grouped: bool) -> String {
    if !value.is_finite() {
        return if value.is_nan() {
            "—".to_owned()
        } else if value > 0.0 {
            "∞".to_owned()
        } else {
            "−∞".to_owned()
        };
    }
    // Most cells of a planning grid are 0.
    if value.abs() < f64::MIN_POSITIVE {
        return "0".to_owned();
    }
    format_exact(value, lang, max_decimals.max(decimals_for_significant(value)).min(12), grouped)
}

/// `value` rounded to `max_decimals` decimals (trailing zeros dropped), without the 4-digit rule.
fn format_exact(value: f64, lang: Lang, max_decimals: usize, grouped: bool) -> String {
    let (digits, decimals) = rounded_digits(value.abs(), max_decimals);
    let digits = digits.as_str();
    let negative = value < 0.0 && digits.bytes().any(|b| b != b'0');
    let (group, decimal) = match lang {
        Lang::Fr => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    // Leading zeros so that there is a whole part: 0.05 is "5" with 2 decimals.
    let pad = (decimals + 1).saturating_sub(digits.len());
    let whole = digits.len() + pad - decimals;
    let mut out = String::with_capacity(digits.len() + pad + whole / 3 * 2 + 4);
    if negative {
        out.push('−');
    }
    for (i, digit) in std::iter::repeat_n('0', pad).chain(digits.chars()).enumerate() {
        if i == whole {
            out.push(decimal);
        } else if grouped && i > 0 && i < whole && (whole - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    out
}

/// `magnitude` rounded to `decimals` decimals: its digits without the point, trailing decimal
/// zeros dropped, and how many of them are decimals (`12.50` to 2 decimals: `"125"`, 1).
/// A planning grid or an LP report formats thousands of numbers a keystroke, and the float
/// formatter's exact mode was a fifth of MRP's and crashing's solve time: below 2^52 units of the
/// last decimal, the rounded value is a whole number of those units, written as an integer (the
/// same digits: `n / 10^d` is then within half a unit of the last decimal of `n`).
fn rounded_digits(magnitude: f64, decimals: usize) -> (Digits, usize) {
    const EXACT_INTEGERS: f64 = 4_503_599_627_370_496.0; // 2^52
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(12));
    let units = (magnitude * scale).round();
    if units >= EXACT_INTEGERS {
        let (digits, decimals) = float_digits(units / scale, decimals);
        return (Digits::Long(digits), decimals);
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, non-negative and below 2^52
    let mut units = units as u64;
    let mut decimals = decimals;
    while decimals > 0 && units.is_multiple_of(10) {
        units /= 10;
        decimals -= 1;
    }
    let mut buffer = [b'0'; 20];
    let mut start = buffer.len();
    for slot in buffer.iter_mut().rev() {
        #[allow(clippy::cast_possible_truncation)] // a decimal digit
        let digit = (units % 10) as u8;
        *slot = b'0' + digit;
        start -= 1;
        units /= 10;
        if units == 0 {
            break;
        }
    }
    (Digits::Short { buffer, start }, decimals)
}

/// The digits [`rounded_digits`] writes: in place below 2^52 (no allocation: a grid formats
/// thousands a keystroke), else as the float formatter wrote them.
#[derive(Debug, PartialEq)]
enum Digits {
    Short { buffer: [u8; 20], start: usize },
    Long(String),
}

impl Digits {
    fn as_str(&self) -> &str {
        match self {
            Self::Short { buffer, start } => buffer.get(*start..).and_then(|digits| std::str::from_utf8(digits).ok()).unwrap_or("0"),
            Self::Long(digits) => digits,
        }
    }
}

/// [`rounded_digits`] by the float formatter, for magnitudes beyond exact integers.
fn float_digits(rounded: f64, decimals: usize) -> (String, usize) {
    let fixed = format!("{rounded:.decimals$}");
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let fraction = fraction.trim_end_matches('0');
    let digits = format!("{whole}{fraction}");
    let significant = digits.trim_start_matches('0');
    (if significant.is_empty() { "0".to_owned() } else { significant.to_owned() }, fraction.len())
}

/// Decimals that show 4 significant digits of `value` (0 for 1 000 and above).
fn decimals_for_significant(value: f64) -> usize {
    if value == 0.0 {
        return 0;
    }
    #[allow(clippy::cast_possible_truncation)] // a finite f64's decimal exponent is within ±324
    let exponent = value.abs().log10().floor() as i32;
    usize::try_from(3 - exponent).unwrap_or(0)
}

/// A share far below one in ten thousand in scientific notation, `1,973 × 10⁻⁹` (4 significant
/// digits); anything else as [`format_number`] with 4 decimals.
pub fn format_scientific(value: f64, lang: Lang) -> String {
    if value == 0.0 || !value.is_finite() || value.abs() >= 1e-4 {
        return format_number(value, lang, 4);
    }
    #[allow(clippy::cast_possible_truncation)] // a finite f64's decimal exponent is within ±324
    let mut exponent = value.abs().log10().floor() as i32;
    let mut mantissa = value / 10f64.powi(exponent);
    // 9.9996 rounds to 10.000: write 1.000 and one power more.
    if (mantissa.abs() * 1000.0).round() >= 10_000.0 {
        mantissa /= 10.0;
        exponent += 1;
    }
    let power: String = exponent
        .to_string()
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            digit => ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'][digit.to_digit(10).unwrap_or(0) as usize],
        })
        .collect();
    format!("{} × 10{power}", format_exact(mantissa, lang, 3, false))
}

/// The singular or plural word for `count`: French takes the singular below 2 (« 1,5 semaine »),
/// English only for exactly 1.
pub fn plural(lang: Lang, count: f64, one: Text, many: Text) -> &'static str {
    let singular = match lang {
        Lang::Fr => count.abs() < 2.0,
        Lang::En => (count - 1.0).abs() < f64::EPSILON,
    };
    if singular {
        one.get(lang)
    } else {
        many.get(lang)
    }
}

/// Formats a column of numbers with one number of decimals, so they line up: `min_decimals`, or
/// more until no non-zero value shows as 0 (at most 10). Trailing zeros are kept.
pub fn format_column(values: &[f64], lang: Lang, min_decimals: usize) -> Vec<String> {
    let shows_as_zero = |v: f64, decimals: usize| v != 0.0 && (v.abs() * 10f64.powi(i32::try_from(decimals).unwrap_or(10))).round() == 0.0;
    let mut decimals = min_decimals;
    while decimals < 10 && values.iter().any(|v| shows_as_zero(*v, decimals)) {
        decimals += 1;
    }
    values
        .iter()
        .map(|v| {
            let text = if v.is_finite() { format_exact(*v, lang, decimals, true) } else { format_with(*v, lang, decimals, true) };
            let separator = if lang == Lang::Fr { ',' } else { '.' };
            let have = text.split_once(separator).map_or(0, |(_, frac)| frac.len());
            let mut out = text;
            if decimals > 0 && have == 0 && v.is_finite() {
                out.push(separator);
            }
            out.extend(std::iter::repeat_n('0', decimals.saturating_sub(have)));
            out
        })
        .collect()
}

/// Formats a fraction as a percentage (`0.955` → `95,5 %` / `95.5%`).
pub fn format_percent(fraction: f64, lang: Lang, max_decimals: usize) -> String {
    with_percent_sign(format_number(fraction * 100.0, lang, max_decimals), lang)
}

/// A number already written, as a percentage: `95,5 %` (no-break space) or `95.5%`.
pub fn with_percent_sign(number: String, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// Reads a number typed by a learner or found in a link: decimal point or decimal comma, spaces
/// (including no-break ones) as thousands separators, a leading `−` or `-`, and scientific
/// notation (`1e6`, `2,5E3`). When both `.` and `,` appear, the last one is the decimal separator
/// and the other groups thousands. Only finite numbers are read.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String =
        text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).map(|c| if c == '−' { '-' } else { c }).collect();
    let (mantissa, exponent) = match cleaned.find(['e', 'E']) {
        Some(at) => (&cleaned[..at], Some(&cleaned[at + 1..])),
        None => (cleaned.as_str(), None),
    };
    if mantissa.is_empty() {
        return None;
    }
    let normalised = match (mantissa.rfind('.'), mantissa.rfind(',')) {
        (Some(dot), Some(comma)) if comma > dot => mantissa.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => mantissa.replace(',', ""),
        (None, Some(_)) if mantissa.matches(',').count() > 1 => mantissa.replace(',', ""),
        (None, Some(_)) => mantissa.replace(',', "."),
        _ => mantissa.to_owned(),
    };
    // Rust's parser also takes "inf" and "NaN"; learners mean neither.
    if !normalised.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-')) {
        return None;
    }
    let number = match exponent {
        Some(e) if !e.is_empty() && e.trim_start_matches(['-', '+']).chars().all(|c| c.is_ascii_digit()) && e.len() <= 5 => {
            format!("{normalised}e{e}")
        }
        Some(_) => return None,
        None => normalised,
    };
    number.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_digits_match_the_float_formatter() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let magnitude = f64::from_bits(state >> 2).abs();
            let value = if magnitude.is_finite() { magnitude % 1e13 } else { 1.0 };
            let decimals = usize::try_from(state % 13).unwrap_or(0);
            let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0));
            let (digits, decimals_left) = rounded_digits(value, decimals);
            assert_eq!(
                (digits.as_str().to_owned(), decimals_left),
                float_digits((value * scale).round() / scale, decimals),
                "{value} to {decimals} decimals"
            );
        }
        let shown = |magnitude, decimals| {
            let (digits, decimals) = rounded_digits(magnitude, decimals);
            (digits.as_str().to_owned(), decimals)
        };
        assert_eq!(shown(0.05, 1), ("1".to_owned(), 1));
        assert_eq!(shown(12.5, 2), ("125".to_owned(), 1));
        assert_eq!(shown(0.0, 3), ("0".to_owned(), 0));
        assert_eq!(shown(1e300, 2), float_digits(1e300, 2));
        assert_eq!(format_number(0.05, Lang::Fr, 1), "0,05");
        assert_eq!(format_exact(-0.004, Lang::En, 2, true), "0");
        assert_eq!(format_exact(1_234_567.5, Lang::En, 0, true), "1,234,568");
    }

    #[test]
    fn formats_per_language() {
        assert_eq!(format_number(1234.5, Lang::Fr, 2), "1\u{a0}234,5");
        assert_eq!(format_number(1234.5, Lang::En, 2), "1,234.5");
        assert_eq!(format_number(200.0, Lang::En, 2), "200");
        assert_eq!(format_number(1_234_567.891, Lang::Fr, 1), "1\u{a0}234\u{a0}567,9");
        // Never a non-zero value shown as 0: 4 significant digits at least.
        assert_eq!(format_number(-0.004, Lang::En, 2), "−0.004");
        assert_eq!(format_number(0.000_123_456, Lang::Fr, 2), "0,0001235");
        assert_eq!(format_number(-12.5, Lang::En, 0), "−12.5");
        assert_eq!(format_number(12_345.5, Lang::En, 0), "12,346");
        assert_eq!(format_number(1.644_853_6, Lang::En, 4), "1.6449");
        assert_eq!(format_number(999.999, Lang::En, 2), "1,000");
        assert_eq!(format_percent(0.955, Lang::Fr, 1), "95,5\u{a0}%");
        assert_eq!(format_number(f64::NAN, Lang::En, 2), "—");
    }

    #[test]
    fn tiny_shares_in_scientific_notation() {
        assert_eq!(format_scientific(1.973_175e-9, Lang::Fr), "1,973 × 10⁻⁹");
        assert_eq!(format_scientific(1.973_175e-9, Lang::En), "1.973 × 10⁻⁹");
        assert_eq!(format_scientific(9.999_7e-6, Lang::En), "1 × 10⁻⁵");
        assert_eq!(format_scientific(6.334e-5, Lang::En), "6.334 × 10⁻⁵");
        assert_eq!(format_scientific(0.0455, Lang::Fr), "0,0455");
        assert_eq!(format_scientific(0.0, Lang::En), "0");
    }

    #[test]
    fn columns_line_up() {
        assert_eq!(format_column(&[63.67, 8.197, 0.06037, 100.0], Lang::En, 2), ["63.67", "8.20", "0.06", "100.00"]);
        assert_eq!(format_column(&[50.0, 0.004], Lang::Fr, 2), ["50,000", "0,004"]);
        assert_eq!(format_column(&[1234.5, 0.0], Lang::Fr, 1), ["1\u{a0}234,5", "0,0"]);
    }

    #[test]
    fn parses_commas_points_and_spaces() {
        assert_eq!(parse_number("0,3"), Some(0.3));
        assert_eq!(parse_number("0.3"), Some(0.3));
        assert_eq!(parse_number(" 1 234,5 "), Some(1234.5));
        assert_eq!(parse_number("1\u{a0}234,5"), Some(1234.5));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("−2"), Some(-2.0));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("1e3"), Some(1000.0));
        assert_eq!(parse_number("2,5E3"), Some(2500.0));
        assert_eq!(parse_number("1.5e-3"), Some(0.0015));
        assert_eq!(parse_number("1e308"), Some(1e308));
        assert_eq!(parse_number("1e309"), None);
        assert_eq!(parse_number("e5"), None);
        assert_eq!(parse_number("1e"), None);
        assert_eq!(parse_number("1e5e5"), None);
        assert_eq!(parse_number(&format!("1{}", "0".repeat(300))), Some(1e300));
        assert_eq!(parse_number(&format!("1{}", "0".repeat(400))), None);
        assert_eq!(parse_number("1,000,000"), Some(1e6));
        assert_eq!(parse_number("1.2.3"), None);
    }

    #[test]
    fn round_trips_through_both_languages() {
        for value in [0.1, 2.5, 1234.75, 1_000_000.0, -42.25] {
            for lang in [Lang::Fr, Lang::En] {
                assert_eq!(parse_number(&format_plain(value, lang, 4)), Some(value), "{value} {lang:?}");
            }
        }
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("fr-BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }
}
