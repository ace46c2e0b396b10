//! The ABC classification lesson, `#/abc`.

pub mod text;

use crate::charts::abc::pareto_chart;
use crate::engine::abc::{self, AbcError, AbcInput, AbcItem, AbcRule, AbcSolution, Class};
use crate::i18n::{format_column, format_number, with_percent_sign, Lang, Text};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

/// The workshop's stores list: name, annual quantity, unit price.
macro_rules! workshop {
    () => {
        "Moteur:1200:85;Carter:2500:12;Vis-M6:40000:0.05;Roulement:6000:4.2;Joint:9000:0.8;Capteur:800:22;Câble:3000:1.5;Écrou-M6:42000:0.03;Courroie:1500:3.5;Étiquette:20000:0.02"
    };
}

const RANGE_THRESHOLD: Range = Range::between(Bound::Exclusive(0.0), Bound::Inclusive(1.0)).fraction();
/// Enough for a real stores list; more would make every keystroke re-rank for too long.
pub const MAX_ITEMS: usize = 500;

static ITEMS: TableSpec = TableSpec {
    columns: &[
        Column::new("name", text::COL_NAME, ColumnKind::Text),
        Column::new("quantity", text::COL_QUANTITY, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("price", text::COL_PRICE, ColumnKind::Number(bounds::MONEY)),
    ],
    max_rows: MAX_ITEMS,
    cell_id: "abc-item",
    new_row: |n| vec![Entry::Text(format!("X{n}")), Entry::Number(0.0), Entry::Number(0.0)],
    caption: text::ITEMS,
    links: crate::kit::RowLinks::Semicolon,
};

pub static LESSON: Lesson = Lesson {
    id: "abc",
    prefix: "abc",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group { legend: None, inputs: &[Input::new("items", text::ITEMS, Kind::Table(&ITEMS))] },
        Group {
            legend: Some(text::SETTINGS),
            inputs: &[
                Input::new("rule", text::RULE, Kind::Choice(&[("count", text::RULE_COUNT), ("value", text::RULE_VALUE)])),
                Input::new("a", text::A, Kind::Number(RANGE_THRESHOLD)).hint(text::THRESHOLD_HINT),
                Input::new("b", text::B, Kind::Number(RANGE_THRESHOLD)),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "workshop-value",
            title: t!("Atelier : règle 80/95 % de la valeur", "Workshop: 80/95% of value rule"),
            link: concat!("items=", workshop!(), "&rule=value&a=0.8&b=0.95"),
        },
        Preset {
            slug: "workshop-count",
            title: t!("Atelier : règle du cours 20/40/40 % des articles", "Workshop: the course's 20/40/40% of items rule"),
            link: concat!("items=", workshop!(), "&rule=count&a=0.2&b=0.6"),
        },
    ],
    imports: &[],
    storage_version: 2,
    migrate,
    adjust,
    solve,
    exercise: Exercise {
        generate: |seed| values(&abc::exercise(seed)),
        statement: |v, lang| text::exercise_statement(&input(v), lang),
        questions,
        steps,
        tables: |v, lang| solved(v).map(|s| ranked_table(&s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// A rule chosen without thresholds gets its own defaults, not the other rule's.
fn adjust(values: &mut Values, param: &str) {
    if param == "rule" {
        let (a, b) = rule(values).default_thresholds();
        values.set("a", Value::Number(Some(a)));
        values.set("b", Value::Number(Some(b)));
    }
}

/// Version 1 stored items as objects and the rule by its Rust name.
fn migrate(from: u32, json: serde_json::Value) -> Option<serde_json::Value> {
    if from != 1 {
        return None;
    }
    let items = json
        .get("items")?
        .as_array()?
        .iter()
        .map(|item| Some(serde_json::json!([item.get("name")?, item.get("annual_quantity")?, item.get("unit_price")?])))
        .collect::<Option<Vec<_>>>()?;
    let rule = if json.get("rule")?.as_str()? == "Count" { "count" } else { "value" };
    Some(serde_json::json!({ "items": items, "rule": rule, "a": json.get("a")?, "b": json.get("b")? }))
}

fn rule(v: &Values) -> AbcRule {
    if v.choice("rule") == "count" {
        AbcRule::Count
    } else {
        AbcRule::Value
    }
}

pub fn input(v: &Values) -> AbcInput {
    let items = v
        .rows("items")
        .iter()
        .map(|row| AbcItem { name: row.text_at(0), annual_quantity: row.number_at(1), unit_price: row.number_at(2) })
        .collect();
    AbcInput { items, rule: rule(v), a: v.num("a"), b: v.num("b") }
}

fn values(input: &AbcInput) -> Values {
    let rows = input
        .items
        .iter()
        .map(|i| vec![Entry::Text(i.name.clone()), Entry::Number(i.annual_quantity), Entry::Number(i.unit_price)])
        .collect();
    let slug = if input.rule == AbcRule::Count { "count" } else { "value" };
    LESSON.defaults().with("items", Value::Table(rows)).with("rule", Value::Choice(slug)).with_num("a", input.a).with_num("b", input.b)
}

/// The cell an error is about: the second of two rows with the same name, the row of a bad number.
fn culprit(error: &AbcError, input: &AbcInput) -> Culprit {
    let row_named = |name: &str, nth: usize| input.items.iter().enumerate().filter(|(_, i)| i.name == name).nth(nth).map(|(row, _)| row);
    let cell = |row: Option<usize>, column| row.map_or(Culprit::Field("items"), |row| Culprit::Cell { param: "items", row, column });
    match error {
        AbcError::DuplicateName(name) => cell(row_named(name, 1), 0),
        AbcError::InvalidNumber(name) => cell(row_named(name, 0), 1),
        AbcError::EmptyName { row } => cell(row.checked_sub(1), 0),
        AbcError::Thresholds => Culprit::Field("b"),
        AbcError::NoItems | AbcError::ZeroTotal => Culprit::Field("items"),
    }
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = abc::solve(&input).map_err(|e| Problem { culprit: culprit(&e, &input), message: text::error_message(&e, lang) })?;
    let classes = Table::new(
        text::CLASSES,
        &[text::COL_CLASS, text::COL_COUNT, text::COL_ITEM_SHARE, text::COL_VALUE, text::COL_VALUE_SHARE],
        "abc-classes",
        lang,
    )
    .rows({
        // Percentages line up in a column: one number of decimals for all.
        let item_shares = format_column(&s.classes.iter().map(|c| c.item_share).collect::<Vec<_>>(), lang, 1);
        let value_shares = format_column(&s.classes.iter().map(|c| c.value_share).collect::<Vec<_>>(), lang, 1);
        s.classes
            .iter()
            .zip(item_shares.into_iter().zip(value_shares))
            .map(|(c, (item_share, value_share))| {
                let letter = c.class.letter().to_ascii_lowercase();
                vec![
                    Cell::new(c.class.letter()),
                    Cell::with_id(c.items.to_string(), format!("abc-count-{letter}")),
                    Cell::new(with_percent_sign(item_share, lang)),
                    Cell::new(format_number(c.value, lang, 2)),
                    Cell::with_id(with_percent_sign(value_share, lang), format!("abc-value-share-{letter}")),
                ]
            })
            .collect()
    });
    Ok(Report {
        results: vec![ResultLine::new(text::TOTAL, format_number(s.total_value, lang, 2), "abc-total").main()],
        side: vec![Block::Table(classes)],
        sections: vec![Section {
            title: text::CHART_TITLE,
            blocks: vec![Block::Figure {
                chart: pareto_chart(&s, (input.rule == AbcRule::Value).then_some((input.a, input.b)), lang).to_json(),
                label: text::CHART,
                test_id: "abc-pareto".to_owned(),
                data: Tabular::Table(ranked_table(&s, lang)),
            }],
        }],
        steps: step_lines(&s.steps, step_title, lang),
    })
}

/// Items by decreasing value with their shares, cumulative share and class: where the A/B/C
/// boundaries fall.
fn ranked_table(s: &AbcSolution, lang: Lang) -> Table {
    let shares = format_column(&s.items.iter().map(|i| i.share).collect::<Vec<_>>(), lang, 2);
    let cumulative = format_column(&s.items.iter().map(|i| i.cumulative).collect::<Vec<_>>(), lang, 2);
    let ranked = s
        .items
        .iter()
        .zip(shares.into_iter().zip(cumulative))
        .map(|(i, (share, cumulative))| {
            vec![
                Cell::new(i.rank.to_string()),
                Cell::new(i.name.clone()).words(),
                Cell::new(format_number(i.annual_quantity, lang, 2)),
                Cell::new(format_number(i.unit_price, lang, 4)),
                Cell::new(format_number(i.value, lang, 2)),
                Cell::with_id(share, format!("abc-share-{}", i.name)),
                Cell::new(cumulative),
                Cell::with_id(i.class.letter(), format!("abc-class-{}", i.name)),
            ]
        })
        .collect();
    let headers = [
        text::COL_RANK,
        text::COL_NAME,
        text::COL_QUANTITY,
        text::COL_PRICE,
        text::COL_VALUE,
        text::COL_VALUE_SHARE,
        text::COL_CUMULATIVE,
        text::COL_CLASS,
    ];
    Table::new(text::RANKED, &headers, "abc-ranked", lang).rows(ranked)
}

fn step_title(key: &str) -> Text {
    match key {
        "total" => t!("Valeur annuelle totale", "Total annual value"),
        "share-a" => t!("Part de la valeur en classe A (%)", "Share of value in class A (%)"),
        "share-b" => t!("Part de la valeur en classe B (%)", "Share of value in class B (%)"),
        "share-c" => t!("Part de la valeur en classe C (%)", "Share of value in class C (%)"),
        _ => t!("Étape", "Step"),
    }
}

fn solved(v: &Values) -> Option<AbcSolution> {
    abc::solve(&input(v)).ok()
}

fn questions(v: &Values) -> Vec<Question> {
    let Some(solution) = solved(v) else { return Vec::new() };
    let class = |class: Class| solution.classes.iter().find(|c| c.class == class);
    let a_share = class(Class::A).map_or(0.0, |c| c.value_share);
    vec![
        Question::new("total", t!("Valeur annuelle totale", "Total annual value"), solution.total_value, Tolerance::Relative(0.01), 2)
            .hint(t!("La somme des a·N de tous les articles.", "The sum of a·N over every item.")),
        Question::new(
            "a-count",
            t!("Nombre d’articles en classe A", "Number of class A items"),
            class(Class::A).map_or(0.0, |c| c.items as f64),
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "Triez par a·N décroissant : un article est A tant que la part cumulée avant lui est sous 80 %.",
            "Sort by decreasing a·N: an item is A while the cumulative share before it is below 80%."
        )),
        Question::new(
            "a-share",
            t!("Part de la valeur en classe A (%)", "Share of value in class A (%)"),
            a_share,
            Tolerance::Absolute(0.5),
            1,
        )
        .hint(t!("100 × (a·N des articles A) / a·N total.", "100 × (a·N of the A items) / total a·N."))
        .mistake(
            a_share / 100.0,
            t!("La réponse est attendue en pourcentage (86, pas 0,86).", "The answer is expected in per cent (86, not 0.86)."),
        ),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|s| step_lines(&s.steps, step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::{parse_paste, read_link, TableProblem};
    use crate::scenario::links::{parse_fragment, LinkProblem};

    #[test]
    fn workshop_default_classes() {
        let s = solved(&LESSON.defaults()).unwrap();
        // Moteur 102 000, Carter 30 000, Roulement 25 200, Capteur 17 600, Joint 7 200, Courroie 5 250,
        // Câble 4 500, Vis 2 000, Écrou 1 260, Étiquette 400: total 195 410.
        assert!((s.total_value - 195_410.0).abs() < 1e-9);
        assert_eq!(s.items[0].name, "Moteur");
        let classes: String = s.items.iter().map(|i| i.class.letter()).collect();
        assert_eq!(classes, "AAABBBCCCC");
    }

    #[test]
    fn paste_tabs_semicolons_commas_and_header() {
        let rows = parse_paste(&ITEMS, "Article\tQuantité\tPrix\nVis\t1 200\t0,5\nÉcrou\t300\t2\n").unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0][1].number(), rows[0][2].number()), (1200.0, 0.5));
        assert_eq!(parse_paste(&ITEMS, "A;10;1,25\nB;20;3").unwrap()[0][2], Entry::Number(1.25));
        assert_eq!(parse_paste(&ITEMS, "A;10\n"), Err(TableProblem::Columns { row: 0 }));
        assert_eq!(parse_paste(&ITEMS, "A;10;1\nB;x;2"), Err(TableProblem::Cell { row: 1, column: 1 }));
        assert_eq!(parse_paste(&ITEMS, "\n\n"), Err(TableProblem::Empty));
        assert!(parse_paste(&ITEMS, &"A;1;1\n".repeat(MAX_ITEMS + 1)).is_err());
    }

    #[test]
    fn links_rule_defaults_and_problems() {
        let link = read_link(&LESSON, &parse_fragment("#/abc?items=X:10:2;Y:5:1&rule=count").params);
        let values = link.values.unwrap();
        assert_eq!((values.rows("items").len(), values.choice("rule"), values.num("a"), values.num("b")), (2, "count", 0.2, 0.6));
        let bad = read_link(&LESSON, &parse_fragment("#/abc?items=X:10&a=2").params);
        let named: Vec<&str> = bad.problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["items", "a"]);
    }

    #[test]
    fn errors_point_at_the_culprit_cell() {
        let link = read_link(&LESSON, &parse_fragment("#/abc?items=A:1:1;B:2:2;A:3:3").params);
        let problem = solve(&link.values.unwrap(), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "items", row: 2, column: 0 });
        assert!(problem.message.contains("Two items"));
        let zero = read_link(&LESSON, &parse_fragment("#/abc?items=A:0:0").params).values.unwrap();
        assert_eq!(solve(&zero, Lang::En).unwrap_err().culprit, Culprit::Field("items"));
    }

    #[test]
    fn first_release_storage_is_migrated() {
        let old = serde_json::json!({"items":[{"name":"X","annual_quantity":10.0,"unit_price":2.0}],"rule":"Count","a":0.2,"b":0.6});
        let values = crate::kit::codec::from_json(&LESSON, &migrate(1, old).unwrap()).unwrap();
        assert_eq!(values.rows("items"), &[vec![Entry::Text("X".into()), Entry::Number(10.0), Entry::Number(2.0)]]);
        assert_eq!(values.choice("rule"), "count");
    }
}
