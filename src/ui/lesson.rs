//! The lesson page, the same compiled code for every lesson: title, toolbar, notices, then the
//! explore view (inputs, results, figures, worked steps) or exercise mode.

use super::deferred::DeferredPanel;
use super::inputs::InputsPanel;
use super::notice::{NoticeBox, Tone};
use super::report::{ReportSections, ResultsPanel, StepsPanel};
use super::state::LessonState;
use super::use_lang;
use crate::i18n::{Lang, Text};
use crate::kit::codec::Mode;
use crate::kit::session::StorageNotice;
use crate::kit::{Deferred, Lesson};
use crate::platform;
use crate::scenario::links::Link;
use crate::t;
use leptos::prelude::*;

type StateView = fn(LessonState) -> AnyView;

part! {
    /// Exercise mode (questions, marking, feedback, progress): fetched the first time a learner
    /// practises, so it is not on the way to a lesson's first result.
    static EXERCISE_PANEL: StateView = exercise {
        |state| view! { <super::exercise::ExercisePanel state=state /> }.into_any()
    }
}

part! {
    /// The panel a lesson computes once typing pauses (a simulation), with the lessons that have one.
    pub static DEFERRED_PANEL: fn(LessonState, &'static Deferred) -> AnyView = deferred {
        |state, deferred| view! { <DeferredPanel state=state deferred=deferred /> }.into_any()
    }
}

/// What a lesson page draws around its first result, in one module fetched once that result is
/// painted: one download, not three (their shared code would have come in each).
#[derive(Clone, Copy)]
pub struct AroundResults {
    /// Preset picker, share link, reset and practise (their place kept meanwhile).
    toolbar: StateView,
    /// Saving to and opening from a file.
    work_file: StateView,
    /// A chart and its PNG button (ECharts itself comes after the numbers too).
    pub chart: fn(Signal<String>, Text, String) -> AnyView,
}

part! {
    pub static AROUND_RESULTS: AroundResults = around_results {
        AroundResults {
            toolbar: |state| view! { <LessonToolbar state=state /> }.into_any(),
            work_file: |state| view! { <WorkFile state=state /> }.into_any(),
            chart: |option, label, test_id| view! { <super::chart::ChartView option=option label=label test_id=test_id /> }.into_any(),
        }
    }
}

part! {
    /// Link problems, storage problems and the offer to restore replaced work: fetched when a
    /// page has one to show (most visits have none).
    static NOTICES: StateView = notices {
        |state| view! { <LessonNotices state=state /> }.into_any()
    }
}

/// The exercise panel, or a line saying it is on its way, or why it could not come.
fn exercise_view(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    EXERCISE_PANEL.slot(
        move || {
            Some(
                view! { <p class="loading" role="status">{move || t!("Chargement de l’exercice…", "Loading the exercise…").get(lang.get())}</p> }
                    .into_any(),
            )
        },
        move |panel| panel(state),
    )
}

/// A lesson page: title, toolbar, notices, then the explanation, inputs, results, figures and
/// worked steps, or exercise mode.
#[component]
pub fn LessonPage(lesson: &'static Lesson, link: Link) -> impl IntoView {
    let lang = use_lang();
    let state = LessonState::new(lesson, &link);
    view! {
        <article class="lesson" data-testid=format!("lesson-{}", lesson.id)>
            <h1>{move || lesson.title.get(lang.get())}</h1>
            {AROUND_RESULTS.slot(|| Some(view! { <div class="toolbar toolbar--waiting"></div> }.into_any()), move |around| (around.toolbar)(state))}
            {move || (state.mode.get() == Mode::Explore).then(|| AROUND_RESULTS.slot(|| None, move |around| (around.work_file)(state)))}
            {move || state.has_notices().then(|| NOTICES.slot(|| None, move |notices| notices(state)))}
            {move || match state.mode.get() {
                Mode::Explore => view! {
                    <section class="lesson__intro">
                        {lesson.intro.iter().map(|p| view! { <p>{move || p.get(lang.get())}</p> }).collect_view()}
                        <SeeAlso lesson=lesson />
                    </section>
                    <div class="lesson__grid">
                        <InputsPanel state=state />
                        <ResultsPanel state=state />
                    </div>
                    <ReportSections state=state />
                    {lesson.deferred.as_ref().and_then(|deferred| DEFERRED_PANEL.get().map(|panel| panel(state, deferred)))}
                    <StepsPanel state=state />
                }.into_any(),
                Mode::Exercise => exercise_view(state).into_any(),
            }}
        </article>
    }
}

/// Links to the lessons a learner of this one looks for next.
#[component]
fn SeeAlso(lesson: &'static Lesson) -> impl IntoView {
    let lang = use_lang();
    let related: Vec<&'static crate::lessons::Entry> = crate::lessons::see_also(lesson.id).collect();
    (!related.is_empty()).then(|| {
        view! {
            <p class="lesson__see-also" data-testid="see-also">
                {move || t!("Voir aussi : ", "See also: ").get(lang.get())}
                {related
                    .into_iter()
                    .enumerate()
                    .map(|(i, other)| {
                        view! {
                            {(i > 0).then_some(" · ")}
                            <a href=format!("#/{}", other.id) data-testid=format!("see-also-{}", other.id)>
                                {move || other.title.get(lang.get())}
                            </a>
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}

/// Link problems, storage problems and the offer to restore work a link replaced.
#[component]
fn LessonNotices(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let storage_text = move || {
        let lang = lang.get();
        state.storage_notice.get().map(|notice| match notice {
            StorageNotice::Unavailable => t!("Ce navigateur n’autorise pas l’enregistrement : votre travail sera perdu au rechargement.", "This browser does not allow saving: your work will be lost on reload.").get(lang).to_owned(),
            StorageNotice::Full => t!("Le stockage du navigateur est plein : les dernières modifications ne sont pas enregistrées.", "Browser storage is full: your latest changes are not saved.").get(lang).to_owned(),
            StorageNotice::Corrupt { backup_key } => match lang {
                Lang::Fr => format!("Les données enregistrées de cette leçon étaient illisibles : valeurs par défaut chargées. L’ancienne valeur est conservée sous la clé « {backup_key} »."),
                Lang::En => format!("This lesson’s saved data could not be read: defaults are loaded. The old value is kept under the key “{backup_key}”."),
            },
            StorageNotice::CorruptKept { key } => match lang {
                Lang::Fr => format!("Les données enregistrées de cette leçon sont illisibles et trop grandes pour être copiées : elles restent telles quelles sous la clé « {key} ». Cette visite part des valeurs par défaut et n’est pas enregistrée."),
                Lang::En => format!("This lesson’s saved data could not be read and is too large to copy: it stays as it is under the key “{key}”. This visit starts from the defaults and is not saved."),
            },
            StorageNotice::ReadFailed => t!("Le stockage du navigateur n’a pas pu être lu : votre travail enregistré n’est pas touché, mais cette visite n’est pas enregistrée.", "Browser storage could not be read: your saved work is left untouched, but this visit is not saved.").get(lang).to_owned(),
            StorageNotice::Newer { version } => match lang {
                Lang::Fr => format!("Du travail enregistré par une version plus récente d’Atelier (format {version}) existe : il est conservé tel quel ; cette version-ci enregistre à part."),
                Lang::En => format!("Work saved by a newer version of Atelier (format {version}) exists: it is kept as it is; this version saves separately."),
            },
            StorageNotice::Migrated { from } => match lang {
                Lang::Fr => format!("Votre travail enregistré (format {from}) a été mis à jour vers le format actuel."),
                Lang::En => format!("Your saved work (format {from}) was updated to the current format."),
            },
        })
    };
    view! {
        {move || {
            let problems = state.link_problems.get();
            (!problems.is_empty()).then(|| {
                let lang = lang.get();
                view! {
                    <NoticeBox tone=Tone::Warning test_id="link-notice">
                        <p>{t!("Ce lien contient des paramètres non valides :", "This link has parameters that are not valid:").get(lang)}</p>
                        <ul>{problems.iter().map(|p| view! { <li data-param=p.param().to_owned()>{p.message(lang)}</li> }).collect_view()}</ul>
                        <button type="button" class="button button--small" on:click=move |_| state.link_problems.set(Vec::new())>
                            {t!("Compris", "Dismiss").get(lang)}
                        </button>
                    </NoticeBox>
                }
            })
        }}
        {move || storage_text().map(|text| view! { <NoticeBox tone=Tone::Warning test_id="storage-notice"><p>{text}</p></NoticeBox> })}
        {move || state.replaced_work.with(Option::is_some).then(|| {
            let lang = lang.get();
            view! {
                <NoticeBox tone=Tone::Info test_id="restore-notice">
                    <p>{t!("Ce lien a remplacé votre travail enregistré sur cette leçon. Il est conservé :", "This link replaced your saved work on this lesson. It is kept:").get(lang)}</p>
                    <button type="button" class="button button--small" data-testid="restore-work" on:click=move |_| state.restore_replaced_work()>
                        {t!("Restaurer mon travail", "Restore my work").get(lang)}
                    </button>
                    " "
                    <button type="button" class="button button--small button--quiet" data-testid="keep-link" on:click=move |_| state.keep_link()>
                        {t!("Garder le lien", "Keep the link").get(lang)}
                    </button>
                </NoticeBox>
            }
        })}
    }
}

/// The lesson's work saved to a file and opened again (the storage schema, versioned), nothing
/// replaced before the learner says so.
#[component]
fn WorkFile(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let lesson = state.lesson;
    let label = move |text: Text| move || text.get(lang.get());
    let pending: RwSignal<Option<crate::kit::values::Values>> = RwSignal::new(None);
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let on_download = move |_| {
        let text = state.values.with_untracked(|v| crate::kit::file::write(lesson, v));
        platform::download(&format!("atelier-{}.json", lesson.id), &platform::text_data_url("application/json", &text));
    };
    let on_open = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
            match crate::kit::file::read(lesson, &text) {
                Ok(values) => {
                    problem.set(None);
                    pending.set(Some(values));
                }
                Err(why) => {
                    pending.set(None);
                    problem.set(Some(why.message(lang.get_untracked())));
                }
            }
        });
    };
    let upload_id = format!("{}-upload", lesson.id);
    view! {
        <details class="work-file no-print">
            <summary>{label(t!("Enregistrer ou ouvrir mon travail (fichier)", "Save or open my work (file)"))}</summary>
            <button type="button" class="button button--small" data-testid=format!("{}-download", lesson.id) on:click=on_download>
                {label(t!("Télécharger mon travail (JSON)", "Download my work (JSON)"))}</button>
            <label class="field__label" for=upload_id.clone()>{label(t!("Ouvrir un travail enregistré", "Open saved work"))}</label>
            <input id=upload_id.clone() data-testid=upload_id type="file" accept=".json,application/json" on:change=on_open />
            <p class="field__error" role="alert" data-testid=format!("{}-upload-error", lesson.id)>{move || problem.get()}</p>
            {move || pending.with(Option::is_some).then(|| view! {
                <p role="status">{label(t!("Remplacer le scénario affiché par celui du fichier ?", "Replace the scenario on screen with the file’s?"))}</p>
                <button type="button" class="button button--small" data-testid=format!("{}-upload-confirm", lesson.id)
                    on:click=move |_| if let Some(values) = pending.get_untracked() { pending.set(None); state.replace(values, None); }>
                    {label(t!("Remplacer", "Replace"))}</button>
                <button type="button" class="button button--small button--quiet" data-testid=format!("{}-upload-cancel", lesson.id)
                    on:click=move |_| pending.set(None)>{label(t!("Annuler", "Cancel"))}</button>
            })}
        </details>
    }
}

/// Preset picker, share link, reset and the switch to exercise mode, at the top of the lesson.
#[component]
fn LessonToolbar(state: LessonState) -> impl IntoView {
    let lang = use_lang();
    let lesson = state.lesson;
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    let share_url = Memo::new(move |_| state.share_url());
    let on_share = move |_| {
        let url = share_url.get_untracked();
        leptos::task::spawn_local(async move {
            copied.set(Some(platform::copy_text(url).await));
        });
    };
    let label = move |text: Text| move || text.get(lang.get());
    let select_all = |ev: leptos::ev::FocusEvent| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        input.select();
    };
    let exploring = move || state.mode.get() == Mode::Explore;
    let on_reset = move |_| {
        if platform::confirm(
            t!(
                "Revenir aux données de départ ? Vos valeurs actuelles seront remplacées.",
                "Go back to the starting data? Your current values will be replaced."
            )
            .get(lang.get_untracked()),
        ) {
            state.replace(lesson.defaults(), None);
        }
    };
    let preset_id = format!("{}-preset", lesson.id);
    let share_id = format!("{}-share", lesson.id);
    view! {
        <section class="toolbar" aria-label=label(t!("Scénarios et partage", "Scenarios and sharing"))>
            <div class="field toolbar__presets" class:toolbar__hidden=move || !exploring()>
                <label for=preset_id.clone() class="field__label">{label(t!("Scénario", "Scenario"))}</label>
                <select id=preset_id data-testid="preset-picker" class="field__input"
                    on:change=move |ev| state.apply_preset(&event_target_value(&ev))
                    prop:value=move || state.preset.get().unwrap_or("")>
                    <option value="" disabled=true>{label(t!("— choisir un scénario —", "— pick a scenario —"))}</option>
                    {lesson.presets.iter().map(|p| view! {
                        <option value=p.slug selected=move || state.preset.get() == Some(p.slug)>{move || p.title.get(lang.get())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="toolbar__buttons">
                <button type="button" class="button" data-testid="share-button" on:click=on_share>
                    {label(t!("Copier le lien de partage", "Copy share link"))}
                </button>
                {move || exploring().then(|| view! {
                    <button type="button" class="button button--quiet" data-testid="reset-button" on:click=on_reset>
                        {label(t!("Réinitialiser", "Reset"))}
                    </button>
                    <button type="button" class="button button--accent" data-testid="exercise-button" on:click=move |_| state.start_exercise(true)>
                        {label(t!("S’exercer", "Practise"))}
                    </button>
                })}
            </div>
            <div class="toolbar__share">
                <label for=share_id.clone() class="field__label">{label(t!("Lien vers ce que vous voyez", "Link to what you see"))}</label>
                <input id=share_id class="field__input share-link" data-testid="share-link" readonly=true prop:value=move || share_url.get()
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
