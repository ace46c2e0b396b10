//! Read-only output written as HTML text: tables, worked steps and result lists. Built as strings
//! by pure code instead of typed views, these cost a fraction of the wasm (typed views are
//! monomorphised per shape) and are tested here on the host. Every piece of text is escaped:
//! item names and ids come from links and tables.

use super::grid::{Grid, GridCell, Verdict};
use super::report::{Cell, ResultLine, StepLine, Table};
use crate::i18n::Lang;
use crate::t;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Escapes text for an HTML element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn cell_id(table: &Table, cell: &Cell, row: usize, column: usize) -> String {
    cell.test_id.clone().unwrap_or_else(|| format!("{}-{row}-{column}", table.test_id))
}

/// `<table>` with caption, column headers and rows (the first cell of a row is its header).
/// Every cell has a test id: its own, or `<table>-<row>-<column>` counted from 0.
pub fn table(table: &Table) -> String {
    let mut out = String::with_capacity(64 * (table.rows.len() + 1) * (table.headers.len() + 1));
    let _ = write!(
        out,
        r#"<table class="data-table" data-testid="{}"><caption>{}</caption><thead><tr>"#,
        escape(&table.test_id),
        escape(&table.caption)
    );
    // A column of words (names, computations) has its header on the same side as its cells.
    let words = |c: usize| table.rows.first().and_then(|row| row.get(c)).is_some_and(|cell| cell.words);
    for (c, header) in table.headers.iter().enumerate() {
        let class = if words(c) { r#" class="cell--words""# } else { "" };
        let _ = write!(out, r#"<th scope="col"{class}>{}</th>"#, escape(header));
    }
    out.push_str("</tr></thead><tbody>");
    for (r, row) in table.rows.iter().enumerate() {
        out.push_str("<tr>");
        for (c, cell) in row.iter().enumerate() {
            let id = escape(&cell_id(table, cell, r, c));
            let text = escape(&cell.text);
            let class = if cell.words { r#" class="cell--words""# } else { "" };
            if c == 0 {
                let _ = write!(out, r#"<th scope="row" data-testid="{id}"{class}>{text}</th>"#);
            } else {
                let _ = write!(out, r#"<td data-testid="{id}"{class}>{text}</td>"#);
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// The header row of a time-phased grid: a corner cell, the opening column, one column per period.
fn grid_head(grid: &Grid, lang: Lang) -> String {
    let mut out =
        format!(r#"<caption>{}</caption><thead><tr><th scope="col">{}</th>"#, escape(&grid.caption), t!("Période", "Period").get(lang));
    for period in grid.opening.iter().chain(&grid.periods) {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(period));
    }
    out.push_str("</tr></thead>");
    out
}

/// One cell: its test id, for a marked cell the mark's class and a spoken name (in
/// `aria-label`, so the cell's text stays the number alone), and for a computed cell a tab stop
/// (focusing it shows how it is obtained).
fn grid_cell(id: &str, cell: &GridCell, lang: Lang) -> String {
    let explained = if cell.why.is_some() { r#" tabindex="0""# } else { "" };
    match (cell.mark, spoken_mark(cell, lang)) {
        (Some(mark), Some(spoken)) => format!(
            r#"<td data-testid="{}" class="grid__cell grid__cell--{}" data-mark="{}" aria-label="{}"{explained}>{}</td>"#,
            escape(id),
            mark.slug(),
            mark.slug(),
            escape(&spoken),
            escape(&cell.text)
        ),
        _ => format!(r#"<td data-testid="{}" class="grid__cell"{explained}>{}</td>"#, escape(id), escape(&cell.text)),
    }
}

/// A marked cell's spoken name: its number and its mark.
fn spoken_mark(cell: &GridCell, lang: Lang) -> Option<String> {
    cell.mark.map(|mark| format!("{} ({})", cell.text, mark.label().get(lang)))
}

/// A learner filling a grid: what they typed so far and, once checked, each cell's verdict.
pub struct Filling<'a> {
    pub answers: &'a BTreeMap<String, String>,
    pub verdicts: Option<&'a BTreeMap<String, Verdict>>,
}

/// An answer field in place of a computed cell; `data-cell` names the cell for the page's one
/// input listener.
fn fill_cell(id: &str, label: &str, filling: &Filling) -> String {
    let verdict = match filling.verdicts.and_then(|v| v.get(id)) {
        Some(Verdict::Right) => "right",
        Some(Verdict::Wrong) => "wrong",
        Some(Verdict::Empty) => "empty",
        None => "",
    };
    let id = escape(id);
    format!(
        r#"<td data-testid="{id}" class="grid__cell grid__cell--fill" data-result="{verdict}"><input class="cell-input" type="text" inputmode="decimal" autocomplete="off" id="{id}-answer" data-testid="{id}-answer" data-cell="{id}" aria-label="{}" value="{}"></td>"#,
        escape(label),
        escape(filling.answers.get(&*id).map_or("", String::as_str))
    )
}

/// A time-phased grid: named rows × periods (periods as columns). With `filling`, the computed
/// rows are answer fields instead of numbers.
pub fn grid(grid: &Grid, filling: Option<&Filling>, lang: Lang) -> String {
    let mut out = format!(r#"<table class="data-table grid" data-testid="{}-grid">"#, escape(&grid.prefix));
    out.push_str(&grid_head(grid, lang));
    out.push_str("<tbody>");
    for (r, row) in grid.rows.iter().enumerate() {
        let _ = write!(out, r#"<tr><th scope="row">{}</th>"#, escape(&row.label));
        let opening = grid.opening.is_some().then_some((r, None));
        // A row may stop before the last period (a day not worked yet): its cells stay empty.
        for place in opening.into_iter().chain((0..grid.periods.len()).map(|p| (r, Some(p)))) {
            let id = grid.cell_id(place);
            match (grid.cell(place), filling.filter(|_| row.fillable)) {
                (Some(_), Some(filling)) => {
                    let label = format!("{} {}", row.label, place.1.map_or(0, |p| p + 1));
                    out.push_str(&fill_cell(&id, &label, filling));
                }
                (Some(cell), None) => out.push_str(&grid_cell(&id, cell, lang)),
                (None, _) => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// The marks used in a grid, explained.
pub fn grid_legend(grid: &Grid, lang: Lang) -> String {
    let marks = grid.marks();
    if marks.is_empty() {
        return String::new();
    }
    let mut out = format!(r#"<p class="grid__legend">{} "#, t!("Repères :", "Marks:").get(lang));
    for mark in marks {
        let _ = write!(out, r#"<span class="grid__key grid__cell--{}">{}</span> "#, mark.slug(), mark.label().get(lang));
    }
    out.push_str("</p>");
    out
}

/// The worked steps as an ordered list; each item's test id is `<test_id>-<key>`.
pub fn steps(steps: &[StepLine], test_id: &str) -> String {
    let test_id = escape(test_id);
    let mut out = format!(r#"<ol class="steps" data-testid="{test_id}">"#);
    for step in steps {
        let _ = write!(
            out,
            r#"<li class="steps__item" data-testid="{test_id}-{}"><span class="steps__title">{}</span><code class="steps__formula">{}</code><code class="steps__numbers">= {} = <strong>{}</strong></code></li>"#,
            escape(step.key),
            escape(&step.title),
            escape(step.formula),
            escape(&step.numbers),
            escape(&step.result)
        );
    }
    out.push_str("</ol>");
    out
}

/// The headline results as the items of a `<dl>`; each value is an `<output>` with its test id.
pub fn results(lines: &[ResultLine], lang: Lang) -> String {
    let mut out = String::new();
    for line in lines {
        let _ = write!(
            out,
            r#"<div class="result{}"><dt class="result__label">{}</dt><dd class="result__value"><output data-testid="{}">{}</output>"#,
            if line.main { " result--main" } else { "" },
            escape(line.label.get(lang)),
            escape(&line.test_id),
            escape(&line.value)
        );
        if let Some(unit) = line.unit {
            let _ = write!(out, r#"<span class="result__unit"> {}</span>"#, escape(unit.get(lang)));
        }
        out.push_str("</dd></div>");
    }
    out
}

/// One body cell to change in place when a table or grid is drawn again with the same layout:
/// its row and column in `<tbody>`, and what it now shows. Rewriting a few text nodes instead
/// of the whole table keeps typing within a frame: redrawing ABC's 500-row ranking cost about
/// 70 ms of parsing, style and layout per keystroke.
#[derive(Debug, Clone, PartialEq)]
pub struct CellPatch {
    pub row: usize,
    pub column: usize,
    /// The cell's new test id, when it changed (a ranked item moved).
    pub test_id: Option<String>,
    pub text: String,
    /// The spoken name of a marked grid cell, which repeats its number.
    pub label: Option<String>,
}

/// The cells that differ between two drawings of a table, or `None` when anything but cell text
/// and ids changed (caption, headers, rows, alignment): the table is then drawn again whole.
pub fn table_patches(old: &Table, new: &Table) -> Option<Vec<CellPatch>> {
    let same_frame = old.caption == new.caption
        && old.headers == new.headers
        && old.test_id == new.test_id
        && old.rows.len() == new.rows.len()
        && old.rows.iter().zip(&new.rows).all(|(a, b)| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.words == y.words));
    if !same_frame {
        return None;
    }
    let mut patches = Vec::new();
    for (r, (old_row, new_row)) in old.rows.iter().zip(&new.rows).enumerate() {
        for (c, (was, now)) in old_row.iter().zip(new_row).enumerate() {
            let new_id = cell_id(new, now, r, c);
            let test_id = (cell_id(old, was, r, c) != new_id).then_some(new_id);
            if was.text != now.text || test_id.is_some() {
                patches.push(CellPatch { row: r, column: c, test_id, text: now.text.clone(), label: None });
            }
        }
    }
    Some(patches)
}

/// The cells that differ between two read-only drawings of a grid, or `None` when its frame or a
/// mark changed.
pub fn grid_patches(old: &Grid, new: &Grid, lang: Lang) -> Option<Vec<CellPatch>> {
    let same_row = |a: &super::grid::GridRow, b: &super::grid::GridRow| {
        a.key == b.key
            && a.label == b.label
            && a.opening.as_ref().map(|c| c.mark) == b.opening.as_ref().map(|c| c.mark)
            && a.cells.len() == b.cells.len()
            && a.cells.iter().zip(&b.cells).all(|(x, y)| x.mark == y.mark && x.why.is_some() == y.why.is_some())
    };
    let same_frame = old.caption == new.caption
        && old.prefix == new.prefix
        && old.periods == new.periods
        && old.opening == new.opening
        && old.rows.len() == new.rows.len()
        && old.rows.iter().zip(&new.rows).all(|(a, b)| same_row(a, b));
    if !same_frame {
        return None;
    }
    let mut patches = Vec::new();
    for (r, row) in new.rows.iter().enumerate() {
        let opening = new.opening.is_some().then_some((r, None));
        for (c, place) in opening.into_iter().chain((0..row.cells.len()).map(|p| (r, Some(p)))).enumerate() {
            if let (Some(was), Some(now)) = (old.cell(place), new.cell(place)) {
                if was.text != now.text {
                    // Column 0 is the row's name.
                    patches.push(CellPatch { row: r, column: c + 1, test_id: None, text: now.text.clone(), label: spoken_mark(now, lang) });
                }
            }
        }
    }
    Some(patches)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::t;

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let evil = "<img src=x onerror=alert(1)>\"'&";
        let table = Table {
            caption: evil.to_owned(),
            headers: vec![evil.to_owned()],
            rows: vec![vec![Cell::with_id(evil, format!("abc-class-{evil}")), Cell::new(evil)]],
            test_id: "eoq-cost-table".to_owned(),
            stepwise: false,
        };
        let html = super::table(&table);
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"));
        assert!(html.contains(r#"data-testid="abc-class-&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;""#));
        let step = StepLine { key: "k", title: evil.to_owned(), formula: "a < b", numbers: evil.to_owned(), result: "1".to_owned() };
        assert!(!steps(&[step], "s").contains("<img"));
    }

    #[test]
    fn cells_get_their_own_or_a_positional_test_id() {
        let table = Table {
            caption: "c".to_owned(),
            headers: vec!["h1".to_owned(), "h2".to_owned()],
            rows: vec![vec![Cell::new("row"), Cell::with_id("7", "named")], vec![Cell::new("r2"), Cell::new("8")]],
            test_id: "eoq-cost-table".to_owned(),
            stepwise: false,
        };
        let html = super::table(&table);
        assert!(html.contains(r#"<th scope="row" data-testid="eoq-cost-table-0-0">row</th><td data-testid="named">7</td>"#), "{html}");
        assert!(html.contains(r#"<td data-testid="eoq-cost-table-1-1">8</td>"#));
    }

    #[test]
    fn a_column_of_words_has_its_header_on_the_left_too() {
        let table = Table::new(t!("c", "c"), &[t!("Rang", "Rank"), t!("Article", "Item")], "abc-ranked", Lang::En)
            .rows(vec![vec![Cell::new("1"), Cell::new("Moteur").words()]]);
        assert!(super::table(&table).contains(r#"<th scope="col">Rank</th><th scope="col" class="cell--words">Item</th>"#));
    }

    #[test]
    fn grids_have_periods_as_columns_marks_and_ids() {
        use crate::kit::grid::{GridRow, Mark};
        let cell = |v: f64| GridCell::new(v, format!("{v}"));
        let grid = Grid {
            caption: "Simulation".to_owned(),
            prefix: "policy".to_owned(),
            periods: vec!["1".to_owned(), "2".to_owned()],
            opening: Some("0".to_owned()),
            rows: vec![GridRow {
                key: "stock".into(),
                label: "Stock".to_owned(),
                fillable: true,
                opening: Some(cell(9.0)),
                cells: vec![cell(5.0), cell(0.0).mark(Some(Mark::Shortage))],
            }],
        };
        let html = super::grid(&grid, None, Lang::En);
        assert!(
            html.contains(r#"<th scope="col">Period</th><th scope="col">0</th><th scope="col">1</th><th scope="col">2</th>"#),
            "{html}"
        );
        assert!(
            html.contains(
                r#"<td data-testid="policy-stock-0" class="grid__cell">9</td><td data-testid="policy-stock-1" class="grid__cell">5</td>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"data-testid="policy-stock-2" class="grid__cell grid__cell--shortage" data-mark="shortage" aria-label="0 (shortage)">0</td>"#), "{html}");
        assert!(grid_legend(&grid, Lang::Fr).contains("rupture"));
        let answers = BTreeMap::from([("policy-stock-1".to_owned(), "4\"><script>".to_owned())]);
        let verdicts = BTreeMap::from([("policy-stock-1".to_owned(), Verdict::Wrong)]);
        let filled = super::grid(&grid, Some(&Filling { answers: &answers, verdicts: Some(&verdicts) }), Lang::En);
        assert!(
            filled.contains(r#"<td data-testid="policy-stock-1" class="grid__cell grid__cell--fill" data-result="wrong"><input"#),
            "{filled}"
        );
        assert!(filled.contains(r#"data-cell="policy-stock-1" aria-label="Stock 1" value="4&quot;&gt;&lt;script&gt;">"#), "{filled}");
    }

    #[test]
    fn a_table_redrawn_with_the_same_frame_changes_only_its_cells() {
        let table = |rows: Vec<Vec<Cell>>| Table {
            caption: "c".to_owned(),
            headers: vec!["h".to_owned(); 2],
            rows,
            test_id: "abc-ranked".to_owned(),
            stepwise: false,
        };
        let before = table(vec![vec![Cell::new("1"), Cell::with_id("A", "abc-class-x")], vec![Cell::new("2"), Cell::new("B")]]);
        let after = table(vec![vec![Cell::new("1"), Cell::with_id("A", "abc-class-y")], vec![Cell::new("2"), Cell::new("C")]]);
        assert_eq!(
            table_patches(&before, &after),
            Some(vec![
                CellPatch { row: 0, column: 1, test_id: Some("abc-class-y".to_owned()), text: "A".to_owned(), label: None },
                CellPatch { row: 1, column: 1, test_id: None, text: "C".to_owned(), label: None },
            ])
        );
        assert_eq!(table_patches(&before, &before), Some(Vec::new()));
        let longer = table(vec![vec![Cell::new("1"), Cell::new("A")]; 3]);
        assert_eq!(table_patches(&before, &longer), None);
        let mut named = after.clone();
        named.rows[1][1] = Cell::new("C").words();
        assert_eq!(table_patches(&after, &named), None, "alignment is part of the frame");
    }

    #[test]
    fn a_grid_redrawn_patches_numbers_and_their_spoken_marks() {
        use crate::kit::grid::{GridRow, Mark};
        let grid = |stock: f64, mark: Option<Mark>| Grid {
            caption: "g".to_owned(),
            prefix: "policy".to_owned(),
            periods: vec!["1".to_owned()],
            opening: Some("0".to_owned()),
            rows: vec![GridRow {
                key: "stock".into(),
                label: "Stock".to_owned(),
                fillable: false,
                opening: Some(GridCell::new(9.0, "9".to_owned())),
                cells: vec![GridCell::new(stock, format!("{stock}")).mark(mark)],
            }],
        };
        let patches = grid_patches(&grid(-1.0, Some(Mark::Shortage)), &grid(-2.0, Some(Mark::Shortage)), Lang::En).unwrap();
        assert_eq!(
            patches,
            vec![CellPatch { row: 0, column: 2, test_id: None, text: "-2".to_owned(), label: Some("-2 (shortage)".to_owned()) }]
        );
        assert_eq!(grid_patches(&grid(5.0, None), &grid(-2.0, Some(Mark::Shortage)), Lang::En), None, "a new mark redraws");
    }

    #[test]
    fn results_carry_label_value_unit_and_id() {
        let line = ResultLine::new(t!("Lot", "Lot"), "200".to_owned(), "eoq-q").unit(t!("unités", "units")).main();
        assert_eq!(
            results(&[line], Lang::Fr),
            r#"<div class="result result--main"><dt class="result__label">Lot</dt><dd class="result__value"><output data-testid="eoq-q">200</output><span class="result__unit"> unités</span></dd></div>"#
        );
    }
}
