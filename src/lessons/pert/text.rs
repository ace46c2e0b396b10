//! Every word of the PERT lesson, in French and English.

use crate::engine::pert::{PertError, PertInput};
use crate::i18n::{format_number as num, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Réseau PERT : chemin critique et probabilité", "PERT network: critical path and probability");

pub const INTRO: &[Text] = &[
    t!(
        "Un projet est un ensemble de tâches dont certaines ne peuvent commencer qu’après d’autres. Chaque tâche est un nœud du réseau ; ses antécédents sont les tâches qui doivent être finies avant qu’elle démarre.",
        "A project is a set of tasks, some of which can only start once others are done. Each task is a node of the network; its predecessors are the tasks that must be finished before it starts."
    ),
    t!(
        "Passe avant : une tâche commence au plus tôt quand son dernier antécédent est fini (le maximum de leurs fins au plus tôt). Passe arrière, depuis la fin du projet : une tâche doit finir au plus tard quand son premier successeur doit commencer (le minimum de leurs débuts au plus tard). La marge totale est l’écart entre début au plus tard et début au plus tôt ; la marge libre, le retard possible sans décaler aucun successeur. Les tâches sans marge forment le chemin critique : tout retard sur elles retarde le projet.",
        "Forward pass: a task starts at the earliest when its last predecessor is done (the largest of their earliest finishes). Backward pass, from the end of the project: a task must finish at the latest when its first successor must start (the smallest of their latest starts). Total float is the gap between latest and earliest start; free float, the delay possible without moving any successor. Tasks without float form the critical path: any delay on them delays the project."
    ),
    t!(
        "Quand la durée d’une tâche est incertaine, on donne trois estimations : optimiste a, la plus probable m, pessimiste b. Sa durée moyenne est (a + 4m + b)/6 et son écart type (b − a)/6. La durée du projet suit alors à peu près une loi normale : moyenne, la somme des moyennes du chemin critique ; variance, la somme de leurs variances. On en tire la probabilité de finir avant une date, et la date que l’on tiendra avec une probabilité donnée.",
        "When a task’s duration is uncertain, three estimates are given: optimistic a, most likely m, pessimistic b. Its mean duration is (a + 4m + b)/6 and its standard deviation (b − a)/6. The project’s duration is then roughly normal: its mean is the sum of the means along the critical path, its variance the sum of their variances. This gives the probability of finishing by a date, and the date met with a given probability."
    ),
];

pub const TASKS: Text = t!("Tâches", "Tasks");
pub const COL_ID: Text = t!("Tâche", "Task");
pub const COL_DURATION: Text = t!("Durée (j) : d ou a/m/b", "Duration (d): d or a/m/b");
pub const COL_AFTER: Text = t!("Antécédents", "Predecessors");
pub const COL_WHAT: Text = t!("Description", "Description");
pub const TASKS_HINT: Text = t!(
    "Une durée certaine (12) ou trois estimations optimiste/probable/pessimiste (10/12/20) ; les antécédents séparés par des virgules (E,G,H).",
    "A certain duration (12) or three estimates optimistic/most likely/pessimistic (10/12/20); predecessors separated by commas (E,G,H)."
);
pub const QUESTIONS: Text = t!("Délai et probabilité", "Deadline and probability");
pub const DUE_DATE: Text = t!("Date visée T", "Target date T");
pub const DUE_DATE_HINT: Text =
    t!("Facultatif : la probabilité de finir au plus tard à cette date.", "Optional: the probability of finishing by this date.");
pub const PROBABILITY: Text = t!("Probabilité visée p", "Target probability p");
pub const PROBABILITY_HINT: Text = t!(
    "Une fraction : 0,95 = 95 %. Donne la date tenue avec cette probabilité.",
    "A fraction: 0.95 = 95%. Gives the date met with this probability."
);
pub const DAYS: Text = t!("jours", "days");
pub const RUNS: Text = t!("Projets simulés", "Simulated projects");
pub const RUNS_HINT: Text = t!(
    "Vérification par simulation (loi bêta-PERT, tirages reproductibles) ; 0 pour ne pas simuler.",
    "A check by simulation (beta-PERT law, reproducible draws); 0 to skip it."
);
pub const SIMULATION: Text = t!("Vérification par simulation", "Check by simulation");
pub const MC_MEAN: Text = t!("Durée moyenne simulée", "Simulated mean duration");
pub const MC_SD: Text = t!("Écart type simulé", "Simulated standard deviation");
pub const MC_PROB: Text = t!("Part des projets finis au plus tard à T", "Share of projects finished by T");
pub const MC_DUE: Text = t!("Durée non dépassée par la part p des projets", "Duration not exceeded by a share p of the projects");

/// What the simulation adds to the analytic answer: the merge bias, when there is one.
pub fn simulation_note(runs: usize, bias: f64, lang: Lang) -> String {
    let runs = num(runs as f64, lang, 0);
    let bias_shown = num(bias, lang, 2);
    let noticeable = bias > 0.005;
    match (lang, noticeable) {
        (Lang::Fr, true) => format!("Sur {runs} projets tirés au hasard, la durée moyenne dépasse D de {bias_shown} jours : un chemin presque critique finit parfois après le chemin critique, ce que la méthode du cours (un seul chemin) ignore. La probabilité du cours est donc optimiste."),
        (Lang::Fr, false) => format!("Sur {runs} projets tirés au hasard, la durée moyenne est celle de la méthode du cours : aucun autre chemin ne concurrence le chemin critique."),
        (Lang::En, true) => format!("Over {runs} random projects, the mean duration exceeds D by {bias_shown} days: a nearly critical path sometimes ends after the critical one, which the course’s one-path method ignores. The course’s probability is therefore optimistic."),
        (Lang::En, false) => format!("Over {runs} random projects, the mean duration is the course method’s: no other path competes with the critical one."),
    }
}

pub const DURATION: Text = t!("Durée du projet D", "Project duration D");
pub const CRITICAL: Text = t!("Chemin critique", "Critical path");
pub const SD: Text = t!("Écart type de la durée σ_D", "Standard deviation of the duration σ_D");
pub const PROB: Text = t!("Probabilité de finir au plus tard à T", "Probability of finishing by T");
pub const DUE: Text = t!("Date tenue avec la probabilité p", "Date met with probability p");

pub const SCHEDULE: Text = t!("Dates au plus tôt, au plus tard et marges", "Earliest and latest dates and floats");
pub const COL_MEAN: Text = t!("Durée t", "Duration t");
pub const COL_SD: Text = t!("σ", "σ");
pub const COL_ES: Text = t!("Début au plus tôt", "Earliest start");
pub const COL_EF: Text = t!("Fin au plus tôt", "Earliest finish");
pub const COL_LS: Text = t!("Début au plus tard", "Latest start");
pub const COL_LF: Text = t!("Fin au plus tard", "Latest finish");
pub const COL_TOTAL_FLOAT: Text = t!("Marge totale", "Total float");
pub const COL_FREE_FLOAT: Text = t!("Marge libre", "Free float");
pub const COL_CRITICAL: Text = t!("Critique", "Critical");
pub const YES: Text = t!("oui", "yes");
pub const NO: Text = t!("non", "no");

pub const PASSES: Text = t!("Passe avant puis passe arrière, tâche par tâche", "Forward pass, then backward pass, task by task");
pub const COL_PASS_DATE: Text = t!("Date", "Date");
pub const COL_PASS_VALUE: Text = t!("Valeur", "Value");
pub const COL_PASS_HOW: Text = t!(
    "Ce qui la décide : max des fins des antécédents, min des débuts au plus tard des successeurs",
    "What decides it: max of the predecessors’ finishes, min of the successors’ latest starts"
);
pub const START: Text = t!("début du projet", "project start");
pub const END: Text = t!("fin du projet", "project end");

pub const GANTT_TITLE: Text = t!("Diagramme de Gantt", "Gantt chart");
pub const GANTT: Text = t!(
    "Diagramme de Gantt au plus tôt : chaque tâche et sa marge totale (les valeurs sont dans le tableau qui suit)",
    "Gantt chart at the earliest dates: each task and its total float (the values are in the table that follows)"
);
pub const NETWORK_TITLE: Text = t!("Réseau", "Network");
pub const NETWORK: Text = t!(
    "Réseau des tâches en colonnes par début au plus tôt ; chaque nœud porte début au plus tôt et au plus tard, le chemin critique est en gras",
    "Task network in columns by earliest start; each node shows its earliest and latest start, the critical path in bold"
);
pub const CURVE_TITLE: Text = t!("Loi de la durée du projet", "Distribution of the project duration");
pub const CURVE: Text = t!(
    "Durée du projet, loi normale : la zone colorée est la probabilité de finir au plus tard à T (les valeurs sont dans le tableau qui suit)",
    "Project duration, normal curve: the shaded area is the probability of finishing by T (the values are in the table that follows)"
);
pub const CURVE_TABLE: Text = t!("Probabilité de finir au plus tard à chaque date", "Probability of finishing by each date");
pub const COL_DATE: Text = t!("Date", "Date");
pub const COL_Z: Text = t!("z", "z");
pub const COL_P: Text = t!("P(D ≤ date)", "P(D ≤ date)");
pub const NO_CURVE: Text = t!(
    "Toutes les durées du chemin critique sont certaines (σ_D = 0) : le projet finit à D, il n’y a pas de courbe.",
    "Every duration on the critical path is certain (σ_D = 0): the project ends at D, there is no curve."
);
pub const PATH_USED: Text = t!(
    "Plusieurs chemins critiques : la probabilité utilise celui dont la variance est la plus grande, la réponse la plus prudente.",
    "Several critical paths: the probability uses the one with the largest variance, the most cautious answer."
);
pub const MORE_PATHS: Text = t!("(et d’autres chemins critiques)", "(and more critical paths)");

pub const EXERCISE_HINT: Text = t!(
    "Calculez la durée moyenne de chaque tâche, faites la passe avant (max) puis la passe arrière (min) ; sur le chemin critique, additionnez les variances, pas les écarts types.",
    "Work out each task’s mean duration, do the forward pass (max) then the backward pass (min); along the critical path, add the variances, not the standard deviations."
);

/// The project as a teacher would dictate it: each task with its estimates and predecessors.
pub fn exercise_statement(input: &PertInput, named: &str, lang: Lang) -> String {
    let list = input
        .activities
        .iter()
        .map(|a| {
            let e = a.estimate;
            let estimates = format!("{}/{}/{}", num(e.optimistic, lang, 2), num(e.likely, lang, 2), num(e.pessimistic, lang, 2));
            match (a.predecessors.is_empty(), lang) {
                (true, _) => format!("{} {estimates}", a.id),
                (false, Lang::Fr) => format!("{} {estimates} après {}", a.id, a.predecessors.join(", ")),
                (false, Lang::En) => format!("{} {estimates} after {}", a.id, a.predecessors.join(", ")),
            }
        })
        .collect::<Vec<_>>()
        .join(if lang == Lang::Fr { " ; " } else { "; " });
    let due = input.due_date.map_or_else(String::new, |t| num(t, lang, 2));
    match lang {
        Lang::Fr => format!(
            "Un projet compte ces tâches, avec leurs durées optimiste/probable/pessimiste en jours : {list}. Trouvez la durée moyenne du projet, la marge totale de la tâche {named}, l’écart type de la durée du projet et la probabilité de le finir en {due} jours au plus."
        ),
        Lang::En => format!(
            "A project has these tasks, with optimistic/most likely/pessimistic durations in days: {list}. Find the project’s mean duration, the total float of task {named}, the standard deviation of the project’s duration and the probability of finishing it within {due} days."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "duration" => {
            t!("Durée du projet : somme des durées du chemin critique", "Project duration: sum of the durations on the critical path")
        }
        "variance" => t!("Variance : somme des variances du chemin critique", "Variance: sum of the variances on the critical path"),
        "sd" => t!("Écart type de la durée du projet", "Standard deviation of the project duration"),
        "z" => t!("Écart réduit de la date visée", "Standard score of the target date"),
        "probability" => t!("Probabilité de finir au plus tard à T", "Probability of finishing by T"),
        "due" => t!("Date tenue avec la probabilité p", "Date met with probability p"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: &PertError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        PertError::EstimateOrder(id) if fr => {
            format!("Tâche {id} : les estimations doivent vérifier optimiste ≤ probable ≤ pessimiste (a ≤ m ≤ b).")
        }
        PertError::EstimateOrder(id) => {
            format!("Task {id}: the estimates must satisfy optimistic ≤ most likely ≤ pessimistic (a ≤ m ≤ b).")
        }
        PertError::Network(error) => crate::lessons::network::error_message(error, lang),
    }
}
