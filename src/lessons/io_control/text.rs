//! Every word of the input/output control lesson, in French and English.

use crate::engine::io_control::IoError;
use crate::i18n::{format_number as num, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Contrôle des entrées-sorties et taille de la file d’attente", "Input/output control and queue sizing");

pub const INTRO: &[Text] = &[
    t!(
        "Devant un poste de travail attend une file d’ordres, mesurée en heures de travail pour ce poste : c’est son en-cours. Chaque jour, les entrées I (le travail qui arrive) l’allongent et les sorties O (le travail fait) la raccourcissent : L(t) = L(t − 1) + I(t) − O(t). Contrôler les entrées-sorties, c’est comparer jour après jour le réel au plan et cumuler les écarts : un écart cumulé qui grandit dit que le plan ne tient plus.",
        "In front of a work centre waits a queue of orders, measured in hours of work for that centre: its work in process. Each day the input I (work arriving) lengthens it and the output O (work done) shortens it: L(t) = L(t − 1) + I(t) − O(t). Input/output control compares actual with planned day after day and adds up the deviations: a growing cumulative deviation says the plan no longer holds."
    ),
    t!(
        "Quelle file faut-il ? Trop longue, elle immobilise de l’argent et allonge les délais ; vide, le poste s’arrête faute de travail. Si la longueur de la file suit une loi normale de moyenne L̄ et d’écart type Lsd, le poste n’est jamais affamé avec la probabilité s dès que L̄ = z·Lsd, où z est le quantile de s : 2,33 pour 99 %, 3,09 pour 99,9 %. Lsd se calcule sur les files relevées les jours précédents.",
        "How long a queue is needed? Too long, it ties up money and stretches lead times; empty, the centre stops for lack of work. If the queue length is normal with mean L̄ and standard deviation Lsd, the centre is never starved with probability s as soon as L̄ = z·Lsd, z being the quantile of s: 2.33 for 99 %, 3.09 for 99.9 %. Lsd is computed from the queues recorded on the previous days."
    ),
    t!(
        "Pour ramener la file à sa taille cible T, on règle les sorties des jours à venir : chaque jour, on sort ce qui dépasse la cible, Oₚ(t) = L(t − 1) + Iₚ(t) − T, sans dépasser ce que le poste peut faire en heures supplémentaires. Le plan des jours à venir part de la file réellement constatée.",
        "To bring the queue back to its target size T, the output of the coming days is set: each day, the centre puts out what exceeds the target, Oₚ(t) = L(t − 1) + Iₚ(t) − T, never more than it can do with overtime. The plan of the coming days starts from the queue actually found."
    ),
];

pub const CENTRE: Text = t!("Poste de travail", "Work centre");
pub const OPENING: Text = t!("File au départ L(0)", "Opening queue L(0)");
pub const CAPACITY: Text = t!("Capacité normale", "Regular capacity");
pub const CAPACITY_HINT: Text =
    t!("Heures par jour sans heures supplémentaires (16 h : deux équipes).", "Hours a day without overtime (16 h: two shifts).");
pub const MAX_OUT: Text = t!("Sortie maximale", "Most output");
pub const MAX_OUT_HINT: Text = t!("Heures par jour, heures supplémentaires comprises.", "Hours a day, overtime included.");
pub const HOURS: Text = t!("h", "h");
pub const HOURS_PER_DAY: Text = t!("h/jour", "h/day");

pub const PLAN: Text = t!("Plan", "Plan");
pub const PLANNED_IN: Text = t!("Entrées planifiées Iₚ, chaque jour", "Planned input Iₚ, each day");
pub const PLANNED_IN_HINT: Text = t!(
    "Les jours écoulés puis les jours à venir, séparés par des espaces : leur nombre fixe l’horizon.",
    "The elapsed days then the days ahead, separated by spaces: their count sets the horizon."
);
pub const PLANNED_OUT: Text = t!("Sorties planifiées Oₚ", "Planned output Oₚ");
pub const PLANNED_OUT_HINT: Text = t!(
    "Une par jour écoulé, puis celles déjà décidées pour les jours à venir ; les autres jours sont planifiés pour atteindre la cible.",
    "One per elapsed day, then any already decided for the days ahead; the other days are planned to reach the target."
);

pub const RECORDED: Text = t!("Jours écoulés (réel)", "Elapsed days (actual)");
pub const ACTUAL_IN: Text = t!("Entrées réelles I", "Actual input I");
pub const ACTUAL_OUT: Text = t!("Sorties réelles O", "Actual output O");
pub const ACTUAL_HINT: Text =
    t!("Une valeur par jour écoulé ; entrées et sorties en même nombre.", "One value per elapsed day; as many outputs as inputs.");

pub const SIZING_GROUP: Text = t!("Taille de la file", "Queue size");
pub const SERVICE: Text = t!("Probabilité de ne jamais affamer le poste s", "Probability of never starving the centre s");
pub const SERVICE_HINT: Text = t!("0,99 ou 99 % : z = 2,33 ; 0,999 : z = 3,09.", "0.99 or 99 %: z = 2.33; 0.999: z = 3.09.");
pub const SOURCE: Text = t!("Files mesurées", "Queues measured");
pub const RECORDED_QUEUES: Text = t!("celles des jours écoulés", "those of the elapsed days");
pub const TYPED_QUEUES: Text = t!("un historique saisi", "a typed history");
pub const HISTORY: Text = t!("Historique des files", "Queue history");
pub const HISTORY_HINT: Text = t!("Au moins deux longueurs de file, en heures.", "At least two queue lengths, in hours.");
pub const TARGET: Text = t!("File cible T", "Target queue T");
pub const TARGET_HINT: Text =
    t!("Facultative : vide, la cible est la taille requise z·Lsd.", "Optional: left empty, the target is the size needed, z·Lsd.");

pub const LAST_QUEUE: Text = t!("File réelle à la fin du dernier jour", "Actual queue at the end of the last day");
pub const IN_CUMULATED: Text = t!("Écart cumulé des entrées", "Cumulative input deviation");
pub const OUT_CUMULATED: Text = t!("Écart cumulé des sorties", "Cumulative output deviation");
pub const MEAN_QUEUE: Text = t!("File moyenne mesurée L̄", "Mean queue measured L̄");
pub const SD_QUEUE: Text = t!("Écart type Lsd", "Standard deviation Lsd");
pub const Z: Text = t!("Quantile z de s", "Quantile z of s");
pub const NEEDED: Text = t!("File moyenne requise z·Lsd", "Mean queue needed z·Lsd");
pub const STARVED: Text = t!("Risque de poste affamé avec la file actuelle", "Risk of a starved centre at today’s queue");
pub const TARGET_USED: Text = t!("Cible du plan", "Target of the plan");
pub const REACHED: Text = t!("Cible atteinte le jour", "Target reached on day");
pub const NOT_REACHED: Text = t!("pas dans l’horizon", "not within the horizon");
pub const OVERTIME: Text = t!("Heures supplémentaires planifiées", "Overtime planned");

pub const GRID_TITLE: Text = t!("Entrées, sorties et file, jour par jour", "Input, output and queue, day by day");
pub const GRID: Text = t!(
    "Contrôle des entrées-sorties : plan, réel, écarts et écarts cumulés (heures)",
    "Input/output control: plan, actual, deviations and cumulative deviations (hours)"
);
pub const CHART: Text = t!(
    "File planifiée et file réelle par jour, avec la cible (les valeurs sont dans la grille qui suit)",
    "Planned and actual queue by day, with the target (the values are in the grid that follows)"
);
pub const START: Text = t!("Départ", "Start");
pub const ROW_PLANNED_IN: Text = t!("Entrées planifiées", "Planned input");
pub const ROW_IN: Text = t!("Entrées réelles", "Actual input");
pub const ROW_IN_DEV: Text = t!("Écart des entrées", "Input deviation");
pub const ROW_IN_CUM: Text = t!("Écart cumulé des entrées", "Cumulative input deviation");
pub const ROW_PLANNED_OUT: Text = t!("Sorties planifiées", "Planned output");
pub const ROW_OUT: Text = t!("Sorties réelles", "Actual output");
pub const ROW_OUT_DEV: Text = t!("Écart des sorties", "Output deviation");
pub const ROW_OUT_CUM: Text = t!("Écart cumulé des sorties", "Cumulative output deviation");
pub const ROW_PLANNED_QUEUE: Text = t!("File planifiée", "Planned queue");
pub const ROW_QUEUE: Text = t!("File réelle", "Actual queue");
pub const ROW_OVERTIME: Text = t!("Heures supplémentaires", "Overtime");
/// Chart legend: short, so that five entries fit on two lines of a phone.
pub const LEGEND: [Text; 5] =
    [t!("Plan", "Plan"), t!("Nouveau plan", "New plan"), t!("File réelle", "Actual queue"), t!("Cible", "Target"), t!("z·Lsd", "z·Lsd")];
pub const QUEUE_AXIS: Text = t!("File (h)", "Queue (h)");
pub const DAY_AXIS: Text = t!("Jour", "Day");

pub const SIZING_TITLE: Text = t!("Quelle file pour quel risque ?", "Which queue for which risk?");
pub const SIZING_TABLE: Text = t!(
    "File moyenne requise selon la probabilité de ne jamais affamer le poste, pour le Lsd mesuré",
    "Mean queue needed by probability of never starving the centre, for the measured Lsd"
);
pub const COL_S: Text = t!("s", "s");
pub const COL_Z: Text = t!("z", "z");
pub const COL_NEEDED: Text = t!("z·Lsd (h)", "z·Lsd (h)");

pub const EXERCISE_HINT: Text = t!(
    "Chaque jour, la file gagne les entrées et perd les sorties ; l’écart cumulé additionne réel − planifié ; Lsd divise la somme des carrés des écarts par le nombre de files.",
    "Each day the queue gains the input and loses the output; the cumulative deviation adds up actual − planned; Lsd divides the sum of squared gaps by the number of queues."
);

/// A day's column header: elapsed days count back to the last (J-5 … J-1), days ahead forward (J1 …).
pub fn day_label(day: usize, elapsed: usize, lang: Lang) -> String {
    let letter = match lang {
        Lang::Fr => "J",
        Lang::En => "D",
    };
    if day < elapsed {
        format!("{letter}-{}", elapsed - day)
    } else {
        format!("{letter}{}", day - elapsed + 1)
    }
}

/// The course copies the actual queue into the planned row for the elapsed days; here the planned
/// row keeps the plan, so the gap between the two shows.
pub const PLAN_NOTE: Text = t!(
    "Sur les jours écoulés, la file planifiée suit le plan depuis la file de départ ; la figure 5.9 du cours y recopie la file réelle. Les jours à venir partent de la file réellement constatée. La figure arrondit aussi z à 3 et Lsd à 3,3 h : 3 × 3,3 ≈ 10 h (z = 3 correspond à 99,87 %).",
    "On the elapsed days the planned queue follows the plan from the opening queue; the course’s Fig 5.9 copies the actual queue there. The days ahead start from the queue actually found. The figure also rounds z to 3 and Lsd to 3.3 h: 3 × 3.3 ≈ 10 h (z = 3 means 99.87 %)."
);

pub fn exercise_statement(days: usize, capacity: f64, opening: f64, inputs: &str, outputs: &str, service: f64, lang: Lang) -> String {
    let (capacity, opening, service) = (num(capacity, lang, 2), num(opening, lang, 2), num(service * 100.0, lang, 1));
    match lang {
        Lang::Fr => format!(
            "Un poste de {capacity} h/jour avait {opening} h de travail en file au départ. Sur {days} jours, le plan prévoyait {capacity} h d’entrées et de sorties chaque jour ; en réalité, les entrées ont été {inputs} et les sorties {outputs}. Trouvez la file à la fin du dernier jour, l’écart cumulé des entrées, l’écart type Lsd des files en fin de chacun de ces {days} jours et la file moyenne qui évite d’affamer le poste avec une probabilité de {service} %."
        ),
        Lang::En => format!(
            "A {capacity} h/day centre had {opening} h of work queued at the start. Over {days} days the plan was {capacity} h of input and of output each day; actually, the inputs were {inputs} and the outputs {outputs}. Find the queue at the end of the last day, the cumulative input deviation, the standard deviation Lsd of the queues at the end of those {days} days and the mean queue that keeps the centre from starving with probability {service} %."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "queue" => t!("File à la fin du dernier jour écoulé", "Queue at the end of the last elapsed day"),
        "in_cumulated" => t!("Écart cumulé des entrées", "Cumulative input deviation"),
        "out_cumulated" => t!("Écart cumulé des sorties", "Cumulative output deviation"),
        "mean" => t!("File moyenne mesurée", "Mean queue measured"),
        "sd" => t!("Écart type des files", "Standard deviation of the queues"),
        "z" => t!("Quantile de la probabilité choisie", "Quantile of the chosen probability"),
        "needed" => t!("File moyenne requise", "Mean queue needed"),
        "starved" => t!("Risque d’affamer le poste avec la file actuelle", "Risk of starving the centre at today’s queue"),
        "proposed" => t!("Première sortie planifiée pour atteindre la cible", "First output planned to reach the target"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: IoError, lang: Lang) -> String {
    match (error, lang) {
        (IoError::NoDays, Lang::Fr) => "Entrées planifiées : saisissez au moins un jour.".to_owned(),
        (IoError::NoDays, Lang::En) => "Planned input: type at least one day.".to_owned(),
        (IoError::ActualLengths { inputs, outputs }, Lang::Fr) => {
            format!("Sorties réelles : {outputs} valeur(s) pour {inputs} entrée(s) réelle(s) ; il en faut autant.")
        }
        (IoError::ActualLengths { inputs, outputs }, Lang::En) => {
            format!("Actual output: {outputs} value(s) for {inputs} actual input(s); there must be as many.")
        }
        (IoError::PlannedInShort { elapsed }, Lang::Fr) => {
            format!("Entrées planifiées : il en faut au moins une par jour écoulé ({elapsed}).")
        }
        (IoError::PlannedInShort { elapsed }, Lang::En) => format!("Planned input: at least one per elapsed day ({elapsed}) is needed."),
        (IoError::PlannedOutShort { elapsed }, Lang::Fr) => {
            format!("Sorties planifiées : il en faut au moins une par jour écoulé ({elapsed}).")
        }
        (IoError::PlannedOutShort { elapsed }, Lang::En) => format!("Planned output: at least one per elapsed day ({elapsed}) is needed."),
        (IoError::PlannedOutLong { days }, Lang::Fr) => {
            format!("Sorties planifiées : plus de valeurs que de jours planifiés ({days}).")
        }
        (IoError::PlannedOutLong { days }, Lang::En) => format!("Planned output: more values than planned days ({days})."),
        (IoError::OutputBeyondQueue { day, available }, Lang::Fr) => format!(
            "Sorties réelles, jour {} : le poste ne peut pas sortir plus que la file plus les entrées du jour ({} h).",
            day + 1,
            num(available, lang, 2)
        ),
        (IoError::OutputBeyondQueue { day, available }, Lang::En) => format!(
            "Actual output, day {}: the centre cannot put out more than the queue plus the day’s input ({} h).",
            day + 1,
            num(available, lang, 2)
        ),
        (IoError::History, Lang::Fr) => {
            "Historique des files : il faut au moins deux longueurs de file (ou deux jours écoulés) pour un écart type.".to_owned()
        }
        (IoError::History, Lang::En) => {
            "Queue history: at least two queue lengths (or two elapsed days) are needed for a standard deviation.".to_owned()
        }
        (IoError::Service, Lang::Fr) => "La probabilité s doit être strictement entre 0 et 1.".to_owned(),
        (IoError::Service, Lang::En) => "The probability s must lie strictly between 0 and 1.".to_owned(),
    }
}
