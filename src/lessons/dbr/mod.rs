//! The drum-buffer-rope lesson, `#/dbr`: the bottleneck's plan, its buffer in three regions at a
//! chosen hour with the holes to rush or investigate, and the rope's releases.

pub mod text;

use crate::engine::dbr::{self, DbrError, DbrInput, DbrSolution, Hole, Order};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::i18n::{format_number, Lang};
use crate::kit::html::escape;
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;
use std::fmt::Write as _;

const BUFFER: Range = Range::between(Bound::Inclusive(3.0), Bound::Inclusive(300.0)).integer();
const HOUR: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(10_000.0)).integer();

static PLAN: TableSpec = TableSpec {
    columns: &[
        Column::new("order", text::COL_ORDER, ColumnKind::Id),
        Column::new("lot", text::COL_LOT, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("hours", text::COL_HOURS, ColumnKind::Number(bounds::PERIODS)),
        Column::new("arrived", text::COL_ARRIVED, ColumnKind::OptionalNumber(HOUR)),
    ],
    max_rows: 20,
    cell_id: "dbr-order",
    new_row: |n| vec![Entry::Text(format!("B{n}")), Entry::Number(10.0), Entry::Number(2.0), Entry::Text(String::new())],
    caption: text::PLAN,
    links: crate::kit::RowLinks::Semicolon,
};

pub static LESSON: Lesson = Lesson {
    id: "dbr",
    prefix: "dbr",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group { legend: Some(text::PLAN_GROUP), inputs: &[Input::new("plan", text::PLAN, Kind::Table(&PLAN)).hint(text::PLAN_HINT)] },
        Group {
            legend: Some(text::BUFFER_GROUP),
            inputs: &[
                Input::new("buffer", text::BUFFER, Kind::Number(BUFFER)).unit(text::HOURS).hint(text::BUFFER_HINT),
                Input::new("hour", text::HOUR, Kind::Number(HOUR)).unit(text::HOURS).hint(text::HOUR_HINT),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-4-6",
            title: t!("Fig 4.6–4.7 à l’heure 0 : un trou en région 2", "Figs 4.6–4.7 at hour 0: a hole in region 2"),
            link: "plan=A1:24:6:0;A2:30:3:0;A3:50:10:6;A4:60:20:8&buffer=15&hour=0",
        },
        Preset {
            slug: "fig-4-7-hour-5",
            title: t!("Fig 4.7 à l’heure 5 : le trou atteint la région 1", "Fig 4.7 at hour 5: the hole reaches region 1"),
            link: "plan=A1:24:6:0;A2:30:3:0;A3:50:10:6;A4:60:20:8&buffer=15&hour=5",
        },
        Preset {
            slug: "smaller-buffer",
            title: t!("Un tampon de 9 h : moins d’en-cours, moins de marge", "A 9-hour buffer: less work in process, less margin"),
            link: "plan=A1:24:6:0;A2:30:3:0;A3:50:10:6;A4:60:20:8&buffer=9&hour=0",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&exercise(seed)),
        statement: |v, lang| {
            let i = input(v);
            let plan = i.orders.iter().map(|o| format!("{} ({} h)", o.id, format_number(o.hours, lang, 2))).collect::<Vec<_>>().join(", ");
            text::exercise_statement(&plan, i.buffer, i.hour, lang)
        },
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| orders_table(&input, &s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn input(v: &Values) -> DbrInput {
    let orders = v
        .rows("plan")
        .iter()
        .map(|row| {
            let number = |i: usize| row.number_at(i);
            Order { id: row.text_at(0), lot: number(1), hours: number(2), arrived: Some(number(3)).filter(|a| !a.is_nan()) }
        })
        .collect();
    DbrInput { orders, buffer: v.num("buffer"), hour: v.num("hour") }
}

fn values(input: &DbrInput) -> Values {
    let rows = input
        .orders
        .iter()
        .map(|o| {
            vec![
                Entry::Text(o.id.clone()),
                Entry::Number(o.lot),
                Entry::Number(o.hours),
                o.arrived.map_or_else(|| Entry::Text(String::new()), Entry::Number),
            ]
        })
        .collect();
    LESSON.defaults().with("plan", Value::Table(rows)).with_num("buffer", input.buffer).with_num("hour", input.hour)
}

fn solved(v: &Values) -> Option<(DbrInput, DbrSolution)> {
    let input = input(v);
    dbr::solve(&input).ok().map(|s| (input, s))
}

fn hours(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

fn names(input: &DbrInput, list: impl Iterator<Item = usize>, lang: Lang) -> String {
    let names: Vec<&str> = list.filter_map(|i| input.orders.get(i).map(|o| o.id.as_str())).collect();
    if names.is_empty() {
        text::NONE.get(lang).to_owned()
    } else {
        names.join(", ")
    }
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = dbr::solve(&input).map_err(|e| {
        let (row, column) = match e {
            DbrError::Duplicate(i) => (Some(i), 0),
            DbrError::Hours(i) => (Some(i), 2),
            DbrError::NoOrder | DbrError::Buffer => (None, 0),
        };
        let order = row.and_then(|r| input.orders.get(r)).map_or("", |o| o.id.as_str());
        let message = text::error_message(e, order, lang);
        let culprit = match (e, row) {
            (DbrError::Buffer, _) => Culprit::Field("buffer"),
            (_, Some(row)) => Culprit::Cell { param: "plan", row, column },
            (_, None) => Culprit::Field("plan"),
        };
        Problem { culprit, message }
    })?;
    let with = |hole: Hole| s.holes.iter().filter(move |(_, h)| *h == hole).map(|(o, _)| *o);
    let results = vec![
        ResultLine::new(text::EXPEDITE, names(&input, with(Hole::Expedite), lang), "dbr-expedite").main(),
        ResultLine::new(text::INVESTIGATE, names(&input, with(Hole::Investigate), lang), "dbr-investigate"),
        ResultLine::new(text::RELEASE, names(&input, s.to_release.iter().copied(), lang), "dbr-release-now"),
        ResultLine::new(text::TOTAL, hours(s.total, lang), "dbr-total").unit(text::HOURS),
    ];
    let sections = vec![
        Section {
            title: text::BUFFER_TITLE,
            blocks: vec![
                Block::Drawing { svg: buffer_svg(&input, &s, lang), test_id: "dbr-buffer-drawing".to_owned() },
                Block::Table(slots_table(&input, &s, lang)),
            ],
        },
        Section { title: text::ORDERS_TITLE, blocks: vec![Block::Table(orders_table(&input, &s, lang))] },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&plan_steps(&input, &s), text::step_title, lang) })
}

const REGION_FILL: [&str; 3] = ["#fde2e1", "#fff1cc", "#dcefe6"];

/// The buffer as a strip of hours, region colours behind, each hour its order; a hole is drawn
/// dashed and named in the table.
fn buffer_svg(input: &DbrInput, s: &DbrSolution, lang: Lang) -> String {
    const W: usize = 40;
    const H: usize = 44;
    let width = s.slots.len() * W + 16;
    let mut out = format!(
        r#"<svg class="buffer" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {}" style="min-width:{}px;max-width:{}px" role="img" aria-label="{}">"#,
        H + 36,
        // Readable on a phone (the drawing scrolls), larger on a projector.
        width * 3 / 4,
        width * 2,
        escape(text::BUFFER_DRAWING.get(lang))
    );
    for (k, slot) in s.slots.iter().enumerate() {
        let x = 8 + k * W;
        let fill = REGION_FILL.get(slot.region.saturating_sub(1)).copied().unwrap_or("#ffffff");
        let order = slot.order.and_then(|o| input.orders.get(o)).map_or("", |o| o.id.as_str());
        let class = if slot.order.is_some() && !slot.present { "buffer__slot buffer__slot--hole" } else { "buffer__slot" };
        let _ = write!(
            out,
            r#"<g class="{class}" data-testid="dbr-slot-drawn-{}"><rect x="{x}" y="8" width="{}" height="{H}" fill="{fill}"/><text x="{}" y="{}">{}</text></g>"#,
            k + 1,
            W - 2,
            x + W / 2 - 1,
            8 + H / 2 + 5,
            escape(order)
        );
    }
    for region in 1..=3 {
        let first = s.slots.iter().position(|sl| sl.region == region).unwrap_or(0);
        let _ = write!(
            out,
            r#"<text class="buffer__region" x="{}" y="{}">{} {region}</text>"#,
            8 + first * W,
            H + 30,
            text::COL_REGION.get(lang)
        );
    }
    out.push_str("</svg>");
    out
}

fn slots_table(input: &DbrInput, s: &DbrSolution, lang: Lang) -> Table {
    let rows = s
        .slots
        .iter()
        .enumerate()
        .map(|(k, slot)| {
            let n = k + 1;
            let order = slot.order.and_then(|o| input.orders.get(o)).map_or_else(|| text::IDLE.get(lang).to_owned(), |o| o.id.clone());
            let there = match (slot.order, slot.present) {
                (None, _) => String::new(),
                (Some(_), true) => text::YES.get(lang).to_owned(),
                (Some(_), false) => text::NO.get(lang).to_owned(),
            };
            vec![
                Cell::new(n.to_string()),
                Cell::new(hours(slot.hour, lang)),
                Cell::with_id(order, format!("dbr-slot-{n}")).words(),
                Cell::with_id(slot.region.to_string(), format!("dbr-region-{n}")),
                Cell::with_id(there, format!("dbr-present-{n}")).words(),
            ]
        })
        .collect();
    Table::new(text::SLOTS, &[text::COL_SLOT, text::COL_AT, text::COL_ORDER, text::COL_REGION, text::COL_THERE], "dbr-slots", lang)
        .rows(rows)
}

fn orders_table(input: &DbrInput, s: &DbrSolution, lang: Lang) -> Table {
    let t = input.hour;
    let rows = input
        .orders
        .iter()
        .zip(&s.timings)
        .map(|(o, tm)| {
            let status = if tm.end <= t {
                text::STATUS_DONE
            } else if o.arrived.is_some_and(|a| a <= t) {
                text::STATUS_THERE
            } else if tm.release <= t {
                text::STATUS_WAY
            } else {
                text::STATUS_LATER
            };
            vec![
                Cell::new(o.id.clone()).words(),
                Cell::new(format_number(o.lot, lang, 2)),
                Cell::new(hours(o.hours, lang)),
                Cell::with_id(hours(tm.start, lang), format!("dbr-start-{}", o.id)),
                Cell::with_id(hours(tm.end, lang), format!("dbr-end-{}", o.id)),
                Cell::with_id(hours(tm.release, lang), format!("dbr-release-{}", o.id)),
                Cell::with_id(status.get(lang), format!("dbr-status-{}", o.id)).words(),
            ]
        })
        .collect();
    Table::new(
        text::ORDERS,
        &[text::COL_ORDER, text::COL_LOT, text::COL_HOURS, text::COL_START, text::COL_END, text::COL_RELEASE, text::COL_STATUS],
        "dbr-orders",
        lang,
    )
    .rows(rows)
}

/// The third order (or the last) worked through: its start, its release, and region 1 now.
fn plan_steps(input: &DbrInput, s: &DbrSolution) -> Vec<Step> {
    let k = input.orders.len().min(3).saturating_sub(1);
    let Some(tm) = s.timings.get(k) else { return Vec::new() };
    let before: Vec<f64> = input.orders.iter().take(k).map(|o| o.hours).collect();
    let mut start = Step::new("start", "s₃ = h₁ + h₂");
    for (i, h) in before.iter().enumerate() {
        start = if i == 0 { start.num(*h) } else { start.text(" + ").num(*h) };
    }
    if before.is_empty() {
        start = start.num(0.0);
    }
    let empty_region1 = empty_hours(s, 1);
    vec![
        start.result(tm.start),
        Step::new("release", "r₃ = s₃ − B").num(tm.start).text(" − ").num(input.buffer).result(tm.release),
        Step::new("region1", "n = #{h ∈ [t, t + B/3) : absent}")
            .text("#{h ∈ [")
            .num(input.hour)
            .text(", ")
            .num(input.hour + input.buffer / 3.0)
            .text(") : absent}")
            .result(empty_region1),
    ]
}

/// Hours of region `region` whose order is not there yet.
fn empty_hours(s: &DbrSolution, region: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)] // a few hours
    let count = s.slots.iter().filter(|sl| sl.region == region && sl.order.is_some() && !sl.present).count() as f64;
    count
}

/// Three to five orders of 2 to 12 hours, a buffer of 9, 12 or 15 h, some material late.
fn exercise(seed: u64) -> DbrInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 3 to 5
    let count = rng.int(3, 5) as usize;
    let buffer = rng.pick(&[9.0, 12.0, 15.0]);
    let mut start = 0.0;
    let orders = (0..count)
        .map(|i| {
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let hours = rng.int(2, 12) as f64;
            #[allow(clippy::cast_precision_loss)] // small whole numbers
            let lot = rng.step(10, 100, 10) as f64;
            // Late orders arrive a few hours after the rope released them.
            #[allow(clippy::cast_precision_loss)] // a few hours
            let delay = rng.int(0, 8) as f64;
            let arrived = (start - buffer + delay).max(0.0);
            start += hours;
            Order { id: format!("C{}", i + 1), lot, hours, arrived: Some(arrived) }
        })
        .collect();
    #[allow(clippy::cast_precision_loss)] // a few hours
    let hour = rng.int(0, 4) as f64;
    DbrInput { orders, buffer, hour }
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, s)) = solved(v) else { return Vec::new() };
    let Some(third) = s.timings.get(2) else { return Vec::new() };
    vec![
        Question::new(
            "start",
            t!("Début du 3e ordre sur le goulot (h)", "Start of the 3rd order on the bottleneck (h)"),
            third.start,
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!("Additionnez les heures des deux ordres qui le précèdent.", "Add the hours of the two orders before it.")),
        Question::new(
            "release",
            t!("Lancement de sa matière (h)", "Release of its material (h)"),
            third.release,
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "Un tampon avant son début : début − B (une heure négative : avant l’heure 0).",
            "One buffer before it starts: start − B (a negative hour: before hour 0)."
        ))
        .mistake(
            third.start + input.buffer,
            t!("La corde lance avant le goulot, pas après : début − B.", "The rope releases before the bottleneck, not after: start − B."),
        ),
        Question::new(
            "region1",
            t!("Heures vides en région 1 à l’heure t", "Empty hours in region 1 at hour t"),
            empty_hours(&s, 1),
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "Listez l’ordre de chaque heure de t à t + B/3 et comptez ceux dont la matière n’est pas encore arrivée.",
            "List the order of each hour from t to t + B/3 and count those whose material has not arrived yet."
        )),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(input, s)| step_lines(&plan_steps(&input, &s), text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn figs_4_6_and_4_7() {
        let start = LESSON.preset_report("fig-4-6", Lang::En);
        let slots = |r: &Report| (1..=15).map(|k| r.at(&format!("dbr-slot-{k}"))).collect::<Vec<_>>().join(" ");
        assert_eq!(slots(&start), "A1 A1 A1 A1 A1 A1 A2 A2 A2 A3 A3 A3 A3 A3 A3");
        assert_eq!((start.at("dbr-investigate"), start.at("dbr-expedite")), ("A3".into(), "none".into()));
        assert_eq!(start.at("dbr-release-A4"), "4");
        assert_eq!(start.at("dbr-region-6"), "2");
        let five = LESSON.preset_report("fig-4-7-hour-5", Lang::Fr);
        assert_eq!(slots(&five), "A1 A2 A2 A2 A3 A3 A3 A3 A3 A3 A3 A3 A3 A3 A4");
        assert_eq!((five.at("dbr-expedite"), five.at("dbr-investigate")), ("A3".into(), "aucun".into()));
        assert_eq!(five.at("dbr-release-now"), "A3, A4");
        assert_eq!(five.at("dbr-status-A4"), "en route");
        assert_eq!(five.at("dbr-total"), "39");
    }

    #[test]
    fn errors_name_their_cell() {
        let values = preset_values(&LESSON, LESSON.preset("fig-4-6").unwrap());
        let mut rows = values.rows("plan").to_vec();
        rows[2][2] = Entry::Number(0.0);
        let problem = solve(&values.clone().with("plan", Value::Table(rows)), Lang::En).unwrap_err();
        assert_eq!(problem.culprit, Culprit::Cell { param: "plan", row: 2, column: 2 });
        assert!(problem.message.starts_with("A3:"));
        assert_eq!(solve(&values.with_num("buffer", 10.0), Lang::En).unwrap_err().param(), Some("buffer"));
    }

    #[test]
    fn exercises_ask_about_their_own_plan() {
        for seed in 0..50 {
            let values = (LESSON.exercise.generate)(seed);
            let (input, s) = solved(&values).unwrap();
            let asked = questions(&values);
            assert_eq!(asked.len(), 3);
            assert_eq!(asked[0].expected, input.orders[0].hours + input.orders[1].hours);
            assert_eq!(asked[1].expected, asked[0].expected - input.buffer);
            assert_eq!(asked[2].expected, empty_hours(&s, 1));
        }
    }
}
