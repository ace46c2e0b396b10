//! Every word of the master schedule lesson, in French and English.

use crate::engine::mps::{MpsError, Row};
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Programme directeur et disponible à la vente", "Master schedule and available to promise");

pub const INTRO: &[Text] = &[
    t!(
        "Le programme directeur (PD) détaille le PIC produit par produit et semaine par semaine, sur une dizaine de semaines. Pour chaque semaine, la demande est la somme des commandes clients déjà reçues et de la part des prévisions qui n’est pas encore commandée ; le stock prévisionnel en découle, avec les lancements (le PDP) décidés par le responsable du planning.",
        "The master schedule details the S&OP plan product by product and week by week, over about ten weeks. Each week, demand is the customer orders already received plus the part of the forecast not yet ordered; the projected stock follows, with the lots (the MPS) the planner decides to make."
    ),
    t!(
        "Le PDP n’est pas calculé automatiquement : c’est une décision. Placez, déplacez ou supprimez les réceptions de lots ; sans réception tapée, la page propose un lot chaque fois que le stock passerait sous le stock de sécurité. Les semaines sous le stock de sécurité sont signalées.",
        "The MPS is not computed automatically: it is a decision. Place, move or delete lot receipts; with no receipt typed, the page proposes a lot each time the stock would fall below the safety stock. Weeks below the safety stock are flagged."
    ),
    t!(
        "Le disponible à la vente (ATP) dit ce qu’on peut encore promettre à un client : pour une semaine de réception, le lot reçu moins les commandes déjà promises jusqu’à la réception suivante (la première semaine ajoute le stock de départ). Le cumul dit ce qu’on peut promettre pour une semaine donnée.",
        "Available to promise (ATP) tells what can still be promised to a customer: for a receipt week, the lot received less the orders already promised until the next receipt (the first week adds the opening stock). The running total tells what can be promised for a given week."
    ),
];

pub const HORIZON_GROUP: Text = t!("Produit et horizon", "Product and horizon");
pub const WEEKS: Text = t!("Nombre de semaines", "Number of weeks");
pub const STOCK0: Text = t!("Stock de départ", "Opening stock");
pub const SS: Text = t!("Stock de sécurité", "Safety stock");
pub const LOT: Text = t!("Taille de lot", "Lot size");
pub const LT: Text = t!("Délai de fabrication", "Lead time");
pub const WEEKS_UNIT: Text = t!("semaines", "weeks");
pub const UNITS: Text = t!("pièces", "pieces");
pub const DEMAND_GROUP: Text = t!("Demande", "Demand");
pub const FORECAST: Text = t!("Prévisions (part non commandée), par semaine", "Forecast (part not ordered yet), per week");
pub const FORECAST_HINT: Text = t!(
    "Une valeur par semaine depuis la semaine 1 (0 si aucune) ; les semaines non tapées n’en ont pas. Dans un lien : forecast=0,30,35,…",
    "One value per week from week 1 (0 if none); weeks not typed have none. In a link: forecast=0,30,35,…"
);
pub const ORDERS: Text = t!("Commandes clients, par semaine", "Customer orders, per week");
pub const DEMAND_RULE: Text = t!("Demande de la semaine", "Demand of the week");
pub const SUM: Text = t!("commandes + prévisions (le cours)", "orders + forecast (the course)");
pub const MAX: Text = t!("max(commandes, prévisions) (usuel ailleurs)", "max(orders, forecast) (common elsewhere)");
pub const MPS_GROUP: Text = t!("Programme (PDP)", "Schedule (MPS)");
pub const RECEIPTS: Text = t!("Semaines de réception d’un lot", "Weeks a lot is received");
pub const RECEIPTS_HINT: Text = t!(
    "Les réceptions fermes, une par lot (2 6 9) ; laissez vide pour la proposition qui garde le stock de sécurité. Dans un lien : receipts=2,6,9.",
    "The firm receipts, one per lot (2 6 9); leave empty for the proposal that keeps the safety stock. In a link: receipts=2,6,9."
);
pub const ATP_RULE: Text = t!("Disponible de la première semaine", "First week’s available to promise");
pub const STANDARD: Text =
    t!("stock de départ − commandes jusqu’à la réception suivante (usuel)", "opening stock − orders until the next receipt (standard)");
pub const COURSE: Text = t!("stock de départ − stock de sécurité (Fig 3.16)", "opening stock − safety stock (Fig 3.16)");
pub const PROMISE_GROUP: Text = t!("Promettre à un client", "Promise to a customer");
pub const PROMISE: Text = t!("Quantité demandée", "Quantity asked");
pub const PROMISE_WEEK: Text = t!("Pour la semaine", "For week");
pub const PROMISE_HINT: Text = t!("La page répond à partir du disponible cumulé.", "The page answers from the cumulative ATP.");

pub const BELOW: Text = t!("Semaines sous le stock de sécurité", "Weeks below the safety stock");
pub const NONE: Text = t!("aucune", "none");
pub const LOTS: Text = t!("Lots au programme", "Lots scheduled");
pub const PROPOSED: Text = t!("(proposés)", "(proposed)");
pub const PAST_DUE: Text = t!("Lancements en retard (avant la semaine 1)", "Starts past due (before week 1)");
pub const ANSWER: Text = t!("Réponse au client", "Answer to the customer");

pub const GRID_TITLE: Text = t!("Le programme directeur", "The master schedule");
pub const GRID: Text = t!("Prévisions, commandes, demande, stock prévisionnel et PDP", "Forecast, orders, demand, projected stock and MPS");
pub const CHART: Text = t!(
    "Demande, réceptions et stock prévisionnel par semaine (les valeurs sont dans la grille qui suit)",
    "Demand, receipts and projected stock per week (the values are in the grid that follows)"
);
pub const ROW_FORECAST: Text = t!("Prévisions", "Forecast");
pub const ROW_ORDERS: Text = t!("Commandes clients", "Customer orders");
pub const ROW_DEMAND: Text = t!("Demande", "Demand");
pub const ROW_STOCK: Text = t!("Stock prévisionnel", "Projected stock");
pub const ROW_RECEIPT: Text = t!("PDP fin (réception)", "MPS receipt");
pub const ROW_START: Text = t!("PDP début (lancement)", "MPS start");
pub const START: Text = t!("Départ", "Start");
pub const QUANTITY_AXIS: Text = t!("Pièces", "Pieces");
pub const ATP_TITLE: Text = t!("Disponible à la vente", "Available to promise");
pub const ATP_RULES_TITLE: Text = t!("Deux règles pour la première semaine", "Two rules for the first week");
pub const ATP_GRID: Text = t!("Commandes, réceptions, disponible instantané et cumulé", "Orders, receipts, discrete and cumulative ATP");
pub const ROW_ATP: Text = t!("Disponible instantané", "Discrete ATP");
pub const ROW_ATP_CUM: Text = t!("Disponible cumulé", "Cumulative ATP");
pub const ATP_NOTE_STANDARD: Text = t!(
    "Règle usuelle : la première semaine part du stock de départ et en déduit les commandes jusqu’à la première réception ; chaque réception en déduit les commandes jusqu’à la suivante. La Fig 3.16 du cours part du stock de départ moins le stock de sécurité (100) et ne déduit pas les 50 commandes de S1 : choisissez « Fig 3.16 » pour retrouver ses chiffres.",
    "Standard rule: the first week starts from the opening stock and deducts the orders until the first receipt; each receipt deducts the orders until the next. The course’s Fig 3.16 starts from the opening stock less the safety stock (100) and does not deduct S1’s 50 orders: choose “Fig 3.16” to see its figures."
);
pub const ATP_NOTE_COURSE: Text = t!(
    "Règle de la Fig 3.16 : la colonne de départ vaut stock de départ − stock de sécurité, et les commandes avant la première réception ne sont pas déduites. C’est ambigu : le stock de sécurité n’est pas promis, mais les commandes de S1 sont servies par ce même stock. La règle usuelle les déduit.",
    "Fig 3.16’s rule: the opening column is opening stock − safety stock, and the orders before the first receipt are not deducted. It is ambiguous: the safety stock is not promised, but S1’s orders are served from that same stock. The standard rule deducts them."
);

pub const EXERCISE_HINT: Text = t!(
    "Stock prévisionnel = stock de la semaine précédente + réception − (commandes + prévisions). Disponible d’une semaine de réception = lot (+ stock de départ en semaine 1) − commandes jusqu’à la réception suivante.",
    "Projected stock = last week’s stock + receipt − (orders + forecast). ATP of a receipt week = lot (+ opening stock in week 1) − orders until the next receipt."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "stock" => t!("Stock prévisionnel d’une semaine", "Projected stock of a week"),
        "atp" => t!("Disponible de la première réception", "ATP of the first receipt"),
        _ => t!("Étape", "Step"),
    }
}

pub fn week_label(w: usize) -> String {
    format!("S{}", w + 1)
}

pub fn answer(q: &str, week: usize, available: &str, yes: bool, lang: Lang) -> String {
    let w = week_label(week);
    match (lang, yes) {
        (Lang::Fr, true) => format!("Oui : {q} pièces peuvent être promises en {w} (disponible cumulé {available})."),
        (Lang::Fr, false) => format!("Non : en {w}, on peut promettre {available} pièces au plus."),
        (Lang::En, true) => format!("Yes: {q} pieces can be promised for {w} (cumulative ATP {available})."),
        (Lang::En, false) => format!("No: for {w}, at most {available} pieces can be promised."),
    }
}

pub fn error_message(error: MpsError, lang: Lang) -> String {
    match (error, lang) {
        (MpsError::TooLong(Row::Forecast), Lang::Fr) => "Plus de prévisions que de semaines.".to_owned(),
        (MpsError::TooLong(Row::Forecast), Lang::En) => "More forecasts than weeks.".to_owned(),
        (MpsError::TooLong(Row::Orders), Lang::Fr) => "Plus de commandes que de semaines.".to_owned(),
        (MpsError::TooLong(Row::Orders), Lang::En) => "More orders than weeks.".to_owned(),
        (MpsError::ReceiptWeek(w), Lang::Fr) => format!("La semaine {w} n’est pas dans l’horizon."),
        (MpsError::ReceiptWeek(w), Lang::En) => format!("Week {w} is not within the horizon."),
    }
}
