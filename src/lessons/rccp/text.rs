//! Every word of the rough-cut capacity lesson, in French and English.

use crate::engine::rccp::RccpError;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Calcul de charge global (PDP)", "Rough-cut capacity (MPS)");

pub const INTRO: &[Text] = &[
    t!(
        "Le programme directeur doit être vérifié poste par poste, plus finement que le PIC. Chaque lot reçu a demandé du travail aux postes de sa gamme, et pas forcément la semaine de la réception : l’emboutissage deux semaines avant, l’usinage une semaine avant, le montage la semaine même. La charge d’un poste une semaine est la somme de ces heures.",
        "The master schedule must be checked work centre by work centre, more finely than the S&OP plan. Each lot received has needed work on the centres of its routing, and not necessarily in the week of the receipt: stamping two weeks before, machining one week before, assembly in the week itself. A centre’s load in a week is the sum of those hours."
    ),
    t!(
        "Une surcharge se traite comme au PIC (heures supplémentaires, sous-traitance, personnel d’un autre poste) ou en déplaçant une réception : la page cherche le déplacement d’une semaine qui réduit le plus les surcharges. Une charge qui tomberait avant la semaine 1 est en retard : il fallait la lancer avant.",
        "An overload is handled as in the S&OP plan (overtime, subcontracting, staff from another centre) or by moving a receipt: the page looks for the one-week move that cuts the overloads most. A load that would fall before week 1 is past due: it should have been started earlier."
    ),
];

pub const MPS_GROUP: Text = t!("Programme directeur", "Master schedule");
pub const WEEKS: Text = t!("Nombre de semaines", "Number of weeks");
pub const PRODUCTS: Text = t!("Produits", "Products");
pub const PRODUCTS_HINT: Text = t!(
    "Une ligne par produit : quantité de chaque réception et semaines de réception (1,3,4). Dans un lien : products=P1:200@1,3,4,6,8,10;P2:150@2,4,5,7,9.",
    "One line per product: quantity of each receipt and the receipt weeks (1,3,4). In a link: products=P1:200@1,3,4,6,8,10;P2:150@2,4,5,7,9."
);
pub const COL_PRODUCT: Text = t!("Produit", "Product");
pub const COL_QUANTITY: Text = t!("Quantité par réception", "Quantity per receipt");
pub const COL_WEEKS: Text = t!("Semaines de réception", "Receipt weeks");
pub const ROUTING_GROUP: Text = t!("Gammes et postes", "Routings and centres");
pub const ROUTING: Text = t!("Gammes", "Routings");
pub const ROUTING_HINT: Text = t!(
    "Une ligne par opération : produit, poste, heures par pièce, semaines avant la réception. Dans un lien : routing=P1:stamping:0.15:2,machining:0.4:1,assembly:0.5:0;P2:…",
    "One line per operation: product, centre, hours per piece, weeks before the receipt. In a link: routing=P1:stamping:0.15:2,machining:0.4:1,assembly:0.5:0;P2:…"
);
pub const COL_CENTRE: Text = t!("Poste", "Centre");
pub const COL_HOURS: Text = t!("Heures par pièce", "Hours per piece");
pub const COL_OFFSET: Text = t!("Semaines avant", "Weeks before");
pub const CAP: Text = t!("Capacités", "Capacities");
pub const CAP_HINT: Text = t!(
    "Les heures disponibles chaque semaine par poste. Dans un lien : cap=stamping:35,machining:100,assembly:110.",
    "The hours available each week per centre. In a link: cap=stamping:35,machining:100,assembly:110."
);
pub const COL_CAPACITY: Text = t!("Capacité par semaine (h)", "Capacity per week (h)");

pub const IMPORT_MPS: Text =
    t!("Prendre les lots du programme directeur pour le premier produit", "Take the master schedule’s lots for the first product");
pub const IMPORT_NONE: Text = t!(
    "Le programme directeur enregistré n’a pas de lots à donner (ses données sont incomplètes).",
    "The saved master schedule has no lots to give (its data are incomplete)."
);
pub const OVERLOADS: Text = t!("Semaines de poste en surcharge", "Centre-weeks overloaded");
pub const PAST_DUE: Text = t!("Charge en retard (avant la semaine 1)", "Load past due (before week 1)");
pub const MOVE: Text = t!("Déplacer une réception", "Moving one receipt");
pub const GRID_TITLE: Text = t!("Charge par poste et par semaine", "Load per centre and week");
pub const GRID: Text = t!("Charge, capacité et taux de charge de chaque poste", "Load, capacity and load ratio of each centre");
pub const CHART: Text = t!(
    "Charge (barres) et capacité (tirets) du poste (les valeurs sont dans le tableau qui suit)",
    "Load (bars) and capacity (dashes) of the centre (the values are in the table that follows)"
);
pub const CHARTS_TITLE: Text = t!("Charge et capacité, poste par poste", "Load and capacity, centre by centre");
pub const LOAD_WORD: Text = t!("Charge", "Load");
pub const CAPACITY_WORD: Text = t!("Capacité", "Capacity");
pub const HOURS_AXIS: Text = t!("Heures", "Hours");
pub const NONE: Text = t!("aucune", "none");

pub const EXERCISE_HINT: Text = t!(
    "Pour une semaine et un poste : chaque réception qui tombe « décalage » semaines plus tard apporte quantité × heures par pièce.",
    "For a week and a centre: each receipt falling “offset” weeks later brings quantity × hours per piece."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "load" => t!("Charge du poste le plus chargé, cette semaine-là", "Load of the most loaded centre, that week"),
        _ => t!("Étape", "Step"),
    }
}

pub fn week_label(w: usize) -> String {
    format!("S{}", w + 1)
}

pub fn move_text(product: &str, from: usize, to: usize, before: &str, after: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Recevoir {product} en S{to} au lieu de S{from} ramène les surcharges de {before} h à {after} h."),
        Lang::En => format!("Receiving {product} in S{to} instead of S{from} brings the overloads from {before} h down to {after} h."),
    }
}

pub fn no_move(lang: Lang) -> String {
    match lang {
        Lang::Fr => {
            "Aucun déplacement d’une seule réception d’une semaine ne réduit les surcharges : il ne fait que les déplacer.".to_owned()
        }
        Lang::En => "No single receipt moved by a week cuts the overloads: it only moves them.".to_owned(),
    }
}

pub fn error_message(error: &RccpError, name: &str, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        RccpError::NoProducts if fr => "Ajoutez au moins un produit.".to_owned(),
        RccpError::NoProducts => "Add at least one product.".to_owned(),
        RccpError::DuplicateProduct(_) if fr => format!("Le produit {name} figure deux fois."),
        RccpError::DuplicateProduct(_) => format!("Product {name} is listed twice."),
        RccpError::DuplicateCentre(_) if fr => format!("Le poste {name} figure deux fois."),
        RccpError::DuplicateCentre(_) => format!("Centre {name} is listed twice."),
        RccpError::UnknownProduct(_) if fr => format!("{name} : ce produit n’est pas dans la liste des produits."),
        RccpError::UnknownProduct(_) => format!("{name}: this product is not in the list of products."),
        RccpError::UnknownCentre(_) if fr => format!("{name} : ce poste n’a pas de capacité."),
        RccpError::UnknownCentre(_) => format!("{name}: this centre has no capacity."),
        RccpError::ReceiptWeek(_) if fr => format!("{name} : les semaines de réception sont des nombres entiers de 1 à 52."),
        RccpError::ReceiptWeek(_) => format!("{name}: receipt weeks are whole numbers from 1 to 52."),
    }
}
