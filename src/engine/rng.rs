//! A small seeded generator (SplitMix64) for exercises: the same seed gives the same exercise on
//! every machine, so a teacher can hand one link to a whole class.

#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        // Times 2⁻⁵³ rather than divided by 2⁵³: the same number exactly, without a division
        // (a 100 000-day simulation draws 300 000 of them).
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform integer in `low..=high`.
    pub fn int(&mut self, low: i64, high: i64) -> i64 {
        debug_assert!(low <= high);
        let span = high.abs_diff(low) + 1;
        low.wrapping_add_unsigned(self.next_u64() % span)
    }

    /// A multiple of `step` uniformly chosen in `low..=high` (both multiples of `step`).
    pub fn step(&mut self, low: i64, high: i64, step: i64) -> i64 {
        low + step * self.int(0, (high - low) / step)
    }

    /// One element of `items`, uniformly; `T::default()` for an empty slice rather than a crash.
    pub fn pick<T: Copy + Default>(&mut self, items: &[T]) -> T {
        let count = items.len() as u64;
        if count == 0 {
            return T::default();
        }
        let index = usize::try_from(self.next_u64() % count).unwrap_or(0);
        items.get(index).copied().unwrap_or_default()
    }
}

/// Our generator drives `rand_distr`'s samplers (the beta law of PERT durations), so a seed
/// still gives the same simulation on every machine.
impl rand::TryRng for Rng {
    type Error = core::convert::Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        Ok(u32::try_from(self.next_u64() >> 32).unwrap_or_default())
    }

    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        Ok(self.next_u64())
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        for chunk in dst.chunks_mut(8) {
            let bytes = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(bytes.get(..chunk.len()).unwrap_or_default());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn same_seed_same_sequence() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
        assert_eq!(Rng::new(3).pick::<f64>(&[]), 0.0);
    }

    #[test]
    fn ranges_are_respected() {
        let mut rng = Rng::new(7);
        for _ in 0..1000 {
            let u = rng.unit();
            assert!((0.0..1.0).contains(&u));
            let i = rng.int(-3, 5);
            assert!((-3..=5).contains(&i));
            let s = rng.step(100, 1000, 50);
            assert!([1, 2, 3].contains(&rng.pick(&[1, 2, 3])));
            assert!((100..=1000).contains(&s) && s % 50 == 0);
        }
    }
}
