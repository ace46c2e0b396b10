//! The shell: header with language switch, hash routing, home page, one lesson at a time.

use crate::i18n::{plural, Lang};
use crate::kit::codec::LANGS;
use crate::lessons;
use crate::platform::{self, crash, storage::BrowserStore};
use crate::scenario::catalog::{topic_by_id, CHAPTERS};
use crate::scenario::links::{parse_fragment, Link, LinkProblem, Params};
use crate::scenario::progress;
use crate::scenario::settings::Settings;
use crate::scenario::storage::{self, Loaded};
use crate::t;
use crate::ui::lesson::LessonPage;
use crate::ui::notice::{NoticeBox, Tone};
use crate::ui::{use_lang, use_store, ChartsCtx, LangCtx, StoreCtx};
use leptos::prelude::*;

pub fn start() {
    crash::install_hook();
    platform::remove_boot_message();
    leptos::mount::mount_to_body(App);
}

fn link_lang(link: &Link) -> Option<Lang> {
    Params::new(&link.params).choice("lang", LANGS).and_then(Lang::from_code)
}

fn initial_lang(store: BrowserStore, link: &Link) -> Lang {
    let from_link = link_lang(link);
    let saved = match storage::load::<Settings>(&store) {
        Loaded::Found(settings) | Loaded::Migrated { value: settings, .. } => settings.lang,
        Loaded::Missing | Loaded::Corrupt { .. } | Loaded::CorruptKept { .. } | Loaded::ReadFailed => None,
    };
    from_link.or(saved).or_else(|| platform::browser_languages().iter().find_map(|code| Lang::from_code(code))).unwrap_or_default()
}

#[component]
fn App() -> impl IntoView {
    let store = BrowserStore::open();
    // The route is the parsed fragment; only `hashchange` writes it (our own replaceState does not fire it).
    let route = RwSignal::new(parse_fragment(&platform::hash()));
    let lang = RwSignal::new(initial_lang(store, &route.get_untracked()));
    let store = StoreCtx::new(store);
    provide_context(LangCtx(lang));
    provide_context(store);
    provide_context(ChartsCtx::new());

    // A link's `lang` wins, even when the app is already open in the other language.
    platform::on_hash_change(move |hash| {
        let link = parse_fragment(&hash);
        if let Some(linked) = link_lang(&link) {
            lang.set(linked);
        }
        route.set(link);
    });
    platform::on_storage_change(move |_| store.external_change.update(|n| *n += 1));

    Effect::new(move |_| {
        let lang = lang.get();
        let title = route.with(|r| topic_by_id(&r.lesson).map(|t| t.title.get(lang)));
        let title = title.map_or_else(|| "Atelier".to_owned(), |t| format!("{t} · Atelier"));
        platform::set_document_language(lang.code(), &title);
    });

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main")) {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>{move || t!("Aller au contenu", "Skip to content").get(lang.get())}</a>
        <Header />
        <main id="main" tabindex="-1">
            {move || {
                let link = route.get();
                match (link.lesson.as_str(), lessons::find(&link.lesson)) {
                    ("", _) => view! { <Home /> }.into_any(),
                    (_, Some(lesson)) => view! { <LessonPage lesson=lesson link=link /> }.into_any(),
                    (other, None) => view! { <NotFound id=other.to_owned() /> }.into_any(),
                }
            }}
        </main>
        <footer class="footer">
            <p>{move || t!("Atelier — logiciel libre pour apprendre la gestion de production. Tous les calculs se font dans votre navigateur.", "Atelier — free software for learning production management. Every calculation runs in your browser.").get(lang.get())}</p>
        </footer>
    }
}

use wasm_bindgen::JsCast;

#[component]
fn Header() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let switch_to = move |target: Lang| {
        lang.0.set(target);
        let _ = storage::save(store.store(), &Settings { lang: Some(target) });
    };
    // The visible code is the accessible name; the language's own name is the tooltip.
    let button = move |target: Lang, text: &'static str, own_name: &'static str| {
        view! {
            <button type="button" class="lang-switch__button" data-testid=format!("lang-{}", target.code())
                aria-pressed=move || if lang.get() == target { "true" } else { "false" }
                title=own_name lang=target.code()
                on:click=move |_| switch_to(target)>{text}</button>
        }
    };
    view! {
        <header class="header">
            <a class="header__brand" href="#/" data-testid="home-link">
                <img src="icons/icon.svg" alt="" width="28" height="28" />
                <span>"Atelier"</span>
            </a>
            <nav class="header__nav" aria-label=move || t!("Navigation", "Navigation").get(lang.get())>
                <a href="#/" class="header__link">{move || t!("Leçons", "Lessons").get(lang.get())}</a>
            </nav>
            <div class="lang-switch" role="group" aria-label=move || t!("Langue", "Language").get(lang.get())>
                {button(Lang::Fr, "FR", "Français")}
                {button(Lang::En, "EN", "English")}
            </div>
        </header>
    }
}

#[component]
fn Home() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let progress = Memo::new(move |_| {
        store.external_change.track();
        progress::read(store.store())
    });
    view! {
        <section class="home">
            <h1>{move || t!("Gestion de production et des stocks", "Production and inventory management").get(lang.get())}</h1>
            <p class="home__lead">{move || t!(
                "Des leçons interactives : changez les données, voyez les résultats, les graphiques et le calcul détaillé se mettre à jour, puis exercez-vous.",
                "Interactive lessons: change the inputs, watch results, charts and worked steps update, then practise."
            ).get(lang.get())}</p>
            <section class="ready" aria-labelledby="ready-title">
                <h2 id="ready-title">{move || t!("Leçons disponibles", "Lessons available now").get(lang.get())}</h2>
                <ul class="ready__list">
                    {lessons::REGISTRY.iter().map(|lesson| view! {
                        <li><a class="ready__link" href=format!("#/{}", lesson.id) data-testid=format!("start-{}", lesson.id)>{move || lesson.title.get(lang.get())}</a></li>
                    }).collect_view()}
                </ul>
            </section>
            {CHAPTERS.iter().map(|chapter| view! {
                <section class="chapter" aria-labelledby=format!("chapter-{}", chapter.number)>
                    <h2 id=format!("chapter-{}", chapter.number)>{move || format!("{}. {}", chapter.number, chapter.title.get(lang.get()))}</h2>
                    <ul class="cards">
                        {chapter.topics.iter().map(|topic| {
                            let solved = move || progress.with(|p| p.lessons.get(topic.id).cloned()).filter(|p| p.attempts > 0);
                            let built = topic.built();
                            let body = view! {
                                <h3 class="card__title">{move || topic.title.get(lang.get())}</h3>
                                <p class="card__summary">{move || topic.summary.get(lang.get())}</p>
                                {move || solved().map(|p| view! {
                                    <p class="card__progress" data-testid=format!("progress-{}", topic.id)>
                                        {progress_line(p.correct, p.attempts, lang.get())}
                                    </p>
                                })}
                            };
                            if built {
                                view! { <li class="card"><a class="card__link" href=format!("#/{}", topic.id) data-testid=format!("card-{}", topic.id)>{body}</a></li> }.into_any()
                            } else {
                                view! {
                                    <li class="card card--soon" data-testid=format!("card-{}", topic.id)>
                                        {body}
                                        <p class="card__badge">{move || t!("Bientôt", "Coming soon").get(lang.get())}</p>
                                    </li>
                                }.into_any()
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </section>
    }
}

fn progress_line(correct: u32, attempts: u32, lang: Lang) -> String {
    #[allow(clippy::cast_lossless)] // u32 → f64 is exact
    let (c, a) = (f64::from(correct), f64::from(attempts));
    let solved = plural(lang, c, t!("réussi", "solved"), t!("réussis", "solved"));
    let tries = plural(lang, a, t!("tentative", "attempt"), t!("tentatives", "attempts"));
    match lang {
        Lang::Fr => format!("Exercices : {correct} {solved} sur {attempts} {tries}"),
        Lang::En => format!("Exercises: {correct} {solved} in {attempts} {tries}"),
    }
}

#[component]
fn NotFound(id: String) -> impl IntoView {
    let lang = use_lang();
    let problem = LinkProblem::UnknownLesson { value: id };
    view! {
        <NoticeBox tone=Tone::Warning test_id="link-notice">
            <p>{move || problem.message(lang.get())}</p>
            <p><a href="#/">{move || t!("Voir toutes les leçons", "See all lessons").get(lang.get())}</a></p>
        </NoticeBox>
    }
}
