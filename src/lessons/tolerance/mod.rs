//! The tolerance lesson, `#/tolerance`: shares within and out of tolerance, Cp and Cpk, and how
//! the scrap grows when the mean drifts.

pub mod text;

use crate::charts::tolerance::{drift_chart, process_curve};
use crate::engine::tolerance::{self, ToleranceError, ToleranceInput, ToleranceSolution};
use crate::i18n::{format_number, format_percent, format_scientific, Lang};
use crate::kit::report::{step_lines, Block, Cell, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::Values;
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{Bound, Range};
use crate::t;

/// A dimension: a millimetre part to a ten-metre beam, in mm.
const DIMENSION: Range = Range::between(Bound::Inclusive(-100_000.0), Bound::Inclusive(100_000.0));
/// A spread: a nanometre to ten metres. Its ratio to a dimension stays far from overflow.
const SPREAD: Range = Range::between(Bound::Inclusive(1e-6), Bound::Inclusive(10_000.0));

pub static LESSON: Lesson = Lesson {
    id: "tolerance",
    prefix: "tol",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::PROCESS),
            inputs: &[
                Input::new("mean", text::MEAN, Kind::Number(DIMENSION)).unit(text::MM).hint(text::MEAN_HINT),
                Input::new("sd", text::SD, Kind::Number(SPREAD)).unit(text::MM),
            ],
        },
        Group {
            legend: Some(text::LIMITS),
            inputs: &[
                Input::new("lsl", text::LSL, Kind::Number(DIMENSION)).unit(text::MM),
                Input::new("usl", text::USL, Kind::Number(DIMENSION)).unit(text::MM),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "piston",
            title: t!("Piston : 50 ± 0,06 mm, σ = 0,02", "Piston: 50 ± 0.06 mm, σ = 0.02"),
            link: "mean=50&sd=0.02&lsl=49.94&usl=50.06",
        },
        Preset {
            slug: "piston-drift",
            title: t!("Piston : la moyenne dérive à 50,02", "Piston: the mean drifts to 50.02"),
            link: "mean=50.02&sd=0.02&lsl=49.94&usl=50.06",
        },
        Preset {
            slug: "lathe",
            title: t!("Tour de précision : σ = 0,01 (±6σ)", "Precision lathe: σ = 0.01 (±6σ)"),
            link: "mean=50&sd=0.01&lsl=49.94&usl=50.06",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&tolerance::exercise(seed)),
        statement: |v, lang| text::exercise_statement(&input(v), lang),
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| shares_table(&input, &s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn input(v: &Values) -> ToleranceInput {
    ToleranceInput { mean: v.num("mean"), sd: v.num("sd"), lower: v.num("lsl"), upper: v.num("usl") }
}

fn values(input: &ToleranceInput) -> Values {
    LESSON.defaults().with_num("mean", input.mean).with_num("sd", input.sd).with_num("lsl", input.lower).with_num("usl", input.upper)
}

fn solved(v: &Values) -> Option<(ToleranceInput, ToleranceSolution)> {
    let input = input(v);
    tolerance::solve(&input).ok().map(|s| (input, s))
}

/// A share as a percentage, two decimals or 4 significant digits (99,73 %, 2,275 %, 0,0001973 %).
fn share(p: f64, lang: Lang) -> String {
    format_percent(p, lang, 2)
}

/// A share close to 100 % with enough decimals that what is missing shows (99,9999998 %, never a
/// rounded 100 % while parts are still out).
fn share_within(within: f64, outside: f64, lang: Lang) -> String {
    let needed = if outside > 0.0 { (-(outside * 100.0).log10()).ceil() + 1.0 } else { 2.0 };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 2…12
    let decimals = needed.clamp(2.0, 12.0) as usize;
    format_percent(within, lang, decimals)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = tolerance::solve(&input).map_err(|e| {
        let field = match e {
            ToleranceError::Spread => "sd",
            ToleranceError::LimitsOrder => "usl",
        };
        Problem::field(field, text::error_message(e, lang))
    })?;
    let mut results = vec![
        ResultLine::new(text::WITHIN, share_within(s.within, s.out, lang), "tol-in").main(),
        ResultLine::new(text::BELOW, share(s.below, lang), "tol-below"),
        ResultLine::new(text::ABOVE, share(s.above, lang), "tol-above"),
        ResultLine::new(text::PPM, format_number(s.ppm, lang, 2), "tol-ppm").unit(text::PPM_UNIT),
        ResultLine::new(text::CP, format_number(s.cp, lang, 3), "tol-cp"),
        ResultLine::new(text::CPK, format_number(s.cpk, lang, 3), "tol-cpk"),
    ];
    if let Some(factor) = s.factor {
        results.push(ResultLine::new(text::FACTOR, format_number(factor, lang, 2), "tol-factor").unit(text::TIMES));
    }
    let drift = tolerance::drift_table(&input);
    let sections = vec![
        Section {
            title: text::CURVE_TITLE,
            blocks: vec![Block::Figure {
                chart: process_curve(&input, lang).to_json(),
                label: text::CURVE,
                test_id: "tol-curve".to_owned(),
                data: Tabular::Table(shares_table(&input, &s, lang)),
            }],
        },
        Section {
            title: text::DRIFT_TITLE,
            blocks: vec![Block::Figure {
                chart: drift_chart(&drift, lang).to_json(),
                label: text::DRIFT,
                test_id: "tol-drift".to_owned(),
                data: Tabular::Table(drift_table(&drift, lang)),
            }],
        },
        Section { title: text::SIGMA_TITLE, blocks: vec![Block::Table(sigma_table(lang))] },
    ];
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&s.steps, text::step_title, lang) })
}

/// Below, within and above, with each limit's standard score.
fn shares_table(input: &ToleranceInput, s: &ToleranceSolution, lang: Lang) -> Table {
    let z = |limit: f64| format_number((limit - input.mean) / input.sd, lang, 3);
    let row = |zone: &str, z: String, p: f64, key: &str| {
        let shown = if key == "within" { share_within(p, s.out, lang) } else { share(p, lang) };
        vec![
            Cell::new(zone).words(),
            Cell::new(z),
            Cell::with_id(shown, format!("tol-shares-{key}")),
            Cell::with_id(format_number(p * 1e6, lang, 2), format!("tol-shares-{key}-ppm")),
        ]
    };
    let rows = vec![
        row(text::BELOW.get(lang), z(input.lower), s.below, "below"),
        row(text::WITHIN.get(lang), String::new(), s.within, "within"),
        row(text::ABOVE.get(lang), z(input.upper), s.above, "above"),
    ];
    Table::new(text::SHARES, &[text::COL_ZONE, text::COL_Z, text::COL_SHARE, text::COL_PPM], "tol-shares", lang).rows(rows)
}

fn drift_table(rows: &[(f64, f64, f64, Option<f64>)], lang: Lang) -> Table {
    let rows = rows
        .iter()
        .enumerate()
        .map(|(r, (shift, mean, out, factor))| {
            vec![
                Cell::new(format_number(*shift, lang, 1)),
                Cell::new(format_number(*mean, lang, 4)),
                Cell::with_id(share(*out, lang), format!("tol-drift-{r}-out")),
                Cell::with_id(factor.map_or_else(|| "—".to_owned(), |f| format_number(f, lang, 2)), format!("tol-drift-{r}-factor")),
            ]
        })
        .collect();
    Table::new(text::DRIFT_TABLE, &[text::COL_SHIFT, text::COL_MEAN, text::COL_OUT, text::COL_FACTOR], "tol-drift-table", lang).rows(rows)
}

fn sigma_table(lang: Lang) -> Table {
    let rows = tolerance::sigma_table()
        .iter()
        .map(|(k, inside, outside)| {
            let k_shown = format_number(*k, lang, 0);
            vec![
                Cell::new(format!("±{k_shown}σ")),
                Cell::with_id(share_within(*inside, *outside, lang), format!("tol-sigma-{k_shown}-in")),
                Cell::with_id(format_scientific(*outside, lang), format!("tol-sigma-{k_shown}-out")),
            ]
        })
        .collect();
    Table::new(text::SIGMA_TABLE, &[text::COL_K, text::COL_INSIDE, text::COL_OUTSIDE], "tol-sigma", lang).rows(rows)
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((_, s)) = solved(v) else { return Vec::new() };
    vec![
        Question::new("above", t!("Part au-dessus de USL (%)", "Share above USL (%)"), s.above * 100.0, Tolerance::Absolute(0.05), 3)
            .hint(t!("z = (USL − μ)/σ, puis la queue de la loi normale au-delà de z.", "z = (USL − μ)/σ, then the normal tail beyond z."))
            .mistake(
                (1.0 - s.above) * 100.0,
                t!("C’est la part sous USL : la part au-dessus est 1 − Φ(z).", "That is the share below USL: the share above is 1 − Φ(z)."),
            ),
        Question::new("out", t!("Part hors tolérance (%)", "Share out of tolerance (%)"), s.out * 100.0, Tolerance::Absolute(0.05), 3)
            .hint(t!("Additionnez les deux queues, sous LSL et au-dessus de USL.", "Add both tails, below LSL and above USL."))
            .mistake(
                s.above * 100.0,
                t!("N’oubliez pas la queue sous LSL, même petite.", "Do not forget the tail below LSL, however small."),
            ),
        Question::new("cp", t!("Cp", "Cp"), s.cp, Tolerance::Absolute(0.005), 3).hint(t!("(USL − LSL)/(6σ).", "(USL − LSL)/(6σ).")),
        Question::new("cpk", t!("Cpk", "Cpk"), s.cpk, Tolerance::Absolute(0.005), 3)
            .hint(t!(
                "La distance de la moyenne à la limite la plus proche, divisée par 3σ.",
                "The distance from the mean to the nearer limit, over 3σ."
            ))
            .mistake(s.cp, t!("C’est Cp : Cpk tient compte de la dérive de la moyenne.", "That is Cp: Cpk accounts for the mean’s drift.")),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(_, s)| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    #[test]
    fn the_course_pistons_and_lathe() {
        let centred = LESSON.preset_report("piston", Lang::En);
        assert_eq!(centred.at("tol-in"), "99.73%");
        assert_eq!(centred.at("tol-above"), "0.135%");
        assert_eq!((centred.at("tol-cp"), centred.at("tol-cpk")), ("1".into(), "1".into()));
        let drift = LESSON.preset_report("piston-drift", Lang::Fr);
        assert_eq!(drift.at("tol-above"), "2,275\u{a0}%");
        assert_eq!(drift.at("tol-below"), "0,003167\u{a0}%");
        assert_eq!(drift.at("tol-factor"), "8,438", "the course's “seven times” is a rounding");
        assert_eq!(drift.at("tol-cpk"), "0,6667");
        assert_eq!(drift.at("tol-ppm"), "22\u{a0}781,8");
        let lathe = LESSON.preset_report("lathe", Lang::En);
        assert_eq!(lathe.at("tol-ppm"), "0.001973");
        assert_eq!(lathe.at("tol-cp"), "2");
        assert_eq!(lathe.at("tol-sigma-6-out"), "1.973 × 10⁻⁹");
        assert_eq!(lathe.at("tol-sigma-1-in"), "68.27%");
        assert_eq!(lathe.at("tol-sigma-2-in"), "95.45%");
        // Never a rounded 100 % while parts are still out.
        assert_eq!(lathe.at("tol-sigma-6-in"), "99.9999998%");
        assert_eq!(lathe.at("tol-in"), "99.9999998%");
        assert_eq!(lathe.at("tol-sigma-4-in"), "99.9937%");
        // A drift of 1σ on the lathe: 5σ to the upper limit, 145 times the centred scrap.
        assert_eq!(lathe.at("tol-drift-2-factor"), "145.27");
    }

    #[test]
    fn errors_name_their_field() {
        let values = preset_values(&LESSON, LESSON.preset("piston").unwrap());
        let problem = solve(&values.clone().with_num("usl", 49.0), Lang::En).unwrap_err();
        assert_eq!(problem.param(), Some("usl"));
        assert!(problem.message.contains("USL"));
    }

    #[test]
    fn exercises_ask_about_their_own_process() {
        let values = (LESSON.exercise.generate)(3);
        let (_, s) = solved(&values).unwrap();
        let asked = questions(&values);
        assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), ["above", "out", "cp", "cpk"]);
        assert_eq!(asked[1].expected, s.out * 100.0);
        assert!(text::exercise_statement(&input(&values), Lang::En).contains(&format_number(input(&values).sd, Lang::En, 4)));
    }
}
