//! A lesson's work as a file the learner keeps: the stored schema (the same JSON as local
//! storage) in an envelope naming the app, the lesson and the schema version. Reading a file
//! checks all three, migrates an older version and names what is wrong. Pure: tested here.

use super::codec;
use super::values::Values;
use super::Lesson;
use crate::i18n::Lang;
use serde_json::{json, Value as Json};

const APP: &str = "atelier";
/// Larger than any lesson's work at its caps (ABC's 500 items are about 40 KB).
const MAX_BYTES: usize = 2_000_000;

/// The file's text: readable, so a teacher can look inside.
pub fn write(lesson: &Lesson, values: &Values) -> String {
    let file = json!({ "app": APP, "lesson": lesson.id, "version": lesson.storage_version, "values": codec::to_json(lesson, values) });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why a file cannot be opened in this lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge,
    NotJson,
    NotAtelier,
    /// Work of another lesson (its id).
    OtherLesson(String),
    /// Saved by a newer version of the app (its schema version).
    Newer(u64),
    /// A value that does not read (its parameter), or an older version that does not migrate.
    Invalid(String),
}

impl FileProblem {
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            Self::TooLarge if fr => "Ce fichier est trop gros pour être un travail d’Atelier (plus de 2 Mo).".to_owned(),
            Self::TooLarge => "This file is too large to be Atelier work (over 2 MB).".to_owned(),
            Self::NotJson if fr => "Ce fichier n’est pas un fichier JSON lisible.".to_owned(),
            Self::NotJson => "This file is not readable JSON.".to_owned(),
            Self::NotAtelier if fr => "Ce fichier JSON n’a pas été enregistré par Atelier.".to_owned(),
            Self::NotAtelier => "This JSON file was not saved by Atelier.".to_owned(),
            Self::OtherLesson(id) if fr => format!("Ce fichier est un travail de la leçon « {id} » : ouvrez-le dans cette leçon."),
            Self::OtherLesson(id) => format!("This file is work of the “{id}” lesson: open it in that lesson."),
            Self::Newer(v) if fr => {
                format!("Ce fichier vient d’une version plus récente d’Atelier (format {v}) : mettez l’application à jour.")
            }
            Self::Newer(v) => format!("This file comes from a newer version of Atelier (format {v}): update the app."),
            Self::Invalid(param) if fr => format!("La valeur « {param} » de ce fichier n’est pas valable."),
            Self::Invalid(param) => format!("This file’s value “{param}” is not valid."),
        }
    }
}

/// The values a file holds for `lesson`; nothing is replaced until the learner says so.
///
/// # Errors
/// Too large, not JSON, not Atelier's, another lesson's, a newer version, or a value that does not read.
pub fn read(lesson: &Lesson, text: &str) -> Result<Values, FileProblem> {
    if text.len() > MAX_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let file: Json = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| FileProblem::NotJson)?;
    if file.get("app").and_then(Json::as_str) != Some(APP) {
        return Err(FileProblem::NotAtelier);
    }
    let id = file.get("lesson").and_then(Json::as_str).unwrap_or_default();
    if id != lesson.id {
        return Err(FileProblem::OtherLesson(id.to_owned()));
    }
    let version = file.get("version").and_then(Json::as_u64).ok_or(FileProblem::NotAtelier)?;
    let current = u64::from(lesson.storage_version);
    if version > current {
        return Err(FileProblem::Newer(version));
    }
    let stored = file.get("values").cloned().ok_or(FileProblem::NotAtelier)?;
    let migrated =
        (version..current).try_fold(stored, |value, from| u32::try_from(from).ok().and_then(|from| (lesson.migrate)(from, value)));
    let migrated = migrated.ok_or_else(|| FileProblem::Invalid("version".to_owned()))?;
    codec::from_json(lesson, &migrated).map_err(FileProblem::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::find;

    #[test]
    fn work_round_trips_through_a_file() {
        let mrp = find("mrp").unwrap();
        let values = (mrp.exercise.generate)(3);
        assert_eq!(read(mrp, &write(mrp, &values)), Ok(values));
    }

    #[test]
    fn bad_files_are_named_and_change_nothing() {
        let eoq = find("eoq").unwrap();
        let good = write(eoq, &eoq.defaults());
        assert_eq!(read(eoq, "{not json"), Err(FileProblem::NotJson));
        assert_eq!(read(eoq, r#"{"app":"other"}"#), Err(FileProblem::NotAtelier));
        assert_eq!(read(find("abc").unwrap(), &good), Err(FileProblem::OtherLesson("eoq".to_owned())));
        assert_eq!(read(eoq, &good.replace(r#""version": 1"#, r#""version": 9"#)), Err(FileProblem::Newer(9)));
        let broken = good.replace(r#""N": 1000.0"#, r#""N": -5"#);
        assert_ne!(broken, good, "the test edits a real value");
        assert_eq!(read(eoq, &broken), Err(FileProblem::Invalid("N".to_owned())));
        assert_eq!(read(eoq, &" ".repeat(MAX_BYTES + 1)), Err(FileProblem::TooLarge));
        assert!(FileProblem::OtherLesson("abc".into()).message(Lang::Fr).contains("« abc »"));
    }
}
