//! The load profile of a work centre, week by week: the queue of work (hours) waiting in front
//! of it, the lead time that queue implies, and the load against capacity; with actual inputs
//! and outputs, the observed lead time.
//!
//! ```text
//! Q(w)        = Q(w − 1) + I(w) − O(w)               planned queue (hours), Q(0) the opening queue
//! Qr(w)       = Qr(w − 1) + Ir(w) − Or(w)            actual queue of the weeks worked
//! lead time   ≈ Q(w) / capacity                      weeks of work waiting
//! load        = I(w) / capacity                      (%)
//! observed    = mean Qr / mean Or                    weeks
//! ```
//! A worked week's plan starts from the previous week's actual queue (the course's Fig 3.31: 1 150
//! = 1 200 + 350 − 400): each week is re-planned from where the centre really is.

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileInput {
    pub opening: f64,
    pub capacity: f64,
    pub planned_in: Vec<f64>,
    /// Planned output; a missing week outputs the capacity.
    pub planned_out: Vec<f64>,
    /// Actual input and output of the weeks worked, from the first.
    pub actual_in: Vec<f64>,
    pub actual_out: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Observed {
    pub mean_queue: f64,
    pub mean_output: f64,
    pub lead_time: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub planned_out: Vec<f64>,
    /// Planned queue at the end of each week.
    pub queue: Vec<f64>,
    /// The queue each week's plan starts from: the previous actual queue when there is one.
    pub start: Vec<f64>,
    pub lead_time: Vec<f64>,
    pub load: Vec<f64>,
    pub actual_queue: Vec<f64>,
    pub observed: Option<Observed>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileError {
    NoCapacity,
    /// The planned output has more weeks than the planned input.
    OutputTooLong,
    /// Actual input and output do not cover the same weeks, or more weeks than planned.
    ActualWeeks,
}

/// # Errors
/// No capacity, a planned output longer than the input, actual rows of different lengths or
/// longer than the plan.
pub fn solve(input: &ProfileInput) -> Result<Profile, ProfileError> {
    if input.capacity <= 0.0 {
        return Err(ProfileError::NoCapacity);
    }
    let weeks = input.planned_in.len();
    if input.planned_out.len() > weeks {
        return Err(ProfileError::OutputTooLong);
    }
    if input.actual_in.len() != input.actual_out.len() || input.actual_in.len() > weeks {
        return Err(ProfileError::ActualWeeks);
    }
    let planned_out: Vec<f64> = (0..weeks).map(|w| input.planned_out.get(w).copied().unwrap_or(input.capacity)).collect();
    let mut actual_queue = Vec::with_capacity(input.actual_in.len());
    let mut actual = input.opening;
    for (i, o) in input.actual_in.iter().zip(&input.actual_out) {
        actual += i - o;
        actual_queue.push(actual);
    }
    let (mut queue, mut start) = (Vec::with_capacity(weeks), Vec::with_capacity(weeks));
    let mut previous = input.opening;
    for (w, (i, o)) in input.planned_in.iter().zip(&planned_out).enumerate() {
        let from = w.checked_sub(1).and_then(|p| actual_queue.get(p)).copied().unwrap_or(previous);
        start.push(from);
        previous = from + i - o;
        queue.push(previous);
    }
    let lead_time = queue.iter().map(|q| q / input.capacity).collect();
    let load = input.planned_in.iter().map(|i| i / input.capacity).collect();
    #[allow(clippy::cast_precision_loss)] // a few weeks
    let observed = (!actual_queue.is_empty()).then(|| {
        let n = actual_queue.len() as f64;
        let mean_queue = actual_queue.iter().sum::<f64>() / n;
        let mean_output = input.actual_out.iter().sum::<f64>() / n;
        Observed { mean_queue, mean_output, lead_time: if mean_output > 0.0 { mean_queue / mean_output } else { f64::INFINITY } }
    });
    Ok(Profile { planned_out, queue, start, lead_time, load, actual_queue, observed })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig_3_29() -> ProfileInput {
        ProfileInput {
            opening: 1100.0,
            capacity: 400.0,
            planned_in: vec![360.0, 495.0, 480.0, 350.0, 410.0],
            planned_out: Vec::new(),
            actual_in: Vec::new(),
            actual_out: Vec::new(),
        }
    }

    #[test]
    fn figs_3_29_and_3_30() {
        let p = solve(&fig_3_29()).unwrap();
        assert_eq!(p.queue, [1060.0, 1155.0, 1235.0, 1185.0, 1195.0]);
        assert_eq!(p.lead_time[0], 2.65, "the course prints 2.6");
        assert_eq!(p.lead_time[2], 3.0875, "the course prints 3.1");
        // The course rounds these to 90 124 120 88 103.
        let percent: Vec<f64> = p.load.iter().map(|l| (l * 10_000.0).round() / 100.0).collect();
        assert_eq!(percent, [90.0, 123.75, 120.0, 87.5, 102.5]);
        assert_eq!(p.observed, None);
    }

    #[test]
    fn fig_3_31_replans_from_the_actual_queue() {
        let input = ProfileInput {
            opening: 1200.0,
            planned_in: vec![435.0, 350.0, 410.0, 390.0, 380.0, 380.0],
            planned_out: vec![400.0; 6],
            actual_in: vec![390.0, 340.0, 420.0],
            actual_out: vec![390.0, 380.0, 420.0],
            ..fig_3_29()
        };
        let p = solve(&input).unwrap();
        assert_eq!(p.queue, [1235.0, 1150.0, 1170.0, 1150.0, 1130.0, 1110.0]);
        assert_eq!(p.actual_queue, [1200.0, 1160.0, 1160.0]);
        let seen = p.observed.unwrap();
        assert_eq!(((seen.mean_queue * 10.0).round(), (seen.mean_output * 10.0).round()), (11733.0, 3967.0));
        assert_eq!((seen.lead_time * 1000.0).round(), 2958.0, "≈ 3 weeks, as the course says");
    }

    #[test]
    fn errors() {
        assert_eq!(solve(&ProfileInput { capacity: 0.0, ..fig_3_29() }), Err(ProfileError::NoCapacity));
        assert_eq!(solve(&ProfileInput { planned_out: vec![400.0; 6], ..fig_3_29() }), Err(ProfileError::OutputTooLong));
        assert_eq!(solve(&ProfileInput { actual_in: vec![1.0], ..fig_3_29() }), Err(ProfileError::ActualWeeks));
    }
}
