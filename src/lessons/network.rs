//! Words shared by the lessons on a network of tasks (PERT, crashing): what is wrong with it.

use crate::engine::cpm::CpmError;
use crate::i18n::Lang;
use crate::kit::report::Culprit;

/// The network's problem, naming its task (a cycle lists its tasks in order).
pub fn error_message(error: &CpmError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        CpmError::NoActivities if fr => "Ajoutez au moins une tâche.".to_owned(),
        CpmError::NoActivities => "Add at least one task.".to_owned(),
        CpmError::EmptyId { row } if fr => format!("Ligne {} : la tâche n’a pas de nom.", row + 1),
        CpmError::EmptyId { row } => format!("Line {}: the task has no name.", row + 1),
        CpmError::DuplicateId(id) if fr => format!("Deux tâches s’appellent {id} : chaque tâche a son propre nom."),
        CpmError::DuplicateId(id) => format!("Two tasks are named {id}: each task needs its own name."),
        CpmError::UnknownPredecessor { activity, predecessor } if fr => {
            format!("Tâche {activity} : l’antécédent {predecessor} n’est pas une tâche du projet.")
        }
        CpmError::UnknownPredecessor { activity, predecessor } => {
            format!("Task {activity}: predecessor {predecessor} is not a task of the project.")
        }
        CpmError::Cycle(ids) if fr => {
            format!("Cycle : {} — ces tâches s’attendent les unes les autres, aucune ne peut commencer.", cycle(ids))
        }
        CpmError::Cycle(ids) => format!("Cycle: {} — these tasks wait for each other, none can start.", cycle(ids)),
        CpmError::InvalidDuration(id) if fr => format!("Tâche {id} : la durée doit être un nombre positif ou nul."),
        CpmError::InvalidDuration(id) => format!("Task {id}: the duration must be zero or more."),
    }
}

/// `B → C → D → B`: each task must finish before the next one starts.
fn cycle(ids: &[String]) -> String {
    let mut shown = ids.to_vec();
    if let Some(first) = ids.first() {
        shown.push(first.clone());
    }
    shown.join(" → ")
}

/// The cell a network problem is about, in the task table `param` (ids in its row order): the
/// task's duration or predecessors (an unknown one, a cycle), or the second of two tasks with
/// the same name.
pub fn culprit(error: &CpmError, ids: &[&str], param: &'static str, duration_column: usize, after_column: usize) -> Culprit {
    let row_of = |id: &str, nth: usize| ids.iter().enumerate().filter(|(_, i)| **i == id).nth(nth).map(|(row, _)| row);
    let cell = |row: Option<usize>, column| row.map_or(Culprit::Field(param), |row| Culprit::Cell { param, row, column });
    match error {
        CpmError::InvalidDuration(id) => cell(row_of(id, 0), duration_column),
        CpmError::DuplicateId(id) => cell(row_of(id, 1), 0),
        CpmError::EmptyId { row } => cell(Some(*row), 0),
        CpmError::UnknownPredecessor { activity, .. } => cell(row_of(activity, 0), after_column),
        CpmError::Cycle(ids) => cell(ids.first().and_then(|id| row_of(id, 0)), after_column),
        CpmError::NoActivities => Culprit::Field(param),
    }
}
