//! The one reading and writing of lesson values, driven by the declaration: link parameters,
//! stored JSON and spreadsheet paste. A lesson writes none of this.
//!
//! Link formats: numbers as the shortest text that reads back exactly; choices by slug; a
//! series as `d1;d2;…`; a table as rows separated by `;`, cells by `:` (`items=A:100:2;B:50:3`),
//! joined columns by `/` (`tasks=A:4/2/100/160`).

use super::values::{Entry, Value, Values};
use super::{ColumnKind, Kind, Lesson, Preset, RowLinks, SeriesSpec, TableSpec};
use crate::i18n::{parse_number, Lang};
use crate::scenario::links::{number_param, Bound, LinkProblem, Params, Range};
use serde_json::{Map, Value as Json};

/// Values before any preset: zero numbers, empty optionals, first choices, empty lists.
pub fn blank(lesson: &Lesson) -> Values {
    let mut values = Values::default();
    for input in lesson.inputs() {
        let value = match &input.kind {
            Kind::Number(_) => Value::Number(Some(0.0)),
            Kind::Optional(_) => Value::Number(None),
            Kind::Choice(options) => Value::Choice(options.first().map_or("", |o| o.0)),
            Kind::Flags(options) => Value::Flags(options.iter().map(|o| o.0).collect()),
            Kind::Table(_) => Value::Table(Vec::new()),
            Kind::Series(_) => Value::Series(Vec::new()),
        };
        values.set(input.param, value);
    }
    values
}

pub fn preset_values(lesson: &Lesson, preset: &Preset) -> Values {
    let link = crate::scenario::links::parse_fragment(&format!("#/?{}", preset.link));
    let mut values = blank(lesson);
    let mut params = Params::new(&link.params);
    apply_params(lesson, &mut values, &mut params);
    values
}

/// Overwrites the values the link gives, in declaration order; bad values are recorded in
/// `params` and skipped. Returns whether any lesson parameter was given.
pub fn apply_params(lesson: &Lesson, values: &mut Values, params: &mut Params) -> bool {
    let before = params.used();
    for input in lesson.inputs() {
        let param = input.param;
        let given = match &input.kind {
            Kind::Number(range) => params.number(param, *range).map(|v| Value::Number(Some(v))),
            // `target=` empties an optional field the lesson's default fills.
            Kind::Optional(range) => match params.raw(param) {
                Some(raw) if raw.trim().is_empty() => Some(Value::Number(None)),
                Some(_) => params.number(param, *range).map(|v| Value::Number(Some(v))),
                None => None,
            },
            Kind::Choice(options) => {
                let slugs: Vec<&'static str> = options.iter().map(|o| o.0).collect();
                params.choice(param, &slugs).map(Value::Choice)
            }
            Kind::Flags(options) => params.raw(param).and_then(|raw| {
                let read = parse_flags(options, &raw);
                if read.is_none() {
                    let allowed: Vec<&str> = options.iter().map(|o| o.0).collect();
                    params.report(LinkProblem::Invalid {
                        param: param.to_owned(),
                        value: raw,
                        reason: format!("options are {} (comma-separated) or none", allowed.join(", ")),
                    });
                }
                read.map(Value::Flags)
            }),
            // `resources=` empties a table the lesson's default fills.
            Kind::Table(_) if params.raw(param).is_some_and(|raw| raw.trim().is_empty()) => Some(Value::Table(Vec::new())),
            Kind::Table(spec) => params.raw(param).and_then(|raw| match parse_table(spec, &raw) {
                Ok(rows) => Some(Value::Table(rows)),
                Err(problem) => {
                    params.report(LinkProblem::Invalid { param: param.to_owned(), value: raw, reason: problem.describe(spec, Lang::En) });
                    None
                }
            }),
            Kind::Series(spec) => params.raw(param).and_then(|raw| match parse_series(spec, &link_series(spec, &raw)) {
                Ok(series) => Some(Value::Series(series)),
                Err(problem) => {
                    params.report(LinkProblem::Invalid { param: param.to_owned(), value: raw, reason: problem.describe(spec, Lang::En) });
                    None
                }
            }),
        };
        if let Some(value) = given {
            values.set(param, value);
            (lesson.adjust)(values, param);
        }
    }
    params.used() > before
}

/// Every value, in declaration order, so a link reproduces exactly what is on screen. Empty
/// optionals and the empty choice (`compare` = none) are left out.
pub fn write_params(lesson: &Lesson, values: &Values) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut defaults = None;
    for input in lesson.inputs() {
        let text = match values.get(input.param) {
            Some(Value::Number(Some(v))) => number_param(*v),
            // An empty optional field is left out, unless the default fills it: then it is
            // written empty, or the link would open on the default's value.
            Some(Value::Number(None)) => {
                let defaults = defaults.get_or_insert_with(|| lesson.defaults());
                if defaults.opt(input.param).is_none() {
                    continue;
                }
                String::new()
            }
            Some(Value::Choice(c)) if !c.is_empty() => (*c).to_owned(),
            // An empty table is left out, unless the default fills it: then it is written
            // empty (`workshops=`), or the link would open on the default's rows.
            Some(Value::Table(rows)) if rows.is_empty() => {
                let defaults = defaults.get_or_insert_with(|| lesson.defaults());
                if defaults.rows(input.param).is_empty() {
                    continue;
                }
                String::new()
            }
            Some(Value::Table(rows)) => match &input.kind {
                Kind::Table(spec) => table_param(spec, rows),
                _ => continue,
            },
            Some(Value::Series(series)) if series.is_empty() => {
                let defaults = defaults.get_or_insert_with(|| lesson.defaults());
                if defaults.series(input.param).is_empty() {
                    continue;
                }
                String::new()
            }
            Some(Value::Series(series)) => match &input.kind {
                Kind::Series(spec) if spec.commas_in_links => series.iter().map(|v| number_param(*v)).collect::<Vec<_>>().join(","),
                _ => series.iter().map(|v| number_param(*v)).collect::<Vec<_>>().join(";"),
            },
            Some(Value::Flags(on)) if on.is_empty() => "none".to_owned(),
            Some(Value::Flags(on)) => on.join(","),
            _ => continue,
        };
        out.push((input.param.to_owned(), text));
    }
    out
}

fn table_param(spec: &TableSpec, rows: &[Vec<Entry>]) -> String {
    let lines: Vec<String> = rows
        .iter()
        .map(|row| {
            let mut cells: Vec<String> = row
                .iter()
                .zip(spec.columns)
                .map(|(cell, column)| match cell {
                    Entry::Text(t) => t.clone(),
                    Entry::Number(v) => number_param(*v),
                    Entry::Numbers(v) => {
                        let separator = if matches!(column.kind, ColumnKind::NumberList(..)) { "," } else { "/" };
                        v.iter().map(|n| number_param(*n)).collect::<Vec<_>>().join(separator)
                    }
                })
                .collect();
            // Empty cells at the end of a row are left out (`A:12`, not `A:12:`).
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            let mut line = String::new();
            for (column, cell) in cells.iter().enumerate() {
                if column > 0 {
                    line.push(spec.columns.get(column).and_then(|c| c.joined).unwrap_or(':'));
                }
                line.push_str(cell);
            }
            line
        })
        .collect::<Vec<_>>();
    match spec.links {
        RowLinks::Semicolon => lines.join(";"),
        RowLinks::Comma => lines.join(","),
        RowLinks::Grouped => {
            // A row whose first cell is the previous row's continues its group after a comma.
            let mut out = String::new();
            let mut group: Option<&str> = None;
            for line in &lines {
                let (first, rest) = line.split_once(':').unwrap_or((line, ""));
                if group == Some(first) {
                    out.push(',');
                    out.push_str(rest);
                } else {
                    if group.is_some() {
                        out.push(';');
                    }
                    out.push_str(line);
                    group = Some(first);
                }
            }
            out
        }
    }
}

/// A link row's cells, one per column: `:`-separated, and a joined group split at its mark.
/// `None` when a group has the wrong number of figures.
fn link_cells<'a>(spec: &TableSpec, line: &'a str) -> Option<Vec<&'a str>> {
    let mut cells = Vec::new();
    for part in line.split(':') {
        let joined = spec.columns.get(cells.len() + 1..).unwrap_or_default();
        let group = 1 + joined.iter().take_while(|c| c.joined.is_some()).count();
        if group == 1 {
            cells.push(part);
        } else {
            let mark = joined.first().and_then(|c| c.joined).unwrap_or('/');
            let figures: Vec<&str> = part.split(mark).collect();
            // Joined cells that may be empty may be left out at the end (`P1:200`, no week).
            let optional = joined.iter().take(group - 1).rev().take_while(|c| c.kind.may_be_empty()).count();
            if figures.len() > group || figures.len() + optional < group {
                return None;
            }
            cells.extend(figures);
        }
    }
    Some(cells)
}

/// Why a table (link, paste or storage) could not be read. Rows and columns count from 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableProblem {
    Columns { row: usize },
    Cell { row: usize, column: usize },
    TooMany,
    Empty,
}

impl TableProblem {
    pub fn describe(&self, spec: &TableSpec, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        let column_name = |c: usize| spec.columns.get(c).map_or("?", |col| col.label.get(lang));
        let mut expected = String::new();
        for (i, column) in spec.columns.iter().enumerate() {
            if i > 0 {
                expected.push(' ');
                expected.push(column.joined.unwrap_or(':'));
                expected.push(' ');
            }
            expected.push_str(column.label.get(lang));
        }
        match self {
            Self::Columns { row } if fr => format!("ligne {} : il faut {} colonnes ({expected})", row + 1, spec.columns.len()),
            Self::Columns { row } => format!("line {}: {} columns expected ({expected})", row + 1, spec.columns.len()),
            Self::Cell { row, column } => {
                let rule = spec.columns.get(*column).map_or_else(String::new, |c| cell_rule(c.kind, lang));
                if fr {
                    format!("ligne {}, colonne « {} » : {rule}", row + 1, column_name(*column))
                } else {
                    format!("line {}, column “{}”: {rule}", row + 1, column_name(*column))
                }
            }
            Self::TooMany if fr => format!("au plus {} lignes", spec.max_rows),
            Self::TooMany => format!("at most {} rows", spec.max_rows),
            Self::Empty if fr => "aucune ligne".to_owned(),
            Self::Empty => "no rows".to_owned(),
        }
    }
}

/// What a cell of this kind must hold, for the message at a cell that does not.
fn cell_rule(kind: ColumnKind, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match kind {
        ColumnKind::Number(range) if fr => format!("un nombre qui {}", range.describe(lang)),
        ColumnKind::OptionalNumber(range) if fr => format!("un nombre qui {}, ou rien", range.describe(lang)),
        ColumnKind::OptionalNumber(range) => format!("a number that {}, or nothing", range.describe(lang)),
        ColumnKind::Number(range) => format!("a number that {}", range.describe(lang)),
        ColumnKind::ThreePoint(range) if fr => {
            format!("une durée, ou trois séparées par « / » (optimiste/probable/pessimiste), chacune {}", range.describe(lang))
        }
        ColumnKind::ThreePoint(range) => {
            format!("one duration, or three separated by “/” (optimistic/most likely/pessimistic), each {}", range.describe(lang))
        }
        ColumnKind::NumberList(range, 1) if fr => format!("des nombres séparés par des espaces, chacun {}", range.describe(lang)),
        ColumnKind::NumberList(range, 1) => format!("numbers separated by spaces, each {}", range.describe(lang)),
        ColumnKind::NumberList(range, fewest) if fr => {
            format!("au moins {fewest} nombres séparés par des espaces, chacun {}", range.describe(lang))
        }
        ColumnKind::NumberList(range, fewest) => format!("at least {fewest} numbers separated by spaces, each {}", range.describe(lang)),
        ColumnKind::Id if fr => format!("un identifiant de 1 à {MAX_ID} lettres ou chiffres, sans espace"),
        ColumnKind::Id => format!("an identifier of 1 to {MAX_ID} letters or digits, without spaces"),
        ColumnKind::Ids if fr => "des identifiants séparés par des virgules (E,G,H), ou rien".to_owned(),
        ColumnKind::Ids => "identifiers separated by commas (E,G,H), or nothing".to_owned(),
        ColumnKind::Text | ColumnKind::Note if fr => format!("texte vide, de plus de {MAX_TEXT} caractères, ou contenant « : » ou « ; »"),
        ColumnKind::Text | ColumnKind::Note => format!("empty, over {MAX_TEXT} characters, or contains “:” or “;”"),
    }
}

/// Longest text a cell holds (a name), in characters.
pub const MAX_TEXT: usize = 60;

/// Longest identifier, in characters.
pub const MAX_ID: usize = 12;
/// Most identifiers in one cell.
pub const MAX_IDS: usize = 50;

fn is_id(text: &str) -> bool {
    (1..=MAX_ID).contains(&text.chars().count()) && text.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Reads one cell as typed in the editor or found in a link.
pub fn parse_cell(kind: ColumnKind, text: &str) -> Option<Entry> {
    let trimmed = text.trim();
    let plain = !trimmed.contains([':', ';']) && trimmed.chars().count() <= MAX_TEXT;
    match kind {
        ColumnKind::Text => (plain && !trimmed.is_empty()).then(|| Entry::Text(trimmed.to_owned())),
        ColumnKind::Note => plain.then(|| Entry::Text(trimmed.to_owned())),
        ColumnKind::Id => is_id(trimmed).then(|| Entry::Text(trimmed.to_owned())),
        ColumnKind::Ids => {
            let mut ids: Vec<&str> = Vec::new();
            for id in trimmed.split(|c: char| c == ',' || c.is_whitespace()).filter(|id| !id.is_empty()) {
                if !is_id(id) {
                    return None;
                }
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            (ids.len() <= MAX_IDS).then(|| Entry::Text(ids.join(",")))
        }
        ColumnKind::Number(range) => parse_number(text).filter(|v| range.contains(*v)).map(Entry::Number),
        ColumnKind::OptionalNumber(_) if trimmed.is_empty() => Some(Entry::Text(String::new())),
        ColumnKind::OptionalNumber(range) => parse_number(text).filter(|v| range.contains(*v)).map(Entry::Number),
        ColumnKind::ThreePoint(range) => {
            let numbers = trimmed.split('/').map(|n| parse_number(n).filter(|v| range.contains(*v))).collect::<Option<Vec<f64>>>()?;
            matches!(numbers.len(), 1 | 3).then_some(Entry::Numbers(numbers))
        }
        ColumnKind::NumberList(range, fewest) => {
            // Typed: spaces between numbers, a comma is decimal. In a link: commas between them.
            let parts: Vec<&str> =
                if trimmed.contains(char::is_whitespace) { trimmed.split_whitespace().collect() } else { trimmed.split(',').collect() };
            let numbers = parts.iter().map(|n| parse_number(n).filter(|v| range.contains(*v))).collect::<Option<Vec<f64>>>()?;
            (numbers.len() >= fewest.max(1)).then_some(Entry::Numbers(numbers))
        }
    }
}

fn parse_row(spec: &TableSpec, row: usize, cells: &[&str]) -> Result<Vec<Entry>, TableProblem> {
    let left_out = spec.columns.get(cells.len()..).unwrap_or_default();
    if cells.len() > spec.columns.len() || !left_out.iter().all(|c| c.kind.may_be_empty()) {
        return Err(TableProblem::Columns { row });
    }
    spec.columns
        .iter()
        .enumerate()
        .map(|(column, col)| parse_cell(col.kind, cells.get(column).copied().unwrap_or_default()).ok_or(TableProblem::Cell { row, column }))
        .collect()
}

/// `A:100:2;B:50:3`.
pub fn parse_table(spec: &TableSpec, text: &str) -> Result<Vec<Vec<Entry>>, TableProblem> {
    let lines: Vec<String> = match spec.links {
        RowLinks::Semicolon => text.split(';').map(str::to_owned).collect(),
        RowLinks::Comma => text.split(',').map(str::to_owned).collect(),
        // `P1:a:1,b:2` is `P1:a:1` and `P1:b:2`.
        RowLinks::Grouped => text
            .split(';')
            .flat_map(|group| {
                let mut parts = group.split(',');
                let head = parts.next().unwrap_or_default();
                let first = head.split(':').next().unwrap_or_default().to_owned();
                std::iter::once(head.to_owned()).chain(parts.map(move |rest| format!("{first}:{rest}"))).collect::<Vec<_>>()
            })
            .collect(),
    };
    let lines: Vec<&str> = lines.iter().map(String::as_str).filter(|l| !l.trim().is_empty()).collect();
    if lines.len() > spec.max_rows {
        return Err(TableProblem::TooMany);
    }
    let rows: Vec<Vec<Entry>> = lines
        .iter()
        .enumerate()
        .map(|(row, line)| parse_row(spec, row, &link_cells(spec, line).ok_or(TableProblem::Columns { row })?))
        .collect::<Result<_, _>>()?;
    if rows.is_empty() {
        return Err(TableProblem::Empty);
    }
    Ok(rows)
}

/// Rows pasted from a spreadsheet: one per line, cells separated by tabs (or semicolons),
/// decimal commas and thousands spaces accepted. A first line that does not read is taken as
/// the header and skipped.
pub fn parse_paste(spec: &TableSpec, text: &str) -> Result<Vec<Vec<Entry>>, TableProblem> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut rows = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let cells: Vec<&str> = if line.contains('\t') { line.split('\t').collect() } else { line.split(';').collect() };
        match parse_row(spec, index, &cells) {
            Ok(row) => rows.push(row),
            Err(TableProblem::Cell { .. }) if index == 0 => {}
            Err(problem) => return Err(problem),
        }
    }
    if rows.len() > spec.max_rows {
        return Err(TableProblem::TooMany);
    }
    if rows.is_empty() {
        return Err(TableProblem::Empty);
    }
    Ok(rows)
}

/// `beyond-3,trend` (any order, each once) or `none`; `None` for an unknown option.
pub fn parse_flags(options: &[(&'static str, crate::i18n::Text)], text: &str) -> Option<Vec<&'static str>> {
    let named: Vec<&str> = text.split(',').map(str::trim).filter(|s| !s.is_empty() && *s != "none").collect();
    if named.iter().any(|n| !options.iter().any(|o| o.0 == *n)) {
        return None;
    }
    Some(options.iter().map(|o| o.0).filter(|o| named.contains(o)).collect())
}

/// Why a series could not be read; entries count from 1, as the learner counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesProblem {
    Entry(usize),
    Length,
}

impl SeriesProblem {
    pub fn describe(self, spec: &SeriesSpec, lang: Lang) -> String {
        match (self, lang) {
            (Self::Entry(n), Lang::Fr) => format!("La valeur n° {n} n’est pas un nombre qui {}.", spec.range.describe(lang)),
            (Self::Entry(n), Lang::En) => format!("Entry {n} is not a number that {}.", spec.range.describe(lang)),
            (Self::Length, Lang::Fr) if spec.may_be_empty => format!("Donnez au plus {} valeurs.", spec.max_len),
            (Self::Length, Lang::En) if spec.may_be_empty => format!("Give at most {} values.", spec.max_len),
            (Self::Length, Lang::Fr) => format!("Donnez entre 1 et {} valeurs.", spec.max_len),
            (Self::Length, Lang::En) => format!("Give between 1 and {} values.", spec.max_len),
        }
    }
}

/// Numbers separated by spaces, semicolons, tabs or new lines (commas are decimal separators).
/// A series as a link gives it: commas are separators where the lesson writes them so.
fn link_series(spec: &SeriesSpec, raw: &str) -> String {
    if spec.commas_in_links {
        raw.replace(',', ";")
    } else {
        raw.to_owned()
    }
}

pub fn parse_series(spec: &SeriesSpec, text: &str) -> Result<Vec<f64>, SeriesProblem> {
    let entries: Vec<&str> = text.split(|c: char| c == ';' || c.is_whitespace()).filter(|s| !s.is_empty()).collect();
    if (entries.is_empty() && !spec.may_be_empty) || entries.len() > spec.max_len {
        return Err(SeriesProblem::Length);
    }
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| parse_number(e).filter(|v| spec.range.contains(*v)).ok_or(SeriesProblem::Entry(i + 1)))
        .collect()
}

/// The stored form: a JSON object keyed by parameter (`{"N":1000.0,"PR":null,…}`).
pub fn to_json(lesson: &Lesson, values: &Values) -> Json {
    let mut object = Map::new();
    for input in lesson.inputs() {
        let json = match values.get(input.param) {
            Some(Value::Number(v)) => v.map_or(Json::Null, Json::from),
            Some(Value::Choice(c)) => Json::from(*c),
            Some(Value::Table(rows)) => Json::Array(
                rows.iter()
                    .map(|row| {
                        Json::Array(
                            row.iter()
                                .map(|cell| match cell {
                                    Entry::Text(t) => Json::from(t.as_str()),
                                    Entry::Number(v) => Json::from(*v),
                                    Entry::Numbers(v) => Json::Array(v.iter().map(|n| Json::from(*n)).collect()),
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            ),
            Some(Value::Series(series)) => Json::Array(series.iter().map(|v| Json::from(*v)).collect()),
            Some(Value::Flags(on)) => Json::Array(on.iter().map(|o| Json::from(*o)).collect()),
            None => continue,
        };
        object.insert(input.param.to_owned(), json);
    }
    Json::Object(object)
}

/// Reads stored values, checking every value as a field would (ranges, choices, caps), so
/// storage cannot bring in what the page refuses. A missing key keeps the default; anything
/// else that does not fit names the parameter.
pub fn from_json(lesson: &Lesson, json: &Json) -> Result<Values, String> {
    let object = json.as_object().ok_or_else(|| "not an object".to_owned())?;
    let mut values = lesson.defaults();
    for input in lesson.inputs() {
        let Some(stored) = object.get(input.param) else { continue };
        let bad = || input.param.to_owned();
        let value = match &input.kind {
            Kind::Number(range) => Value::Number(Some(stored.as_f64().filter(|v| range.contains(*v)).ok_or_else(bad)?)),
            Kind::Optional(range) => match stored {
                Json::Null => Value::Number(None),
                other => Value::Number(Some(other.as_f64().filter(|v| range.contains(*v)).ok_or_else(bad)?)),
            },
            Kind::Choice(options) => {
                let slug = stored.as_str().ok_or_else(bad)?;
                Value::Choice(options.iter().map(|o| o.0).find(|o| *o == slug).ok_or_else(bad)?)
            }
            Kind::Flags(options) => {
                let stored = stored.as_array().ok_or_else(bad)?;
                let named: Vec<&str> = stored.iter().map(|s| s.as_str().ok_or_else(bad)).collect::<Result<_, _>>()?;
                Value::Flags(parse_flags(options, &named.join(",")).ok_or_else(bad)?)
            }
            Kind::Table(spec) => {
                let rows = stored.as_array().filter(|rows| rows.len() <= spec.max_rows).ok_or_else(bad)?;
                let rows = rows
                    .iter()
                    .map(|row| {
                        let cells = row.as_array().filter(|c| c.len() == spec.columns.len())?;
                        spec.columns
                            .iter()
                            .zip(cells)
                            .map(|(col, cell)| match (col.kind, cell) {
                                (ColumnKind::Text | ColumnKind::Note | ColumnKind::Id | ColumnKind::Ids, Json::String(t)) => {
                                    parse_cell(col.kind, t)
                                }
                                (ColumnKind::Number(range), number) => number.as_f64().filter(|v| range.contains(*v)).map(Entry::Number),
                                (ColumnKind::OptionalNumber(_), Json::String(t)) if t.is_empty() => Some(Entry::Text(String::new())),
                                (ColumnKind::OptionalNumber(range), number) => {
                                    number.as_f64().filter(|v| range.contains(*v)).map(Entry::Number)
                                }
                                (ColumnKind::ThreePoint(range), Json::Array(numbers)) if matches!(numbers.len(), 1 | 3) => numbers
                                    .iter()
                                    .map(|n| n.as_f64().filter(|v| range.contains(*v)))
                                    .collect::<Option<Vec<f64>>>()
                                    .map(Entry::Numbers),
                                (ColumnKind::NumberList(range, fewest), Json::Array(numbers)) if numbers.len() >= fewest.max(1) => numbers
                                    .iter()
                                    .map(|n| n.as_f64().filter(|v| range.contains(*v)))
                                    .collect::<Option<Vec<f64>>>()
                                    .map(Entry::Numbers),
                                _ => None,
                            })
                            .collect::<Option<Vec<Entry>>>()
                    })
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(bad)?;
                Value::Table(rows)
            }
            Kind::Series(spec) => {
                let entries =
                    stored.as_array().filter(|s| (spec.may_be_empty || !s.is_empty()) && s.len() <= spec.max_len).ok_or_else(bad)?;
                Value::Series(
                    entries.iter().map(|e| e.as_f64().filter(|v| spec.range.contains(*v))).collect::<Option<Vec<_>>>().ok_or_else(bad)?,
                )
            }
        };
        values.set(input.param, value);
    }
    Ok(values)
}

/// The parameters every lesson link understands besides its own.
pub const MODES: &[&str] = &["explore", "exercise"];
pub const LANGS: &[&str] = &["fr", "en"];
pub const SOLUTION: &[&str] = &["on", "off"];
pub const VIEWS: &[&str] = &["normal", "projector"];
/// Seeds stay below 2^53 so they survive any JavaScript tool that reads the link as a number.
pub const SEED_RANGE: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(9_007_199_254_740_991.0)).integer();

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Explore,
    Exercise,
}

/// A lesson link, read.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonLink {
    /// `Some` when the link sets a preset or any lesson parameter: it wins over saved work.
    pub values: Option<Values>,
    pub preset: Option<&'static str>,
    pub mode: Mode,
    pub seed: Option<u64>,
    pub lang: Option<Lang>,
    /// `solution=off`: exercise mode without "show solution" (a teacher's test).
    pub hide_solution: bool,
    pub problems: Vec<LinkProblem>,
}

pub fn read_link(lesson: &Lesson, pairs: &[(String, String)]) -> LessonLink {
    let mut params = Params::new(pairs);
    let lang = params.choice("lang", LANGS).and_then(Lang::from_code);
    let mode = match params.choice("mode", MODES) {
        Some("exercise") => Mode::Exercise,
        _ => Mode::Explore,
    };
    let hide_solution = params.choice("solution", SOLUTION) == Some("off");
    // Read by the app shell (projector mode), valid on every page.
    let _ = params.choice("view", VIEWS);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // SEED_RANGE: whole, 0..2^53
    let seed = params.number("seed", SEED_RANGE).map(|s| s as u64);
    let mut preset = None;
    let mut values = None;
    if let Some(slug) = params.raw("preset") {
        match lesson.preset(slug.trim()) {
            Some(found) => {
                preset = Some(found.slug);
                values = Some(preset_values(lesson, found));
            }
            None => params.report(LinkProblem::UnknownPreset { value: slug }),
        }
    }
    let mut edited = values.clone().unwrap_or_else(|| lesson.defaults());
    if apply_params(lesson, &mut edited, &mut params) {
        values = Some(edited);
    }
    if mode == Mode::Exercise && values.is_some() {
        // The seed decides an exercise's data: a scenario given with it is named, not used.
        values = None;
        preset = None;
        for (name, _) in pairs {
            // `seed` is the exercise's own, even where a lesson also names its simulation's seed so.
            if name == "preset" || (lesson.input(name).is_some() && name != "seed") {
                params.report(LinkProblem::IgnoredInExercise { param: name.clone() });
            }
        }
    }
    LessonLink { values, preset, mode, seed, lang, hide_solution, problems: params.finish() }
}

/// The parameters of a link that shows `values` (explore mode) or exercise `seed`.
pub fn link_params(lesson: &Lesson, values: &Values, exercise: Option<(u64, bool)>, lang: Lang) -> Vec<(String, String)> {
    let mut out = match exercise {
        Some((seed, hide_solution)) => {
            let mut out = vec![("mode".to_owned(), "exercise".to_owned()), ("seed".to_owned(), seed.to_string())];
            if hide_solution {
                out.push(("solution".to_owned(), "off".to_owned()));
            }
            out
        }
        None => write_params(lesson, values),
    };
    out.push(("lang".to_owned(), lang.code().to_owned()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::Column;
    use crate::t;

    const TASKS: TableSpec = TableSpec {
        columns: &[
            Column::new("id", t!("Tâche", "Task"), ColumnKind::Id),
            Column::new("duration", t!("Durée", "Duration"), ColumnKind::ThreePoint(crate::scenario::links::bounds::PERIODS)),
            Column::new("after", t!("Après", "After"), ColumnKind::Ids),
            Column::new("what", t!("Description", "Description"), ColumnKind::Note),
        ],
        max_rows: 10,
        cell_id: "t",
        new_row: |_| Vec::new(),
        caption: t!("Tâches", "Tasks"),
        links: crate::kit::RowLinks::Semicolon,
    };

    #[test]
    fn ids_three_point_estimates_and_trailing_empty_cells() {
        let rows = parse_table(&TASKS, "A:12;C:10/12,5/20:A;J:4:E, G H:Tests finaux").unwrap();
        assert_eq!(
            rows[0],
            vec![Entry::Text("A".into()), Entry::Numbers(vec![12.0]), Entry::Text(String::new()), Entry::Text(String::new())]
        );
        assert_eq!(rows[1][1], Entry::Numbers(vec![10.0, 12.5, 20.0]));
        assert_eq!(rows[2][2].ids(), vec!["E", "G", "H"]);
        assert_eq!(rows[2][3].text(), "Tests finaux");
        // Written back: decimal points, empty trailing cells left out.
        assert_eq!(table_param(&TASKS, &rows), "A:12;C:10/12.5/20:A;J:4:E,G,H:Tests finaux");
        assert_eq!(parse_table(&TASKS, "A"), Err(TableProblem::Columns { row: 0 }), "a duration is needed");
        assert_eq!(parse_table(&TASKS, "A:1/2:"), Err(TableProblem::Cell { row: 0, column: 1 }), "two estimates");
        assert_eq!(parse_table(&TASKS, "A B:1"), Err(TableProblem::Cell { row: 0, column: 0 }), "a space in an id");
        assert_eq!(parse_table(&TASKS, "A:1:<img>"), Err(TableProblem::Cell { row: 0, column: 2 }), "markup is no id");
        assert_eq!(parse_table(&TASKS, "A:-1"), Err(TableProblem::Cell { row: 0, column: 1 }));
        assert_eq!(parse_table(&TASKS, "A:1:::x"), Err(TableProblem::Columns { row: 0 }));
        assert_eq!(parse_cell(ColumnKind::Id, "ABCDEFGHIJKLM"), None, "13 characters");
        let arrival = ColumnKind::OptionalNumber(crate::scenario::links::bounds::PERIODS);
        assert_eq!(parse_cell(arrival, " "), Some(Entry::Text(String::new())), "not arrived yet");
        assert_eq!(parse_cell(arrival, "6,5"), Some(Entry::Number(6.5)));
        assert_eq!(parse_cell(arrival, "-1"), None);
        assert_eq!(parse_cell(ColumnKind::Ids, "A,A,B"), Some(Entry::Text("A,B".into())));
        let message = TableProblem::Cell { row: 0, column: 1 }.describe(&TASKS, Lang::Fr);
        assert!(message.contains("optimiste/probable/pessimiste"), "{message}");
    }

    #[test]
    fn grouped_and_comma_rows_and_joined_marks() {
        const ROUTING: &[Column] = &[
            Column::new("product", t!("Produit", "Product"), ColumnKind::Id),
            Column::new("centre", t!("Poste", "Centre"), ColumnKind::Id),
            Column::new("hours", t!("Heures", "Hours"), ColumnKind::Number(crate::scenario::links::bounds::QUANTITY)),
        ];
        const PRODUCTS: &[Column] = &[
            Column::new("id", t!("Produit", "Product"), ColumnKind::Id),
            Column::new("q", t!("Quantité", "Quantity"), ColumnKind::Number(crate::scenario::links::bounds::QUANTITY)),
            Column::new("weeks", t!("Semaines", "Weeks"), ColumnKind::Ids).joined_by('@'),
        ];
        let routing = TableSpec {
            columns: ROUTING,
            max_rows: 10,
            cell_id: "r",
            new_row: |_| Vec::new(),
            caption: t!("Gamme", "Routing"),
            links: RowLinks::Grouped,
        };
        let rows = parse_table(&routing, "P1:a:0.15,b:0.4;P2:a:0.2").unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1], vec![Entry::Text("P1".into()), Entry::Text("b".into()), Entry::Number(0.4)]);
        assert_eq!(table_param(&routing, &rows), "P1:a:0.15,b:0.4;P2:a:0.2");
        let capacities = TableSpec { links: RowLinks::Comma, columns: ROUTING.get(1..).unwrap_or_default(), ..routing };
        let rows = parse_table(&capacities, "a:35,b:100").unwrap();
        assert_eq!(table_param(&capacities, &rows), "a:35,b:100");
        let products = TableSpec { columns: PRODUCTS, links: RowLinks::Semicolon, ..routing };
        let rows = parse_table(&products, "P1:200@1,3,4;P2:150").unwrap();
        assert_eq!(rows[0][2].ids(), ["1", "3", "4"]);
        assert_eq!(rows[1][2].ids(), Vec::<&str>::new(), "no week: the joined cell left out");
        assert_eq!(table_param(&products, &rows), "P1:200@1,3,4;P2:150");
        assert_eq!(parse_table(&products, "P1:200@1@2"), Err(TableProblem::Columns { row: 0 }));
    }

    #[test]
    fn a_series_may_be_empty_only_when_declared_so() {
        let spec = |may_be_empty| SeriesSpec {
            range: crate::scenario::links::bounds::QUANTITY,
            max_len: 3,
            generate: None,
            commas_in_links: true,
            may_be_empty,
        };
        assert_eq!(parse_series(&spec(true), " "), Ok(Vec::new()));
        assert_eq!(parse_series(&spec(false), " "), Err(SeriesProblem::Length));
        assert_eq!(parse_series(&spec(true), "1 2 3 4"), Err(SeriesProblem::Length));
        assert_eq!(SeriesProblem::Length.describe(&spec(true), Lang::En), "Give at most 3 values.");
        assert_eq!(parse_series(&spec(true), &link_series(&spec(true), "1,2.5")), Ok(vec![1.0, 2.5]));
    }

    const CRASH: TableSpec = TableSpec {
        columns: &[
            Column::new("id", t!("Tâche", "Task"), ColumnKind::Id),
            Column::new("dn", t!("DN", "DN"), ColumnKind::Number(crate::scenario::links::bounds::PERIODS)),
            Column::new("dc", t!("DC", "DC"), ColumnKind::Number(crate::scenario::links::bounds::PERIODS)).joined(),
            Column::new("cn", t!("CN", "CN"), ColumnKind::Number(crate::scenario::links::bounds::MONEY)).joined(),
            Column::new("after", t!("Après", "After"), ColumnKind::Ids),
        ],
        max_rows: 10,
        cell_id: "c",
        new_row: |_| Vec::new(),
        caption: t!("Tâches", "Tasks"),
        links: crate::kit::RowLinks::Semicolon,
    };

    #[test]
    fn joined_columns_share_a_link_cell_and_keep_their_own_checks() {
        let rows = parse_table(&CRASH, "A:4/2/100;C:6/4/150,5:A").unwrap();
        assert_eq!(
            rows[1],
            vec![Entry::Text("C".into()), Entry::Number(6.0), Entry::Number(4.0), Entry::Number(150.5), Entry::Text("A".into())]
        );
        assert_eq!(table_param(&CRASH, &rows), "A:4/2/100;C:6/4/150.5:A");
        assert_eq!(parse_table(&CRASH, "A:4/2"), Err(TableProblem::Columns { row: 0 }), "a figure missing");
        assert_eq!(parse_table(&CRASH, "A:4/2/1/9"), Err(TableProblem::Columns { row: 0 }), "a figure too many");
        assert_eq!(parse_table(&CRASH, "A:4:2:100"), Err(TableProblem::Columns { row: 0 }), "colons between figures");
        assert_eq!(parse_table(&CRASH, "A:4/x/100"), Err(TableProblem::Cell { row: 0, column: 2 }), "the bad figure is named");
        let message = TableProblem::Columns { row: 0 }.describe(&CRASH, Lang::En);
        assert!(message.contains("Task : DN / DC / CN : After"), "{message}");
        // A paste keeps one cell per column.
        assert_eq!(parse_paste(&CRASH, "A\t4\t2\t100\t").unwrap()[0][3], Entry::Number(100.0));
    }

    #[test]
    fn number_lists_read_typed_and_linked_and_flags_say_none() {
        let list = ColumnKind::NumberList(crate::scenario::links::bounds::QUANTITY, 2);
        assert_eq!(parse_cell(list, "50,01 49,99 50"), Some(Entry::Numbers(vec![50.01, 49.99, 50.0])), "typed: decimal commas");
        assert_eq!(parse_cell(list, "50.01,49.99"), Some(Entry::Numbers(vec![50.01, 49.99])), "linked: commas between");
        assert_eq!(parse_cell(list, "50"), None, "one number is no sample");
        let options = [("a", t!("A", "A")), ("b", t!("B", "B"))];
        assert_eq!(parse_flags(&options, "b,a"), Some(vec!["a", "b"]), "declaration order");
        assert_eq!(parse_flags(&options, "none"), Some(Vec::new()));
        assert_eq!(parse_flags(&options, "c"), None);
    }
}
