//! The shell: header with language switch, hash routing, home page, one lesson at a time.

use crate::i18n::Lang;
use crate::kit::codec::{LANGS, VIEWS};
use crate::lessons;
use crate::platform::{self, crash, storage::BrowserStore};
use crate::scenario::catalog::{home_html, topic_by_id};
use crate::scenario::links::{parse_fragment, Link, LinkProblem, Params};
use crate::scenario::progress;
use crate::scenario::settings::Settings;
use crate::scenario::storage::{self, Loaded};
use crate::t;
use crate::ui::lesson::LessonPage;
use crate::ui::notice::{NoticeBox, Tone};
use crate::ui::parts;
use crate::ui::{use_lang, use_projector, use_store, ChartsCtx, LangCtx, ProjectorCtx, StoreCtx};
use leptos::prelude::*;

pub fn start() {
    crash::install_hook();
    platform::remove_boot_message();
    leptos::mount::mount_to_body(App);
}

fn link_lang(link: &Link) -> Option<Lang> {
    Params::new(&link.params).choice("lang", LANGS).and_then(Lang::from_code)
}

/// `view=projector` or `view=normal` in a link.
fn link_projector(link: &Link) -> Option<bool> {
    Params::new(&link.params).choice("view", VIEWS).map(|v| v == "projector")
}

fn initial_lang(store: BrowserStore, link: &Link) -> Lang {
    let from_link = link_lang(link);
    let saved = match storage::load::<Settings>(&store) {
        Loaded::Found(settings) | Loaded::Migrated { value: settings, .. } => settings.lang,
        Loaded::Missing | Loaded::Corrupt { .. } | Loaded::CorruptKept { .. } | Loaded::ReadFailed => None,
    };
    from_link.or(saved).or_else(|| platform::browser_languages().iter().find_map(|code| Lang::from_code(code))).unwrap_or_default()
}

part! {
    /// The teacher's page and the print view, QR code and class packs included: fetched when a
    /// teacher opens one, so a student's first visit never downloads them.
    static TEACHER_PAGES: fn(Link) -> AnyView = teach {
        |link| match link.lesson.as_str() {
            "print" => view! { <crate::ui::teach::PrintPage link=link /> }.into_any(),
            _ => view! { <crate::ui::teach::TeachPage link=link /> }.into_any(),
        }
    }
}

/// The lesson whose module a page needs before it can be drawn.
fn page_lesson(link: &Link) -> Option<String> {
    match link.lesson.as_str() {
        "" => None,
        "teach" | "print" => {
            let chosen = link.params.iter().find(|(name, _)| name == "lesson").map(|(_, id)| id.clone());
            chosen.filter(|id| lessons::entry(id).is_some()).or_else(|| lessons::REGISTRY.first().map(|e| e.id.to_owned()))
        }
        id => Some(id.to_owned()),
    }
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
    let projector = RwSignal::new(link_projector(&route.get_untracked()).unwrap_or(false));
    provide_context(ProjectorCtx(projector));
    Effect::new(move |_| platform::set_projector(projector.get()));

    // A link's `lang` wins, even when the app is already open in the other language.
    platform::on_hash_change(move |hash| {
        let link = parse_fragment(&hash);
        if let Some(linked) = link_lang(&link) {
            lang.set(linked);
        }
        if let Some(on) = link_projector(&link) {
            projector.set(on);
        }
        route.set(link);
    });
    platform::on_storage_change(move |_| store.external_change.update(|n| *n += 1));

    // The lesson a page shows (a lesson's own, or the one the teacher's and print pages start
    // on), and whether its module is here: the page waits for it, the header does not.
    let fetched = RwSignal::new(0_u32);
    let needed = Memo::new(move |_| {
        fetched.track();
        let id = route.with(page_lesson);
        let lesson_ready = id.as_deref().is_none_or(|id| lessons::entry(id).is_none() || lessons::find(id).is_some_and(parts::ready_for));
        let teacher = route.with(|r| matches!(r.lesson.as_str(), "teach" | "print"));
        (id, lesson_ready && (!teacher || TEACHER_PAGES.get().is_some()), teacher)
    });
    let not_downloaded = RwSignal::new(false);
    // Set only on a change: setting a signal wakes its readers, and the page drawn again would be
    // a new lesson state (its start-up notices already spent).
    let set_not_downloaded = move |missing: bool| {
        if not_downloaded.get_untracked() != missing {
            not_downloaded.set(missing);
        }
    };
    Effect::new(move |_| {
        let (id, ready, teacher) = needed.get();
        set_not_downloaded(false);
        if ready {
            return;
        }
        leptos::task::spawn_local(async move {
            // The lesson's module, then the parts its page draws at once (a table editor…).
            let lesson_missing = match id {
                Some(id) => match lessons::load(&id).await {
                    Ok(lesson) => !parts::load_for(lesson).await,
                    Err(unavailable) => unavailable == lessons::Unavailable::NotDownloaded,
                },
                None => false,
            };
            let pages_missing = teacher && TEACHER_PAGES.load().await.is_none();
            set_not_downloaded(lesson_missing || pages_missing);
            fetched.update(|n| *n += 1);
        });
    });

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
                if not_downloaded.get() {
                    return view! { <ModuleMissing /> }.into_any();
                }
                if !needed.with(|(_, ready, _)| *ready) {
                    return view! { <p class="loading" role="status" data-testid="lesson-loading">{move || t!("Chargement de la leçon…", "Loading the lesson…").get(lang.get())}</p> }.into_any();
                }
                match (link.lesson.as_str(), lessons::find(&link.lesson)) {
                    ("", _) => view! { <Home /> }.into_any(),
                    ("teach" | "print", _) => TEACHER_PAGES.get().map_or_else(|| ().into_any(), |pages| pages(link)),
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
    let projector = use_projector();
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
                <a href="#/teach" class="header__link" data-testid="teach-nav">{move || t!("Enseignants", "Teachers").get(lang.get())}</a>
            </nav>
            <button type="button" class="lang-switch__button" data-testid="projector-toggle"
                aria-pressed=move || if projector.0.get() { "true" } else { "false" }
                on:click=move |_| projector.0.update(|on| *on = !*on)>
                {move || t!("Projecteur", "Projector").get(lang.get())}</button>
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
    view! { <div inner_html=move || progress.with(|p| home_html(p, lang.get()))></div> }
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

/// A part of the app its first visit could not download (the network dropped): said, with a way
/// to try again, instead of a page that stays blank.
#[component]
pub fn ModuleMissing() -> impl IntoView {
    let lang = use_lang();
    view! {
        <NoticeBox tone=Tone::Warning test_id="module-missing">
            <p>{move || t!(
                "Cette partie d’Atelier n’a pas pu être téléchargée : vérifiez la connexion, puis réessayez. Après une visite complète, Atelier fonctionne sans réseau.",
                "This part of Atelier could not be downloaded: check the connection, then try again. After one full visit, Atelier works without a network."
            ).get(lang.get())}</p>
            <p><button type="button" class="button" data-testid="module-retry" on:click=|_| platform::reload()>{move || t!("Réessayer", "Try again").get(lang.get())}</button></p>
        </NoticeBox>
    }
}
