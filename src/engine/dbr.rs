//! Drum-buffer-rope: the constraint's plan (the drum), the time buffer that protects it, split in
//! three regions, and the rope that releases each order's material one buffer ahead.
//!
//! ```text
//! drum:    order i runs on the constraint from start_i = Σ_{j<i} hours_j to end_i = start_i + hours_i
//! rope:    its material is released at start_i − B (B: the buffer, in hours of constraint work)
//! buffer at hour t: the constraint's work from t to t + B, hour by hour; region k holds the
//!          hours t + (k − 1)·B/3 to t + k·B/3 (region 1: next to be worked)
//! holes:   an order not physically there yet — in region 1: expedite; region 2: investigate;
//!          region 3: still on its way, as planned
//! ```

#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub id: String,
    pub lot: f64,
    /// Hours of work on the constraint.
    pub hours: f64,
    /// Hour its material reached the buffer; `None`: not yet.
    pub arrived: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DbrInput {
    pub orders: Vec<Order>,
    /// Buffer length in hours of constraint work (a multiple of 3: three equal regions).
    pub buffer: f64,
    /// The hour the buffer is looked at.
    pub hour: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hole {
    /// Region 1: the constraint will soon have nothing to work on.
    Expedite,
    /// Region 2: find out why before it becomes urgent.
    Investigate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Timing {
    pub start: f64,
    pub end: f64,
    pub release: f64,
}

/// One hour of the buffer: the order the constraint works on then, its region and whether it is there.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub hour: f64,
    pub order: Option<usize>,
    pub region: usize,
    pub present: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DbrSolution {
    pub timings: Vec<Timing>,
    pub slots: Vec<Slot>,
    /// Orders with a hole, the most urgent first, each once.
    pub holes: Vec<(usize, Hole)>,
    /// Orders whose material the rope releases at this hour or released already and not arrived.
    pub to_release: Vec<usize>,
    pub total: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbrError {
    NoOrder,
    /// The same order twice (the second's index).
    Duplicate(usize),
    /// An order with no work on the constraint.
    Hours(usize),
    /// A buffer that is not a positive whole number of hours divisible by 3.
    Buffer,
}

/// # Errors
/// No order, a duplicate, an order without hours (each named), or a buffer that does not split
/// into three regions of whole hours.
pub fn solve(input: &DbrInput) -> Result<DbrSolution, DbrError> {
    if input.orders.is_empty() {
        return Err(DbrError::NoOrder);
    }
    if let Some(i) = super::first_duplicate(&input.orders, |x| &x.id) {
        return Err(DbrError::Duplicate(i));
    }
    if let Some(i) = input.orders.iter().position(|o| o.hours.is_nan() || o.hours <= 0.0) {
        return Err(DbrError::Hours(i));
    }
    let b = input.buffer;
    if !(b >= 3.0 && b.fract() == 0.0 && b % 3.0 == 0.0) {
        return Err(DbrError::Buffer);
    }
    let mut start = 0.0;
    let timings: Vec<Timing> = input
        .orders
        .iter()
        .map(|o| {
            let t = Timing { start, end: start + o.hours, release: start - b };
            start += o.hours;
            t
        })
        .collect();
    let total = start;
    let t = input.hour;
    let region_length = b / 3.0;
    let there = |i: usize| input.orders.get(i).and_then(|o| o.arrived).is_some_and(|a| a <= t);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole hours, at most the field's cap
    let slots: Vec<Slot> = (0..b as usize)
        .map(|k| {
            #[allow(clippy::cast_precision_loss)] // a few hundred hours
            let offset = k as f64;
            let hour = t + offset;
            let order = timings.iter().position(|tm| tm.start <= hour && hour < tm.end);
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0, 1 or 2
            let region = (offset / region_length).floor() as usize + 1;
            Slot { hour, order, region, present: order.is_some_and(there) }
        })
        .collect();
    let mut holes: Vec<(usize, Hole)> = Vec::new();
    for slot in &slots {
        let Some(order) = slot.order.filter(|_| !slot.present) else { continue };
        let hole = match slot.region {
            1 => Hole::Expedite,
            2 => Hole::Investigate,
            _ => continue,
        };
        if !holes.iter().any(|(o, _)| *o == order) {
            holes.push((order, hole));
        }
    }
    let to_release = timings.iter().enumerate().filter(|(i, tm)| tm.release <= t && tm.end > t && !there(*i)).map(|(i, _)| i).collect();
    Ok(DbrSolution { timings, slots, holes, to_release, total })
}

/// The course's Fig 4.6: A1 24 parts 6 h, A2 30 parts 3 h, A3 50 parts 10 h, A4 60 parts 20 h; a
/// 15-hour buffer. Arrivals are not printed: A1 and A2 there from the start, A3 at hour 6, A4 at 8
/// give the holes the course describes (region 2 from the start, region 1 at hour 5).
pub fn fig_4_6(hour: f64) -> DbrInput {
    let order = |id: &str, lot, hours, arrived| Order { id: id.into(), lot, hours, arrived };
    DbrInput {
        orders: vec![
            order("A1", 24.0, 6.0, Some(0.0)),
            order("A2", 30.0, 3.0, Some(0.0)),
            order("A3", 50.0, 10.0, Some(6.0)),
            order("A4", 60.0, 20.0, Some(8.0)),
        ],
        buffer: 15.0,
        hour,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(s: &DbrSolution, input: &DbrInput) -> Vec<String> {
        s.slots.iter().map(|sl| sl.order.and_then(|o| input.orders.get(o)).map_or("-".into(), |o| o.id.clone())).collect()
    }

    #[test]
    fn fig_4_7_buffer_hour_by_hour() {
        let at = |hour| {
            let input = fig_4_6(hour);
            let s = solve(&input).unwrap();
            (ids(&s, &input).join(" "), s)
        };
        let (zero, s0) = at(0.0);
        assert_eq!(zero, "A1 A1 A1 A1 A1 A1 A2 A2 A2 A3 A3 A3 A3 A3 A3");
        assert_eq!(s0.holes, [(2, Hole::Investigate)], "A3 in region 2 is not there yet");
        let (five, s5) = at(5.0);
        assert_eq!(five, "A1 A2 A2 A2 A3 A3 A3 A3 A3 A3 A3 A3 A3 A3 A4");
        assert_eq!(s5.holes, [(2, Hole::Expedite)], "A3 reaches region 1 at hour 5");
        assert_eq!(at(1.0).0, "A1 A1 A1 A1 A1 A2 A2 A2 A3 A3 A3 A3 A3 A3 A3");
        assert!(at(6.0).1.holes.is_empty());
        // The rope: each order's material leaves one buffer (15 h) before the drum needs it.
        let releases: Vec<f64> = s0.timings.iter().map(|t| t.release).collect();
        assert_eq!(releases, [-15.0, -9.0, -6.0, 4.0]);
        assert_eq!(s0.total, 39.0);
        assert_eq!(s5.to_release, [2, 3], "A3 late, A4 due since hour 4");
    }

    #[test]
    fn errors_name_their_order() {
        let mut input = fig_4_6(0.0);
        input.orders[1].id = "A1".into();
        assert_eq!(solve(&input), Err(DbrError::Duplicate(1)));
        let mut input = fig_4_6(0.0);
        input.orders[2].hours = 0.0;
        assert_eq!(solve(&input), Err(DbrError::Hours(2)));
        assert_eq!(solve(&DbrInput { buffer: 10.0, ..fig_4_6(0.0) }), Err(DbrError::Buffer));
        assert_eq!(solve(&DbrInput { orders: Vec::new(), ..fig_4_6(0.0) }), Err(DbrError::NoOrder));
    }

    #[test]
    fn past_the_plan_the_buffer_runs_empty() {
        let s = solve(&fig_4_6(30.0)).unwrap();
        assert!(s.slots.iter().skip(9).all(|sl| sl.order.is_none()));
        assert!(s.holes.is_empty());
    }
}
