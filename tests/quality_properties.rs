//! Properties of the quality engines on random processes.
#![cfg(not(target_arch = "wasm32"))]

use atelier::engine::sampling::{acceptance, Law, Plan, LAWS};
use atelier::engine::tolerance::{solve, ToleranceInput};
use proptest::prelude::*;

proptest! {
    #[test]
    fn cpk_never_exceeds_cp_and_the_shares_add_up(mean in -100.0..100.0_f64, sd in 0.001..10.0_f64, lower in -100.0..100.0_f64, width in 0.001..200.0_f64) {
        let s = solve(&ToleranceInput { mean, sd, lower, upper: lower + width }).unwrap();
        prop_assert!(s.cpk <= s.cp + 1e-12);
        prop_assert!((0.0..=1.0).contains(&s.below) && (0.0..=1.0).contains(&s.above));
        prop_assert!((s.within + s.below + s.above - 1.0).abs() < 1e-12);
        // Centring the mean never makes more scrap.
        let centred = solve(&ToleranceInput { mean: lower + width / 2.0, sd, lower, upper: lower + width }).unwrap();
        prop_assert!(centred.out <= s.out * (1.0 + 1e-9) + 1e-300);
    }
}

proptest! {
    #[test]
    fn the_oc_curve_falls_with_the_defect_rate_rises_with_c_and_falls_with_n(
        lot in 100u64..5000, sample in 1u64..100, acceptance_number in 0u64..5, p in 0.0..0.3_f64, step in 0.0001..0.1_f64, law in 0usize..3,
    ) {
        let law: Law = LAWS[law];
        let plan = Plan { lot, sample, acceptance: acceptance_number.min(sample) };
        let pa = acceptance(law, plan, p);
        prop_assert!((0.0..=1.0).contains(&pa));
        prop_assert!(acceptance(law, plan, (p + step).min(1.0)) <= pa + 1e-12, "non-increasing in p");
        if plan.acceptance < plan.sample {
            prop_assert!(acceptance(law, Plan { acceptance: plan.acceptance + 1, ..plan }, p) >= pa - 1e-12, "rises with c");
        }
        if plan.sample < plan.lot {
            prop_assert!(acceptance(law, Plan { sample: plan.sample + 1, ..plan }, p) <= pa + 1e-12, "falls with n");
        }
    }
}
