//! One conformance test over every registered lesson: what the kit promises, checked for each
//! lesson without lesson-specific code, so a new lesson is held to it by being registered.
#![cfg(not(target_arch = "wasm32"))]

use atelier::i18n::Lang;
use atelier::kit::codec::{self, link_params, read_link};
use atelier::kit::report::Culprit;
use atelier::kit::session;
use atelier::kit::{Kind, Lesson};
use atelier::lessons::REGISTRY;
use atelier::scenario::links::{build_fragment, parse_fragment};
use atelier::scenario::storage::{KeyValueStore, MemoryStore};

fn every_lesson() -> impl Iterator<Item = &'static Lesson> {
    REGISTRY.iter().copied()
}

#[test]
fn ids_are_unique_and_every_lesson_has_a_card() {
    let mut ids: Vec<&str> = every_lesson().map(|l| l.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), REGISTRY.len());
    for lesson in every_lesson() {
        assert!(atelier::scenario::catalog::topic_by_id(lesson.id).is_some_and(atelier::scenario::catalog::Topic::built), "{}", lesson.id);
    }
}

#[test]
fn every_preset_reads_cleanly_solves_and_round_trips_through_a_link() {
    for lesson in every_lesson() {
        assert!(!lesson.presets.is_empty(), "{}: the first preset is the default", lesson.id);
        for preset in lesson.presets {
            let pairs = parse_fragment(&format!("#/{}?preset={}", lesson.id, preset.slug)).params;
            let link = read_link(lesson, &pairs);
            assert!(link.problems.is_empty(), "{} {}: {:?}", lesson.id, preset.slug, link.problems);
            let values = link.values.unwrap();
            assert!((lesson.solve)(&values, Lang::Fr).is_ok(), "{} {} does not solve", lesson.id, preset.slug);
            for lang in [Lang::Fr, Lang::En] {
                let fragment = build_fragment(lesson.id, &link_params(lesson, &values, None, lang));
                let again = read_link(lesson, &parse_fragment(&fragment).params);
                assert!(again.problems.is_empty(), "{fragment}: {:?}", again.problems);
                assert_eq!(again.values.as_ref(), Some(&values), "{fragment}");
                assert_eq!(again.lang, Some(lang));
            }
        }
    }
}

#[test]
fn the_first_preset_gives_every_required_input() {
    for lesson in every_lesson() {
        let preset = lesson.presets[0].link;
        for input in lesson.inputs() {
            if matches!(input.kind, Kind::Number(_) | Kind::Table(_) | Kind::Series(_)) {
                assert!(
                    preset.split('&').any(|pair| pair.split('=').next() == Some(input.param)),
                    "{}: default preset lacks {}",
                    lesson.id,
                    input.param
                );
            }
        }
    }
}

#[test]
fn exercises_are_seeded_solvable_and_marked() {
    for lesson in every_lesson() {
        assert_eq!((lesson.exercise.generate)(42), (lesson.exercise.generate)(42), "{}", lesson.id);
        for seed in 0..200 {
            let values = (lesson.exercise.generate)(seed);
            assert!((lesson.solve)(&values, Lang::En).is_ok(), "{} seed {seed}", lesson.id);
            let questions = (lesson.exercise.questions)(&values);
            assert!(!questions.is_empty(), "{} seed {seed}", lesson.id);
            for question in &questions {
                assert!(question.expected.is_finite(), "{} seed {seed} {}", lesson.id, question.id);
                // A clearly wrong answer is marked wrong: the marking can fail.
                assert!(!question.is_right(question.expected * 2.0 + 10.0), "{} seed {seed} {}", lesson.id, question.id);
            }
            assert!(!(lesson.exercise.steps)(&values, Lang::Fr).is_empty(), "{} seed {seed}", lesson.id);
            for lang in [Lang::Fr, Lang::En] {
                assert!(!(lesson.exercise.statement)(&values, lang).is_empty());
            }
        }
    }
}

#[test]
fn every_step_and_error_has_text_in_both_languages_and_a_culprit_that_exists() {
    for lesson in every_lesson() {
        for lang in [Lang::Fr, Lang::En] {
            let report = (lesson.solve)(&lesson.defaults(), lang).unwrap();
            assert!(!report.steps.is_empty(), "{}", lesson.id);
            for step in &report.steps {
                assert!(!step.title.is_empty() && step.title != "Step" && step.title != "Étape", "{} step {}", lesson.id, step.key);
            }
        }
        // Every numeric input at an extreme of its range: an error, if any, names an input that exists.
        for input in lesson.inputs() {
            let (Kind::Number(range) | Kind::Optional(range)) = &input.kind else { continue };
            for extreme in [0.0, 1e-9, 1.0, 1e9] {
                if !range.contains(extreme) {
                    continue;
                }
                let values = lesson.defaults().with_num(input.param, extreme);
                for lang in [Lang::Fr, Lang::En] {
                    if let Err(problem) = (lesson.solve)(&values, lang) {
                        assert!(!problem.message.is_empty(), "{} {}={extreme}", lesson.id, input.param);
                        match problem.culprit {
                            Culprit::Field(param) | Culprit::Cell { param, .. } => {
                                assert!(lesson.input(param).is_some(), "{}: culprit {param}", lesson.id);
                            }
                            Culprit::Lesson => {}
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn storage_round_trips_and_rejects_what_a_field_would() {
    for lesson in every_lesson() {
        for preset in lesson.presets {
            let values = codec::preset_values(lesson, preset);
            assert_eq!(codec::from_json(lesson, &codec::to_json(lesson, &values)).as_ref(), Ok(&values), "{} {}", lesson.id, preset.slug);
        }
        for input in lesson.inputs() {
            let mut json = codec::to_json(lesson, &lesson.defaults());
            json[input.param] = serde_json::json!("not this");
            if !matches!(input.kind, Kind::Choice(_)) {
                assert_eq!(codec::from_json(lesson, &json), Err(input.param.to_owned()), "{} {}", lesson.id, input.param);
            }
        }
    }
}

#[test]
fn a_second_link_never_replaces_the_learners_kept_work() {
    // Regression: saved N=777, then two links in a row left only the first link's scenario to restore.
    for lesson in every_lesson() {
        let store = MemoryStore::default();
        let own = lesson.presets.last().map(|p| codec::preset_values(lesson, p)).unwrap();
        session::save(lesson, &store, &own).unwrap();
        let first = &lesson.presets[0];
        let start = session::start(lesson, &parse_fragment(&format!("#/{}?preset={}", lesson.id, first.slug)).params, &store, true);
        if start.values == own {
            continue; // a one-preset lesson: nothing was replaced
        }
        assert_eq!(start.replaced.as_ref(), Some(&own), "{}", lesson.id);
        session::save(lesson, &store, &start.values).unwrap();
        let pairs: Vec<(String, String)> = link_params(lesson, &start.values, None, Lang::En).into_iter().take(1).collect();
        let second = session::start(lesson, &pairs, &store, true);
        assert_eq!(second.replaced.as_ref(), Some(&own), "{}: the learner's own work is still offered", lesson.id);
        assert!(store.get(&session::before_link_key(lesson)).is_some());
    }
}

#[test]
fn docs_list_every_lesson_and_parameter() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/links.md")).unwrap();
    for lesson in every_lesson() {
        let start = docs.find(&format!("`#/{}`", lesson.id)).unwrap_or_else(|| panic!("docs/links.md has no section for #/{}", lesson.id));
        let section = &docs[start..docs[start + 1..].find("\n## ").map_or(docs.len(), |end| start + 1 + end)];
        for input in lesson.inputs() {
            assert!(
                section.contains(&format!("| `{}` |", input.param)),
                "docs/links.md, #/{}: parameter `{}` is missing",
                lesson.id,
                input.param
            );
        }
        for preset in lesson.presets {
            assert!(section.contains(&format!("`{}`", preset.slug)), "docs/links.md, #/{}: preset `{}` is missing", lesson.id, preset.slug);
        }
    }
}

#[test]
fn exercise_links_name_the_lesson_parameters_they_ignore() {
    for lesson in every_lesson() {
        let first = lesson.inputs().find(|i| matches!(i.kind, Kind::Number(_))).unwrap();
        let value = lesson.defaults().opt(first.param).unwrap();
        let pairs = parse_fragment(&format!("#/{}?mode=exercise&seed=3&{}={value}", lesson.id, first.param)).params;
        let link = read_link(lesson, &pairs);
        assert_eq!(link.values, None, "{}", lesson.id);
        assert_eq!(link.seed, Some(3));
        assert!(
            link.problems.iter().any(|p| p.param() == first.param && p.message(Lang::En).contains("ignored")),
            "{}: {:?}",
            lesson.id,
            link.problems
        );
    }
}
