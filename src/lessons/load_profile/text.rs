//! Every word of the load profile lesson, in French and English.

use crate::engine::load_profile::ProfileError;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Profil de charge d’un centre", "Load profile of a work centre");

pub const INTRO: &[Text] = &[
    t!(
        "Les ordres lancés par le calcul des besoins arrivent en heures de travail devant un centre de charge : ce sont ses entrées. Le centre en sort autant que sa capacité le permet. Ce qui reste attend : c’est la charge en file, qui monte quand les entrées dépassent les sorties.",
        "The orders released by MRP arrive in front of a work centre as hours of work: its input. The centre turns out as much as its capacity allows. What is left waits: the queue, which grows when input exceeds output."
    ),
    t!(
        "Une file de 1 235 heures devant un centre de 400 heures par semaine, c’est environ 3,1 semaines d’attente : le délai réel dépend de la file, pas de la nomenclature. En comparant entrées et sorties réelles aux prévisions, on mesure le délai observé (file moyenne ÷ sortie moyenne) et on vérifie celui de la nomenclature.",
        "A queue of 1,235 hours in front of a centre of 400 hours a week is about 3.1 weeks of waiting: the real lead time depends on the queue, not on the bill of materials. Comparing actual input and output with the plan measures the observed lead time (mean queue ÷ mean output) and checks the one in the bill."
    ),
];

pub const CENTRE_GROUP: Text = t!("Le centre", "The centre");
pub const OPENING: Text = t!("File au départ", "Opening queue");
pub const CAPACITY: Text = t!("Capacité", "Capacity");
pub const HOURS: Text = t!("heures", "hours");
pub const HOURS_PER_WEEK: Text = t!("heures par semaine", "hours per week");
pub const PLAN_GROUP: Text = t!("Prévisions", "Plan");
pub const IN: Text = t!("Entrées prévues", "Planned input");
pub const IN_HINT: Text = t!(
    "La charge des ordres lancés chaque semaine, en heures, séparées par des espaces. Dans un lien : in=360,495,480,350,410.",
    "The load of the orders released each week, in hours, separated by spaces. In a link: in=360,495,480,350,410."
);
pub const OUT: Text = t!("Sorties prévues", "Planned output");
pub const OUT_HINT: Text = t!("Vide : la capacité chaque semaine.", "Empty: the capacity every week.");
pub const ACTUAL_GROUP: Text = t!("Réalisé (semaines écoulées)", "Actual (weeks worked)");
pub const ACTUAL_IN: Text = t!("Entrées réelles", "Actual input");
pub const ACTUAL_IN_HINT: Text = t!(
    "Les premières semaines, une fois travaillées : elles deviennent S−3, S−2, S−1 et les suivantes S1, S2…",
    "The first weeks, once worked: they become S−3, S−2, S−1 and the next ones S1, S2…"
);
pub const ACTUAL_OUT: Text = t!("Sorties réelles", "Actual output");
pub const ROUTING_GROUP: Text = t!("Depuis le calcul des besoins", "From MRP");
pub const ROUTING: Text = t!("Heures par pièce sur ce centre", "Hours per piece on this centre");
pub const ROUTING_HINT: Text = t!(
    "Pour prendre les lancements planifiés de la leçon MRP : les heures de chaque article sur ce centre. Vide : 1 heure par pièce pour chaque article. Dans un lien : routing=SE:0.5,C:0.2.",
    "To take the planned order releases of the MRP lesson: each item’s hours on this centre. Empty: 1 hour per piece for every item. In a link: routing=SE:0.5,C:0.2."
);
pub const COL_ITEM: Text = t!("Article", "Item");
pub const COL_HOURS: Text = t!("Heures par pièce", "Hours per piece");
pub const IMPORT_MRP: Text =
    t!("Prendre les lancements planifiés du calcul des besoins comme entrées", "Take the MRP’s planned order releases as input");
pub const IMPORT_NONE: Text = t!(
    "Le calcul des besoins enregistré n’a pas de résultat (ses données sont à corriger).",
    "The saved MRP has no result (its data need correcting)."
);

pub const MAX_LEAD: Text = t!("Délai le plus long", "Longest lead time");
pub const OVERLOADS: Text = t!("Semaines en surcharge", "Weeks overloaded");
pub const OBSERVED: Text = t!("Délai observé", "Observed lead time");
pub const MEAN_QUEUE: Text = t!("File réelle moyenne", "Mean actual queue");
pub const MEAN_OUT: Text = t!("Sortie réelle moyenne", "Mean actual output");
pub const WEEKS: Text = t!("semaines", "weeks");
pub const NONE: Text = t!("aucune", "none");
pub const GRID_TITLE: Text = t!("Profil de charge", "Load profile");
pub const GRID: Text = t!(
    "Entrées, sorties, file (heures), délai (semaines) et charge / capacité",
    "Input, output, queue (hours), lead time (weeks) and load / capacity"
);
pub const CHART: Text = t!(
    "Entrées et sorties prévues (barres), file prévue (ligne) ; les valeurs sont dans la grille",
    "Planned input and output (bars), planned queue (line); the values are in the grid"
);
pub const HOURS_AXIS: Text = t!("Heures", "Hours");
pub const ROW_IN: Text = t!("Entrées prévues", "Planned input");
pub const ROW_OUT: Text = t!("Sorties prévues", "Planned output");
pub const ROW_QUEUE: Text = t!("File prévue", "Planned queue");
pub const ROW_LEAD: Text = t!("Délai ≈ file / capacité", "Lead time ≈ queue / capacity");
pub const ROW_PCT: Text = t!("Charge / capacité", "Load / capacity");
pub const ROW_ACTUAL_IN: Text = t!("Entrées réelles", "Actual input");
pub const ROW_ACTUAL_OUT: Text = t!("Sorties réelles", "Actual output");
pub const ROW_ACTUAL_QUEUE: Text = t!("File réelle", "Actual queue");
pub const START: Text = t!("Départ", "Start");
pub const NOTE: Text = t!(
    "Une semaine travaillée repart de la file réelle de la semaine d’avant (Fig 3.31 : 1 150 = 1 200 + 350 − 400). Le cours arrondit les délais et les pourcentages (2,6 et 3,1 semaines ; 124 %, 88 %, 103 %)  ; la page garde quatre chiffres significatifs.",
    "A worked week starts from the previous week’s actual queue (Fig 3.31: 1,150 = 1,200 + 350 − 400). The course rounds lead times and percentages (2.6 and 3.1 weeks; 124%, 88%, 103%); the page keeps four significant digits."
);

pub const EXERCISE_HINT: Text = t!(
    "File de fin de semaine = file d’avant + entrées − sorties ; délai = file ÷ capacité ; charge = entrées ÷ capacité.",
    "End-of-week queue = queue before + input − output; lead time = queue ÷ capacity; load = input ÷ capacity."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "queue" => t!("File de la semaine la plus chargée", "Queue of the most loaded week"),
        "lead" => t!("Délai correspondant", "The lead time it means"),
        "observed" => t!("Délai observé", "Observed lead time"),
        _ => t!("Étape", "Step"),
    }
}

/// S1, S2… or, with `worked` weeks of actuals, S−3, S−2, S−1 then S1, S2…
pub fn week_label(w: usize, worked: usize) -> String {
    if w < worked {
        format!("S−{}", worked - w)
    } else {
        format!("S{}", w - worked + 1)
    }
}

pub fn error_message(error: ProfileError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        ProfileError::NoCapacity if fr => "La capacité doit être au-dessus de 0.".to_owned(),
        ProfileError::NoCapacity => "The capacity must be above 0.".to_owned(),
        ProfileError::OutputTooLong if fr => "Plus de sorties prévues que d’entrées prévues.".to_owned(),
        ProfileError::OutputTooLong => "More planned output weeks than planned input weeks.".to_owned(),
        ProfileError::ActualWeeks if fr => {
            "Entrées et sorties réelles doivent couvrir les mêmes semaines, pas plus que les prévisions.".to_owned()
        }
        ProfileError::ActualWeeks => "Actual input and output must cover the same weeks, no more than the plan.".to_owned(),
    }
}
