//! What every lesson's scenario provides, and the generic reading of a lesson link
//! (`preset`, `mode`, `seed`, `lang` plus the lesson's own parameters).

use super::exercise::Question;
use super::links::{LinkProblem, Params, Range};
use super::storage::Schema;
use crate::i18n::{Lang, Text};

/// A named scenario; course figures are `fig-<chapter>-<n>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Preset<S> {
    pub slug: &'static str,
    pub title: Text,
    pub scenario: S,
}

/// The editable state of one lesson: stored, linked, solved and turned into exercises.
pub trait LessonScenario: Schema + Clone + PartialEq + Default + Send + Sync + 'static {
    type Solution: Clone + PartialEq + Send + Sync + 'static;
    type Error: Clone + PartialEq + Send + Sync + 'static;

    /// Link id (`#/<LESSON>`) and storage name.
    const LESSON: &'static str;

    fn presets() -> Vec<Preset<Self>>;
    /// Every parameter, so that a link reproduces exactly what is on screen.
    fn write_params(&self) -> Vec<(String, String)>;
    /// Overwrites the fields the link gives; bad values are recorded in `params` and skipped.
    fn apply_params(&mut self, params: &mut Params);
    fn solve(&self) -> Result<Self::Solution, Self::Error>;
    /// A realistic problem, the same for everyone with the same seed.
    fn exercise(seed: u64) -> Self;
    /// What the student must find, with the expected values.
    fn questions(solution: &Self::Solution) -> Vec<Question>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Explore,
    Exercise,
}

/// A lesson link, read.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonLink<S> {
    /// `Some` when the link sets a preset or any lesson parameter: it wins over saved work.
    pub scenario: Option<S>,
    pub preset: Option<&'static str>,
    pub mode: Mode,
    /// The exercise seed, if the link gives one.
    pub seed: Option<u64>,
    pub lang: Option<Lang>,
    pub problems: Vec<LinkProblem>,
}

pub const MODES: &[&str] = &["explore", "exercise"];
pub const LANGS: &[&str] = &["fr", "en"];
/// Seeds stay below 2^53 so they survive any JavaScript tool that reads the link as a number.
pub const SEED_RANGE: Range =
    Range::between(super::links::Bound::Inclusive(0.0), super::links::Bound::Inclusive(9_007_199_254_740_991.0)).integer();

pub fn read_link<S: LessonScenario>(pairs: &[(String, String)]) -> LessonLink<S> {
    let mut params = Params::new(pairs);
    let lang = params.choice("lang", LANGS).and_then(Lang::from_code);
    let mode = match params.choice("mode", MODES) {
        Some("exercise") => Mode::Exercise,
        _ => Mode::Explore,
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // SEED_RANGE: whole, 0..2^53
    let seed = params.number("seed", SEED_RANGE).map(|s| s as u64);
    let mut preset = None;
    let mut scenario = None;
    if let Some(slug) = params.raw("preset") {
        match S::presets().into_iter().find(|p| p.slug == slug.trim()) {
            Some(found) => {
                preset = Some(found.slug);
                scenario = Some(found.scenario);
            }
            None => params.report(LinkProblem::UnknownPreset { value: slug }),
        }
    }
    let before = params.used();
    let mut edited = scenario.clone().unwrap_or_default();
    edited.apply_params(&mut params);
    if params.used() > before {
        scenario = Some(edited);
    }
    LessonLink { scenario, preset, mode, seed, lang, problems: params.finish() }
}

/// The parameters of a link that shows `scenario` (explore mode) or exercise `seed`.
pub fn link_params<S: LessonScenario>(scenario: &S, exercise_seed: Option<u64>, lang: Lang) -> Vec<(String, String)> {
    let mut out = match exercise_seed {
        Some(seed) => vec![("mode".to_owned(), "exercise".to_owned()), ("seed".to_owned(), seed.to_string())],
        None => scenario.write_params(),
    };
    out.push(("lang".to_owned(), lang.code().to_owned()));
    out
}
