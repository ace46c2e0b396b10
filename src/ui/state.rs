//! The state of one lesson page, built from the lesson's declaration: its values, the one memo
//! holding its report, mode, notices. Every widget reads it; none is generic over a lesson.
//! Effects here only push state out: to storage and to the address bar.

use super::{use_lang, use_store, StoreCtx};
use crate::i18n::Lang;
use crate::kit::codec::{link_params, Mode};
use crate::kit::report::{Problem, Report};
use crate::kit::session::{self, StorageNotice};
use crate::kit::values::{Value, Values};
use crate::kit::Lesson;
use crate::platform;
use crate::scenario::links::{build_fragment, Link, LinkProblem};
use crate::scenario::storage::StoreError;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The report for the current values and the last valid one, kept on screen while inputs are invalid.
#[derive(Clone, PartialEq)]
pub struct Output {
    pub result: Result<Report, Problem>,
    pub last_ok: Option<Report>,
    /// The values `last_ok` reports on: what links and storage carry, so they never hold invalid input.
    pub last_ok_values: Option<Values>,
    lang: Lang,
}

impl Output {
    pub fn problem(&self) -> Option<&Problem> {
        self.result.as_ref().err()
    }
}

#[derive(Clone, Copy)]
pub struct LessonState {
    pub lesson: &'static Lesson,
    pub values: RwSignal<Values>,
    pub output: Memo<Output>,
    /// Bumped when the values are replaced wholesale, so fields drop the learner's stale drafts.
    pub revision: RwSignal<u32>,
    /// Inputs whose typed text does not read: the results on screen are then stale too.
    pub invalid_inputs: RwSignal<BTreeSet<String>>,
    pub mode: RwSignal<Mode>,
    pub seed: RwSignal<u64>,
    pub hide_solution: RwSignal<bool>,
    pub preset: RwSignal<Option<&'static str>>,
    pub link_problems: RwSignal<Vec<LinkProblem>>,
    pub storage_notice: RwSignal<Option<StorageNotice>>,
    /// Saved work that a link replaced for this visit, offered back.
    pub replaced_work: RwSignal<Option<Values>>,
    /// The fragment of what is on screen, as the address bar and the share link show it.
    pub link: RwSignal<String>,
    store: StoreCtx,
}

/// A fresh exercise seed; whole and below 2^53 so it survives any link reader.
fn new_seed() -> u64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Date.now() is a positive whole number of ms
    let millis = platform::now_millis() as u64;
    (millis.wrapping_mul(2_654_435_761) ^ (millis >> 7)) % 1_000_000
}

impl LessonState {
    pub fn new(lesson: &'static Lesson, link: &Link) -> Self {
        let store = use_store();
        let lang = use_lang();
        let start = session::start(lesson, &link.params, store.store(), store.store().is_persistent());
        let values = RwSignal::new(start.values.clone());
        let output = Memo::new(move |previous: Option<&Output>| {
            let lang = lang.get();
            let result = values.with(|v| (lesson.solve)(v, lang));
            let (last_ok, last_ok_values) = match (&result, previous) {
                (Ok(report), _) => (Some(report.clone()), Some(values.get())),
                (Err(_), Some(p)) if p.lang == lang => (p.last_ok.clone(), p.last_ok_values.clone()),
                // The language changed while inputs are invalid: the last valid values, in the new language.
                (Err(_), Some(p)) => (p.last_ok_values.as_ref().and_then(|v| (lesson.solve)(v, lang).ok()), p.last_ok_values.clone()),
                (Err(_), None) => (None, None),
            };
            Output { result, last_ok, last_ok_values, lang }
        });
        let state = Self {
            lesson,
            values,
            output,
            revision: RwSignal::new(0),
            invalid_inputs: RwSignal::new(BTreeSet::new()),
            mode: RwSignal::new(start.link.mode),
            seed: RwSignal::new(start.link.seed.unwrap_or_else(new_seed)),
            hide_solution: RwSignal::new(start.link.hide_solution),
            preset: RwSignal::new(start.link.preset),
            link_problems: RwSignal::new(start.link.problems),
            storage_notice: RwSignal::new(start.storage),
            replaced_work: RwSignal::new(start.replaced),
            link: RwSignal::new(String::new()),
            store,
        };
        state.link.set(state.fragment(lang.get_untracked()));

        // Every change is saved and put in the address bar, once painted (see `write_after_paint`).
        Effect::new(move |_| {
            output.track();
            values.track();
            lang.0.track();
            state.mode.track();
            state.seed.track();
            state.hide_solution.track();
            platform::write_after_paint(move |address| state.write_out(lang.get_untracked(), address));
        });
        state
    }

    /// Saves a valid scenario (invalid inputs never overwrite saved work) and keeps the address bar
    /// equal to what is on screen, without a history entry per keystroke.
    fn write_out(self, lang: Lang, address: platform::Address) {
        // The page may have been left since (another lesson opened): nothing of it is on screen.
        if self.values.is_disposed() {
            return;
        }
        let store = self.store.store();
        let failed =
            self.output.with_untracked(|o| o.result.is_ok().then(|| self.values.with_untracked(|v| session::save(self.lesson, store, v))));
        if failed.and_then(Result::err) == Some(StoreError::Full) && store.is_persistent() {
            self.storage_notice.set(Some(StorageNotice::Full));
        }
        let fragment = self.fragment(lang);
        if address == platform::Address::Ours {
            platform::replace_hash(&fragment);
        }
        self.link.set(fragment);
    }

    /// Whether a link or storage problem, or the offer to restore replaced work, is to be shown.
    pub fn has_notices(&self) -> bool {
        self.link_problems.with(|p| !p.is_empty()) || self.storage_notice.with(Option::is_some) || self.replaced_work.with(Option::is_some)
    }

    /// Whether what is on screen belongs to older inputs than those typed.
    pub fn stale(&self) -> bool {
        self.output.with(|o| o.result.is_err()) || self.invalid_inputs.with(|i| !i.is_empty())
    }

    /// Sets one input, as the learner typed or chose it.
    pub fn set(&self, param: &'static str, value: Value) {
        let lesson = self.lesson;
        self.values.update(|v| {
            v.set(param, value);
            (lesson.adjust)(v, param);
        });
    }

    /// Replaces the whole scenario (preset, reset, restore, an exercise's data).
    pub fn replace(&self, values: Values, preset: Option<&'static str>) {
        self.values.set(values);
        self.preset.set(preset);
        self.invalid_inputs.set(BTreeSet::new());
        self.revision.update(|r| *r += 1);
    }

    pub fn mark_input(&self, id: String, invalid: bool) {
        self.invalid_inputs.update(|set| {
            if invalid {
                set.insert(id);
            } else {
                set.remove(&id);
            }
        });
    }

    /// The fragment of what is on screen: the exercise, or the last valid scenario.
    pub fn fragment(&self, lang: Lang) -> String {
        let exercise =
            (self.mode.get_untracked() == Mode::Exercise).then(|| (self.seed.get_untracked(), self.hide_solution.get_untracked()));
        let lesson = self.lesson;
        let params = self.output.with_untracked(|o| o.last_ok_values.as_ref().map(|v| link_params(lesson, v, exercise, lang)));
        let params = params.unwrap_or_else(|| self.values.with_untracked(|v| link_params(lesson, v, exercise, lang)));
        build_fragment(lesson.id, &params)
    }

    pub fn share_url(&self) -> String {
        format!("{}{}", platform::base_url(), self.link.get())
    }

    pub fn apply_preset(&self, slug: &str) {
        if let Some(preset) = self.lesson.preset(slug) {
            self.replace(crate::kit::codec::preset_values(self.lesson, preset), Some(preset.slug));
        }
    }

    pub fn start_exercise(&self, fresh: bool) {
        if fresh {
            self.seed.set(new_seed());
        }
        self.mode.set(Mode::Exercise);
    }

    /// Back to exploring, on the exercise's own data so the learner can play with it.
    pub fn explore_exercise(&self) {
        self.replace((self.lesson.exercise.generate)(self.seed.get_untracked()), None);
        self.mode.set(Mode::Explore);
    }

    pub fn keep_link(&self) {
        self.replaced_work.set(None);
        session::forget_replaced(self.lesson, self.store.store());
    }

    pub fn restore_replaced_work(&self) {
        if let Some(saved) = self.replaced_work.get_untracked() {
            self.replace(saved, None);
            self.keep_link();
        }
    }
}
