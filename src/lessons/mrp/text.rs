//! Every word of the MRP lesson, in French and English.

use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Calcul des besoins (MRP)", "Material requirements planning (MRP)");

pub const INTRO: &[Text] = &[
    t!(
        "La nomenclature dit de quoi chaque article est fait : un sous-ensemble demande deux composants, un composant 0,1 kg de matière. Le programme directeur fixe ce qu’il faut livrer ; le calcul des besoins en déduit, article par article, ce qu’il faut lancer et quand.",
        "The bill of materials says what each item is made of: a subassembly takes two components, a component 0.1 kg of material. The master schedule sets what must be delivered; material requirements planning works out, item by item, what must be ordered and when."
    ),
    t!(
        "Pour chaque article et chaque période : besoin brut (demande propre + lancements des parents × coefficient), disponible projeté (stock − stock de sécurité + réceptions attendues + réceptions planifiées − besoin brut), besoin net quand le disponible ne suffit plus, ordre planifié (taille de lot, rebut), puis lancement décalé du délai. Un article est calculé à son niveau le plus bas (code de plus bas niveau), une fois que tous ses parents ont lancé leurs ordres.",
        "For each item and period: gross requirement (own demand + parents’ releases × quantity per), projected available (stock − safety stock + scheduled receipts + planned receipts − gross), net requirement when the available no longer covers it, planned order (lot size, scrap), then the release offset by the lead time. An item is planned at its lowest level (low-level code), once all its parents have released their orders."
    ),
    t!(
        "Touchez une case calculée pour voir d’où vient son nombre, ou remplissez une grille vous-même : chaque case est vérifiée et la première erreur expliquée.",
        "Touch a computed cell to see where its number comes from, or fill a grid yourself: each cell is checked and the first mistake explained."
    ),
];

pub const HORIZON_GROUP: Text = t!("Horizon et articles", "Horizon and items");
pub const PERIODS: Text = t!("Nombre de périodes", "Number of periods");
pub const ITEMS: Text = t!("Articles", "Items");
pub const ITEMS_HINT: Text = t!(
    "Une ligne par article : nom, délai (en périodes, 0,5 compte pour une période entière), stock, règle de lot : l4l (lot pour lot), fixed250 (multiples de 250), group3 (blocs de 3 périodes, comme le cours), poq3 (3 périodes à partir du premier besoin). Dans un lien : items=SE:1:350:fixed250;C:2:100:fixed500.",
    "One line per item: name, lead time (in periods; 0.5 counts as a whole period), on hand, lot rule: l4l (lot for lot), fixed250 (multiples of 250), group3 (blocks of 3 periods, as the course), poq3 (3 periods from the first need). In a link: items=SE:1:350:fixed250;C:2:100:fixed500."
);
pub const COL_ITEM: Text = t!("Article", "Item");
pub const COL_LEAD: Text = t!("Délai", "Lead time");
pub const COL_ON_HAND: Text = t!("Stock", "On hand");
pub const COL_RULE: Text = t!("Règle de lot", "Lot rule");
pub const BOM_GROUP: Text = t!("Nomenclature", "Bill of materials");
pub const BOM: Text = t!("Liens de nomenclature", "Bill of materials links");
pub const BOM_HINT: Text = t!(
    "Une ligne par lien : parent, composant, quantité par parent (décimales permises : 0,1 kg). Dans un lien : bom=SE/C:2;C/M:0.1.",
    "One line per link: parent, component, quantity per parent (decimals allowed: 0.1 kg). In a link: bom=SE/C:2;C/M:0.1."
);
pub const COL_PARENT: Text = t!("Parent", "Parent");
pub const COL_CHILD: Text = t!("Composant", "Component");
pub const COL_PER: Text = t!("Quantité par parent", "Quantity per parent");
pub const DEMAND_GROUP: Text = t!("Demande et réceptions", "Demand and receipts");
pub const DEMAND: Text = t!("Besoins indépendants", "Independent demand");
pub const DEMAND_HINT: Text = t!(
    "Les besoins bruts propres d’un article, période par période, séparés par des espaces. Dans un lien : demand=SE:120,150,220,200,150.",
    "An item’s own gross requirements, period by period, separated by spaces. In a link: demand=SE:120,150,220,200,150."
);
pub const RECEIPTS: Text = t!("Réceptions attendues", "Scheduled receipts");
pub const RECEIPTS_HINT: Text = t!(
    "Les ordres déjà lancés, par période de réception. Dans un lien : receipts=C:0,500,0,0,0.",
    "Orders already released, by period of receipt. In a link: receipts=C:0,500,0,0,0."
);
pub const COL_PER_PERIOD: Text = t!("Quantités par période", "Quantities per period");
pub const OPTIONS_GROUP: Text = t!("Stock de sécurité, rebut, articles fantômes", "Safety stock, scrap, phantom items");
pub const SS: Text = t!("Stocks de sécurité", "Safety stocks");
pub const SS_HINT: Text = t!("Dans un lien : ss=SE:50. Un article absent n’en a pas.", "In a link: ss=SE:50. An item not listed has none.");
pub const COL_SS: Text = t!("Stock de sécurité", "Safety stock");
pub const SCRAP: Text = t!("Taux de rebut", "Scrap rates");
pub const SCRAP_HINT: Text = t!(
    "La part des pièces fabriquées qui sera rebutée (0,02 pour 2 %) : l’ordre est besoin × (1 + rebut), arrondi à l’entier supérieur. Dans un lien : scrap=SE:0.02.",
    "The share of parts made that will be scrapped (0.02 for 2 %): the order is need × (1 + scrap), rounded up. In a link: scrap=SE:0.02."
);
pub const COL_SCRAP: Text = t!("Rebut", "Scrap");
pub const PHANTOM: Text = t!("Articles fantômes", "Phantom items");
pub const PHANTOM_HINT: Text = t!(
    "Un sous-ensemble jamais stocké : aussitôt fait, aussitôt monté. Son besoin passe à ses composants dans la même période. Dans un lien : phantom=SE1,SE2.",
    "A subassembly never stocked: made and built in at once. Its need passes to its components in the same period. In a link: phantom=SE1,SE2."
);
pub const VIEW_GROUP: Text = t!("Grilles affichées", "Grids shown");
pub const SHOW: Text = t!("Articles à afficher", "Items to show");
pub const SHOW_HINT: Text = t!(
    "Vide : toutes les grilles (au plus 20, et 5 sur 52 périodes). Sinon, les articles nommés. Dans un lien : show=C,M.",
    "Empty: every grid (at most 20, and 5 over 52 periods). Otherwise the items named. In a link: show=C,M."
);
pub const LEVEL: Text = t!("Révéler jusqu’au niveau", "Reveal down to level");
pub const LEVEL_HINT: Text = t!(
    "0 : les produits finis seulement ; 1 : et leurs composants… Vide : tous les niveaux. Faites le niveau suivant à la main avant de le révéler.",
    "0: end items only; 1: and their components… Empty: every level. Work the next level by hand before revealing it."
);
pub const UNITS: Text = t!("périodes", "periods");

pub const ORDERS: Text = t!("Ordres planifiés", "Planned orders");
pub const LATE: Text = t!("Lancements en retard", "Past-due releases");
pub const LEVELS: Text = t!("Niveaux", "Levels");
pub const CUMULATIVE: Text = t!("Délai cumulé le plus long", "Longest cumulative lead time");
pub const NONE: Text = t!("aucun", "none");

pub const STRUCTURE_TITLE: Text = t!("La nomenclature", "The bill of materials");
pub const DIAGRAM: Text = t!(
    "Nomenclature, un niveau par colonne. Sous chaque article : son délai (à gauche) et son délai cumulé (à droite). En gras : la chaîne du délai cumulé le plus long.",
    "Bill of materials, one level per column. Under each item: its lead time (left) and cumulative lead time (right). In bold: the chain of the longest cumulative lead time."
);
pub const DIAGRAM_TOO_BIG: Text = t!(
    "Le schéma n’est dessiné que jusqu’à 40 articles ; l’arbre et le tableau des articles les montrent tous.",
    "The diagram is drawn for up to 40 items; the tree and the item table show them all."
);
pub const TREE: Text = t!("Nomenclature arborescente (indentée)", "Indented bill of materials");
pub const TREE_TOO_BIG: Text = t!(
    "L’arbre est coupé à 200 lignes : un article utilisé à plusieurs endroits y revient à chaque fois.",
    "The tree stops at 200 lines: an item used in several places comes back each time."
);
pub const COL_LEVEL: Text = t!("Niveau", "Level");
pub const COL_PER_END: Text = t!("Quantité par produit fini", "Quantity per end item");
pub const ITEMS_TABLE: Text = t!("Codes de plus bas niveau et délais cumulés", "Low-level codes and cumulative lead times");
pub const COL_LLC: Text = t!("Code de plus bas niveau", "Low-level code");
pub const COL_CUMULATIVE: Text = t!("Délai cumulé", "Cumulative lead time");
pub const COL_PAST_DUE: Text = t!("Lancement en retard", "Past-due release");
pub const GRIDS_TITLE: Text = t!("Grilles de calcul des besoins, niveau par niveau", "MRP grids, level by level");
pub const HIDDEN_GRIDS: Text = t!(
    "Autres grilles masquées : nommez des articles dans « Articles à afficher » ou choisissez un niveau.",
    "Other grids hidden: name items in “Items to show” or choose a level."
);

pub const ROW_GROSS: Text = t!("Besoins bruts", "Gross requirements");
pub const ROW_SCHED: Text = t!("Réceptions attendues", "Scheduled receipts");
pub const ROW_AVAIL: Text = t!("Disponible projeté", "Projected available");
pub const ROW_NET: Text = t!("Besoins nets", "Net requirements");
pub const ROW_RECEIPT: Text = t!("Réceptions d’ordres planifiés", "Planned order receipts");
pub const ROW_RELEASE: Text = t!("Lancements d’ordres planifiés", "Planned order releases");
pub const START: Text = t!("Départ", "Start");

pub const EXERCISE_HINT: Text = t!(
    "Commencez par le produit fini : ses lancements, multipliés par le coefficient, sont les besoins bruts de ses composants. Un composant utilisé à deux niveaux se calcule au plus bas, après tous ses parents.",
    "Start with the end item: its releases, times the quantity per, are its components’ gross requirements. A component used at two levels is planned at the lowest, after all its parents."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "gross" => t!("Besoin brut", "Gross requirement"),
        "net" => t!("Besoin net", "Net requirement"),
        "order" => t!("Ordre planifié (taille de lot, rebut)", "Planned order (lot size, scrap)"),
        "release" => t!("Lancement : la réception avancée du délai", "Release: the receipt moved back by the lead time"),
        _ => t!("Étape", "Step"),
    }
}

pub fn period_label(t: usize) -> String {
    format!("S{}", t + 1)
}

pub fn rule_name(rule: crate::engine::mrp::LotRule, lang: Lang, number: &dyn Fn(f64) -> String) -> String {
    use crate::engine::mrp::LotRule;
    match (rule, lang) {
        (LotRule::LotForLot, Lang::Fr) => "lot pour lot".to_owned(),
        (LotRule::LotForLot, Lang::En) => "lot for lot".to_owned(),
        (LotRule::Fixed(q), Lang::Fr) => format!("lots de {}", number(q)),
        (LotRule::Fixed(q), Lang::En) => format!("lots of {}", number(q)),
        (LotRule::Group(k), Lang::Fr) => format!("regroupement par blocs de {k} périodes"),
        (LotRule::Group(k), Lang::En) => format!("grouping by blocks of {k} periods"),
        (LotRule::Poq(k), Lang::Fr) => format!("{k} périodes dès le premier besoin (glissant)"),
        (LotRule::Poq(k), Lang::En) => format!("{k} periods from the first need (rolling)"),
    }
}

pub fn level_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "niveau",
        Lang::En => "level",
    }
}

pub fn phantom_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fantôme",
        Lang::En => "phantom",
    }
}

pub fn past_due_caption(quantity: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("lancement en retard : {quantity} (à lancer avant la période 1)"),
        Lang::En => format!("past-due release: {quantity} (due before period 1)"),
    }
}

pub fn shown_count(shown: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{shown} grilles sur {total}"),
        Lang::En => format!("{shown} grids of {total}"),
    }
}

/// What is wrong with the values, in the learner's language; `name` is the item or link at fault.
pub enum Fault<'a> {
    NoItems,
    DuplicateItem(&'a str),
    Rule(&'a str),
    UnknownInLink(&'a str),
    Quantity(&'a str),
    Cycle(&'a [String]),
    UnknownRowItem(&'a str),
    TwiceListed(&'a str),
    TooLong(&'a str, usize),
}

pub fn message(fault: &Fault, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match fault {
        Fault::NoItems if fr => "Ajoutez au moins un article.".to_owned(),
        Fault::NoItems => "Add at least one item.".to_owned(),
        Fault::DuplicateItem(name) if fr => format!("L’article {name} figure deux fois."),
        Fault::DuplicateItem(name) => format!("Item {name} is listed twice."),
        Fault::Rule(name) if fr => {
            format!("{name} : règle de lot inconnue ; écrivez l4l, fixed250, group3 ou poq3 (une quantité ou un nombre de périodes au-dessus de 0).")
        }
        Fault::Rule(name) => {
            format!("{name}: unknown lot rule; write l4l, fixed250, group3 or poq3 (a quantity or a number of periods above 0).")
        }
        Fault::UnknownInLink(link) if fr => format!("Le lien {link} nomme un article absent de la liste des articles."),
        Fault::UnknownInLink(link) => format!("Link {link} names an item that is not in the item list."),
        Fault::Quantity(link) if fr => format!("Le lien {link} : la quantité par parent doit être au-dessus de 0."),
        Fault::Quantity(link) => format!("Link {link}: the quantity per parent must be above 0."),
        Fault::Cycle(items) if fr => {
            format!("La nomenclature tourne en rond : {}. Un article ne peut pas entrer dans sa propre fabrication.", cycle(items))
        }
        Fault::Cycle(items) => {
            format!("The bill of materials goes round in a circle: {}. An item cannot go into its own making.", cycle(items))
        }
        Fault::UnknownRowItem(name) if fr => format!("{name} n’est pas dans la liste des articles."),
        Fault::UnknownRowItem(name) => format!("{name} is not in the item list."),
        Fault::TwiceListed(name) if fr => format!("{name} figure deux fois dans ce tableau."),
        Fault::TwiceListed(name) => format!("{name} is listed twice in this table."),
        Fault::TooLong(name, periods) if fr => format!("{name} : plus de valeurs que les {periods} périodes de l’horizon."),
        Fault::TooLong(name, periods) => format!("{name}: more values than the horizon’s {periods} periods."),
    }
}

fn cycle(items: &[String]) -> String {
    let mut names: Vec<&str> = items.iter().map(String::as_str).collect();
    names.extend(items.first().map(String::as_str));
    names.join(" → ")
}
