//! Every word of the transfer lots lesson, in French and English.

use crate::engine::overlap::OverlapError;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Lots de transfert et chevauchement des opérations", "Transfer lots and overlapping operations");

pub const INTRO: &[Text] = &[
    t!(
        "Le lot de production (les pièces fabriquées entre deux changements de série) n’a aucune raison d’être aussi le lot de transfert (les pièces portées d’un poste au suivant). Si le lot entier attend d’être fini avant de bouger, chaque poste attend tout le lot du précédent : le délai est la somme des temps de tout le lot à chaque poste.",
        "The production lot (the parts made between two set-ups) has no reason to be the transfer lot too (the parts carried from one station to the next). If the whole lot waits to be finished before it moves, each station waits for the whole lot of the one before: the lead time is the sum of the whole lot’s times at every station."
    ),
    t!(
        "En découpant le lot pour le transport, le poste suivant commence dès le premier lot de transfert arrivé : les opérations se chevauchent. Avec deux lots de transfert, on choisit le premier assez grand pour que le poste aval ne manque jamais de pièces : Q1 ≥ Q·O_amont/(O_amont + O_aval). Avec des lots de transfert de k pièces, le délai baisse encore, au prix de plus de transports.",
        "By splitting the lot for transport, the next station starts as soon as the first transfer lot arrives: the operations overlap. With two transfer lots, the first is chosen large enough for the downstream station never to run out of parts: Q1 ≥ Q·O_up/(O_up + O_down). With transfer lots of k parts the lead time drops further, at the cost of more transport."
    ),
    t!(
        "L’efficience rapporte le travail réel d’une pièce, Σ Oᵢ, au temps que le lot passe dans l’atelier : elle montre combien de temps une pièce attend pour quelques minutes de travail.",
        "The efficiency sets the real work on one part, Σ Oᵢ, against the time the lot spends in the shop: it shows how long a part waits for a few minutes of work."
    ),
];

pub const LOT_GROUP: Text = t!("Le lot et les postes", "The lot and the stations");
pub const QUANTITY: Text = t!("Lot de production Q", "Production lot Q");
pub const PARTS: Text = t!("pièces", "parts");
pub const OPS: Text = t!("Temps opératoire par pièce à chaque poste", "Operation time per part at each station");
pub const OPS_HINT: Text = t!(
    "Un temps par poste, dans l’ordre, séparés par des espaces. Dans un lien : ops=2,3,4,5.",
    "One time per station, in order, separated by spaces. In a link: ops=2,3,4,5."
);
pub const MINUTES: Text = t!("min", "min");
pub const TRANSFER_TIME: Text = t!("Durée d’un transfert", "Time of one transfer");
pub const TRANSFER_GROUP: Text = t!("Transfert", "Transfer");
pub const SPLIT: Text = t!("Découpage", "Splitting");
pub const LOTS: Text = t!("lot entier ou lots de transfert de k pièces", "whole lot or transfer lots of k parts");
pub const TWO: Text = t!("deux lots de transfert par paire de postes", "two transfer lots per pair of stations");
pub const LOT: Text = t!("Lot de transfert k", "Transfer lot k");
pub const LOT_HINT: Text = t!("Vide : le lot entier est transféré d’un coup.", "Empty: the whole lot is transferred at once.");

pub const LEAD_TIME: Text = t!("Délai du lot", "Lead time of the lot");
pub const EFFICIENCY: Text = t!("Efficience Σ Oᵢ / délai", "Efficiency Σ Oᵢ / lead time");
pub const WHOLE: Text = t!("Délai en lot entier", "Lead time as a whole lot");
pub const SAVED: Text = t!("Gagné sur le lot entier", "Saved against the whole lot");
pub const TRANSFERS: Text = t!("Transports", "Transfers");

pub const GANTT_TITLE: Text = t!("Le lot à travers les postes", "The lot through the stations");
pub const GANTT: Text = t!(
    "Diagramme de Gantt : chaque poste, de sa première pièce commencée à sa dernière finie, avec le découpage choisi et en lot entier (les dates sont dans le tableau qui suit)",
    "Gantt chart: each station, from its first part started to its last part done, with the chosen splitting and as a whole lot (the times are in the table that follows)"
);
pub const TIME_AXIS: Text = t!("Minutes depuis le début", "Minutes from the start");
pub const CHOSEN: Text = t!("Découpage choisi", "Chosen splitting");
pub const WHOLE_LOT: Text = t!("Lot entier", "Whole lot");
pub const STATIONS_TABLE: Text = t!(
    "Chaque poste : début, fin, attente entre deux lots et lots de transfert envoyés",
    "Each station: start, end, waiting between two lots and transfer lots sent"
);
pub const COL_STATION: Text = t!("Poste", "Station");
pub const COL_OP: Text = t!("O (min/pièce)", "O (min/part)");
pub const COL_START: Text = t!("Début", "Start");
pub const COL_END: Text = t!("Fin", "End");
pub const COL_IDLE: Text = t!("Attente en cours de lot", "Waiting within the lot");
pub const COL_SENT: Text = t!("Lots envoyés (pièces)", "Lots sent (parts)");

pub const COMPARE_TITLE: Text = t!("Trois façons de transférer", "Three ways to transfer");
pub const COMPARE: Text = t!("Délai et efficience selon le transfert", "Lead time and efficiency by transfer");
pub const COL_METHOD: Text = t!("Transfert", "Transfer");
pub const COL_LEAD: Text = t!("Délai (min)", "Lead time (min)");
pub const COL_EFFICIENCY: Text = t!("Efficience", "Efficiency");
pub const UNIT_LOTS: Text = t!("lots d’une pièce", "lots of one part");

pub const EXERCISE_HINT: Text = t!(
    "En lot entier, additionnez Q·Oᵢ de chaque poste et les transferts. Avec deux lots, Q1 = ⌈Q·O_amont/(O_amont + O_aval)⌉.",
    "As a whole lot, add Q·Oᵢ of every station and the transfers. With two lots, Q1 = ⌈Q·O_up/(O_up + O_down)⌉."
);

pub fn lots_of(k: f64, lang: Lang) -> String {
    let k = crate::i18n::format_number(k, lang, 0);
    match lang {
        Lang::Fr => format!("lots de {k} pièces"),
        Lang::En => format!("lots of {k} parts"),
    }
}

pub fn exercise_statement(quantity: f64, ops: &str, transfer: f64, lang: Lang) -> String {
    let (q, t) = (crate::i18n::format_number(quantity, lang, 0), crate::i18n::format_number(transfer, lang, 2));
    match lang {
        Lang::Fr => format!(
            "Un lot de {q} pièces passe sur des postes en série ; temps par pièce : {ops} min. Chaque transfert dure {t} min. Trouvez le délai en lot entier, la taille du premier lot de transfert entre les deux premiers postes si l’on transfère en deux lots, et l’efficience du lot entier (en %)."
        ),
        Lang::En => format!(
            "A lot of {q} parts goes through stations in series; time per part: {ops} min. Each transfer takes {t} min. Find the lead time as a whole lot, the size of the first transfer lot between the first two stations if the lot is moved in two, and the efficiency of the whole lot (in %)."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "whole" => t!("Délai en lot entier", "Lead time as a whole lot"),
        "lead" => t!(
            "Délai avec le découpage choisi : dernière pièce finie au dernier poste",
            "Lead time with the chosen splitting: last part done at the last station"
        ),
        "efficiency" => t!("Efficience", "Efficiency"),
        "first_lot" => t!("Premier lot de transfert entre les deux premiers postes", "First transfer lot between the first two stations"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: OverlapError, lang: Lang) -> String {
    match (error, lang) {
        (OverlapError::NoStation, Lang::Fr) => "Temps opératoires : saisissez au moins un poste.".to_owned(),
        (OverlapError::NoStation, Lang::En) => "Operation times: type at least one station.".to_owned(),
        (OverlapError::Quantity, Lang::Fr) => "Le lot doit compter au moins une pièce entière.".to_owned(),
        (OverlapError::Quantity, Lang::En) => "The lot must hold at least one whole part.".to_owned(),
        (OverlapError::LotSize, Lang::Fr) => "Un lot de transfert compte au moins une pièce.".to_owned(),
        (OverlapError::LotSize, Lang::En) => "A transfer lot holds at least one part.".to_owned(),
    }
}
