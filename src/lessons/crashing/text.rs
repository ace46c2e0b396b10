//! Every word of the crashing lesson, in French and English.

use crate::engine::crashing::{CrashError, CrashInput};
use crate::i18n::{format_number as num, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Compression des délais au moindre coût", "Crashing a project at least cost");

pub const INTRO: &[Text] = &[
    t!(
        "Une tâche peut souvent être raccourcie en y mettant plus de moyens : heures supplémentaires, une équipe de plus, une machine louée. On la décrit par deux points : sa durée et son coût normaux (DN, CN), et sa durée la plus courte possible, dite accélérée, avec son coût (DC, CC). Entre les deux, on suppose le coût linéaire : chaque période gagnée coûte s = (CC − CN)/(DN − DC), le coût d’accélération par période.",
        "A task can often be shortened by putting more resources into it: overtime, another crew, a hired machine. It is described by two points: its normal duration and cost (DN, CN), and its shortest possible duration, called the crash duration, with its cost (DC, CC). Between the two the cost is taken as linear: each period saved costs s = (CC − CN)/(DN − DC), the cost to crash per period."
    ),
    t!(
        "Raccourcir une tâche hors du chemin critique ne sert à rien : le projet ne finit pas plus tôt. Pour gagner une période, il faut raccourcir chaque chemin critique d’une période ; une tâche commune à plusieurs chemins critiques les raccourcit tous à la fois. En accélérant tout, on obtient la durée minimale du projet ; on relâche ensuite les tâches qui ne sont pas critiques, pour ne payer que ce qui raccourcit vraiment le projet.",
        "Shortening a task off the critical path is useless: the project does not end sooner. To gain one period, every critical path must lose one period; a task shared by several critical paths shortens them all at once. Crashing everything gives the project’s minimum duration; the tasks that are not critical are then relaxed, so as to pay only for what really shortens the project."
    ),
    t!(
        "Le projet a aussi des coûts qui dépendent de sa durée : des coûts indirects par période (encadrement, location du chantier), parfois un bonus par période gagnée sur une durée de référence et une pénalité par période de retard. Le coût total est la somme du coût direct et de ces coûts ; on raccourcit tant qu’une période gagnée coûte moins qu’elle ne rapporte. La méthode du cours raccourcit pas à pas la tâche critique la moins chère (une par chemin critique) ; ici, chaque durée est aussi calculée au moindre coût exact par programmation linéaire, et les deux sont comparées.",
        "The project also has costs that depend on its duration: indirect costs per period (supervision, site hire), sometimes a bonus per period gained on a reference duration and a penalty per period late. The total cost is the direct cost plus these; the project is shortened as long as a period gained costs less than it brings. The course’s method shortens, step by step, the cheapest critical task (one per critical path); here each duration is also worked out at the exact least cost by linear programming, and the two are compared."
    ),
];

pub const TASKS: Text = t!("Tâches", "Tasks");
pub const COL_ID: Text = t!("Tâche", "Task");
pub const COL_DN: Text = t!("Durée normale DN", "Normal duration DN");
pub const COL_DC: Text = t!("Durée accélérée DC", "Crash duration DC");
pub const COL_CN: Text = t!("Coût normal CN (€)", "Normal cost CN (€)");
pub const COL_CC: Text = t!("Coût accéléré CC (€)", "Crash cost CC (€)");
pub const COL_AFTER: Text = t!("Antécédents", "Predecessors");
pub const COL_WHAT: Text = t!("Description", "Description");
pub const TASKS_HINT: Text = t!(
    "Durées en périodes (jours, semaines…), coûts en euros ; DC ≤ DN et CC ≥ CN ; les antécédents séparés par des virgules (E,G,H). Dans un lien : A:4/2/100/160:antécédents.",
    "Durations in periods (days, weeks…), costs in euros; DC ≤ DN and CC ≥ CN; predecessors separated by commas (E,G,H). In a link: A:4/2/100/160:predecessors."
);
pub const COSTS: Text = t!("Coûts liés à la durée", "Costs that depend on the duration");
pub const INDIRECT: Text = t!("Coût indirect", "Indirect cost");
pub const PER_PERIOD: Text = t!("€ par période", "€ per period");
pub const INDIRECT_HINT: Text = t!(
    "Encadrement, location du chantier… : payé à chaque période que dure le projet.",
    "Supervision, site hire…: paid for every period the project lasts."
);
pub const REFERENCE: Text = t!("Durée de référence", "Reference duration");
pub const REFERENCE_HINT: Text = t!(
    "Facultatif : la durée du contrat, à partir de laquelle comptent le bonus et la pénalité.",
    "Optional: the contract’s duration, from which the bonus and the penalty count."
);
pub const BONUS: Text = t!("Bonus", "Bonus");
pub const BONUS_HINT: Text = t!("Gagné par période finie avant la référence.", "Earned per period finished before the reference.");
pub const PENALTY: Text = t!("Pénalité", "Penalty");
pub const PENALTY_HINT: Text = t!("Payée par période de retard sur la référence.", "Paid per period late on the reference.");
pub const TARGET: Text = t!("Durée visée", "Target duration");
pub const TARGET_HINT: Text =
    t!("Facultatif : le moindre coût direct pour finir en cette durée.", "Optional: the least direct cost to finish within this duration.");
pub const PERIODS: Text = t!("périodes", "periods");
pub const EUROS: Text = t!("€", "€");

pub const NORMAL_DURATION: Text = t!("Durée normale du projet", "Normal project duration");
pub const NORMAL_COST: Text = t!("Coût direct normal", "Normal direct cost");
pub const MIN_DURATION: Text = t!("Durée minimale", "Minimum duration");
pub const MIN_DURATION_COST: Text = t!("Moindre coût direct à la durée minimale", "Least direct cost at the minimum duration");
pub const BEST_DURATION: Text = t!("Durée au moindre coût total", "Duration at the least total cost");
pub const BEST_COST: Text = t!("Moindre coût total", "Least total cost");
pub const TARGET_COST: Text = t!("Moindre coût direct à la durée visée", "Least direct cost at the target duration");
pub const GREEDY_STOP_DURATION: Text = t!("Méthode du cours : arrêt à la durée", "Course’s method: stops at duration");
pub const GREEDY_STOP_COST: Text = t!("Méthode du cours : coût total à l’arrêt", "Course’s method: total cost when it stops");

pub const CURVE_TITLE: Text = t!("Coût en fonction de la durée", "Cost against duration");
pub const DIRECT_CHART: Text = t!(
    "Moindre coût direct selon la durée du projet, et celui de la méthode du cours en pointillé (les valeurs sont dans le tableau qui suit)",
    "Least direct cost against the project’s duration, and the course’s method’s dotted (the values are in the table that follows)"
);
pub const DIRECT_TABLE: Text = t!("Moindre coût direct à chaque durée", "Least direct cost at each duration");
pub const TOTAL_CHART: Text = t!(
    "Coût total selon la durée du projet, le moindre marqué, et celui de la méthode du cours en pointillé (les valeurs sont dans le tableau qui suit)",
    "Total cost against the project’s duration, the least marked, and the course’s method’s dotted (the values are in the table that follows)"
);
pub const TOTAL_TABLE: Text = t!("Coût total à chaque durée", "Total cost at each duration");
pub const COL_DURATION: Text = t!("Durée", "Duration");
pub const COL_DIRECT: Text = t!("Optimum", "Optimum");
pub const COL_INDIRECT: Text = t!("Coût indirect", "Indirect cost");
pub const COL_INCENTIVE: Text = t!("Pénalité (+) ou bonus (−)", "Penalty (+) or bonus (−)");
pub const COL_TOTAL: Text = t!("Coût total", "Total cost");
pub const COL_GREEDY: Text = t!("Méthode du cours", "Course’s method");
pub const COL_DIRECT_SHORT: Text = t!("Coût direct", "Direct cost");
pub const COL_GREEDY_TOTAL_CURVE: Text = t!("Total, méthode du cours", "Total, course’s method");
pub const COL_CRASHED: Text = t!("Tâches raccourcies par l’optimum (périodes)", "Tasks the optimum shortens (periods)");
pub const COL_REMARK: Text = t!("Remarque", "Remark");
pub const NORMAL: Text = t!("normale", "normal");
pub const MINIMUM: Text = t!("minimale", "minimum");
pub const BEST: Text = t!("moindre coût total", "least total cost");
pub const NOTHING: Text = t!("aucune", "none");

pub const NETWORK_TITLE: Text = t!("Réseau au moindre coût total", "The network at the least total cost");
pub const ACTIVITIES_TITLE: Text = t!("Tâches : coût d’accélération et marges", "Tasks: cost to crash and floats");
pub const ACTIVITIES: Text =
    t!("Coût d’accélération par période et marge totale de chaque tâche", "Each task’s cost to crash per period and total float");
pub const COL_SLOPE: Text = t!("Coût par période gagnée s", "Cost per period saved s");
pub const COL_FLOAT: Text = t!("Marge totale (durées normales)", "Total float (normal durations)");
pub const COL_AT_BEST: Text = t!("Durée au moindre coût total", "Duration at the least total cost");
pub const NETWORK: Text = t!(
    "Réseau des tâches : chaque nœud porte sa durée normale et sa durée au moindre coût total ; le chemin critique à cette durée est en gras",
    "Task network: each node shows its normal duration and its duration at the least total cost; the critical path at that duration is in bold"
);

pub const GREEDY_TITLE: Text = t!("Méthode du cours, pas à pas", "The course’s method, step by step");
pub const GREEDY: Text = t!(
    "À chaque pas, la tâche critique la moins chère de chaque chemin critique est raccourcie d’une période",
    "At each step, the cheapest critical task of each critical path is shortened by one period"
);
pub const COL_STEP: Text = t!("Pas", "Step");
pub const COL_CHOSEN: Text = t!("Tâches raccourcies (coût par période)", "Tasks shortened (cost per period)");
pub const COL_NEW_DURATION: Text = t!("Nouvelle durée", "New duration");
pub const COL_SO_FAR: Text = t!("Coût direct cumulé", "Direct cost so far");
pub const COL_GREEDY_TOTAL: Text = t!("Coût total", "Total cost");
pub const START: Text = t!("départ", "start");
pub const SAVES: Text = t!("rapporte plus qu’il ne coûte", "saves more than it costs");
pub const STOPS: Text = t!("ne rapporte plus : la méthode s’arrête avant ce pas", "no longer pays: the method stops before this step");
pub const BEYOND: Text = t!("au-delà de l’arrêt, pour comparer", "beyond the stop, for comparison");

pub const RELAX_TITLE: Text = t!("Durée minimale : tout accélérer, puis relâcher", "Minimum duration: crash everything, then relax");
pub const RELAX: Text = t!(
    "Tout accéléré, puis chaque tâche non critique rallongée (la plus chère par période d’abord) de ce que sa marge permet",
    "Everything crashed, then each task off the critical path lengthened (the dearest per period first) by what its float allows"
);
pub const COL_GIVEN: Text = t!("Périodes rendues", "Periods given back");
pub const COL_SAVING: Text = t!("Économie", "Saving");
pub const COL_COST_NOW: Text = t!("Coût direct", "Direct cost");
pub const ALL_CRASHED: Text = t!("tout accéléré", "everything crashed");

/// Where the course's greedy method pays more than the optimum, and why.
pub fn greedy_note(duration: f64, greedy: f64, optimum: f64, greedy_crash: &str, optimum_crash: &str, lang: Lang) -> String {
    let (d, extra) = (num(duration, lang, 2), num(greedy - optimum, lang, 2));
    match lang {
        Lang::Fr => format!(
            "À la durée {d}, la méthode du cours coûte {extra} € de plus que l’optimum. En raccourcissant une tâche par chemin critique, elle a retiré (en périodes) {greedy_crash}. L’optimum retire {optimum_crash}. Une tâche commune à plusieurs chemins critiques les raccourcit tous à la fois, et une période gagnée plus tôt peut devenir inutile."
        ),
        Lang::En => format!(
            "At duration {d}, the course’s method costs €{extra} more than the optimum. Shortening one task per critical path, it has taken off (in periods) {greedy_crash}. The optimum takes off {optimum_crash}. A task shared by several critical paths shortens them all at once, and a period gained earlier can become useless."
        ),
    }
}

pub const GREEDY_EXACT: Text = t!(
    "Sur ce projet, la méthode du cours trouve le moindre coût direct à chaque durée.",
    "On this project, the course’s method finds the least direct cost at every duration."
);

/// When relaxing the dearest task first misses the cheapest way to the minimum duration.
pub fn relax_note(relaxed: f64, optimum: f64, lang: Lang) -> String {
    let (relaxed, optimum) = (num(relaxed, lang, 2), num(optimum, lang, 2));
    match lang {
        Lang::Fr => format!(
            "Relâcher d’abord la tâche la plus chère coûte ici {relaxed} €, plus que l’optimum ({optimum} €) : quand deux tâches se partagent une même marge, la donner à la plus chère n’est pas toujours le mieux."
        ),
        Lang::En => format!(
            "Relaxing the dearest task first costs €{relaxed} here, more than the optimum (€{optimum}): when two tasks share the same float, giving it to the dearest is not always best."
        ),
    }
}

pub const RELAX_EXACT: Text = t!(
    "Ici, relâcher les tâches non critiques donne bien le moindre coût à la durée minimale.",
    "Here, relaxing the tasks off the critical path does give the least cost at the minimum duration."
);

pub const EXERCISE_HINT: Text = t!(
    "Calculez s = (CC − CN)/(DN − DC) pour chaque tâche, trouvez le chemin critique, puis raccourcissez d’une période à la fois la tâche critique la moins chère, tant que cela coûte moins que le coût indirect d’une période.",
    "Work out s = (CC − CN)/(DN − DC) for each task, find the critical path, then shorten the cheapest critical task one period at a time, as long as this costs less than a period’s indirect cost."
);

/// The project as a teacher would dictate it.
pub fn exercise_statement(input: &CrashInput, named: &str, lang: Lang) -> String {
    let list = input
        .activities
        .iter()
        .map(|a| {
            let figures = format!(
                "{}/{} {}/{}",
                num(a.normal_duration, lang, 2),
                num(a.crash_duration, lang, 2),
                num(a.normal_cost, lang, 2),
                num(a.crash_cost, lang, 2)
            );
            match (a.predecessors.is_empty(), lang) {
                (true, _) => format!("{} {figures}", a.id),
                (false, Lang::Fr) => format!("{} {figures} après {}", a.id, a.predecessors.join(", ")),
                (false, Lang::En) => format!("{} {figures} after {}", a.id, a.predecessors.join(", ")),
            }
        })
        .collect::<Vec<_>>()
        .join(if lang == Lang::Fr { " ; " } else { "; " });
    let indirect = num(input.indirect, lang, 2);
    match lang {
        Lang::Fr => format!(
            "Un projet compte ces tâches (durée normale/accélérée en semaines, coût normal/accéléré en euros) : {list}. Les coûts indirects sont de {indirect} € par semaine. Trouvez le coût d’accélération par semaine de la tâche {named}, la durée normale et la durée minimale du projet, la durée au moindre coût total et ce coût total."
        ),
        Lang::En => format!(
            "A project has these tasks (normal/crash duration in weeks, normal/crash cost in euros): {list}. Indirect costs are €{indirect} a week. Find the cost to crash task {named} per week, the project’s normal and minimum durations, the duration at the least total cost and that total cost."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "slope" => {
            t!("Coût d’accélération par période de la première tâche raccourcie", "Cost to crash per period of the first task shortened")
        }
        "normal_cost" => t!("Coût direct normal : somme des coûts normaux", "Normal direct cost: sum of the normal costs"),
        "total" => t!(
            "Coût total à la meilleure durée (P : pénalité si positive, bonus si négative)",
            "Total cost at the best duration (P: a penalty when positive, a bonus when negative)"
        ),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: &CrashError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        CrashError::CrashLonger(id) if fr => format!("Tâche {id} : la durée accélérée DC doit être au plus la durée normale DN."),
        CrashError::CrashLonger(id) => format!("Task {id}: the crash duration DC must be at most the normal duration DN."),
        CrashError::CrashCheaper(id) if fr => format!("Tâche {id} : le coût accéléré CC doit être au moins le coût normal CN."),
        CrashError::CrashCheaper(id) => format!("Task {id}: the crash cost CC must be at least the normal cost CN."),
        CrashError::TargetTooShort { target, minimum } if fr => format!(
            "Durée visée {} : le projet ne peut pas finir avant sa durée minimale, {}.",
            num(*target, lang, 2),
            num(*minimum, lang, 2)
        ),
        CrashError::TargetTooShort { target, minimum } => format!(
            "Target duration {}: the project cannot end before its minimum duration, {}.",
            num(*target, lang, 2),
            num(*minimum, lang, 2)
        ),
        CrashError::TooManyDurations { normal, minimum } if fr => format!(
            "De la durée normale {} à la durée minimale {}, il y a plus de {} durées à calculer : comptez en périodes plus longues (semaines plutôt que jours).",
            num(*normal, lang, 2),
            num(*minimum, lang, 2),
            crate::engine::crashing::MAX_CURVE_POINTS
        ),
        CrashError::TooManyDurations { normal, minimum } => format!(
            "From the normal duration {} to the minimum duration {} there are more than {} durations to work out: count in longer periods (weeks rather than days).",
            num(*normal, lang, 2),
            num(*minimum, lang, 2),
            crate::engine::crashing::MAX_CURVE_POINTS
        ),
        CrashError::Solver(message) if fr => format!("Le calcul du moindre coût a échoué ({message})."),
        CrashError::Solver(message) => format!("The least-cost calculation failed ({message})."),
        CrashError::Network(error) => crate::lessons::network::error_message(error, lang),
    }
}
