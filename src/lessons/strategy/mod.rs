//! The production strategy lesson, `#/strategy`: where the stock sits (MTS, ATO, MTO, ETO), what
//! the customer waits for, and which strategy fits a market's delay and customisation.

pub mod text;

use crate::engine::steps::Step;
use crate::engine::strategy::{self, Customisation, Strategy, StrategyInput, StrategySolution};
use crate::i18n::{format_number, Lang};
use crate::kit::html::escape;
use crate::kit::report::{step_lines, Block, Cell, Report, ResultLine, Section, StepLine, Table};
use crate::kit::values::{Value, Values};
use crate::kit::{Exercise, Group, Input, Kind, Lesson, Preset};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::bounds;
use crate::t;
use std::fmt::Write as _;

const CUSTOMISATIONS: &[(&str, crate::i18n::Text)] = &[
    ("standard", text::customisation_name(Customisation::Standard)),
    ("options", text::customisation_name(Customisation::Options)),
    ("specific", text::customisation_name(Customisation::Specific)),
    ("design", text::customisation_name(Customisation::Design)),
];

pub static LESSON: Lesson = Lesson {
    id: "strategy",
    prefix: "strategy",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::STAGES_GROUP),
            inputs: &[
                Input::new("design", text::DESIGN, Kind::Number(bounds::PERIODS)).unit(text::DAYS),
                Input::new("buy", text::BUY, Kind::Number(bounds::PERIODS)).unit(text::DAYS),
                Input::new("make", text::MAKE, Kind::Number(bounds::PERIODS)).unit(text::DAYS),
                Input::new("assemble", text::ASSEMBLE, Kind::Number(bounds::PERIODS)).unit(text::DAYS),
                Input::new("ship", text::SHIP, Kind::Number(bounds::PERIODS)).unit(text::DAYS),
            ],
        },
        Group {
            legend: Some(text::MARKET_GROUP),
            inputs: &[
                Input::new("accepted", text::ACCEPTED, Kind::Number(bounds::PERIODS)).unit(text::DAYS),
                Input::new("custom", text::CUSTOM, Kind::Choice(CUSTOMISATIONS)),
                Input::new(
                    "variability",
                    text::VARIABILITY,
                    Kind::Choice(&[("medium", text::MEDIUM), ("low", text::LOW), ("high", text::HIGH)]),
                ),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "furniture-options",
            title: t!("Meubles à options livrés en une semaine : ATO", "Furniture with options delivered in a week: ATO"),
            link: "design=20&buy=15&make=10&assemble=3&ship=2&accepted=7&custom=options&variability=medium",
        },
        Preset {
            slug: "consumer-goods",
            title: t!("Grande consommation, livrée le lendemain : MTS", "Consumer goods delivered next day: MTS"),
            link: "design=30&buy=20&make=5&assemble=1&ship=1&accepted=1&custom=standard&variability=low",
        },
        Preset {
            slug: "machine-tools",
            title: t!("Machines spéciales, trois mois acceptés : ETO", "Special machines, three months accepted: ETO"),
            link: "design=30&buy=25&make=20&assemble=10&ship=5&accepted=90&custom=design&variability=high",
        },
        Preset {
            slug: "impossible",
            title: t!("Options voulues en 3 jours : aucune stratégie", "Options wanted within 3 days: no strategy"),
            link: "design=20&buy=15&make=10&assemble=3&ship=2&accepted=3&custom=options&variability=medium",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve: |v, lang| Ok(report(v, lang)),
    exercise: Exercise {
        generate: |seed| values(&strategy::exercise(seed)),
        statement: |v, lang| {
            let i = input(v);
            text::exercise_statement([i.design, i.buy, i.make, i.assemble, i.ship], i.accepted, i.customisation, lang)
        },
        questions,
        steps,
        tables: |v, lang| vec![strategies_table(&strategy::solve(&input(v)), v.choice("variability"), lang)],
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

fn customisation(slug: &str) -> Customisation {
    match slug {
        "options" => Customisation::Options,
        "specific" => Customisation::Specific,
        "design" => Customisation::Design,
        _ => Customisation::Standard,
    }
}

fn input(v: &Values) -> StrategyInput {
    StrategyInput {
        design: v.num("design"),
        buy: v.num("buy"),
        make: v.num("make"),
        assemble: v.num("assemble"),
        ship: v.num("ship"),
        accepted: v.num("accepted"),
        customisation: customisation(v.choice("custom")),
    }
}

fn values(i: &StrategyInput) -> Values {
    let slug = CUSTOMISATIONS.iter().map(|c| c.0).find(|s| customisation(s) == i.customisation).unwrap_or("standard");
    LESSON
        .defaults()
        .with_num("design", i.design)
        .with_num("buy", i.buy)
        .with_num("make", i.make)
        .with_num("assemble", i.assemble)
        .with_num("ship", i.ship)
        .with_num("accepted", i.accepted)
        .with("custom", Value::Choice(slug))
}

fn slug(s: Strategy) -> &'static str {
    match s {
        Strategy::Mts => "mts",
        Strategy::Ato => "ato",
        Strategy::Mto => "mto",
        Strategy::Eto => "eto",
    }
}

fn days(value: f64, lang: Lang) -> String {
    format_number(value, lang, 2)
}

/// Every value the fields let through has an answer, "none fits" included.
fn report(v: &Values, lang: Lang) -> Report {
    let input = input(v);
    let s = strategy::solve(&input);
    let advised = s.advised;
    let results = vec![
        ResultLine::new(
            text::ADVISED,
            advised.map_or_else(|| text::NONE_FITS.get(lang).to_owned(), |a| text::strategy_name(a).get(lang).to_owned()),
            "strategy-advised",
        )
        .main(),
        ResultLine::new(
            text::DECOUPLING,
            advised.map_or_else(|| "—".to_owned(), |a| text::stock_name(a).get(lang).to_owned()),
            "strategy-decoupling",
        ),
        ResultLine::new(
            text::CUSTOMER_WAIT,
            advised.map_or_else(|| "—".to_owned(), |a| days(strategy::lead_time(&input, a), lang)),
            "strategy-wait",
        )
        .unit(text::DAYS),
    ];
    // The table alone in its section: beside a note it would be squeezed to half the width.
    let sections = vec![
        Section { title: text::TABLE_TITLE, blocks: vec![Block::Table(strategies_table(&s, v.choice("variability"), lang))] },
        Section {
            title: text::CHAIN_TITLE,
            blocks: vec![
                Block::Drawing { svg: chain_svg(&s, lang), test_id: "strategy-chain".to_owned() },
                Block::Note { text: text::verdict(advised, lang), test_id: "strategy-verdict".to_owned() },
            ],
        },
    ];
    Report { results, side: Vec::new(), sections, steps: step_lines(&lead_steps(&input), text::step_title, lang) }
}

fn strategies_table(s: &StrategySolution, variability: &str, lang: Lang) -> Table {
    let yes_no = |b: bool| if b { text::YES } else { text::NO }.get(lang).to_owned();
    let rows = s
        .fits
        .iter()
        .map(|f| {
            let key = slug(f.strategy);
            vec![
                Cell::new(text::strategy_name(f.strategy).get(lang)).words(),
                Cell::with_id(days(f.lead_time, lang), format!("strategy-lead-{key}")),
                Cell::with_id(yes_no(f.on_time), format!("strategy-on-time-{key}")).words(),
                Cell::with_id(yes_no(f.customisable), format!("strategy-custom-{key}")).words(),
                Cell::new(text::stock_name(f.strategy).get(lang)).words(),
                Cell::new(text::unit_cost(f.strategy).get(lang)).words(),
                Cell::new(text::cash(f.strategy).get(lang)).words(),
                Cell::new(text::risk(f.strategy, variability).get(lang)).words(),
            ]
        })
        .collect();
    Table::new(
        text::TABLE,
        &[
            text::COL_STRATEGY,
            text::COL_LEAD,
            text::COL_ON_TIME,
            text::COL_CUSTOM,
            text::COL_STOCK,
            text::COL_COST,
            text::COL_CASH,
            text::COL_RISK,
        ],
        "strategy-table",
        lang,
    )
    .rows(rows)
}

/// One chain per strategy: five stages, the stock as a triangle after its stage, pushed (dashed)
/// before it and pulled (solid) after; the advised one in bold.
fn chain_svg(s: &StrategySolution, lang: Lang) -> String {
    const BOX_W: usize = 120;
    const GAP: usize = 40;
    const ROW: usize = 56;
    let width = 150 + 5 * BOX_W + 4 * GAP;
    let height = 12 + 4 * ROW;
    let mut out = format!(
        r#"<svg class="chain" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" style="min-width:{}px;max-width:{}px" role="img" aria-label="{}">"#,
        width * 3 / 4,
        width * 3 / 2,
        escape(text::CHAIN.get(lang))
    );
    for (r, f) in s.fits.iter().enumerate() {
        let y = 8 + r * ROW;
        // The stage after which the stock sits: finished goods (3) for MTS … none for ETO.
        let stock_after = match f.strategy {
            Strategy::Mts => Some(3),
            Strategy::Ato => Some(2),
            Strategy::Mto => Some(1),
            Strategy::Eto => None,
        };
        let advised = s.advised == Some(f.strategy);
        let _ = write!(
            out,
            r#"<g class="chain__row{}" data-testid="strategy-chain-{}"><text class="chain__name" x="4" y="{}">{}</text>"#,
            if advised { " chain__row--advised" } else { "" },
            slug(f.strategy),
            y + 26,
            slug(f.strategy).to_uppercase()
        );
        for (k, stage) in text::STAGES.iter().enumerate() {
            let x = 60 + k * (BOX_W + GAP);
            let _ = write!(
                out,
                r#"<rect x="{x}" y="{}" width="{BOX_W}" height="32" rx="4"/><text x="{}" y="{}">{}</text>"#,
                y + 6,
                x + BOX_W / 2,
                y + 27,
                escape(stage.get(lang))
            );
            if k < 4 {
                let pulled = stock_after.is_none_or(|after| k >= after);
                let class = if pulled { "chain__flow chain__flow--pull" } else { "chain__flow" };
                let _ =
                    write!(out, r#"<line class="{class}" x1="{}" y1="{}" x2="{}" y2="{}"/>"#, x + BOX_W, y + 22, x + BOX_W + GAP, y + 22);
            }
            if stock_after == Some(k) {
                let cx = x + BOX_W + GAP / 2;
                let _ = write!(out, r#"<path class="chain__stock" d="M{} {} L{} {} L{} {} Z"/>"#, cx - 9, y + 4, cx + 9, y + 4, cx, y + 18);
            }
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

fn lead_steps(i: &StrategyInput) -> Vec<Step> {
    vec![
        Step::new("mts", "L(MTS) = t₅").num(i.ship).result(i.ship),
        Step::new("ato", "L(ATO) = t₄ + t₅").num(i.assemble).text(" + ").num(i.ship).result(i.assemble + i.ship),
        Step::new("mto", "L(MTO) = t₃ + t₄ + t₅")
            .num(i.make)
            .text(" + ")
            .num(i.assemble)
            .text(" + ")
            .num(i.ship)
            .result(i.make + i.assemble + i.ship),
        Step::new("eto", "L(ETO) = t₁ + t₂ + t₃ + t₄ + t₅")
            .num(i.design)
            .text(" + ")
            .num(i.buy)
            .text(" + ")
            .num(i.make)
            .text(" + ")
            .num(i.assemble)
            .text(" + ")
            .num(i.ship)
            .result(strategy::lead_time(i, Strategy::Eto)),
    ]
}

/// The advised strategy as the number the exercise asks for: 1 MTS … 4 ETO, 0 none.
fn strategy_number(s: Option<Strategy>) -> f64 {
    match s {
        None => 0.0,
        Some(Strategy::Mts) => 1.0,
        Some(Strategy::Ato) => 2.0,
        Some(Strategy::Mto) => 3.0,
        Some(Strategy::Eto) => 4.0,
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let i = input(v);
    let s = strategy::solve(&i);
    vec![
        Question::new(
            "ato",
            t!("Délai du client en ATO (jours)", "Customer lead time under ATO (days)"),
            strategy::lead_time(&i, Strategy::Ato),
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!("En ATO, le client attend l’assemblage et la livraison.", "Under ATO the customer waits for assembly and delivery.")),
        Question::new(
            "mto",
            t!("Délai du client en MTO (jours)", "Customer lead time under MTO (days)"),
            strategy::lead_time(&i, Strategy::Mto),
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "En MTO, le client attend la fabrication, l’assemblage et la livraison.",
            "Under MTO the customer waits for making, assembly and delivery."
        ))
        .mistake(
            strategy::lead_time(&i, Strategy::Eto) - i.design,
            t!(
                "Les achats sont faits d’avance en MTO : le stock est celui des composants.",
                "Buying is done ahead under MTO: the stock is of components."
            ),
        ),
        Question::new(
            "advised",
            t!("Stratégie conseillée (1 MTS, 2 ATO, 3 MTO, 4 ETO, 0 aucune)", "Strategy advised (1 MTS, 2 ATO, 3 MTO, 4 ETO, 0 none)"),
            strategy_number(s.advised),
            Tolerance::Absolute(0.0),
            0,
        )
        .hint(t!(
            "Gardez, parmi celles qui tiennent le délai et la personnalisation, celle au stock le plus en amont.",
            "Among those meeting the delay and the customisation, keep the one with the stock furthest upstream."
        )),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    step_lines(&lead_steps(&input(v)), text::step_title, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_preset_advises_its_strategy() {
        let advised = |slug: &str| LESSON.preset_report(slug, Lang::En).at("strategy-advised");
        assert_eq!(advised("furniture-options"), "ATO — assemble to order");
        assert_eq!(advised("consumer-goods"), "MTS — make to stock");
        assert_eq!(advised("machine-tools"), "ETO — engineer to order");
        assert_eq!(advised("impossible"), "none fits");
        let furniture = LESSON.preset_report("furniture-options", Lang::Fr);
        assert_eq!(furniture.at("strategy-lead-mto"), "15");
        assert_eq!(furniture.at("strategy-on-time-mto"), "non");
        assert_eq!(furniture.at("strategy-custom-mts"), "non");
        assert_eq!(furniture.at("strategy-wait"), "5");
        assert_eq!(furniture.at("strategy-decoupling"), "sous-ensembles (modules)");
    }

    #[test]
    fn exercises_ask_about_their_own_market() {
        for seed in 0..50 {
            let values = (LESSON.exercise.generate)(seed);
            let i = input(&values);
            let asked = questions(&values);
            assert_eq!(asked[0].expected, i.assemble + i.ship);
            assert_eq!(asked[2].expected, strategy_number(strategy::solve(&i).advised));
        }
    }
}
