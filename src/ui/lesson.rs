//! The state every lesson shares — scenario, the one memo holding its solution, mode, notices —
//! and the toolbar (presets, share link, reset, exercise mode). Effects here only push state
//! out: to storage and to the address bar.

use super::exercise::{ExercisePanel, ExerciseSpec};
use super::notice::{NoticeBox, Tone};
use super::number_field::NumberField;
use super::{use_lang, use_store, StoreCtx};
use crate::i18n::{Lang, Text};
use crate::platform;
use crate::scenario::lesson::{link_params, read_link, LessonScenario, Mode};
use crate::scenario::links::Range;
use crate::scenario::links::{build_fragment, Link, LinkProblem};
use crate::scenario::storage::{self, KeyValueStore, Loaded, Schema, StoreError};
use crate::t;
use leptos::prelude::*;

/// The solver's latest answer and the last valid solution, kept on screen while inputs are invalid.
#[derive(Clone, PartialEq)]
pub struct Output<S: LessonScenario> {
    pub result: Result<S::Solution, S::Error>,
    pub last_ok: Option<S::Solution>,
    /// The scenario `last_ok` solves: what links and storage carry, so they never hold invalid input.
    pub last_ok_scenario: Option<S>,
}

impl<S: LessonScenario> Output<S> {
    pub fn error(&self) -> Option<S::Error> {
        self.result.as_ref().err().cloned()
    }
}

#[derive(Clone, PartialEq)]
pub enum StorageNotice {
    Unavailable,
    Full,
    Corrupt { backup_key: String },
    Migrated { from: u32 },
}

pub struct LessonState<S: LessonScenario> {
    pub scenario: RwSignal<S>,
    pub output: Memo<Output<S>>,
    /// Bumped when the scenario is replaced wholesale, so fields drop the learner's stale drafts.
    pub revision: RwSignal<u32>,
    pub mode: RwSignal<Mode>,
    pub seed: RwSignal<u64>,
    pub preset: RwSignal<Option<&'static str>>,
    pub link_problems: RwSignal<Vec<LinkProblem>>,
    pub storage_notice: RwSignal<Option<StorageNotice>>,
    /// Saved work that a link replaced for this visit, offered back.
    pub replaced_work: RwSignal<Option<S>>,
    store: StoreCtx,
}

// Written by hand: a derive would demand `S: Copy`, but only signal handles are copied.
#[allow(clippy::expl_impl_clone_on_copy)]
impl<S: LessonScenario> Clone for LessonState<S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<S: LessonScenario> Copy for LessonState<S> {}

fn before_link_key<S: Schema>() -> String {
    storage::key(S::VERSION, &format!("{}.before-link", S::NAME))
}

/// A fresh exercise seed; whole and below 2^53 so it survives any link reader.
fn new_seed() -> u64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    // Date.now() is a positive whole number of ms
    let millis = platform::now_millis() as u64;
    (millis.wrapping_mul(2_654_435_761) ^ (millis >> 7)) % 1_000_000
}

impl<S: LessonScenario> LessonState<S> {
    pub fn new(link: &Link) -> Self {
        let store = use_store();
        let lang = use_lang();
        let read = read_link::<S>(&link.params);
        let mut storage_notice = (!store.store().is_persistent()).then_some(StorageNotice::Unavailable);
        let saved = match storage::load::<S>(store.store()) {
            Loaded::Found(value) => Some(value),
            Loaded::Migrated { value, from } => {
                storage_notice = Some(StorageNotice::Migrated { from });
                Some(value)
            }
            Loaded::Corrupt { backup_key } => {
                storage_notice = Some(StorageNotice::Corrupt { backup_key });
                None
            }
            Loaded::Missing => None,
        };
        // Work a link replaces is kept under its own key and offered back until the learner chooses.
        let mut replaced = store.store().get(&before_link_key::<S>()).and_then(|raw| serde_json::from_str::<S>(&raw).ok());
        if let (Some(from_link), Some(saved)) = (&read.scenario, &saved) {
            if from_link != saved {
                if let Ok(json) = serde_json::to_string(saved) {
                    let _ = store.store().set(&before_link_key::<S>(), &json);
                }
                replaced = Some(saved.clone());
            }
        }
        let initial = read.scenario.or(saved).unwrap_or_default();
        if replaced.as_ref() == Some(&initial) {
            replaced = None;
        }
        let scenario = RwSignal::new(initial);
        let output = Memo::new(move |previous: Option<&Output<S>>| {
            let result = scenario.with(S::solve);
            let (last_ok, last_ok_scenario) = match &result {
                Ok(solution) => (Some(solution.clone()), Some(scenario.get())),
                Err(_) => (previous.and_then(|p| p.last_ok.clone()), previous.and_then(|p| p.last_ok_scenario.clone())),
            };
            Output { result, last_ok, last_ok_scenario }
        });
        let state = Self {
            scenario,
            output,
            revision: RwSignal::new(0),
            mode: RwSignal::new(read.mode),
            seed: RwSignal::new(read.seed.unwrap_or_else(new_seed)),
            preset: RwSignal::new(read.preset),
            link_problems: RwSignal::new(read.problems),
            storage_notice: RwSignal::new(storage_notice),
            replaced_work: RwSignal::new(replaced),
            store,
        };

        // Persist every valid scenario at once; invalid inputs never overwrite saved work.
        Effect::new(move |_| {
            let failed =
                output.with(|o| o.result.is_ok().then(|| scenario.with(|s| storage::save(store.store(), s)))).and_then(Result::err);
            if failed == Some(StoreError::Full) && store.store().is_persistent() {
                state.storage_notice.set(Some(StorageNotice::Full));
            }
        });
        // Keep the address bar equal to what is on screen, without a history entry per keystroke.
        Effect::new(move |_| platform::replace_hash(&state.fragment(lang.get())));
        state
    }

    /// Replaces the whole scenario (preset, reset, restore).
    pub fn replace(&self, scenario: S, preset: Option<&'static str>) {
        self.scenario.set(scenario);
        self.preset.set(preset);
        self.revision.update(|r| *r += 1);
    }

    /// The fragment of what is on screen: the exercise, or the last valid scenario.
    pub fn fragment(&self, lang: Lang) -> String {
        let exercise = (self.mode.get() == Mode::Exercise).then(|| self.seed.get());
        let params = self.output.with(|o| o.last_ok_scenario.as_ref().map(|s| link_params(s, exercise, lang)));
        let params = params.unwrap_or_else(|| self.scenario.with(|s| link_params(s, exercise, lang)));
        build_fragment(S::LESSON, &params)
    }

    pub fn share_url(&self, lang: Lang) -> String {
        format!("{}{}", platform::base_url(), self.fragment(lang))
    }

    pub fn start_exercise(&self, fresh: bool) {
        if fresh {
            self.seed.set(new_seed());
        }
        self.mode.set(Mode::Exercise);
    }

    pub fn keep_link(&self) {
        self.replaced_work.set(None);
        self.store.store().remove(&before_link_key::<S>());
    }

    pub fn restore_replaced_work(&self) {
        if let Some(saved) = self.replaced_work.get_untracked() {
            self.replace(saved, None);
            self.replaced_work.set(None);
            self.store.store().remove(&before_link_key::<S>());
        }
    }
}

/// One number of a scenario bound to a [`NumberField`]: the link parameter, its text, its range
/// and how to read and write it.
pub struct FieldSpec<S> {
    pub param: &'static str,
    pub label: Text,
    pub unit: Option<Text>,
    pub hint: Option<Text>,
    pub range: Range,
    pub optional: bool,
    pub get: fn(&S) -> Option<f64>,
    pub set: fn(&mut S, Option<f64>),
}

/// A number field for `spec`, showing the solver's message when it names this parameter.
/// `error_param` gives the parameter an error belongs to and its message in a language.
pub fn scenario_field<S: LessonScenario>(
    state: LessonState<S>,
    spec: &FieldSpec<S>,
    error_param: fn(&S::Error, Lang) -> (&'static str, String),
) -> impl IntoView {
    let lang = use_lang();
    let (get, set, param) = (spec.get, spec.set, spec.param);
    let error = Signal::derive(move || {
        state.output.with(Output::error).map(|e| error_param(&e, lang.get())).filter(|(p, _)| *p == param).map(|(_, message)| message)
    });
    view! {
        <NumberField
            id=format!("{}-input-{}", S::LESSON, param)
            label=spec.label
            unit=spec.unit
            hint=spec.hint
            range=spec.range
            optional=spec.optional
            value=Signal::derive(move || state.scenario.with(get))
            on_change=Callback::new(move |v| state.scenario.update(|s| set(s, v)))
            revision=state.revision
            external_error=error
        />
    }
}

/// What the shared widgets may ask of a lesson.
#[derive(Clone, PartialEq)]
pub enum Action {
    Preset(String),
    Reset,
    /// Start exercise mode; `true` draws a new exercise.
    Practise(bool),
    Explore,
    RestoreWork,
    KeepLink,
    DismissLinkProblems,
}

/// A lesson's state seen without its scenario type, so that notices, toolbar and exercise mode
/// are compiled once rather than once per lesson.
#[derive(Clone, Copy)]
pub struct LessonHandle {
    pub lesson: &'static str,
    pub seed: RwSignal<u64>,
    pub preset: RwSignal<Option<&'static str>>,
    pub presets: Signal<Vec<(&'static str, Text)>>,
    pub link_problems: RwSignal<Vec<LinkProblem>>,
    pub storage_notice: RwSignal<Option<StorageNotice>>,
    pub has_replaced_work: Signal<bool>,
    pub share_url: Memo<String>,
    pub act: Callback<Action>,
}

impl<S: LessonScenario> LessonState<S> {
    pub fn handle(self) -> LessonHandle {
        let lang = use_lang();
        LessonHandle {
            lesson: S::LESSON,
            seed: self.seed,
            preset: self.preset,
            presets: Signal::derive(|| S::presets().iter().map(|p| (p.slug, p.title)).collect()),
            link_problems: self.link_problems,
            storage_notice: self.storage_notice,
            has_replaced_work: Signal::derive(move || self.replaced_work.with(Option::is_some)),
            share_url: Memo::new(move |_| self.share_url(lang.get())),
            act: Callback::new(move |action| match action {
                Action::Preset(slug) => {
                    if let Some(preset) = S::presets().into_iter().find(|p| p.slug == slug) {
                        self.replace(preset.scenario, Some(preset.slug));
                    }
                }
                Action::Reset => self.replace(S::default(), None),
                Action::Practise(fresh) => self.start_exercise(fresh),
                Action::Explore => self.mode.set(Mode::Explore),
                Action::RestoreWork => self.restore_replaced_work(),
                Action::KeepLink => self.keep_link(),
                Action::DismissLinkProblems => self.link_problems.set(Vec::new()),
            }),
        }
    }
}

/// Everything that makes one lesson page: its text, its explore view and its exercise mode.
pub struct LessonSpec<S: LessonScenario> {
    pub title: Text,
    pub intro: &'static [Text],
    pub explore: fn(LessonState<S>) -> AnyView,
    pub exercise: ExerciseSpec<S>,
}

/// A lesson page: title, notices, then either the explanation, the lesson's own view and the
/// toolbar, or exercise mode.
#[component]
pub fn LessonPage<S: LessonScenario>(link: Link, spec: LessonSpec<S>) -> impl IntoView {
    let lang = use_lang();
    let state = LessonState::<S>::new(&link);
    let handle = state.handle();
    let exercise = spec.exercise;
    let problem = Memo::new(move |_| S::exercise(state.seed.get()));
    let solution = Memo::new(move |_| problem.with(S::solve).ok());
    let statement = Signal::derive(move || problem.with(|p| (exercise.statement)(p, lang.get())));
    let questions = Signal::derive(move || solution.with(|s| s.as_ref().map(S::questions).unwrap_or_default()));
    let steps = Signal::derive(move || solution.with(|s| s.as_ref().map(exercise.steps).unwrap_or_default()));
    let explore = spec.explore;
    view! {
        <article class="lesson" data-testid=format!("lesson-{}", S::LESSON)>
            <h1>{move || spec.title.get(lang.get())}</h1>
            <LessonNotices handle=handle />
            {move || match state.mode.get() {
                Mode::Explore => view! {
                    <section class="lesson__intro">
                        {spec.intro.iter().map(|p| view! { <p>{move || p.get(lang.get())}</p> }).collect_view()}
                    </section>
                    {explore(state)}
                    <LessonToolbar handle=handle />
                }.into_any(),
                Mode::Exercise => view! {
                    <ExercisePanel handle=handle statement=statement questions=questions steps=steps hint=exercise.hint step_title=exercise.step_title />
                }.into_any(),
            }}
        </article>
    }
}

/// The "inputs not valid" banner shown above results that belong to the last valid inputs.
pub fn stale_banner<S: LessonScenario>(state: LessonState<S>, test_id: &'static str) -> impl IntoView {
    let lang = use_lang();
    move || {
        state.output.with(|o| o.result.is_err()).then(|| {
            view! {
                <p class="stale" data-testid=test_id>
                    {move || t!("Données non valides : les résultats affichés sont ceux des dernières données valides.", "Inputs not valid: the results shown are for the last valid inputs.").get(lang.get())}
                </p>
            }
        })
    }
}

/// Link problems, storage problems and the offer to restore work a link replaced.
#[component]
pub fn LessonNotices(handle: LessonHandle) -> impl IntoView {
    let lang = use_lang();
    let storage_text = move || {
        let lang = lang.get();
        handle.storage_notice.get().map(|notice| match notice {
            StorageNotice::Unavailable => t!("Ce navigateur n’autorise pas l’enregistrement : votre travail sera perdu au rechargement.", "This browser does not allow saving: your work will be lost on reload.").get(lang).to_owned(),
            StorageNotice::Full => t!("Le stockage du navigateur est plein : les dernières modifications ne sont pas enregistrées.", "Browser storage is full: your latest changes are not saved.").get(lang).to_owned(),
            StorageNotice::Corrupt { backup_key } => match lang {
                Lang::Fr => format!("Les données enregistrées de cette leçon étaient illisibles : valeurs par défaut chargées. L’ancienne valeur est conservée sous la clé « {backup_key} »."),
                Lang::En => format!("This lesson’s saved data could not be read: defaults are loaded. The old value is kept under the key “{backup_key}”."),
            },
            StorageNotice::Migrated { from } => match lang {
                Lang::Fr => format!("Votre travail enregistré (format {from}) a été mis à jour vers le format actuel."),
                Lang::En => format!("Your saved work (format {from}) was updated to the current format."),
            },
        })
    };
    let act = move |action: Action| move |_| handle.act.run(action.clone());
    view! {
        {move || {
            let problems = handle.link_problems.get();
            (!problems.is_empty()).then(|| {
                let lang = lang.get();
                view! {
                    <NoticeBox tone=Tone::Warning test_id="link-notice">
                        <p>{t!("Ce lien contient des paramètres non valides :", "This link has parameters that are not valid:").get(lang)}</p>
                        <ul>{problems.iter().map(|p| view! { <li data-param=p.param().to_owned()>{p.message(lang)}</li> }).collect_view()}</ul>
                        <button type="button" class="button button--small" on:click=act(Action::DismissLinkProblems)>
                            {t!("Compris", "Dismiss").get(lang)}
                        </button>
                    </NoticeBox>
                }
            })
        }}
        {move || storage_text().map(|text| view! { <NoticeBox tone=Tone::Warning test_id="storage-notice"><p>{text}</p></NoticeBox> })}
        {move || handle.has_replaced_work.get().then(|| {
            let lang = lang.get();
            view! {
                <NoticeBox tone=Tone::Info test_id="restore-notice">
                    <p>{t!("Ce lien a remplacé votre travail enregistré sur cette leçon. Il est conservé :", "This link replaced your saved work on this lesson. It is kept:").get(lang)}</p>
                    <button type="button" class="button button--small" data-testid="restore-work" on:click=act(Action::RestoreWork)>
                        {t!("Restaurer mon travail", "Restore my work").get(lang)}
                    </button>
                    " "
                    <button type="button" class="button button--small button--quiet" data-testid="keep-link" on:click=act(Action::KeepLink)>
                        {t!("Garder le lien", "Keep the link").get(lang)}
                    </button>
                </NoticeBox>
            }
        })}
    }
}

/// Preset picker, share link, reset and the switch to exercise mode.
#[component]
pub fn LessonToolbar(handle: LessonHandle) -> impl IntoView {
    let lang = use_lang();
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    let on_share = move |_| {
        let url = handle.share_url.get_untracked();
        leptos::task::spawn_local(async move {
            copied.set(Some(platform::copy_text(url).await));
        });
    };
    let label = move |text: Text| move || text.get(lang.get());
    let select_all = |ev: leptos::ev::FocusEvent| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        input.select();
    };
    let preset_id = format!("{}-preset", handle.lesson);
    let share_id = format!("{}-share", handle.lesson);
    view! {
        <section class="toolbar" aria-label=label(t!("Scénarios et partage", "Scenarios and sharing"))>
            <div class="field toolbar__presets">
                <label for=preset_id.clone() class="field__label">{label(t!("Scénario", "Scenario"))}</label>
                <select id=preset_id data-testid="preset-picker" class="field__input"
                    on:change=move |ev| handle.act.run(Action::Preset(event_target_value(&ev)))
                    prop:value=move || handle.preset.get().unwrap_or("")>
                    <option value="" disabled=true>{label(t!("— choisir un scénario —", "— pick a scenario —"))}</option>
                    {move || handle.presets.get().into_iter().map(|(slug, title)| view! {
                        <option value=slug selected=move || handle.preset.get() == Some(slug)>{move || title.get(lang.get())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="toolbar__buttons">
                <button type="button" class="button" data-testid="share-button" on:click=on_share>
                    {label(t!("Copier le lien de partage", "Copy share link"))}
                </button>
                <button type="button" class="button button--quiet" data-testid="reset-button" on:click=move |_| handle.act.run(Action::Reset)>
                    {label(t!("Réinitialiser", "Reset"))}
                </button>
                <button type="button" class="button button--accent" data-testid="exercise-button" on:click=move |_| handle.act.run(Action::Practise(true))>
                    {label(t!("S’exercer", "Practise"))}
                </button>
            </div>
            <div class="toolbar__share">
                <label for=share_id.clone() class="field__label">{label(t!("Lien vers ce que vous voyez", "Link to what you see"))}</label>
                <input id=share_id class="field__input share-link" data-testid="share-link" readonly=true prop:value=move || handle.share_url.get()
                    on:focus=select_all />
                <span class="toolbar__copied" role="status" aria-live="polite" data-testid="share-status">
                    {move || copied.get().map(|ok| if ok {
                        t!("Lien copié.", "Link copied.").get(lang.get())
                    } else {
                        t!("Copie impossible : sélectionnez le lien ci-dessus.", "Could not copy: select the link above.").get(lang.get())
                    })}
                </span>
            </div>
        </section>
    }
}
