//! Every word of the business plan lesson, in French and English.

use crate::engine::business_plan::BusinessError;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Du plan de production au résultat", "From the production plan to the profit");

pub const INTRO: &[Text] = &[
    t!(
        "Le PIC se traduit aussi en argent : c’est le plan financier que suit la direction. Chaque mois et pour chaque famille, ce qui est produit coûte son prix de revient, ce qui est vendu rapporte son prix de vente et « consomme » son prix de revient, et le stock vaut ce qu’il a coûté.",
        "The S&OP plan also translates into money: the financial plan management follows. Each month and for each family, what is made costs its cost price, what is sold brings its sale price and “uses up” its cost price, and the stock is worth what it cost."
    ),
    t!(
        "Le résultat est le chiffre d’affaires moins le coût des ventes, et non moins le coût de production : produire pour le stock ne fait ni gagner ni perdre tant que le stock n’est pas vendu, mais immobilise de l’argent (la valeur du stock).",
        "The profit is the revenue less the cost of sales, not less the production cost: making for stock neither earns nor loses anything until the stock is sold, but it ties up money (the stock value)."
    ),
];

pub const FAMILIES_GROUP: Text = t!("Familles", "Families");
pub const FAMILIES: Text = t!("Familles", "Families");
pub const FAMILIES_HINT: Text = t!(
    "Une ligne par famille : prix de revient, prix de vente, stock de départ. Dans un lien : families=A:40:45:180;B:35:40:50.",
    "One line per family: cost price, sale price, opening stock. In a link: families=A:40:45:180;B:35:40:50."
);
pub const COL_FAMILY: Text = t!("Famille", "Family");
pub const COL_COST: Text = t!("Prix de revient", "Cost price");
pub const COL_PRICE: Text = t!("Prix de vente", "Sale price");
pub const COL_OPENING: Text = t!("Stock de départ", "Opening stock");
pub const PLAN_GROUP: Text = t!("Production et ventes", "Production and sales");
pub const PLAN: Text = t!("Plan par famille et par mois", "Plan per family and month");
pub const PLAN_HINT: Text = t!(
    "Une ligne par famille et par mois (un mois sans ligne : ni production ni vente). Dans un lien : plan=A:1:720:700;B:1:160:110 (famille:mois:production:ventes).",
    "One line per family and month (a month without a line: no production, no sales). In a link: plan=A:1:720:700;B:1:160:110 (family:month:production:sales)."
);
pub const COL_MONTH: Text = t!("Mois", "Month");
pub const COL_PRODUCTION: Text = t!("Production", "Production");
pub const COL_SALES: Text = t!("Ventes", "Sales");

pub const PROFIT: Text = t!("Résultat", "Profit");
pub const REVENUE: Text = t!("Chiffre d’affaires", "Revenue");
pub const COST_OF_SALES: Text = t!("Coût des ventes", "Cost of sales");
pub const PRODUCTION_COST: Text = t!("Coût de production", "Production cost");
pub const STOCK_VALUE: Text = t!("Valeur du stock final", "Closing stock value");
pub const MARGIN: Text = t!("Marge sur chiffre d’affaires", "Margin on revenue");

pub const FAMILY_TITLE: Text = t!("Par famille", "Per family");
pub const FAMILY_TABLE: Text =
    t!("Coûts, ventes, stock et résultat de chaque famille sur le plan", "Costs, sales, stock and profit of each family over the plan");
pub const CHART: Text = t!(
    "Chiffre d’affaires, coût des ventes et résultat de chaque famille (les valeurs sont dans le tableau qui suit)",
    "Revenue, cost of sales and profit of each family (the values are in the table that follows)"
);
pub const MONEY_AXIS: Text = t!("Montant", "Amount");
pub const TOTAL: Text = t!("Total", "Total");
pub const COL_WHAT: Text = t!("Famille", "Family");
pub const COL_CLOSING: Text = t!("Stock final", "Closing stock");
pub const MONTH_TITLE: Text = t!("Mois par mois", "Month by month");
pub const MONTH_TABLE: Text = t!("Toutes familles, mois par mois", "All families, month by month");
pub const COL_MONTH_NAME: Text = t!("Mois", "Month");
pub const STOCK_NOTE: Text = t!(
    "Production − coût des ventes = variation de la valeur du stock : ce que l’on produit sans le vendre reste en stock, à son prix de revient.",
    "Production cost − cost of sales = change in stock value: what is made and not sold stays in stock, at its cost price."
);

pub const EXERCISE_HINT: Text = t!(
    "Chiffre d’affaires = prix de vente × ventes ; coût des ventes = prix de revient × ventes ; stock final = départ + production − ventes, valorisé au prix de revient ; résultat = chiffre d’affaires − coût des ventes.",
    "Revenue = sale price × sales; cost of sales = cost price × sales; closing stock = opening + production − sales, valued at cost price; profit = revenue − cost of sales."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "production_cost" => t!("Coût de production", "Production cost"),
        "revenue" => t!("Chiffre d’affaires", "Revenue"),
        "cost_of_sales" => t!("Coût des ventes", "Cost of sales"),
        "closing" => t!("Stock final", "Closing stock"),
        "stock_value" => t!("Valeur du stock final", "Closing stock value"),
        "profit" => t!("Résultat", "Profit"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: BusinessError, name: &str, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        BusinessError::NoFamilies if fr => "Ajoutez au moins une famille.".to_owned(),
        BusinessError::NoFamilies => "Add at least one family.".to_owned(),
        BusinessError::NoActivity if fr => "Ajoutez au moins une ligne de production et de ventes.".to_owned(),
        BusinessError::NoActivity => "Add at least one line of production and sales.".to_owned(),
        BusinessError::DuplicateFamily(_) if fr => format!("La famille {name} figure deux fois."),
        BusinessError::DuplicateFamily(_) => format!("Family {name} is listed twice."),
        BusinessError::UnknownFamily(_) if fr => format!("{name} : cette famille n’est pas dans la liste des familles."),
        BusinessError::UnknownFamily(_) => format!("{name}: this family is not in the list of families."),
        BusinessError::DuplicateMonth(_) if fr => format!("{name} : ce mois de cette famille est déjà donné plus haut."),
        BusinessError::DuplicateMonth(_) => format!("{name}: this family’s month is already given above."),
        BusinessError::Oversold(_) if fr => format!("{name} : plus de ventes que le stock et la production ne le permettent."),
        BusinessError::Oversold(_) => format!("{name}: more sales than the stock and the production allow."),
    }
}
