//! The acceptance sampling lesson, `#/sampling`: the risks of a single sampling plan under three
//! laws, the OC and AOQ curves, and the smallest plan meeting target risks.

pub mod text;

use crate::charts::sampling::{aoq_chart, law_name, oc_chart};
use crate::engine::sampling::{
    self, acceptance, curve_end, outgoing_quality, total_inspection, Law, Plan, SamplingError, SamplingInput, SamplingSolution,
};
use crate::i18n::{format_number, format_percent, Lang};
use crate::kit::report::{step_lines, Block, Cell, Problem, Report, ResultLine, Section, StepLine, Table, Tabular};
use crate::kit::values::{Value, Values};
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{Bound, Range};
use crate::t;

const LOT: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(1_000_000.0)).integer();
const SAMPLE: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(10_000.0)).integer();
/// Far above any plan in use; the hypergeometric law sums c + 1 terms for every point drawn, so
/// this keeps a keystroke within a frame.
const ACCEPTANCE: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(200.0)).integer();
const SHARE: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(1.0)).fraction();
/// Rows of the OC and AOQ tables.
const TABLE_ROWS: usize = 13;

const LAW_SLUGS: [(&str, Law); 3] = [("binomial", Law::Binomial), ("hypergeometric", Law::Hypergeometric), ("poisson", Law::Poisson)];

pub static LESSON: Lesson = Lesson {
    id: "sampling",
    prefix: "sampling",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::PLAN),
            inputs: &[
                Input::new("N", text::LOT, Kind::Number(LOT)).unit(text::PARTS),
                Input::new("n", text::SAMPLE, Kind::Number(SAMPLE)).unit(text::PARTS),
                Input::new("c", text::ACCEPTANCE, Kind::Number(ACCEPTANCE)).hint(text::ACCEPTANCE_HINT),
                Input::new(
                    "dist",
                    text::LAW,
                    Kind::Choice(&[("binomial", text::BINOMIAL), ("hypergeometric", text::HYPERGEOMETRIC), ("poisson", text::POISSON)]),
                ),
            ],
        },
        Group {
            legend: Some(text::QUALITY),
            inputs: &[
                Input::new("p1", text::P1, Kind::Number(SHARE)).hint(text::P_HINT),
                Input::new("p2", text::P2, Kind::Number(SHARE)).hint(text::P_HINT),
            ],
        },
        Group {
            legend: Some(text::TARGETS),
            inputs: &[
                Input::new("alpha", text::ALPHA, Kind::Optional(Range::FRACTION_OPEN)).hint(text::TARGET_HINT),
                Input::new("beta", text::BETA, Kind::Optional(Range::FRACTION_OPEN)).hint(text::TARGET_HINT),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "course-pistons",
            title: t!(
                "Pistons du cours : lot de 1 000, 50 tirées, 0 défectueux",
                "The course’s pistons: lot of 1,000, 50 drawn, 0 defective"
            ),
            link: "N=1000&n=50&c=0&dist=binomial&p1=0.006&p2=0.015",
        },
        Preset {
            slug: "course-pistons-without-replacement",
            title: t!("Les mêmes pistons, tirés sans remise", "The same pistons, drawn without replacement"),
            link: "N=1000&n=50&c=0&dist=hypergeometric&p1=0.006&p2=0.015",
        },
        Preset {
            slug: "design",
            title: t!("Chercher un plan : α = 5 %, β = 10 %, p1 = 1 %, p2 = 5 %", "Design a plan: α = 5%, β = 10%, p1 = 1%, p2 = 5%"),
            link: "N=1000&n=50&c=0&dist=binomial&p1=0.01&p2=0.05&alpha=0.05&beta=0.1",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&sampling::exercise(seed)),
        statement: |v, lang| text::exercise_statement(&input(v), lang),
        questions,
        steps,
        tables: |v, lang| solved(v).map(|(input, s)| laws_table(&input, &s, lang)).into_iter().collect(),
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn whole(value: f64) -> u64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole numbers from 0 to a million
    let whole = value.max(0.0) as u64;
    whole
}

fn input(v: &Values) -> SamplingInput {
    let law = LAW_SLUGS.iter().find(|(slug, _)| *slug == v.choice("dist")).map_or(Law::Binomial, |(_, law)| *law);
    SamplingInput {
        plan: Plan { lot: whole(v.num("N")), sample: whole(v.num("n")), acceptance: whole(v.num("c")) },
        law,
        p1: v.num("p1"),
        p2: v.num("p2"),
        alpha: v.opt("alpha"),
        beta: v.opt("beta"),
    }
}

fn values(input: &SamplingInput) -> Values {
    let slug = LAW_SLUGS.iter().find(|(_, law)| *law == input.law).map_or("binomial", |(slug, _)| slug);
    LESSON
        .defaults()
        .with_num("N", input.plan.lot as f64)
        .with_num("n", input.plan.sample as f64)
        .with_num("c", input.plan.acceptance as f64)
        .with("dist", Value::Choice(slug))
        .with_num("p1", input.p1)
        .with_num("p2", input.p2)
        .with("alpha", Value::Number(input.alpha))
        .with("beta", Value::Number(input.beta))
}

fn solved(v: &Values) -> Option<(SamplingInput, SamplingSolution)> {
    let input = input(v);
    sampling::solve(&input).ok().map(|s| (input, s))
}

fn probability(p: f64, lang: Lang) -> String {
    format_number(p, lang, 4)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v);
    let s = sampling::solve(&input).map_err(|e| {
        let field = match e {
            SamplingError::AcceptanceAboveSample => "c",
            SamplingError::SampleAboveLot => "n",
            SamplingError::QualityOrder => "p2",
        };
        Problem::field(field, text::error_message(e, lang))
    })?;
    let mut results = vec![
        ResultLine::new(text::CONSUMER_RISK, probability(s.consumer_risk, lang), "sampling-consumer-risk").main(),
        ResultLine::new(text::PRODUCER_RISK, probability(s.producer_risk, lang), "sampling-producer-risk").main(),
        ResultLine::new(text::PA_P1, probability(s.pa_p1, lang), "sampling-pa-p1"),
        ResultLine::new(text::PA_P2, probability(s.pa_p2, lang), "sampling-pa-p2"),
        ResultLine::new(text::AOQL, format_percent(s.aoql, lang, 3), "sampling-aoql"),
        ResultLine::new(text::AOQL_AT, format_percent(s.aoql_at, lang, 3), "sampling-aoql-at"),
        ResultLine::new(text::ATI_P2, format_number(s.ati_p2, lang, 1), "sampling-ati-p2").unit(text::PARTS),
    ];
    if let Some((_, Some(plan))) = &s.design {
        results.push(ResultLine::new(text::DESIGN_N, plan.sample.to_string(), "sampling-design-n").unit(text::PARTS));
        results.push(ResultLine::new(text::DESIGN_C, plan.acceptance.to_string(), "sampling-design-c"));
    }
    let (end, step) = view(&input);
    let mut sections = vec![
        Section {
            title: text::OC_TITLE,
            blocks: vec![Block::Figure {
                chart: oc_chart(input.plan, input.law, (input.p1, input.p2), end, lang).to_json(),
                label: text::OC,
                test_id: "sampling-oc".to_owned(),
                data: Tabular::Table(oc_table(&input, (end, step), lang)),
            }],
        },
        Section {
            title: text::AOQ_TITLE,
            blocks: vec![Block::Figure {
                chart: aoq_chart(input.plan, input.law, (s.aoql_at, s.aoql), end, lang).to_json(),
                label: text::AOQ,
                test_id: "sampling-aoq".to_owned(),
                data: Tabular::Table(aoq_table(&input, (end, step), lang)),
            }],
        },
        Section { title: text::LAWS_TITLE, blocks: vec![Block::Table(laws_table(&input, &s, lang))] },
    ];
    if let Some((rows, plan)) = &s.design {
        let mut blocks = vec![Block::Table(design_table(rows, lang))];
        if plan.is_none() {
            blocks.push(Block::Note { text: text::NO_PLAN.get(lang).to_owned(), test_id: "sampling-no-plan".to_owned() });
        }
        sections.push(Section { title: text::DESIGN_TITLE, blocks });
    }
    Ok(Report { results, side: Vec::new(), sections, steps: step_lines(&s.steps, text::step_title, lang) })
}

/// The range of the curves and the step of their tables: to where lots are accepted less than
/// once in a hundred (p2 always in view), rounded up to a step of 1, 2, 2.5 or 5 times a power of ten.
fn view(input: &SamplingInput) -> (f64, f64) {
    let end = curve_end(input.law, input.plan, 0.01).max(input.p2 * 1.25).min(1.0);
    let raw = end / (TABLE_ROWS - 3) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(raw);
    (((end / step).ceil() * step).min(1.0), step)
}

/// Defect rates for the tables: every step to the end, with p1 and p2 among them.
fn table_rates(input: &SamplingInput, (end, step): (f64, f64)) -> Vec<f64> {
    let mut rates: Vec<f64> = (0..).map(|k| f64::from(k) * step).take_while(|p| *p <= end + 1e-12).take(TABLE_ROWS).collect();
    rates.extend([input.p1, input.p2]);
    rates.sort_by(f64::total_cmp);
    rates.dedup_by(|a, b| (*a - *b).abs() < 1e-12);
    rates
}

fn oc_table(input: &SamplingInput, range: (f64, f64), lang: Lang) -> Table {
    let rows = table_rates(input, range)
        .iter()
        .enumerate()
        .map(|(r, p)| {
            let lot = input.plan.lot as f64;
            vec![
                Cell::new(format_percent(*p, lang, 2)),
                Cell::new(format_number((p * lot).round(), lang, 0)),
                Cell::with_id(probability(acceptance(input.law, input.plan, *p), lang), format!("sampling-oc-{r}-pa")),
            ]
        })
        .collect();
    Table::new(text::OC_TABLE, &[text::COL_P, text::COL_DEFECTIVES, text::COL_PA], "sampling-oc-table", lang).rows(rows)
}

fn aoq_table(input: &SamplingInput, range: (f64, f64), lang: Lang) -> Table {
    let (law, plan) = (input.law, input.plan);
    let rows = table_rates(input, range)
        .iter()
        .enumerate()
        .map(|(r, p)| {
            vec![
                Cell::new(format_percent(*p, lang, 2)),
                Cell::new(probability(acceptance(law, plan, *p), lang)),
                Cell::with_id(format_percent(outgoing_quality(law, plan, *p), lang, 3), format!("sampling-aoq-{r}-aoq")),
                Cell::with_id(format_number(total_inspection(law, plan, *p), lang, 1), format!("sampling-aoq-{r}-ati")),
            ]
        })
        .collect();
    Table::new(text::AOQ_TABLE, &[text::COL_P, text::COL_PA, text::COL_AOQ, text::COL_ATI], "sampling-aoq-table", lang).rows(rows)
}

fn laws_table(input: &SamplingInput, s: &SamplingSolution, lang: Lang) -> Table {
    let rows = s
        .laws
        .iter()
        .map(|(law, pa_p1, pa_p2)| {
            let slug = LAW_SLUGS.iter().find(|(_, l)| l == law).map_or("", |(slug, _)| slug);
            let id = |key: &str| format!("sampling-laws-{slug}-{key}");
            let mut name = law_name(*law).get(lang).to_owned();
            if *law == input.law {
                name.push_str(" ✓");
            }
            vec![
                Cell::new(name).words(),
                Cell::with_id(probability(*pa_p1, lang), id("pa-p1")),
                Cell::with_id(probability(1.0 - pa_p1, lang), id("alpha")),
                Cell::with_id(probability(*pa_p2, lang), id("beta")),
            ]
        })
        .collect();
    Table::new(text::LAWS_TABLE, &[text::COL_LAW, text::COL_PA_P1, text::COL_ALPHA, text::COL_PA_P2], "sampling-laws", lang).rows(rows)
}

fn design_table(rows: &[sampling::Candidate], lang: Lang) -> Table {
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                Cell::new(r.acceptance.to_string()),
                Cell::new(r.sample.to_string()),
                Cell::new(probability(r.alpha, lang)),
                Cell::new(probability(r.beta, lang)),
                Cell::new(if r.meets { text::YES } else { text::NO }.get(lang)).words(),
            ]
        })
        .collect();
    Table::new(text::DESIGN_TABLE, &[text::COL_C, text::COL_N, text::COL_ALPHA, text::COL_BETA, text::COL_MEETS], "sampling-design", lang)
        .rows(rows)
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((_, s)) = solved(v) else { return Vec::new() };
    vec![
        Question::new("beta", t!("Risque du client β", "Customer’s risk β"), s.consumer_risk, Tolerance::Absolute(0.001), 4)
            .hint(t!(
                "β = Pa(p2) : la probabilité d’accepter un lot de qualité p2.",
                "β = Pa(p2): the probability of accepting a lot of quality p2."
            ))
            .mistake(
                1.0 - s.consumer_risk,
                t!(
                    "C’est la probabilité de refuser ce lot : β est celle de l’accepter.",
                    "That is the probability of rejecting that lot: β is that of accepting it."
                ),
            )
            .mistake(
                s.consumer_risk * 100.0,
                t!("La réponse est attendue en fraction (0,47, pas 47).", "The answer is expected as a fraction (0.47, not 47)."),
            ),
        Question::new("alpha", t!("Risque du fournisseur α", "Producer’s risk α"), s.producer_risk, Tolerance::Absolute(0.001), 4)
            .hint(t!("α = 1 − Pa(p1) : refuser un lot pourtant acceptable.", "α = 1 − Pa(p1): rejecting a lot that is acceptable."))
            .mistake(
                s.pa_p1,
                t!(
                    "C’est Pa(p1), la probabilité d’accepter : α = 1 − Pa(p1).",
                    "That is Pa(p1), the probability of acceptance: α = 1 − Pa(p1)."
                ),
            ),
        Question::new(
            "ati",
            t!("Contrôle total moyen à p2 (pièces)", "Average total inspection at p2 (parts)"),
            s.ati_p2,
            Tolerance::Absolute(1.0),
            1,
        )
        .hint(t!(
            "n pièces toujours, plus les N − n autres quand le lot est refusé : n + (1 − Pa)(N − n).",
            "n parts always, plus the other N − n when the lot is rejected: n + (1 − Pa)(N − n)."
        )),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    solved(v).map(|(_, s)| step_lines(&s.steps, text::step_title, lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::{preset_values, read_link};
    use crate::scenario::links::parse_fragment;

    #[test]
    fn the_course_pistons_under_each_law() {
        let with = LESSON.preset_report("course-pistons", Lang::En);
        assert_eq!(with.at("sampling-consumer-risk"), "0.4697");
        assert_eq!(with.at("sampling-producer-risk"), "0.2599");
        assert_eq!(with.at("sampling-pa-p1"), "0.7401");
        assert_eq!(with.at("sampling-laws-hypergeometric-beta"), "0.4607");
        assert_eq!(with.at("sampling-laws-hypergeometric-alpha"), "0.2655");
        let without = LESSON.preset_report("course-pistons-without-replacement", Lang::Fr);
        assert_eq!(without.at("sampling-consumer-risk"), "0,4607");
        assert_eq!(without.at("sampling-producer-risk"), "0,2655");
        assert_eq!(without.at("sampling-pa-p1"), "0,7345");
        // ATI at p2: 50 + (1 − 0.4607) × 950.
        assert_eq!(with.at("sampling-ati-p2"), format_number(50.0 + (1.0 - 0.985_f64.powi(50)) * 950.0, Lang::En, 1));
        // AOQL of (1 − p)⁵⁰ · p · 0.95 at p = 1/51.
        assert_eq!(with.at("sampling-aoql"), format_percent(0.95 / 51.0 * (50.0_f64 / 51.0).powi(50), Lang::En, 3));
    }

    #[test]
    fn the_design_and_fields_in_percent() {
        let report = LESSON.preset_report("design", Lang::En);
        assert_eq!((report.at("sampling-design-n"), report.at("sampling-design-c")), ("132".into(), "3".into()));
        let link = read_link(&LESSON, &parse_fragment("#/sampling?N=1000&n=50&c=0&p1=0,6%25&p2=1.5%").params);
        let values = link.values.unwrap();
        assert!((values.num("p1") - 0.006).abs() < 1e-12 && (values.num("p2") - 0.015).abs() < 1e-12, "{:?}", link.problems);
    }

    #[test]
    fn errors_name_their_field() {
        let base = preset_values(&LESSON, LESSON.preset("course-pistons").unwrap());
        let field = |values: Values| solve(&values, Lang::En).unwrap_err().param();
        assert_eq!(field(base.clone().with_num("c", 60.0)), Some("c"));
        assert_eq!(field(base.clone().with_num("N", 10.0).with("dist", Value::Choice("hypergeometric"))), Some("n"));
        assert_eq!(field(base.clone().with_num("p2", 0.001)), Some("p2"));
        assert!(solve(&base.with_num("N", 10.0), Lang::En).is_ok(), "with replacement, a sample may exceed the lot");
    }

    #[test]
    fn exercises_mark_the_complement_as_a_mistake() {
        let values = (LESSON.exercise.generate)(5);
        let (_, s) = solved(&values).unwrap();
        let asked = questions(&values);
        assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), ["beta", "alpha", "ati"]);
        assert!(matches!(asked[0].mark(&format!("{}", 1.0 - s.consumer_risk)), crate::scenario::exercise::Mark::Mistake(_)));
    }
}
