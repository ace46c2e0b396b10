//! Every word of the EOQ lesson, in French and English.

use crate::engine::eoq::{EoqError, EoqField, EoqInput};
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Quantité économique de commande (Wilson)", "Economic order quantity (Wilson)");

pub const INTRO: &[Text] = &[
    t!(
        "Commander souvent coûte cher en frais de commande (ou de lancement) ; commander beaucoup à la fois coûte cher en stock immobilisé. La quantité économique Q* est le lot qui rend la somme des deux la plus petite possible.",
        "Ordering often is expensive in order (or set-up) costs; ordering a lot at once is expensive in stock that sits idle. The economic order quantity Q* is the lot that makes the sum of the two as small as possible."
    ),
    t!(
        "Sur une année, on passe N/Q commandes à L chacune, et le stock moyen vaut Q/2 unités, chacune coûtant p·a par an à détenir. Le minimum est atteint quand les deux coûts sont égaux : Q* = √(2·L·N / (p·a)).",
        "Over a year you place N/Q orders at L each, and the average stock is Q/2 units, each costing p·a a year to hold. The minimum is reached where the two costs are equal: Q* = √(2·L·N / (p·a))."
    ),
    t!(
        "Quand le lot est fabriqué progressivement (cadence PR) pendant qu’on consomme (cadence CO), le stock ne monte qu’à Q·(1 − CO/PR) : c’est la quantité économique de production (EPQ). Le fond de la courbe de coût est plat : se tromper de 20 % sur le lot ne coûte que quelques pour cent.",
        "When the lot is produced gradually (rate PR) while it is being used (rate CO), stock only climbs to Q·(1 − CO/PR): this is the economic production quantity (EPQ). The bottom of the cost curve is flat: a lot 20% off costs only a few per cent more."
    ),
];

pub const N: Text = t!("Demande annuelle N", "Annual demand N");
pub const L: Text = t!("Coût par commande L", "Cost per order L");
pub const A: Text = t!("Prix unitaire a", "Unit price a");
pub const P: Text = t!("Taux de possession annuel p", "Annual holding rate p");
pub const P_HINT: Text = t!("Une fraction : 0,3 = 30 % par an.", "A fraction: 0.3 = 30% a year.");
pub const PR: Text = t!("Cadence de production PR", "Production rate PR");
pub const CO: Text = t!("Cadence de consommation CO", "Consumption rate CO");
pub const RATES_HINT: Text = t!(
    "Même unité pour les deux (par ex. unités par jour). Laissez vide pour la formule de Wilson.",
    "Same unit for both (e.g. units per day). Leave empty for the Wilson formula."
);
pub const Q: Text = t!("Et si je commandais Q ?", "What if I order Q instead?");
pub const Q_HINT: Text = t!("Un autre lot, pour voir ce qu’il coûte en plus.", "Another lot, to see what it costs extra.");
pub const UNITS_PER_YEAR: Text = t!("unités/an", "units/year");
pub const MONEY: Text = t!("€", "€");
pub const MONEY_PER_UNIT: Text = t!("€/unité", "€/unit");
pub const UNITS: Text = t!("unités", "units");

pub const INPUTS: Text = t!("Données", "Inputs");
pub const EPQ_SECTION: Text = t!("Production progressive (EPQ, facultatif)", "Gradual production (EPQ, optional)");
pub const RESULTS: Text = t!("Résultats", "Results");
pub const RESULT_Q: Text = t!("Lot économique Q*", "Optimal lot Q*");
pub const RESULT_COST: Text = t!("Coût annuel (commande + possession)", "Annual cost (ordering + holding)");
pub const RESULT_ORDERING: Text = t!("dont commandes", "of which ordering");
pub const RESULT_HOLDING: Text = t!("dont possession", "of which holding");
pub const RESULT_ORDERS: Text = t!("Commandes par an", "Orders per year");
pub const RESULT_CYCLE: Text = t!("Jours entre deux commandes", "Days between orders");
pub const RESULT_PEAK: Text = t!("Stock maximal", "Peak stock");
pub const RESULT_AVERAGE: Text = t!("Stock moyen", "Average stock");
pub const RESULT_COMPARE: Text = t!("Coût annuel avec Q", "Annual cost with Q");
pub const RESULT_EXTRA: Text = t!("Surcoût par rapport à Q*", "Extra cost over Q*");

pub const CHARTS: Text = t!("Graphiques", "Charts");
pub const COST_CHART: Text = t!(
    "Coûts annuels selon la taille du lot (les valeurs sont dans le tableau qui suit)",
    "Annual costs against the lot size (the values are in the table that follows)"
);
pub const COST_TABLE: Text = t!("Coûts annuels pour quelques tailles de lot", "Annual costs for a few lot sizes");
pub const STOCK_CHART: Text = t!(
    "Stock au fil du temps, en dents de scie (les valeurs sont dans le tableau qui suit)",
    "Stock over time, a sawtooth (the values are in the table that follows)"
);
pub const STOCK_TABLE: Text = t!("Stock aux points de rupture de pente", "Stock at each corner of the sawtooth");
pub const COL_LOT: Text = t!("Lot Q", "Lot Q");
pub const COL_ORDERING: Text = t!("Commande", "Ordering");
pub const COL_HOLDING: Text = t!("Possession", "Holding");
pub const COL_TOTAL: Text = t!("Total", "Total");
pub const COL_EXTRA: Text = t!("Écart à Q*", "Versus Q*");
pub const COL_DAY: Text = t!("Jour", "Day");
pub const COL_STOCK: Text = t!("Stock", "Stock");
pub const STEPS: Text = t!("Calcul détaillé", "Worked steps");

pub const EXERCISE_HINT: Text = t!(
    "Commencez par Q* = √(2·L·N / (p·a)) (divisez encore par 1 − CO/PR si les cadences sont données), puis N/Q* commandes, et le coût L·N/Q* + p·a·Q*/2 (× (1 − CO/PR) pour la possession en EPQ).",
    "Start with Q* = √(2·L·N / (p·a)) (also divide by 1 − CO/PR when rates are given), then N/Q* orders, and the cost L·N/Q* + p·a·Q*/2 (× (1 − CO/PR) on holding for EPQ)."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "factor" => t!("Facteur de montée du stock", "Stock build-up factor"),
        "lot" => t!("Lot économique", "Optimal lot"),
        "orders" => t!("Commandes par an", "Orders per year"),
        "cycle" => t!("Jours entre deux commandes", "Days between orders"),
        "ordering" => t!("Coût annuel de commande", "Annual ordering cost"),
        "holding" => t!("Coût annuel de possession", "Annual holding cost"),
        "peak" => t!("Stock maximal", "Peak stock"),
        "cost" => t!("Coût annuel total", "Total annual cost"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: EoqError, lang: Lang) -> String {
    let symbol = error.field().param();
    match (error, lang) {
        (EoqError::NotPositive(_), Lang::Fr) => format!("{symbol} doit être supérieur à 0."),
        (EoqError::NotPositive(_), Lang::En) => format!("{symbol} must be greater than 0."),
        (EoqError::MissingRate(EoqField::Co), Lang::Fr) => "Donnez aussi CO, ou videz PR.".to_owned(),
        (EoqError::MissingRate(EoqField::Co), Lang::En) => "Give CO too, or clear PR.".to_owned(),
        (EoqError::MissingRate(_), Lang::Fr) => "Donnez aussi PR, ou videz CO.".to_owned(),
        (EoqError::MissingRate(_), Lang::En) => "Give PR too, or clear CO.".to_owned(),
        (EoqError::ConsumptionNotBelowProduction, Lang::Fr) => {
            "CO doit être inférieur à PR : sinon le stock ne se constitue jamais.".to_owned()
        }
        (EoqError::ConsumptionNotBelowProduction, Lang::En) => "CO must be below PR, or stock never builds up.".to_owned(),
    }
}

pub fn exercise_statement(s: &EoqInput, lang: Lang) -> String {
    use crate::i18n::{format_number as num, format_percent};
    let base = match lang {
        Lang::Fr => format!(
            "Une entreprise consomme {} unités par an d’un article acheté {} € l’unité. Chaque commande coûte {} € et le stock coûte {} de sa valeur par an.",
            num(s.annual_demand, lang, 2), num(s.unit_price, lang, 2), num(s.order_cost, lang, 2), format_percent(s.holding_rate, lang, 1)
        ),
        Lang::En => format!(
            "A company uses {} units a year of an item bought at €{} each. Each order costs €{} and holding stock costs {} of its value a year.",
            num(s.annual_demand, lang, 2), num(s.unit_price, lang, 2), num(s.order_cost, lang, 2), format_percent(s.holding_rate, lang, 1)
        ),
    };
    match (s.production_rate, s.consumption_rate, lang) {
        (Some(pr), Some(co), Lang::Fr) => format!(
            "{base} L’article est fabriqué en interne à la cadence de {} unités par jour et consommé à {} unités par jour.",
            num(pr, lang, 2),
            num(co, lang, 2)
        ),
        (Some(pr), Some(co), Lang::En) => {
            format!("{base} The item is made in-house at {} units a day and used at {} units a day.", num(pr, lang, 2), num(co, lang, 2))
        }
        _ => base,
    }
}
