//! The EOQ/EPQ lesson, `#/eoq`: its declaration, its report and its exercises.

pub mod text;

use crate::charts::eoq::{cost_chart, stock_chart};
use crate::engine::eoq::{self, cost_points, stock_profile, EoqInput, EoqSolution};
use crate::engine::rng::Rng;
use crate::i18n::{format_column, format_number, format_percent, with_percent_sign, Lang};
use crate::kit::report::{step_lines, Block, Cell, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::Values;
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::bounds;
use crate::t;

pub static LESSON: Lesson = Lesson {
    id: "eoq",
    prefix: "eoq",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: None,
            inputs: &[
                Input::new("N", text::N, Kind::Number(bounds::POSITIVE_QUANTITY)).unit(text::UNITS_PER_YEAR),
                Input::new("L", text::L, Kind::Number(bounds::POSITIVE_MONEY)).unit(text::MONEY),
                Input::new("a", text::A, Kind::Number(bounds::POSITIVE_MONEY)).unit(text::MONEY_PER_UNIT),
                Input::new("p", text::P, Kind::Number(bounds::POSITIVE_RATE)).hint(text::P_HINT),
            ],
        },
        Group {
            legend: Some(text::EPQ_SECTION),
            inputs: &[
                Input::new("PR", text::PR, Kind::Optional(bounds::POSITIVE_QUANTITY)).hint(text::RATES_HINT),
                Input::new("CO", text::CO, Kind::Optional(bounds::POSITIVE_QUANTITY)),
            ],
        },
        Group {
            legend: None,
            inputs: &[Input::new("Q", text::Q, Kind::Optional(bounds::POSITIVE_QUANTITY)).unit(text::UNITS).hint(text::Q_HINT)],
        },
    ],
    presets: &[
        Preset {
            slug: "wilson-basic",
            title: t!("Wilson : 1 000 unités par an", "Wilson: 1,000 units a year"),
            link: "N=1000&L=10&a=5&p=0.1",
        },
        Preset {
            slug: "flat-bottom",
            title: t!("Fond plat : commander 20 % de trop", "Flat bottom: ordering 20% too much"),
            // Q* is exactly 1 000 here, so Q = 1 200 is 20 % too much, for 1,67 % more cost.
            link: "N=12500&L=100&a=10&p=0.25&Q=1200",
        },
        Preset {
            slug: "epq-workshop",
            title: t!("Production en continu (EPQ)", "Gradual production (EPQ)"),
            link: "N=18000&L=400&a=12&p=0.2&PR=300&CO=75",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: exercise,
        statement: |v, lang| text::exercise_statement(&input(v), lang),
        questions,
        steps,
        tables: |_, _| Vec::new(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// Lots shown in the cost table, as multiples of Q*.
const TABLE_MULTIPLES: [f64; 7] = [0.5, 0.75, 0.9, 1.0, 1.1, 1.5, 2.0];

pub fn input(v: &Values) -> EoqInput {
    EoqInput {
        annual_demand: v.num("N"),
        order_cost: v.num("L"),
        unit_price: v.num("a"),
        holding_rate: v.num("p"),
        production_rate: v.opt("PR"),
        consumption_rate: v.opt("CO"),
        compare_lot: v.opt("Q"),
    }
}

fn solved(v: &Values) -> Result<(EoqInput, EoqSolution), Problem> {
    let input = input(v);
    eoq::solve(&input).map(|s| (input, s)).map_err(|e| Problem::field(e.field().param(), String::new()))
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = eoq::solve(&input).map_err(|e| Problem::field(e.field().param(), text::error_message(e, lang)))?;
    let num = |value: f64, decimals: usize| format_number(value, lang, decimals);
    let mut results = vec![
        ResultLine::new(text::RESULT_Q, num(s.lot, 2), "eoq-q").unit(text::UNITS).main(),
        ResultLine::new(text::RESULT_COST, num(s.annual_cost, 2), "eoq-cost").unit(text::MONEY).main(),
        ResultLine::new(text::RESULT_ORDERING, num(s.ordering_cost, 2), "eoq-ordering-cost").unit(text::MONEY),
        ResultLine::new(text::RESULT_HOLDING, num(s.holding_cost, 2), "eoq-holding-cost").unit(text::MONEY),
        ResultLine::new(text::RESULT_ORDERS, num(s.orders_per_year, 2), "eoq-orders"),
        ResultLine::new(text::RESULT_CYCLE, num(s.cycle_days, 1), "eoq-cycle-days"),
        ResultLine::new(text::RESULT_PEAK, num(s.peak_stock, 2), "eoq-peak").unit(text::UNITS),
        ResultLine::new(text::RESULT_AVERAGE, num(s.peak_stock / 2.0, 2), "eoq-average-stock").unit(text::UNITS),
    ];
    if let Some(c) = s.comparison {
        results.push(ResultLine::new(text::RESULT_COMPARE, num(c.annual_cost, 2), "eoq-compare-cost").unit(text::MONEY));
        results.push(ResultLine::new(text::RESULT_EXTRA, format_percent(c.extra_percent / 100.0, lang, 2), "eoq-compare-extra"));
    }

    let mut lots: Vec<f64> = TABLE_MULTIPLES.iter().map(|m| m * s.lot).collect();
    if let Some(c) = s.comparison {
        lots.push(c.lot);
        lots.sort_by(f64::total_cmp);
    }
    let points = cost_points(&input, &s, lots);
    // The extra cost over Q* lines up in its column: one number of decimals for all.
    let extra = format_column(&points.iter().map(|p| 100.0 * (p.total / s.annual_cost - 1.0)).collect::<Vec<_>>(), lang, 2);
    let cost_rows = points
        .into_iter()
        .zip(extra)
        .map(|(p, extra)| {
            vec![
                Cell::new(num(p.lot, 1)),
                Cell::new(num(p.ordering, 2)),
                Cell::new(num(p.holding, 2)),
                Cell::new(num(p.total, 2)),
                Cell::new(with_percent_sign(extra, lang)),
            ]
        })
        .collect();
    let stock_rows = stock_profile(&s, 3).into_iter().map(|(day, stock)| vec![Cell::new(num(day, 1)), Cell::new(num(stock, 1))]).collect();
    let charts = Section {
        title: text::CHARTS,
        blocks: vec![
            Block::Figure {
                chart: cost_chart(&input, &s, lang).to_json(),
                label: text::COST_CHART,
                test_id: "eoq-cost-chart".to_owned(),
                data: Tabular::Table(
                    Table::new(
                        text::COST_TABLE,
                        &[text::COL_LOT, text::COL_ORDERING, text::COL_HOLDING, text::COL_TOTAL, text::COL_EXTRA],
                        "eoq-cost-table",
                        lang,
                    )
                    .rows(cost_rows),
                ),
            },
            Block::Figure {
                chart: stock_chart(&s, lang).to_json(),
                label: text::STOCK_CHART,
                test_id: "eoq-stock-chart".to_owned(),
                data: Tabular::Table(
                    Table::new(text::STOCK_TABLE, &[text::COL_DAY, text::COL_STOCK], "eoq-stock-table", lang).rows(stock_rows),
                ),
            },
        ],
    };
    let side = rates_note(&input, lang).map(|text| vec![Block::Note { text, test_id: "eoq-rates-note".to_owned() }]).unwrap_or_default();
    Ok(Report { results, side, sections: vec![charts], steps: step_lines(&s.steps, text::step_title, lang) })
}

/// Days in a year of consumption at the rate CO: calendar days, or working days.
const DAYS_PER_YEAR: [f64; 2] = [365.0, 250.0];

/// When CO is given per day, CO × days should be about N: a note (not an error, the units are
/// the learner's) when it matches neither a calendar year nor a working year within 10 %.
fn rates_note(input: &EoqInput, lang: Lang) -> Option<String> {
    let co = input.consumption_rate?;
    input.production_rate?;
    let n = input.annual_demand;
    let yearly = DAYS_PER_YEAR.map(|days| co * days);
    if yearly.iter().any(|y| (y - n).abs() <= 0.1 * n) {
        return None;
    }
    let num = |v: f64| format_number(v, lang, 2);
    Some(match lang {
        Lang::Fr => format!(
            "À vérifier : avec CO = {} par jour, on consomme {} par an (365 jours) ou {} (250 jours ouvrés), pas N = {}. Les cadences et N doivent décrire la même consommation.",
            num(co), num(yearly[0]), num(yearly[1]), num(n)
        ),
        Lang::En => format!(
            "Check: at CO = {} a day, {} are used a year (365 days) or {} (250 working days), not N = {}. The rates and N should describe the same consumption.",
            num(co), num(yearly[0]), num(yearly[1]), num(n)
        ),
    })
}

fn exercise(seed: u64) -> Values {
    let mut rng = Rng::new(seed);
    let n = rng.step(1_200, 60_000, 100) as f64;
    let l = rng.step(20, 400, 5) as f64;
    let a = rng.pick(&[2.5, 4.0, 6.0, 8.0, 12.5, 15.0, 24.0, 40.0, 75.0, 120.0]);
    let p = rng.pick(&[0.1, 0.15, 0.2, 0.25, 0.3]);
    let values = LESSON.defaults().with_num("L", l).with_num("a", a).with_num("p", p);
    // One exercise in three has gradual production, so students meet both formulas; its yearly
    // demand is the daily consumption over a 365-day year, so the statement agrees with itself.
    if rng.int(0, 2) == 0 {
        let co = rng.step(20, 200, 10) as f64;
        let pr = co * rng.pick(&[1.5, 2.0, 2.5, 4.0, 5.0]);
        values.with_num("N", co * DAYS_PER_YEAR[0]).with_num("PR", pr).with_num("CO", co)
    } else {
        values.with_num("N", n)
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Ok((input, solution)) = solved(v) else { return Vec::new() };
    let within = Tolerance::Relative(0.01);
    let (n, l, a, p) = (input.annual_demand, input.order_cost, input.unit_price, input.holding_rate);
    let factor = solution.build_up_factor.unwrap_or(1.0);
    vec![
        Question::new("q", t!("Lot économique Q* (unités)", "Optimal lot Q* (units)"), solution.lot, within, 1)
            .hint(t!(
                "Q* = √(2·L·N / (p·a)), divisé par √(1 − CO/PR) si les cadences sont données.",
                "Q* = √(2·L·N / (p·a)), divided by √(1 − CO/PR) when the rates are given."
            ))
            .mistake(
                solution.lot / 2f64.sqrt(),
                t!("C’est Q*/√2 : le 2 de 2·L·N manque sous la racine.", "That is Q*/√2: the 2 of 2·L·N is missing under the root."),
            )
            .mistake(
                (2.0 * l * n / (p * factor)).sqrt(),
                t!("Le coût de possession d’une unité est p·a, pas p seul.", "Holding one unit costs p·a, not p alone."),
            )
            .mistake(
                (2.0 * l * n / (p * a)).sqrt(),
                t!(
                    "C’est la formule de Wilson : avec une production progressive, divisez aussi par 1 − CO/PR.",
                    "That is Wilson’s formula: with gradual production, also divide by 1 − CO/PR."
                ),
            ),
        Question::new("cost", t!("Coût annuel commande + possession", "Annual ordering + holding cost"), solution.annual_cost, within, 2)
            .hint(t!(
                "L·N/Q* pour les commandes, plus p·a × stock moyen (Q*/2, ou Q*·(1 − CO/PR)/2).",
                "L·N/Q* for ordering, plus p·a × the average stock (Q*/2, or Q*·(1 − CO/PR)/2)."
            ))
            .mistake(
                solution.ordering_cost + 2.0 * solution.holding_cost,
                t!("Le stock moyen est Q/2, pas Q.", "The average stock is Q/2, not Q."),
            ),
        Question::new("orders", t!("Nombre de commandes par an", "Orders per year"), solution.orders_per_year, within, 2)
            .hint(t!("N / Q*.", "N / Q*."))
            .mistake(solution.lot / n, t!("C’est Q/N : le nombre de commandes est N/Q.", "That is Q/N: the number of orders is N/Q.")),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(_, s)| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::{link_params, read_link};
    use crate::scenario::links::{build_fragment, parse_fragment, LinkProblem};

    fn read(fragment: &str) -> crate::kit::codec::LessonLink {
        read_link(&LESSON, &parse_fragment(fragment).params)
    }

    #[test]
    fn issue_link_reads_and_solves() {
        let link = read("#/eoq?N=1000&L=10&a=5&p=0.1");
        assert!(link.problems.is_empty());
        let (_, solution) = solved(&link.values.unwrap()).unwrap();
        assert!((solution.lot - 200.0).abs() < 1e-9);
        assert!((solution.annual_cost - 100.0).abs() < 1e-9);
        assert!((solution.orders_per_year - 5.0).abs() < 1e-9);
    }

    #[test]
    fn odd_values_round_trip_exactly() {
        let odd =
            LESSON.defaults().with_num("N", 1234.567).with_num("L", 0.1 + 0.2).with_num("a", 2e-6).with_num("PR", 3.0).with_num("CO", 2.0);
        let fragment = build_fragment("eoq", &link_params(&LESSON, &odd, None, Lang::En));
        assert_eq!(read(&fragment).values, Some(odd));
    }

    #[test]
    fn bad_link_values_fall_back_and_are_named() {
        let link = read("#/eoq?N=lots&L=0&a=2,5&p=30&foo=1&preset=nope");
        let values = link.values.unwrap();
        let defaults = LESSON.defaults();
        assert_eq!(
            (values.num("N"), values.num("L"), values.num("a"), values.num("p")),
            (defaults.num("N"), defaults.num("L"), 2.5, defaults.num("p"))
        );
        let named: Vec<&str> = link.problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["preset", "N", "L", "p", "foo"]);
    }

    #[test]
    fn preset_then_override() {
        let link = read("#/eoq?preset=epq-workshop&N=9000");
        assert_eq!(link.preset, Some("epq-workshop"));
        let values = link.values.unwrap();
        assert_eq!((values.num("N"), values.opt("PR")), (9000.0, Some(300.0)));
    }

    #[test]
    fn report_names_every_number_and_the_culprit() {
        let report = solve(&LESSON.defaults(), Lang::Fr).unwrap();
        let ids: Vec<&str> = report.results.iter().map(|r| r.test_id.as_str()).collect();
        assert_eq!(
            ids,
            ["eoq-q", "eoq-cost", "eoq-ordering-cost", "eoq-holding-cost", "eoq-orders", "eoq-cycle-days", "eoq-peak", "eoq-average-stock"]
        );
        assert_eq!(report.results[0].value, "200");
        assert_eq!(report.steps.iter().find(|s| s.key == "lot").unwrap().numbers, "√(2 × 10 × 1\u{a0}000 / (0,1 × 5))");
        let problem = solve(&LESSON.defaults().with_num("PR", 5.0).with_num("CO", 8.0), Lang::En).unwrap_err();
        assert_eq!(problem.param(), Some("CO"));
        assert!(problem.message.contains("below PR"));
    }

    #[test]
    fn flat_bottom_is_twenty_percent_over_the_optimum() {
        let values = crate::kit::codec::preset_values(&LESSON, LESSON.preset("flat-bottom").unwrap());
        let (_, s) = solved(&values).unwrap();
        assert!((s.lot - 1000.0).abs() < 1e-9);
        let extra = s.comparison.unwrap().extra_percent;
        assert!((extra - 100.0 / 60.0).abs() < 1e-9, "{extra}");
    }

    #[test]
    fn epq_exercises_agree_with_themselves() {
        // Regression: seed 1 gave 24 900 a year but 150 a day (54 750 a year).
        for seed in 0..200 {
            let values = exercise(seed);
            if let Some(co) = values.opt("CO") {
                assert_eq!(values.num("N"), co * 365.0, "seed {seed}");
                assert!(rates_note(&input(&values), Lang::En).is_none());
            }
        }
        let odd = LESSON.defaults().with_num("N", 24_900.0).with_num("PR", 300.0).with_num("CO", 150.0);
        assert!(rates_note(&input(&odd), Lang::En).unwrap().contains("54,750"));
    }

    #[test]
    fn stored_json_is_the_first_release_format() {
        let json = crate::kit::codec::to_json(&LESSON, &LESSON.defaults()).to_string();
        assert_eq!(json, r#"{"CO":null,"L":10.0,"N":1000.0,"PR":null,"Q":null,"a":5.0,"p":0.1}"#);
        let old: serde_json::Value = serde_json::from_str(r#"{"N":1,"L":2,"a":3,"p":0.4}"#).unwrap();
        assert_eq!(crate::kit::codec::from_json(&LESSON, &old).unwrap().opt("PR"), None);
    }
}
