//! The MRP lesson, `#/mrp`: a bill of materials (tree, diagram, low-level codes, cumulative
//! lead times) exploded level by level into the course's grid per item, each cell explained
//! and every grid fillable by hand.

pub mod text;

use crate::engine::mrp::{self, Item, ItemPlan, Link, LotRule, MrpError, MrpInput};
use crate::engine::rng::Rng;
use crate::engine::steps::Step;
use crate::i18n::{format_number, format_plain, Lang};
use crate::kit::grid::{Grid, GridCell, GridRow, Mark};
use crate::kit::network::{self, Arrow, Node};
use crate::kit::report::{step_lines, Block, Cell, Culprit, Problem, Report, ResultLine, Section, StepLine, Table};
use crate::kit::values::{Cells, Entry, Value, Values};
use crate::kit::{Column, ColumnKind, Exercise, Group, Input, Kind, Lesson, Preset, RowLinks, TableSpec};
use crate::scenario::exercise::{Question, Tolerance};
use crate::scenario::links::{bounds, Bound, Range};
use crate::t;
use std::collections::{HashMap, HashSet};
use text::Fault;

/// A 500-item bill explodes over 52 periods within a frame; more is not a classroom's.
const MAX_ITEMS: usize = 500;
const MAX_LINKS: usize = 2000;
const PERIOD_COUNT: Range = Range::between(Bound::Inclusive(1.0), Bound::Inclusive(52.0)).integer();
const LEAD_TIME: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(52.0));
const SCRAP_RATE: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(0.9));
const LEVEL: Range = Range::between(Bound::Inclusive(0.0), Bound::Inclusive(99.0)).integer();
/// Grids in the page at once: a student reads a few, and each edit redraws them within a frame.
/// Fewer for long horizons: 20 grids of 12 periods, 5 of 52.
const MAX_GRIDS: usize = 20;
const MAX_GRID_COLUMNS: usize = 260;
const MAX_DIAGRAM: usize = 40;
const MAX_TREE: usize = 200;

static ITEMS: TableSpec = TableSpec {
    columns: &[
        Column::new("name", text::COL_ITEM, ColumnKind::Id),
        Column::new("lead", text::COL_LEAD, ColumnKind::Number(LEAD_TIME)),
        Column::new("onhand", text::COL_ON_HAND, ColumnKind::Number(bounds::QUANTITY)),
        Column::new("rule", text::COL_RULE, ColumnKind::Id),
    ],
    max_rows: MAX_ITEMS,
    cell_id: "mrp-item",
    new_row: |n| vec![Entry::Text(format!("I{n}")), Entry::Number(1.0), Entry::Number(0.0), Entry::Text("l4l".into())],
    caption: text::ITEMS,
    links: RowLinks::Semicolon,
};

static BOM: TableSpec = TableSpec {
    columns: &[
        Column::new("parent", text::COL_PARENT, ColumnKind::Id),
        Column::new("child", text::COL_CHILD, ColumnKind::Id).joined_by('/'),
        Column::new("per", text::COL_PER, ColumnKind::Number(bounds::QUANTITY)),
    ],
    max_rows: MAX_LINKS,
    cell_id: "mrp-link",
    new_row: |_| vec![Entry::Text("SE".into()), Entry::Text("C".into()), Entry::Number(1.0)],
    caption: text::BOM,
    links: RowLinks::Semicolon,
};

/// Per-item rows of numbers by period: independent demand, scheduled receipts.
macro_rules! per_period {
    ($name:ident, $cell_id:literal, $caption:expr) => {
        static $name: TableSpec = TableSpec {
            columns: &[
                Column::new("item", text::COL_ITEM, ColumnKind::Id),
                Column::new("values", text::COL_PER_PERIOD, ColumnKind::NumberList(bounds::QUANTITY, 1)),
            ],
            max_rows: MAX_ITEMS,
            cell_id: $cell_id,
            new_row: |_| vec![Entry::Text("SE".into()), Entry::Numbers(vec![0.0])],
            caption: $caption,
            links: RowLinks::Semicolon,
        };
    };
}
per_period!(DEMAND, "mrp-demand", text::DEMAND);
per_period!(RECEIPTS, "mrp-receipt", text::RECEIPTS);

static SAFETY: TableSpec = TableSpec {
    columns: &[Column::new("item", text::COL_ITEM, ColumnKind::Id), Column::new("ss", text::COL_SS, ColumnKind::Number(bounds::QUANTITY))],
    max_rows: MAX_ITEMS,
    cell_id: "mrp-ss",
    new_row: |_| vec![Entry::Text("SE".into()), Entry::Number(0.0)],
    caption: text::SS,
    links: RowLinks::Semicolon,
};

static SCRAP: TableSpec = TableSpec {
    columns: &[Column::new("item", text::COL_ITEM, ColumnKind::Id), Column::new("rate", text::COL_SCRAP, ColumnKind::Number(SCRAP_RATE))],
    max_rows: MAX_ITEMS,
    cell_id: "mrp-scrap",
    new_row: |_| vec![Entry::Text("SE".into()), Entry::Number(0.0)],
    caption: text::SCRAP,
    links: RowLinks::Semicolon,
};

/// Lists of item names: phantoms, grids to show.
macro_rules! names {
    ($name:ident, $cell_id:literal, $caption:expr) => {
        static $name: TableSpec = TableSpec {
            columns: &[Column::new("item", text::COL_ITEM, ColumnKind::Id)],
            max_rows: MAX_ITEMS,
            cell_id: $cell_id,
            new_row: |_| vec![Entry::Text("SE".into())],
            caption: $caption,
            links: RowLinks::Comma,
        };
    };
}
names!(PHANTOMS, "mrp-phantom", text::PHANTOM);
names!(SHOWN, "mrp-show", text::SHOW);

macro_rules! fig_3_22 {
    () => {
        "periods=5&items=SE:1:350:fixed250;C:2:100:fixed500;M:3:200:fixed200&bom=SE/C:2;C/M:0.1&demand=SE:120,150,220,200,150&receipts=C:0,500,0,0,0;M:0,0,200,0,0"
    };
}

macro_rules! fig_3_28 {
    () => {
        "periods=6&bom=&demand=SE:100,150,150,180,150,120&receipts=&scrap=SE:0.02&items=SE:0:220:"
    };
}

pub static LESSON: Lesson = Lesson {
    id: "mrp",
    prefix: "mrp",
    title: text::TITLE,
    intro: text::INTRO,
    groups: &[
        Group {
            legend: Some(text::HORIZON_GROUP),
            inputs: &[
                Input::new("periods", text::PERIODS, Kind::Number(PERIOD_COUNT)),
                Input::new("items", text::ITEMS, Kind::Table(&ITEMS)).hint(text::ITEMS_HINT),
            ],
        },
        Group { legend: Some(text::BOM_GROUP), inputs: &[Input::new("bom", text::BOM, Kind::Table(&BOM)).hint(text::BOM_HINT)] },
        Group {
            legend: Some(text::DEMAND_GROUP),
            inputs: &[
                Input::new("demand", text::DEMAND, Kind::Table(&DEMAND)).hint(text::DEMAND_HINT),
                Input::new("receipts", text::RECEIPTS, Kind::Table(&RECEIPTS)).hint(text::RECEIPTS_HINT),
            ],
        },
        Group {
            legend: Some(text::OPTIONS_GROUP),
            inputs: &[
                Input::new("ss", text::SS, Kind::Table(&SAFETY)).hint(text::SS_HINT),
                Input::new("scrap", text::SCRAP, Kind::Table(&SCRAP)).hint(text::SCRAP_HINT),
                Input::new("phantom", text::PHANTOM, Kind::Table(&PHANTOMS)).hint(text::PHANTOM_HINT),
            ],
        },
        Group {
            legend: Some(text::VIEW_GROUP),
            inputs: &[
                Input::new("show", text::SHOW, Kind::Table(&SHOWN)).hint(text::SHOW_HINT),
                Input::new("level", text::LEVEL, Kind::Optional(LEVEL)).hint(text::LEVEL_HINT),
            ],
        },
    ],
    presets: &[
        Preset {
            slug: "fig-3-22",
            title: t!(
                "Figs 3.22–3.23 : SE (lots de 250) → 2 C (lots de 500) → 0,1 kg de M (lots de 200)",
                "Figs 3.22–3.23: SE (lots of 250) → 2 C (lots of 500) → 0.1 kg of M (lots of 200)"
            ),
            link: fig_3_22!(),
        },
        Preset {
            slug: "fig-3-24",
            title: t!("Figs 3.24–3.25 : SE fait de 2 C1 et d’un C2", "Figs 3.24–3.25: SE made of 2 C1 and one C2"),
            link: "periods=5&items=SE:1:300:fixed200;C1:2:160:fixed350;C2:1:100:fixed250&bom=SE/C1:2;SE/C2:1&demand=SE:100,150,200,180,150&receipts=C1:0,350,0,0,0",
        },
        Preset {
            slug: "fig-3-26",
            title: t!(
                "Figs 3.26–3.27 : C commun à SE1 (×1) et SE2 (×3)",
                "Figs 3.26–3.27: C common to SE1 (×1) and SE2 (×3)"
            ),
            link: "periods=5&items=SE1:1:220:fixed250;SE2:2:140:fixed200;C:2:350:fixed500&bom=SE1/C:1;SE2/C:3&demand=SE1:100,150,150,180,150;SE2:0,90,100,30,0&receipts=C:500,0,0,0,0",
        },
        Preset {
            slug: "fig-3-28",
            title: t!(
                "Fig 3.28 : regroupement par blocs de 3 semaines, 2 % de rebut",
                "Fig 3.28: grouping by blocks of 3 weeks, 2 % scrap"
            ),
            link: concat!(fig_3_28!(), "group3"),
        },
        Preset {
            slug: "poq",
            title: t!(
                "Les données de la Fig 3.28 en quantité périodique glissante (variante des manuels)",
                "Fig 3.28’s data with the rolling period order quantity (the textbooks’ variant)"
            ),
            link: concat!(fig_3_28!(), "poq3"),
        },
        Preset {
            slug: "fig-3-21",
            title: t!(
                "Fig 3.21 : la nomenclature à quatre niveaux (structure du cours, 100 P demandés en S12 pour l’exemple)",
                "Fig 3.21: the four-level bill (the course’s structure, 100 P due in S12 as an example)"
            ),
            link: "periods=12&items=P:0.5:0:l4l;SE1:1:0:l4l;SE2:2:0:l4l;C1:3:0:l4l;C2:2.5:0:l4l;C3:2:0:l4l;C4:3:0:l4l;C5:2:0:l4l;M1:5:0:l4l;M2:4:0:l4l;M3:5:0:l4l;M4:4:0:l4l;M5:4:0:l4l&bom=P/SE1:1;P/SE2:2;SE1/C1:1;SE1/C2:2;SE2/C3:1;SE2/C4:2;SE2/C5:3;C1/M1:0.01;C2/M2:0.15;C3/M3:0.1;C4/M4:0.05;C5/M5:0.1&demand=P:0,0,0,0,0,0,0,0,0,0,0,100&receipts=",
        },
    ],
    imports: &[],
    storage_version: 1,
    migrate: |_, _| None,
    adjust: |_, _| {},
    solve,
    exercise: Exercise {
        generate: |seed| values(&exercise(seed)),
        statement,
        questions,
        steps,
        tables: |v, lang| {
            planned(v)
                .map(|(input, plans)| {
                    order(&input, &plans)
                        .into_iter()
                        .map(|i| Table::from_grid(&item_grid(&input, &plans, i, lang), format!("mrp-solution-{}", i + 1)))
                        .collect()
                })
                .unwrap_or_default()
        },
        hint: text::EXERCISE_HINT,
    },
    deferred: None,
};

/// `l4l`, `fixed250`, `group3`, `poq3` (any case).
fn parse_rule(code: &str) -> Option<LotRule> {
    let code = code.to_ascii_lowercase();
    let whole = |k: &str| k.parse::<usize>().ok().filter(|k| (1..=52).contains(k));
    if code == "l4l" {
        Some(LotRule::LotForLot)
    } else if let Some(q) = code.strip_prefix("fixed") {
        q.parse::<f64>().ok().filter(|q| bounds::POSITIVE_QUANTITY.contains(*q)).map(LotRule::Fixed)
    } else if let Some(k) = code.strip_prefix("group") {
        whole(k).map(LotRule::Group)
    } else {
        code.strip_prefix("poq").and_then(whole).map(LotRule::Poq)
    }
}

fn rule_code(rule: LotRule) -> String {
    match rule {
        LotRule::LotForLot => "l4l".to_owned(),
        LotRule::Fixed(q) => format!("fixed{}", format_plain(q, Lang::En, 6)),
        LotRule::Group(k) => format!("group{k}"),
        LotRule::Poq(k) => format!("poq{k}"),
    }
}

fn cell_problem(param: &'static str, row: usize, column: usize, fault: &Fault, lang: Lang) -> Problem {
    Problem { culprit: Culprit::Cell { param, row, column }, message: text::message(fault, lang) }
}

/// The rows of a per-item table, each naming a listed item once.
fn item_rows<'a>(v: &'a Values, param: &'static str, names: &HashSet<String>, lang: Lang) -> Result<Vec<(String, &'a [Entry])>, Problem> {
    let mut seen = HashSet::new();
    v.rows(param)
        .iter()
        .enumerate()
        .map(|(row, cells)| {
            let name = cells.text_at(0);
            if !names.contains(&name) {
                return Err(cell_problem(param, row, 0, &Fault::UnknownRowItem(&name), lang));
            }
            if !seen.insert(name.clone()) {
                return Err(cell_problem(param, row, 0, &Fault::TwiceListed(&name), lang));
            }
            Ok((name, cells.as_slice()))
        })
        .collect()
}

fn series_rows(
    v: &Values,
    param: &'static str,
    names: &HashSet<String>,
    periods: usize,
    lang: Lang,
) -> Result<HashMap<String, Vec<f64>>, Problem> {
    item_rows(v, param, names, lang)?
        .into_iter()
        .enumerate()
        .map(|(row, (name, cells))| {
            let values = cells.numbers_at(1);
            if values.len() > periods {
                return Err(cell_problem(param, row, 1, &Fault::TooLong(&name, periods), lang));
            }
            Ok((name, values))
        })
        .collect()
}

/// The engine's input, or the first table cell at fault (the engine names the rest).
fn input(v: &Values, lang: Lang) -> Result<MrpInput, Problem> {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 1 to 52 by its field
    let periods = v.num("periods") as usize;
    let names: HashSet<String> = v.rows("items").iter().map(|r| r.text_at(0)).collect();
    let safety: HashMap<String, f64> = item_rows(v, "ss", &names, lang)?.into_iter().map(|(n, c)| (n, c.number_at(1))).collect();
    let scrap: HashMap<String, f64> = item_rows(v, "scrap", &names, lang)?.into_iter().map(|(n, c)| (n, c.number_at(1))).collect();
    let phantoms: HashSet<String> = item_rows(v, "phantom", &names, lang)?.into_iter().map(|(n, _)| n).collect();
    item_rows(v, "show", &names, lang)?;
    let items = v
        .rows("items")
        .iter()
        .enumerate()
        .map(|(row, cells)| {
            let name = cells.text_at(0);
            let rule = parse_rule(&cells.text_at(3)).ok_or_else(|| cell_problem("items", row, 3, &Fault::Rule(&name), lang))?;
            Ok(Item {
                lead_time: cells.number_at(1),
                on_hand: cells.number_at(2),
                safety: safety.get(&name).copied().unwrap_or(0.0),
                rule,
                scrap: scrap.get(&name).copied().unwrap_or(0.0),
                phantom: phantoms.contains(&name),
                name,
            })
        })
        .collect::<Result<Vec<_>, Problem>>()?;
    let links = v.rows("bom").iter().map(|r| Link { parent: r.text_at(0), child: r.text_at(1), quantity: r.number_at(2) }).collect();
    Ok(MrpInput {
        periods,
        items,
        links,
        demand: series_rows(v, "demand", &names, periods, lang)?,
        scheduled: series_rows(v, "receipts", &names, periods, lang)?,
    })
}

fn problem(input: &MrpInput, error: &MrpError, lang: Lang) -> Problem {
    let link_name = |row: usize| input.links.get(row).map_or_else(String::new, |l| format!("{}/{}", l.parent, l.child));
    let known = |name: &str| input.items.iter().any(|x| x.name == name);
    match error {
        MrpError::NoItems => Problem::field("items", text::message(&Fault::NoItems, lang)),
        MrpError::DuplicateItem(row) => {
            let name = input.items.get(*row).map_or("", |x| x.name.as_str());
            cell_problem("items", *row, 0, &Fault::DuplicateItem(name), lang)
        }
        MrpError::UnknownItem(row) => {
            let column = usize::from(input.links.get(*row).is_some_and(|l| known(&l.parent)));
            cell_problem("bom", *row, column, &Fault::UnknownInLink(&link_name(*row)), lang)
        }
        MrpError::Quantity(row) => cell_problem("bom", *row, 2, &Fault::Quantity(&link_name(*row)), lang),
        MrpError::Cycle(items) => Problem::field("bom", text::message(&Fault::Cycle(items), lang)),
        // The lesson checks its per-item tables before the engine sees them.
        MrpError::UnknownRow(name) => Problem::field("demand", text::message(&Fault::UnknownRowItem(name), lang)),
        MrpError::TooLong(name) => Problem::field("demand", text::message(&Fault::TooLong(name, input.periods), lang)),
    }
}

fn planned(v: &Values) -> Option<(MrpInput, Vec<ItemPlan>)> {
    let input = input(v, Lang::En).ok()?;
    mrp::solve(&input).ok().map(|plans| (input, plans))
}

/// Items in planning order: by low-level code, then as listed.
fn order(input: &MrpInput, plans: &[ItemPlan]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..input.items.len()).collect();
    order.sort_by_key(|&i| (plans.get(i).map_or(0, |p| p.low_level_code), i));
    order
}

fn quantity(x: f64, lang: Lang) -> String {
    format_number(x, lang, 4)
}

fn solve(v: &Values, lang: Lang) -> Result<Report, Problem> {
    let input = input(v, lang)?;
    let plans = mrp::solve(&input).map_err(|e| problem(&input, &e, lang))?;
    let q = |x: f64| quantity(x, lang);
    let orders = plans.iter().map(|p| p.receipts.iter().filter(|r| **r > 0.0).count()).sum::<usize>();
    let late: Vec<String> =
        input.items.iter().zip(&plans).filter(|(_, p)| p.past_due > 0.0).map(|(x, p)| format!("{} {}", x.name, q(p.past_due))).collect();
    let levels = plans.iter().map(|p| p.low_level_code).max().unwrap_or(0) + 1;
    let longest = input.items.iter().zip(&plans).max_by(|a, b| a.1.cumulative_lead_time.total_cmp(&b.1.cumulative_lead_time));
    let mut results = vec![
        ResultLine::new(text::ORDERS, orders.to_string(), "mrp-orders").main(),
        ResultLine::new(text::LATE, if late.is_empty() { text::NONE.get(lang).to_owned() } else { late.join(", ") }, "mrp-late"),
        ResultLine::new(text::LEVELS, levels.to_string(), "mrp-levels"),
    ];
    if let Some((item, plan)) = longest {
        results.push(
            ResultLine::new(text::CUMULATIVE, format!("{} ({})", q(plan.cumulative_lead_time), item.name), "mrp-cumulative")
                .unit(text::UNITS),
        );
    }
    let mut structure = Vec::new();
    if input.items.len() <= MAX_DIAGRAM {
        structure.push(Block::Drawing { svg: diagram(&input, &plans, lang), test_id: "mrp-diagram".to_owned() });
        structure.push(Block::Note { text: text::DIAGRAM.get(lang).to_owned(), test_id: "mrp-diagram-key".to_owned() });
    } else {
        structure.push(Block::Note { text: text::DIAGRAM_TOO_BIG.get(lang).to_owned(), test_id: "mrp-diagram-note".to_owned() });
    }
    structure.push(Block::Table(tree(&input, lang)));
    structure.push(Block::Table(items_table(&input, &plans, lang)));
    let shown: HashSet<String> = v.rows("show").iter().map(|r| r.text_at(0)).collect();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // a level, 0 to 99 by its field
    let level = v.opt("level").map(|l| l as usize);
    let candidates: Vec<usize> = order(&input, &plans)
        .into_iter()
        .filter(|&i| shown.is_empty() || input.items.get(i).is_some_and(|x| shown.contains(&x.name)))
        .filter(|&i| level.is_none_or(|l| plans.get(i).is_some_and(|p| p.low_level_code <= l)))
        .collect();
    let most = (MAX_GRID_COLUMNS / input.periods.max(1)).clamp(1, MAX_GRIDS);
    let mut grids: Vec<Block> = candidates.iter().take(most).map(|&i| Block::Grid(item_grid(&input, &plans, i, lang))).collect();
    if candidates.len() > most || (level.is_some() && candidates.len() < input.items.len()) {
        let count = text::shown_count(candidates.len().min(most), input.items.len(), lang);
        grids.push(Block::Note { text: format!("{count}. {}", text::HIDDEN_GRIDS.get(lang)), test_id: "mrp-hidden".to_owned() });
    }
    let focus = candidates.iter().copied().find(|&i| plans.get(i).is_some_and(|p| p.receipts.iter().any(|r| *r > 0.0)));
    let steps = focus.map(|i| worked(&input, &plans, i)).unwrap_or_default();
    Ok(Report {
        results,
        side: Vec::new(),
        sections: vec![Section { title: text::STRUCTURE_TITLE, blocks: structure }, Section { title: text::GRIDS_TITLE, blocks: grids }],
        steps: step_lines(&steps, text::step_title, lang),
    })
}

/// One box per item, a column per low-level code; the chain of the longest cumulative lead time in bold.
fn diagram(input: &MrpInput, plans: &[ItemPlan], lang: Lang) -> String {
    let q = |x: f64| quantity(x, lang);
    let sequence = order(input, plans);
    let position: HashMap<&str, usize> =
        sequence.iter().enumerate().filter_map(|(k, &i)| input.items.get(i).map(|x| (x.name.as_str(), k))).collect();
    let lead = |i: usize| input.items.get(i).map_or(0.0, |x| if x.phantom { 0.0 } else { x.lead_time });
    let cumulative = |i: usize| plans.get(i).map_or(0.0, |p| p.cumulative_lead_time);
    let index = |name: &str| input.items.iter().position(|x| x.name == name);
    // Down from the item with the longest cumulative lead time, always to the child that makes it.
    let mut chain: Vec<usize> = Vec::new();
    let mut at = (0..input.items.len()).max_by(|a, b| cumulative(*a).total_cmp(&cumulative(*b)));
    while let Some(i) = at {
        chain.push(i);
        let rest = cumulative(i) - lead(i);
        at = input
            .links
            .iter()
            .filter(|l| input.items.get(i).is_some_and(|x| x.name == l.parent))
            .filter_map(|l| index(&l.child))
            .find(|&c| (cumulative(c) - rest).abs() < 1e-9 && rest > 0.0);
    }
    let nodes: Vec<Node> = sequence
        .iter()
        .filter_map(|&i| {
            let item = input.items.get(i)?;
            Some(Node {
                id: item.name.clone(),
                column: plans.get(i).map_or(0, |p| p.low_level_code),
                left: q(lead(i)),
                right: q(cumulative(i)),
                critical: chain.contains(&i),
            })
        })
        .collect();
    let arrows: Vec<Arrow> = input
        .links
        .iter()
        .filter_map(|l| {
            let (from, to) = (*position.get(l.parent.as_str())?, *position.get(l.child.as_str())?);
            let critical = chain.windows(2).any(|w| {
                w.first().and_then(|&p| input.items.get(p)).is_some_and(|x| x.name == l.parent)
                    && w.get(1).and_then(|&c| input.items.get(c)).is_some_and(|x| x.name == l.child)
            });
            Some(Arrow { from, to, critical })
        })
        .collect();
    network::svg(&nodes, &arrows, text::DIAGRAM.get(lang), "mrp-diagram")
}

/// The indented bill: every path from an end item down, with quantities per parent and per end item.
fn tree(input: &MrpInput, lang: Lang) -> Table {
    let q = |x: f64| quantity(x, lang);
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let has_parent: HashSet<&str> = input.links.iter().map(|l| l.child.as_str()).collect();
    // (item, depth, quantity per parent, quantity per end item), depth first, children in link order.
    let mut stack: Vec<(&str, usize, Option<f64>, f64)> =
        input.items.iter().rev().filter(|x| !has_parent.contains(x.name.as_str())).map(|x| (x.name.as_str(), 0, None, 1.0)).collect();
    while let Some((name, depth, per, total)) = stack.pop() {
        if rows.len() == MAX_TREE {
            rows.push(vec![Cell::new(text::TREE_TOO_BIG.get(lang)).words(), Cell::new(""), Cell::new(""), Cell::new(""), Cell::new("")]);
            break;
        }
        let item = input.items.iter().position(|x| x.name == name);
        let lead = item.and_then(|i| input.items.get(i)).map_or(0.0, |x| x.lead_time);
        let phantom = item.and_then(|i| input.items.get(i)).is_some_and(|x| x.phantom);
        let label = format!(
            "{}{name}{}",
            "\u{a0}\u{a0}\u{a0}".repeat(depth),
            if phantom { format!(" ({})", text::phantom_word(lang)) } else { String::new() }
        );
        rows.push(vec![
            Cell::new(label).words(),
            Cell::new(depth.to_string()),
            Cell::new(per.map_or_else(|| "—".to_owned(), q)),
            Cell::new(q(total)),
            Cell::new(q(lead)),
        ]);
        for link in input.links.iter().rev().filter(|l| l.parent == name) {
            stack.push((link.child.as_str(), depth + 1, Some(link.quantity), total * link.quantity));
        }
    }
    Table::new(text::TREE, &[text::COL_ITEM, text::COL_LEVEL, text::COL_PER, text::COL_PER_END, text::COL_LEAD], "mrp-tree", lang)
        .rows(rows)
}

/// Low-level code, rule, cumulative lead time and past-due release of every item
/// (`mrp-<item>-llc`, `mrp-<item>-pastdue`).
fn items_table(input: &MrpInput, plans: &[ItemPlan], lang: Lang) -> Table {
    let q = |x: f64| quantity(x, lang);
    let rows = order(input, plans)
        .into_iter()
        .filter_map(|i| {
            let (item, plan) = (input.items.get(i)?, plans.get(i)?);
            let rule = if item.phantom { text::phantom_word(lang).to_owned() } else { text::rule_name(item.rule, lang, &q) };
            Some(vec![
                Cell::new(item.name.clone()).words(),
                Cell::with_id(plan.low_level_code.to_string(), format!("mrp-{}-llc", item.name)),
                Cell::new(q(item.lead_time)),
                Cell::new(rule).words(),
                Cell::new(q(plan.cumulative_lead_time)),
                Cell::with_id(q(plan.past_due), format!("mrp-{}-pastdue", item.name)),
            ])
        })
        .collect();
    Table::new(
        text::ITEMS_TABLE,
        &[text::COL_ITEM, text::COL_LLC, text::COL_LEAD, text::COL_RULE, text::COL_CUMULATIVE, text::COL_PAST_DUE],
        "mrp-items",
        lang,
    )
    .rows(rows)
}

fn at(series: &[f64], t: usize) -> f64 {
    series.get(t).copied().unwrap_or(0.0)
}

/// Whole periods a lead time offsets (half a week takes a week of the grid).
fn offset(item: &Item) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0 to 52 by its column
    let whole = (item.lead_time - 1e-9).ceil().max(0.0) as usize;
    if item.phantom {
        0
    } else {
        whole
    }
}

/// The course's grid for one item (`mrp-<item>-<row>-<period>`), each computed cell with its computation.
fn item_grid(input: &MrpInput, plans: &[ItemPlan], i: usize, lang: Lang) -> Grid {
    let q = |x: f64| quantity(x, lang);
    let (Some(item), Some(plan)) = (input.items.get(i), plans.get(i)) else {
        return Grid { caption: String::new(), prefix: "mrp".to_owned(), periods: Vec::new(), opening: None, rows: Vec::new() };
    };
    let periods = input.periods;
    let demand = input.demand.get(&item.name);
    let parents: Vec<(&Link, &ItemPlan)> = input
        .links
        .iter()
        .filter(|l| l.child == item.name)
        .filter_map(|l| input.items.iter().position(|x| x.name == l.parent).and_then(|p| plans.get(p)).map(|p| (l, p)))
        .collect();
    let gross = (0..periods)
        .map(|t| {
            let own = demand.map_or(0.0, |d| at(d, t));
            let mut terms = vec![format!("{} {}", t!("demande", "demand").get(lang), q(own))];
            for (link, parent) in &parents {
                let released = at(&parent.releases, t) + if t == 0 { parent.past_due } else { 0.0 };
                if released > 0.0 {
                    terms.push(format!("{} {} × {}", link.parent, q(released), q(link.quantity)));
                }
            }
            GridCell::new(at(&plan.gross, t), q(at(&plan.gross, t))).why(terms.join(" + "))
        })
        .collect();
    let opening_value = plan.available.first().copied().unwrap_or(0.0);
    let opening = GridCell::new(opening_value, q(opening_value)).mark((opening_value < 0.0).then_some(Mark::BelowSafety)).why(format!(
        "{} {} − {} {}",
        t!("stock", "on hand").get(lang),
        q(item.on_hand),
        t!("stock de sécurité", "safety stock").get(lang),
        q(item.safety)
    ));
    let available = (0..periods)
        .map(|t| {
            let value = at(&plan.available, t + 1);
            let why = format!(
                "{} + {} + {} − {}",
                q(at(&plan.available, t)),
                q(at(&plan.scheduled, t)),
                q(at(&plan.good, t)),
                q(at(&plan.gross, t))
            );
            GridCell::new(value, q(value)).why(why)
        })
        .collect();
    let net = (0..periods)
        .map(|t| {
            let value = at(&plan.net, t);
            let why = format!(
                "{} − ({} + {}){}",
                q(at(&plan.gross, t)),
                q(at(&plan.cover, t)),
                q(at(&plan.scheduled, t)),
                if value > 0.0 { "" } else { " ≤ 0" }
            );
            GridCell::new(value, q(value)).why(why)
        })
        .collect();
    let receipts = (0..periods)
        .map(|t| GridCell::new(at(&plan.receipts, t), q(at(&plan.receipts, t))).why(receipt_why(item, plan, t, periods, lang)))
        .collect();
    let lead = offset(item);
    let releases = (0..periods)
        .map(|t| {
            let value = at(&plan.releases, t);
            let due = t + lead;
            let why = if due < periods {
                format!(
                    "{} {} ({}) − {} {}",
                    t!("réception de", "receipt of").get(lang),
                    text::period_label(due),
                    q(at(&plan.receipts, due)),
                    lead,
                    t!("période(s)", "period(s)").get(lang)
                )
            } else {
                format!("{} {}", text::period_label(due), t!("est hors de l’horizon", "is beyond the horizon").get(lang))
            };
            GridCell::new(value, q(value)).mark((value > 0.0).then_some(Mark::Release)).why(why)
        })
        .collect();
    let mut caption = format!(
        "{} — {} {} · {} {} · {}",
        item.name,
        text::level_word(lang),
        plan.low_level_code,
        t!("délai", "lead time").get(lang),
        q(item.lead_time),
        text::rule_name(item.rule, lang, &q)
    );
    if item.phantom {
        caption = format!("{} — {} {} · {}", item.name, text::level_word(lang), plan.low_level_code, text::phantom_word(lang));
    }
    if plan.past_due > 0.0 {
        caption = format!("{caption} · {}", text::past_due_caption(&q(plan.past_due), lang));
    }
    let gross_row = GridRow {
        key: "gross".into(),
        label: text::ROW_GROSS.get(lang).to_owned(),
        fillable: !parents.is_empty(),
        opening: None,
        cells: gross,
    };
    Grid {
        caption,
        prefix: format!("mrp-{}", item.name),
        periods: (0..periods).map(text::period_label).collect(),
        opening: Some(text::START.get(lang).to_owned()),
        rows: vec![
            gross_row,
            GridRow::given("sched", text::ROW_SCHED.get(lang).to_owned(), &plan.scheduled, q),
            GridRow::computed("avail", text::ROW_AVAIL.get(lang).to_owned(), Some(opening), available),
            GridRow::computed("net", text::ROW_NET.get(lang).to_owned(), None, net),
            GridRow::computed("receipt", text::ROW_RECEIPT.get(lang).to_owned(), None, receipts),
            GridRow::computed("release", text::ROW_RELEASE.get(lang).to_owned(), None, releases),
        ],
    }
}

/// How a planned receipt is sized: the lot rule on the net need, then the scrap.
fn receipt_why(item: &Item, plan: &ItemPlan, t: usize, periods: usize, lang: Lang) -> String {
    let q = |x: f64| quantity(x, lang);
    let ordered = at(&plan.receipts, t);
    let net = at(&plan.net, t);
    let rule = if item.phantom { LotRule::LotForLot } else { item.rule };
    if ordered <= 0.0 {
        return match rule {
            LotRule::Group(k) if !t.is_multiple_of(k.max(1)) => format!(
                "{} ({})",
                q(0.0),
                t!("les besoins du bloc sont reçus à son début", "the block’s needs arrive at its start").get(lang)
            ),
            LotRule::Poq(_) if net > 0.0 => {
                format!("{} ({})", q(0.0), t!("couvert par l’ordre précédent", "covered by the previous order").get(lang))
            }
            _ => format!("{} ({})", q(0.0), t!("pas de besoin net", "no net need").get(lang)),
        };
    }
    let good = match rule {
        LotRule::LotForLot => q(net),
        LotRule::Fixed(lot) => format!("⌈{} / {}⌉ × {}", q(net), q(lot), q(lot)),
        LotRule::Group(k) => {
            let end = ((t / k.max(1)) + 1) * k.max(1);
            (t..end.min(periods)).map(|p| q(at(&plan.net, p))).collect::<Vec<_>>().join(" + ")
        }
        LotRule::Poq(k) => (t..(t + k.max(1)).min(periods)).map(|p| q(at(&plan.net, p))).collect::<Vec<_>>().join(" + "),
    };
    if item.scrap > 0.0 {
        let kept = if matches!(rule, LotRule::Fixed(_)) { ordered / (1.0 + item.scrap) } else { at(&plan.good, t) };
        format!("{good} = {}; ⌈{} × (1 + {})⌉", q(kept), q(kept), q(item.scrap))
    } else {
        good
    }
}

/// The first planned order of an item, worked: gross, net, lot, release.
fn worked(input: &MrpInput, plans: &[ItemPlan], i: usize) -> Vec<Step> {
    let (Some(item), Some(plan)) = (input.items.get(i), plans.get(i)) else { return Vec::new() };
    let Some(t) = plan.receipts.iter().position(|r| *r > 0.0) else { return Vec::new() };
    let own = input.demand.get(&item.name).map_or(0.0, |d| at(d, t));
    let mut gross = Step::new("gross", "G(t) = D(t) + Σ R(parent, t) × q").num(own);
    for link in input.links.iter().filter(|l| l.child == item.name) {
        let Some(parent) = input.items.iter().position(|x| x.name == link.parent).and_then(|p| plans.get(p)) else { continue };
        let released = at(&parent.releases, t) + if t == 0 { parent.past_due } else { 0.0 };
        gross = gross.text(" + ").num(released).text(" × ").num(link.quantity);
    }
    let net = Step::new("net", "N(t) = G(t) − (A(t − 1) + S(t))")
        .num(at(&plan.gross, t))
        .text(" − (")
        .num(at(&plan.cover, t))
        .text(" + ")
        .num(at(&plan.scheduled, t))
        .text(")")
        .result(at(&plan.net, t));
    let ordered = at(&plan.receipts, t);
    let lot = match (if item.phantom { LotRule::LotForLot } else { item.rule }, item.scrap > 0.0) {
        (LotRule::Fixed(q), false) => {
            Step::new("order", "P = ⌈N / Q⌉ × Q").text("⌈").num(at(&plan.net, t)).text(" / ").num(q).text("⌉ × ").num(q)
        }
        (LotRule::Fixed(q), true) => Step::new("order", "P = ⌈⌈N / Q⌉ × Q × (1 + r)⌉")
            .text("⌈⌈")
            .num(at(&plan.net, t))
            .text(" / ")
            .num(q)
            .text("⌉ × ")
            .num(q)
            .text(" × (1 + ")
            .num(item.scrap)
            .text(")⌉"),
        (LotRule::LotForLot, true) => {
            Step::new("order", "P = ⌈N × (1 + r)⌉").text("⌈").num(at(&plan.good, t)).text(" × (1 + ").num(item.scrap).text(")⌉")
        }
        (_, true) => Step::new("order", "P = ⌈Σ N × (1 + r)⌉").text("⌈").num(at(&plan.good, t)).text(" × (1 + ").num(item.scrap).text(")⌉"),
        (LotRule::LotForLot, false) => Step::new("order", "P = N").num(at(&plan.good, t)),
        (_, false) => Step::new("order", "P = Σ N").num(at(&plan.good, t)),
    }
    .result(ordered);
    #[allow(clippy::cast_precision_loss)] // period numbers
    let release = Step::new("release", "t′ = t − L")
        .num((t + 1) as f64)
        .text(" − ")
        .num(offset(item) as f64)
        .result((t + 1) as f64 - offset(item) as f64);
    vec![gross.result(at(&plan.gross, t)), net, lot, release]
}

fn values(input: &MrpInput) -> Values {
    #[allow(clippy::cast_precision_loss)] // periods
    let periods = input.periods as f64;
    let items = input
        .items
        .iter()
        .map(|x| vec![Entry::Text(x.name.clone()), Entry::Number(x.lead_time), Entry::Number(x.on_hand), Entry::Text(rule_code(x.rule))])
        .collect();
    let bom =
        input.links.iter().map(|l| vec![Entry::Text(l.parent.clone()), Entry::Text(l.child.clone()), Entry::Number(l.quantity)]).collect();
    let rows = |map: &HashMap<String, Vec<f64>>| {
        input.items.iter().filter_map(|x| map.get(&x.name).map(|v| vec![Entry::Text(x.name.clone()), Entry::Numbers(v.clone())])).collect()
    };
    let per_item = |value: fn(&Item) -> f64| {
        input.items.iter().filter(|x| value(x) > 0.0).map(|x| vec![Entry::Text(x.name.clone()), Entry::Number(value(x))]).collect()
    };
    LESSON
        .defaults()
        .with_num("periods", periods)
        .with("items", Value::Table(items))
        .with("bom", Value::Table(bom))
        .with("demand", Value::Table(rows(&input.demand)))
        .with("receipts", Value::Table(rows(&input.scheduled)))
        .with("ss", Value::Table(per_item(|x| x.safety)))
        .with("scrap", Value::Table(per_item(|x| x.scrap)))
        .with("phantom", Value::Table(input.items.iter().filter(|x| x.phantom).map(|x| vec![Entry::Text(x.name.clone())]).collect()))
        .with("show", Value::Table(Vec::new()))
}

/// A, made of B and C, B also made of C: C's low-level code is 2, planned after both parents.
fn exercise(seed: u64) -> MrpInput {
    let mut rng = Rng::new(seed);
    #[allow(clippy::cast_precision_loss)] // small whole numbers
    let mut draw = |low: i64, high: i64, step: i64| rng.step(low, high, step) as f64;
    let periods = 6;
    let demand: Vec<f64> = (0..periods).map(|t| if t < 2 { 0.0 } else { draw(20, 80, 5) }).collect();
    let item = |name: &str, lead_time: f64, on_hand: f64, rule: LotRule| Item {
        name: name.into(),
        lead_time,
        on_hand,
        safety: 0.0,
        rule,
        scrap: 0.0,
        phantom: false,
    };
    let items = vec![
        item("A", 1.0, draw(0, 60, 10), LotRule::LotForLot),
        item("B", draw(1, 2, 1), draw(20, 100, 10), LotRule::Fixed(draw(50, 150, 50))),
        item("C", 1.0, draw(50, 300, 50), LotRule::LotForLot),
    ];
    let link = |parent: &str, child: &str, quantity: f64| Link { parent: parent.into(), child: child.into(), quantity };
    let links = vec![link("A", "B", draw(1, 2, 1)), link("A", "C", draw(1, 3, 1)), link("B", "C", draw(1, 2, 1))];
    MrpInput { periods, items, links, demand: HashMap::from([("A".to_owned(), demand)]), scheduled: HashMap::new() }
}

fn statement(v: &Values, lang: Lang) -> String {
    let Ok(input) = input(v, lang) else { return String::new() };
    let q = |x: f64| quantity(x, lang);
    let separator = if lang == Lang::Fr { " ; " } else { ", " };
    let items = input
        .items
        .iter()
        .map(|x| match lang {
            Lang::Fr => format!("{} (délai {}, stock {}, {})", x.name, q(x.lead_time), q(x.on_hand), text::rule_name(x.rule, lang, &q)),
            Lang::En => {
                format!("{} (lead time {}, on hand {}, {})", x.name, q(x.lead_time), q(x.on_hand), text::rule_name(x.rule, lang, &q))
            }
        })
        .collect::<Vec<_>>()
        .join(separator);
    let links = input
        .links
        .iter()
        .map(|l| format!("{} × {} {}", q(l.quantity), l.child, t!("par", "per").get(lang)) + " " + &l.parent)
        .collect::<Vec<_>>()
        .join(separator);
    let demand = input.demand.get("A").map(|d| d.iter().map(|x| q(*x)).collect::<Vec<_>>().join(separator)).unwrap_or_default();
    match lang {
        Lang::Fr => format!("{} périodes. Articles : {items}. Nomenclature : {links}. Besoins bruts de A, période par période : {demand}. Ni stock de sécurité ni réception attendue.", input.periods),
        Lang::En => format!("{} periods. Items: {items}. Bill of materials: {links}. A’s gross requirements, period by period: {demand}. No safety stock, no scheduled receipt.", input.periods),
    }
}

fn questions(v: &Values) -> Vec<Question> {
    let Some((input, plans)) = planned(v) else { return Vec::new() };
    let (Some(a), Some(b), Some(c)) = (plans.first(), plans.get(1), plans.get(2)) else { return Vec::new() };
    #[allow(clippy::cast_precision_loss)] // a level
    let llc = c.low_level_code as f64;
    let b_orders: f64 = b.releases.iter().sum::<f64>() + b.past_due;
    let c_gross: f64 = c.gross.iter().sum();
    let from_a_only: f64 = input.links.get(1).map_or(0.0, |l| a.releases.iter().sum::<f64>() * l.quantity + a.past_due * l.quantity);
    vec![
        Question::new("a-avail-3", t!("Disponible projeté de A en fin de S3", "A’s projected available at the end of S3"), at(&a.available, 3), Tolerance::Absolute(0.01), 2)
            .hint(t!("Stock de départ, plus les réceptions planifiées, moins les besoins bruts de S1 à S3 (lot pour lot : jamais en dessous de 0).", "Opening stock, plus the planned receipts, less the gross requirements of S1 to S3 (lot for lot: never below 0).")),
        Question::new("b-releases", t!("Total des lancements planifiés de B", "Total of B’s planned order releases"), b_orders, Tolerance::Absolute(0.01), 2)
            .hint(t!("Les lancements de A × le coefficient donnent les besoins bruts de B ; chaque besoin net se couvre par un multiple du lot de B.", "A’s releases × the quantity per give B’s gross requirements; each net need is covered by a multiple of B’s lot."))
            .mistake(b.net.iter().sum(), t!("C’est la somme des besoins nets : B se commande par lots entiers.", "That is the sum of the net needs: B is ordered in whole lots.")),
        Question::new("c-gross", t!("Total des besoins bruts de C", "Total of C’s gross requirements"), c_gross, Tolerance::Absolute(0.01), 2)
            .hint(t!("C a deux parents : les lancements de A et ceux de B, chacun multiplié par son coefficient.", "C has two parents: A’s releases and B’s, each times its quantity per."))
            .mistake(from_a_only, t!("Il manque les besoins venant de B : C entre aussi dans B.", "The needs coming from B are missing: C also goes into B.")),
        Question::new("c-llc", t!("Code de plus bas niveau de C", "Low-level code of C"), llc, Tolerance::Absolute(0.0), 0)
            .hint(t!("Le niveau le plus bas où C apparaît : sous A au niveau 1, mais aussi sous B.", "The lowest level C appears at: under A at level 1, but also under B."))
            .mistake(1.0, t!("C est au niveau 1 sous A, mais au niveau 2 sous B : on garde le plus bas.", "C is at level 1 under A, but at level 2 under B: the lowest is kept.")),
    ]
}

fn steps(v: &Values, lang: Lang) -> Vec<StepLine> {
    planned(v)
        .map(|(input, plans)| {
            let focus =
                order(&input, &plans).into_iter().rev().find(|&i| plans.get(i).is_some_and(|p| p.receipts.iter().any(|r| *r > 0.0)));
            focus.map(|i| step_lines(&worked(&input, &plans, i), text::step_title, lang)).unwrap_or_default()
        })
        .unwrap_or_default()
}

/// Each item's planned order releases by period (a past-due release counted in period 1, when it
/// is needed), for the load it brings to a work centre; none when the scenario has no result.
pub fn releases(v: &Values) -> Option<Vec<(String, Vec<f64>)>> {
    let (input, plans) = planned(v)?;
    Some(
        input
            .items
            .iter()
            .zip(plans)
            .map(|(item, plan)| {
                let mut released = plan.releases;
                if let Some(first) = released.first_mut() {
                    *first += plan.past_due;
                }
                (item.name.clone(), released)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::codec::preset_values;

    fn row(report: &Report, item: &str, key: &str, periods: std::ops::RangeInclusive<usize>) -> Vec<String> {
        report.row(&format!("mrp-{item}-{key}"), periods)
    }

    #[test]
    fn fig_3_23_every_printed_cell() {
        let r = LESSON.preset_report("fig-3-22", Lang::En);
        assert_eq!(row(&r, "SE", "gross", 1..=5), ["120", "150", "220", "200", "150"]);
        assert_eq!(row(&r, "SE", "avail", 0..=5), ["350", "230", "80", "110", "160", "10"]);
        assert_eq!(row(&r, "SE", "net", 1..=5), ["0", "0", "140", "90", "0"]);
        assert_eq!(row(&r, "SE", "receipt", 1..=5), ["0", "0", "250", "250", "0"]);
        assert_eq!(row(&r, "SE", "release", 1..=5), ["0", "250", "250", "0", "0"]);
        assert_eq!(row(&r, "C", "gross", 1..=5), ["0", "500", "500", "0", "0"]);
        assert_eq!(row(&r, "C", "sched", 1..=5), ["0", "500", "0", "0", "0"]);
        assert_eq!(row(&r, "C", "avail", 0..=5), ["100"; 6]);
        assert_eq!(row(&r, "C", "receipt", 1..=5), ["0", "0", "500", "0", "0"]);
        assert_eq!(row(&r, "C", "release", 1..=5), ["500", "0", "0", "0", "0"]);
        assert_eq!(row(&r, "M", "gross", 1..=5), ["50", "0", "0", "0", "0"]);
        assert_eq!(row(&r, "M", "avail", 0..=5), ["200", "150", "150", "350", "350", "350"]);
        assert_eq!(row(&r, "M", "release", 1..=5), ["0"; 5]);
        assert_eq!([r.at("mrp-SE-llc"), r.at("mrp-C-llc"), r.at("mrp-M-llc")], ["0", "1", "2"]);
        assert_eq!(r.at("mrp-C-pastdue"), "0");
        assert_eq!(
            (r.at("mrp-orders"), r.at("mrp-late"), r.at("mrp-cumulative")),
            ("3".to_owned(), "none".to_owned(), "6 (SE)".to_owned())
        );
        let fr = LESSON.preset_report("fig-3-22", Lang::Fr);
        assert_eq!(
            fr.grid("mrp-C").unwrap().explain("mrp-C-gross-2", Lang::Fr).unwrap(),
            "Besoins bruts, période S2 : demande 0 + SE 250 × 2"
        );
        assert_eq!(
            fr.grid("mrp-SE").unwrap().explain("mrp-SE-receipt-3", Lang::Fr).unwrap(),
            "Réceptions d’ordres planifiés, période S3 : ⌈140 / 250⌉ × 250"
        );
    }

    #[test]
    fn figs_3_25_and_3_27_every_printed_cell() {
        let r = LESSON.preset_report("fig-3-24", Lang::En);
        assert_eq!(row(&r, "SE", "avail", 0..=5), ["300", "200", "50", "50", "70", "120"]);
        assert_eq!(row(&r, "SE", "release", 1..=5), ["0", "200", "200", "200", "0"]);
        assert_eq!(row(&r, "C1", "gross", 1..=5), ["0", "400", "400", "400", "0"]);
        assert_eq!(row(&r, "C1", "avail", 0..=5), ["160", "160", "110", "60", "10", "10"]);
        assert_eq!(row(&r, "C1", "release", 1..=5), ["350", "350", "0", "0", "0"]);
        assert_eq!(row(&r, "C2", "avail", 0..=5), ["100", "100", "150", "200", "0", "0"]);
        assert_eq!(row(&r, "C2", "release", 1..=5), ["250", "250", "0", "0", "0"]);
        let r = LESSON.preset_report("fig-3-26", Lang::En);
        assert_eq!(row(&r, "SE1", "avail", 0..=5), ["220", "120", "220", "70", "140", "240"]);
        assert_eq!(row(&r, "SE1", "release", 1..=5), ["250", "0", "250", "250", "0"]);
        assert_eq!(row(&r, "SE2", "avail", 0..=5), ["140", "140", "50", "150", "120", "120"]);
        assert_eq!(row(&r, "SE2", "release", 1..=5), ["200", "0", "0", "0", "0"]);
        assert_eq!(row(&r, "C", "gross", 1..=5), ["850", "0", "250", "250", "0"]);
        assert_eq!(row(&r, "C", "avail", 0..=5), ["350", "0", "0", "250", "0", "0"]);
        assert_eq!(row(&r, "C", "receipt", 1..=5), ["0", "0", "500", "0", "0"]);
        assert_eq!(row(&r, "C", "release", 1..=5), ["500", "0", "0", "0", "0"]);
    }

    #[test]
    fn fig_3_28_grouping_and_the_rolling_variant() {
        let r = LESSON.preset_report("fig-3-28", Lang::En);
        assert_eq!(row(&r, "SE", "net", 1..=6), ["0", "30", "150", "180", "150", "120"]);
        assert_eq!(row(&r, "SE", "receipt", 1..=6), ["184", "0", "0", "459", "0", "0"]);
        assert_eq!(row(&r, "SE", "avail", 0..=6), ["220", "300", "150", "0", "270", "120", "0"]);
        assert_eq!(
            r.grid("mrp-SE").unwrap().explain("mrp-SE-receipt-4", Lang::En).unwrap(),
            "Planned order receipts, period S4: 180 + 150 + 120 = 450; ⌈450 × (1 + 0.02)⌉"
        );
        let rolling = LESSON.preset_report("poq", Lang::En);
        assert_eq!(row(&rolling, "SE", "receipt", 1..=6), ["0", "368", "0", "0", "276", "0"]);
    }

    #[test]
    fn fig_3_21_structure() {
        let r = LESSON.preset_report("fig-3-21", Lang::En);
        assert_eq!(r.at("mrp-levels"), "4");
        assert_eq!(r.at("mrp-cumulative"), "9.5 (P)");
        assert_eq!([r.at("mrp-P-llc"), r.at("mrp-SE2-llc"), r.at("mrp-C4-llc"), r.at("mrp-M4-llc")], ["0", "1", "2", "3"]);
        // Lead times of 0.5 and 2.5 take whole weeks of the grid: P is released in S11 for S12.
        assert_eq!(r.at("mrp-P-release-11"), "100");
        assert_eq!(r.at("mrp-SE2-gross-11"), "200");
        assert_eq!(r.at("mrp-M4-gross-6"), "20");
        assert_eq!(r.at("mrp-M4-release-2"), "20");
        assert_eq!(r.at("mrp-late"), "none");
    }

    #[test]
    fn past_due_scrap_and_phantoms() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-22").unwrap());
        let rush = values.clone().with("demand", Value::Table(vec![vec![Entry::Text("SE".into()), Entry::Numbers(vec![400.0])]]));
        let r = solve(&rush, Lang::En).unwrap();
        assert_eq!(r.at("mrp-SE-pastdue"), "250", "needed in S1, released a period before");
        assert_eq!(r.at("mrp-C-gross-1"), "500", "the past-due release still needs its components, in S1");
        assert!(r.at("mrp-late").starts_with("SE 250"));
        let scrap = values.clone().with("scrap", Value::Table(vec![vec![Entry::Text("SE".into()), Entry::Number(0.1)]]));
        assert_eq!(solve(&scrap, Lang::En).unwrap().at("mrp-SE-receipt-3"), "275", "250 good parts: 250 × 1.1 is exactly 275");
        let phantom = values.with("phantom", Value::Table(vec![vec![Entry::Text("C".into())]]));
        let r = solve(&phantom, Lang::En).unwrap();
        assert_eq!(row(&r, "C", "release", 1..=3), ["0", "0", "400"], "a phantom: lot for lot, released in the period of its need");
        assert_eq!(r.at("mrp-M-gross-3"), "40");
    }

    #[test]
    fn errors_name_their_cell() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-22").unwrap());
        let mut cyclic = values.rows("bom").to_vec();
        cyclic.push(vec![Entry::Text("M".into()), Entry::Text("SE".into()), Entry::Number(1.0)]);
        let e = solve(&values.clone().with("bom", Value::Table(cyclic)), Lang::En).unwrap_err();
        assert_eq!(e.param(), Some("bom"));
        assert!(e.message.contains("SE → C → M → SE"), "{}", e.message);
        let mut zero = values.rows("bom").to_vec();
        zero[1][2] = Entry::Number(0.0);
        let e = solve(&values.clone().with("bom", Value::Table(zero)), Lang::En).unwrap_err();
        assert_eq!(
            (e.culprit, e.message.as_str()),
            (Culprit::Cell { param: "bom", row: 1, column: 2 }, "Link C/M: the quantity per parent must be above 0.")
        );
        let mut unknown = values.rows("bom").to_vec();
        unknown[0][1] = Entry::Text("X".into());
        assert_eq!(
            solve(&values.clone().with("bom", Value::Table(unknown)), Lang::En).unwrap_err().culprit,
            Culprit::Cell { param: "bom", row: 0, column: 1 }
        );
        let mut twice = values.rows("items").to_vec();
        twice.push(vec![Entry::Text("C".into()), Entry::Number(1.0), Entry::Number(0.0), Entry::Text("l4l".into())]);
        let e = solve(&values.clone().with("items", Value::Table(twice)), Lang::Fr).unwrap_err();
        assert_eq!(e.message, "L’article C figure deux fois.");
        let mut rule = values.rows("items").to_vec();
        rule[0][3] = Entry::Text("fixed0".into());
        assert_eq!(
            solve(&values.clone().with("items", Value::Table(rule)), Lang::En).unwrap_err().culprit,
            Culprit::Cell { param: "items", row: 0, column: 3 }
        );
        let stray = values.clone().with("ss", Value::Table(vec![vec![Entry::Text("Z".into()), Entry::Number(5.0)]]));
        assert_eq!(solve(&stray, Lang::En).unwrap_err().message, "Z is not in the item list.");
        let long = values.with("demand", Value::Table(vec![vec![Entry::Text("SE".into()), Entry::Numbers(vec![1.0; 6])]]));
        assert_eq!(solve(&long, Lang::En).unwrap_err().culprit, Culprit::Cell { param: "demand", row: 0, column: 1 });
    }

    #[test]
    fn only_the_chosen_grids_are_built() {
        let values = preset_values(&LESSON, LESSON.preset("fig-3-21").unwrap());
        let level = solve(&values.clone().with_num("level", 1.0), Lang::En).unwrap();
        assert!(level.grid("mrp-SE2").is_some() && level.grid("mrp-C1").is_none());
        assert!(level.note("mrp-hidden").starts_with("3 grids of 13"));
        let named = solve(&values.with("show", Value::Table(vec![vec![Entry::Text("M4".into())]])), Lang::En).unwrap();
        assert!(named.grid("mrp-M4").is_some() && named.grid("mrp-P").is_none());
        assert_eq!(named.at("mrp-P-llc"), "0", "the item table keeps every item");
    }

    #[test]
    fn rules_read_and_write_back() {
        for code in ["l4l", "fixed250", "fixed0.5", "group3", "poq4"] {
            assert_eq!(rule_code(parse_rule(code).unwrap()), code);
        }
        assert_eq!(parse_rule("FIXED250"), Some(LotRule::Fixed(250.0)));
        for bad in ["fixed", "fixed-1", "group0", "poq", "lot"] {
            assert_eq!(parse_rule(bad), None, "{bad}");
        }
    }

    #[test]
    fn exercises_share_a_component_across_levels() {
        for seed in 0..40 {
            let values = (LESSON.exercise.generate)(seed);
            let (_, plans) = planned(&values).unwrap();
            let asked = questions(&values);
            assert_eq!(asked[3].expected, 2.0, "seed {seed}");
            assert_eq!(asked[2].expected, plans[2].gross.iter().sum::<f64>());
            assert!(asked[2].mistakes[0].0 < asked[2].expected, "seed {seed}: B's needs add to A's");
            assert!(!statement(&values, Lang::En).is_empty());
        }
    }
}
