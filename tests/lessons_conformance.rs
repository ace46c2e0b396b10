//! One conformance test over every registered lesson: what the kit promises, checked for each
//! lesson without lesson-specific code, so a new lesson is held to it by being registered.
#![cfg(not(target_arch = "wasm32"))]

use atelier::i18n::Lang;
use atelier::kit::codec::{self, link_params, read_link};
use atelier::kit::report::Culprit;
use atelier::kit::session;
use atelier::kit::{Kind, Lesson};
use atelier::lessons::{find, REGISTRY};
use atelier::scenario::links::{build_fragment, parse_fragment};
use atelier::scenario::storage::{KeyValueStore, MemoryStore};

fn every_lesson() -> impl Iterator<Item = &'static Lesson> {
    REGISTRY.iter().map(|entry| find(entry.id).expect(entry.id))
}

#[test]
fn ids_are_unique_and_every_lesson_has_a_card() {
    let mut ids: Vec<&str> = every_lesson().map(|l| l.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), REGISTRY.len());
    // The registry line (what the shell shows before a lesson's module is fetched) names the
    // declaration it loads.
    for entry in REGISTRY {
        let lesson = find(entry.id).unwrap();
        assert_eq!(
            (lesson.id, lesson.title.get(atelier::i18n::Lang::Fr), lesson.title.get(atelier::i18n::Lang::En)),
            (entry.id, entry.title.get(atelier::i18n::Lang::Fr), entry.title.get(atelier::i18n::Lang::En))
        );
    }
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
        // A table may be left out when the lesson's default has none of its rows (product mix's
        // other resources): links leave empty tables out too.
        let defaults = lesson.defaults();
        for input in lesson.inputs() {
            let optional_table = matches!(input.kind, Kind::Table(_)) && defaults.rows(input.param).is_empty();
            let optional_series = matches!(input.kind, Kind::Series(spec) if spec.may_be_empty) && defaults.series(input.param).is_empty();
            if matches!(input.kind, Kind::Number(_) | Kind::Table(_) | Kind::Series(_)) && !optional_table && !optional_series {
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
                assert!(question.hint.is_some(), "{} {}: every question has its own hint", lesson.id, question.id);
                // A clearly wrong answer is marked wrong: the marking can fail. (Doubling plus ten
                // would give −10 back for −10, a cumulative deviation an exercise may well ask.)
                let wrong = question.expected + question.expected.abs() + 10.0;
                assert!(!question.is_right(wrong), "{} seed {seed} {}", lesson.id, question.id);
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
        // The first parameter a link of the default scenario writes (a lesson of tables only has no number).
        let (param, value) = codec::write_params(lesson, &lesson.defaults()).into_iter().next().unwrap();
        let first = lesson.input(&param).unwrap();
        let pairs = parse_fragment(&format!("#/{}?mode=exercise&seed=3&{param}={value}", lesson.id)).params;
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

/// Every string a report shows, to look for what must never reach the screen.
fn shown_text(report: &atelier::kit::report::Report) -> String {
    use atelier::kit::report::{Block, Tabular};
    let mut out = String::new();
    for line in &report.results {
        out.push_str(&line.value);
    }
    let table_text = |t: &atelier::kit::report::Table| t.rows.iter().flatten().map(|c| c.text.clone()).collect::<String>();
    let grid_text = |g: &atelier::kit::grid::Grid| {
        g.rows
            .iter()
            .flat_map(|r| r.opening.iter().chain(&r.cells))
            .flat_map(|c| [c.text.clone(), c.why.clone().unwrap_or_default()])
            .collect::<String>()
    };
    for block in report.side.iter().chain(report.sections.iter().flat_map(|s| &s.blocks)) {
        match block {
            Block::Figure { chart, data, .. } => {
                out.push_str(chart);
                out.push_str(&match data {
                    Tabular::Table(t) => table_text(t),
                    Tabular::Grid(g) => grid_text(g),
                });
            }
            Block::Table(t) => out.push_str(&table_text(t)),
            Block::Grid(g) => out.push_str(&grid_text(g)),
            Block::Note { text, .. } => out.push_str(text),
            Block::Drawing { svg, .. } => out.push_str(svg),
        }
    }
    for step in &report.steps {
        out.push_str(&step.numbers);
        out.push_str(&step.result);
    }
    out
}

fn assert_finite_report(lesson: &Lesson, values: &atelier::kit::values::Values, context: &str) {
    for lang in [Lang::Fr, Lang::En] {
        match (lesson.solve)(values, lang) {
            Ok(report) => {
                let text = shown_text(&report);
                for bad in ["∞", "NaN", "inf", "undefined", "null"] {
                    assert!(!text.contains(bad), "{} {context}: the report shows {bad}", lesson.id);
                }
            }
            Err(problem) => assert!(!problem.message.is_empty(), "{} {context}: an error without a message", lesson.id),
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: 300, ..proptest::test_runner::Config::default() })]

    /// Any link, however hostile, reads without a panic and solves to finite numbers or a named error.
    #[test]
    fn any_link_reads_and_solves_or_names_the_problem(
        lesson_index in 0..REGISTRY.len(),
        pairs in proptest::collection::vec((0usize..40, proptest::prelude::any::<u8>(), "[-+0-9eE.,%: ;a-z<>\"'&]{0,24}"), 0..8),
    ) {
        let lesson = find(REGISTRY[lesson_index].id).unwrap();
        let names: Vec<&str> = lesson.inputs().map(|i| i.param).chain(["preset", "mode", "seed", "lang", "solution", "zz"]).collect();
        let extremes = ["0", "-1", "1e308", "1e-308", "1e9", "1e10", "0.000001", "NaN", "inf", &"9".repeat(400), "<img src=x onerror=alert(1)>"];
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(n, pick, text)| {
                let name = names[n % names.len()].to_owned();
                let value = if pick % 3 == 0 { extremes[usize::from(pick) % extremes.len()].to_owned() } else { text };
                (name, value)
            })
            .collect();
        let link = read_link(lesson, &pairs);
        for problem in &link.problems {
            proptest::prop_assert!(!problem.message(Lang::Fr).is_empty());
        }
        if let Some(values) = &link.values {
            assert_finite_report(lesson, values, &format!("{pairs:?}"));
        }
    }

    /// Values anywhere in their documented ranges, ends included, never show ∞ or NaN.
    #[test]
    fn values_at_the_ends_of_their_ranges_stay_finite(lesson_index in 0..REGISTRY.len(), picks in proptest::collection::vec(0u8..4, 32)) {
        use atelier::scenario::links::Bound;
        let lesson = find(REGISTRY[lesson_index].id).unwrap();
        let mut values = lesson.defaults();
        for (input, pick) in lesson.inputs().zip(picks) {
            let (Kind::Number(range) | Kind::Optional(range)) = &input.kind else { continue };
            let end = |b: Option<Bound>, fallback: f64| match b { Some(Bound::Inclusive(v)) => v, Some(Bound::Exclusive(v)) => v + v.abs().max(1.0) * 1e-9, None => fallback };
            let value = match pick {
                0 => end(range.min, 0.0),
                1 => end(range.max, 1e9),
                2 => f64::midpoint(end(range.min, 0.0), end(range.max, 1e9)),
                _ => continue,
            };
            let value = if range.integer { value.round() } else { value };
            if range.contains(value) {
                values = values.with_num(input.param, value);
            }
        }
        assert_finite_report(lesson, &values, &format!("{values:?}"));
    }
}

#[test]
fn every_numeric_input_has_an_upper_bound() {
    for lesson in every_lesson() {
        for input in lesson.inputs() {
            if let Kind::Number(range) | Kind::Optional(range) = &input.kind {
                assert!(range.max.is_some(), "{}: `{}` has no upper bound", lesson.id, input.param);
            }
        }
    }
}

#[test]
fn storage_faults_never_lose_saved_work() {
    for lesson in every_lesson() {
        let key = session::key(lesson);
        // Invalid JSON, then a second corruption: both kept, stacked.
        let store = MemoryStore::default();
        store.set(&key, "{not json").unwrap();
        let (values, notice, persist) = session::load(lesson, &store);
        assert_eq!((values, persist), (None, true));
        assert!(matches!(notice, Some(session::StorageNotice::Corrupt { .. })), "{}", lesson.id);
        store.set(&key, "[1,2,3]").unwrap();
        let _ = session::load(lesson, &store);
        let first = atelier::scenario::storage::backup_key(lesson.storage_version, lesson.id);
        assert_eq!(store.get(&first).as_deref(), Some("{not json"), "{}", lesson.id);
        assert_eq!(store.get(&format!("{first}.2")).as_deref(), Some("[1,2,3]"), "{}", lesson.id);
        // A value too large to back up stays in place and the visit does not save over it.
        let huge = format!("{{\"x\":\"{}\"", "y".repeat(4 * 1024 * 1024));
        let store = MemoryStore::default();
        store.set(&key, &huge).unwrap();
        let store = store.with_room(10_000);
        let start = session::start(lesson, &[], &store, true);
        assert!(!start.persist, "{}", lesson.id);
        assert!(matches!(start.storage, Some(session::StorageNotice::CorruptKept { .. })), "{}", lesson.id);
        assert_eq!(store.get(&key).map(|v| v.len()), Some(huge.len()));
        // A read failure writes nothing.
        let broken = MemoryStore::default();
        broken.set(&key, "{}").unwrap();
        let broken = broken.unreadable();
        let start = session::start(lesson, &[], &broken, true);
        assert!(!start.persist && start.storage == Some(session::StorageNotice::ReadFailed), "{}", lesson.id);
        // A newer schema is named and left alone.
        let store = MemoryStore::default();
        let newer = atelier::scenario::storage::key(lesson.storage_version + 1, lesson.id);
        store.set(&newer, "{\"from\":\"the future\"}").unwrap();
        let start = session::start(lesson, &[], &store, true);
        assert_eq!(start.storage, Some(session::StorageNotice::Newer { version: lesson.storage_version + 1 }), "{}", lesson.id);
        assert_eq!(store.get(&newer).as_deref(), Some("{\"from\":\"the future\"}"));
        // Oversized lists in storage are refused like a field would.
        for input in lesson.inputs() {
            let too_long = match &input.kind {
                Kind::Table(spec) => {
                    serde_json::Value::Array(vec![
                        serde_json::Value::Array(spec.columns.iter().map(|_| serde_json::json!(1)).collect());
                        spec.max_rows + 1
                    ])
                }
                Kind::Series(spec) => serde_json::Value::Array(vec![serde_json::json!(1.0); spec.max_len + 1]),
                _ => continue,
            };
            let mut json = codec::to_json(lesson, &lesson.defaults());
            json[input.param] = too_long;
            assert_eq!(codec::from_json(lesson, &json), Err(input.param.to_owned()), "{} {}", lesson.id, input.param);
        }
    }
}

#[test]
fn a_link_without_a_result_says_why() {
    // Regression: #/eoq?CO=50 (CO without PR) and #/eoq?PR=50&CO=75 showed nothing and said nothing.
    let eoq = atelier::lessons::find("eoq").unwrap();
    for (fragment, culprit, words) in
        [("#/eoq?CO=50", "PR", "clear CO"), ("#/eoq?PR=50&CO=75", "CO", "below PR"), ("#/eoq?PR=50&CO=50", "CO", "below PR")]
    {
        let start = session::start(eoq, &parse_fragment(fragment).params, &MemoryStore::default(), true);
        let problem =
            start.link.problems.iter().find(|p| p.param() == culprit).unwrap_or_else(|| panic!("{fragment}: {:?}", start.link.problems));
        assert!(problem.message(Lang::En).contains(words), "{fragment}: {}", problem.message(Lang::En));
        assert!(problem.message(Lang::Fr).starts_with("Ce lien ne donne pas de résultat"));
    }
    let abc = atelier::lessons::find("abc").unwrap();
    let start = session::start(abc, &parse_fragment("#/abc?items=A:1:1;A:2:2").params, &MemoryStore::default(), true);
    assert!(start.link.problems.iter().any(|p| p.param() == "items" && p.message(Lang::En).contains("Two items")));
}

#[test]
fn deferred_work_gives_finite_figures_for_every_preset() {
    for lesson in every_lesson() {
        let Some(deferred) = &lesson.deferred else { continue };
        for preset in lesson.presets {
            let values = atelier::kit::codec::preset_values(lesson, preset);
            for lang in [Lang::Fr, Lang::En] {
                let later = (deferred.compute)(&values, lang).unwrap_or_else(|| panic!("{}/{}: nothing computed", lesson.id, preset.slug));
                assert!((!later.lines.is_empty() || !later.tables.is_empty()) && !later.note.is_empty());
                let cells = later.tables.iter().flat_map(|t| t.rows.iter().flatten()).map(|c| (c.text.as_str(), c.test_id.as_deref()));
                for (value, test_id) in later.lines.iter().map(|l| (l.value.as_str(), Some(l.test_id.as_str()))).chain(cells) {
                    assert!(!["∞", "NaN", "inf", "—"].iter().any(|bad| value.contains(bad)), "{}/{}: {value}", lesson.id, preset.slug);
                    assert!(test_id.is_none_or(|id| id.starts_with(lesson.prefix)), "{test_id:?}");
                }
            }
        }
    }
}
