//! Kanban: how many cards a loop needs, and what a production board says to make next.
//!
//! ```text
//! N ≥ D · P · (1 + S) / Q        rounded up (exactly: 100 · 0.5 · 1.1 / 5 is 11 cards, not 12)
//! ```
//! D demand per time unit, P the delay to get a container back (waiting, set-up and production, in
//! the same unit), Q parts per container, S the safety factor.
//!
//! The board (course Fig 4.12) has one column per part: a card hangs on it for every container
//! used and not yet remade. E (economic quantity) is the number of cards worth a set-up, A the alert
//! level (making the part becomes urgent), M the total of cards (all of them on the board: no
//! container of that part is left).

use super::ceil_exact;
use super::rng::Rng;
use super::steps::Step;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountInput {
    pub demand: f64,
    pub delay: f64,
    pub per_container: f64,
    pub safety: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CountSolution {
    /// D · P · (1 + S) / Q before rounding.
    pub exact: f64,
    pub cards: f64,
    /// Parts in the loop: N · Q.
    pub parts: f64,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountError {
    /// Parts per container not above zero.
    Container,
}

/// # Errors
/// [`CountError::Container`] when Q is not above zero (the ranges of the other inputs are the
/// lesson's to check).
pub fn count(input: &CountInput) -> Result<CountSolution, CountError> {
    if input.per_container.is_nan() || input.per_container <= 0.0 {
        return Err(CountError::Container);
    }
    let CountInput { demand, delay, per_container, safety } = *input;
    let exact = demand * delay * (1.0 + safety) / per_container;
    let cards = ceil_exact(exact);
    let steps = vec![
        Step::new("exact", "D · P · (1 + S) / Q")
            .num(demand)
            .text(" × ")
            .num(delay)
            .text(" × (1 + ")
            .num(safety)
            .text(") / ")
            .num(per_container)
            .result(exact),
        Step::new("cards", "N = ⌈D · P · (1 + S) / Q⌉").text("⌈").num(exact).text("⌉").result(cards),
        Step::new("parts", "N · Q").num(cards).text(" × ").num(per_container).result(cards * per_container),
    ];
    Ok(CountSolution { exact, cards, parts: cards * per_container, steps })
}

/// One column of the production board.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub part: String,
    pub economic: f64,
    pub alert: f64,
    pub total: f64,
    /// Cards on the board: containers used and not yet remade.
    pub cards: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Fewer cards than the economic quantity: wait.
    Wait,
    /// A set-up is worth it.
    Ready,
    /// At or over the alert level: urgent.
    Alert,
    /// Every card on the board: the part is out.
    Out,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Board {
    pub statuses: Vec<Status>,
    /// The column to make next and how many containers (all its cards), if any is worth making.
    pub next: Option<(usize, f64)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoardError {
    /// Levels out of order in a column: E ≤ A ≤ M and cards ≤ M are required (column, which).
    Order { column: usize, field: &'static str },
    /// The same part twice.
    Duplicate { column: usize },
}

impl Column {
    pub fn status(&self) -> Status {
        if self.cards >= self.total {
            Status::Out
        } else if self.cards >= self.alert {
            Status::Alert
        } else if self.cards >= self.economic {
            Status::Ready
        } else {
            Status::Wait
        }
    }
}

/// The most urgent column: the worst status, then the fewest containers left, then board order.
///
/// # Errors
/// Levels out of order in a column, or a part listed twice, naming the column and the field.
pub fn board(columns: &[Column]) -> Result<Board, BoardError> {
    for (i, c) in columns.iter().enumerate() {
        let field = if c.economic > c.alert {
            Some("alert")
        } else if c.alert > c.total {
            Some("total")
        } else if c.cards > c.total {
            Some("cards")
        } else {
            None
        };
        if let Some(field) = field {
            return Err(BoardError::Order { column: i, field });
        }
        if columns.iter().take(i).any(|other| other.part == c.part) {
            return Err(BoardError::Duplicate { column: i });
        }
    }
    let statuses: Vec<Status> = columns.iter().map(Column::status).collect();
    let next = columns
        .iter()
        .zip(&statuses)
        .enumerate()
        .filter(|(_, (_, s))| **s != Status::Wait)
        .min_by(|(i, (a, sa)), (j, (b, sb))| sb.cmp(sa).then((a.total - a.cards).total_cmp(&(b.total - b.cards))).then(i.cmp(j)))
        .map(|(i, (c, _))| (i, c.cards));
    Ok(Board { statuses, next })
}

/// A loop of realistic size, with values whose product is not a whole number of containers.
pub fn exercise(seed: u64) -> CountInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let (demand, per_container) = (rng.step(20, 400, 10) as f64, rng.pick(&[5.0, 8.0, 10.0, 12.0, 20.0, 25.0]));
    let delay = rng.pick(&[0.25, 0.5, 0.75, 1.0, 1.5, 2.0]);
    let safety = rng.pick(&[0.0, 0.05, 0.1, 0.15, 0.2]);
    CountInput { demand, delay, per_container, safety }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(demand: f64, delay: f64, per_container: f64, safety: f64) -> CountInput {
        CountInput { demand, delay, per_container, safety }
    }

    #[test]
    fn rounding_is_exact() {
        // 100 × 0.5 × 1.1 / 5 is 11.000000000000002 in binary floating point.
        let s = count(&input(100.0, 0.5, 5.0, 0.1)).unwrap();
        assert_eq!(s.cards, 11.0);
        assert_eq!(s.parts, 55.0);
        assert_eq!(count(&input(100.0, 0.5, 5.0, 0.12)).unwrap().cards, 12.0);
        assert_eq!(count(&input(180.0, 1.0, 10.0, 0.02)).unwrap().cards, 19.0);
        assert_eq!(count(&input(0.0, 1.0, 10.0, 0.1)).unwrap().cards, 0.0);
        assert_eq!(count(&input(1.0, 1.0, 0.0, 0.1)), Err(CountError::Container));
    }

    #[test]
    fn shorter_delays_need_fewer_cards() {
        let cards = |delay| count(&input(100.0, delay, 5.0, 0.1)).unwrap().cards;
        assert!(cards(0.25) <= cards(0.5) && cards(0.5) <= cards(1.0));
        assert_eq!(cards(1.0), 22.0);
    }

    fn column(part: &str, economic: f64, alert: f64, total: f64, cards: f64) -> Column {
        Column { part: part.to_owned(), economic, alert, total, cards }
    }

    #[test]
    fn the_board_launches_the_most_urgent_part() {
        let columns = vec![
            column("P1", 2.0, 2.0, 4.0, 2.0),
            column("P2", 3.0, 4.0, 6.0, 3.0),
            column("P3", 2.0, 3.0, 5.0, 1.0),
            column("P4", 1.0, 2.0, 3.0, 0.0),
        ];
        let b = board(&columns).unwrap();
        assert_eq!(b.statuses, [Status::Alert, Status::Ready, Status::Wait, Status::Wait]);
        assert_eq!(b.next, Some((0, 2.0)), "two containers of P1");
        // Two parts at their alert: the one with fewer containers left goes first.
        let mut tighter = columns.clone();
        tighter[1].cards = 5.0;
        assert_eq!(board(&tighter).unwrap().next, Some((1, 5.0)));
        // A part that is out beats any alert.
        tighter[3].cards = 3.0;
        assert_eq!(board(&tighter).unwrap().next, Some((3, 3.0)));
        // Nothing worth a set-up.
        let idle = vec![column("P1", 2.0, 3.0, 4.0, 1.0)];
        assert_eq!(board(&idle).unwrap().next, None);
    }

    #[test]
    fn board_errors_name_the_column_and_field() {
        assert_eq!(board(&[column("P1", 3.0, 2.0, 4.0, 0.0)]), Err(BoardError::Order { column: 0, field: "alert" }));
        assert_eq!(
            board(&[column("P1", 1.0, 2.0, 4.0, 0.0), column("P2", 1.0, 5.0, 4.0, 0.0)]),
            Err(BoardError::Order { column: 1, field: "total" })
        );
        assert_eq!(board(&[column("P1", 1.0, 2.0, 4.0, 5.0)]), Err(BoardError::Order { column: 0, field: "cards" }));
        assert_eq!(board(&[column("P1", 1.0, 2.0, 4.0, 0.0), column("P1", 1.0, 2.0, 4.0, 0.0)]), Err(BoardError::Duplicate { column: 1 }));
    }

    #[test]
    fn exercises_are_solvable() {
        for seed in 0..200 {
            let s = count(&exercise(seed)).unwrap();
            assert!(s.cards >= s.exact - 1e-9 && s.cards - s.exact < 1.0, "{s:?}");
        }
    }
}
