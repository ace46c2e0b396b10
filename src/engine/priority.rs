//! Job-shop priority rules at a work centre (course Figs 5.5–5.8): each rule sorts the waiting
//! orders on one value, smallest first (LOT: largest first); ties keep the orders' arrival order.
//!
//! ```text
//! FCFS arrival · SOT operation time · LOT −operation time · SPTR processing time remaining (PTR)
//! FOR operations remaining · SMTR manufacturing time remaining (MTR, waits and moves included)
//! EDD due date · slack = due − today − PTR · slack on MTR = due − today − MTR (Fig 5.8's "avance")
//! slack per operation = slack / operations remaining · CR = (due − today) / MTR
//! ```
//! A rule whose value needs a field some order lacks is not applicable.

use super::rng::Rng;

#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: String,
    pub due: f64,
    pub op_time: Option<f64>,
    pub ptr: Option<f64>,
    pub mtr: Option<f64>,
    pub ops_left: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Fcfs,
    Sot,
    Lot,
    Sptr,
    For,
    Smtr,
    Edd,
    Slack,
    SlackMtr,
    SlackPerOp,
    Cr,
}

impl Rule {
    pub const ALL: [Self; 11] = [
        Self::Fcfs,
        Self::Sot,
        Self::Lot,
        Self::Sptr,
        Self::For,
        Self::Smtr,
        Self::Edd,
        Self::Slack,
        Self::SlackMtr,
        Self::SlackPerOp,
        Self::Cr,
    ];

    /// The value the rule sorts on, smallest first; `None` when the job lacks a field it needs.
    pub fn key(self, job: &Job, position: usize, today: f64) -> Option<f64> {
        let left = job.due - today;
        #[allow(clippy::cast_precision_loss)] // a position in a short list
        let arrival = position as f64;
        match self {
            Self::Fcfs => Some(arrival),
            Self::Sot => job.op_time,
            Self::Lot => job.op_time.map(|t| -t),
            Self::Sptr => job.ptr,
            Self::For => job.ops_left,
            Self::Smtr => job.mtr,
            Self::Edd => Some(job.due),
            Self::Slack => job.ptr.map(|p| left - p),
            Self::SlackMtr => job.mtr.map(|m| left - m),
            Self::SlackPerOp => job.ptr.zip(job.ops_left).filter(|(_, n)| *n > 0.0).map(|(p, n)| (left - p) / n),
            Self::Cr => job.mtr.filter(|m| *m > 0.0).map(|m| left / m),
        }
    }
}

/// Each rule's sequence (indices), `None` when not applicable.
pub fn sequences(jobs: &[Job], today: f64) -> Vec<(Rule, Option<Vec<usize>>)> {
    Rule::ALL
        .iter()
        .map(|&rule| {
            let keys: Option<Vec<f64>> = jobs.iter().enumerate().map(|(i, j)| rule.key(j, i, today)).collect();
            let sequence = keys.map(|keys| {
                let mut order: Vec<usize> = (0..jobs.len()).collect();
                // Stable: ties keep arrival order.
                order.sort_by(|&a, &b| keys.get(a).unwrap_or(&0.0).total_cmp(keys.get(b).unwrap_or(&0.0)));
                order
            });
            (rule, sequence)
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PriorityError {
    NoJob,
    Duplicate(usize),
}

/// # Errors
/// No order, or the same order twice (the second's index).
pub fn check(jobs: &[Job]) -> Result<(), PriorityError> {
    if jobs.is_empty() {
        return Err(PriorityError::NoJob);
    }
    match super::first_duplicate(jobs, |j| &j.id) {
        Some(i) => Err(PriorityError::Duplicate(i)),
        None => Ok(()),
    }
}

/// Fig 5.6 at day 125.
pub fn fig_5_6() -> Vec<Job> {
    let job = |id: &str, due, op, ptr, mtr, ops| Job {
        id: id.into(),
        due,
        op_time: Some(op),
        ptr: Some(ptr),
        mtr: Some(mtr),
        ops_left: Some(ops),
    };
    vec![
        job("1", 130.0, 1.5, 3.0, 6.0, 3.0),
        job("2", 132.0, 1.0, 4.5, 9.5, 5.0),
        job("3", 136.0, 2.0, 4.0, 8.0, 4.0),
        job("4", 138.0, 3.5, 7.0, 9.0, 2.0),
    ]
}

/// Four orders at a work centre on day 100, every field given.
pub fn exercise(seed: u64) -> Vec<Job> {
    let mut rng = Rng::new(seed);
    (1..=4)
        .map(|i| {
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let mut half = |low: i64, high: i64| rng.int(low, high) as f64 * 0.5;
            let ptr = half(2, 16);
            let op = half(1, 6).min(ptr);
            let mtr = ptr + half(2, 10);
            let due = 100.0 + half(6, 40);
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let ops = rng.int(1, 6) as f64;
            Job { id: i.to_string(), due, op_time: Some(op), ptr: Some(ptr), mtr: Some(mtr), ops_left: Some(ops) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(jobs: &[Job], today: f64) -> Vec<(Rule, String)> {
        sequences(jobs, today)
            .into_iter()
            .map(|(r, s)| (r, s.map_or("n/a".into(), |s| s.iter().map(|&i| jobs[i].id.clone()).collect::<Vec<_>>().join(" "))))
            .collect()
    }

    #[test]
    fn fig_5_7_sequences() {
        let seq = shown(&fig_5_6(), 125.0);
        let of = |rule: Rule| seq.iter().find(|(r, _)| *r == rule).unwrap().1.clone();
        assert_eq!(of(Rule::Sot), "2 1 3 4");
        assert_eq!(of(Rule::Sptr), "1 3 2 4");
        assert_eq!(of(Rule::Smtr), "1 3 4 2");
        assert_eq!(of(Rule::Edd), "1 2 3 4");
        assert_eq!(of(Rule::For), "4 1 3 2");
        assert_eq!(of(Rule::Slack), "1 2 4 3");
        assert_eq!(of(Rule::Cr), "2 1 3 4");
        assert_eq!(of(Rule::Lot), "4 3 1 2");
        let cr: Vec<String> = fig_5_6().iter().enumerate().map(|(i, j)| format!("{:.2}", Rule::Cr.key(j, i, 125.0).unwrap())).collect();
        assert_eq!(cr, ["0.83", "0.74", "1.38", "1.44"]);
    }

    #[test]
    fn fig_5_8_late_orders_and_missing_fields() {
        let job = |id: &str, due, mtr| Job { id: id.into(), due, op_time: None, ptr: None, mtr: Some(mtr), ops_left: None };
        let jobs = vec![job("1", 40.0, 2.0), job("2", 35.0, 10.0), job("3", 35.0, 8.0), job("4", 25.0, 4.0), job("5", 25.0, 8.0)];
        let seq = shown(&jobs, 35.0);
        let of = |rule: Rule| seq.iter().find(|(r, _)| *r == rule).unwrap().1.clone();
        // CR ties 2 and 3 at 0 (2 is later) and puts 4 before 5 though 5 is later; the slack on
        // MTR ranks by lateness.
        assert_eq!(of(Rule::Cr), "4 5 2 3 1");
        assert_eq!(of(Rule::SlackMtr), "5 4 2 3 1");
        assert_eq!(of(Rule::Sot), "n/a");
        let keys: Vec<f64> = jobs.iter().enumerate().map(|(i, j)| Rule::SlackMtr.key(j, i, 35.0).unwrap()).collect();
        assert_eq!(keys, [3.0, -10.0, -8.0, -14.0, -18.0]);
    }

    #[test]
    fn errors() {
        assert_eq!(check(&[]), Err(PriorityError::NoJob));
        let mut jobs = fig_5_6();
        jobs[3].id = "1".into();
        assert_eq!(check(&jobs), Err(PriorityError::Duplicate(3)));
    }
}
