//! Teacher tools as pure text: the link a teacher shares (a preset, their own scenario or an
//! exercise) and the print view of a class pack — one worksheet per seed, then the answer key and
//! a summary table for marking. Built from any lesson's declaration, so no lesson writes its own.

use super::codec::write_params;
use super::html::{escape, steps, table};
use super::report::Table;
use super::values::Values;
use super::{qr, Lesson};
use crate::i18n::{format_number, Lang};
use crate::scenario::links::build_fragment;
use crate::t;
use std::fmt::Write as _;

/// What the shared link opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// A named scenario (`preset=fig-3-22`): short, so its QR code stays easy to scan.
    Preset(&'static str),
    /// The teacher's own scenario, written out parameter by parameter.
    Scenario,
    /// Exercise mode on one seed, the same for the whole class.
    Exercise(u64),
    /// Exercise mode without a seed: each student who opens it draws their own.
    ExercisePerStudent,
}

/// The fragment (`#/mrp?preset=fig-3-22&lang=fr`) of a teacher's link; `scenario` is the
/// teacher's own work, used by [`Opening::Scenario`].
pub fn fragment(lesson: &Lesson, opening: &Opening, scenario: &Values, lang: Lang) -> String {
    let mut params: Vec<(String, String)> = match opening {
        Opening::Preset(slug) => vec![("preset".to_owned(), (*slug).to_owned())],
        Opening::Scenario => write_params(lesson, scenario),
        Opening::Exercise(seed) => vec![("mode".to_owned(), "exercise".to_owned()), ("seed".to_owned(), seed.to_string())],
        Opening::ExercisePerStudent => vec![("mode".to_owned(), "exercise".to_owned())],
    };
    params.push(("lang".to_owned(), lang.code().to_owned()));
    build_fragment(lesson.id, &params)
}

/// Most variants in one class pack: a class and a few spares.
pub const MAX_VARIANTS: u64 = 60;

/// `1-30` or `7`: the seeds of a class pack, at most [`MAX_VARIANTS`].
pub fn parse_seeds(text: &str) -> Option<std::ops::RangeInclusive<u64>> {
    let (first, last) = text.split_once('-').unwrap_or((text, text));
    let (first, last) = (first.trim().parse::<u64>().ok()?, last.trim().parse::<u64>().ok()?);
    (first <= last && last - first < MAX_VARIANTS && last < (1 << 53)).then_some(first..=last)
}

/// A table with its numbers blanked (the row names kept): the grid a student fills on paper.
fn blank(solution: &Table) -> Table {
    let mut empty = solution.clone();
    for row in &mut empty.rows {
        for cell in row.iter_mut().skip(1) {
            cell.text.clear();
            cell.test_id = None;
        }
    }
    empty.test_id = format!("{}-blank", solution.test_id);
    empty
}

/// The print view of a class pack: one worksheet per seed, each on its own page, then with
/// `key` the answer key (every expected value and the worked steps) and a one-page summary.
/// `base` is the app's address without its fragment, for each worksheet's link and QR code.
pub fn class_pack(lesson: &Lesson, seeds: std::ops::RangeInclusive<u64>, key: bool, base: &str, lang: Lang) -> String {
    let title = lesson.title.get(lang);
    let mut out = String::new();
    let mut answers: Vec<(u64, Vec<String>)> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut solutions = String::new();
    for seed in seeds {
        let values = (lesson.exercise.generate)(seed);
        let questions = (lesson.exercise.questions)(&values);
        let link = format!("{base}{}", fragment(lesson, &Opening::Exercise(seed), &values, lang));
        let _ = write!(
            out,
            r#"<section class="worksheet" data-testid="worksheet-{seed}"><header class="worksheet__head"><h2>{} — {} {seed}</h2><p class="worksheet__who">{}</p></header><p class="worksheet__statement">{}</p>"#,
            escape(title),
            t!("exercice", "exercise").get(lang),
            t!("Nom : ………………………………… Classe : …………", "Name: ………………………………… Class: …………").get(lang),
            escape(&(lesson.exercise.statement)(&values, lang)),
        );
        for solution in (lesson.exercise.tables)(&values, lang) {
            out.push_str(&table(&blank(&solution)));
        }
        out.push_str(r#"<ol class="worksheet__questions">"#);
        for q in &questions {
            let _ = write!(out, r#"<li>{} <span class="answer-box" aria-hidden="true"></span></li>"#, escape(q.label.get(lang)));
        }
        out.push_str("</ol>");
        let qr = qr::svg(
            &link,
            t!("Code QR du lien de l’exercice", "QR code of the exercise’s link").get(lang),
            &format!("worksheet-{seed}-qr"),
        )
        .unwrap_or_default();
        let _ = write!(
            out,
            r#"<footer class="worksheet__link">{qr}<p>{} <span class="worksheet__url">{}</span></p></footer></section>"#,
            t!("Vérifiez vos réponses dans l’application :", "Check your answers in the app:").get(lang),
            escape(&link)
        );
        if key {
            if labels.is_empty() {
                labels = questions.iter().map(|q| q.label.get(lang).to_owned()).collect();
            }
            let shown: Vec<String> = questions.iter().map(|q| format_number(q.expected, lang, q.decimals)).collect();
            let _ = write!(
                solutions,
                r#"<section class="key__variant" data-testid="answer-key-{seed}"><h3>{} {seed}</h3><dl class="key__answers">"#,
                t!("Exercice", "Exercise").get(lang)
            );
            for (q, value) in questions.iter().zip(&shown) {
                let _ = write!(solutions, "<dt>{}</dt><dd>{}</dd>", escape(q.label.get(lang)), escape(value));
            }
            solutions.push_str("</dl>");
            solutions.push_str(&steps(&(lesson.exercise.steps)(&values, lang), &format!("answer-key-{seed}-steps")));
            for solution in (lesson.exercise.tables)(&values, lang) {
                solutions.push_str(&table(&solution));
            }
            solutions.push_str("</section>");
            answers.push((seed, shown));
        }
    }
    if key {
        let _ = write!(
            out,
            r#"<section class="answer-key" data-testid="answer-key"><h2>{} — {}</h2>"#,
            t!("Corrigé", "Answer key").get(lang),
            escape(title)
        );
        let _ = write!(
            out,
            r#"<table class="data-table key__summary" data-testid="answer-key-summary"><caption>{}</caption><thead><tr><th scope="col">{}</th>"#,
            t!("Toutes les variantes, pour corriger vite", "Every variant, for quick marking").get(lang),
            t!("Exercice", "Exercise").get(lang)
        );
        for label in &labels {
            let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(label));
        }
        out.push_str("</tr></thead><tbody>");
        for (seed, shown) in &answers {
            let _ = write!(out, r#"<tr><th scope="row">{seed}</th>"#);
            for value in shown {
                let _ = write!(out, "<td>{}</td>", escape(value));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
        out.push_str(&solutions);
        out.push_str("</section>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::find;

    #[test]
    fn links_for_a_preset_a_scenario_and_exercises() {
        let eoq = find("eoq").unwrap();
        let mine = eoq.defaults().with_num("N", 777.0);
        assert_eq!(fragment(eoq, &Opening::Preset("wilson-basic"), &mine, Lang::Fr), "#/eoq?preset=wilson-basic&lang=fr");
        assert!(fragment(eoq, &Opening::Scenario, &mine, Lang::En).contains("N=777"));
        assert_eq!(fragment(eoq, &Opening::Exercise(12), &mine, Lang::En), "#/eoq?mode=exercise&seed=12&lang=en");
        assert_eq!(fragment(eoq, &Opening::ExercisePerStudent, &mine, Lang::En), "#/eoq?mode=exercise&lang=en");
    }

    #[test]
    fn every_preset_fits_a_qr_code_even_written_in_full() {
        let base = "https://example.org/atelier/";
        let mut longest = (0, "");
        for lesson in crate::lessons::REGISTRY.iter().filter_map(|entry| find(entry.id)) {
            for preset in lesson.presets {
                let values = super::super::codec::preset_values(lesson, preset);
                let full = format!("{base}{}", fragment(lesson, &Opening::Scenario, &values, Lang::Fr));
                assert!(qr::svg(&full, "", "q").is_some(), "{} {}: {} characters", lesson.id, preset.slug, full.len());
                if full.len() > longest.0 {
                    longest = (full.len(), preset.slug);
                }
                let short = format!("{base}{}", fragment(lesson, &Opening::Preset(preset.slug), &values, Lang::Fr));
                assert!(short.len() < 100, "{short}");
            }
        }
        // 382 characters (capacity's `machining-ahead`) when docs/links.md recorded it: a version 13
        // code, still read from a projected screen.
        assert!(longest.0 <= 400, "{longest:?}");
    }

    #[test]
    fn seeds_are_a_bounded_range() {
        assert_eq!(parse_seeds("1-30"), Some(1..=30));
        assert_eq!(parse_seeds(" 7 "), Some(7..=7));
        assert_eq!(parse_seeds("1-60"), Some(1..=60));
        for bad in ["1-61", "30-1", "a-3", "", "-4"] {
            assert_eq!(parse_seeds(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_class_pack_has_a_page_per_variant_and_answers_only_with_the_key() {
        let mrp = find("mrp").unwrap();
        let pack = class_pack(mrp, 1..=3, false, "https://x.org/a/", Lang::En);
        assert_eq!(pack.matches(r#"class="worksheet""#).count(), 3);
        assert!(
            pack.contains(r#"data-testid="worksheet-2""#) && pack.contains("https://x.org/a/#/mrp?mode=exercise&amp;seed=2&amp;lang=en")
        );
        assert!(pack.contains(r#"data-testid="worksheet-3-qr""#));
        assert!(!pack.contains("answer-key"), "no answers without key=1");
        let values = (mrp.exercise.generate)(2);
        let expected = (mrp.exercise.questions)(&values)[2].expected;
        let keyed = class_pack(mrp, 1..=3, true, "https://x.org/a/", Lang::En);
        assert!(keyed.contains(r#"data-testid="answer-key""#) && keyed.contains(r#"data-testid="answer-key-2-steps""#));
        assert!(keyed.contains(&format!("<dd>{}</dd>", format_number(expected, Lang::En, 2))));
        assert!(keyed.matches("<tr><th scope=\"row\">").count() >= 3);
        // The worksheet's grid is there to fill: its numbers blanked, its rows named.
        assert!(pack.contains("mrp-solution-1-blank") && !pack.contains(r#"data-testid="mrp-solution-1-0-1""#));
    }
}
