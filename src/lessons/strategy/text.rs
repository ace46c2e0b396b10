//! Every word of the production strategy lesson, in French and English.

use crate::engine::strategy::{Customisation, Strategy};
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Stratégies de production : MTS, ATO, MTO, ETO", "Production strategies: MTS, ATO, MTO, ETO");

pub const INTRO: &[Text] = &[
    t!(
        "Où placer le stock ? Tout ce qui est en amont du stock se fait sur prévision (flux poussé) ; tout ce qui est en aval se fait à la commande (flux tiré). Ce point de découplage fixe le délai du client : il n’attend que les étapes en aval du stock.",
        "Where should the stock sit? Everything upstream of the stock is made to a forecast (push); everything downstream is made to order (pull). This decoupling point sets the customer’s lead time: they wait only for the stages downstream of the stock."
    ),
    t!(
        "Fabrication sur stock (MTS) : produits finis en stock, livraison immédiate, mais rien de personnalisé et beaucoup d’argent immobilisé. Assemblage à la commande (ATO) : des modules en stock, assemblés selon les options choisies. Fabrication à la commande (MTO) : des matières et composants en stock, le produit fait pour le client. Conception à la commande (ETO) : tout commence à la commande, même l’étude.",
        "Make to stock (MTS): finished goods in stock, immediate delivery, but nothing customised and much money tied up. Assemble to order (ATO): modules in stock, assembled to the options chosen. Make to order (MTO): materials and components in stock, the product made for the customer. Engineer to order (ETO): everything starts with the order, even the design."
    ),
    t!(
        "Une stratégie n’est possible que si son délai tient dans ce que le marché accepte et si elle offre la personnalisation demandée. Parmi les possibles, on garde celle qui tient le moins de stock : le stock le plus en amont. Le kanban et la cellule de trois postes montrent le flux tiré à l’œuvre.",
        "A strategy is possible only if its lead time fits within what the market accepts and it offers the customisation wanted. Among the possible ones, the one holding the least stock is kept: the stock furthest upstream. Kanban and the three-station cell show pull at work."
    ),
];

pub const STAGES_GROUP: Text = t!("Délais de chaque étape", "Time of each stage");
pub const DESIGN: Text = t!("Étude (conception à la commande)", "Design (to order)");
pub const BUY: Text = t!("Achat des matières et composants", "Buying materials and components");
pub const MAKE: Text = t!("Fabrication des pièces et sous-ensembles", "Making parts and sub-assemblies");
pub const ASSEMBLE: Text = t!("Assemblage final", "Final assembly");
pub const SHIP: Text = t!("Livraison", "Delivery");
pub const DAYS: Text = t!("jours", "days");
pub const MARKET_GROUP: Text = t!("Le marché", "The market");
pub const ACCEPTED: Text = t!("Délai accepté par le client", "Delay the customer accepts");
pub const CUSTOM: Text = t!("Personnalisation demandée", "Customisation wanted");
pub const VARIABILITY: Text = t!("Variabilité de la demande", "Demand variability");
pub const LOW: Text = t!("faible (demande stable)", "low (steady demand)");
pub const MEDIUM: Text = t!("moyenne", "medium");
pub const HIGH: Text = t!("forte (demande très incertaine)", "high (very uncertain demand)");

pub const fn customisation_name(c: Customisation) -> Text {
    match c {
        Customisation::Standard => t!("produit standard du catalogue", "standard catalogue product"),
        Customisation::Options => t!("options à choisir parmi des modules", "options chosen among modules"),
        Customisation::Specific => t!("fait sur mesure avec des composants standard", "made to measure from standard components"),
        Customisation::Design => t!("conçu pour le client", "designed for the customer"),
    }
}

pub const fn strategy_name(s: Strategy) -> Text {
    match s {
        Strategy::Mts => t!("MTS — fabrication sur stock", "MTS — make to stock"),
        Strategy::Ato => t!("ATO — assemblage à la commande", "ATO — assemble to order"),
        Strategy::Mto => t!("MTO — fabrication à la commande", "MTO — make to order"),
        Strategy::Eto => t!("ETO — conception à la commande", "ETO — engineer to order"),
    }
}

pub const fn stock_name(s: Strategy) -> Text {
    match s {
        Strategy::Mts => t!("produits finis", "finished goods"),
        Strategy::Ato => t!("sous-ensembles (modules)", "sub-assemblies (modules)"),
        Strategy::Mto => t!("matières et composants", "materials and components"),
        Strategy::Eto => t!("aucun (au plus des matières standard)", "none (standard materials at most)"),
    }
}

pub const ADVISED: Text = t!("Stratégie conseillée", "Strategy advised");
pub const DECOUPLING: Text = t!("Stock (point de découplage)", "Stock (decoupling point)");
pub const CUSTOMER_WAIT: Text = t!("Délai du client", "Customer lead time");
pub const NONE_FITS: Text = t!("aucune ne convient", "none fits");

pub const TABLE_TITLE: Text = t!("Les quatre stratégies face à ce marché", "The four strategies against this market");
pub const TABLE: Text = t!(
    "Délai, stock, personnalisation, coût et trésorerie de chaque stratégie",
    "Lead time, stock, customisation, cost and cash of each strategy"
);
pub const COL_STRATEGY: Text = t!("Stratégie", "Strategy");
pub const COL_LEAD: Text = t!("Délai client (jours)", "Customer lead time (days)");
pub const COL_ON_TIME: Text = t!("Dans le délai accepté", "Within the accepted delay");
pub const COL_CUSTOM: Text = t!("Personnalisation possible", "Customisation possible");
pub const COL_STOCK: Text = t!("Stock tenu", "Stock held");
pub const COL_COST: Text = t!("Coût unitaire", "Unit cost");
pub const COL_CASH: Text = t!("Trésorerie", "Cash");
pub const COL_RISK: Text = t!("Risque d’invendus", "Risk of unsold stock");
pub const YES: Text = t!("oui", "yes");
pub const NO: Text = t!("non", "no");

pub const fn unit_cost(s: Strategy) -> Text {
    match s {
        Strategy::Mts => t!("le plus bas (grandes séries)", "lowest (long runs)"),
        Strategy::Ato => t!("bas : finition seule à la commande", "low: only finishing to order"),
        Strategy::Mto => t!("moyen, selon les volumes", "medium, by volume"),
        Strategy::Eto => t!("élevé : études et prototypes", "high: design and prototypes"),
    }
}

pub const fn cash(s: Strategy) -> Text {
    match s {
        Strategy::Mts => t!("beaucoup d’argent dans le stock", "much money tied up in stock"),
        Strategy::Ato => t!("argent dans les modules", "money in the modules"),
        Strategy::Mto => t!("peu de stock, paiement à la livraison", "little stock, paid on delivery"),
        Strategy::Eto => t!("encaissements tardifs (souvent des acomptes)", "late receipts (often down payments)"),
    }
}

pub fn risk(s: Strategy, variability: &str) -> Text {
    match (s, variability) {
        (Strategy::Mts, "high") => t!("élevé : gros stock de sécurité et invendus", "high: large safety stock and unsold goods"),
        (Strategy::Mts, "low") => t!("faible tant que la demande reste stable", "low while demand stays steady"),
        (Strategy::Mts, _) => t!("réel : dépend des prévisions", "real: depends on forecasts"),
        (Strategy::Ato, "high") => t!("moyen : les modules servent plusieurs produits", "medium: modules serve several products"),
        (Strategy::Ato, _) => t!("faible à moyen", "low to medium"),
        (Strategy::Mto | Strategy::Eto, _) => {
            t!("très faible : rien n’est fait sans commande", "very low: nothing is made without an order")
        }
    }
}

pub const CHAIN_TITLE: Text = t!("Où est le stock ?", "Where is the stock?");
pub const CHAIN: Text = t!(
    "La chaîne fournisseur → composants → sous-ensembles → produits finis → client pour chaque stratégie : le triangle marque le stock ; à sa gauche le flux est poussé, à sa droite tiré par la commande",
    "The chain supplier → components → sub-assemblies → finished goods → customer for each strategy: the triangle marks the stock; to its left the flow is pushed, to its right pulled by the order"
);
pub const STAGES: [Text; 5] = [
    t!("Fournisseur", "Supplier"),
    t!("Composants", "Components"),
    t!("Sous-ensembles", "Sub-assemblies"),
    t!("Produits finis", "Finished goods"),
    t!("Client", "Customer"),
];

pub fn verdict(advised: Option<Strategy>, lang: Lang) -> String {
    match (advised, lang) {
        (Some(_), Lang::Fr) => "Tenir le stock le plus en amont possible : tout ce qui est en aval se fait pour un client réel.".to_owned(),
        (Some(_), Lang::En) => "Hold the stock as far upstream as possible: everything downstream is made for a real customer.".to_owned(),
        (None, Lang::Fr) => "Aucune stratégie ne tient à la fois le délai et la personnalisation : raccourcir une étape en aval du stock, négocier le délai, ou réduire la personnalisation offerte.".to_owned(),
        (None, Lang::En) => "No strategy meets both the delay and the customisation: shorten a stage downstream of the stock, negotiate the delay, or offer less customisation.".to_owned(),
    }
}

pub const EXERCISE_HINT: Text = t!(
    "Le délai du client est la somme des étapes en aval du stock. Une stratégie convient si ce délai tient dans le délai accepté et si elle offre la personnalisation demandée ; on garde celle dont le stock est le plus en amont.",
    "The customer’s lead time is the sum of the stages downstream of the stock. A strategy fits if that time is within the accepted delay and it offers the customisation wanted; keep the one whose stock is furthest upstream."
);

pub fn exercise_statement(stages: [f64; 5], accepted: f64, custom: Customisation, lang: Lang) -> String {
    let d = |v: f64| crate::i18n::format_number(v, lang, 2);
    let [design, buy, make, assemble, ship] = stages.map(d);
    let (accepted, custom) = (d(accepted), customisation_name(custom).get(lang));
    match lang {
        Lang::Fr => format!(
            "Étude {design} j, achat {buy} j, fabrication {make} j, assemblage {assemble} j, livraison {ship} j. Le client accepte d’attendre {accepted} j et veut : {custom}. Trouvez le délai du client en ATO et en MTO, et la stratégie conseillée (1 = MTS, 2 = ATO, 3 = MTO, 4 = ETO, 0 = aucune)."
        ),
        Lang::En => format!(
            "Design {design} d, buying {buy} d, making {make} d, assembly {assemble} d, delivery {ship} d. The customer accepts to wait {accepted} d and wants: {custom}. Find the customer lead time under ATO and under MTO, and the strategy advised (1 = MTS, 2 = ATO, 3 = MTO, 4 = ETO, 0 = none)."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "mts" => t!("Délai en MTS : la livraison", "MTS lead time: delivery"),
        "ato" => t!("Délai en ATO : assemblage et livraison", "ATO lead time: assembly and delivery"),
        "mto" => t!("Délai en MTO : fabrication, assemblage, livraison", "MTO lead time: making, assembly, delivery"),
        "eto" => t!("Délai en ETO : toute la chaîne, étude comprise", "ETO lead time: the whole chain, design included"),
        _ => t!("Étape", "Step"),
    }
}
