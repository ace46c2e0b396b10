//! What a lesson's `solve` returns: results, tables, figures (a chart and its table, by
//! construction) and worked steps, already written in the learner's language; or a problem
//! that names its culprit. The widgets only lay these out.

use super::grid::Grid;
use crate::engine::steps::{Piece, Step};
use crate::i18n::{format_number, Lang, Text};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// The headline numbers, beside the inputs.
    pub results: Vec<ResultLine>,
    /// Tables shown under the headline numbers.
    pub side: Vec<Block>,
    /// Panels below: figures, tables, notes.
    pub sections: Vec<Section>,
    pub steps: Vec<StepLine>,
}

#[cfg(test)]
impl Report {
    /// The text shown under a test id: a result line, a table cell or a grid cell, as lessons' tests read it.
    pub fn shown(&self, id: &str) -> Option<String> {
        let result = self.results.iter().find(|r| r.test_id == id).map(|r| r.value.clone());
        let cell = || {
            self.sections.iter().flat_map(|s| &s.blocks).find_map(|b| match b {
                Block::Figure { data: Tabular::Table(t), .. } | Block::Table(t) => {
                    t.rows.iter().flatten().find(|c| c.test_id.as_deref() == Some(id)).map(|c| c.text.clone())
                }
                Block::Figure { data: Tabular::Grid(g), .. } | Block::Grid(g) => {
                    g.places().find(|place| g.cell_id(*place) == id).and_then(|place| g.cell(place)).map(|c| c.text.clone())
                }
                _ => None,
            })
        };
        result.or_else(cell)
    }

    /// [`Report::shown`], for a test id that must be there.
    pub fn at(&self, id: &str) -> String {
        self.shown(id).unwrap_or_else(|| panic!("no {id}"))
    }

    /// The cells `<stem>-<period>` of a grid row over `periods`, which must all be there.
    pub fn row(&self, stem: &str, periods: std::ops::RangeInclusive<usize>) -> Vec<String> {
        periods.map(|p| self.at(&format!("{stem}-{p}"))).collect()
    }

    /// The text of the note with this test id, which must be there.
    pub fn note(&self, id: &str) -> String {
        self.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .find_map(|b| match b {
                Block::Note { text, test_id } if test_id == id => Some(text.clone()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no {id}"))
    }

    /// The time-phased grid with this test id prefix, alone or in a figure.
    pub fn grid(&self, prefix: &str) -> Option<&Grid> {
        self.sections.iter().flat_map(|s| &s.blocks).find_map(|b| match b {
            Block::Figure { data: Tabular::Grid(g), .. } | Block::Grid(g) if g.prefix == prefix => Some(g),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultLine {
    pub label: Text,
    pub value: String,
    pub unit: Option<Text>,
    pub test_id: String,
    /// Shown large: the answer the lesson is about.
    pub main: bool,
}

impl ResultLine {
    pub fn new(label: Text, value: String, test_id: impl Into<String>) -> Self {
        Self { label, value, unit: None, test_id: test_id.into(), main: false }
    }

    #[must_use]
    pub fn unit(self, unit: Text) -> Self {
        Self { unit: Some(unit), ..self }
    }

    #[must_use]
    pub fn main(self) -> Self {
        Self { main: true, ..self }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: Text,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A chart (ECharts option as JSON) beside the table or grid of its numbers.
    Figure {
        chart: String,
        label: Text,
        test_id: String,
        data: Tabular,
    },
    Table(Table),
    Grid(Grid),
    Note {
        text: String,
        test_id: String,
    },
    /// A drawing as SVG text ([`super::network`]) that names itself for screen readers; its
    /// numbers are in a table of the same report.
    Drawing {
        svg: String,
        test_id: String,
    },
}

/// The numbers of a figure: a table, or a time-phased grid (periods as columns).
#[derive(Debug, Clone, PartialEq)]
pub enum Tabular {
    Table(Table),
    Grid(Grid),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    /// The first cell of each row is its header.
    pub rows: Vec<Vec<Cell>>,
    /// Cells without their own id get `<test_id>-<row>-<column>`.
    pub test_id: String,
    /// Rows a learner may reveal one at a time (the passes of a network, in order).
    pub stepwise: bool,
}

impl Table {
    pub fn new(caption: Text, headers: &[Text], test_id: impl Into<String>, lang: Lang) -> Self {
        Self {
            caption: caption.get(lang).to_owned(),
            headers: headers.iter().map(|h| h.get(lang).to_owned()).collect(),
            rows: Vec::new(),
            test_id: test_id.into(),
            stepwise: false,
        }
    }

    /// A time-phased grid as a plain table (the opening column included), for places that show
    /// tables only, such as an exercise's worked solution.
    pub fn from_grid(grid: &Grid, test_id: impl Into<String>) -> Self {
        let mut headers = vec![String::new()];
        headers.extend(grid.opening.clone());
        headers.extend(grid.periods.iter().cloned());
        let text = |cell: Option<&super::grid::GridCell>| Cell::new(cell.map_or_else(String::new, |c| c.text.clone()));
        let rows = grid
            .rows
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::new(row.label.clone()).words()];
                if grid.opening.is_some() {
                    cells.push(text(row.opening.as_ref()));
                }
                cells.extend((0..grid.periods.len()).map(|p| text(row.cells.get(p))));
                cells
            })
            .collect();
        Self { caption: grid.caption.clone(), headers, rows, test_id: test_id.into(), stepwise: false }
    }

    #[must_use]
    pub fn stepwise(self) -> Self {
        Self { stepwise: true, ..self }
    }

    #[must_use]
    pub fn rows(self, rows: Vec<Vec<Cell>>) -> Self {
        Self { rows, ..self }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub test_id: Option<String>,
    /// Words (a name), aligned left; numbers align right.
    pub words: bool,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Self {
        Self { text: text.into(), test_id: None, words: false }
    }

    pub fn with_id(text: impl Into<String>, test_id: impl Into<String>) -> Self {
        Self { text: text.into(), test_id: Some(test_id.into()), words: false }
    }

    #[must_use]
    pub fn words(self) -> Self {
        Self { words: true, ..self }
    }
}

/// One worked step: its title, the formula, the formula with the learner's numbers, the result.
#[derive(Debug, Clone, PartialEq)]
pub struct StepLine {
    pub key: &'static str,
    pub title: String,
    pub formula: &'static str,
    pub numbers: String,
    pub result: String,
}

/// Decimals shown inside substituted formulas and results (at least 4 significant digits).
const STEP_DECIMALS: usize = 4;

/// Worked steps in `lang`, titled by `title` from each step's key.
pub fn step_lines(steps: &[Step], title: fn(&str) -> Text, lang: Lang) -> Vec<StepLine> {
    steps
        .iter()
        .map(|step| StepLine {
            key: step.key,
            title: title(step.key).get(lang).to_owned(),
            formula: step.formula,
            numbers: step
                .substituted
                .iter()
                .map(|piece| match piece {
                    Piece::Text(text) => (*text).to_owned(),
                    Piece::Num(value) => format_number(*value, lang, STEP_DECIMALS),
                })
                .collect(),
            result: format_number(step.result, lang, STEP_DECIMALS),
        })
        .collect()
}

/// What is wrong with the values, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub culprit: Culprit,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Culprit {
    /// An input field, by parameter.
    Field(&'static str),
    /// A table cell; rows and columns count from 0.
    Cell { param: &'static str, row: usize, column: usize },
    /// The values as a whole.
    Lesson,
}

impl Problem {
    pub fn field(param: &'static str, message: String) -> Self {
        Self { culprit: Culprit::Field(param), message }
    }

    /// The parameter the problem belongs to, if any.
    pub fn param(&self) -> Option<&'static str> {
        match self.culprit {
            Culprit::Field(param) | Culprit::Cell { param, .. } => Some(param),
            Culprit::Lesson => None,
        }
    }
}
