//! Properties of the critical path method and of crashing on random networks (activity on node, every
//! predecessor earlier in the list so the network has no cycle).
#![cfg(not(target_arch = "wasm32"))]
// Durations are whole days: sums of them are exact in f64.
#![allow(clippy::float_cmp)]

use atelier::engine::cpm::{schedule, Activity};
use atelier::engine::crashing::{greedy, least_cost, CrashActivity};
use proptest::prelude::*;

/// Up to 14 activities; each takes 0–20 days and depends on a random subset of the earlier ones.
fn network() -> impl Strategy<Value = Vec<Activity>> {
    prop::collection::vec((0u8..=20, prop::collection::vec(any::<bool>(), 14)), 1..14).prop_map(|rows| {
        rows.iter()
            .enumerate()
            .map(|(i, (duration, picks))| Activity {
                id: format!("T{i}"),
                duration: f64::from(*duration),
                predecessors: (0..i).filter(|p| picks[*p]).map(|p| format!("T{p}")).collect(),
            })
            .collect()
    })
}

/// The longest chain of durations ending with activity `i`, by plain recursion (not the passes).
fn longest_to(activities: &[Activity], i: usize) -> f64 {
    let before = activities[i]
        .predecessors
        .iter()
        .map(|p| longest_to(activities, activities.iter().position(|a| &a.id == p).unwrap()))
        .fold(0.0, f64::max);
    before + activities[i].duration
}

proptest! {
    #[test]
    fn passes_floats_and_critical_paths_agree(activities in network()) {
        let s = schedule(&activities).unwrap();
        let longest = (0..activities.len()).map(|i| longest_to(&activities, i)).fold(0.0, f64::max);
        prop_assert_eq!(s.duration, longest);
        let index = |id: &str| activities.iter().position(|a| a.id == id).unwrap();
        for (activity, t) in activities.iter().zip(&s.timings) {
            prop_assert!(t.earliest_start <= t.latest_start);
            prop_assert!(t.total_float >= 0.0 && t.free_float >= 0.0 && t.free_float <= t.total_float);
            prop_assert!(t.latest_finish <= s.duration);
            for p in &activity.predecessors {
                let before = s.timings[index(p)];
                prop_assert!(before.earliest_finish <= t.earliest_start);
                prop_assert!(before.latest_finish <= t.latest_start);
            }
        }
        prop_assert!(!s.critical_paths.is_empty());
        for path in &s.critical_paths {
            prop_assert!(path.iter().all(|i| s.timings[*i].total_float == 0.0));
            let length: f64 = path.iter().map(|i| activities[*i].duration).sum();
            prop_assert_eq!(length, s.duration);
            prop_assert!(activities[path[0]].predecessors.is_empty());
        }
    }
}

/// Up to 8 activities with whole normal and crash durations and costs.
fn crashable() -> impl Strategy<Value = Vec<CrashActivity>> {
    prop::collection::vec((1u8..=10, 0u8..=10, 0u8..=100, 0u8..=100, prop::collection::vec(any::<bool>(), 8)), 1..8).prop_map(|rows| {
        rows.iter()
            .enumerate()
            .map(|(i, (dn, shorter, cn, extra, picks))| CrashActivity {
                id: format!("T{i}"),
                normal_duration: f64::from(*dn),
                crash_duration: f64::from(dn.saturating_sub(*shorter).max(1)),
                normal_cost: f64::from(*cn),
                crash_cost: f64::from(*cn) + f64::from(*extra),
                predecessors: (0..i).filter(|p| picks[*p]).map(|p| format!("T{p}")).collect(),
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn least_cost_falls_as_the_deadline_loosens_and_greedy_never_beats_it(activities in crashable()) {
        let at = |crash: bool| activities.iter().map(|a| Activity { id: a.id.clone(), duration: if crash { a.crash_duration } else { a.normal_duration }, predecessors: a.predecessors.clone() }).collect::<Vec<_>>();
        let normal = schedule(&at(false)).unwrap().duration;
        let shortest = schedule(&at(true)).unwrap().duration;
        let mut previous = f64::INFINITY;
        let mut d = shortest;
        while d <= normal + 1e-9 {
            let (cost, _) = least_cost(&activities, d).unwrap();
            prop_assert!(cost <= previous + 1e-6, "{cost} after {previous} at {d}");
            previous = cost;
            d += 1.0;
        }
        let normal_cost: f64 = activities.iter().map(|a| a.normal_cost).sum();
        prop_assert!((least_cost(&activities, normal).unwrap().0 - normal_cost).abs() < 1e-6);
        for step in greedy(&activities).unwrap() {
            let (optimum, _) = least_cost(&activities, step.duration).unwrap();
            prop_assert!(step.direct_cost >= optimum - 1e-6, "greedy {} below the optimum {optimum} at {}", step.direct_cost, step.duration);
        }
    }
}
