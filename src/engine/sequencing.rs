//! Sequencing jobs on one machine (and two in series): the classic rules, their measures, and the
//! two exact methods of the textbooks.
//!
//! ```text
//! FCFS arrival · SPT shortest processing time · LPT longest · EDD earliest due date
//! slack = due − today − p · CR = (due − today) / p                        (ties keep arrival order)
//! completion C_j from today; flow = C − today; lateness L = C − due; tardiness T = max(0, L)
//! utilisation = Σ p / Σ flow; average jobs in the system = Σ flow / makespan
//! Moore–Hodgson (fewest late jobs): in EDD order, whenever a job is late, set aside the longest
//!   job scheduled so far; the set-aside jobs go last.
//! Johnson (two machines in series, least makespan): jobs with m1 ≤ m2 first by increasing m1,
//!   then the others by decreasing m2.
//! ```

use super::rng::Rng;

#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: String,
    pub time: f64,
    pub due: f64,
    /// Time on the second machine, for Johnson's rule.
    pub second: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Fcfs,
    Spt,
    Lpt,
    Edd,
    Slack,
    Cr,
    Moore,
}

impl Rule {
    pub const ALL: [Self; 7] = [Self::Fcfs, Self::Spt, Self::Lpt, Self::Edd, Self::Slack, Self::Cr, Self::Moore];
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Measures {
    pub flow: f64,
    pub lateness: f64,
    pub tardiness: f64,
    pub max_tardiness: f64,
    pub late: f64,
    pub utilisation: f64,
    pub jobs: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub rule: Rule,
    pub sequence: Vec<usize>,
    pub completion: Vec<f64>,
    pub measures: Measures,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SequencingError {
    NoJob,
    Duplicate(usize),
    /// A job with no processing time.
    Time(usize),
}

/// # Errors
/// No job, a duplicate, or a job taking no time (each named by index).
pub fn check(jobs: &[Job]) -> Result<(), SequencingError> {
    if jobs.is_empty() {
        return Err(SequencingError::NoJob);
    }
    if let Some(i) = super::first_duplicate(jobs, |j| &j.id) {
        return Err(SequencingError::Duplicate(i));
    }
    match jobs.iter().position(|j| j.time.is_nan() || j.time <= 0.0) {
        Some(i) => Err(SequencingError::Time(i)),
        None => Ok(()),
    }
}

fn sorted_by(jobs: &[Job], key: impl Fn(&Job) -> f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by(|&a, &b| jobs.get(a).map_or(0.0, &key).total_cmp(&jobs.get(b).map_or(0.0, &key)));
    order
}

/// Moore–Hodgson on the EDD order.
fn moore(jobs: &[Job], today: f64) -> Vec<usize> {
    let mut kept: Vec<usize> = Vec::new();
    let mut set_aside: Vec<usize> = Vec::new();
    let mut clock = today;
    for i in sorted_by(jobs, |j| j.due) {
        let Some(job) = jobs.get(i) else { continue };
        kept.push(i);
        clock += job.time;
        if clock > job.due + 1e-9 {
            // The longest kept job leaves (the first one on a tie).
            let longest = kept
                .iter()
                .enumerate()
                .max_by(|(ia, a), (ib, b)| {
                    jobs.get(**a).map_or(0.0, |j| j.time).total_cmp(&jobs.get(**b).map_or(0.0, |j| j.time)).then(ib.cmp(ia))
                })
                .map(|(k, _)| k);
            if let Some(k) = longest {
                let removed = kept.remove(k);
                clock -= jobs.get(removed).map_or(0.0, |j| j.time);
                set_aside.push(removed);
            }
        }
    }
    set_aside.sort_by(|a, b| jobs.get(*a).map_or(0.0, |j| j.due).total_cmp(&jobs.get(*b).map_or(0.0, |j| j.due)));
    kept.extend(set_aside);
    kept
}

pub fn sequence(jobs: &[Job], rule: Rule, today: f64) -> Vec<usize> {
    match rule {
        Rule::Fcfs => (0..jobs.len()).collect(),
        Rule::Spt => sorted_by(jobs, |j| j.time),
        Rule::Lpt => sorted_by(jobs, |j| -j.time),
        Rule::Edd => sorted_by(jobs, |j| j.due),
        Rule::Slack => sorted_by(jobs, |j| j.due - today - j.time),
        Rule::Cr => sorted_by(jobs, |j| (j.due - today) / j.time),
        Rule::Moore => moore(jobs, today),
    }
}

/// Completion times (by job index) and the measures of a sequence.
pub fn measure(jobs: &[Job], sequence: &[usize], today: f64) -> (Vec<f64>, Measures) {
    let mut completion = vec![0.0; jobs.len()];
    let mut clock = today;
    for &i in sequence {
        let Some(job) = jobs.get(i) else { continue };
        clock += job.time;
        if let Some(c) = completion.get_mut(i) {
            *c = clock;
        }
    }
    #[allow(clippy::cast_precision_loss)] // a few jobs
    let n = jobs.len() as f64;
    let flows: Vec<f64> = completion.iter().map(|c| c - today).collect();
    let lateness: Vec<f64> = completion.iter().zip(jobs).map(|(c, j)| c - j.due).collect();
    let total_flow: f64 = flows.iter().sum();
    let work: f64 = jobs.iter().map(|j| j.time).sum();
    let makespan = clock - today;
    let measures = Measures {
        flow: total_flow / n,
        lateness: lateness.iter().sum::<f64>() / n,
        tardiness: lateness.iter().map(|l| l.max(0.0)).sum::<f64>() / n,
        max_tardiness: lateness.iter().fold(0.0f64, |m, l| m.max(*l)),
        #[allow(clippy::cast_precision_loss)] // a few jobs
        late: lateness.iter().filter(|l| **l > 1e-9).count() as f64,
        utilisation: if total_flow > 0.0 { work / total_flow } else { 1.0 },
        jobs: if makespan > 0.0 { total_flow / makespan } else { 0.0 },
    };
    (completion, measures)
}

/// Every rule's sequence and measures.
pub fn runs(jobs: &[Job], today: f64) -> Vec<Run> {
    Rule::ALL
        .iter()
        .map(|&rule| {
            let sequence = sequence(jobs, rule, today);
            let (completion, measures) = measure(jobs, &sequence, today);
            Run { rule, sequence, completion, measures }
        })
        .collect()
}

/// Johnson's order when every job has a second-machine time.
pub fn johnson(jobs: &[Job]) -> Option<Vec<usize>> {
    let seconds: Vec<f64> = jobs.iter().map(|j| j.second).collect::<Option<_>>()?;
    let (mut first, mut last): (Vec<usize>, Vec<usize>) =
        (0..jobs.len()).partition(|&i| jobs.get(i).is_some_and(|j| j.time <= seconds.get(i).copied().unwrap_or(0.0)));
    first.sort_by(|a, b| jobs.get(*a).map_or(0.0, |j| j.time).total_cmp(&jobs.get(*b).map_or(0.0, |j| j.time)));
    last.sort_by(|a, b| seconds.get(*b).unwrap_or(&0.0).total_cmp(seconds.get(*a).unwrap_or(&0.0)));
    first.extend(last);
    Some(first)
}

/// Makespan of `sequence` on two machines in series (each job on machine 1, then machine 2).
pub fn two_machine_makespan(jobs: &[Job], sequence: &[usize]) -> f64 {
    let (mut one, mut two) = (0.0f64, 0.0f64);
    for job in sequence.iter().filter_map(|&i| jobs.get(i)) {
        one += job.time;
        two = two.max(one) + job.second.unwrap_or(0.0);
    }
    two
}

/// The textbooks' example of five jobs, ready today (day 0), with a second machine.
pub fn example() -> Vec<Job> {
    let job = |id: &str, time, due, second| Job { id: id.into(), time, due, second: Some(second) };
    vec![job("A", 6.0, 8.0, 4.0), job("B", 2.0, 6.0, 5.0), job("C", 8.0, 18.0, 3.0), job("D", 3.0, 15.0, 6.0), job("E", 9.0, 23.0, 2.0)]
}

/// Five jobs of 1 to 10 days with due dates that make some late.
pub fn exercise(seed: u64) -> Vec<Job> {
    let mut rng = Rng::new(seed);
    ["A", "B", "C", "D", "E"]
        .iter()
        .map(|id| {
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let time = rng.int(1, 10) as f64;
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let due = rng.int(3, 30) as f64;
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let second = rng.int(1, 10) as f64;
            Job { id: (*id).to_owned(), time, due, second: Some(second) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(jobs: &[Job], sequence: &[usize]) -> String {
        sequence.iter().map(|&i| jobs[i].id.as_str()).collect::<Vec<_>>().join("")
    }

    #[test]
    fn the_example() {
        let jobs = example();
        let of = |rule| ids(&jobs, &sequence(&jobs, rule, 0.0));
        assert_eq!(of(Rule::Spt), "BDACE");
        assert_eq!(of(Rule::Edd), "BADCE");
        assert_eq!(of(Rule::Lpt), "ECADB");
        let spt = measure(&jobs, &sequence(&jobs, Rule::Spt, 0.0), 0.0).1;
        // Completions 2, 5, 11, 19, 28: mean flow 13, lateness (−4, −10, 3, 1, 5) mean −1.
        assert_eq!((spt.flow, spt.lateness, spt.late), (13.0, -1.0, 3.0));
        assert_eq!(ids(&jobs, &johnson(&jobs).unwrap()), "BDACE");
        assert_eq!(two_machine_makespan(&jobs, &johnson(&jobs).unwrap()), 30.0);
    }

    /// Every order of `n` items.
    fn permutations(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![Vec::new()];
        }
        permutations(n - 1)
            .into_iter()
            .flat_map(|p| {
                (0..n).map(move |k| {
                    let mut q = p.clone();
                    q.insert(k, n - 1);
                    q
                })
            })
            .collect()
    }

    #[test]
    fn the_exact_methods_beat_every_order() {
        let orders = permutations(6);
        for seed in 0..150 {
            let mut rng = Rng::new(seed);
            #[allow(clippy::cast_precision_loss)]
            let jobs: Vec<Job> = (0..6)
                .map(|i| Job {
                    id: i.to_string(),
                    time: rng.int(1, 9) as f64,
                    due: rng.int(2, 30) as f64,
                    second: Some(rng.int(1, 9) as f64),
                })
                .collect();
            let all: Vec<Measures> = orders.iter().map(|o| measure(&jobs, o, 0.0).1).collect();
            let best = |f: fn(&Measures) -> f64| all.iter().map(f).fold(f64::INFINITY, f64::min);
            let of = |rule| measure(&jobs, &sequence(&jobs, rule, 0.0), 0.0).1;
            assert_eq!(of(Rule::Spt).flow, best(|m| m.flow), "SPT minimises mean flow time (seed {seed})");
            let max_lateness = |s: &[usize]| {
                let (c, _) = measure(&jobs, s, 0.0);
                c.iter().zip(&jobs).map(|(c, j)| c - j.due).fold(f64::NEG_INFINITY, f64::max)
            };
            let least_max_lateness = orders.iter().map(|o| max_lateness(o)).fold(f64::INFINITY, f64::min);
            assert_eq!(max_lateness(&sequence(&jobs, Rule::Edd, 0.0)), least_max_lateness, "EDD minimises maximum lateness (seed {seed})");
            assert_eq!(of(Rule::Moore).late, best(|m| m.late), "Moore–Hodgson minimises the number late (seed {seed})");
            let johnson = johnson(&jobs).unwrap();
            let least = orders.iter().map(|o| two_machine_makespan(&jobs, o)).fold(f64::INFINITY, f64::min);
            assert_eq!(two_machine_makespan(&jobs, &johnson), least, "Johnson minimises the makespan (seed {seed})");
        }
    }

    #[test]
    fn errors() {
        assert_eq!(check(&[]), Err(SequencingError::NoJob));
        let mut jobs = example();
        jobs[2].time = 0.0;
        assert_eq!(check(&jobs), Err(SequencingError::Time(2)));
        jobs[2].time = 1.0;
        jobs[4].id = "A".into();
        assert_eq!(check(&jobs), Err(SequencingError::Duplicate(4)));
    }
}
