//! Every word of the kanban lesson, in French and English.

use crate::engine::kanban::{BoardError, Status};
use crate::i18n::{format_number as num, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Kanban : nombre de cartes et tableau de production", "Kanban: card count and production board");

pub const INTRO: &[Text] = &[
    t!(
        "En flux tiré, rien ne se fabrique sans carte : chaque conteneur porte un kanban, et quand l’aval consomme un conteneur, sa carte repart vers le poste amont comme ordre d’en refaire un. Le nombre de cartes en circulation plafonne donc l’en-cours : c’est le levier que l’on réduit pas à pas pour faire apparaître les problèmes.",
        "In a pull flow nothing is made without a card: each container carries a kanban, and when the downstream station uses a container, its card goes back upstream as an order to make another. The number of cards in the loop therefore caps the work in process: it is the lever reduced step by step to bring problems to light."
    ),
    t!(
        "Combien de cartes ? Pendant le délai P qu’il faut pour récupérer un conteneur plein (attente, changement de série, fabrication), l’aval consomme D·P pièces ; on ajoute une marge de sécurité S, et l’on divise par les Q pièces d’un conteneur : N ≥ D·P·(1 + S)/Q, arrondi à la carte supérieure. Raccourcir P ou agrandir Q diminue N ; raccourcir P diminue aussi le stock.",
        "How many cards? During the delay P needed to get a full container back (waiting, set-up, making), the downstream station uses D·P parts; a safety margin S is added, and the total is divided by the Q parts of a container: N ≥ D·P·(1 + S)/Q, rounded up to a whole card. A shorter P or a larger Q lowers N; a shorter P also lowers the stock."
    ),
    t!(
        "Au poste, les cartes revenues s’accrochent au tableau des kanbans de production, une colonne par pièce, avec trois repères : E, la quantité économique (assez de cartes pour justifier un changement de série), A, le point d’alerte (il devient urgent de fabriquer), M, le nombre total de cartes (toutes au tableau : plus un seul conteneur en stock). L’opérateur fabrique d’abord la pièce la plus urgente.",
        "At the station, the returned cards hang on the production kanban board, one column per part, with three marks: E, the economic quantity (enough cards to justify a set-up), A, the alert level (making the part becomes urgent), M, the total number of cards (all on the board: not one container left in stock). The operator makes the most urgent part first."
    ),
];

pub const COUNT_GROUP: Text = t!("Nombre de cartes d’une boucle", "Cards in one loop");
pub const DEMAND: Text = t!("Demande D", "Demand D");
pub const DEMAND_UNIT: Text = t!("pièces par unité de temps", "parts per time unit");
pub const DELAY: Text = t!("Délai de mise à disposition P", "Replenishment delay P");
pub const DELAY_UNIT: Text = t!("unités de temps", "time units");
pub const DELAY_HINT: Text = t!(
    "Attente, changement de série et fabrication d’un conteneur, dans l’unité de temps de D.",
    "Waiting, set-up and making of one container, in the time unit of D."
);
pub const PER_CONTAINER: Text = t!("Pièces par conteneur Q", "Parts per container Q");
pub const PARTS: Text = t!("pièces", "parts");
pub const SAFETY: Text = t!("Coefficient de sécurité S", "Safety factor S");
pub const SAFETY_HINT: Text = t!("0,1 ou 10 % : 10 % de pièces en plus.", "0.1 or 10 %: 10 % more parts.");

pub const BOARD_GROUP: Text = t!("Tableau des kanbans de production", "Production kanban board");
pub const BOARD: Text = t!("Une colonne par pièce", "One column per part");
pub const BOARD_HINT: Text = t!(
    "Cartes au tableau : conteneurs consommés, pas encore refaits. Tirez un conteneur en ajoutant une carte à sa pièce. Dans un lien : board=P1:2:3:5:2;… (pièce:E:A:M:cartes).",
    "Cards on the board: containers used and not remade yet. Pull a container by adding a card to its part. In a link: board=P1:2:3:5:2;… (part:E:A:M:cards)."
);
pub const COL_PART: Text = t!("Pièce", "Part");
pub const COL_E: Text = t!("E (quantité économique)", "E (economic quantity)");
pub const COL_A: Text = t!("A (alerte)", "A (alert)");
pub const COL_M: Text = t!("M (total de cartes)", "M (total cards)");
pub const COL_CARDS: Text = t!("Cartes au tableau", "Cards on the board");
pub const COL_LEFT: Text = t!("Conteneurs en stock", "Containers in stock");
pub const COL_STATUS: Text = t!("État", "Status");

pub const EXACT: Text = t!("D·P·(1 + S)/Q avant arrondi", "D·P·(1 + S)/Q before rounding");
pub const CARDS: Text = t!("Nombre de kanbans N", "Number of kanbans N");
pub const CARDS_UNIT: Text = t!("cartes", "cards");
pub const LOOP_PARTS: Text = t!("Pièces dans la boucle N·Q", "Parts in the loop N·Q");
pub const NEXT: Text = t!("À lancer maintenant", "Make now");

pub const SENSITIVITY_TITLE: Text = t!("Comment N bouge avec P et Q", "How N moves with P and Q");
pub const DELAY_CHART: Text = t!(
    "Nombre de cartes selon le délai P, valeur exacte et arrondie (les valeurs sont dans le tableau qui suit)",
    "Number of cards by delay P, exact and rounded up (the values are in the table that follows)"
);
pub const DELAY_TABLE: Text = t!("Cartes selon le délai P (D, Q et S inchangés)", "Cards by delay P (D, Q and S unchanged)");
pub const SIZE_TABLE: Text =
    t!("Cartes selon la taille des conteneurs Q (D, P et S inchangés)", "Cards by container size Q (D, P and S unchanged)");
pub const COL_P: Text = t!("Délai P", "Delay P");
pub const COL_Q: Text = t!("Conteneur Q", "Container Q");
pub const COL_EXACT: Text = t!("D·P·(1 + S)/Q", "D·P·(1 + S)/Q");
pub const COL_N: Text = t!("N (cartes)", "N (cards)");
pub const COL_STOCK: Text = t!("Pièces dans la boucle", "Parts in the loop");
pub const EXACT_LINE: Text = t!("Valeur exacte", "Exact value");
pub const CARDS_LINE: Text = t!("Cartes N", "Cards N");
pub const CARDS_AXIS: Text = t!("Cartes", "Cards");
pub const DELAY_AXIS: Text = t!("Délai P", "Delay P");

pub const BOARD_TITLE: Text = t!("Le tableau et la décision", "The board and the decision");
pub const BOARD_TABLE: Text = t!("Chaque pièce : repères, cartes au tableau et état", "Each part: marks, cards on the board and status");
pub const BOARD_DRAWING: Text = t!(
    "Tableau des kanbans : une colonne par pièce, cartes accrochées depuis le bas, repères E, A et M",
    "Kanban board: one column per part, cards hung from the bottom, marks E, A and M"
);

pub const fn status_name(status: Status) -> Text {
    match status {
        Status::Wait => t!("attendre", "wait"),
        Status::Ready => t!("lot économique atteint", "economic lot reached"),
        Status::Alert => t!("alerte : urgent", "alert: urgent"),
        Status::Out => t!("rupture : plus de conteneur", "out: no container left"),
    }
}

pub fn next_launch(part: Option<(&str, f64)>, lang: Lang) -> String {
    match (part, lang) {
        (Some((part, containers)), Lang::Fr) => format!("{} conteneur(s) de {part}", num(containers, lang, 0)),
        (Some((part, containers)), Lang::En) => format!("{} container(s) of {part}", num(containers, lang, 0)),
        (None, Lang::Fr) => "rien : aucune pièce n’atteint sa quantité économique".to_owned(),
        (None, Lang::En) => "nothing: no part has reached its economic quantity".to_owned(),
    }
}

pub const DECISION_RULE: Text = t!(
    "Règle : une pièce en rupture passe avant une pièce en alerte, qui passe avant une pièce qui a seulement atteint sa quantité économique ; à égalité, celle qui a le moins de conteneurs en stock ; puis l’ordre du tableau. On lance toutes les cartes de la pièce choisie.",
    "Rule: a part that is out comes before a part at its alert, which comes before a part that has only reached its economic quantity; on a tie, the one with fewer containers in stock; then board order. All the chosen part’s cards are launched."
);

pub const EXERCISE_HINT: Text = t!(
    "Multipliez la demande par le délai et par (1 + S), divisez par la taille d’un conteneur, puis arrondissez à l’entier supérieur.",
    "Multiply the demand by the delay and by (1 + S), divide by a container’s size, then round up to a whole number."
);

pub fn exercise_statement(demand: f64, delay: f64, per_container: f64, safety: f64, lang: Lang) -> String {
    let (d, p, q, s) = (num(demand, lang, 2), num(delay, lang, 2), num(per_container, lang, 2), num(safety * 100.0, lang, 1));
    match lang {
        Lang::Fr => format!(
            "Un poste de montage consomme {d} pièces par jour. Un conteneur de {q} pièces met {p} jour(s) à revenir plein (attente, changement de série, fabrication). On prend une sécurité de {s} %. Trouvez la valeur exacte de D·P·(1 + S)/Q, le nombre de kanbans, puis le nombre de kanbans si le délai est divisé par deux."
        ),
        Lang::En => format!(
            "An assembly station uses {d} parts a day. A container of {q} parts takes {p} day(s) to come back full (waiting, set-up, making). A safety margin of {s} % is taken. Find the exact value of D·P·(1 + S)/Q, the number of kanbans, then the number of kanbans if the delay is halved."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "exact" => t!("Conteneurs consommés pendant le délai, sécurité comprise", "Containers used during the delay, safety included"),
        "cards" => t!("Arrondi à la carte supérieure", "Rounded up to a whole card"),
        "parts" => t!("Pièces en circulation dans la boucle", "Parts circulating in the loop"),
        _ => t!("Étape", "Step"),
    }
}

pub fn board_error(error: &BoardError, part: &str, lang: Lang) -> String {
    match (error, lang) {
        (BoardError::Order { field: "alert", .. }, Lang::Fr) => {
            format!("{part} : l’alerte A ne peut pas être sous la quantité économique E.")
        }
        (BoardError::Order { field: "alert", .. }, Lang::En) => format!("{part}: the alert A cannot be below the economic quantity E."),
        (BoardError::Order { field: "total", .. }, Lang::Fr) => format!("{part} : le total de cartes M ne peut pas être sous l’alerte A."),
        (BoardError::Order { field: "total", .. }, Lang::En) => format!("{part}: the total of cards M cannot be below the alert A."),
        (BoardError::Order { .. }, Lang::Fr) => format!("{part} : plus de cartes au tableau que de cartes au total (M)."),
        (BoardError::Order { .. }, Lang::En) => format!("{part}: more cards on the board than cards in total (M)."),
        (BoardError::Duplicate { .. }, Lang::Fr) => format!("{part} figure deux fois au tableau."),
        (BoardError::Duplicate { .. }, Lang::En) => format!("{part} is on the board twice."),
    }
}
