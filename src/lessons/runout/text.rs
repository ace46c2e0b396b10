//! Every word of the run-out time lesson, in French and English.

use crate::engine::runout::RunoutError;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Flow shop : délai de rupture", "Flow shop: run-out time");

pub const INTRO: &[Text] = &[
    t!(
        "Une ligne qui fabrique plusieurs produits par lots, avec un changement de série entre deux lots, doit choisir quoi lancer ensuite. La règle simple : d’abord le produit qui sera épuisé le premier. Son délai de rupture est son stock divisé par ce qui en sort chaque jour.",
        "A line making several products in lots, with a set-up between two lots, must choose what to make next. The simple rule: first the product that will run out first. Its run-out time is its stock divided by what is used each day."
    ),
    t!(
        "Avec des lots économiques, la ligne est occupée longtemps par chaque lot : pendant qu’elle fait le premier, les autres continuent de s’épuiser. Le calendrier des lots, l’un après l’autre dans l’ordre des priorités, montre quels produits tomberont en rupture, quand et pour combien de temps.",
        "With economic lots the line is busy for a long time with each lot: while it makes the first, the others keep running down. The timeline of the lots, one after another in priority order, shows which products will run out, when and for how long."
    ),
];

pub const PRODUCTS_GROUP: Text = t!("Les produits et la ligne", "The products and the line");
pub const PRODUCTS: Text = t!("Produits", "Products");
pub const PRODUCTS_HINT: Text = t!(
    "Lot économique facultatif : sans lui, le produit est classé mais pas planifié. Dans un lien : products=A:0.8:0.2:4;… (produit:stock:sortie par jour[:lot]).",
    "Economic lot optional: without it the product is ranked but not planned. In a link: products=A:0.8:0.2:4;… (product:stock:usage per day[:lot])."
);
pub const COL_ID: Text = t!("Produit", "Product");
pub const COL_STOCK: Text = t!("Stock", "Stock");
pub const COL_USAGE: Text = t!("Sortie par jour", "Usage per day");
pub const COL_LOT: Text = t!("Lot économique", "Economic lot");
pub const RATE: Text = t!("Débit de production de la ligne", "Production rate of the line");
pub const PER_DAY: Text = t!("par jour", "a day");

pub const FIRST: Text = t!("À lancer en premier", "Make first");
pub const TOTAL_SHORT: Text = t!("Jours de rupture au total", "Days out of stock in all");
pub const DAYS: Text = t!("jours", "days");

pub const TABLE_TITLE: Text = t!("Délais de rupture et calendrier des lots", "Run-out times and the lots’ timeline");
pub const TABLE: Text = t!(
    "Chaque produit : délai de rupture, priorité, lot, début et fin de fabrication, rupture",
    "Each product: run-out time, priority, lot, start and end of making, shortage"
);
pub const COL_RUNOUT: Text = t!("Délai de rupture (jours)", "Run-out time (days)");
pub const COL_RANK: Text = t!("Priorité", "Priority");
pub const COL_MAKE: Text = t!("Durée du lot (jours)", "Lot time (days)");
pub const COL_START: Text = t!("Début", "Start");
pub const COL_END: Text = t!("Fin", "End");
pub const COL_SHORT: Text = t!("Rupture (jours)", "Out of stock (days)");
pub const GANTT: Text = t!(
    "Calendrier : le lot de chaque produit sur la ligne, et la rupture entre l’épuisement et le début du lot (les dates sont dans le tableau qui suit)",
    "Timeline: each product’s lot on the line, and the shortage between running out and the lot’s start (the dates are in the table that follows)"
);
pub const LOT_BAR: Text = t!("Lot en fabrication", "Lot being made");
pub const SHORT_BAR: Text = t!("Rupture", "Out of stock");
pub const DAY_AXIS: Text = t!("Jours", "Days");
pub const NOT_MADE: Text = t!("pas de lot", "no lot");

pub const EXERCISE_HINT: Text = t!(
    "Délai de rupture = stock / sortie par jour. Les lots se suivent par délai croissant ; un lot dure lot / débit de la ligne. Un produit est en rupture de son épuisement au début de son lot.",
    "Run-out time = stock / usage a day. Lots follow each other by increasing run-out time; a lot takes lot / line rate. A product is out of stock from running out until its lot starts."
);

pub fn exercise_statement(list: &str, rate: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "Une ligne fait {rate} t par jour, un produit à la fois. Produits (stock t, sortie t/jour, lot t) : {list}. Trouvez le délai de rupture de A, le rang de priorité de B, et le nombre total de jours de rupture si les lots se suivent par priorité."
        ),
        Lang::En => format!(
            "A line makes {rate} t a day, one product at a time. Products (stock t, usage t/day, lot t): {list}. Find A’s run-out time, B’s priority rank, and the total days out of stock if the lots follow each other by priority."
        ),
    }
}

pub fn error_message(error: RunoutError, product: &str, lang: Lang) -> String {
    match (error, lang) {
        (RunoutError::NoProduct, Lang::Fr) => "Ajoutez au moins un produit.".to_owned(),
        (RunoutError::NoProduct, Lang::En) => "Add at least one product.".to_owned(),
        (RunoutError::Duplicate(_), Lang::Fr) => format!("Le produit {product} figure deux fois."),
        (RunoutError::Duplicate(_), Lang::En) => format!("Product {product} is listed twice."),
        (RunoutError::Usage(_), Lang::Fr) => format!("{product} : sans sortie, il ne s’épuise jamais ; donnez une sortie par jour."),
        (RunoutError::Usage(_), Lang::En) => format!("{product}: with no usage it never runs out; give a usage per day."),
        (RunoutError::Rate(_), Lang::Fr) => {
            format!("{product} sort plus vite que la ligne ne le fait : son stock ne peut pas se reconstituer.")
        }
        (RunoutError::Rate(_), Lang::En) => format!("{product} is used faster than the line makes it: its stock cannot be rebuilt."),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "runout" => t!("Délai de rupture du premier produit", "Run-out time of the first product"),
        "lot" => t!("Durée de son lot", "Time of its lot"),
        "short" => t!("Rupture la plus longue : début du lot − épuisement", "Longest shortage: lot start − run-out"),
        _ => t!("Étape", "Step"),
    }
}
