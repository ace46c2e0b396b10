//! A lesson's editable values, keyed by link parameter. One type for every lesson, so the page,
//! the fields and the table editor are compiled once.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(Option<f64>),
    Choice(&'static str),
    Table(Vec<Vec<Entry>>),
    Series(Vec<f64>),
    /// The options switched on, in declaration order: a [`super::Kind::Flags`] input.
    Flags(Vec<&'static str>),
}

/// One table cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Text(String),
    Number(f64),
    /// One number or three (a/m/b) in a [`super::ColumnKind::ThreePoint`] cell; several in a
    /// [`super::ColumnKind::NumberList`] cell.
    Numbers(Vec<f64>),
}

impl Entry {
    pub fn number(&self) -> f64 {
        match self {
            Self::Number(v) => *v,
            Self::Text(_) | Self::Numbers(_) => f64::NAN,
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Self::Text(t) => t,
            Self::Number(_) | Self::Numbers(_) => "",
        }
    }

    pub fn numbers(&self) -> &[f64] {
        match self {
            Self::Numbers(v) => v,
            Self::Text(_) | Self::Number(_) => &[],
        }
    }

    /// The identifiers of an [`super::ColumnKind::Ids`] cell.
    pub fn ids(&self) -> Vec<&str> {
        self.text().split(',').filter(|id| !id.is_empty()).collect()
    }
}

/// A table row's cells by column, as a lesson reads them into its engine's input: a missing or
/// mistyped cell reads as empty text, NaN or no number (the engine or the column's check names it).
pub trait Cells {
    fn text_at(&self, column: usize) -> String;
    fn number_at(&self, column: usize) -> f64;
    fn numbers_at(&self, column: usize) -> Vec<f64>;
    /// An optional number cell: empty is stored as empty text.
    fn optional_at(&self, column: usize) -> Option<f64>;
}

impl Cells for [Entry] {
    fn text_at(&self, column: usize) -> String {
        self.get(column).map(|e| e.text().to_owned()).unwrap_or_default()
    }

    fn number_at(&self, column: usize) -> f64 {
        self.get(column).map_or(f64::NAN, Entry::number)
    }

    fn numbers_at(&self, column: usize) -> Vec<f64> {
        self.get(column).map(|e| e.numbers().to_vec()).unwrap_or_default()
    }

    fn optional_at(&self, column: usize) -> Option<f64> {
        match self.get(column) {
            Some(Entry::Number(x)) => Some(*x),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Values(BTreeMap<&'static str, Value>);

impl Values {
    pub fn get(&self, param: &str) -> Option<&Value> {
        self.0.get(param)
    }

    pub fn set(&mut self, param: &'static str, value: Value) {
        self.0.insert(param, value);
    }

    /// A number that the declaration makes present (blank values and presets fill it).
    pub fn num(&self, param: &str) -> f64 {
        self.opt(param).unwrap_or(f64::NAN)
    }

    pub fn opt(&self, param: &str) -> Option<f64> {
        match self.0.get(param) {
            Some(Value::Number(v)) => *v,
            _ => None,
        }
    }

    pub fn choice(&self, param: &str) -> &'static str {
        match self.0.get(param) {
            Some(Value::Choice(c)) => c,
            _ => "",
        }
    }

    /// The options of a [`super::Kind::Flags`] input that are on.
    pub fn flags(&self, param: &str) -> &[&'static str] {
        match self.0.get(param) {
            Some(Value::Flags(on)) => on,
            _ => &[],
        }
    }

    pub fn rows(&self, param: &str) -> &[Vec<Entry>] {
        match self.0.get(param) {
            Some(Value::Table(rows)) => rows,
            _ => &[],
        }
    }

    pub fn series(&self, param: &str) -> &[f64] {
        match self.0.get(param) {
            Some(Value::Series(s)) => s,
            _ => &[],
        }
    }

    /// Builder for exercises and tests.
    #[must_use]
    pub fn with(mut self, param: &'static str, value: Value) -> Self {
        self.set(param, value);
        self
    }

    #[must_use]
    pub fn with_num(self, param: &'static str, value: f64) -> Self {
        self.with(param, Value::Number(Some(value)))
    }
}
