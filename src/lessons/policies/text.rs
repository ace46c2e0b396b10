//! Every word of the inventory-policies lesson, in French and English.

use crate::engine::policies::{PolicyError, PolicyInput, PolicyKind};
use crate::i18n::{format_number as num, plural, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Politiques de gestion des stocks", "Inventory policies");

pub const INTRO: &[Text] = &[
    t!(
        "Deux questions décident de tout : quand commander, et combien. Chacune peut être fixe ou variable, ce qui donne quatre politiques. À dates fixes et quantités fixes (réapprovisionnement), on commande Q toutes les R périodes : simple, mais aveugle à la demande. À dates fixes et quantités variables (recomplètement), on commande toutes les R périodes de quoi remonter à un niveau S.",
        "Two questions decide everything: when to order, and how much. Each can be fixed or variable, which gives four policies. With fixed dates and fixed quantities, you order Q every R periods: simple, but blind to demand. With fixed dates and variable quantities (order-up-to), every R periods you order enough to bring stock back up to a level S."
    ),
    t!(
        "Avec le point de commande (dates variables, quantité fixe, souvent le lot économique), on commande Q dès que la position de stock — stock physique plus commandes en cours — tombe au point de commande PC. Compter les commandes en cours évite de recommander alors qu’une livraison arrive. Avec dates et quantités variables, on commande au point de commande de quoi remonter à S : réservé aux articles coûteux, suivis de près.",
        "With a reorder point (variable dates, fixed quantity, often the economic lot), you order Q as soon as the inventory position — stock on hand plus orders on their way — falls to the reorder point PC. Counting orders on their way avoids ordering again while a delivery is coming. With variable dates and quantities, you order at the reorder point enough to bring stock up to S: kept for costly items followed closely."
    ),
    t!(
        "Ici, chaque période : les livraisons prévues arrivent, la demande est servie (ce qui manque est perdu et compté en rupture), puis la politique décide ; une commande passée en fin de période t arrive en période t + délai.",
        "Here, each period: due deliveries arrive, demand is served (what is missing is lost and counted as a stockout), then the policy decides; an order placed at the end of period t arrives in period t + lead time."
    ),
];

pub const fn kind_name(kind: PolicyKind) -> Text {
    match kind {
        PolicyKind::FixedFixed => t!("Dates fixes, quantités fixes", "Fixed dates, fixed quantity"),
        PolicyKind::Periodic => t!("Dates fixes, recomplètement à S", "Fixed dates, order up to S"),
        PolicyKind::ReorderPoint => t!("Point de commande, quantité fixe", "Reorder point, fixed quantity"),
        PolicyKind::Variable => t!("Point de commande, recomplètement à S", "Reorder point, order up to S"),
    }
}

pub const POLICY: Text = t!("Politique", "Policy");
pub const COMPARE: Text = t!("Comparer avec", "Compare with");
pub const NO_COMPARE: Text = t!("— aucune —", "— none —");
pub const DEMAND: Text = t!("Demande par période", "Demand per period");
pub const DEMAND_HINT: Text = t!(
    "Des nombres séparés par des espaces ou des points-virgules (virgule décimale acceptée).",
    "Numbers separated by spaces or semicolons (decimal comma accepted)."
);
pub const LT: Text = t!("Délai de livraison", "Lead time");
pub const STOCK0: Text = t!("Stock initial", "Starting stock");
pub const SS: Text = t!("Stock de sécurité SS", "Safety stock SS");
pub const PC: Text = t!("Point de commande PC", "Reorder point PC");
pub const Q: Text = t!("Quantité commandée Q", "Order quantity Q");
pub const R: Text = t!("Période de révision R", "Review period R");
pub const S: Text = t!("Niveau de recomplètement S", "Order-up-to level S");
pub const L: Text = t!("Coût par commande L", "Cost per order L");
pub const A: Text = t!("Prix unitaire a", "Unit price a");
pub const P: Text = t!("Taux de possession annuel p", "Annual holding rate p");
pub const P_HINT: Text = t!("Une fraction : 0,25 = 25 % par an.", "A fraction: 0.25 = 25% a year.");
pub const PERIODS: Text = t!("périodes", "periods");
pub const UNITS: Text = t!("unités", "units");
pub const COSTS: Text = t!("Coûts (52 périodes par an)", "Costs (52 periods a year)");

pub const INPUTS: Text = t!("Données", "Inputs");
pub const SUMMARY: Text = t!("Bilan", "Summary");
pub const AVG_STOCK: Text = t!("Stock moyen (fin de période)", "Average stock (end of period)");
pub const ORDERS: Text = t!("Commandes lancées", "Orders launched");
pub const STOCKOUT_UNITS: Text = t!("Unités en rupture", "Units short");
pub const STOCKOUT_PERIODS: Text = t!("Périodes en rupture", "Periods with a stockout");
pub const FILL_RATE: Text = t!("Taux de service (demande servie)", "Service level (demand served)");
pub const ORDERING_COST: Text = t!("Coût de commande (périodes simulées)", "Ordering cost (simulated periods)");
pub const HOLDING_COST: Text = t!("Coût de possession (périodes simulées)", "Holding cost (simulated periods)");
pub const TOTAL_COST: Text = t!("Coût total", "Total cost");
pub const ANNUAL_COST: Text = t!("Coût total annualisé", "Total cost per year");
pub const MEASURE: Text = t!("Indicateur", "Measure");

pub const TABLE: Text = t!("Simulation période par période", "Period-by-period simulation");
pub const DECISIONS: Text = t!("Chaque période : le stock et la décision", "Each period: the stock and the decision");
pub const COL_BALANCE: Text = t!("Stock en fin de période", "End-of-period stock");
pub const COL_DECISION: Text = t!("Décision", "Decision");
pub const COL_PERIOD: Text = t!("Période", "Period");
pub const COL_DEMAND: Text = t!("Demande", "Demand");
pub const COL_RECEIPT: Text = t!("Réception", "Receipt");
pub const COL_STOCK: Text = t!("Stock fin", "End stock");
pub const COL_SHORT: Text = t!("Rupture", "Short");
pub const COL_ORDER: Text = t!("Commande lancée", "Order launched");
pub const COL_ON_ORDER: Text = t!("En commande", "On order");
pub const COL_POSITION: Text = t!("Position", "Position");
pub const CHART_TITLE: Text = t!("Évolution du stock", "Stock over time");
pub const CHART: Text = t!(
    "Stock en fin de période, réceptions, stock de sécurité et point de commande (les valeurs sont dans le tableau qui suit)",
    "End-of-period stock, receipts, safety stock and reorder point (the values are in the table that follows)"
);

pub const EXERCISE_HINT: Text = t!(
    "Suivez les périodes une à une : ajoutez la livraison prévue, retirez la demande, puis comparez la position (stock + en commande) au point de commande pour décider d’une commande.",
    "Go period by period: add the delivery due, take away the demand, then compare the position (stock + on order) with the reorder point to decide whether to order."
);

pub fn error_message(error: PolicyError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    let name = error.field().param();
    match error {
        PolicyError::NoDemand => {
            (if fr { "Entrez au moins une période de demande." } else { "Enter at least one period of demand." }).to_owned()
        }
        PolicyError::BadDemand { period } => {
            if fr {
                format!("La demande de la période {period} doit être un nombre ≥ 0.")
            } else {
                format!("Demand in period {period} must be a number ≥ 0.")
            }
        }
        PolicyError::Negative(_) => {
            if fr {
                format!("{name} ne peut pas être négatif.")
            } else {
                format!("{name} cannot be negative.")
            }
        }
        PolicyError::NotPositive(_) => {
            if fr {
                format!("{name} doit être supérieur à 0.")
            } else {
                format!("{name} must be greater than 0.")
            }
        }
        PolicyError::NotWhole(_) => {
            if fr {
                format!("{name} doit être un nombre entier de périodes.")
            } else {
                format!("{name} must be a whole number of periods.")
            }
        }
    }
}

pub fn exercise_statement(i: &PolicyInput, lang: Lang) -> String {
    let weeks = plural(lang, i.lead_time, t!("semaine", "week"), t!("semaines", "weeks"));
    let demand = i.demand.iter().map(|d| num(*d, lang, 2)).collect::<Vec<_>>().join(", ");
    match lang {
        Lang::Fr => format!(
            "Politique du point de commande : stock initial {}, point de commande {}, quantité commandée {}, délai {} {}. Demande des semaines 1 à {} : {}. Une commande lancée en fin de semaine t arrive en semaine t + délai ; on commande quand stock + en commande ≤ PC ; la demande non servie est perdue.",
            num(i.initial_stock, lang, 2), num(i.reorder_point, lang, 2), num(i.lot, lang, 2), num(i.lead_time, lang, 0), weeks, i.demand.len(), demand
        ),
        Lang::En => format!(
            "Reorder-point policy: starting stock {}, reorder point {}, order quantity {}, lead time {} {}. Demand in weeks 1 to {}: {}. An order launched at the end of week t arrives in week t + lead time; order when stock + on order ≤ PC; unmet demand is lost.",
            num(i.initial_stock, lang, 2), num(i.reorder_point, lang, 2), num(i.lot, lang, 2), num(i.lead_time, lang, 0), weeks, i.demand.len(), demand
        ),
    }
}
