//! The three-station cell lesson, `#/cell`: the course's simulation in its four variants, the
//! course's printed draws replayed exactly or seeded draws over up to 100 000 days.

pub mod text;

use crate::charts::cell::daily_chart;
use crate::engine::cell::{self, Averages, Day, Variant};
use crate::engine::steps::Step;
use crate::i18n::{format_number, Lang};
use crate::kit::codec::SEED_RANGE;
use crate::kit::report::{step_lines, Block, Cell, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Value, Values};
use crate::kit::{Deferred, Exercise, Group, Input, Kind, Later, Lesson, Preset};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{Bound, Range};
use crate::t;

const DAYS: Range = Range::between(Bound::Inclusive(10.0), Bound::Inclusive(100_000.0)).integer();
/// Days shown in the daily table and its chart.
const SHOWN: usize = 30;
const VARIANTS: &[(&str, crate::i18n::Text)] = &[
    ("capped", text::variant_name(Variant::Capped)),
    ("classic", text::variant_name(Variant::Classic)),
    ("jit", text::variant_name(Variant::Jit)),
    ("toc", text::variant_name(Variant::Toc)),
];

fn seeded(v: &Values) -> bool {
    v.choice("source") == "seed"
}

pub static LESSON: Lesson = Lesson {
    id: "cell",
    prefix: "cell",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[Group {
        legend: Some(text::RUN_GROUP),
        inputs: &[
            Input::new("variant", text::VARIANT, Kind::Choice(VARIANTS)),
            Input::new("source", text::SOURCE, Kind::Choice(&[("seed", text::SEEDED), ("course", text::COURSE)])),
            Input::new("days", text::DAYS, Kind::Number(DAYS)).unit(text::DAYS_UNIT).hint(text::DAYS_HINT).shown_when(seeded),
            Input::new("seed", text::SEED, Kind::Number(SEED_RANGE)).hint(text::SEED_HINT).shown_when(seeded),
        ],
    }],
    presets: &[
        Preset {
            slug: "long-run",
            title: t!("1 000 jours, stocks plafonnés", "1,000 days, capped buffers"),
            link: "variant=capped&source=seed&days=1000&seed=1",
        },
        Preset {
            slug: "fig-4-2",
            title: t!("Fig 4.2 : stocks plafonnés à 2", "Fig 4.2: buffers capped at 2"),
            link: "variant=capped&source=course&days=10&seed=1",
        },
        Preset {
            slug: "fig-4-3",
            title: t!("Fig 4.3 : méthode classique", "Fig 4.3: classic method"),
            link: "variant=classic&source=course&days=10&seed=1",
        },
        Preset { slug: "fig-4-4", title: t!("Fig 4.4 : JIT", "Fig 4.4: JIT"), link: "variant=jit&source=course&days=10&seed=1" },
        Preset {
            slug: "fig-4-5",
            title: t!("Fig 4.5 : théorie des contraintes", "Fig 4.5: theory of constraints"),
            link: "variant=toc&source=course&days=10&seed=1",
        },
        Preset {
            slug: "hundred-thousand",
            title: t!("100 000 jours : les moyennes de long terme", "100,000 days: the long-run averages"),
            link: "variant=toc&source=seed&days=100000&seed=1",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve: |v, lang| Ok(report(v, lang)),
    exercise: Exercise {
        generate: |seed| {
            LESSON
                .defaults()
                .with("variant", Value::Choice("capped"))
                .with("source", Value::Choice("seed"))
                .with_num("seed", seed_number(seed))
                .with_num("days", 10.0)
        },
        statement: |v, lang| text::exercise_statement(&first_draws(v), lang),
        questions,
        steps,
        tables: |_, _| Vec::new(),
        hint: text::EXERCISE_HINT,
    },
    // Four more runs of up to 100 000 days: after a pause, so the chosen method's answer stays
    // within a frame.
    deferred: Some(Deferred {
        title: text::COMPARE_TITLE,
        compute: |v, lang| {
            Some(Later { lines: Vec::new(), tables: vec![compare_table(v, lang)], note: text::COMPARE_NOTE.get(lang).to_owned() })
        },
    }),
};

/// An exercise seed as the simulation's seed, kept within the field's range.
fn seed_number(seed: u64) -> f64 {
    #[allow(clippy::cast_precision_loss)] // below 2^53
    let seed = (seed % (1 << 52)) as f64;
    seed
}

fn variant(v: &Values) -> Variant {
    match v.choice("variant") {
        "classic" => Variant::Classic,
        "jit" => Variant::Jit,
        "toc" => Variant::Toc,
        _ => Variant::Capped,
    }
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole and in range by the fields
fn run(v: &Values, variant: Variant, keep: usize) -> (Vec<Day>, Averages) {
    if seeded(v) {
        cell::simulate(variant, v.num("days") as usize, cell::seeded(v.num("seed") as u64), keep)
    } else {
        // The course's figures each print their own draws: every method replays the chosen one's.
        let draws = cell::course_draws(self::variant(v));
        cell::simulate(variant, draws.len(), cell::replay(draws), keep)
    }
}

fn first_draws(v: &Values) -> Vec<[f64; 3]> {
    run(v, Variant::Capped, 2).0.iter().map(|d| d.draws).collect()
}

fn parts(value: f64, lang: Lang) -> String {
    format_number(value, lang, 4)
}

/// Every value the fields let through simulates: the cell has no problem to report.
fn report(v: &Values, lang: Lang) -> Report {
    let chosen = variant(v);
    let (days, avg) = run(v, chosen, SHOWN);
    let results = vec![
        ResultLine::new(text::THROUGHPUT, parts(avg.throughput, lang), "cell-throughput").unit(text::PER_DAY).main(),
        ResultLine::new(text::WIP1, parts(avg.wip[0], lang), "cell-wip1").unit(text::PARTS),
        ResultLine::new(text::WIP2, parts(avg.wip[1], lang), "cell-wip2").unit(text::PARTS),
        ResultLine::new(text::LEAD_TIME, parts(avg.lead_time, lang), "cell-leadtime").unit(text::DAYS_SHORT),
        ResultLine::new(text::MAX_WIP, format!("{} ; {}", avg.max_wip[0], avg.max_wip[1]), "cell-max-wip"),
        ResultLine::new(text::CAPACITY, avg.caps.iter().map(|c| parts(*c, lang)).collect::<Vec<_>>().join(" ; "), "cell-capacity"),
    ];
    let chart = daily_chart(&days, [text::DAY_AXIS, text::PARTS_AXIS, text::LINE_WIP1, text::LINE_WIP2, text::LINE_OUT], lang);
    let sections = vec![Section {
        title: text::DAILY_TITLE,
        blocks: vec![
            Block::Figure {
                chart: chart.to_json(),
                label: text::CHART,
                test_id: "cell-chart".to_owned(),
                data: Tabular::Table(daily_table(&days, lang)),
            },
            Block::Note {
                text: format!("{} {}", text::SHOWN_DAYS.get(lang), text::THIRDS_NOTE.get(lang)),
                test_id: "cell-note".to_owned(),
            },
        ],
    }];
    Report { results, side: Vec::new(), sections, steps: step_lines(&average_steps(&avg), text::step_title, lang) }
}

fn average_steps(avg: &Averages) -> Vec<Step> {
    let [p1, p2, p3] = avg.prods;
    vec![
        Step::new("throughput", "P3 = Σ Prod3 / n").num(p3).result(avg.throughput),
        Step::new("lead_time", "1/P1 + W1/P2 + 1/P2 + W2/P3 + 1/P3")
            .text("1/")
            .num(p1)
            .text(" + ")
            .num(avg.wip[0])
            .text("/")
            .num(p2)
            .text(" + 1/")
            .num(p2)
            .text(" + ")
            .num(avg.wip[1])
            .text("/")
            .num(p3)
            .text(" + 1/")
            .num(p3)
            .result(avg.lead_time),
    ]
}

fn daily_table(days: &[Day], lang: Lang) -> Table {
    let rows = days
        .iter()
        .enumerate()
        .map(|(d, day)| {
            let n = d + 1;
            let mut row = vec![Cell::new(n.to_string())];
            for i in 0..3 {
                row.push(Cell::new(format_number(day.draws.get(i).copied().unwrap_or(0.0), lang, 6)));
                row.push(Cell::with_id(day.caps.get(i).copied().unwrap_or(0).to_string(), format!("cell-cap{}-{n}", i + 1)));
                row.push(Cell::with_id(day.prods.get(i).copied().unwrap_or(0).to_string(), format!("cell-prod{}-{n}", i + 1)));
                if let Some(wip) = day.wip.get(i) {
                    row.push(Cell::with_id(wip.to_string(), format!("cell-wip{}-{n}", i + 1)));
                }
            }
            row
        })
        .collect();
    let [u1, u2, u3] = text::COL_U;
    let [c1, c2, c3] = text::COL_CAP;
    let [p1, p2, p3] = text::COL_PROD;
    let [w1, w2] = text::COL_WIP;
    Table::new(text::DAILY, &[text::COL_DAY, u1, c1, p1, w1, u2, c2, p2, w2, u3, c3, p3], "cell-days", lang).rows(rows)
}

fn compare_table(v: &Values, lang: Lang) -> Table {
    let rows = Variant::ALL
        .iter()
        .zip(VARIANTS)
        .map(|(variant, (slug, name))| {
            let (_, avg) = run(v, *variant, 0);
            vec![
                Cell::new(name.get(lang)).words(),
                Cell::with_id(parts(avg.throughput, lang), format!("cell-compare-{slug}-throughput")),
                Cell::with_id(parts(avg.wip[0], lang), format!("cell-compare-{slug}-wip1")),
                Cell::with_id(parts(avg.wip[1], lang), format!("cell-compare-{slug}-wip2")),
                Cell::with_id(parts(avg.lead_time, lang), format!("cell-compare-{slug}-leadtime")),
                Cell::new(format!("{} ; {}", avg.max_wip[0], avg.max_wip[1])),
            ]
        })
        .collect();
    Table::new(
        text::COMPARE,
        &[text::COL_METHOD, text::COL_OUT, text::COL_WIP1, text::COL_WIP2, text::COL_LEAD, text::COL_MAX],
        "cell-compare",
        lang,
    )
    .rows(rows)
}

fn questions(v: &Values) -> Vec<Question> {
    let (days, _) = run(v, Variant::Capped, 2);
    let (Some(one), Some(two)) = (days.first(), days.get(1)) else { return Vec::new() };
    let [cap1, cap2, _] = one.caps;
    vec![
        Question::new("prod3-1", t!("Production du poste 3, jour 1", "Station 3’s output, day 1"), f64::from(one.prods[2]), Tolerance::Absolute(0.0), 0)
            .hint(t!("Le poste 3 ne peut pas faire plus que sa capacité, ni plus que ce qui lui arrive : l’en-cours 2 plus ce que le poste 2 peut lui passer le même jour.", "Station 3 cannot make more than its capacity, nor more than reaches it: the work in buffer 2 plus what station 2 can pass it the same day.")),
        Question::new("wip1-2", t!("En-cours 1 au début du jour 2", "Work in buffer 1 at the start of day 2"), f64::from(two.wip[0]), Tolerance::Absolute(0.0), 0)
            .hint(t!("En-cours 1 + Prod1 − Prod2 du jour 1.", "Buffer 1 + Prod1 − Prod2 of day 1."))
            .mistake(f64::from(one.wip[0]) + f64::from(cap1) - f64::from(cap2), t!("Les productions, pas les capacités : un poste bloqué ou affamé fait moins que sa capacité.", "The outputs, not the capacities: a blocked or starved station makes less than its capacity.")),
        Question::new("wip2-2", t!("En-cours 2 au début du jour 2", "Work in buffer 2 at the start of day 2"), f64::from(two.wip[1]), Tolerance::Absolute(0.0), 0)
            .hint(t!("En-cours 2 + Prod2 − Prod3 du jour 1.", "Buffer 2 + Prod2 − Prod3 of day 1.")),
        Question::new("prod3-2", t!("Production du poste 3, jour 2", "Station 3’s output, day 2"), f64::from(two.prods[2]), Tolerance::Absolute(0.0), 0)
            .hint(t!("Même calcul qu’au jour 1, avec les en-cours du début du jour 2.", "The same as day 1, with the buffers at the start of day 2.")),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    let (days, _) = run(v, Variant::Capped, 2);
    let Some(one) = days.first() else { return Vec::new() };
    let [c1, c2, c3] = one.caps.map(f64::from);
    let [w1, w2] = one.wip.map(f64::from);
    let [p1, p2, p3] = one.prods.map(f64::from);
    let up3 = c2.min(w1 + c1);
    let day_one = vec![
        Step::new("up3", "Up3 = min(Cap2 ; W1 + Cap1)").text("min(").num(c2).text(" ; ").num(w1).text(" + ").num(c1).text(")").result(up3),
        Step::new("prod3", "Prod3 = min(Up3 + W2 ; Cap3)")
            .text("min(")
            .num(up3)
            .text(" + ")
            .num(w2)
            .text(" ; ")
            .num(c3)
            .text(")")
            .result(p3),
        Step::new("prod2", "Prod2 = min(Cap1 + W1 ; 2 − W2 + Prod3 ; Cap2)")
            .text("min(")
            .num(c1)
            .text(" + ")
            .num(w1)
            .text(" ; 2 − ")
            .num(w2)
            .text(" + ")
            .num(p3)
            .text(" ; ")
            .num(c2)
            .text(")")
            .result(p2),
        Step::new("prod1", "Prod1 = min(2 − W1 + Prod2 ; Cap1)")
            .text("min(2 − ")
            .num(w1)
            .text(" + ")
            .num(p2)
            .text(" ; ")
            .num(c1)
            .text(")")
            .result(p1),
    ];
    step_lines(&day_one, exercise_step_title, lang)
}

fn exercise_step_title(key: &str) -> crate::i18n::Text {
    match key {
        "up3" => t!("Ce que le poste 2 peut passer au poste 3, jour 1", "What station 2 can pass to station 3, day 1"),
        "prod3" => t!("Production du poste 3, jour 1", "Station 3’s output, day 1"),
        "prod2" => t!("Production du poste 2 (le stock 2 ne déborde pas)", "Station 2’s output (buffer 2 does not overflow)"),
        "prod1" => t!("Production du poste 1 (le stock 1 ne déborde pas)", "Station 1’s output (buffer 1 does not overflow)"),
        _ => text::step_title(key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figs_4_2_to_4_5_replayed() {
        let capped = LESSON.preset_report("fig-4-2", Lang::En);
        assert_eq!(capped.row("cell-prod3", 1..=10), ["3", "4", "2", "2", "4", "2", "2", "4", "4", "3"]);
        assert_eq!(capped.row("cell-wip2", 1..=10), ["2", "2", "2", "2", "2", "1", "2", "2", "0", "0"]);
        assert_eq!(capped.row("cell-cap2", 6..=6), ["3"], "0.665408 is a 3: thirds");
        let classic = LESSON.preset_report("fig-4-3", Lang::En);
        assert_eq!(classic.row("cell-wip2", 1..=10), ["2", "3", "3", "5", "4", "5", "5", "5", "7", "9"]);
        let jit = LESSON.preset_report("fig-4-4", Lang::En);
        assert_eq!(jit.row("cell-wip1", 1..=10), ["2", "2", "2", "2", "1", "0", "0", "0", "1", "1"]);
        let toc = LESSON.preset_report("fig-4-5", Lang::En);
        assert_eq!(toc.row("cell-prod3", 1..=10), ["3", "3", "3", "2", "3", "4", "2", "4", "3", "3"]);
        assert_eq!(toc.row("cell-cap1", 7..=8), ["3", "4"], "boosted while buffer 2 runs low");
        // Over these ten days the capped cell happens to make 30 parts, 3 a day: ten days say little.
        assert_eq!(capped.at("cell-throughput"), "3");
    }

    #[test]
    fn a_hundred_thousand_days_land_near_the_course() {
        let values = crate::kit::codec::preset_values(&LESSON, LESSON.preset("hundred-thousand").unwrap());
        let later = LESSON.deferred.as_ref().and_then(|d| (d.compute)(&values, Lang::En)).unwrap();
        let blocks = later.tables.into_iter().map(Block::Table).collect();
        let compared = Report { sections: vec![Section { title: text::COMPARE_TITLE, blocks }], ..Report::default() };
        let at = |id: &str| compared.at(id);
        let near = |id: &str, target: f64| (at(id).parse::<f64>().unwrap() - target).abs() < 0.03;
        assert!(near("cell-compare-capped-throughput", 2.70), "{}", at("cell-compare-capped-throughput"));
        assert!(near("cell-compare-jit-throughput", 2.90), "{}", at("cell-compare-jit-throughput"));
        assert!(near("cell-compare-toc-throughput", 3.0), "{}", at("cell-compare-toc-throughput"));
        // Uncapped buffers: nearly the stations' 3 a day, bought with a work in process that grows.
        assert!(at("cell-compare-classic-throughput").parse::<f64>().unwrap() > 2.95);
        assert!(at("cell-compare-classic-wip1").replace(',', "").parse::<f64>().unwrap() > 10.0);
        let report = LESSON.preset_report("hundred-thousand", Lang::En);
        assert_eq!(report.at("cell-throughput"), at("cell-compare-toc-throughput"));
    }

    #[test]
    fn exercises_follow_the_capped_equations() {
        for seed in 0..50 {
            let values = (LESSON.exercise.generate)(seed);
            let (days, _) = run(&values, Variant::Capped, 2);
            let asked = questions(&values);
            assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), ["prod3-1", "wip1-2", "wip2-2", "prod3-2"]);
            assert_eq!(asked[0].expected, f64::from(days[0].prods[2]));
            let statement = (LESSON.exercise.statement)(&values, Lang::En);
            assert!(statement.contains(&format_number(days[1].draws[2], Lang::En, 4)));
        }
    }
}
