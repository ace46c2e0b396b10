//! Every word of the load-versus-capacity lesson, in French and English.

use crate::engine::load::LoadError;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Charge et capacité par atelier", "Load versus capacity by workshop");

pub const INTRO: &[Text] = &[
    t!(
        "Un PIC n’est réaliste que si les ateliers peuvent le produire. On convertit donc la production prévue de chaque famille en heures de travail : production × heures par pièce dans l’atelier, additionnées sur toutes les familles qui y passent. Cette charge se compare, mois par mois, à la capacité de l’atelier.",
        "An S&OP plan is realistic only if the workshops can make it. So each family’s planned production is turned into hours of work: production × hours per piece in the workshop, added over every family that goes through it. That load is compared, month by month, with the workshop’s capacity."
    ),
    t!(
        "Une surcharge se traite en augmentant la capacité (heures supplémentaires, personnel prêté par un atelier moins chargé, intérimaires, sous-traitance, embauche, investissement) ou en déplaçant la charge (produire plus tôt, dans un mois qui a de la marge). Une sous-charge appelle les mesures inverses.",
        "An overload is handled by raising capacity (overtime, staff lent by a less loaded workshop, temporary staff, subcontracting, hiring, investment) or by moving the load (making earlier, in a month with room to spare). An underload calls for the opposite measures."
    ),
    t!(
        "Quand la fabrication est longue, un atelier travaille en avance sur le suivant : l’usinage d’un mois sert l’assemblage du mois suivant. Un décalage en mois le prend en compte. Le même calcul avec des ratios (personnes pour 100 k€ de production par jour) donne l’effectif nécessaire.",
        "When making takes long, one workshop works ahead of the next: a month’s machining serves the next month’s assembly. An offset in months accounts for it. The same computation with ratios (persons per 100 k€ of production a day) gives the staff needed."
    ),
];

pub const FAMILIES_GROUP: Text = t!("Familles et production", "Families and production");
pub const FAMILIES: Text = t!("Familles", "Families");
pub const FAMILIES_HINT: Text = t!(
    "Une ligne par famille : sa production de chaque mois (séparée par des espaces) et, pour l’effectif, son ratio (personnes par unité de production). Dans un lien : families=A:2166,1700,…;B:… (ajoutez :5 pour un ratio).",
    "One line per family: its production each month (separated by spaces) and, for staffing, its ratio (persons per unit of production). In a link: families=A:2166,1700,…;B:… (add :5 for a ratio)."
);
pub const COL_FAMILY: Text = t!("Famille", "Family");
pub const COL_PRODUCTION: Text = t!("Production par mois", "Production per month");
pub const COL_RATIO: Text = t!("Ratio (personnes par unité, facultatif)", "Ratio (persons per unit, optional)");
pub const WORKSHOPS_GROUP: Text = t!("Ateliers", "Workshops");
pub const WORKSHOPS: Text = t!("Ateliers", "Workshops");
pub const WORKSHOPS_HINT: Text = t!(
    "Une ligne par atelier : sa capacité de chaque mois (en heures) et, s’il travaille en avance, son décalage en mois. Dans un lien : workshops=Usinage:4000,4000,…:1;…",
    "One line per workshop: its capacity each month (in hours) and, if it works ahead, its offset in months. In a link: workshops=Machining:4000,4000,…:1;…"
);
pub const COL_WORKSHOP: Text = t!("Atelier", "Workshop");
pub const COL_CAPACITY: Text = t!("Capacité par mois (h)", "Capacity per month (h)");
pub const COL_OFFSET: Text = t!("Avance (mois)", "Ahead (months)");
pub const HOURS: Text = t!("Heures par pièce", "Hours per piece");
pub const HOURS_HINT: Text = t!(
    "Une ligne par famille et atelier où elle passe. Dans un lien : hours=A:Usinage:1;A:Assemblage:0.5;…",
    "One line per family and workshop it goes through. In a link: hours=A:Machining:1;A:Assembly:0.5;…"
);
pub const COL_HOURS: Text = t!("Heures par pièce", "Hours per piece");

pub const IMPORT_PIC: Text =
    t!("Prendre la production du PIC pour la première famille", "Take the S&OP plan’s production for the first family");
pub const IMPORT_NONE: Text = t!(
    "Le PIC enregistré n’a pas de plan à donner (il est en mode suivi, ou ses données sont incomplètes).",
    "The saved S&OP plan has no plan to give (it is tracking, or its data are incomplete)."
);
pub const OVERLOADS: Text = t!("Mois d’atelier en surcharge", "Workshop-months overloaded");
pub const PEAK: Text = t!("Le plus chargé", "Most loaded");
pub const STAFF_PEAK: Text = t!("Effectif nécessaire au plus", "Most staff needed");
pub const PERSONS: Text = t!("personnes", "persons");

pub const LOAD_TITLE: Text = t!("Charge et capacité mois par mois", "Load and capacity month by month");
pub const GRID: Text = t!("Charge, capacité et taux de charge de chaque atelier", "Load, capacity and load ratio of each workshop");
pub const CHART: Text = t!(
    "Charge (barres) et capacité (tirets) de chaque atelier (les valeurs sont dans la grille qui suit)",
    "Load (bars) and capacity (dashes) of each workshop (the values are in the grid that follows)"
);
pub const HOURS_AXIS: Text = t!("Heures", "Hours");
pub const LOAD_WORD: Text = t!("charge", "load");
pub const CAPACITY_WORD: Text = t!("capacité", "capacity");
pub const PCT_WORD: Text = t!("taux de charge", "load ratio");
pub const SHARE_TITLE: Text = t!("D’où vient la charge", "Where the load comes from");
pub const SHARE: Text = t!("Charge de chaque famille dans chaque atelier (h)", "Load of each family in each workshop (h)");
pub const COL_WHAT: Text = t!("Atelier — famille", "Workshop — family");
pub const REMEDIES_TITLE: Text = t!("Que faire des surcharges", "What to do about the overloads");
pub const NO_OVERLOAD: Text = t!(
    "Aucune surcharge : la charge tient dans la capacité chaque mois. Les mois très en dessous (moins de 80 %) appellent plutôt les mesures de sous-charge : supprimer les heures supplémentaires, rapatrier la sous-traitance, prêter du personnel.",
    "No overload: the load fits the capacity every month. Months well below (under 80 %) call for underload measures instead: stop overtime, bring subcontracting back in, lend staff."
);
pub const STAFF_TITLE: Text = t!("Effectif nécessaire", "Staff needed");
pub const STAFF_GRID: Text = t!("Personnes nécessaires par mois (Σ ratio × production)", "Persons needed per month (Σ ratio × production)");
pub const STAFF_ROW: Text = t!("Personnes", "Persons");

pub const EXERCISE_HINT: Text = t!(
    "Charge d’un atelier un mois = somme, sur les familles, de production du mois × heures par pièce dans l’atelier ; taux de charge = charge ÷ capacité.",
    "A workshop’s load in a month = sum over the families of the month’s production × hours per piece in the workshop; load ratio = load ÷ capacity."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "load" => t!("Charge de l’atelier le plus chargé, ce mois-là", "Load of the most loaded workshop, that month"),
        "ratio" => t!("Taux de charge", "Load ratio"),
        "staff" => t!("Personnes nécessaires, le mois le plus chargé", "Persons needed, in the busiest month"),
        _ => t!("Étape", "Step"),
    }
}

pub fn month_label(m: usize) -> String {
    format!("M{}", m + 1)
}

pub fn error_message(error: &LoadError, name: &str, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        LoadError::NoFamilies if fr => "Ajoutez au moins une famille.".to_owned(),
        LoadError::NoFamilies => "Add at least one family.".to_owned(),
        LoadError::NothingToLoad if fr => "Ajoutez un atelier, ou des ratios de personnel aux familles.".to_owned(),
        LoadError::NothingToLoad => "Add a workshop, or staffing ratios to the families.".to_owned(),
        LoadError::DuplicateFamily(_) if fr => format!("La famille {name} figure deux fois."),
        LoadError::DuplicateFamily(_) => format!("Family {name} is listed twice."),
        LoadError::DuplicateWorkshop(_) if fr => format!("L’atelier {name} figure deux fois."),
        LoadError::DuplicateWorkshop(_) => format!("Workshop {name} is listed twice."),
        LoadError::ProductionLength(_) if fr => format!("{name} : il faut autant de mois que la première famille."),
        LoadError::ProductionLength(_) => format!("{name}: as many months as the first family are needed."),
        LoadError::CapacityLength(_) if fr => format!("{name} : il faut une capacité par mois de production."),
        LoadError::CapacityLength(_) => format!("{name}: one capacity per month of production is needed."),
        LoadError::UnknownFamily(_) if fr => format!("{name} : cette famille n’est pas dans la liste des familles."),
        LoadError::UnknownFamily(_) => format!("{name}: this family is not in the list of families."),
        LoadError::UnknownWorkshop(_) if fr => format!("{name} : cet atelier n’est pas dans la liste des ateliers."),
        LoadError::UnknownWorkshop(_) => format!("{name}: this workshop is not in the list of workshops."),
        LoadError::DuplicateRouting(_) if fr => format!("{name} : ces heures sont déjà données plus haut."),
        LoadError::DuplicateRouting(_) => format!("{name}: these hours are already given above."),
        LoadError::MissingRatio(_) if fr => format!("{name} : un ratio par famille, ou aucun."),
        LoadError::MissingRatio(_) => format!("{name}: one ratio per family, or none."),
    }
}

/// What the course suggests for an overload, with the numbers of this one: the hours over, the
/// room other workshops have that month, the room this workshop had the month before.
pub fn remedy(workshop: &str, month: usize, over: &str, pct: &str, elsewhere: &str, before: Option<&str>, lang: Lang) -> String {
    let m = month_label(month);
    match lang {
        Lang::Fr => {
            let earlier = before
                .map_or_else(String::new, |room| format!(" Produire plus tôt : le mois précédent, l’atelier avait {room} h de marge."));
            format!(
                "{workshop}, {m} : {over} h de trop ({pct} de la capacité). Heures supplémentaires ou intérimaires pour {over} h, personnel prêté par un atelier en sous-charge ({elsewhere}), sous-traitance ; à plus long terme embauche ou investissement.{earlier}"
            )
        }
        Lang::En => {
            let earlier =
                before.map_or_else(String::new, |room| format!(" Make earlier: the month before, the workshop had {room} h to spare."));
            format!(
                "{workshop}, {m}: {over} h too many ({pct} of capacity). Overtime or temporary staff for {over} h, staff lent by an underloaded workshop ({elsewhere}), subcontracting; in the longer run hiring or investment.{earlier}"
            )
        }
    }
}
