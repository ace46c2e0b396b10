//! Properties of the critical path method and of crashing on random networks (activity on node, every
//! predecessor earlier in the list so the network has no cycle).
#![cfg(not(target_arch = "wasm32"))]
// Durations are whole days: sums of them are exact in f64.
#![allow(clippy::float_cmp)]

use atelier::engine::cpm::{schedule, Activity};
use atelier::engine::crashing::{least_cost, solve, CrashActivity, CrashInput};
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
    fn the_curve_is_the_least_cost_at_each_duration_and_the_course_methods_never_beat_it(activities in crashable()) {
        let input = CrashInput { activities: activities.clone(), indirect: 7.0, reference: Some(5.0), bonus: 3.0, penalty: 11.0, target: None };
        let s = solve(&input).unwrap();
        let normal_cost: f64 = activities.iter().map(|a| a.normal_cost).sum();
        prop_assert_eq!(s.curve[0].duration, s.normal.duration);
        prop_assert!((s.curve[0].direct - normal_cost).abs() < 1e-6);
        prop_assert_eq!(s.minimum().unwrap().duration, s.crashed.duration);
        let mut previous = 0.0;
        for point in &s.curve {
            // Each warm-started optimum is the optimum solved afresh.
            let (fresh, _) = least_cost(&activities, point.duration).unwrap();
            prop_assert!((point.direct - fresh).abs() < 1e-6, "{} against {fresh} at {}", point.direct, point.duration);
            prop_assert!(point.direct >= previous - 1e-6, "the direct cost rises as the project shortens");
            previous = point.direct;
            // The crash amounts keep within their bounds and do finish by the duration.
            let durations: Vec<Activity> = activities.iter().zip(&point.crash).map(|(a, x)| {
                assert!(*x >= -1e-9 && *x <= a.normal_duration - a.crash_duration + 1e-9);
                Activity { id: a.id.clone(), duration: a.normal_duration - x, predecessors: a.predecessors.clone() }
            }).collect();
            prop_assert!(schedule(&durations).unwrap().duration <= point.duration + 1e-6);
            prop_assert!((point.total - (point.direct + 7.0 * point.duration + input.incentive(point.duration))).abs() < 1e-6);
        }
        let best = s.best().unwrap();
        prop_assert!(s.curve.iter().all(|p| p.total >= best.total - 1e-9));
        prop_assert!(s.relaxation.direct >= s.minimum().unwrap().direct - 1e-6, "relaxing never beats the optimum");
        for step in &s.greedy {
            let (optimum, _) = least_cost(&activities, step.duration).unwrap();
            prop_assert!(step.direct_cost >= optimum - 1e-6, "greedy {} below the optimum {optimum} at {}", step.direct_cost, step.duration);
        }
    }
}
