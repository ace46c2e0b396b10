//! Every word of the ABC lesson, in French and English.

use crate::engine::abc::{AbcError, AbcInput};
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Classification ABC", "ABC classification");

pub const INTRO: &[Text] = &[
    t!(
        "Tous les articles ne méritent pas la même attention. On classe les articles selon leur valeur annuelle, prix unitaire × quantité consommée par an (a·N), du plus important au moins important.",
        "Not every item deserves the same attention. Items are ranked by annual value, unit price × quantity used per year (a·N), from the largest to the smallest."
    ),
    t!(
        "Règle du cours, par nombre d’articles : les 20 % premiers articles forment la classe A, les 40 % suivants la classe B, les 40 % restants la classe C. Règle de Pareto, par valeur : la classe A rassemble les articles qui font les 80 % premiers de la valeur, B va jusqu’à 95 %, C le reste. Souvent, 20 % des articles font environ 80 % de la valeur.",
        "The course’s rule, by number of items: the first 20% of items are class A, the next 40% class B, the last 40% class C. The Pareto rule, by value: class A holds the items making up the first 80% of the value, B goes up to 95%, C the rest. Often, 20% of the items make about 80% of the value."
    ),
    t!(
        "Les articles A se gèrent de près (point de commande, comptages fréquents), les C simplement (grandes quantités, peu de suivi).",
        "Class A items are managed closely (reorder point, frequent counts), class C items simply (large lots, little follow-up)."
    ),
];

pub const ITEMS: Text = t!("Articles", "Items");
pub const COL_NAME: Text = t!("Article", "Item");
pub const COL_QUANTITY: Text = t!("Quantité annuelle N", "Annual quantity N");
pub const COL_PRICE: Text = t!("Prix unitaire a", "Unit price a");
pub const RULE: Text = t!("Règle de classement", "Classification rule");
pub const RULE_COUNT: Text = t!("Par nombre d’articles (cours : 20/40/40 %)", "By number of items (course: 20/40/40%)");
pub const RULE_VALUE: Text = t!("Par valeur cumulée (Pareto : 80/95 %)", "By cumulative value (Pareto: 80/95%)");
pub const A: Text = t!("Limite de la classe A (part cumulée)", "Upper limit of class A (cumulative share)");
pub const B: Text = t!("Limite de la classe B (part cumulée)", "Upper limit of class B (cumulative share)");
pub const THRESHOLD_HINT: Text = t!("Une fraction : 0,8 = 80 %.", "A fraction: 0.8 = 80%.");
pub const SETTINGS: Text = t!("Règle", "Rule");

pub const RESULTS: Text = t!("Résultats", "Results");
pub const TOTAL: Text = t!("Valeur annuelle totale", "Total annual value");
pub const CLASSES: Text = t!("Synthèse par classe", "Summary by class");
pub const COL_CLASS: Text = t!("Classe", "Class");
pub const COL_COUNT: Text = t!("Articles", "Items");
pub const COL_ITEM_SHARE: Text = t!("% des articles", "% of items");
pub const COL_VALUE: Text = t!("Valeur a·N", "Value a·N");
pub const COL_VALUE_SHARE: Text = t!("% de la valeur", "% of value");
pub const COL_RANK: Text = t!("Rang", "Rank");
pub const COL_CUMULATIVE: Text = t!("% cumulé", "Cumulative %");
pub const RANKED: Text = t!("Articles classés par valeur décroissante", "Items ranked by decreasing value");
pub const CHART_TITLE: Text = t!("Diagramme de Pareto", "Pareto chart");
pub const CHART: Text = t!(
    "Diagramme de Pareto : valeur par article et part cumulée (les valeurs sont dans le tableau qui suit)",
    "Pareto chart: value per item and cumulative share (the values are in the table that follows)"
);

pub const EXERCISE_HINT: Text = t!(
    "Calculez a·N pour chaque article, triez par valeur décroissante, puis cumulez les parts : un article est A tant que la part cumulée avant lui est sous 80 %.",
    "Work out a·N for each item, sort by decreasing value, then add up the shares: an item is A while the cumulative share before it is below 80%."
);

pub fn error_message(error: &AbcError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        AbcError::NoItems => (if fr { "Ajoutez au moins un article." } else { "Add at least one item." }).to_owned(),
        AbcError::EmptyName { row } => {
            if fr {
                format!("L’article de la ligne {row} n’a pas de nom.")
            } else {
                format!("The item on row {row} has no name.")
            }
        }
        AbcError::DuplicateName(name) => {
            if fr {
                format!("Deux articles s’appellent « {name} ».")
            } else {
                format!("Two items are named “{name}”.")
            }
        }
        AbcError::InvalidNumber(name) => {
            if fr {
                format!("« {name} » : quantité et prix doivent être des nombres ≥ 0.")
            } else {
                format!("“{name}”: quantity and price must be numbers ≥ 0.")
            }
        }
        AbcError::Thresholds => {
            (if fr { "Les limites doivent vérifier 0 < A < B ≤ 1." } else { "The limits must satisfy 0 < A < B ≤ 1." }).to_owned()
        }
        AbcError::ZeroTotal => {
            (if fr { "La valeur totale est nulle : rien à classer." } else { "The total value is zero: nothing to rank." }).to_owned()
        }
    }
}

pub fn exercise_statement(s: &AbcInput, lang: Lang) -> String {
    use crate::i18n::format_number as num;
    let list = s
        .items
        .iter()
        .map(|i| format!("{} : {} × {}", i.name, num(i.annual_quantity, lang, 2), num(i.unit_price, lang, 2)))
        .collect::<Vec<_>>()
        .join(" ; ");
    match lang {
        Lang::Fr => format!(
            "Voici les articles (quantité annuelle × prix unitaire) : {list}. Classez-les avec la règle de Pareto 80/95 % de la valeur."
        ),
        Lang::En => {
            format!("Here are the items (annual quantity × unit price): {list}. Classify them with the Pareto rule, 80/95% of value.")
        }
    }
}
