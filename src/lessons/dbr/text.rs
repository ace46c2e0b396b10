//! Every word of the drum-buffer-rope lesson, in French and English.

use crate::engine::dbr::DbrError;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Tambour-tampon-corde", "Drum-buffer-rope");

pub const INTRO: &[Text] = &[
    t!(
        "La théorie des contraintes ramène la planification de tout un atelier à celle d’une seule machine : le goulot. Son plan de travail est le tambour (drum) : il donne le rythme. Tout le reste se cale dessus.",
        "The theory of constraints reduces planning a whole shop to planning one machine: the bottleneck. Its work plan is the drum: it sets the pace. Everything else follows it."
    ),
    t!(
        "Devant le goulot, un tampon de temps le protège des aléas : les ordres qu’il traitera dans les B prochaines heures devraient déjà être là. Ce tampon est découpé en trois régions ; un ordre absent de la région 3 est normal (il est en route), absent de la région 2 il faut chercher pourquoi, absent de la région 1 il faut le faire venir d’urgence : le goulot va manquer de travail.",
        "Before the bottleneck, a time buffer protects it from upsets: the orders it will work on in the next B hours should already be there. The buffer is split into three regions; an order missing from region 3 is normal (it is on its way), missing from region 2 the cause must be found, missing from region 1 it must be rushed in: the bottleneck is about to run out of work."
    ),
    t!(
        "La corde (rope) relie le goulot à l’entrée de l’atelier : la matière d’un ordre n’est lancée qu’un tampon avant que le goulot en ait besoin. Rien de plus n’entre : l’en-cours reste celui du tampon.",
        "The rope ties the bottleneck to the shop’s entrance: an order’s material is released only one buffer before the bottleneck needs it. Nothing more goes in: the work in process stays that of the buffer."
    ),
];

pub const PLAN_GROUP: Text = t!("Le plan du goulot (tambour)", "The bottleneck’s plan (drum)");
pub const PLAN: Text = t!("Ordres, dans l’ordre du goulot", "Orders, in the bottleneck’s order");
pub const PLAN_HINT: Text = t!(
    "Arrivé : l’heure où la matière de l’ordre est physiquement devant le goulot ; vide s’il n’est pas encore là. Dans un lien : plan=A1:24:6:0;A3:50:10;… (ordre:lot:heures[:arrivée]).",
    "Arrived: the hour the order’s material is physically before the bottleneck; empty if it is not there yet. In a link: plan=A1:24:6:0;A3:50:10;… (order:lot:hours[:arrival])."
);
pub const COL_ORDER: Text = t!("Ordre", "Order");
pub const COL_LOT: Text = t!("Lot (pièces)", "Lot (parts)");
pub const COL_HOURS: Text = t!("Heures sur le goulot", "Hours on the bottleneck");
pub const COL_ARRIVED: Text = t!("Arrivé à l’heure", "Arrived at hour");
pub const BUFFER_GROUP: Text = t!("Le tampon et l’heure", "The buffer and the hour");
pub const BUFFER: Text = t!("Longueur du tampon B", "Buffer length B");
pub const BUFFER_HINT: Text = t!(
    "En heures de travail du goulot, multiple de 3 (trois régions égales).",
    "In hours of bottleneck work, a multiple of 3 (three equal regions)."
);
pub const HOUR: Text = t!("Heure regardée t", "Hour looked at t");
pub const HOUR_HINT: Text =
    t!("Avancez heure par heure pour voir le tampon se vider et se remplir.", "Step hour by hour to watch the buffer empty and fill.");
pub const HOURS: Text = t!("h", "h");

pub const EXPEDITE: Text = t!("À faire venir d’urgence (région 1)", "To rush in (region 1)");
pub const INVESTIGATE: Text = t!("À investiguer (région 2)", "To investigate (region 2)");
pub const RELEASE: Text = t!("Matière à lancer (corde)", "Material to release (rope)");
pub const TOTAL: Text = t!("Fin du plan du goulot", "End of the bottleneck’s plan");
pub const NONE: Text = t!("aucun", "none");

pub const BUFFER_TITLE: Text = t!("Le tampon à l’heure t", "The buffer at hour t");
pub const BUFFER_DRAWING: Text = t!(
    "Le tampon heure par heure : l’ordre que le goulot traitera à chaque heure, par région ; un trou est un ordre pas encore arrivé",
    "The buffer hour by hour: the order the bottleneck will work on at each hour, by region; a hole is an order not there yet"
);
pub const SLOTS: Text =
    t!("Chaque heure du tampon : ordre, région, présent ou non", "Each hour of the buffer: order, region, there or not");
pub const COL_SLOT: Text = t!("Heure du tampon", "Buffer hour");
pub const COL_AT: Text = t!("Heure", "Hour");
pub const COL_REGION: Text = t!("Région", "Region");
pub const COL_THERE: Text = t!("Présent", "There");
pub const YES: Text = t!("oui", "yes");
pub const NO: Text = t!("non", "no");
pub const IDLE: Text = t!("(rien de prévu)", "(nothing planned)");

pub const ORDERS_TITLE: Text = t!("Tambour et corde", "Drum and rope");
pub const ORDERS: Text = t!(
    "Chaque ordre : passage sur le goulot, lancement par la corde, état",
    "Each order: time on the bottleneck, release by the rope, status"
);
pub const COL_START: Text = t!("Début goulot", "Bottleneck start");
pub const COL_END: Text = t!("Fin goulot", "Bottleneck end");
pub const COL_RELEASE: Text = t!("Lancement (début − B)", "Release (start − B)");
pub const COL_STATUS: Text = t!("À l’heure t", "At hour t");
pub const STATUS_DONE: Text = t!("terminé", "done");
pub const STATUS_THERE: Text = t!("dans le tampon", "in the buffer");
pub const STATUS_WAY: Text = t!("en route", "on its way");
pub const STATUS_LATER: Text = t!("pas encore lancé", "not released yet");

pub const EXERCISE_HINT: Text = t!(
    "Le début d’un ordre sur le goulot est la somme des heures des ordres avant lui ; la corde lance sa matière B heures plus tôt. À l’heure t, la région 1 couvre les heures t à t + B/3.",
    "An order starts on the bottleneck after the hours of the orders before it; the rope releases its material B hours earlier. At hour t, region 1 covers hours t to t + B/3."
);

pub fn exercise_statement(plan: &str, buffer: f64, hour: f64, lang: Lang) -> String {
    let (b, t) = (crate::i18n::format_number(buffer, lang, 0), crate::i18n::format_number(hour, lang, 0));
    match lang {
        Lang::Fr => format!(
            "Le goulot traite dans l’ordre : {plan}. Le tampon fait {b} h. Trouvez l’heure de début du troisième ordre sur le goulot, l’heure où la corde lance sa matière, et combien d’heures de la région 1 sont vides (matière pas encore arrivée) à l’heure {t}."
        ),
        Lang::En => format!(
            "The bottleneck works, in order: {plan}. The buffer is {b} h. Find the hour the third order starts on the bottleneck, the hour the rope releases its material, and how many hours of region 1 are empty (material not arrived yet) at hour {t}."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "start" => {
            t!("Début sur le goulot : les heures des ordres avant lui", "Start on the bottleneck: the hours of the orders before it")
        }
        "release" => t!("La corde lance la matière un tampon plus tôt", "The rope releases the material one buffer earlier"),
        "region1" => t!("La région 1 à l’heure t", "Region 1 at hour t"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: DbrError, order: &str, lang: Lang) -> String {
    match (error, lang) {
        (DbrError::NoOrder, Lang::Fr) => "Ajoutez au moins un ordre.".to_owned(),
        (DbrError::NoOrder, Lang::En) => "Add at least one order.".to_owned(),
        (DbrError::Duplicate(_), Lang::Fr) => format!("L’ordre {order} figure deux fois."),
        (DbrError::Duplicate(_), Lang::En) => format!("Order {order} is listed twice."),
        (DbrError::Hours(_), Lang::Fr) => format!("{order} : il faut des heures sur le goulot."),
        (DbrError::Hours(_), Lang::En) => format!("{order}: hours on the bottleneck are needed."),
        (DbrError::Buffer, Lang::Fr) => "Le tampon doit être un nombre entier d’heures multiple de 3.".to_owned(),
        (DbrError::Buffer, Lang::En) => "The buffer must be a whole number of hours, a multiple of 3.".to_owned(),
    }
}
