//! Every word of the priority rules lesson, in French and English.

use crate::engine::priority::{PriorityError, Rule};
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Règles de priorité d’un poste de travail", "Priority rules at a work centre");

pub const INTRO: &[Text] = &[
    t!(
        "Devant un poste d’atelier, plusieurs ordres attendent. Lequel passer d’abord ? Chaque règle de priorité répond en triant les ordres sur une seule valeur : l’ordre d’arrivée, la durée de l’opération, le travail restant, la date due, la marge ou le ratio critique.",
        "Several orders wait before a shop work centre. Which goes first? Each priority rule answers by sorting the orders on one value: arrival, operation time, work remaining, due date, slack or critical ratio."
    ),
    t!(
        "La marge (slack) est le temps qui reste avant la date due une fois le travail restant fait : date due − aujourd’hui − temps de traitement restant. Le ratio critique divise le temps qui reste par le temps de fabrication restant (attentes et transports compris) : sous 1, l’ordre est en retard sur son plan. Pour les ordres déjà en retard, le ratio critique classe mal (Fig 5.8) : la marge sur le temps de fabrication, l’« avance » du cours, les classe par retard.",
        "The slack is the time left before the due date once the remaining work is done: due − today − processing time remaining. The critical ratio divides the time left by the manufacturing time remaining (waits and moves included): below 1 the order is behind its plan. For orders already late the critical ratio ranks badly (Fig 5.8): the slack on manufacturing time, the course’s « avance », ranks them by lateness."
    ),
    t!(
        "Deux valeurs égales gardent l’ordre d’arrivée. Une règle qui a besoin d’un champ laissé vide pour un ordre n’est pas applicable.",
        "Two equal values keep the arrival order. A rule needing a field left empty for some order is not applicable."
    ),
];

pub const JOBS_GROUP: Text = t!("Les ordres en attente", "The orders waiting");
pub const JOBS: Text = t!("Ordres, dans l’ordre d’arrivée", "Orders, in arrival order");
pub const JOBS_HINT: Text = t!(
    "Les champs autres que la date due peuvent rester vides. Dans un lien : jobs=1:130:1.5:3:6:3;… (ordre:date due:opération:temps de traitement restant:temps de fabrication restant:opérations restantes) ; 1:40:::2: pour la Fig 5.8.",
    "Fields other than the due date may stay empty. In a link: jobs=1:130:1.5:3:6:3;… (order:due:operation:processing time remaining:manufacturing time remaining:operations remaining); 1:40:::2: for Fig 5.8."
);
pub const COL_ID: Text = t!("Ordre", "Order");
pub const COL_DUE: Text = t!("Date due", "Due date");
pub const COL_OP: Text = t!("Opération (jours)", "Operation (days)");
pub const COL_PTR: Text = t!("Traitement restant", "Processing remaining");
pub const COL_MTR: Text = t!("Fabrication restante", "Manufacturing remaining");
pub const COL_OPS: Text = t!("Opérations restantes", "Operations remaining");
pub const TODAY: Text = t!("Aujourd’hui (jour)", "Today (day)");
pub const GANTT_RULE: Text = t!("Règle du diagramme de Gantt", "Rule of the Gantt chart");

pub const fn rule_name(rule: Rule) -> Text {
    match rule {
        Rule::Fcfs => t!("premier arrivé, premier servi (FCFS)", "first come, first served (FCFS)"),
        Rule::Sot => t!("opération la plus courte (SOT)", "shortest operation time (SOT)"),
        Rule::Lot => t!("opération la plus longue (LOT)", "longest operation time (LOT)"),
        Rule::Sptr => t!("traitement restant le plus court (SPTR)", "shortest processing time remaining (SPTR)"),
        Rule::For => t!("moins d’opérations restantes (FOR)", "fewest operations remaining (FOR)"),
        Rule::Smtr => t!("fabrication restante la plus courte (SMTR)", "shortest manufacturing time remaining (SMTR)"),
        Rule::Edd => t!("date due la plus proche (EDD)", "earliest due date (EDD)"),
        Rule::Slack => t!("marge : due − aujourd’hui − traitement restant", "slack: due − today − processing remaining"),
        Rule::SlackMtr => t!("avance : due − aujourd’hui − fabrication restante", "slack on manufacturing time: due − today − MTR"),
        Rule::SlackPerOp => t!("marge par opération restante", "slack per remaining operation"),
        Rule::Cr => t!("ratio critique : (due − aujourd’hui) / fabrication restante", "critical ratio: (due − today) / MTR"),
    }
}

pub const FIRST_CR: Text = t!("Premier selon le ratio critique", "First by critical ratio");
pub const FIRST_SLACK: Text = t!("Premier selon la marge", "First by slack");
pub const NOT_APPLICABLE: Text = t!("non applicable", "not applicable");

pub const SEQ_TITLE: Text = t!("Le séquencement de chaque règle", "Each rule’s sequence");
pub const SEQ: Text =
    t!("Ordre de passage selon chaque règle (à égalité, l’ordre d’arrivée)", "Sequence by each rule (ties keep arrival order)");
pub const COL_RULE: Text = t!("Règle", "Rule");
pub const COL_SEQ: Text = t!("Séquencement", "Sequence");
pub const VALUES: Text = t!("La valeur que chaque règle trie, par ordre", "The value each rule sorts on, per order");
pub const COL_LEFT: Text = t!("Temps restant (due − aujourd’hui)", "Time left (due − today)");
pub const COL_SLACK: Text = t!("Marge", "Slack");
pub const COL_SLACK_MTR: Text = t!("Avance (sur fabrication)", "Slack on MTR");
pub const COL_PER_OP: Text = t!("Marge par opération", "Slack per operation");
pub const COL_CR: Text = t!("Ratio critique", "Critical ratio");
pub const GANTT: Text = t!(
    "Diagramme de Gantt du poste selon la règle choisie : l’opération de chaque ordre, et la partie qui dépasse sa date due (les dates sont dans le tableau qui suit)",
    "Gantt chart of the work centre by the chosen rule: each order’s operation, and the part past its due date (the dates are in the table that follows)"
);
pub const GANTT_TABLE: Text = t!("Opérations au poste dans l’ordre de la règle", "Operations at the centre in the rule’s order");
pub const COL_START: Text = t!("Début", "Start");
pub const COL_END: Text = t!("Fin", "End");
pub const OP_BAR: Text = t!("Opération", "Operation");
pub const LATE_BAR: Text = t!("Après la date due", "Past the due date");
pub const DAY_AXIS: Text = t!("Jour", "Day");
pub const NO_GANTT: Text = t!(
    "Le diagramme de Gantt a besoin de la durée d’opération de chaque ordre, et d’une règle applicable.",
    "The Gantt chart needs every order’s operation time, and an applicable rule."
);

pub const EXERCISE_HINT: Text = t!(
    "Marge = date due − aujourd’hui − traitement restant ; ratio critique = (date due − aujourd’hui) / fabrication restante ; triez du plus petit au plus grand.",
    "Slack = due − today − processing remaining; critical ratio = (due − today) / manufacturing remaining; sort smallest first."
);

pub fn exercise_statement(list: &str, today: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "Au jour {today}, quatre ordres attendent (ordre : date due, opération, traitement restant, fabrication restante, opérations restantes) : {list}. Trouvez le ratio critique de l’ordre 1, la marge de l’ordre 2, et le séquencement par ratio critique écrit comme un nombre (2 1 3 4 → 2134)."
        ),
        Lang::En => format!(
            "On day {today}, four orders wait (order: due, operation, processing remaining, manufacturing remaining, operations remaining): {list}. Find order 1’s critical ratio, order 2’s slack, and the sequence by critical ratio written as a number (2 1 3 4 → 2134)."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "slack" => t!("Marge du premier ordre", "Slack of the first order"),
        "cr" => t!("Ratio critique du premier ordre", "Critical ratio of the first order"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: PriorityError, order: &str, lang: Lang) -> String {
    match (error, lang) {
        (PriorityError::NoJob, Lang::Fr) => "Ajoutez au moins un ordre.".to_owned(),
        (PriorityError::NoJob, Lang::En) => "Add at least one order.".to_owned(),
        (PriorityError::Duplicate(_), Lang::Fr) => format!("L’ordre {order} figure deux fois."),
        (PriorityError::Duplicate(_), Lang::En) => format!("Order {order} is listed twice."),
    }
}
