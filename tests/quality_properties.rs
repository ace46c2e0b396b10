//! Properties of the quality engines on random processes.
#![cfg(not(target_arch = "wasm32"))]

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
