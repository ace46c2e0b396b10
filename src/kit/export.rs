//! A data table as a spreadsheet reads it: tab-separated text to paste, or a CSV file. Numbers
//! lose their thousands separators and keep the language's decimal mark (a French spreadsheet
//! reads `1234,5`, an English one `1234.5`); French CSV separates with `;` since its decimal
//! mark is the comma. Pure: tested here.

use super::report::Table;
use crate::i18n::Lang;

/// A shown number without its grouping (`1 234,5` → `1234,5`, `−75` → `-75`), or `None` for
/// text (a name, a list of weeks, a percentage with its sign).
fn plain_number(text: &str, lang: Lang) -> Option<String> {
    let (group, decimal): (&[char], char) = match lang {
        Lang::Fr => (&['\u{a0}', '\u{202f}', ' '], ','),
        Lang::En => (&[','], '.'),
    };
    let unsigned = text.strip_prefix('−').or_else(|| text.strip_prefix('-'));
    let (whole, fraction) = unsigned.unwrap_or(text).split_once(decimal).unwrap_or((unsigned.unwrap_or(text), ""));
    let groups: Vec<&str> = whole.split(|c| group.contains(&c)).collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // Grouped as the app writes numbers: 1 to 3 digits, then groups of exactly 3.
    let grouped = groups.iter().enumerate().all(|(i, g)| digits(g) && (i == 0 && (groups.len() == 1 || g.len() <= 3) || g.len() == 3));
    let number = grouped && (fraction.is_empty() || digits(fraction));
    number.then(|| {
        let sign = if unsigned.is_some() { "-" } else { "" };
        let point = if fraction.is_empty() { String::new() } else { format!("{decimal}{fraction}") };
        format!("{sign}{}{point}", groups.concat())
    })
}

fn cells(table: &Table) -> Vec<Vec<String>> {
    std::iter::once(table.headers.clone()).chain(table.rows.iter().map(|row| row.iter().map(|c| c.text.clone()).collect())).collect()
}

fn spreadsheet_cell(text: &str, lang: Lang) -> String {
    plain_number(text, lang).unwrap_or_else(|| text.to_owned())
}

/// Tab-separated, one line per row, the header first: what a spreadsheet takes from the clipboard.
pub fn tsv(table: &Table, lang: Lang) -> String {
    cells(table)
        .iter()
        .map(|row| row.iter().map(|c| spreadsheet_cell(c, lang).replace(['\t', '\n'], " ")).collect::<Vec<_>>().join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A CSV file: UTF-8 with a byte-order mark (so spreadsheets read the accents), `;` and decimal
/// comma in French, `,` and point in English, fields quoted when they hold the separator.
pub fn csv(table: &Table, lang: Lang) -> String {
    let separator = if lang == Lang::Fr { ';' } else { ',' };
    let field = |text: &str| {
        let value = spreadsheet_cell(text, lang);
        if value.contains([separator, '"', '\n']) {
            format!("\"{}\"", value.replace('"', "\"\""))
        } else {
            value
        }
    };
    let lines: Vec<String> =
        cells(table).iter().map(|row| row.iter().map(|c| field(c)).collect::<Vec<_>>().join(&separator.to_string())).collect();
    format!("\u{feff}{}\r\n", lines.join("\r\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::report::Cell;
    use crate::t;

    fn table() -> Table {
        Table::new(t!("Coûts", "Costs"), &[t!("Article", "Item"), t!("Coût", "Cost"), t!("Semaines", "Weeks")], "t", Lang::Fr).rows(vec![
            vec![Cell::new("A; \"grand\""), Cell::new("1\u{a0}234,5"), Cell::new("S2, S3")],
            vec![Cell::new("B"), Cell::new("−75"), Cell::new("12,5\u{a0}%")],
        ])
    }

    #[test]
    fn french_numbers_paste_and_save_as_french_spreadsheets_read_them() {
        assert_eq!(tsv(&table(), Lang::Fr), "Article\tCoût\tSemaines\nA; \"grand\"\t1234,5\tS2, S3\nB\t-75\t12,5\u{a0}%");
        assert_eq!(csv(&table(), Lang::Fr), "\u{feff}Article;Coût;Semaines\r\n\"A; \"\"grand\"\"\";1234,5;S2, S3\r\nB;-75;12,5\u{a0}%\r\n");
    }

    #[test]
    fn english_numbers_drop_their_commas_and_quote_text_that_has_some() {
        let english = Table::new(t!("", ""), &[t!("", "Item"), t!("", "Cost")], "t", Lang::En)
            .rows(vec![vec![Cell::new("S2, S3"), Cell::new("1,234.5")], vec![Cell::new("x"), Cell::new("1,5")]]);
        assert_eq!(csv(&english, Lang::En), "\u{feff}Item,Cost\r\n\"S2, S3\",1234.5\r\nx,\"1,5\"\r\n", "1,5 is not an English number");
        assert_eq!(plain_number("lots of 250", Lang::En), None);
        assert_eq!(plain_number("0.1", Lang::En), Some("0.1".to_owned()));
    }
}
