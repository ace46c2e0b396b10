//! A normal process against its tolerance limits: the share made within them, below and above,
//! and the capability indices.
//!
//! ```text
//! below = P(X < LSL) = Q((μ − LSL) / σ)      above = P(X > USL) = Q((USL − μ) / σ)
//! within = 1 − below − above                 ppm out = 10⁶ · (below + above)
//! Cp = (USL − LSL) / (6σ)                    Cpk = min(USL − μ, μ − LSL) / (3σ)
//! ```
//! Q is the upper tail of the standard normal, computed directly so that tiny shares (±6σ:
//! 1.97 × 10⁻⁹) keep their digits.

use super::normal::upper_tail;
use super::rng::Rng;
use super::steps::Step;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ToleranceInput {
    pub mean: f64,
    pub sd: f64,
    /// Lower and upper tolerance limits.
    pub lower: f64,
    pub upper: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ToleranceSolution {
    pub below: f64,
    pub above: f64,
    pub within: f64,
    pub out: f64,
    pub ppm: f64,
    pub cp: f64,
    pub cpk: f64,
    /// Share out if the mean sat at the centre of the tolerance.
    pub centred_out: f64,
    /// `out / centred_out`: how many times more scrap the drift makes; `None` when the centred
    /// scrap is too small to be a number (beyond about ±38σ).
    pub factor: Option<f64>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToleranceError {
    /// The standard deviation is not above zero.
    Spread,
    /// The upper limit is not above the lower one.
    LimitsOrder,
}

/// Shares out below and above for a mean `mean`.
fn tails(input: &ToleranceInput, mean: f64) -> (f64, f64) {
    (upper_tail((mean - input.lower) / input.sd), upper_tail((input.upper - mean) / input.sd))
}

/// # Errors
/// A standard deviation that is not positive, or limits out of order.
pub fn solve(input: &ToleranceInput) -> Result<ToleranceSolution, ToleranceError> {
    if input.sd.is_nan() || input.sd <= 0.0 {
        return Err(ToleranceError::Spread);
    }
    if input.upper.is_nan() || input.lower.is_nan() || input.upper <= input.lower {
        return Err(ToleranceError::LimitsOrder);
    }
    let ToleranceInput { mean, sd, lower, upper } = *input;
    let (below, above) = tails(input, mean);
    let out = below + above;
    let (centred_below, centred_above) = tails(input, lower.midpoint(upper));
    let centred_out = centred_below + centred_above;
    let cp = (upper - lower) / (6.0 * sd);
    let cpk = (upper - mean).min(mean - lower) / (3.0 * sd);
    let (z_upper, z_lower) = ((upper - mean) / sd, (mean - lower) / sd);
    let steps = vec![
        Step::new("z_upper", "z_USL = (USL − μ) / σ").text("(").num(upper).text(" − ").num(mean).text(") / ").num(sd).result(z_upper),
        Step::new("above", "P(X > USL) = Q(z_USL)").text("Q(").num(z_upper).text(")").result(above),
        Step::new("z_lower", "z_LSL = (μ − LSL) / σ").text("(").num(mean).text(" − ").num(lower).text(") / ").num(sd).result(z_lower),
        Step::new("below", "P(X < LSL) = Q(z_LSL)").text("Q(").num(z_lower).text(")").result(below),
        Step::new("within", "P(LSL ≤ X ≤ USL) = 1 − P(X < LSL) − P(X > USL)")
            .text("1 − ")
            .num(below)
            .text(" − ")
            .num(above)
            .result(1.0 - out),
        Step::new("cp", "Cp = (USL − LSL) / (6σ)")
            .text("(")
            .num(upper)
            .text(" − ")
            .num(lower)
            .text(") / (6 × ")
            .num(sd)
            .text(")")
            .result(cp),
        Step::new("cpk", "Cpk = min(USL − μ, μ − LSL) / (3σ)")
            .text("min(")
            .num(upper - mean)
            .text(" ; ")
            .num(mean - lower)
            .text(") / (3 × ")
            .num(sd)
            .text(")")
            .result(cpk),
    ];
    Ok(ToleranceSolution {
        below,
        above,
        within: 1.0 - out,
        out,
        ppm: out * 1e6,
        cp,
        cpk,
        centred_out,
        factor: (centred_out > 0.0).then(|| out / centred_out),
        steps,
    })
}

/// Share within ±kσ of the mean and outside, for k = 1…6: the outside share directly, not as
/// 1 − within, so the 1.97 × 10⁻⁹ of ±6σ keeps its digits.
pub fn sigma_table() -> Vec<(f64, f64, f64)> {
    (1..=6)
        .map(|k| {
            let outside = 2.0 * upper_tail(f64::from(k));
            (f64::from(k), 1.0 - outside, outside)
        })
        .collect()
}

/// The mean moved from the centre towards the upper limit by 0, ½, 1 … 3 σ: (shift in σ, mean,
/// share out, times the centred scrap when that is a number).
pub fn drift_table(input: &ToleranceInput) -> Vec<(f64, f64, f64, Option<f64>)> {
    let centre = input.lower.midpoint(input.upper);
    let (b, a) = tails(input, centre);
    (0..=6)
        .map(|half| {
            let shift = f64::from(half) / 2.0;
            let mean = centre + shift * input.sd;
            let (below, above) = tails(input, mean);
            (shift, mean, below + above, (b + a > 0.0).then(|| (below + above) / (b + a)))
        })
        .collect()
}

/// A machined part: nominal size, a tolerance of ±3 to ±5 σ-ish, and a mean that has drifted.
pub fn exercise(seed: u64) -> ToleranceInput {
    let mut rng = Rng::new(seed);
    let nominal = rng.step(20, 120, 5) as f64;
    let sd = rng.pick(&[0.01, 0.02, 0.025, 0.05]);
    let half_width = sd * rng.pick(&[2.5, 3.0, 3.5, 4.0]);
    let drift = sd * rng.pick(&[0.5, 1.0, 1.5]) * if rng.int(0, 1) == 0 { 1.0 } else { -1.0 };
    let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
    ToleranceInput { mean: round(nominal + drift), sd, lower: round(nominal - half_width), upper: round(nominal + half_width) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piston(mean: f64, sd: f64) -> ToleranceSolution {
        solve(&ToleranceInput { mean, sd, lower: 49.94, upper: 50.06 }).unwrap()
    }

    #[test]
    fn the_centred_piston_makes_99_73_percent_within() {
        let s = piston(50.0, 0.02);
        assert!((s.within - 0.997_300_203_9).abs() < 1e-9, "{}", s.within);
        assert!((s.above - 0.001_349_898_0).abs() < 1e-9);
        assert!((s.cp - 1.0).abs() < 1e-9 && (s.cpk - 1.0).abs() < 1e-9);
    }

    #[test]
    fn a_drift_to_50_02_multiplies_the_scrap_by_8_44_not_7() {
        let s = piston(50.02, 0.02);
        // z = 2 above: 2.275 %; z = 4 below: 0.003 167 %.
        assert!((s.above - 0.022_750_131_9).abs() < 1e-9, "{}", s.above);
        assert!((s.below - 3.167_124_183e-5).abs() < 1e-12, "{}", s.below);
        assert!((s.out - 0.022_781_803).abs() < 1e-9);
        assert!((s.factor.unwrap() - 8.438).abs() < 0.001, "{:?}", s.factor);
        assert!((s.cpk - 2.0 / 3.0).abs() < 1e-9 && (s.cp - 1.0).abs() < 1e-9);
    }

    #[test]
    fn the_precision_lathe_leaves_two_parts_per_billion() {
        let s = piston(50.0, 0.01);
        assert!((s.out - 1.973_175e-9).abs() < 1e-14, "{}", s.out);
        assert!((s.ppm - 0.001_973_175).abs() < 1e-8);
        let table = sigma_table();
        assert!((table[0].1 - 0.682_689_492_1).abs() < 1e-9);
        assert!((table[1].1 - 0.954_499_736_1).abs() < 1e-9);
        assert!((table[2].1 - 0.997_300_203_9).abs() < 1e-9);
        assert!((table[5].2 - 1.973_175e-9).abs() < 1e-14);
    }

    #[test]
    fn the_drift_table_starts_centred_and_grows() {
        let input = ToleranceInput { mean: 50.0, sd: 0.02, lower: 49.94, upper: 50.06 };
        let table = drift_table(&input);
        assert_eq!(table[0].3, Some(1.0));
        assert!((table[2].3.unwrap() - 8.438).abs() < 0.001, "1σ of drift: the piston's 50.02");
        assert!(table.windows(2).all(|w| w[1].2 > w[0].2));
    }

    #[test]
    fn errors_and_exercises() {
        let bad = |mean, sd, lower, upper| solve(&ToleranceInput { mean, sd, lower, upper }).unwrap_err();
        assert_eq!(bad(1.0, 0.0, 0.0, 2.0), ToleranceError::Spread);
        assert_eq!(bad(1.0, 1.0, 2.0, 2.0), ToleranceError::LimitsOrder);
        for seed in 0..100 {
            let e = exercise(seed);
            let s = solve(&e).unwrap();
            assert!(s.cpk <= s.cp + 1e-12 && s.out > 0.0 && s.out < 0.5, "seed {seed}");
        }
        assert_eq!(exercise(4), exercise(4));
        // Limits 1 250σ away: no scrap to compare with.
        let wide = solve(&ToleranceInput { mean: 50.0, sd: 0.02, lower: 0.0, upper: 50.06 }).unwrap();
        assert_eq!(wide.factor, None);
    }
}
