//! A lesson's report laid out: headline results beside the inputs, then figures (chart and its
//! table) and tables, then the worked steps. The layout is drawn again only when the report's
//! shape changes; on each keystroke only the numbers and the charts' data change.

use super::grid::GridView;
use super::lesson::AROUND_RESULTS;
use super::state::{LessonState, Output};
use super::steps::WorkedSteps;
use super::table::DataTable;
use super::use_lang;
use crate::i18n::Text;
use crate::kit::grid::Grid;
use crate::kit::html;
use crate::kit::report::{Block, Culprit, Report, Table, Tabular};
use crate::t;
use leptos::prelude::*;

/// Where a block sits in a report.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Side(usize),
    Section(usize, usize),
}

fn block_at(report: &Report, place: Place) -> Option<&Block> {
    match place {
        Place::Side(b) => report.side.get(b),
        Place::Section(s, b) => report.sections.get(s).and_then(|s| s.blocks.get(b)),
    }
}

/// What decides the layout of a block: its kind and test id (for a figure, whether its numbers are a grid).
#[derive(Clone, PartialEq)]
enum Shape {
    Figure(String, Text, Option<String>),
    Table(String),
    Grid(String),
    Note(String),
    Drawing(String),
}

fn shape(block: &Block) -> Shape {
    match block {
        Block::Figure { test_id, label, data, .. } => Shape::Figure(
            test_id.clone(),
            *label,
            match data {
                Tabular::Grid(grid) => Some(grid.prefix.clone()),
                Tabular::Table(_) => None,
            },
        ),
        Block::Table(table) => Shape::Table(table.test_id.clone()),
        Block::Grid(grid) => Shape::Grid(grid.prefix.clone()),
        Block::Note { test_id, .. } => Shape::Note(test_id.clone()),
        Block::Drawing { test_id, .. } => Shape::Drawing(test_id.clone()),
    }
}

fn shown(o: &Output) -> Option<&Report> {
    o.last_ok.as_ref()
}

fn table_at(o: &Output, place: Place) -> Option<&Table> {
    shown(o).and_then(|r| block_at(r, place)).and_then(|b| match b {
        Block::Figure { data: Tabular::Table(table), .. } | Block::Table(table) => Some(table),
        _ => None,
    })
}

fn grid_at(o: &Output, place: Place) -> Option<&Grid> {
    shown(o).and_then(|r| block_at(r, place)).and_then(|b| match b {
        Block::Figure { data: Tabular::Grid(grid), .. } | Block::Grid(grid) => Some(grid),
        _ => None,
    })
}

// Memos, not derived signals: a widget reads its table in several places, and a derived signal
// cloned it at each read (ABC's and MRP's 500 rows, six times a keystroke); a block whose numbers
// did not change wakes nothing.
fn grid_view(state: LessonState, place: Place, prefix: String) -> impl IntoView {
    let output = state.output;
    let grid = Memo::new(move |_| output.with(|o| grid_at(o, place).cloned()));
    GRID.slot(|| None, move |grid_view| grid_view(grid, prefix.clone()))
}

part! {
    /// The time-phased grid and its "fill it yourself" round: fetched when a report first draws one.
    static GRID: fn(Memo<Option<Grid>>, String) -> AnyView = grid {
        |grid, prefix| view! { <GridView grid=grid prefix=prefix /> }.into_any()
    }
}

fn table_view(state: LessonState, place: Place) -> impl IntoView {
    let output = state.output;
    view! { <DataTable table=Memo::new(move |_| output.with(|o| table_at(o, place).cloned())) /> }
}

fn block_view(state: LessonState, place: Place, shape: Shape) -> AnyView {
    let output = state.output;
    match shape {
        Shape::Figure(test_id, label, grid) => {
            let wide = grid.is_some();
            let chart = Memo::new(move |_| {
                output.with(|o| match shown(o).and_then(|r| block_at(r, place)) {
                    Some(Block::Figure { chart, .. }) => chart.clone(),
                    _ => String::new(),
                })
            });
            view! {
                <div class="charts__item" class:charts__item--wide=wide>
                    {AROUND_RESULTS.slot(
                        || Some(view! { <div class="chart"><div class="chart__canvas"></div></div> }.into_any()),
                        move |around| (around.chart)(chart.into(), label, test_id.clone()),
                    )}
                    {match grid {
                        Some(prefix) => grid_view(state, place, prefix).into_any(),
                        None => table_view(state, place).into_any(),
                    }}
                </div>
            }
            .into_any()
        }
        Shape::Table(_) => table_view(state, place).into_any(),
        Shape::Grid(prefix) => grid_view(state, place, prefix).into_any(),
        Shape::Note(test_id) => {
            let text = move || {
                output.with(|o| match shown(o).and_then(|r| block_at(r, place)) {
                    Some(Block::Note { text, .. }) => text.clone(),
                    _ => String::new(),
                })
            };
            view! { <p data-testid=test_id>{text}</p> }.into_any()
        }
        Shape::Drawing(test_id) => {
            let svg = move || {
                output.with(|o| match shown(o).and_then(|r| block_at(r, place)) {
                    Some(Block::Drawing { svg, .. }) => svg.clone(),
                    _ => String::new(),
                })
            };
            view! { <div class="drawing" data-testid=test_id tabindex="0" inner_html=svg></div> }.into_any()
        }
    }
}

/// Headline results, the stale banner, a problem that belongs to no input, and the side tables.
#[component]
pub fn ResultsPanel(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let lesson = state.lesson;
    let output = state.output;
    let is_stale = move || state.stale();
    let side_shapes =
        Memo::new(move |_| output.with(|o| shown(o).map(|r| r.side.iter().map(shape).collect::<Vec<_>>()).unwrap_or_default()));
    let general_problem = move || output.with(|o| o.problem().filter(|p| p.culprit == Culprit::Lesson).map(|p| p.message.clone()));
    let title_id = format!("{}-results", lesson.id);
    view! {
        <section class="panel" aria-labelledby=title_id aria-live="polite">
            <h2 id=title_id.clone()>{move || t!("Résultats", "Results").get(lang.get())}</h2>
            {move || is_stale().then(|| view! {
                <p class="stale" data-testid=format!("{}-stale", lesson.prefix)>
                    {move || if output.with(|o| o.last_ok.is_some()) {
                        t!("Données non valides : les résultats affichés sont ceux des dernières données valides.", "Inputs not valid: the results shown are for the last valid inputs.")
                    } else {
                        t!("Données non valides : corrigez-les pour voir les résultats.", "Inputs not valid: correct them to see results.")
                    }.get(lang.get())}
                </p>
            })}
            {move || general_problem().map(|message| view! { <p class="field__error" role="alert" data-testid=format!("{}-problem", lesson.prefix)>{message}</p> })}
            <dl class="results" class:results--stale=is_stale
                inner_html=move || output.with(|o| shown(o).map(|r| html::results(&r.results, lang.get())).unwrap_or_default())></dl>
            <div class:results--stale=is_stale>
                {move || side_shapes.get().into_iter().enumerate().map(|(b, shape)| block_view(state, Place::Side(b), shape)).collect_view()}
            </div>
        </section>
    }
}

/// The panels below the inputs: figures, tables and notes.
#[component]
pub fn ReportSections(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let output = state.output;
    let shapes = Memo::new(move |_| {
        output.with(|o| {
            shown(o)
                .map(|r| r.sections.iter().map(|s| (s.title, s.blocks.iter().map(shape).collect::<Vec<_>>())).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let lesson = state.lesson;
    move || {
        shapes
            .get()
            .into_iter()
            .enumerate()
            .map(|(s, (title, blocks))| {
                let title_id = format!("{}-section-{s}", lesson.id);
                let single = blocks.len() == 1;
                view! {
                    <section class="panel" aria-labelledby=title_id>
                        <h2 id=title_id.clone()>{move || title.get(lang.get())}</h2>
                        <div class="charts" class:charts--single=single>
                            {blocks.into_iter().enumerate().map(|(b, shape)| block_view(state, Place::Section(s, b), shape)).collect_view()}
                        </div>
                    </section>
                }
            })
            .collect_view()
    }
}

#[component]
pub fn StepsPanel(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let lesson = state.lesson;
    let title_id = format!("{}-steps-title", lesson.id);
    view! {
        <section class="panel" aria-labelledby=title_id>
            <h2 id=title_id.clone()>{move || t!("Calcul détaillé", "Worked steps").get(lang.get())}</h2>
            <WorkedSteps steps=Signal::derive(move || state.output.with(|o| shown(o).map(|r| r.steps.clone()).unwrap_or_default())) test_id=lesson.steps_id() />
        </section>
    }
}
