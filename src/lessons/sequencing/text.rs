//! Every word of the sequencing lesson, in French and English.

use crate::engine::sequencing::{Rule, SequencingError};
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Séquencement sur une machine, et deux en série", "Sequencing on one machine, and two in series");

pub const INTRO: &[Text] = &[
    t!(
        "Plusieurs travaux attendent la même machine. L’ordre choisi ne change pas le temps total de travail, mais il change tout le reste : le temps que chaque travail passe dans l’atelier, les retards, le nombre de travaux en retard, l’en-cours.",
        "Several jobs wait for the same machine. The order chosen does not change the total work, but it changes everything else: the time each job spends in the shop, the lateness, the number of late jobs, the work in process."
    ),
    t!(
        "Quelques résultats exacts guident le choix : le plus court d’abord (SPT) minimise le temps moyen de passage ; la date due la plus proche (EDD) minimise le plus grand retard ; l’algorithme de Moore–Hodgson minimise le nombre de travaux en retard ; sur deux machines en série, la règle de Johnson minimise la durée totale. Aucune règle ne gagne sur tous les critères : comparez-les côte à côte.",
        "A few exact results guide the choice: shortest first (SPT) minimises the mean flow time; earliest due date (EDD) minimises the largest lateness; the Moore–Hodgson algorithm minimises the number of late jobs; on two machines in series, Johnson’s rule minimises the total time. No rule wins on every measure: compare them side by side."
    ),
];

pub const JOBS_GROUP: Text = t!("Les travaux", "The jobs");
pub const JOBS: Text = t!("Travaux, dans l’ordre d’arrivée", "Jobs, in arrival order");
pub const JOBS_HINT: Text =
    t!("Dans un lien : jobs=A:6:8;B:2:6;… (travail:durée:date due).", "In a link: jobs=A:6:8;B:2:6;… (job:processing time:due date).");
pub const COL_ID: Text = t!("Travail", "Job");
pub const COL_TIME: Text = t!("Durée", "Processing time");
pub const COL_DUE: Text = t!("Date due", "Due date");
pub const TODAY: Text = t!("Aujourd’hui (début)", "Today (start)");
pub const SECOND_GROUP: Text = t!("Deuxième machine (facultatif)", "Second machine (optional)");
pub const SECOND: Text = t!("Durées sur la deuxième machine", "Times on the second machine");
pub const SECOND_HINT: Text = t!(
    "Une ligne par travail : la règle de Johnson ordonne les deux machines en série. Dans un lien : m2=A:4;B:5;…",
    "One line per job: Johnson’s rule orders the two machines in series. In a link: m2=A:4;B:5;…"
);
pub const GANTT_RULE: Text = t!("Règle du diagramme de Gantt", "Rule of the Gantt chart");

pub const fn rule_name(rule: Rule) -> Text {
    match rule {
        Rule::Fcfs => t!("premier arrivé (FCFS)", "first come (FCFS)"),
        Rule::Spt => t!("plus court d’abord (SPT)", "shortest first (SPT)"),
        Rule::Lpt => t!("plus long d’abord (LPT)", "longest first (LPT)"),
        Rule::Edd => t!("date due (EDD)", "due date (EDD)"),
        Rule::Slack => t!("marge", "slack"),
        Rule::Cr => t!("ratio critique", "critical ratio"),
        Rule::Moore => t!("Moore–Hodgson", "Moore–Hodgson"),
    }
}

pub const METRICS: [Text; 7] = [
    t!("Temps de passage moyen", "Mean flow time"),
    t!("Retard algébrique moyen", "Mean lateness"),
    t!("Retard moyen", "Mean tardiness"),
    t!("Plus grand retard", "Largest tardiness"),
    t!("Travaux en retard", "Jobs late"),
    t!("Utilisation", "Utilisation"),
    t!("Travaux moyens dans l’atelier", "Average jobs in the system"),
];

pub const BEST_FLOW: Text = t!("Meilleur temps de passage moyen", "Best mean flow time");
pub const FEWEST_LATE: Text = t!("Le moins de travaux en retard", "Fewest jobs late");
pub const JOHNSON_SEQ: Text = t!("Ordre de Johnson (deux machines)", "Johnson’s order (two machines)");
pub const JOHNSON_SPAN: Text = t!("Durée totale sur deux machines", "Makespan on two machines");
pub const FCFS_SPAN: Text = t!("… dans l’ordre d’arrivée", "… in arrival order");
pub const DAYS: Text = t!("jours", "days");

pub const RULES_TITLE: Text = t!("Les règles côte à côte", "The rules side by side");
pub const RULES_TABLE: Text = t!(
    "Séquence et mesures de chaque règle ; la dernière ligne nomme la meilleure par mesure",
    "Sequence and measures of each rule; the last row names the best per measure"
);
pub const COL_RULE: Text = t!("Règle", "Rule");
pub const COL_SEQ: Text = t!("Séquence", "Sequence");
pub const BEST: Text = t!("Meilleure", "Best");
pub const GANTT_TITLE: Text = t!("La règle choisie, travail par travail", "The chosen rule, job by job");
pub const GANTT: Text = t!(
    "Diagramme de Gantt de la règle choisie : chaque travail sur la machine, et sa partie après la date due (les dates sont dans le tableau qui suit)",
    "Gantt chart of the chosen rule: each job on the machine, and its part past the due date (the dates are in the table that follows)"
);
pub const GANTT_TABLE: Text =
    t!("Début, fin et retard de chaque travail selon la règle choisie", "Start, end and lateness of each job by the chosen rule");
pub const COL_START: Text = t!("Début", "Start");
pub const COL_END: Text = t!("Fin", "End");
pub const COL_LATE: Text = t!("Retard", "Lateness");
pub const JOB_BAR: Text = t!("Travail", "Job");
pub const LATE_BAR: Text = t!("Après la date due", "Past the due date");
pub const DAY_AXIS: Text = t!("Jour", "Day");

pub const EXERCISE_HINT: Text = t!(
    "SPT : triez par durée croissante, cumulez les durées pour les fins ; le temps de passage moyen est la moyenne des fins (depuis aujourd’hui). Johnson : d’abord les travaux plus courts sur la machine 1, par durée croissante sur la machine 1 ; puis les autres par durée décroissante sur la machine 2.",
    "SPT: sort by increasing time, add up the times for the completions; the mean flow time is the mean completion (from today). Johnson: first the jobs shorter on machine 1, by increasing machine-1 time; then the others by decreasing machine-2 time."
);

pub fn exercise_statement(list: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "Cinq travaux attendent au jour 0 (travail : durée machine 1, date due, durée machine 2) : {list}. Trouvez le temps de passage moyen en SPT, le nombre de travaux en retard en EDD, et la durée totale sur les deux machines dans l’ordre de Johnson."
        ),
        Lang::En => format!(
            "Five jobs wait on day 0 (job: machine-1 time, due date, machine-2 time): {list}. Find the mean flow time under SPT, the number of late jobs under EDD, and the makespan on both machines in Johnson’s order."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "spt_flow" => t!("Temps de passage moyen en SPT", "Mean flow time under SPT"),
        "johnson" => t!("Durée totale dans l’ordre de Johnson", "Makespan in Johnson’s order"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: SequencingError, job: &str, lang: Lang) -> String {
    match (error, lang) {
        (SequencingError::NoJob, Lang::Fr) => "Ajoutez au moins un travail.".to_owned(),
        (SequencingError::NoJob, Lang::En) => "Add at least one job.".to_owned(),
        (SequencingError::Duplicate(_), Lang::Fr) => format!("Le travail {job} figure deux fois."),
        (SequencingError::Duplicate(_), Lang::En) => format!("Job {job} is listed twice."),
        (SequencingError::Time(_), Lang::Fr) => format!("{job} : une durée est nécessaire."),
        (SequencingError::Time(_), Lang::En) => format!("{job}: a processing time is needed."),
    }
}

pub fn second_machine_message(job: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Deuxième machine : {job} n’est pas un des travaux."),
        Lang::En => format!("Second machine: {job} is not one of the jobs."),
    }
}
