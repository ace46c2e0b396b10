//! Single acceptance sampling: from a lot of N, draw n and accept the lot when at most c are
//! defective.
//!
//! ```text
//! Pa(p) = P(X ≤ c)   X ~ Binomial(n, p)             with replacement (the course's)
//!                    X ~ Hypergeometric(N, D = pN, n) without replacement
//!                    X ~ Poisson(np)                 the approximation
//! producer's risk α = 1 − Pa(p1)      customer's risk β = Pa(p2)
//! rejected lots fully inspected:  AOQ(p) = p · Pa(p) · (N − n) / N     ATI(p) = n + (1 − Pa(p)) · (N − n)
//! ```
//! The laws are statrs's (regularised incomplete beta and gamma functions, sums of the
//! hypergeometric terms): exact far beyond the 1e-9 the lesson promises.

use super::rng::Rng;
use super::steps::Step;
use statrs::distribution::{Binomial, DiscreteCDF, Hypergeometric, Poisson};

/// How the sample is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Law {
    Binomial,
    Hypergeometric,
    Poisson,
}

pub const LAWS: [Law; 3] = [Law::Binomial, Law::Hypergeometric, Law::Poisson];

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plan {
    pub lot: u64,
    pub sample: u64,
    pub acceptance: u64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SamplingInput {
    pub plan: Plan,
    pub law: Law,
    /// Acceptable quality (fraction defective) and rejectable quality.
    pub p1: f64,
    pub p2: f64,
    /// Target risks for the plan design, when given.
    pub alpha: Option<f64>,
    pub beta: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SamplingError {
    /// c above n.
    AcceptanceAboveSample,
    /// n above N.
    SampleAboveLot,
    /// p2 not above p1.
    QualityOrder,
}

/// One row of the plan design's search: for an acceptance number, the smallest sample meeting β.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub acceptance: u64,
    pub sample: u64,
    pub alpha: f64,
    pub beta: f64,
    pub meets: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SamplingSolution {
    pub pa_p1: f64,
    pub pa_p2: f64,
    pub producer_risk: f64,
    pub consumer_risk: f64,
    /// Both quality levels under each law: (law, Pa(p1), Pa(p2)).
    pub laws: Vec<(Law, f64, f64)>,
    /// The highest average outgoing quality, and the incoming quality where it is reached.
    pub aoql: f64,
    pub aoql_at: f64,
    pub ati_p2: f64,
    /// The search and the plan found (the first candidate that meets both risks).
    pub design: Option<(Vec<Candidate>, Option<Candidate>)>,
    pub steps: Vec<Step>,
}

/// Largest sample the design tries.
pub const MAX_DESIGN_SAMPLE: u64 = 10_000;
/// Acceptance numbers the design tries.
const MAX_DESIGN_ACCEPTANCE: u64 = 30;

/// Defectives in the lot for a fraction `p`, for the draw without replacement.
fn defectives(lot: u64, p: f64) -> u64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // p in [0, 1]: 0 to lot
    let d = (p * lot as f64).round() as u64;
    d.min(lot)
}

/// `Pa(p) = P(X ≤ c)`.
pub fn acceptance(law: Law, plan: Plan, p: f64) -> f64 {
    let Plan { lot, sample, acceptance } = plan;
    let cdf = match law {
        Law::Binomial => Binomial::new(p.clamp(0.0, 1.0), sample).map(|b| b.cdf(acceptance)).ok(),
        Law::Hypergeometric => Hypergeometric::new(lot, defectives(lot, p), sample.min(lot)).map(|h| h.cdf(acceptance)).ok(),
        // Poisson(0) is no law for statrs: no defective, always accepted.
        Law::Poisson if p <= 0.0 => Some(1.0),
        Law::Poisson => Poisson::new(sample as f64 * p).map(|d| d.cdf(acceptance)).ok(),
    };
    cdf.unwrap_or(f64::NAN).clamp(0.0, 1.0)
}

/// `p · Pa(p) · (N − n) / N`: the defectives left per part shipped when rejected lots are sorted.
pub fn outgoing_quality(law: Law, plan: Plan, p: f64) -> f64 {
    let shipped_unchecked = plan.lot.saturating_sub(plan.sample) as f64 / plan.lot as f64;
    p * acceptance(law, plan, p) * shipped_unchecked
}

/// `n + (1 − Pa(p)) · (N − n)`: parts inspected per lot on average.
pub fn total_inspection(law: Law, plan: Plan, p: f64) -> f64 {
    plan.sample as f64 + (1.0 - acceptance(law, plan, p)) * plan.lot.saturating_sub(plan.sample) as f64
}

/// The defect rate beyond which lots are accepted with a probability below `floor`: where a
/// curve stops telling anything.
pub fn curve_end(law: Law, plan: Plan, floor: f64) -> f64 {
    let mut p = 0.001;
    while p < 1.0 && acceptance(law, plan, p) > floor {
        p *= 1.25;
    }
    p.min(1.0)
}

/// The AOQL: the largest AOQ over the incoming quality, on a grid and then refined by golden
/// sections (AOQ rises then falls).
fn aoql(law: Law, plan: Plan) -> (f64, f64) {
    // AOQ = p · Pa(p) is negligible once lots are almost never accepted.
    let end = curve_end(law, plan, 1e-6);
    let aoq = |p: f64| outgoing_quality(law, plan, p);
    let grid = 100;
    let step = end / f64::from(grid);
    let best = (0..=grid).map(|k| f64::from(k) * step).fold((0.0, 0.0), |best, p| if aoq(p) > best.1 { (p, aoq(p)) } else { best });
    let (mut low, mut high) = ((best.0 - step).max(0.0), (best.0 + step).min(1.0));
    let ratio = (5.0_f64.sqrt() - 1.0) / 2.0;
    for _ in 0..40 {
        let (a, b) = (high - ratio * (high - low), low + ratio * (high - low));
        if aoq(a) < aoq(b) {
            low = a;
        } else {
            high = b;
        }
    }
    let refined = low.midpoint(high);
    if aoq(refined) > best.1 {
        (refined, aoq(refined))
    } else {
        best
    }
}

/// For each acceptance number from 0, the smallest sample with Pa(p2) ≤ β, and whether its α
/// meets the target; the search stops at the first plan meeting both.
fn design(input: &SamplingInput, alpha: f64, beta: f64) -> (Vec<Candidate>, Option<Candidate>) {
    let law = input.law;
    let limit = if law == Law::Hypergeometric { input.plan.lot.min(MAX_DESIGN_SAMPLE) } else { MAX_DESIGN_SAMPLE };
    let mut rows = Vec::new();
    for c in 0..=MAX_DESIGN_ACCEPTANCE {
        let plan = |n: u64| Plan { lot: input.plan.lot, sample: n, acceptance: c };
        // Pa(p2) falls as n grows: the smallest n with Pa(p2) ≤ β by bisection.
        if c >= limit || acceptance(law, plan(limit), input.p2) > beta {
            continue;
        }
        let (mut low, mut high) = (c + 1, limit);
        while low < high {
            let middle = low + (high - low) / 2;
            if acceptance(law, plan(middle), input.p2) <= beta {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        let risk = 1.0 - acceptance(law, plan(low), input.p1);
        let candidate =
            Candidate { acceptance: c, sample: low, alpha: risk, beta: acceptance(law, plan(low), input.p2), meets: risk <= alpha };
        rows.push(candidate);
        if candidate.meets {
            return (rows, Some(candidate));
        }
    }
    (rows, None)
}

/// # Errors
/// c above n, n above N when drawing without replacement, or p2 not above p1.
pub fn solve(input: &SamplingInput) -> Result<SamplingSolution, SamplingError> {
    let plan = input.plan;
    if plan.acceptance > plan.sample {
        return Err(SamplingError::AcceptanceAboveSample);
    }
    if plan.sample > plan.lot && input.law == Law::Hypergeometric {
        return Err(SamplingError::SampleAboveLot);
    }
    if input.p2 <= input.p1 {
        return Err(SamplingError::QualityOrder);
    }
    let law = input.law;

    let (aoql_at, aoql) = aoql(law, plan);
    let laws: Vec<(Law, f64, f64)> = LAWS.iter().map(|l| (*l, acceptance(*l, plan, input.p1), acceptance(*l, plan, input.p2))).collect();
    let (pa_p1, pa_p2) = laws.iter().find(|(l, _, _)| *l == law).map_or((f64::NAN, f64::NAN), |(_, p1, p2)| (*p1, *p2));
    let design = input.alpha.zip(input.beta).map(|(alpha, beta)| design(input, alpha, beta));
    let n = plan.sample as f64;
    let mut steps = Vec::new();
    for (key, p, pa) in [("pa_p2", input.p2, pa_p2), ("pa_p1", input.p1, pa_p1)] {
        let step = if law == Law::Binomial && plan.acceptance == 0 {
            // The course's case: no defective allowed, Pa = (1 − p)ⁿ.
            Step::new(key, "Pa(p) = (1 − p)ⁿ").text("(1 − ").num(p).text(")^").num(n)
        } else {
            Step::new(key, "Pa(p) = P(X ≤ c)").text("P(X ≤ ").num(plan.acceptance as f64).text("), p = ").num(p)
        };
        steps.push(step.result(pa));
    }
    steps.push(Step::new("beta", "β = Pa(p2)").num(pa_p2).result(pa_p2));
    steps.push(Step::new("alpha", "α = 1 − Pa(p1)").text("1 − ").num(pa_p1).result(1.0 - pa_p1));
    let ati_p2 = total_inspection(law, plan, input.p2);
    steps.push(
        Step::new("ati", "ATI = n + (1 − Pa(p2)) · (N − n)")
            .num(n)
            .text(" + (1 − ")
            .num(pa_p2)
            .text(") × (")
            .num(plan.lot as f64)
            .text(" − ")
            .num(n)
            .text(")")
            .result(ati_p2),
    );
    Ok(SamplingSolution { pa_p1, pa_p2, producer_risk: 1.0 - pa_p1, consumer_risk: pa_p2, laws, aoql, aoql_at, ati_p2, design, steps })
}

/// A supplier and a customer agreeing on a plan: lots of hundreds to thousands, small samples.
pub fn exercise(seed: u64) -> SamplingInput {
    let mut rng = Rng::new(seed);
    let lot = rng.step(500, 5000, 500).unsigned_abs();
    let sample = rng.step(20, 100, 10).unsigned_abs();
    let acceptance = rng.int(0, 2).unsigned_abs();
    let p1 = rng.pick(&[0.005, 0.01, 0.015]);
    let p2 = p1 * rng.pick(&[3.0, 4.0, 5.0]);
    SamplingInput { plan: Plan { lot, sample, acceptance }, law: Law::Binomial, p1, p2, alpha: None, beta: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(law: Law) -> SamplingInput {
        SamplingInput { plan: Plan { lot: 1000, sample: 50, acceptance: 0 }, law, p1: 0.006, p2: 0.015, alpha: None, beta: None }
    }

    #[test]
    fn the_course_pistons_with_and_without_replacement() {
        let s = solve(&course(Law::Binomial)).unwrap();
        assert!((s.consumer_risk - 0.985_f64.powi(50)).abs() < 1e-12);
        assert!((s.consumer_risk - 0.4697).abs() < 5e-5, "{}", s.consumer_risk);
        assert!((s.producer_risk - 0.2599).abs() < 5e-5, "{}", s.producer_risk);
        let s = solve(&course(Law::Hypergeometric)).unwrap();
        // 15 defectives among 1 000: C(985, 50)/C(1000, 50); 6 defectives: C(994, 50)/C(1000, 50).
        let ratio = |defective: u32| (0..50).map(|i| f64::from(1000 - defective - i) / f64::from(1000 - i)).product::<f64>();
        assert!((s.consumer_risk - ratio(15)).abs() < 1e-12, "{}", s.consumer_risk);
        assert!((s.consumer_risk - 0.4607).abs() < 5e-5);
        assert!((s.producer_risk - (1.0 - ratio(6))).abs() < 1e-12);
        assert!((s.producer_risk - 0.2655).abs() < 5e-5, "{}", s.producer_risk);
        let s = solve(&course(Law::Poisson)).unwrap();
        assert!((s.consumer_risk - (-0.75_f64).exp()).abs() < 1e-12);
    }

    #[test]
    fn aoql_and_average_total_inspection() {
        let s = solve(&course(Law::Binomial)).unwrap();
        // AOQ = p (1 − p)⁵⁰ × 950/1000 peaks at p = 1/51.
        let peak = 1.0 / 51.0;
        assert!((s.aoql_at - peak).abs() < 1e-6, "{}", s.aoql_at);
        assert!((s.aoql - peak * (1.0 - peak).powi(50) * 0.95).abs() < 1e-12);
        assert!((s.ati_p2 - (50.0 + (1.0 - s.pa_p2) * 950.0)).abs() < 1e-9);
    }

    #[test]
    fn the_design_finds_the_smallest_plan_meeting_both_risks() {
        let input = SamplingInput { alpha: Some(0.05), beta: Some(0.10), p1: 0.01, p2: 0.05, ..course(Law::Binomial) };
        let (rows, plan) = solve(&input).unwrap().design.unwrap();
        let plan = plan.unwrap();
        assert!(plan.alpha <= 0.05 && plan.beta <= 0.10);
        // One sample fewer no longer meets β.
        let smaller = Plan { lot: 1000, sample: plan.sample - 1, acceptance: plan.acceptance };
        assert!(acceptance(Law::Binomial, smaller, 0.05) > 0.10);
        // Every acceptance number tried before it failed α.
        assert!(rows.iter().take(rows.len() - 1).all(|r| !r.meets && r.alpha > 0.05));
        assert_eq!((plan.acceptance, plan.sample), (3, 132));
    }

    #[test]
    fn errors_and_exercises() {
        let bad = |plan: Plan, law| solve(&SamplingInput { plan, law, ..course(law) }).unwrap_err();
        assert_eq!(bad(Plan { lot: 100, sample: 5, acceptance: 6 }, Law::Binomial), SamplingError::AcceptanceAboveSample);
        assert_eq!(bad(Plan { lot: 10, sample: 50, acceptance: 0 }, Law::Hypergeometric), SamplingError::SampleAboveLot);
        assert_eq!(solve(&SamplingInput { p2: 0.006, ..course(Law::Binomial) }).unwrap_err(), SamplingError::QualityOrder);
        for seed in 0..100 {
            assert!(solve(&exercise(seed)).is_ok(), "seed {seed}");
        }
    }
}
