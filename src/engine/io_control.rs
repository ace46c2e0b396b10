//! Input/output control of a work centre, and the size its queue needs.
//!
//! ```text
//! L(t) = L(t − 1) + I(t) − O(t)          (queue L in hours of work, input I, output O)
//! deviation(t) = actual(t) − planned(t), cumulated day after day
//! L ~ N(L̄, Lsd):  P(L > 0) = Φ(L̄ / Lsd)   →   L̄ = z_s · Lsd keeps the centre fed with probability s
//! plan to a target T:  Oₚ(t) = min(Omax, max(0, L(t − 1) + Iₚ(t) − T))
//! ```
//! The elapsed days are planned from the opening queue; the days ahead are planned from the last
//! actual queue (re-planning starts from where the centre is). Lsd is the spread of the recorded
//! queues divided by their count, as the course's 3.3 h is for 27 31 36 28 28.

use super::normal::{inverse_cdf, upper_tail};
use super::rng::Rng;
use super::steps::Step;

#[derive(Debug, Clone, PartialEq)]
pub struct IoInput {
    /// Queue (hours) before the first day.
    pub opening: f64,
    /// Planned input of every day, elapsed and ahead: its length is the horizon.
    pub planned_in: Vec<f64>,
    /// Actual input and output of the elapsed days.
    pub actual_in: Vec<f64>,
    pub actual_out: Vec<f64>,
    /// Planned output of the elapsed days and of any day ahead already decided; the other days
    /// ahead are planned to bring the queue to the target.
    pub planned_out: Vec<f64>,
    /// Hours a day in regular time; output above it is overtime.
    pub capacity: f64,
    /// Most hours a day the centre can put out, overtime included.
    pub max_out: f64,
    /// Queue to reach; `None`: the size the service level needs.
    pub target: Option<f64>,
    /// Probability that the centre is never starved, in (0, 1).
    pub service: f64,
    /// Queue lengths the size is computed from; empty: the actual queues of the elapsed days.
    pub history: Vec<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Day {
    pub planned_in: f64,
    pub planned_out: f64,
    /// The planned output was computed to reach the target (not typed).
    pub proposed: bool,
    pub planned_queue: f64,
    /// Output above the regular capacity.
    pub overtime: f64,
    pub actual: Option<Actual>,
}

/// What happened on an elapsed day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Actual {
    pub input: f64,
    pub output: f64,
    pub queue: f64,
    pub in_deviation: f64,
    pub in_cumulated: f64,
    pub out_deviation: f64,
    pub out_cumulated: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizing {
    pub count: usize,
    pub mean: f64,
    pub sd: f64,
    /// Standard score of the service level.
    pub z: f64,
    /// Mean queue the service level needs: z · Lsd.
    pub needed: f64,
    /// Probability of a starved centre at today's mean queue, P(L < 0).
    pub starved_now: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IoSolution {
    pub days: Vec<Day>,
    pub elapsed: usize,
    pub sizing: Sizing,
    /// The queue the days ahead are planned to: the typed target or the needed size.
    pub target: f64,
    /// First day ahead (0-based) whose planned queue is the target.
    pub reached: Option<usize>,
    pub overtime: f64,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum IoError {
    /// No day planned.
    NoDays,
    /// Actual outputs not as many as actual inputs.
    ActualLengths { inputs: usize, outputs: usize },
    /// More elapsed days than planned inputs.
    PlannedInShort { elapsed: usize },
    /// Fewer planned outputs than elapsed days.
    PlannedOutShort { elapsed: usize },
    /// More planned outputs than days.
    PlannedOutLong { days: usize },
    /// An actual output larger than the queue plus the day's input (day, 0-based, and what was there).
    OutputBeyondQueue { day: usize, available: f64 },
    /// Fewer than two queue lengths to size from.
    History,
    /// The service level is not strictly between 0 and 1.
    Service,
}

impl IoError {
    /// The link parameter at fault.
    pub fn param(self) -> &'static str {
        match self {
            Self::NoDays | Self::PlannedInShort { .. } => "pin",
            Self::ActualLengths { .. } | Self::OutputBeyondQueue { .. } => "out",
            Self::PlannedOutShort { .. } | Self::PlannedOutLong { .. } => "pout",
            Self::History => "history",
            Self::Service => "s",
        }
    }
}

/// Mean and spread (divided by the count) of `values`.
fn mean_and_sd(values: &[f64]) -> (f64, f64) {
    #[allow(clippy::cast_precision_loss)] // a count of days
    let count = values.len() as f64;
    let mean = values.iter().sum::<f64>() / count;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / count;
    (mean, variance.sqrt())
}

fn check(input: &IoInput) -> Result<(), IoError> {
    let elapsed = input.actual_in.len();
    if input.planned_in.is_empty() {
        return Err(IoError::NoDays);
    }
    if input.actual_out.len() != elapsed {
        return Err(IoError::ActualLengths { inputs: elapsed, outputs: input.actual_out.len() });
    }
    if input.planned_in.len() < elapsed {
        return Err(IoError::PlannedInShort { elapsed });
    }
    if input.planned_out.len() < elapsed {
        return Err(IoError::PlannedOutShort { elapsed });
    }
    if input.planned_out.len() > input.planned_in.len() {
        return Err(IoError::PlannedOutLong { days: input.planned_in.len() });
    }
    if !(input.service > 0.0 && input.service < 1.0) {
        return Err(IoError::Service);
    }
    Ok(())
}

/// # Errors
/// Rows of mismatched lengths, an output the queue could not supply, too short a history, a
/// service level outside (0, 1): each names its parameter through [`IoError::param`].
pub fn solve(input: &IoInput) -> Result<IoSolution, IoError> {
    check(input)?;
    let elapsed = input.actual_in.len();
    let mut days = Vec::with_capacity(input.planned_in.len());
    let (mut planned_queue, mut queue) = (input.opening, input.opening);
    let (mut in_cumulated, mut out_cumulated) = (0.0, 0.0);
    for (day, ((&planned_in, &planned_out), (&actual_in, &actual_out))) in
        input.planned_in.iter().zip(&input.planned_out).zip(input.actual_in.iter().zip(&input.actual_out)).enumerate()
    {
        let available = queue + actual_in;
        if actual_out > available + 1e-9 {
            return Err(IoError::OutputBeyondQueue { day, available });
        }
        queue = available - actual_out;
        planned_queue += planned_in - planned_out;
        in_cumulated += actual_in - planned_in;
        out_cumulated += actual_out - planned_out;
        days.push(Day {
            planned_in,
            planned_out,
            proposed: false,
            planned_queue,
            overtime: (planned_out - input.capacity).max(0.0),
            actual: Some(Actual {
                input: actual_in,
                output: actual_out,
                queue,
                in_deviation: actual_in - planned_in,
                in_cumulated,
                out_deviation: actual_out - planned_out,
                out_cumulated,
            }),
        });
    }
    let recorded: Vec<f64> = days.iter().filter_map(|d| d.actual.map(|a| a.queue)).collect();
    let history = if input.history.is_empty() { &recorded } else { &input.history };
    if history.len() < 2 {
        return Err(IoError::History);
    }
    let (mean, sd) = mean_and_sd(history);
    let z = inverse_cdf(input.service);
    let needed = (z * sd).max(0.0);
    let starved_now = if sd > 0.0 { upper_tail(mean / sd) } else { f64::from(u8::from(mean <= 0.0)) };
    let sizing = Sizing { count: history.len(), mean, sd, z, needed, starved_now };
    let target = input.target.unwrap_or(needed);

    // Days ahead: from the last actual queue, typed outputs first, then the target rule.
    planned_queue = queue;
    let mut reached = None;
    for (day, &planned_in) in input.planned_in.iter().enumerate().skip(elapsed) {
        let typed = input.planned_out.get(day).copied();
        let planned_out = typed.unwrap_or_else(|| (planned_queue + planned_in - target).clamp(0.0, input.max_out.max(0.0)));
        planned_queue += planned_in - planned_out;
        if reached.is_none() && (planned_queue - target).abs() <= 1e-9 * target.max(1.0) {
            reached = Some(day);
        }
        days.push(Day {
            planned_in,
            planned_out,
            proposed: typed.is_none(),
            planned_queue,
            overtime: (planned_out - input.capacity).max(0.0),
            actual: None,
        });
    }
    let overtime = days.iter().skip(elapsed).map(|d| d.overtime).sum();
    let steps = steps(input, &days, elapsed, &sizing, target);
    Ok(IoSolution { days, elapsed, sizing, target, reached, overtime, steps })
}

fn steps(input: &IoInput, days: &[Day], elapsed: usize, sizing: &Sizing, target: f64) -> Vec<Step> {
    let mut steps = Vec::new();
    let last = elapsed.checked_sub(1).and_then(|d| days.get(d).map(|day| (d, day)));
    if let Some((d, day)) = last {
        if let Some(a) = day.actual {
            let before = d.checked_sub(1).and_then(|p| days.get(p)).and_then(|p| p.actual).map_or(input.opening, |p| p.queue);
            steps.push(
                Step::new("queue", "L(t) = L(t − 1) + I(t) − O(t)")
                    .num(before)
                    .text(" + ")
                    .num(a.input)
                    .text(" − ")
                    .num(a.output)
                    .result(a.queue),
            );
            steps.push(
                Step::new("in_cumulated", "ΣΔI(t) = ΣΔI(t − 1) + I(t) − Iₚ(t)")
                    .num(a.in_cumulated - a.in_deviation)
                    .text(" + (")
                    .num(a.input)
                    .text(" − ")
                    .num(day.planned_in)
                    .text(")")
                    .result(a.in_cumulated),
            );
            steps.push(
                Step::new("out_cumulated", "ΣΔO(t) = ΣΔO(t − 1) + O(t) − Oₚ(t)")
                    .num(a.out_cumulated - a.out_deviation)
                    .text(" + (")
                    .num(a.output)
                    .text(" − ")
                    .num(day.planned_out)
                    .text(")")
                    .result(a.out_cumulated),
            );
        }
    }
    #[allow(clippy::cast_precision_loss)] // a count of queue lengths
    let count = sizing.count as f64;
    steps.push(Step::new("mean", "L̄ = Σ L / n").text("Σ L / ").num(count).result(sizing.mean));
    steps.push(
        Step::new("sd", "Lsd = √(Σ (L − L̄)² / n)").text("√(Σ (L − ").num(sizing.mean).text(")² / ").num(count).text(")").result(sizing.sd),
    );
    steps.push(Step::new("z", "z = Φ⁻¹(s)").text("Φ⁻¹(").num(input.service).text(")").result(sizing.z));
    steps.push(Step::new("needed", "L̄* = z · Lsd").num(sizing.z).text(" × ").num(sizing.sd).result(sizing.needed));
    if sizing.sd > 0.0 {
        steps.push(
            Step::new("starved", "P(L < 0) = Q(L̄ / Lsd)")
                .text("Q(")
                .num(sizing.mean)
                .text(" / ")
                .num(sizing.sd)
                .text(")")
                .result(sizing.starved_now),
        );
    }
    let first_proposed = days.iter().enumerate().find(|(_, d)| d.proposed);
    if let Some((d, day)) = first_proposed {
        let before = d.checked_sub(1).and_then(|p| days.get(p)).map_or(input.opening, |p| p.actual.map_or(p.planned_queue, |a| a.queue));
        steps.push(
            Step::new("proposed", "Oₚ(t) = min(Omax, L(t − 1) + Iₚ(t) − T)")
                .text("min(")
                .num(input.max_out)
                .text(" ; ")
                .num(before)
                .text(" + ")
                .num(day.planned_in)
                .text(" − ")
                .num(target)
                .text(")")
                .result(day.planned_out),
        );
    }
    steps
}

/// The course's Fig 5.9: a 16 h/day centre, five days recorded, five planned to bring the queue
/// from 28 h to 10 h with outputs of at most 20 h.
pub fn fig_5_9() -> IoInput {
    IoInput {
        opening: 32.0,
        planned_in: vec![16.0; 10],
        actual_in: vec![12.0, 19.0, 22.0, 10.0, 15.0],
        actual_out: vec![17.0, 15.0, 17.0, 18.0, 15.0],
        planned_out: vec![16.0; 5],
        capacity: 16.0,
        max_out: 20.0,
        target: Some(10.0),
        service: 0.999,
        history: Vec::new(),
    }
}

/// A centre of 8 to 24 h a day, a week recorded around its plan, a week ahead to plan to the
/// size a 95–99.9 % service needs.
pub fn exercise(seed: u64) -> IoInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // 8, 16 or 24
    let capacity = rng.step(8, 24, 8) as f64;
    let opening = (capacity * (1.5 + rng.unit() * 1.5)).round();
    let jitter = |rng: &mut Rng| (capacity * (rng.unit() - 0.5) * 0.6).round();
    let mut actual_in = Vec::new();
    let mut actual_out = Vec::new();
    let mut queue = opening;
    for _ in 0..5 {
        let input = (capacity + jitter(&mut rng)).max(0.0);
        let output = (capacity + jitter(&mut rng)).clamp(0.0, queue + input);
        queue += input - output;
        actual_in.push(input);
        actual_out.push(output);
    }
    let service = rng.pick(&[0.95, 0.99, 0.999]);
    IoInput {
        opening,
        planned_in: vec![capacity; 10],
        actual_in,
        actual_out,
        planned_out: vec![capacity; 5],
        capacity,
        max_out: (capacity * 1.25).round(),
        target: None,
        service,
        history: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn fig_5_9_queues_and_plan() {
        let s = solve(&fig_5_9()).unwrap();
        let actual: Vec<f64> = s.days.iter().filter_map(|d| d.actual.map(|a| a.queue)).collect();
        assert_eq!(actual, [27.0, 31.0, 36.0, 28.0, 28.0]);
        let ahead: Vec<(f64, f64)> = s.days.iter().skip(5).map(|d| (d.planned_out, d.planned_queue)).collect();
        assert_eq!(ahead, [(20.0, 24.0), (20.0, 20.0), (20.0, 16.0), (20.0, 12.0), (18.0, 10.0)]);
        assert_eq!(s.reached, Some(9));
        assert_eq!(s.overtime, 18.0);
        // The plan of the elapsed days held the queue at 32.
        assert!(s.days.iter().take(5).all(|d| d.planned_queue == 32.0));
        let last = s.days[4].actual.unwrap();
        assert_eq!((last.in_cumulated, last.out_cumulated), (-2.0, 2.0));
    }

    #[test]
    fn fig_5_9_sizing_is_the_courses_30_and_3_3() {
        let s = solve(&fig_5_9()).unwrap().sizing;
        assert_eq!(s.mean, 30.0);
        assert!(close(s.sd, 10.8f64.sqrt()), "{}", s.sd);
        assert_eq!(format!("{:.1}", s.sd), "3.3");
        // The course rounds z(99.9 %) = 3.090 to 3: 3 × 3.3 ≈ 10 h.
        assert!((s.z - 3.090_232_306).abs() < 1e-8);
        assert!(close(s.needed, s.z * s.sd));
        let at_99 = solve(&IoInput { service: 0.99, ..fig_5_9() }).unwrap().sizing;
        assert_eq!(format!("{:.2}", at_99.z), "2.33");
        // 30 h is 9.1 Lsd above an empty queue: the centre is starved about once in 10¹⁹ days.
        assert!(s.starved_now < 1e-18 && s.starved_now > 0.0);
    }

    #[test]
    fn the_target_defaults_to_the_needed_size_and_typed_days_ahead_are_kept() {
        let input = IoInput { target: None, planned_out: vec![16.0; 6], ..fig_5_9() };
        let s = solve(&input).unwrap();
        assert!(close(s.target, s.sizing.needed));
        assert!(!s.days[5].proposed && s.days[5].planned_out == 16.0 && s.days[5].planned_queue == 28.0);
        assert!(s.days[6].proposed && s.days[6].planned_out == 20.0);
        // 28 → 24 → 20 → 16 → 12 at 20 h a day, then 17.85 h leaves the target, then it is held.
        assert_eq!(s.days.last().unwrap().planned_queue, 12.0);
        let longer = solve(&IoInput { planned_in: vec![16.0; 12], ..input }).unwrap();
        let (reach, hold) = (longer.days[10], longer.days[11]);
        assert!(close(reach.planned_out, 12.0 + 16.0 - longer.target) && close(reach.planned_queue, longer.target));
        assert!(close(hold.planned_out, 16.0) && close(hold.planned_queue, longer.target));
        assert_eq!(longer.reached, Some(10));
    }

    #[test]
    fn errors_name_their_row() {
        let base = fig_5_9();
        let param = |input: IoInput| solve(&input).unwrap_err().param();
        assert_eq!(param(IoInput { actual_out: vec![17.0], ..base.clone() }), "out");
        assert_eq!(param(IoInput { planned_in: vec![16.0; 3], ..base.clone() }), "pin");
        assert_eq!(param(IoInput { planned_in: Vec::new(), ..base.clone() }), "pin");
        assert_eq!(param(IoInput { planned_out: vec![16.0; 4], ..base.clone() }), "pout");
        assert_eq!(param(IoInput { planned_out: vec![16.0; 11], ..base.clone() }), "pout");
        assert_eq!(param(IoInput { service: 1.0, ..base.clone() }), "s");
        assert_eq!(param(IoInput { actual_in: vec![12.0], actual_out: vec![17.0], ..base.clone() }), "history");
        let too_much = IoInput { actual_out: vec![17.0, 15.0, 90.0, 18.0, 15.0], ..base };
        assert_eq!(solve(&too_much).unwrap_err(), IoError::OutputBeyondQueue { day: 2, available: 53.0 });
    }

    #[test]
    fn a_typed_history_replaces_the_recorded_queues() {
        let input = IoInput { history: vec![10.0, 14.0], service: 0.5, ..fig_5_9() };
        let s = solve(&input).unwrap().sizing;
        assert_eq!((s.count, s.mean, s.sd), (2, 12.0, 2.0));
        assert!(s.z.abs() < 1e-12 && s.needed == 0.0);
    }

    #[test]
    fn exercises_keep_queues_non_negative() {
        for seed in 0..200 {
            let s = solve(&exercise(seed)).unwrap();
            assert!(s.days.iter().filter_map(|d| d.actual).all(|a| a.queue >= 0.0));
        }
    }
}
