//! The lesson kit: a lesson is declared as data and plain functions — its inputs, presets,
//! storage schema, `solve` (values → report or a problem naming its culprit) and exercise — and
//! rendered by widgets compiled once for every lesson. Pure: tested on the host.
//!
//! - [`values`]: what a learner edits, type-erased so that no widget is generic over a lesson.
//! - [`codec`]: the one reading and writing of values for links, storage and spreadsheet paste.
//! - [`report`]: what `solve` returns, already in the learner's language.
//! - [`html`]: read-only output (tables, steps, results) as escaped HTML text.
//! - [`grid`]: the time-phased grid (periods as columns) and "fill it yourself" checking.
//! - [`network`]: an activity-on-node network drawn as SVG text.
//! - [`session`]: start-up rules (link beats saved work beats defaults) and the restore offer.
//! - [`export`]: a data table as tab-separated text or a CSV file.
//! - [`file`]: a lesson's work as a file to keep and open again.
//! - [`qr`]: a link's QR code as SVG text.
//! - [`teach`]: teachers' links and the print view of a class pack with its answer key.

pub mod codec;
pub mod export;
pub mod file;
pub mod grid;
pub mod html;
pub mod network;
pub mod qr;
pub mod report;
pub mod session;
pub mod teach;
pub mod values;

use crate::i18n::{Lang, Text};
use crate::scenario::exercise::Question;
use crate::scenario::links::Range;
use report::{Problem, Report, StepLine, Table};
use values::Values;

/// One lesson, as the registry lists it.
pub struct Lesson {
    /// Link id (`#/<id>`), storage name and prefix of input test ids (`<id>-input-<param>`).
    pub id: &'static str,
    /// Prefix of output test ids (`eoq-q`, `rop-ss`): kept from the first release, they are the teachers' API.
    pub prefix: &'static str,
    pub title: Text,
    pub intro: &'static [Text],
    pub groups: &'static [Group],
    /// Named scenarios as link parameters; the first is the lesson's default.
    pub presets: &'static [Preset],
    /// Data another lesson's saved work can give this one (the S&OP plan's production to the
    /// load check), offered as buttons above the inputs.
    pub imports: &'static [Import],
    /// Schema version of the stored values, and how to bring an older stored value forward one version.
    pub storage_version: u32,
    pub migrate: fn(u32, serde_json::Value) -> Option<serde_json::Value>,
    /// Called after the learner or a link sets `param`, for inputs that reset others (a rule's thresholds).
    pub adjust: fn(&mut Values, &str),
    pub solve: fn(&Values, Lang) -> Result<Report, Problem>,
    pub exercise: Exercise,
    /// Work too slow for every keystroke (a simulation), shown once the learner pauses.
    pub deferred: Option<Deferred>,
}

/// Taking data from another lesson's saved work (or its default scenario when there is none).
pub struct Import {
    /// The other lesson's id.
    pub from: &'static str,
    /// The button's words.
    pub label: Text,
    /// This lesson's values with the other's data in them; an error says why it cannot (the
    /// other lesson's scenario has no result), in the learner's language.
    pub apply: fn(&Values, &Values, Lang) -> Result<Values, String>,
}

impl Import {
    /// The values after the import, reading the other lesson's work from `store`.
    ///
    /// # Errors
    /// The other lesson is not built, or its scenario gives nothing to take.
    pub fn run(&self, target: &Values, store: &dyn crate::scenario::storage::KeyValueStore, lang: Lang) -> Result<Values, String> {
        let source = crate::lessons::find(self.from).ok_or_else(|| self.from.to_owned())?;
        let saved = session::load(source, store).0.unwrap_or_else(|| source.defaults());
        (self.apply)(&saved, target, lang)
    }
}

/// Results computed after a pause in typing, so the inputs and the main results never wait for
/// them (10 000 simulated projects of 50 tasks take tens of milliseconds).
pub struct Deferred {
    pub title: Text,
    /// Result lines and a note for valid values; `None` when there is nothing to show.
    pub compute: fn(&Values, Lang) -> Option<Later>,
}

/// What a [`Deferred`] computation shows: result lines, tables, and a note on what they mean.
pub struct Later {
    pub lines: Vec<report::ResultLine>,
    pub tables: Vec<Table>,
    pub note: String,
}

/// Inputs shown together, optionally under a legend.
pub struct Group {
    pub legend: Option<Text>,
    pub inputs: &'static [Input],
}

/// One input: its link parameter, its words and what it holds.
pub struct Input {
    pub param: &'static str,
    pub label: Text,
    pub unit: Option<Text>,
    pub hint: Option<Text>,
    pub kind: Kind,
    /// Shown only when this says so (an input the chosen method does not use is hidden, not lost).
    pub shown: Option<fn(&Values) -> bool>,
}

impl Input {
    pub const fn new(param: &'static str, label: Text, kind: Kind) -> Self {
        Self { param, label, unit: None, hint: None, kind, shown: None }
    }

    #[must_use]
    pub const fn unit(self, unit: Text) -> Self {
        Self { unit: Some(unit), ..self }
    }

    #[must_use]
    pub const fn hint(self, hint: Text) -> Self {
        Self { hint: Some(hint), ..self }
    }

    #[must_use]
    pub const fn shown_when(self, shown: fn(&Values) -> bool) -> Self {
        Self { shown: Some(shown), ..self }
    }

    pub fn is_shown(&self, values: &Values) -> bool {
        self.shown.is_none_or(|shown| shown(values))
    }
}

pub enum Kind {
    /// A number that must be given.
    Number(Range),
    /// A number that may be left empty.
    Optional(Range),
    /// One of a few named options: (slug in links and storage, label).
    Choice(&'static [(&'static str, Text)]),
    /// Options each switched on or off (checkboxes), all on by default; a link lists those on
    /// (`rules=beyond-3,trend`), or says `none`.
    Flags(&'static [(&'static str, Text)]),
    /// Rows of typed cells.
    Table(&'static TableSpec),
    /// A series of numbers, one per period.
    Series(&'static SeriesSpec),
}

/// An editable table: typed columns, a row cap that holds on every path.
pub struct TableSpec {
    pub columns: &'static [Column],
    pub max_rows: usize,
    /// Test id stem of the cells: `<cell_id>-<row>-<column key>`.
    pub cell_id: &'static str,
    /// What a new row holds.
    pub new_row: fn(usize) -> Vec<values::Entry>,
    pub caption: Text,
    /// How rows are written in links.
    pub links: RowLinks,
}

/// How a table's rows are separated in a link (cells are always separated by `:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowLinks {
    /// `A:1;B:2`.
    Semicolon,
    /// `stamping:35,machining:100`: for short rows of names and numbers.
    Comma,
    /// `P1:stamping:0.15:2,machining:0.4:1;P2:…`: rows that share their first cell written once
    /// for the group, the rest of each row after a comma. Only for tables whose cells hold no
    /// comma (no list columns).
    Grouped,
}

pub struct Column {
    pub key: &'static str,
    pub label: Text,
    pub kind: ColumnKind,
    /// Written after the previous column with this mark in links (`A:4/2/100/160`,
    /// `P1:200@1,3,4`), as one link cell: figures that belong together, each still its own cell
    /// in the editor and in a paste.
    pub joined: Option<char>,
}

impl Column {
    pub const fn new(key: &'static str, label: Text, kind: ColumnKind) -> Self {
        Self { key, label, kind, joined: None }
    }

    /// See [`Column::joined`].
    #[must_use]
    pub const fn joined(self) -> Self {
        self.joined_by('/')
    }

    /// See [`Column::joined`], with another mark than `/`.
    #[must_use]
    pub const fn joined_by(self, mark: char) -> Self {
        Self { joined: Some(mark), ..self }
    }
}

#[derive(Clone, Copy)]
pub enum ColumnKind {
    /// Text without `:` or `;` (they separate cells and rows in links).
    Text,
    /// Text that may be left empty (a description).
    Note,
    /// An identifier: 1 to 12 letters, digits, `-`, `_` or `.` (an activity, a part).
    Id,
    /// Identifiers separated by commas, possibly none (predecessors, components).
    Ids,
    Number(Range),
    /// A number that may be left empty (an order's arrival, not there yet).
    OptionalNumber(Range),
    /// One number, or three separated by `/` (optimistic/most likely/pessimistic).
    ThreePoint(Range),
    /// At least so many numbers (a sample needs two, a demand row one): separated by commas in
    /// a link (`50.01,49.99`), by spaces where a learner types them (so a decimal comma stays a
    /// decimal comma).
    NumberList(Range, usize),
}

impl ColumnKind {
    /// A cell of this kind may be empty; at the end of a link or pasted row it may be left out.
    pub fn may_be_empty(self) -> bool {
        matches!(self, Self::Note | Self::Ids | Self::OptionalNumber(_))
    }
}

/// A series of numbers; `generate` (seed, count, mean, sd) offers random data when given.
pub struct SeriesSpec {
    pub range: Range,
    pub max_len: usize,
    pub generate: Option<Generator>,
    /// Links separate the values with commas (`ops=2,3,4,5`) rather than `;`: a link's decimal
    /// mark is always a point, so its commas can only separate.
    pub commas_in_links: bool,
    /// No value at all is a valid series (a plan not typed, a part of the lesson not used); an
    /// empty series is left out of links unless the default fills it (then `param=`).
    pub may_be_empty: bool,
}

/// (seed, count, mean, standard deviation) → a series.
pub type Generator = fn(u64, usize, f64, f64) -> Vec<f64>;

pub struct Preset {
    pub slug: &'static str,
    pub title: Text,
    /// The scenario as link parameters (`N=1000&L=10`), read on top of the lesson's blank values.
    pub link: &'static str,
}

/// What exercise mode asks of a lesson.
pub struct Exercise {
    /// A realistic problem, the same for everyone with the same seed.
    pub generate: fn(u64) -> Values,
    pub statement: fn(&Values, Lang) -> String,
    /// What the student must find, with the expected values (the lesson solves the values itself).
    pub questions: fn(&Values) -> Vec<Question>,
    pub steps: fn(&Values, Lang) -> Vec<StepLine>,
    /// Tables shown with the worked solution (the ranking, a simulation).
    pub tables: fn(&Values, Lang) -> Vec<Table>,
    pub hint: Text,
}

impl Lesson {
    pub fn inputs(&self) -> impl Iterator<Item = &'static Input> + '_ {
        self.groups.iter().flat_map(|g| g.inputs.iter())
    }

    pub fn input(&self, param: &str) -> Option<&'static Input> {
        self.inputs().find(|i| i.param == param)
    }

    /// The first preset: what the lesson shows before the learner changes anything.
    pub fn defaults(&self) -> Values {
        self.presets.first().map_or_else(|| codec::blank(self), |p| codec::preset_values(self, p))
    }

    pub fn preset(&self, slug: &str) -> Option<&'static Preset> {
        self.presets.iter().find(|p| p.slug == slug)
    }

    pub fn steps_id(&self) -> String {
        format!("{}-steps", self.prefix)
    }

    /// The report of a preset, which must solve.
    #[cfg(test)]
    pub fn preset_report(&self, slug: &str, lang: Lang) -> Report {
        let preset = self.preset(slug).unwrap_or_else(|| panic!("no preset {slug}"));
        (self.solve)(&codec::preset_values(self, preset), lang).unwrap_or_else(|p| panic!("{slug}: {}", p.message))
    }
}
