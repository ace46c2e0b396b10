//! Every word of the product mix lesson, in French and English.

use crate::engine::product_mix::MixError;
use crate::i18n::{Lang, Text};
use crate::lessons::search_stopped;
use crate::t;

pub const TITLE: Text = t!("Mix de production sur une contrainte", "Product mix on a constraint");

pub const INTRO: &[Text] = &[
    t!(
        "Quand une ressource limite toute la production (la contrainte, au sens de la théorie des contraintes), chaque heure de cette ressource vaut de l’or : une heure perdue sur la contrainte est perdue pour l’usine entière. Quels produits faire passer, et combien ?",
        "When one resource limits the whole output (the constraint, in the theory of constraints’ sense), every hour of it is precious: an hour lost on the constraint is lost for the whole plant. Which products should go through it, and how many?"
    ),
    t!(
        "Le réflexe est de privilégier le produit qui rapporte le plus par unité. La bonne règle, avec une seule contrainte, est de classer les produits selon ce qu’ils rapportent par heure de contrainte (profit ÷ heures sur la contrainte) et de servir le marché dans cet ordre. Dans l’exemple du cours, P1 rapporte 1 000 par pièce mais 500 par heure ; P2 500 par pièce mais 1 000 par heure : 159 000 au lieu de 118 000.",
        "The reflex is to favour the product that earns most per unit. The right rule, with a single constraint, is to rank products by what they earn per constraint hour (profit ÷ hours on the constraint) and serve the market in that order. In the course’s example, P1 earns 1,000 a unit but 500 an hour; P2 500 a unit but 1,000 an hour: 159,000 instead of 118,000."
    ),
    t!(
        "Dès qu’une deuxième ressource est saturée, aucun classement ne suffit plus : le meilleur mix se calcule alors par programmation linéaire en nombres entiers, que la page résout exactement. Ajoutez une ressource pour voir la règle par heure se tromper.",
        "As soon as a second resource is full, no ranking is enough any more: the best mix is then computed by integer linear programming, which the page solves exactly. Add a resource to see the per-hour rule go wrong."
    ),
];

pub const CONSTRAINT_GROUP: Text = t!("La contrainte et les produits", "The constraint and the products");
pub const CAPACITY: Text = t!("Capacité de la contrainte", "Capacity of the constraint");
pub const HOURS_PER_WEEK: Text = t!("h par semaine", "h a week");
pub const OE: Text = t!("Dépenses d’exploitation", "Operating expense");
pub const OE_HINT: Text = t!(
    "Coûts fixes de la semaine (salaires, loyers) : le bénéfice net est le profit total moins ces dépenses.",
    "The week’s fixed costs (wages, rent): the net profit is the total profit less this expense."
);
pub const MONEY: Text = t!("par semaine", "a week");
pub const PRODUCTS: Text = t!("Produits", "Products");
pub const PRODUCTS_HINT: Text = t!(
    "Dans un lien : products=P1:2:1000:50;… (produit:heures sur la contrainte:profit unitaire:marché par semaine).",
    "In a link: products=P1:2:1000:50;… (product:hours on the constraint:unit profit:market a week)."
);
pub const COL_ID: Text = t!("Produit", "Product");
pub const COL_HOURS: Text = t!("Heures sur la contrainte", "Hours on the constraint");
pub const COL_PROFIT: Text = t!("Profit unitaire", "Unit profit");
pub const COL_DEMAND: Text = t!("Marché (unités)", "Market (units)");
pub const OTHERS_GROUP: Text = t!("Autres ressources (facultatif)", "Other resources (optional)");
pub const OTHERS: Text = t!("Ressources", "Resources");
pub const OTHERS_HINT: Text = t!(
    "Une ligne par ressource : sa capacité et les heures de chaque produit, dans l’ordre des produits, séparées par des espaces. Dans un lien : resources=Montage:120:0.2,0.4.",
    "One line per resource: its capacity and each product’s hours, in the products’ order, separated by spaces. In a link: resources=Assembly:120:0.2,0.4."
);
pub const COL_RESOURCE: Text = t!("Ressource", "Resource");
pub const COL_CAPACITY: Text = t!("Capacité (h)", "Capacity (h)");
pub const COL_PER_PRODUCT: Text = t!("Heures par unité de chaque produit", "Hours per unit of each product");

pub const OPTIMUM: Text = t!("Profit du meilleur mix", "Profit of the best mix");
pub const NET: Text = t!("Bénéfice net (profit − dépenses)", "Net profit (profit − expense)");
pub const BY_HOUR: Text = t!("Profit, règle du profit par heure de contrainte", "Profit, profit per constraint hour rule");
pub const BY_UNIT: Text = t!("Profit, règle du profit unitaire", "Profit, unit profit rule");

pub const MIXES_TITLE: Text = t!("Trois façons de remplir la semaine", "Three ways to fill the week");
pub const MIXES: Text = t!(
    "Quantités par produit, profit et heures utilisées selon chaque règle et au meilleur mix",
    "Quantities per product, profit and hours used under each rule and at the best mix"
);
pub const MIX_CHART: Text = t!(
    "Profit de chaque mix, par produit (les valeurs sont dans le tableau qui suit)",
    "Profit of each mix, by product (the values are in the table that follows)"
);
pub const COL_WHAT: Text = t!("", "");
pub const COL_UNIT_RULE: Text = t!("Profit unitaire d’abord", "Unit profit first");
pub const COL_HOUR_RULE: Text = t!("Profit par heure d’abord", "Profit per hour first");
pub const COL_BEST: Text = t!("Meilleur mix (exact)", "Best mix (exact)");
pub const ROW_PROFIT: Text = t!("Profit total", "Total profit");
pub const ROW_USED: Text = t!("Heures utilisées", "Hours used");
pub const CONSTRAINT: Text = t!("contrainte", "constraint");
pub const PROFIT_AXIS: Text = t!("Profit", "Profit");

pub const RANKING_TITLE: Text = t!("Le classement par heure de contrainte", "The ranking per constraint hour");
pub const RANKING: Text =
    t!("Profit unitaire et profit par heure de contrainte de chaque produit", "Unit profit and profit per constraint hour of each product");
pub const COL_PER_HOUR: Text = t!("Profit par heure de contrainte", "Profit per constraint hour");
pub const COL_RANK: Text = t!("Rang par heure", "Rank per hour");

pub const RULE_ENOUGH: Text = t!(
    "Ici, la règle du profit par heure de contrainte donne le meilleur mix.",
    "Here the profit per constraint hour rule gives the best mix."
);
pub const RULE_NOT_ENOUGH: Text = t!(
    "Ici, la règle du profit par heure ne suffit plus : une autre ressource est saturée, et le meilleur mix, calculé exactement, fait mieux.",
    "Here the profit per hour rule is not enough: another resource is full, and the best mix, computed exactly, does better."
);

pub const EXERCISE_HINT: Text = t!(
    "Divisez le profit de chaque produit par ses heures sur la contrainte, servez le marché du meilleur d’abord, puis remplissez les heures restantes avec le suivant (en unités entières).",
    "Divide each product’s profit by its hours on the constraint, serve the market of the best one first, then fill the hours left with the next (in whole units)."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "per_hour" => t!("Profit par heure de contrainte de chaque produit", "Profit per constraint hour of each product"),
        "first" => t!("Le premier produit du classement, jusqu’à son marché", "The first product of the ranking, up to its market"),
        "rest" => t!("Les heures restantes pour le suivant", "The hours left for the next"),
        "total" => t!("Profit total de la règle par heure", "Total profit of the per-hour rule"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: &MixError, name: &str, lang: Lang) -> String {
    match (error, lang) {
        (MixError::NoProducts, Lang::Fr) => "Ajoutez au moins un produit.".to_owned(),
        (MixError::NoProducts, Lang::En) => "Add at least one product.".to_owned(),
        (MixError::Duplicate(_), Lang::Fr) => format!("Le produit {name} figure deux fois."),
        (MixError::Duplicate(_), Lang::En) => format!("Product {name} is listed twice."),
        (MixError::ResourceHours(_), Lang::Fr) => format!("{name} : il faut un nombre d’heures par produit, dans l’ordre des produits."),
        (MixError::ResourceHours(_), Lang::En) => format!("{name}: one number of hours per product is needed, in the products’ order."),
        (MixError::Solver, Lang::Fr) => "Le calcul du meilleur mix a échoué.".to_owned(),
        (MixError::Solver, Lang::En) => "The best mix could not be computed.".to_owned(),
        (MixError::SearchTooLong, Lang::Fr) => {
            let start = search_stopped(Lang::Fr, "du meilleur mix en unités entières", "qu’aucun mix ne rapporte plus");
            format!("{start} : trop de mix rapportent presque autant. Moins de produits, ou des marchés plus petits, raccourcissent la recherche.")
        }
        (MixError::SearchTooLong, Lang::En) => {
            let start = search_stopped(Lang::En, "the best mix in whole units", "that no mix earns more");
            format!("{start}: too many mixes earn nearly as much. Fewer products, or smaller markets, make the search shorter.")
        }
    }
}
