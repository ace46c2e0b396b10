//! The safety stock and reorder point lesson, `#/reorder-point`.

pub mod text;

use crate::charts::reorder_point::demand_chart;
use crate::engine::normal;
use crate::engine::safety_stock::{self, Method, Model, SafetyStockInput, SafetyStockSolution};
use crate::i18n::{format_number, format_percent, Lang};
use crate::kit::report::{step_lines, Block, Cell, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Value, Values};
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Range};
use crate::t;

const STATISTICAL: fn(&Values) -> bool = |v| v.choice("method") == "stat";
const WORST: fn(&Values) -> bool = |v| v.choice("method") == "worst";

pub static LESSON: Lesson = Lesson {
    id: "reorder-point",
    prefix: "rop",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[Group {
        legend: None,
        inputs: &[
            Input::new("method", text::METHOD, Kind::Choice(&[("stat", text::METHOD_STAT), ("worst", text::METHOD_WORST)])),
            Input::new("d", text::D, Kind::Number(bounds::QUANTITY)).unit(text::UNITS_PER_PERIOD),
            Input::new("lt", text::LT, Kind::Number(bounds::POSITIVE_PERIODS)).unit(text::PERIODS),
            Input::new("sd", text::SD, Kind::Number(bounds::QUANTITY)).unit(text::UNITS_PER_PERIOD),
            // With a variable lead time σ has its own formula, so the model picker would do nothing: it is hidden.
            Input::new("model", text::MODEL, Kind::Choice(&[("course", text::MODEL_COURSE), ("sqrt", text::MODEL_SQRT)]))
                .shown_when(|v| STATISTICAL(v) && v.opt("sdlt").is_none()),
            Input::new("sl", text::SL, Kind::Number(Range::FRACTION_OPEN)).hint(text::SL_HINT).shown_when(STATISTICAL),
            Input::new("sdlt", text::SDLT, Kind::Optional(bounds::PERIODS))
                .unit(text::PERIODS)
                .hint(text::SDLT_HINT)
                .shown_when(STATISTICAL),
            Input::new("dmax", text::DMAX, Kind::Optional(bounds::QUANTITY)).unit(text::UNITS_PER_PERIOD).shown_when(WORST),
            Input::new("ltmax", text::LTMAX, Kind::Optional(bounds::POSITIVE_PERIODS)).unit(text::PERIODS).shown_when(WORST),
            Input::new("ss", text::TRIAL, Kind::Optional(bounds::QUANTITY)).unit(text::UNITS).hint(text::TRIAL_HINT),
        ],
    }],
    presets: &[
        Preset {
            slug: "course-95",
            title: t!("Cours : 95 %, modèle du cours", "Course: 95%, course model"),
            link: "method=stat&d=325&sd=50&lt=2&sl=0.95&model=course",
        },
        Preset { slug: "course-99", title: t!("Cours : 99 %", "Course: 99%"), link: "method=stat&d=325&sd=50&lt=2&sl=0.99&model=course" },
        Preset {
            slug: "sqrt-model",
            title: t!("Périodes indépendantes (√LT)", "Independent periods (√LT)"),
            link: "method=stat&d=325&sd=50&lt=2&sl=0.95&model=sqrt",
        },
        Preset {
            slug: "lead-time-varies",
            title: t!("Délai variable (écart type 0,5)", "Variable lead time (sd 0.5)"),
            link: "method=stat&d=325&sd=50&lt=2&sl=0.95&model=course&sdlt=0.5",
        },
        Preset {
            slug: "what-if-200",
            title: t!("Quel service donne SS = 200 ?", "What service does SS = 200 give?"),
            link: "method=stat&d=325&sd=50&lt=2&sl=0.95&model=course&ss=200",
        },
        Preset {
            slug: "worst-case",
            title: t!("Méthode géométrique (pire cas)", "Worst-case method"),
            link: "method=worst&d=325&sd=50&lt=2&sl=0.95&model=course&dmax=450&ltmax=3",
        },
    ],
    imports: &[],
    storage_version: 2,
    migrate,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&safety_stock::exercise(seed)),
        statement: |v, lang| text::exercise_statement(&input(v), lang),
        questions,
        steps,
        tables: |_, _| Vec::new(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// Version 1 stored the method and model by their Rust names; version 2 by their link slugs.
fn migrate(from: u32, mut json: serde_json::Value) -> Option<serde_json::Value> {
    if from != 1 {
        return None;
    }
    let object = json.as_object_mut()?;
    let method = match object.get("method")?.as_str()? {
        "WorstCase" => "worst",
        _ => "stat",
    };
    let model = match object.get("model")?.as_str()? {
        "Sqrt" => "sqrt",
        _ => "course",
    };
    object.insert("method".into(), method.into());
    object.insert("model".into(), model.into());
    Some(json)
}

pub fn input(v: &Values) -> SafetyStockInput {
    SafetyStockInput {
        method: if v.choice("method") == "worst" { Method::WorstCase } else { Method::Statistical },
        mean_demand: v.num("d"),
        sd_demand: v.num("sd"),
        lead_time: v.num("lt"),
        service_level: v.num("sl"),
        model: if v.choice("model") == "sqrt" { Model::Sqrt } else { Model::Course },
        sd_lead_time: v.opt("sdlt"),
        max_demand: v.opt("dmax"),
        max_lead_time: v.opt("ltmax"),
        trial_safety_stock: v.opt("ss"),
    }
}

fn values(input: &SafetyStockInput) -> Values {
    let optional = |v: Option<f64>| Value::Number(v);
    LESSON
        .defaults()
        .with("method", Value::Choice(if input.method == Method::WorstCase { "worst" } else { "stat" }))
        .with_num("d", input.mean_demand)
        .with_num("sd", input.sd_demand)
        .with_num("lt", input.lead_time)
        .with_num("sl", input.service_level)
        .with("model", Value::Choice(if input.model == Model::Sqrt { "sqrt" } else { "course" }))
        .with("sdlt", optional(input.sd_lead_time))
        .with("dmax", optional(input.max_demand))
        .with("ltmax", optional(input.max_lead_time))
        .with("ss", optional(input.trial_safety_stock))
}

fn solved(v: &Values) -> Option<SafetyStockSolution> {
    safety_stock::solve(&input(v)).ok()
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let s = safety_stock::solve(&input(v)).map_err(|e| Problem::field(e.field().param(), text::error_message(e, lang)))?;
    let num = |value: Option<f64>, decimals: usize| value.map_or_else(|| "—".to_owned(), |v| format_number(v, lang, decimals));
    let percent = |value: Option<f64>| value.map_or_else(|| "—".to_owned(), |v| format_percent(v, lang, 4));
    let mut results = vec![
        ResultLine::new(text::RESULT_SS, num(Some(s.safety_stock), 2), "rop-ss").unit(text::UNITS).main(),
        ResultLine::new(text::RESULT_PC, num(Some(s.reorder_point), 2), "rop-pc").unit(text::UNITS).main(),
        ResultLine::new(text::RESULT_Z, num(s.z, 4), "rop-z"),
        ResultLine::new(text::RESULT_TABLE_Z, num(s.table_z, 2), "rop-table-z"),
        ResultLine::new(text::RESULT_MEAN, num(Some(s.lead_time_demand), 2), "rop-lt-demand").unit(text::UNITS),
        ResultLine::new(text::RESULT_SIGMA, num(s.sigma, 2), "rop-sigma").unit(text::UNITS),
        ResultLine::new(text::RESULT_SERVICE, percent(s.implied_service_level), "rop-service"),
        ResultLine::new(text::RESULT_STOCKOUT, percent(s.stockout_probability), "rop-stockout"),
    ];
    if let Some(trial) = s.trial {
        results.push(ResultLine::new(text::RESULT_TRIAL_SERVICE, percent(Some(trial.service_level)), "rop-trial-service"));
        results.push(ResultLine::new(text::RESULT_TRIAL_STOCKOUT, percent(Some(trial.stockout_probability)), "rop-trial-stockout"));
    }
    let chart = match (demand_chart(&s, lang), s.sigma) {
        (Some(chart), Some(sigma)) => Block::Figure {
            chart: chart.to_json(),
            label: text::CHART,
            test_id: "rop-chart".to_owned(),
            data: Tabular::Table(
                Table::new(text::TABLE, &[text::COL_LEVEL, text::COL_Z, text::COL_COVER, text::COL_TAIL], "rop-table", lang)
                    .rows(level_rows(&s, sigma, lang)),
            ),
        },
        _ => Block::Note { text: text::NO_CHART.get(lang).to_owned(), test_id: "rop-no-chart".to_owned() },
    };
    Ok(Report {
        results,
        side: Vec::new(),
        sections: vec![Section { title: text::CHART_TITLE, blocks: vec![chart] }],
        steps: step_lines(&s.steps, text::step_title, lang),
    })
}

/// The stock on hand when ordering at a few levels around the mean, and the chance each covers the lead time.
fn level_rows(s: &SafetyStockSolution, sigma: f64, lang: Lang) -> Vec<Vec<Cell>> {
    let mut levels: Vec<f64> = [0.0, 1.0, 2.0, 3.0].iter().map(|k| s.lead_time_demand + k * sigma).collect();
    levels.push(s.reorder_point);
    levels.sort_by(f64::total_cmp);
    levels.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    levels
        .into_iter()
        .map(|level| {
            let z = (level - s.lead_time_demand) / sigma;
            let name = if (level - s.reorder_point).abs() < 1e-9 {
                format!("PC = {}", format_number(level, lang, 2))
            } else {
                format_number(level, lang, 2)
            };
            vec![
                Cell::new(name),
                Cell::new(format_number(z, lang, 4)),
                Cell::new(format_percent(normal::cdf(z), lang, 4)),
                Cell::new(format_percent(normal::upper_tail(z), lang, 4)),
            ]
        })
        .collect()
}

fn questions(v: &Values) -> Vec<Question> {
    let input = input(v);
    let Some(solution) = solved(v) else { return Vec::new() };
    let within = Tolerance::Relative(0.01);
    let mut out = Vec::new();
    if let Some(z) = solution.z {
        // ± 0.01 accepts the course's two-decimal table values (1.65 for 1.6449).
        out.push(Question::new("z", t!("Coefficient z", "Coefficient z"), z, Tolerance::Absolute(0.01), 4).hint(t!(
            "z est le quantile de la loi normale pour le taux de service (table : 95 % → 1,65).",
            "z is the normal quantile of the service level (table: 95% → 1.65)."
        )));
    }
    let z = solution.z.unwrap_or(0.0);
    out.push(
        Question::new("ss", t!("Stock de sécurité SS (unités)", "Safety stock SS (units)"), solution.safety_stock, within, 1)
            .hint(t!("SS = z × σ, avec σ = Csd·LT dans le modèle du cours.", "SS = z × σ, with σ = Csd·LT in the course model."))
            .mistake(
                z * input.sd_demand * input.lead_time.sqrt(),
                t!("C’est z·Csd·√LT : le modèle du cours prend σ = Csd·LT.", "That is z·Csd·√LT: the course model takes σ = Csd·LT."),
            )
            .mistake(
                z * input.sd_demand,
                t!(
                    "L’écart type doit couvrir tout le délai : σ = Csd·LT, pas Csd.",
                    "The spread must cover the whole lead time: σ = Csd·LT, not Csd."
                ),
            ),
    );
    out.push(
        Question::new("pc", t!("Point de commande PC (unités)", "Reorder point PC (units)"), solution.reorder_point, within, 1)
            .hint(t!("PC = SS + Cmoy·LT.", "PC = SS + Cmoy·LT."))
            .mistake(
                solution.lead_time_demand,
                t!("Le stock de sécurité manque : PC = SS + Cmoy·LT.", "The safety stock is missing: PC = SS + Cmoy·LT."),
            ),
    );
    out
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|s| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::read_link;
    use crate::scenario::links::{parse_fragment, LinkProblem};

    #[test]
    fn issue_example_link() {
        let link = read_link(&LESSON, &parse_fragment("#/reorder-point?d=325&sd=50&lt=2&sl=0.95").params);
        assert!(link.problems.is_empty());
        let s = solved(&link.values.unwrap()).unwrap();
        assert!((s.z.unwrap() - 1.645).abs() < 5e-4);
        assert!((s.safety_stock - 164.5).abs() < 0.05);
    }

    #[test]
    fn presets_match_the_engine_examples() {
        assert_eq!(input(&LESSON.defaults()), safety_stock::course_example());
        let worst = solved(&crate::kit::codec::preset_values(&LESSON, LESSON.preset("worst-case").unwrap())).unwrap();
        assert_eq!((worst.safety_stock, worst.reorder_point), (700.0, 1350.0));
    }

    #[test]
    fn bad_values_are_named() {
        let link = read_link(&LESSON, &parse_fragment("#/reorder-point?sl=1.2&model=cube&method=worst&lt=0").params);
        let named: Vec<&str> = link.problems.iter().map(LinkProblem::param).collect();
        assert_eq!(named, vec!["lt", "model", "sl"]);
        assert_eq!(link.values.unwrap().choice("method"), "worst");
    }

    #[test]
    fn exercise_questions_accept_table_z() {
        let questions = questions(&LESSON.defaults());
        assert!(questions[0].is_right(1.65) && !questions[0].is_right(1.7));
        assert!(questions[1].is_right(165.0));
        for seed in 0..100 {
            assert_eq!(super::questions(&(LESSON.exercise.generate)(seed)).len(), 3);
        }
    }

    #[test]
    fn first_release_storage_is_migrated() {
        let old = serde_json::json!({"method":"WorstCase","d":325.0,"sd":50.0,"lt":2.0,"sl":0.95,"model":"Sqrt","sdlt":null,"dmax":450.0,"ltmax":3.0,"ss":null});
        let values = crate::kit::codec::from_json(&LESSON, &migrate(1, old).unwrap()).unwrap();
        assert_eq!((values.choice("method"), values.choice("model"), values.opt("dmax")), ("worst", "sqrt", Some(450.0)));
    }
}
