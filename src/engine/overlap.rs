//! Transfer lots and overlapping operations: a lot of Q parts through stations in series, each
//! part taking O_i minutes at station i, each transfer between stations taking T minutes. The
//! production lot stays whole; what moves between stations is split into transfer lots, so the
//! next station starts before the whole lot is done.
//!
//! ```text
//! whole lot:              lead time = Σ Q·O_i + (stations − 1)·T
//! two transfer lots:      Q1 ≥ Q·O_up / (O_up + O_down) between each pair (the downstream station never waits)
//! transfer lots of k:     ⌈Q / k⌉ transfers between each pair
//! efficiency = Σ O_i / lead time   (the work in one part against the time the lot spends in the shop)
//! ```
//! Each station works its parts in order as soon as they have arrived and it is free; a transfer
//! lot leaves when its last part is done.

use super::ceil_exact;
use super::rng::Rng;
use super::steps::Step;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transfer {
    /// The lot moves whole.
    Whole,
    /// Two transfer lots per pair of stations, the first sized so the downstream one never waits.
    Split,
    /// Transfer lots of this many parts (the last may be smaller).
    Lots(u32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverlapInput {
    pub quantity: f64,
    /// Minutes per part at each station, in order.
    pub operations: Vec<f64>,
    /// Minutes per transfer between two stations.
    pub transfer_time: f64,
    pub transfer: Transfer,
}

/// One station's work: when it starts and ends, and the transfer lots it sends on (sizes and
/// the time each leaves).
#[derive(Debug, Clone, PartialEq)]
pub struct StationRun {
    pub start: f64,
    pub end: f64,
    /// Busy spells (start, end): a gap between two is the station waiting for parts.
    pub spells: Vec<(f64, f64)>,
    pub sent: Vec<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverlapSolution {
    pub stations: Vec<StationRun>,
    pub lead_time: f64,
    /// Lead time without the transfers on the way: the lead time less (stations − 1)·T.
    pub processing: f64,
    pub efficiency: f64,
    /// The whole-lot lead time, for comparison.
    pub whole_lead_time: f64,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverlapError {
    NoStation,
    /// The lot is not a whole number of parts above zero.
    Quantity,
    /// A transfer lot of 0 parts.
    LotSize,
}

/// Transfer lot sizes between a station with `up` minutes a part and one with `down`.
fn plan(input: &OverlapInput, up: f64, down: f64) -> Vec<f64> {
    let q = input.quantity;
    match input.transfer {
        Transfer::Whole => vec![q],
        Transfer::Split => {
            let first = if up + down > 0.0 { ceil_exact(q * up / (up + down)).clamp(1.0, q) } else { q };
            if first < q {
                vec![first, q - first]
            } else {
                vec![q]
            }
        }
        Transfer::Lots(k) => {
            let k = f64::from(k).min(q);
            let full = (q / k).floor();
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole, at most the lot
            let mut lots = vec![k; full as usize];
            let rest = q - full * k;
            if rest > 0.0 {
                lots.push(rest);
            }
            lots
        }
    }
}

/// Runs one station on batches arriving at (time, parts); returns its run and the finish time of
/// each part count in `boundaries` (cumulative).
fn run(arrivals: &[(f64, f64)], minutes: f64, boundaries: &[f64]) -> (StationRun, Vec<f64>) {
    let mut spells: Vec<(f64, f64)> = Vec::new();
    // (first part index, start) of each segment, to find when a given part is done.
    let mut segments: Vec<(f64, f64, f64)> = Vec::new();
    let (mut free, mut done) = (0.0f64, 0.0);
    for &(at, parts) in arrivals {
        let start = free.max(at);
        let end = start + parts * minutes;
        segments.push((done, parts, start));
        match spells.last_mut() {
            Some(last) if (last.1 - start).abs() < 1e-9 => last.1 = end,
            _ => spells.push((start, end)),
        }
        done += parts;
        free = end;
    }
    // Boundaries only grow: one pass over the segments finds every finish time.
    let mut segment = 0;
    let times = boundaries
        .iter()
        .map(|&count| {
            while segments.get(segment).is_some_and(|(first, parts, _)| count > first + parts + 1e-9) {
                segment += 1;
            }
            segments.get(segment).map_or(free, |(first, _, start)| start + (count - first) * minutes)
        })
        .collect();
    let start = spells.first().map_or(0.0, |s| s.0);
    (StationRun { start, end: free, spells, sent: Vec::new() }, times)
}

fn lead(input: &OverlapInput) -> Vec<StationRun> {
    let mut arrivals = vec![(0.0, input.quantity)];
    let mut stations = Vec::with_capacity(input.operations.len());
    for (i, &minutes) in input.operations.iter().enumerate() {
        let lots = input.operations.get(i + 1).map_or_else(|| vec![input.quantity], |&down| plan(input, minutes, down));
        let boundaries: Vec<f64> = lots
            .iter()
            .scan(0.0, |sum, n| {
                *sum += n;
                Some(*sum)
            })
            .collect();
        let (mut station, times) = run(&arrivals, minutes, &boundaries);
        station.sent = lots.iter().copied().zip(times.iter().copied()).collect();
        arrivals = times.iter().zip(&lots).map(|(t, n)| (t + input.transfer_time, *n)).collect();
        stations.push(station);
    }
    stations
}

/// # Errors
/// No station, a lot that is not a whole number above zero, or transfer lots of 0 parts.
pub fn solve(input: &OverlapInput) -> Result<OverlapSolution, OverlapError> {
    if input.operations.is_empty() {
        return Err(OverlapError::NoStation);
    }
    if !(input.quantity >= 1.0 && input.quantity.fract() == 0.0) {
        return Err(OverlapError::Quantity);
    }
    if input.transfer == Transfer::Lots(0) {
        return Err(OverlapError::LotSize);
    }
    let stations = lead(input);
    let lead_time = stations.last().map_or(0.0, |s| s.end);
    #[allow(clippy::cast_precision_loss)] // a few stations
    let transfers = (input.operations.len() - 1) as f64 * input.transfer_time;
    let work: f64 = input.operations.iter().sum();
    let efficiency = if lead_time > 0.0 { work / lead_time } else { 1.0 };
    let whole_lead_time = input.quantity * work + transfers;
    let mut steps = vec![
        Step::new("whole", "Σ Q·Oᵢ + (n − 1)·T")
            .num(input.quantity)
            .text(" × ")
            .num(work)
            .text(" + ")
            .num(transfers)
            .result(whole_lead_time),
        Step::new("lead", "L = L₀ + (n − 1)·T").num(lead_time - transfers).text(" + ").num(transfers).result(lead_time),
        Step::new("efficiency", "Σ Oᵢ / L").num(work).text(" / ").num(lead_time).result(efficiency),
    ];
    if let (Transfer::Split, [up, down, ..]) = (input.transfer, input.operations.as_slice()) {
        let first = stations.first().and_then(|s| s.sent.first()).map_or(input.quantity, |(n, _)| *n);
        steps.insert(
            0,
            Step::new("first_lot", "Q1 = ⌈Q·O₁ / (O₁ + O₂)⌉")
                .text("⌈")
                .num(input.quantity)
                .text(" × ")
                .num(*up)
                .text(" / (")
                .num(*up)
                .text(" + ")
                .num(*down)
                .text(")⌉")
                .result(first),
        );
    }
    Ok(OverlapSolution { stations, lead_time, processing: lead_time - transfers, efficiency, whole_lead_time, steps })
}

/// The course's Figs 4.8–4.10: 200 parts, 2, 3, 4 and 5 minutes, 20 minutes a transfer.
pub fn fig_4_8(transfer: Transfer) -> OverlapInput {
    OverlapInput { quantity: 200.0, operations: vec![2.0, 3.0, 4.0, 5.0], transfer_time: 20.0, transfer }
}

/// A lot of 50 to 300 parts on three or four stations of 1 to 6 minutes a part.
pub fn exercise(seed: u64) -> OverlapInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let quantity = rng.step(50, 300, 10) as f64;
    let stations = rng.pick(&[3usize, 4]);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let operations = (0..stations).map(|_| rng.int(1, 6) as f64).collect();
    let transfer_time = rng.pick(&[5.0, 10.0, 15.0, 20.0, 30.0]);
    OverlapInput { quantity, operations, transfer_time, transfer: Transfer::Whole }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figs_4_8_to_4_10() {
        let whole = solve(&fig_4_8(Transfer::Whole)).unwrap();
        assert_eq!((whole.processing, whole.lead_time), (2800.0, 2860.0));
        assert_eq!(format!("{:.2}", whole.efficiency * 100.0), "0.49");
        let split = solve(&fig_4_8(Transfer::Split)).unwrap();
        let firsts: Vec<Vec<f64>> = split.stations.iter().take(3).map(|s| s.sent.iter().map(|(n, _)| *n).collect()).collect();
        assert_eq!(firsts, [vec![80.0, 120.0], vec![86.0, 114.0], vec![89.0, 111.0]]);
        assert_eq!((split.processing, split.lead_time), (1774.0, 1834.0));
        assert_eq!(format!("{:.2}", split.efficiency * 100.0), "0.76");
        let tens = solve(&fig_4_8(Transfer::Lots(10))).unwrap();
        assert_eq!((tens.processing, tens.lead_time), (1090.0, 1150.0));
        assert_eq!(format!("{:.1}", tens.efficiency * 100.0), "1.2");
        // With two lots the downstream stations never wait: one busy spell each.
        assert!(split.stations.iter().all(|s| s.spells.len() == 1));
    }

    #[test]
    fn the_225_hours_against_76() {
        let input = |transfer| OverlapInput { quantity: 150.0, operations: vec![0.5; 3], transfer_time: 0.0, transfer };
        assert_eq!(solve(&input(Transfer::Whole)).unwrap().lead_time, 225.0);
        assert_eq!(solve(&input(Transfer::Lots(1))).unwrap().lead_time, 76.0);
    }

    #[test]
    fn a_faster_station_downstream_waits_between_lots() {
        let input = OverlapInput { quantity: 10.0, operations: vec![5.0, 1.0], transfer_time: 0.0, transfer: Transfer::Lots(5) };
        let s = solve(&input).unwrap();
        assert_eq!(s.stations[1].spells, [(25.0, 30.0), (50.0, 55.0)]);
        assert_eq!(s.lead_time, 55.0);
        // Lots larger than the lot are the whole lot.
        let big = solve(&OverlapInput { transfer: Transfer::Lots(500), ..input.clone() }).unwrap();
        assert_eq!(big.lead_time, big.whole_lead_time);
    }

    #[test]
    fn the_largest_lot_in_unit_lots() {
        // Equal stations with unit lots: the first part crosses in n·O, the others follow every O.
        let input = OverlapInput { quantity: 10_000.0, operations: vec![1.0; 20], transfer_time: 0.0, transfer: Transfer::Lots(1) };
        assert_eq!(solve(&input).unwrap().lead_time, 10_019.0);
    }

    #[test]
    fn errors() {
        let base = fig_4_8(Transfer::Whole);
        assert_eq!(solve(&OverlapInput { operations: Vec::new(), ..base.clone() }), Err(OverlapError::NoStation));
        assert_eq!(solve(&OverlapInput { quantity: 2.5, ..base.clone() }), Err(OverlapError::Quantity));
        assert_eq!(solve(&OverlapInput { transfer: Transfer::Lots(0), ..base }), Err(OverlapError::LotSize));
    }
}
