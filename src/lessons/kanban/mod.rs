//! The kanban lesson, `#/kanban`: how many cards a loop needs (exact, then rounded up), how the
//! count moves with the delay and the container, and the production board that says what to make.

mod board;
pub mod text;

use crate::charts::kanban::delay_chart;
use crate::engine::kanban::{self, Column as BoardColumn, CountError, CountInput};
use crate::i18n::{format_number, Lang};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Cells, Entry, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;

/// Cards of one part: a whole number, a few hundred at most.
const CARDS: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(500.0)).integer();

static BOARD: TableSpec = TableSpec {
    columns: &[
        Column::new("part", text::COL_PART, ColumnKind::Id),
        Column::new("e", text::COL_E, ColumnKind::Number(CARDS)),
        Column::new("a", text::COL_A, ColumnKind::Number(CARDS)),
        Column::new("m", text::COL_M, ColumnKind::Number(CARDS)),
        Column::new("cards", text::COL_CARDS, ColumnKind::Number(CARDS)),
    ],
    max_rows: 12,
    cell_id: "kanban-part",
    new_row: |n| vec![Entry::Text(format!("P{}", n + 1)), Entry::Number(2.0), Entry::Number(3.0), Entry::Number(5.0), Entry::Number(0.0)],
    caption: text::BOARD,
    links: crate::kit::RowLinks::Semicolon,
};

pub static LESSON: Lesson = Lesson {
    id: "kanban",
    prefix: "kanban",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::COUNT_GROUP),
            inputs: &[
                Input::new("D", text::DEMAND, Kind::Number(bounds::QUANTITY)).unit(text::DEMAND_UNIT),
                Input::new("P", text::DELAY, Kind::Number(bounds::PERIODS)).unit(text::DELAY_UNIT).hint(text::DELAY_HINT),
                Input::new("Q", text::PER_CONTAINER, Kind::Number(bounds::POSITIVE_QUANTITY)).unit(text::PARTS),
                Input::new("S", text::SAFETY, Kind::Number(bounds::RATE)).hint(text::SAFETY_HINT),
            ],
        },
        Group { legend: Some(text::BOARD_GROUP), inputs: &[Input::new("board", text::BOARD, Kind::Table(&BOARD)).hint(text::BOARD_HINT)] },
    ],
    presets: &[
        Preset {
            slug: "fig-4-12",
            title: t!(
                "Tableau comme la Fig 4.12 (valeurs d’illustration) : lancer 2 conteneurs de P1",
                "Board like Fig 4.12 (illustrative values): make 2 containers of P1"
            ),
            link: "D=120&P=0.5&Q=10&S=0.1&board=P1:2:2:4:2;P2:3:4:6:3;P3:2:3:5:1;P4:1:2:3:0",
        },
        Preset {
            slug: "rounding-trap",
            title: t!(
                "100 pièces/jour, ½ jour, conteneurs de 5, 10 % : 11 cartes, pas 12",
                "100 parts/day, ½ day, containers of 5, 10 %: 11 cards, not 12"
            ),
            link: "D=100&P=0.5&Q=5&S=0.1&board=P1:2:2:4:2;P2:3:4:6:3;P3:2:3:5:1;P4:1:2:3:0",
        },
        Preset {
            slug: "shorter-delay",
            title: t!("Délai réduit à ¼ de jour : 6 cartes", "Delay cut to ¼ day: 6 cards"),
            link: "D=100&P=0.25&Q=5&S=0.1&board=P1:2:2:4:2;P2:3:4:6:5;P3:2:3:5:1;P4:1:2:3:0",
        },
        Preset {
            slug: "part-out",
            title: t!("Une pièce en rupture passe avant l’alerte", "A part that is out comes before an alert"),
            link: "D=100&P=0.5&Q=5&S=0.1&board=P1:2:2:4:2;P2:3:4:6:3;P3:2:3:5:1;P4:1:2:3:3",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| {
            let input = kanban::exercise(seed);
            LESSON
                .defaults()
                .with_num("D", input.demand)
                .with_num("P", input.delay)
                .with_num("Q", input.per_container)
                .with_num("S", input.safety)
        },
        statement: |v, lang| {
            let i = count_input(v);
            text::exercise_statement(i.demand, i.delay, i.per_container, i.safety, lang)
        },
        questions,
        steps,
        tables: |v, lang| vec![delay_table(&count_input(v), lang)],
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn count_input(v: &Values) -> CountInput {
    CountInput { demand: v.num("D"), delay: v.num("P"), per_container: v.num("Q"), safety: v.num("S") }
}

fn board_columns(v: &Values) -> Vec<BoardColumn> {
    v.rows("board")
        .iter()
        .map(|row| {
            let number = |i: usize| row.number_at(i);
            BoardColumn { part: row.text_at(0), economic: number(1), alert: number(2), total: number(3), cards: number(4) }
        })
        .collect()
}

fn cards(value: f64, lang: Lang) -> String {
    format_number(value, lang, 0)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = count_input(v);
    let s = kanban::count(&input).map_err(|CountError::Container| {
        Problem::field("Q", t!("Q doit être supérieur à 0.", "Q must be above 0.").get(lang).to_owned())
    })?;
    let columns = board_columns(v);
    let board = kanban::board(&columns).map_err(|e| {
        let (column, field) = match e {
            kanban::BoardError::Order { column, field } => (column, field),
            kanban::BoardError::Duplicate { column } => (column, "part"),
        };
        let part = columns.get(column).map_or("", |c| c.part.as_str());
        let index = BOARD.columns.iter().position(|c| c.key == field).unwrap_or(0);
        Problem { culprit: Culprit::Cell { param: "board", row: column, column: index }, message: text::board_error(&e, part, lang) }
    })?;
    let next = board.next.and_then(|(i, containers)| columns.get(i).map(|c| (c.part.as_str(), containers)));
    let results = vec![
        ResultLine::new(text::EXACT, format_number(s.exact, lang, 4), "kanban-exact"),
        ResultLine::new(text::CARDS, cards(s.cards, lang), "kanban-n").unit(text::CARDS_UNIT).main(),
        ResultLine::new(text::LOOP_PARTS, format_number(s.parts, lang, 2), "kanban-parts").unit(text::PARTS),
        ResultLine::new(text::NEXT, text::next_launch(next, lang), "kanban-next"),
    ];
    let delays = delay_points(&input);
    let exact_line: Vec<(f64, f64)> = delays.iter().map(|(p, exact, _)| (*p, *exact)).collect();
    let chart = delay_chart(
        &exact_line,
        &card_steps(&input, &delays),
        [text::DELAY_AXIS, text::CARDS_AXIS, text::EXACT_LINE, text::CARDS_LINE],
        lang,
    );
    let board_table = Table::new(
        text::BOARD_TABLE,
        &[text::COL_PART, text::COL_E, text::COL_A, text::COL_M, text::COL_CARDS, text::COL_LEFT, text::COL_STATUS],
        "kanban-board-table",
        lang,
    )
    .rows(
        columns
            .iter()
            .zip(&board.statuses)
            .map(|(c, status)| {
                vec![
                    Cell::new(c.part.clone()).words(),
                    Cell::new(cards(c.economic, lang)),
                    Cell::new(cards(c.alert, lang)),
                    Cell::new(cards(c.total, lang)),
                    Cell::new(cards(c.cards, lang)),
                    Cell::with_id(cards(c.total - c.cards, lang), format!("kanban-left-{}", c.part)),
                    Cell::with_id(text::status_name(*status).get(lang), format!("kanban-status-{}", c.part)).words(),
                ]
            })
            .collect(),
    );
    let sections = vec![
        Section {
            title: text::SENSITIVITY_TITLE,
            blocks: vec![
                Block::Figure {
                    chart: chart.to_json(),
                    label: text::DELAY_CHART,
                    test_id: "kanban-delay-chart".to_owned(),
                    data: Tabular::Table(delay_table(&input, lang)),
                },
                Block::Table(size_table(&input, lang)),
            ],
        },
        Section {
            title: text::BOARD_TITLE,
            blocks: vec![
                Block::Drawing {
                    svg: board::svg(&columns, &board.statuses, text::BOARD_DRAWING.get(lang), "kanban-board"),
                    test_id: "kanban-board-drawing".to_owned(),
                },
                Block::Table(board_table),
                Block::Note { text: text::DECISION_RULE.get(lang).to_owned(), test_id: "kanban-rule".to_owned() },
            ],
        },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&s.steps, text::step_title, lang) })
}

/// Multiples of the learner's delay (and of one time unit when the delay is 0).
fn delay_points(input: &CountInput) -> Vec<(f64, f64, f64)> {
    let unit = if input.delay > 0.0 { input.delay } else { 1.0 };
    [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0]
        .iter()
        .filter_map(|k| {
            let s = kanban::count(&CountInput { delay: unit * k, ..*input }).ok()?;
            Some((unit * k, s.exact, s.cards))
        })
        .collect()
}

/// Where N steps up over the delays of `delays`: at the delay P_k = k·Q/(D·(1 + S)) that makes
/// the exact value k, N becomes k (and k + 1 just after). Sampled at `delays` when there would be
/// too many steps to draw.
fn card_steps(input: &CountInput, delays: &[(f64, f64, f64)]) -> Vec<(f64, f64)> {
    let end = delays.last().map_or(0.0, |p| p.0);
    let last_cards = delays.last().map_or(0.0, |p| p.2);
    let per_card = input.per_container / (input.demand * (1.0 + input.safety));
    if !(per_card.is_finite() && per_card > 0.0) || last_cards > 200.0 {
        return delays.iter().map(|(p, _, n)| (*p, *n)).collect();
    }
    let mut steps = vec![(0.0, 0.0)];
    steps.extend((1..=200u8).map(|k| (f64::from(k) * per_card, f64::from(k))).take_while(|(at, _)| *at < end * (1.0 - 1e-9)));
    steps.push((end, last_cards));
    steps
}

/// The learner's own delay is among the points (once a delay, or 0 when it is 0).
fn delay_table(input: &CountInput, lang: Lang) -> Table {
    let points = delay_points(input);
    let rows = points
        .iter()
        .enumerate()
        .map(|(r, (delay, exact, n))| {
            vec![
                Cell::new(format_number(*delay, lang, 4)),
                Cell::new(format_number(*exact, lang, 4)),
                Cell::with_id(cards(*n, lang), format!("kanban-by-delay-{r}")),
                Cell::new(format_number(n * input.per_container, lang, 2)),
            ]
        })
        .collect();
    Table::new(text::DELAY_TABLE, &[text::COL_P, text::COL_EXACT, text::COL_N, text::COL_STOCK], "kanban-by-delay", lang).rows(rows)
}

fn size_table(input: &CountInput, lang: Lang) -> Table {
    let rows = [0.5, 1.0, 2.0, 4.0]
        .iter()
        .enumerate()
        .filter_map(|(r, k)| {
            let q = input.per_container * k;
            let s = kanban::count(&CountInput { per_container: q, ..*input }).ok()?;
            Some(vec![
                Cell::new(format_number(q, lang, 2)),
                Cell::new(format_number(s.exact, lang, 4)),
                Cell::with_id(cards(s.cards, lang), format!("kanban-by-size-{r}")),
                Cell::new(format_number(s.parts, lang, 2)),
            ])
        })
        .collect();
    Table::new(text::SIZE_TABLE, &[text::COL_Q, text::COL_EXACT, text::COL_N, text::COL_STOCK], "kanban-by-size", lang).rows(rows)
}

fn questions(v: &Values) -> Vec<Question> {
    let input = count_input(v);
    let (Ok(s), Ok(halved)) = (kanban::count(&input), kanban::count(&CountInput { delay: input.delay / 2.0, ..input })) else {
        return Vec::new();
    };
    vec![
        Question::new("exact", t!("D·P·(1 + S)/Q", "D·P·(1 + S)/Q"), s.exact, Tolerance::Relative(0.001), 4)
            .hint(t!(
                "Demande × délai × (1 + sécurité), divisé par les pièces d’un conteneur.",
                "Demand × delay × (1 + safety), over the parts in a container."
            ))
            .mistake(
                input.demand * input.delay / input.per_container,
                t!("Vous avez oublié la sécurité (1 + S).", "You left out the safety (1 + S)."),
            ),
        Question::new("n", t!("Nombre de kanbans", "Number of kanbans"), s.cards, Tolerance::Absolute(0.0), 0)
            .hint(t!("Toujours à l’entier supérieur : une carte partielle n’existe pas.", "Always round up: there is no part of a card."))
            .mistake(
                s.cards - 1.0,
                t!("Arrondi vers le bas : la boucle manquerait de pièces.", "Rounded down: the loop would run short of parts."),
            ),
        Question::new(
            "n-half",
            t!("Kanbans si le délai est divisé par deux", "Kanbans if the delay is halved"),
            halved.cards,
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "Refaites le calcul avec P/2, puis arrondissez : ce n’est pas forcément N/2.",
            "Redo the computation with P/2, then round up: it is not necessarily N/2."
        ))
        .mistake(
            (s.cards / 2.0).floor(),
            t!("Divisez P, pas N : arrondissez D·(P/2)·(1 + S)/Q vers le haut.", "Halve P, not N: round D·(P/2)·(1 + S)/Q up."),
        ),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    kanban::count(&count_input(v)).map(|s| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;
    use crate::kit::values::Value;

    #[test]
    fn the_rounding_trap_and_the_board() {
        let course = LESSON.preset_report("fig-4-12", Lang::En);
        assert_eq!((course.at("kanban-exact"), course.at("kanban-n")), ("6.6".into(), "7".into()));
        let report = LESSON.preset_report("rounding-trap", Lang::Fr);
        assert_eq!(report.at("kanban-n"), "11");
        assert_eq!(report.at("kanban-exact"), "11");
        assert_eq!(report.at("kanban-parts"), "55");
        assert_eq!(report.at("kanban-next"), "2 conteneur(s) de P1");
        assert_eq!(report.at("kanban-status-P1"), "alerte : urgent");
        assert_eq!(report.at("kanban-left-P2"), "3");
        let shorter = LESSON.preset_report("shorter-delay", Lang::En);
        assert_eq!(shorter.at("kanban-n"), "6");
        assert_eq!(shorter.at("kanban-exact"), "5.5");
        assert_eq!(shorter.at("kanban-next"), "5 container(s) of P2");
        let out = LESSON.preset_report("part-out", Lang::En);
        assert_eq!(out.at("kanban-next"), "3 container(s) of P4");
        assert_eq!(out.at("kanban-status-P4"), "out: no container left");
    }

    #[test]
    fn n_against_p_and_q() {
        let report = LESSON.preset_report("rounding-trap", Lang::En);
        // P × 0, ¼, ½, ¾, 1, 1¼, 1½, 2: 0, 2.75 → 3, 5.5 → 6, 8.25 → 9, 11, 13.75 → 14, 16.5 → 17, 22.
        let by_delay: Vec<String> = (0..8).map(|r| report.at(&format!("kanban-by-delay-{r}"))).collect();
        assert_eq!(by_delay, ["0", "3", "6", "9", "11", "14", "17", "22"]);
        // N steps up each time the exact value crosses a whole card: every 5 / 110 of a day.
        let input = count_input(&preset_values(&LESSON, LESSON.preset("rounding-trap").unwrap()));
        let steps = card_steps(&input, &delay_points(&input));
        assert_eq!(steps.len(), 23);
        assert!((steps[11].0 - 0.5).abs() < 1e-12 && steps[11].1 == 11.0, "11 cards from P = ½ on");
        assert_eq!(steps.last(), Some(&(1.0, 22.0)));
        let by_size: Vec<String> = (0..4).map(|r| report.at(&format!("kanban-by-size-{r}"))).collect();
        assert_eq!(by_size, ["22", "11", "6", "3"]);
    }

    #[test]
    fn board_errors_name_their_cell() {
        let values = preset_values(&LESSON, LESSON.preset("fig-4-12").unwrap());
        let mut rows = values.rows("board").to_vec();
        rows[1][4] = Entry::Number(7.0);
        let problem = solve(&values.clone().with("board", Value::Table(rows)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "board", row: 1, column: 4 });
        assert!(problem.message.starts_with("P2:"), "{}", problem.message);
        let mut rows = values.rows("board").to_vec();
        rows[2][0] = Entry::Text("P1".into());
        let problem = solve(&values.with("board", Value::Table(rows)), Lang::Fr).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "board", row: 2, column: 0 });
    }

    #[test]
    fn exercises_ask_about_their_own_loop() {
        let values = (LESSON.exercise.generate)(11);
        let input = count_input(&values);
        let asked = questions(&values);
        assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), ["exact", "n", "n-half"]);
        assert_eq!(asked[1].expected, kanban::count(&input).unwrap().cards);
        assert!((LESSON.exercise.statement)(&values, Lang::En).contains(&format_number(input.demand, Lang::En, 2)));
    }
}
