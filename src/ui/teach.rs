//! Teachers' pages: `#/teach` builds a link (a preset, their own scenario or an exercise) with a
//! QR code big enough for the back of the room; `#/print` lays out a class pack for printing. The
//! text of both is built by [`crate::kit::teach`] and [`crate::kit::qr`].

use super::notice::{NoticeBox, Tone};
use super::{use_lang, use_store};
use crate::i18n::{Lang, Text};
use crate::kit::teach::{class_pack, fragment, parse_seeds, Opening};
use crate::kit::{qr, session, Lesson};
use crate::lessons::{find, REGISTRY};
use crate::platform;
use crate::scenario::links::{build_fragment, Link};
use crate::t;
use leptos::prelude::*;

fn param<'a>(link: &'a Link, name: &str) -> Option<&'a str> {
    link.params.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

/// What the link opens, as the select's value: a preset's slug, `scenario`, `exercise` or `each`.
fn opening(lesson: &'static Lesson, choice: &str, seed: u64) -> Opening {
    match choice {
        "scenario" => Opening::Scenario,
        "exercise" => Opening::Exercise(seed),
        "each" => Opening::ExercisePerStudent,
        slug => Opening::Preset(lesson.preset(slug).or_else(|| lesson.presets.first()).map_or("", |p| p.slug)),
    }
}

#[component]
pub fn TeachPage(link: Link) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let text = move |t: Text| move || t.get(lang.get());
    let first = REGISTRY.first().map_or("eoq", |l| l.id);
    let lesson_id = RwSignal::new(param(&link, "lesson").filter(|id| find(id).is_some()).unwrap_or(first).to_owned());
    let initial = match (param(&link, "mode"), param(&link, "seed"), param(&link, "preset")) {
        (Some("exercise"), Some("each") | None, _) => "each".to_owned(),
        (Some("exercise"), Some(_), _) => "exercise".to_owned(),
        (_, _, Some(preset)) => preset.to_owned(),
        _ => String::new(),
    };
    let first_preset = |id: &str| find(id).and_then(|l| l.presets.first()).map_or_else(String::new, |p| p.slug.to_owned());
    let choice = RwSignal::new(if initial.is_empty() { lesson_id.with_untracked(|id| first_preset(id)) } else { initial });
    let seed = RwSignal::new(param(&link, "seed").and_then(|s| s.parse::<u64>().ok()).unwrap_or(1));
    let link_lang = RwSignal::new(lang.get_untracked());
    let seeds = RwSignal::new("1-30".to_owned());
    let key = RwSignal::new(true);
    let lesson = move || lesson_id.with(|id| find(id)).or_else(|| REGISTRY.first().and_then(|e| find(e.id)));
    let url = Memo::new(move |_| {
        let Some(lesson) = lesson() else { return String::new() };
        let mine = session::load(lesson, store.store()).0.unwrap_or_else(|| lesson.defaults());
        let how = choice.with(|c| opening(lesson, c, seed.get()));
        format!("{}{}", platform::base_url(), fragment(lesson, &how, &mine, link_lang.get()))
    });
    let code = move || {
        url.with(|u| qr::svg(u, t!("Code QR du lien", "QR code of the link").get(lang.get()), "teach-qr")).unwrap_or_else(|| {
            t!("Lien trop long pour un code QR : choisissez un scénario prédéfini.", "Link too long for a QR code: choose a preset.")
                .get(lang.get())
                .to_owned()
        })
    };
    let copied = RwSignal::new(false);
    let on_copy = move |_| {
        let text = url.get_untracked();
        leptos::task::spawn_local(async move { copied.set(platform::copy_text(text).await) });
    };
    let on_seed = move |ev: leptos::ev::Event| {
        if let Ok(s) = event_target_value(&ev).trim().parse::<u64>() {
            seed.set(s.min((1 << 53) - 1));
        }
    };
    let print_link = move || {
        let Some(lesson) = lesson() else { return String::new() };
        let mut params = vec![("lesson".to_owned(), lesson.id.to_owned()), ("seeds".to_owned(), seeds.get())];
        if key.get() {
            params.push(("key".to_owned(), "1".to_owned()));
        }
        params.push(("lang".to_owned(), link_lang.get().code().to_owned()));
        build_fragment("print", &params)
    };
    let presets = move || lesson().map(|l| l.presets.iter().map(|p| (p.slug, p.title)).collect::<Vec<_>>()).unwrap_or_default();
    view! {
        <article class="teach" data-testid="teach">
            <h1>{text(t!("Pour les enseignants : lien, code QR, feuilles d’exercices", "For teachers: link, QR code, worksheets"))}</h1>
            <div class="teach__grid">
                <section class="panel no-print" aria-labelledby="teach-choose">
                    <h2 id="teach-choose">{text(t!("Ce que le lien ouvre", "What the link opens"))}</h2>
                    <div class="field">
                        <label class="field__label" for="teach-lesson">{text(t!("Leçon", "Lesson"))}</label>
                        <select id="teach-lesson" data-testid="teach-lesson" class="field__input" prop:value=move || lesson_id.get()
                            on:change=move |ev| {
                                let id = event_target_value(&ev);
                                // The chosen lesson's presets are in its module: fetched first.
                                leptos::task::spawn_local(async move {
                                    if crate::lessons::load(&id).await.is_ok() {
                                        choice.set(first_preset(&id));
                                        lesson_id.set(id);
                                    }
                                });
                            }>
                            {REGISTRY.iter().map(|l| view! { <option value=l.id selected=move || lesson_id.with(|id| id == l.id)>{move || l.title.get(lang.get())}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label class="field__label" for="teach-opening">{text(t!("Scénario ou exercice", "Scenario or exercise"))}</label>
                        <select id="teach-opening" data-testid="teach-opening" class="field__input" prop:value=move || choice.get()
                            on:change=move |ev| choice.set(event_target_value(&ev))>
                            {move || presets().into_iter().map(|(slug, title)| view! { <option value=slug selected=move || choice.with(|c| c == slug)>{move || title.get(lang.get())}</option> }).collect_view()}
                            <option value="scenario" selected=move || choice.with(|c| c == "scenario")>{text(t!("Mon scénario (enregistré dans la leçon)", "My scenario (saved in the lesson)"))}</option>
                            <option value="exercise" selected=move || choice.with(|c| c == "exercise")>{text(t!("Exercice : le même pour toute la classe", "Exercise: the same for the whole class"))}</option>
                            <option value="each" selected=move || choice.with(|c| c == "each")>{text(t!("Exercice : un différent par élève", "Exercise: a different one per student"))}</option>
                        </select>
                    </div>
                    {move || choice.with(|c| c == "exercise").then(|| view! {
                        <div class="field">
                            <label class="field__label" for="teach-seed">{text(t!("Numéro d’exercice (graine)", "Exercise number (seed)"))}</label>
                            <input id="teach-seed" data-testid="teach-seed" class="field__input" type="text" inputmode="numeric" prop:value=move || seed.get().to_string()
                                on:input=on_seed />
                        </div>
                    })}
                    <div class="field">
                        <label class="field__label" for="teach-lang">{text(t!("Langue du lien", "Language of the link"))}</label>
                        <select id="teach-lang" data-testid="teach-lang" class="field__input" prop:value=move || link_lang.get().code()
                            on:change=move |ev| if let Some(l) = Lang::from_code(&event_target_value(&ev)) { link_lang.set(l) }>
                            <option value="fr" selected=move || link_lang.get() == Lang::Fr>"Français"</option>
                            <option value="en" selected=move || link_lang.get() == Lang::En>"English"</option>
                        </select>
                    </div>
                </section>
                <section class="panel teach__share" aria-labelledby="teach-share">
                    <h2 id="teach-share">{text(t!("Le lien", "The link"))}</h2>
                    <p class="teach__link"><a data-testid="teach-link" href=move || url.get()>{move || url.get()}</a></p>
                    <p class="field__hint" data-testid="teach-length">{move || match lang.get() {
                        Lang::Fr => format!("{} caractères", url.with(|u| u.chars().count())),
                        Lang::En => format!("{} characters", url.with(|u| u.chars().count())),
                    }}</p>
                    <button type="button" class="button no-print" data-testid="teach-copy" on:click=on_copy>{text(t!("Copier le lien", "Copy the link"))}</button>
                    <span class="toolbar__copied" role="status">{move || copied.get().then(|| t!("Copié", "Copied").get(lang.get()))}</span>
                    <div class="teach__qr" inner_html=code></div>
                </section>
            </div>
            <section class="panel no-print" aria-labelledby="teach-print">
                <h2 id="teach-print">{text(t!("Feuilles d’exercices pour la classe", "Worksheets for the class"))}</h2>
                <p class="field__hint">{text(t!(
                    "Une variante par élève (graines consécutives, 60 au plus), chacune sur sa page avec son lien et son code QR ; le corrigé suit sur d’autres pages, avec un tableau récapitulatif.",
                    "One variant per student (consecutive seeds, 60 at most), each on its own page with its link and QR code; the answer key follows on other pages, with a summary table."
                ))}</p>
                <div class="field">
                    <label class="field__label" for="teach-seeds">{text(t!("Exercices (graines)", "Exercises (seeds)"))}</label>
                    <input id="teach-seeds" data-testid="teach-seeds" class="field__input" type="text" prop:value=move || seeds.get() on:input=move |ev| seeds.set(event_target_value(&ev)) />
                </div>
                <label class="field field--check"><input type="checkbox" data-testid="teach-key" prop:checked=move || key.get() on:change=move |ev| key.set(event_target_checked(&ev)) />
                    {text(t!("Avec le corrigé", "With the answer key"))}</label>
                <a class="button" data-testid="teach-print" href=print_link>{text(t!("Ouvrir la version à imprimer", "Open the print version"))}</a>
            </section>
        </article>
    }
}

#[component]
pub fn PrintPage(link: Link) -> impl IntoView {
    let lang = use_lang();
    let lesson = param(&link, "lesson").and_then(find);
    let seeds = param(&link, "seeds").map_or(Some(1..=1), parse_seeds);
    let key = param(&link, "key") == Some("1");
    match (lesson, seeds) {
        (Some(lesson), Some(seeds)) => view! {
            <div class="print-bar no-print">
                <button type="button" class="button" data-testid="print-button" on:click=|_| platform::print()>{move || t!("Imprimer", "Print").get(lang.get())}</button>
                <a href=format!("#/teach?lesson={}", lesson.id)>{move || t!("Retour aux outils de l’enseignant", "Back to the teacher’s tools").get(lang.get())}</a>
            </div>
            <div class="print-pack" data-testid="print-pack" inner_html=move || class_pack(lesson, seeds.clone(), key, &platform::base_url(), lang.get())></div>
        }
        .into_any(),
        _ => view! {
            <NoticeBox tone=Tone::Warning test_id="print-notice">
                <p>{move || t!(
                    "Indiquez une leçon construite et des exercices, de 1 à 60 graines consécutives : #/print?lesson=eoq&seeds=1-30&key=1.",
                    "Give a built lesson and exercises, 1 to 60 consecutive seeds: #/print?lesson=eoq&seeds=1-30&key=1."
                ).get(lang.get())}</p>
            </NoticeBox>
        }
        .into_any(),
    }
}
