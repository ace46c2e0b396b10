//! Every word of the make-to-order planning bill lesson, in French and English.

use crate::engine::mto::MtoError;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Nomenclature de planification (fabrication à la commande)", "Planning bill (make to order)");

pub const INTRO: &[Text] = &[
    t!(
        "À la commande, on ne sait pas encore quelles variantes seront vendues, mais les matières se commandent longtemps à l’avance. L’astuce : un produit générique qui représente toutes les variantes dans les proportions de l’an dernier. Sa nomenclature donne, par unité, les kilos de chaque matière à prévoir.",
        "When making to order, which variants will sell is not known yet, but materials must be ordered well ahead. The trick: a generic product standing for every variant in last year’s proportions. Its bill gives, per unit, the kilograms of each material to plan for."
    ),
    t!(
        "Le programme prévoit des unités génériques chaque semaine. Chaque commande ferme enregistrée remplace une unité générique de sa semaine par la variante commandée, avec sa propre nomenclature : les besoins en matières se précisent à mesure que les commandes arrivent.",
        "The schedule plans generic units each week. Each firm order booked replaces a generic unit of its week by the variant ordered, with its own bill: the material needs firm up as orders come in."
    ),
];

pub const FAMILY_GROUP: Text = t!("Familles et matières", "Families and materials");
pub const MATERIALS: Text = t!("Matières", "Materials");
pub const MATERIALS_HINT: Text = t!(
    "Leurs noms, dans l’ordre des parts. Une variante est une famille suivie du numéro de sa matière : PB1, MB2. Dans un lien : materials=Mat1,Mat2.",
    "Their names, in the order of the shares. A variant is a family followed by its material’s number: PB1, MB2. In a link: materials=Mat1,Mat2."
);
pub const FAMILIES: Text = t!("Familles", "Families");
pub const FAMILIES_HINT: Text = t!(
    "Une ligne par famille : nom, masse d’une unité (kg), unités vendues l’an dernier, part de chaque matière (0,6 0,4). Dans un lien : families=PB:1:2000:1,0;MB:2:1000:0.6,0.4.",
    "One line per family: name, mass of a unit (kg), units sold last year, share of each material (0.6 0.4). In a link: families=PB:1:2000:1,0;MB:2:1000:0.6,0.4."
);
pub const COL_FAMILY: Text = t!("Famille", "Family");
pub const COL_MASS: Text = t!("Masse (kg)", "Mass (kg)");
pub const COL_LAST: Text = t!("Vendues l’an dernier", "Sold last year");
pub const COL_SHARES: Text = t!("Part de chaque matière", "Share of each material");
pub const COL_MATERIAL: Text = t!("Matière", "Material");
pub const PLAN_GROUP: Text = t!("Programme et commandes", "Schedule and orders");
pub const WEEKS: Text = t!("Nombre de semaines", "Number of weeks");
pub const PLAN: Text = t!("Unités prévues par semaine", "Units planned per week");
pub const UNITS: Text = t!("unités", "units");
pub const ORDERS: Text = t!("Commandes fermes", "Firm orders");
pub const ORDERS_HINT: Text = t!(
    "Une ligne par variante : quantités commandées semaine par semaine. Dans un lien : orders=PB1:40,40,40;MB2:0,0,30.",
    "One line per variant: quantities ordered week by week. In a link: orders=PB1:40,40,40;MB2:0,0,30."
);
pub const COL_VARIANT: Text = t!("Variante", "Variant");
pub const COL_WEEKLY: Text = t!("Quantités par semaine", "Quantities per week");
pub const ROUND: Text = t!("Coefficients du générique", "Generic coefficients");
pub const ROUND_COURSE: Text = t!("arrondis à 2 décimales, comme le cours (1,06)", "rounded to 2 decimals, as the course (1.06)");
pub const ROUND_EXACT: Text = t!("exacts (1,0571…)", "exact (1.0571…)");

pub const COEF: Text = t!("kg par unité générique", "kg per generic unit");
pub const OVERBOOKED: Text = t!("Semaines où les commandes dépassent le programme", "Weeks whose orders exceed the schedule");
pub const NONE: Text = t!("aucune", "none");
pub const BILL_TITLE: Text = t!("La nomenclature générique", "The generic bill");
pub const FAMILY_TABLE: Text = t!("Nomenclature de chaque famille et part dans le mélange", "Each family’s bill and share of the mix");
pub const COL_MIX: Text = t!("Part du mélange", "Share of the mix");
pub const GENERIC_TABLE: Text = t!("Une unité générique", "One generic unit");
pub const COL_EXACT: Text = t!("Exact (kg)", "Exact (kg)");
pub const COL_USED: Text = t!("Utilisé (kg)", "Used (kg)");
pub const PLAN_TITLE: Text = t!("Programme et besoins en matières, semaine par semaine", "Schedule and material needs, week by week");
pub const GRID: Text =
    t!("Unités génériques, commandes fermes et besoins en matières (kg)", "Generic units, firm orders and material needs (kg)");
pub const CHART: Text =
    t!("Besoins en matières par semaine (les valeurs sont dans la grille)", "Material needs per week (the values are in the grid)");
pub const KG_AXIS: Text = t!("kg", "kg");
pub const ROW_GENERIC: Text = t!("Unités génériques", "Generic units");

pub const EXERCISE_HINT: Text = t!(
    "kg par unité générique = Σ (vendues × masse × part de la matière) ÷ total vendu. Une semaine : génériques × coefficient + commandes × masse de leur famille.",
    "kg per generic unit = Σ (sold × mass × material share) ÷ total sold. A week: generic units × coefficient + orders × their family’s mass."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "coef" => t!("kg de la première matière par unité générique", "kg of the first material per generic unit"),
        "generic" => t!("Unités génériques de la première semaine", "Generic units of the first week"),
        "need" => t!("Besoin de la première matière, première semaine", "Need of the first material, first week"),
        _ => t!("Étape", "Step"),
    }
}

pub fn week_label(w: usize) -> String {
    format!("S{}", w + 1)
}

pub fn error_message(error: MtoError, name: &str, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        MtoError::NoFamilies if fr => "Ajoutez au moins une famille.".to_owned(),
        MtoError::NoFamilies => "Add at least one family.".to_owned(),
        MtoError::Shares(_) if fr => format!("{name} : il faut une part par matière, et leur somme doit faire 1."),
        MtoError::Shares(_) => format!("{name}: one share per material is needed, and they must add up to 1."),
        MtoError::NoHistory if fr => "Aucune unité vendue l’an dernier : le mélange n’est pas défini.".to_owned(),
        MtoError::NoHistory => "No unit sold last year: the mix is not defined.".to_owned(),
        MtoError::TooLong(_) if fr => format!("{name} : plus de semaines que le programme."),
        MtoError::TooLong(_) => format!("{name}: more weeks than the schedule."),
    }
}

pub fn unknown_variant(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{name} : une variante est une famille de la liste suivie du numéro d’une matière (PB1)."),
        Lang::En => format!("{name}: a variant is a listed family followed by a material’s number (PB1)."),
    }
}

pub fn twice(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{name} figure deux fois."),
        Lang::En => format!("{name} is listed twice."),
    }
}
