//! Statistical process control with the x̄ and R charts.
//!
//! ```text
//! known process:  σ_x̄ = σ / √n,  zone k = μ ± k·σ_x̄ (k = 1, 2, 3)
//! from samples:   x̿ = mean of the x̄,  R̄ = mean of the ranges
//!                 x̄ chart: x̿ ± A2·R̄ (its σ estimated as A2·R̄/3);  R chart: D3·R̄ to D4·R̄
//! ```
//! Run rules read the x̄ chart against its centre and σ: a point beyond 3σ; 2 of 3 beyond 2σ on
//! one side; 4 of 5 beyond 1σ on one side; 8 in a row on one side; 6 in a row rising or falling.

use super::normal::upper_tail;
use super::rng::Rng;
use super::steps::Step;

/// Control chart constants for samples of 2 to 10 (ASTM tables).
const A2: [f64; 9] = [1.880, 1.023, 0.729, 0.577, 0.483, 0.419, 0.373, 0.337, 0.308];
const D3: [f64; 9] = [0.0, 0.0, 0.0, 0.0, 0.0, 0.076, 0.136, 0.184, 0.223];
const D4: [f64; 9] = [3.267, 2.574, 2.282, 2.114, 2.004, 1.924, 1.864, 1.816, 1.777];
pub const MIN_SAMPLE: usize = 2;
pub const MAX_SAMPLE: usize = 10;

/// The constants (A2, D3, D4) for samples of `n`.
pub fn constants(n: usize) -> Option<(f64, f64, f64)> {
    let i = n.checked_sub(MIN_SAMPLE)?;
    Some((*A2.get(i)?, *D3.get(i)?, *D4.get(i)?))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Beyond3,
    TwoOfThree,
    FourOfFive,
    EightOneSide,
    SixTrend,
}

pub const RULES: [Rule; 5] = [Rule::Beyond3, Rule::TwoOfThree, Rule::FourOfFive, Rule::EightOneSide, Rule::SixTrend];

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Process {
    pub mean: f64,
    pub sd: f64,
    /// Parts per sample.
    pub n: usize,
}

/// Zone k spans mean ± k·σ_x̄.
#[derive(Debug, Clone, PartialEq)]
pub struct Zones {
    pub sd_mean: f64,
    /// (low, high) for k = 1, 2, 3.
    pub bounds: [(f64, f64); 3],
    /// Expected shares of the sample means: within 1σ, between 1 and 2σ, between 2 and 3σ, beyond 3σ.
    pub shares: [f64; 4],
    pub steps: Vec<Step>,
}

pub fn zones(process: &Process) -> Zones {
    let n = process.n as f64;
    let sd_mean = process.sd / n.sqrt();
    let bound = |k: f64| (process.mean - k * sd_mean, process.mean + k * sd_mean);
    let beyond = |k: f64| 2.0 * upper_tail(k);
    let shares = [1.0 - beyond(1.0), beyond(1.0) - beyond(2.0), beyond(2.0) - beyond(3.0), beyond(3.0)];
    let steps = vec![
        Step::new("sd_mean", "σ_x̄ = σ / √n").num(process.sd).text(" / √").num(n).result(sd_mean),
        Step::new("zone3", "μ + 3·σ_x̄").num(process.mean).text(" + 3 × ").num(sd_mean).result(process.mean + 3.0 * sd_mean),
    ];
    Zones { sd_mean, bounds: [bound(1.0), bound(2.0), bound(3.0)], shares, steps }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Charts {
    pub means: Vec<f64>,
    pub ranges: Vec<f64>,
    pub grand_mean: f64,
    pub mean_range: f64,
    /// x̄ chart limits and the σ of the means they imply.
    pub lower: f64,
    pub upper: f64,
    pub sd_mean: f64,
    /// R chart limits.
    pub range_lower: f64,
    pub range_upper: f64,
    /// (rule, sample index from 0) for each sample a rule flags.
    pub flags: Vec<(Rule, usize)>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpcError {
    /// This sample (from 0) has a size other than n.
    SampleSize {
        sample: usize,
    },
    /// n outside 2…10, where the constants are tabled.
    Size,
    NoSamples,
}

/// Samples flagged by each rule switched on: the sample that completes the pattern, and for the
/// "k of m" rules each sample of the window beyond the line.
pub fn flags(points: &[f64], centre: f64, sd: f64, rules: &[Rule]) -> Vec<(Rule, usize)> {
    let z: Vec<f64> = points.iter().map(|x| (x - centre) / sd).collect();
    let mut out = Vec::new();
    let mut flag = |rule: Rule, i: usize| {
        if !out.contains(&(rule, i)) {
            out.push((rule, i));
        }
    };
    for rule in rules {
        match rule {
            Rule::Beyond3 => z.iter().enumerate().filter(|(_, z)| z.abs() > 3.0).for_each(|(i, _)| flag(*rule, i)),
            Rule::TwoOfThree | Rule::FourOfFive => {
                let (of, window, line) = if *rule == Rule::TwoOfThree { (2, 3, 2.0) } else { (4, 5, 1.0) };
                for end in window - 1..z.len() {
                    let start = end + 1 - window;
                    for side in [1.0, -1.0] {
                        let beyond: Vec<usize> = (start..=end).filter(|i| z.get(*i).is_some_and(|z| side * z > line)).collect();
                        if beyond.len() >= of {
                            for i in beyond {
                                flag(*rule, i);
                            }
                        }
                    }
                }
            }
            Rule::EightOneSide => {
                for end in 7..z.len() {
                    let run = z.get(end - 7..=end).unwrap_or_default();
                    if run.iter().all(|z| *z > 0.0) || run.iter().all(|z| *z < 0.0) {
                        flag(*rule, end);
                    }
                }
            }
            Rule::SixTrend => {
                for end in 5..points.len() {
                    let run = points.get(end - 5..=end).unwrap_or_default();
                    let rising = run.windows(2).all(|w| matches!(w, [a, b] if b > a));
                    let falling = run.windows(2).all(|w| matches!(w, [a, b] if b < a));
                    if rising || falling {
                        flag(*rule, end);
                    }
                }
            }
        }
    }
    out.sort_by_key(|(rule, i)| (*i, RULES.iter().position(|r| r == rule)));
    out
}

/// x̄ and R charts with limits estimated from the samples, and the rules' flags.
///
/// # Errors
/// No samples, a sample size outside 2…10, or a sample of another size than the first.
pub fn charts(samples: &[Vec<f64>], rules: &[Rule]) -> Result<Charts, SpcError> {
    let n = samples.first().ok_or(SpcError::NoSamples)?.len();
    let (a2, d3, d4) = constants(n).ok_or(SpcError::Size)?;
    if let Some(sample) = samples.iter().position(|s| s.len() != n) {
        return Err(SpcError::SampleSize { sample });
    }
    let means: Vec<f64> = samples.iter().map(|s| s.iter().sum::<f64>() / n as f64).collect();
    let ranges: Vec<f64> = samples
        .iter()
        .map(|s| s.iter().copied().fold(f64::NEG_INFINITY, f64::max) - s.iter().copied().fold(f64::INFINITY, f64::min))
        .collect();
    let count = samples.len() as f64;
    let grand_mean = means.iter().sum::<f64>() / count;
    let mean_range = ranges.iter().sum::<f64>() / count;
    let sd_mean = a2 * mean_range / 3.0;
    // Without spread (every sample identical) no rule can be read against σ = 0.
    let flags = if sd_mean > 0.0 { flags(&means, grand_mean, sd_mean, rules) } else { Vec::new() };
    let steps = vec![
        Step::new("grand_mean", "x̿ = Σ x̄ / k").num(means.iter().sum::<f64>()).text(" / ").num(count).result(grand_mean),
        Step::new("mean_range", "R̄ = Σ R / k").num(ranges.iter().sum::<f64>()).text(" / ").num(count).result(mean_range),
        Step::new("ucl", "UCL_x̄ = x̿ + A2·R̄")
            .num(grand_mean)
            .text(" + ")
            .num(a2)
            .text(" × ")
            .num(mean_range)
            .result(grand_mean + a2 * mean_range),
        Step::new("lcl", "LCL_x̄ = x̿ − A2·R̄")
            .num(grand_mean)
            .text(" − ")
            .num(a2)
            .text(" × ")
            .num(mean_range)
            .result(grand_mean - a2 * mean_range),
        Step::new("ucl_r", "UCL_R = D4·R̄").num(d4).text(" × ").num(mean_range).result(d4 * mean_range),
    ];
    Ok(Charts {
        lower: grand_mean - a2 * mean_range,
        upper: grand_mean + a2 * mean_range,
        range_lower: d3 * mean_range,
        range_upper: d4 * mean_range,
        means,
        ranges,
        grand_mean,
        mean_range,
        sd_mean,
        flags,
        steps,
    })
}

/// A change of the process from one sample on.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Change {
    /// Sample (from 1) from which it applies.
    pub from: usize,
    /// Added to the mean at once.
    pub shift: f64,
    /// Added to the mean at each sample after `from`.
    pub drift: f64,
}

/// `count` samples of the process, seeded; from `change.from` the mean moves.
pub fn simulate(process: &Process, count: usize, seed: u64, change: Change) -> Vec<Vec<f64>> {
    use rand_distr::{Distribution, StandardNormal};
    let mut rng = Rng::new(seed);
    (1..=count)
        .map(|sample| {
            let moved = if change.from > 0 && sample >= change.from {
                change.shift + change.drift * (sample - change.from + 1) as f64
            } else {
                0.0
            };
            (0..process.n)
                .map(|_| {
                    let z: f64 = StandardNormal.sample(&mut rng);
                    process.mean + moved + process.sd * z
                })
                .collect()
        })
        .collect()
}

/// A lathe's known process, the sample size to read zones from.
pub fn exercise(seed: u64) -> Process {
    let mut rng = Rng::new(seed);
    Process { mean: rng.step(10, 120, 5) as f64, sd: rng.pick(&[0.01, 0.02, 0.03, 0.05]), n: rng.pick(&[4, 5, 9]) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_course_lathe_zones() {
        let z = zones(&Process { mean: 50.0, sd: 0.01, n: 4 });
        assert!((z.sd_mean - 0.005).abs() < 1e-15);
        assert!((z.bounds[2].0 - 49.985).abs() < 1e-12 && (z.bounds[2].1 - 50.015).abs() < 1e-12);
        assert!((z.shares[0] - 0.682_689_492).abs() < 1e-9);
        assert!((z.shares[1] - 0.271_810_243).abs() < 1e-9);
        assert!((z.shares[2] - 0.042_800_468).abs() < 1e-9);
        assert!((z.shares[3] - 0.002_699_796).abs() < 1e-9);
    }

    #[test]
    fn limits_from_samples_with_the_constants() {
        let samples = vec![vec![50.01, 49.99, 50.0, 50.02], vec![50.0, 50.01, 49.98, 50.0], vec![49.99, 50.0, 50.01, 50.02]];
        let c = charts(&samples, &RULES).unwrap();
        assert!((c.means[0] - 50.005).abs() < 1e-12);
        assert!((c.ranges[1] - 0.03).abs() < 1e-12);
        let r_bar = (0.03 + 0.03 + 0.03) / 3.0;
        assert!((c.upper - (c.grand_mean + 0.729 * r_bar)).abs() < 1e-12);
        assert!((c.range_upper - 2.282 * r_bar).abs() < 1e-12 && c.range_lower == 0.0);
        assert_eq!(charts(&[vec![1.0, 2.0], vec![1.0]], &RULES).unwrap_err(), SpcError::SampleSize { sample: 1 });
        assert_eq!(charts(&[vec![1.0; 11]], &RULES).unwrap_err(), SpcError::Size);
    }

    #[test]
    fn each_rule_flags_its_pattern() {
        let at = |rule: Rule, points: &[f64]| flags(points, 0.0, 1.0, &[rule]).into_iter().map(|(_, i)| i).collect::<Vec<_>>();
        assert_eq!(at(Rule::Beyond3, &[0.0, 3.5, -3.2, 2.9]), vec![1, 2]);
        assert_eq!(at(Rule::TwoOfThree, &[2.5, 0.0, 2.1, 0.0, -2.5]), vec![0, 2]);
        assert_eq!(at(Rule::TwoOfThree, &[2.5, -2.5, 0.0]), Vec::<usize>::new(), "not on the same side");
        assert_eq!(at(Rule::FourOfFive, &[1.5, 1.2, 0.0, 1.1, 1.3, 0.0]), vec![0, 1, 3, 4]);
        assert_eq!(at(Rule::EightOneSide, &[0.1; 9]), vec![7, 8]);
        assert_eq!(at(Rule::SixTrend, &[0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.4]), vec![5]);
        assert_eq!(at(Rule::SixTrend, &[0.0, 0.1, 0.2, 0.3, 0.4]), Vec::<usize>::new(), "five points are not six");
    }

    #[test]
    fn an_in_control_process_flags_beyond_3_sigma_about_0_27_percent() {
        let process = Process { mean: 50.0, sd: 0.01, n: 4 };
        let samples = simulate(&process, 100_000, 11, Change::default());
        let sd_mean = zones(&process).sd_mean;
        let means: Vec<f64> = samples.iter().map(|s| s.iter().sum::<f64>() / 4.0).collect();
        let flagged = flags(&means, 50.0, sd_mean, &[Rule::Beyond3]).len();
        // 270 expected; ± 4 binomial standard deviations (about 66).
        assert!((200..=340).contains(&flagged), "{flagged}");
        assert_eq!(simulate(&process, 3, 5, Change::default()), simulate(&process, 3, 5, Change::default()));
    }

    #[test]
    fn a_shift_is_caught() {
        let process = Process { mean: 50.0, sd: 0.01, n: 4 };
        let samples = simulate(&process, 30, 3, Change { from: 16, shift: 0.015, drift: 0.0 });
        let c = charts(&samples, &RULES).unwrap();
        assert!(c.flags.iter().any(|(_, i)| *i >= 15), "{:?}", c.flags);
    }
}
