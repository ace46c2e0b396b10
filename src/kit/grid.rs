//! The time-phased grid: named rows × periods, as the course draws its planning grids (periods
//! as columns, an optional opening column). Computed cells carry marks (shortage, release…)
//! and the computation that gives them, so "fill it yourself" can check a learner's grid and
//! explain the first wrong cell. Pure: the checking is tested here.

use crate::i18n::{parse_number, Lang, Text};
use crate::t;
use std::borrow::Cow;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub caption: String,
    /// Cell test ids are `<prefix>-<row key>-<period>`; the grid itself is `<prefix>-grid`.
    pub prefix: String,
    /// Column headers, one per period.
    pub periods: Vec<String>,
    /// Header of the opening column (period 0), when there is one.
    pub opening: Option<String>,
    pub rows: Vec<GridRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    /// Built from the lesson's data when the rows are (a workshop's name): `Cow` keeps the
    /// fixed keys free.
    pub key: Cow<'static, str>,
    pub label: String,
    /// A row the learner can fill in "fill it yourself" mode (computed, not given).
    pub fillable: bool,
    pub opening: Option<GridCell>,
    /// From the first period on; a row may stop early (actual values of days not worked yet).
    pub cells: Vec<GridCell>,
}

impl GridRow {
    /// Given numbers (the data, not for the learner to fill), each shown by `show`.
    pub fn given(key: &'static str, label: String, values: &[f64], show: impl Fn(f64) -> String) -> Self {
        Self { key: key.into(), label, fillable: false, opening: None, cells: values.iter().map(|v| GridCell::new(*v, show(*v))).collect() }
    }

    /// Computed cells, which the learner may fill in "fill it yourself".
    pub fn computed(key: &'static str, label: String, opening: Option<GridCell>, cells: Vec<GridCell>) -> Self {
        Self { key: key.into(), label, fillable: true, opening, cells }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GridCell {
    pub value: f64,
    pub text: String,
    pub mark: Option<Mark>,
    /// How the value is obtained, with the numbers: shown when a learner's value is wrong.
    pub why: Option<String>,
}

impl GridCell {
    pub fn new(value: f64, text: String) -> Self {
        Self { value, text, mark: None, why: None }
    }

    #[must_use]
    pub fn mark(self, mark: Option<Mark>) -> Self {
        Self { mark, ..self }
    }

    #[must_use]
    pub fn why(self, why: String) -> Self {
        Self { why: Some(why), ..self }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    BelowSafety,
    Shortage,
    Release,
    Overload,
    PastDue,
}

impl Mark {
    pub const ALL: [Self; 5] = [Self::BelowSafety, Self::Shortage, Self::Release, Self::Overload, Self::PastDue];

    /// CSS and `data-mark` name.
    pub fn slug(self) -> &'static str {
        match self {
            Self::BelowSafety => "below-safety",
            Self::Shortage => "shortage",
            Self::Release => "release",
            Self::Overload => "overload",
            Self::PastDue => "past-due",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Self::BelowSafety => t!("sous le stock de sécurité", "below safety stock"),
            Self::Shortage => t!("rupture", "shortage"),
            Self::Release => t!("lancement", "release"),
            Self::Overload => t!("surcharge", "overload"),
            Self::PastDue => t!("en retard", "past due"),
        }
    }
}

/// Where a cell sits: row index and period index (`None` for the opening column).
pub type Place = (usize, Option<usize>);

impl Grid {
    pub fn cell(&self, (row, period): Place) -> Option<&GridCell> {
        let row = self.rows.get(row)?;
        match period {
            None => row.opening.as_ref(),
            Some(p) => row.cells.get(p),
        }
    }

    /// `<prefix>-<row key>-<period>`, the opening column being period 0 and the others 1, 2, …
    pub fn cell_id(&self, (row, period): Place) -> String {
        let period = period.map_or(0, |p| p + 1);
        // A grid of one unnamed row (a total): `<prefix>-<period>`.
        match self.rows.get(row).map_or("", |r| &r.key) {
            "" => format!("{}-{period}", self.prefix),
            key => format!("{}-{key}-{period}", self.prefix),
        }
    }

    /// Every cell a learner fills, in reading order (row by row, left to right).
    pub fn fillable(&self) -> Vec<Place> {
        self.places().filter(|(r, _)| self.rows.get(*r).is_some_and(|row| row.fillable)).collect()
    }

    /// Every cell in reading order (row by row, the opening column first).
    pub fn places(&self) -> impl Iterator<Item = Place> + '_ {
        self.rows
            .iter()
            .enumerate()
            .flat_map(|(i, r)| r.opening.iter().map(move |_| (i, None)).chain((0..r.cells.len()).map(move |p| (i, Some(p)))))
    }

    /// "Row, period S2", for explanations.
    fn place_name(&self, (row, period): Place, lang: Lang) -> String {
        let row_label = self.rows.get(row).map_or("", |r| r.label.as_str());
        let column = period.map_or_else(|| self.opening.clone().unwrap_or_default(), |p| self.periods.get(p).cloned().unwrap_or_default());
        match lang {
            Lang::Fr => format!("{row_label}, période {column}"),
            Lang::En => format!("{row_label}, period {column}"),
        }
    }

    /// How the cell with this test id is obtained, named by its row and period: the answer to
    /// "why is this 250?". `None` for a given cell.
    pub fn explain(&self, id: &str, lang: Lang) -> Option<String> {
        let place = self.places().find(|p| self.cell_id(*p) == id)?;
        let why = self.cell(place)?.why.as_ref()?;
        let colon = if lang == Lang::Fr { " :" } else { ":" };
        Some(format!("{}{colon} {why}", self.place_name(place, lang)))
    }

    /// The marks present, for the legend.
    pub fn marks(&self) -> Vec<Mark> {
        Mark::ALL
            .into_iter()
            .filter(|m| self.rows.iter().flat_map(|r| r.opening.iter().chain(&r.cells)).any(|c| c.mark == Some(*m)))
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Right,
    Wrong,
    Empty,
}

/// A learner's filled grid, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GridCheck {
    pub verdicts: BTreeMap<String, Verdict>,
    /// The first wrong (or empty) cell in reading order, explained.
    pub first_wrong: Option<(String, String)>,
    pub right: usize,
    pub total: usize,
}

/// A filled value is right within half a unit's hundredth or 0.1 %, so rounding to the grid's
/// printed digits is accepted.
fn close(answer: f64, expected: f64) -> bool {
    (answer - expected).abs() <= 0.005f64.max(expected.abs() * 1e-3)
}

/// Checks `answers` (cell test id → typed text) against the grid.
pub fn check(grid: &Grid, answers: &BTreeMap<String, String>, lang: Lang) -> GridCheck {
    let mut verdicts = BTreeMap::new();
    let mut first_wrong = None;
    let places = grid.fillable();
    for place in &places {
        let Some(cell) = grid.cell(*place) else { continue };
        let id = grid.cell_id(*place);
        let verdict = match answers.get(&id).and_then(|t| parse_number(t)) {
            None => Verdict::Empty,
            Some(v) if close(v, cell.value) => Verdict::Right,
            Some(_) => Verdict::Wrong,
        };
        if verdict != Verdict::Right && first_wrong.is_none() {
            first_wrong = Some((id.clone(), explanation(grid, *place, cell, verdict, lang)));
        }
        verdicts.insert(id, verdict);
    }
    let right = verdicts.values().filter(|v| **v == Verdict::Right).count();
    GridCheck { verdicts, first_wrong, right, total: places.len() }
}

fn explanation(grid: &Grid, place: Place, cell: &GridCell, verdict: Verdict, lang: Lang) -> String {
    let name = grid.place_name(place, lang);
    let why = cell.why.clone().unwrap_or_else(|| cell.text.clone());
    match (verdict, lang) {
        (Verdict::Empty, Lang::Fr) => format!("{name} : à remplir. {why}"),
        (Verdict::Empty, Lang::En) => format!("{name}: still empty. {why}"),
        (_, Lang::Fr) => format!("{name} : pas encore. {why}"),
        (_, Lang::En) => format!("{name}: not yet. {why}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        let cell = |v: f64| GridCell::new(v, format!("{v}")).why(format!("= {v}"));
        Grid {
            caption: "c".to_owned(),
            prefix: "policy".to_owned(),
            periods: vec!["1".to_owned(), "2".to_owned()],
            opening: Some("0".to_owned()),
            rows: vec![
                GridRow {
                    key: "demand".into(),
                    label: "Demand".to_owned(),
                    fillable: false,
                    opening: None,
                    cells: vec![cell(700.0), cell(450.0)],
                },
                GridRow {
                    key: "stock".into(),
                    label: "Stock".to_owned(),
                    fillable: true,
                    opening: Some(cell(1400.0)),
                    cells: vec![cell(700.0), cell(250.0).mark(Some(Mark::Shortage))],
                },
            ],
        }
    }

    #[test]
    fn ids_and_fillable_cells_in_reading_order() {
        let g = grid();
        assert_eq!(g.cell_id((1, None)), "policy-stock-0");
        assert_eq!(g.cell_id((1, Some(1))), "policy-stock-2");
        assert_eq!(g.fillable(), vec![(1, None), (1, Some(0)), (1, Some(1))]);
        assert_eq!(g.marks(), vec![Mark::Shortage]);
    }

    #[test]
    fn one_wrong_cell_is_found_and_explained() {
        let g = grid();
        let answers: BTreeMap<String, String> = [("policy-stock-0", "1 400"), ("policy-stock-1", "750"), ("policy-stock-2", "250,001")]
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let checked = check(&g, &answers, Lang::En);
        assert_eq!(checked.verdicts["policy-stock-0"], Verdict::Right);
        assert_eq!(checked.verdicts["policy-stock-1"], Verdict::Wrong);
        assert_eq!(checked.verdicts["policy-stock-2"], Verdict::Right);
        assert_eq!((checked.right, checked.total), (2, 3));
        assert_eq!(checked.first_wrong, Some(("policy-stock-1".to_owned(), "Stock, period 1: not yet. = 700".to_owned())));
    }

    #[test]
    fn a_computed_cell_explains_itself() {
        assert_eq!(grid().explain("policy-stock-2", Lang::Fr), Some("Stock, période 2 : = 250".to_owned()));
        assert_eq!(grid().explain("policy-nothing-2", Lang::En), None);
    }

    #[test]
    fn empty_cells_are_not_right() {
        let checked = check(&grid(), &BTreeMap::new(), Lang::Fr);
        assert_eq!(checked.right, 0);
        assert!(checked.first_wrong.unwrap().1.contains("à remplir"));
    }
}
