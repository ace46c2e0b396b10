//! Every word of the safety stock and reorder point lesson, in French and English.

use crate::engine::safety_stock::SafetyStockInput;
use crate::engine::safety_stock::{SafetyStockError, SafetyStockField};
use crate::i18n::{format_number as num, format_percent, plural, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Stock de sécurité et point de commande", "Safety stock and reorder point");

pub const INTRO: &[Text] = &[
    t!(
        "Entre le moment où l’on commande et celui où l’on reçoit, la consommation continue. Le point de commande PC est le niveau de stock auquel il faut commander pour ne pas tomber en rupture pendant ce délai : la consommation moyenne pendant le délai, plus un stock de sécurité SS qui absorbe les écarts.",
        "Between placing an order and receiving it, consumption goes on. The reorder point PC is the stock level at which to order so as not to run out during that lead time: the mean consumption over the lead time, plus a safety stock SS that absorbs the deviations."
    ),
    t!(
        "Méthode statistique : SS = z·σ, où z vient du taux de service visé (la probabilité de ne pas tomber en rupture pendant un délai) et σ mesure la dispersion de la demande pendant le délai. Le cours prend σ = Csd·LT, comme si toutes les périodes du délai variaient ensemble ; la plupart des manuels supposent les périodes indépendantes, σ = Csd·√LT, ce qui donne un stock plus petit dès que LT > 1. Si le délai lui-même varie, σ = √(LT·Csd² + Cmoy²·sdLT²).",
        "Statistical method: SS = z·σ, where z comes from the target service level (the probability of not running out during one lead time) and σ measures how demand over the lead time spreads. The course takes σ = Csd·LT, as if every period of the lead time moved together; most textbooks assume independent periods, σ = Csd·√LT, which gives a smaller stock as soon as LT > 1. If the lead time itself varies, σ = √(LT·Csd² + Cmoy²·sdLT²)."
    ),
    t!(
        "Méthode géométrique (pire cas) : on couvre la plus forte consommation pendant le plus long délai, SS = Cmax·LTmax − Cmoy·LT. Le cours lit z dans une table (1,65 pour 95 %, 2,33 pour 99 %) ; ici z est calculé exactement, et la valeur de la table est rappelée.",
        "Worst-case (geometric) method: cover the highest consumption over the longest lead time, SS = Cmax·LTmax − Cmoy·LT. The course reads z from a table (1.65 for 95%, 2.33 for 99%); here z is computed exactly and the table value is shown beside it."
    ),
];

pub const METHOD: Text = t!("Méthode", "Method");
pub const METHOD_STAT: Text = t!("Statistique (taux de service)", "Statistical (service level)");
pub const METHOD_WORST: Text = t!("Géométrique (pire cas)", "Worst case (geometric)");
pub const MODEL: Text = t!("Modèle de dispersion", "Spread model");
pub const MODEL_COURSE: Text = t!("Cours : σ = Csd·LT", "Course: σ = Csd·LT");
pub const MODEL_SQRT: Text = t!("Périodes indépendantes : σ = Csd·√LT", "Independent periods: σ = Csd·√LT");
pub const D: Text = t!("Consommation moyenne par période Cmoy", "Mean consumption per period Cmoy");
pub const SD: Text = t!("Écart type de la consommation Csd", "Standard deviation of consumption Csd");
pub const LT: Text = t!("Délai moyen LT", "Mean lead time LT");
pub const SL: Text = t!("Taux de service visé", "Target service level");
pub const SL_HINT: Text =
    t!("Une fraction : 0,95 = 95 % des délais sans rupture.", "A fraction: 0.95 = 95% of lead times without a stockout.");
pub const SDLT: Text = t!("Écart type du délai (avancé)", "Standard deviation of the lead time (advanced)");
pub const SDLT_HINT: Text = t!("Laissez vide si le délai est fixe.", "Leave empty if the lead time is fixed.");
pub const DMAX: Text = t!("Consommation maximale par période Cmax", "Maximum consumption per period Cmax");
pub const LTMAX: Text = t!("Délai maximal LTmax", "Longest lead time LTmax");
pub const TRIAL: Text = t!("Et avec ce stock de sécurité ?", "And with this safety stock?");
pub const TRIAL_HINT: Text =
    t!("Facultatif : le taux de service qu’il donnerait (usage inverse).", "Optional: the service level it would give (the inverse use).");
pub const RESULT_TRIAL_SERVICE: Text = t!("Taux de service avec ce stock", "Service level with this stock");
pub const RESULT_TRIAL_STOCKOUT: Text = t!("Probabilité de rupture avec ce stock", "Stockout probability with this stock");
pub const UNITS_PER_PERIOD: Text = t!("unités/période", "units/period");
pub const PERIODS: Text = t!("périodes", "periods");
pub const UNITS: Text = t!("unités", "units");

pub const INPUTS: Text = t!("Données", "Inputs");
pub const RESULTS: Text = t!("Résultats", "Results");
pub const RESULT_Z: Text = t!("Coefficient z", "Coefficient z");
pub const RESULT_TABLE_Z: Text = t!("z dans la table du cours", "z in the course’s table");
pub const RESULT_SS: Text = t!("Stock de sécurité SS", "Safety stock SS");
pub const RESULT_PC: Text = t!("Point de commande PC", "Reorder point PC");
pub const RESULT_MEAN: Text = t!("Consommation moyenne pendant le délai", "Mean consumption over the lead time");
pub const RESULT_SIGMA: Text = t!("Écart type pendant le délai σ", "Standard deviation over the lead time σ");
pub const RESULT_SERVICE: Text = t!("Taux de service obtenu", "Service level achieved");
pub const RESULT_STOCKOUT: Text = t!("Probabilité de rupture par délai", "Stockout probability per lead time");

pub const CHART: Text = t!(
    "Demande pendant le délai : loi normale, point de commande et zone de rupture (les valeurs sont dans le tableau qui suit)",
    "Demand over the lead time: normal curve, reorder point and stockout area (the values are in the table that follows)"
);
pub const CHART_TITLE: Text = t!("Graphique", "Chart");
pub const NO_CHART: Text = t!(
    "Sans dispersion (Csd = 0), la demande pendant le délai est certaine : il n’y a pas de courbe.",
    "With no spread (Csd = 0), demand over the lead time is certain: there is no curve."
);
pub const TABLE: Text = t!(
    "Probabilité de couvrir la demande selon le stock au moment de commander",
    "Probability of covering demand for a given stock at the time of ordering"
);
pub const COL_LEVEL: Text = t!("Stock au moment de commander", "Stock when ordering");
pub const COL_Z: Text = t!("z", "z");
pub const COL_COVER: Text = t!("P(pas de rupture)", "P(no stockout)");
pub const COL_TAIL: Text = t!("P(rupture)", "P(stockout)");
pub const STEPS: Text = t!("Calcul détaillé", "Worked steps");

pub const EXERCISE_HINT: Text = t!(
    "z = Φ⁻¹(taux de service) (1,645 pour 95 %). Avec le modèle du cours, SS = z·Csd·LT ; puis PC = SS + Cmoy·LT.",
    "z = Φ⁻¹(service level) (1.645 for 95%). With the course model, SS = z·Csd·LT; then PC = SS + Cmoy·LT."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "z" => t!("Coefficient de sécurité", "Safety factor"),
        "sigma" => t!("Dispersion pendant le délai", "Spread over the lead time"),
        "ss" => t!("Stock de sécurité", "Safety stock"),
        "pc" => t!("Point de commande", "Reorder point"),
        "service" => t!("Taux de service obtenu", "Service level achieved"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: SafetyStockError, lang: Lang) -> String {
    let name = error.field().param();
    let fr = lang == Lang::Fr;
    match error {
        SafetyStockError::Negative(SafetyStockField::Ss) => {
            (if fr { "Le stock de sécurité essayé ne peut pas être négatif." } else { "The trial safety stock cannot be negative." })
                .to_owned()
        }
        SafetyStockError::NotPositive(_) => {
            if fr {
                format!("{name} doit être supérieur à 0.")
            } else {
                format!("{name} must be greater than 0.")
            }
        }
        SafetyStockError::Negative(_) => {
            if fr {
                format!("{name} ne peut pas être négatif.")
            } else {
                format!("{name} cannot be negative.")
            }
        }
        SafetyStockError::ServiceLevelOutOfRange => (if fr {
            "Le taux de service doit être entre 0 et 1 (exclus)."
        } else {
            "The service level must be between 0 and 1 (exclusive)."
        })
        .to_owned(),
        SafetyStockError::Missing(SafetyStockField::Dmax) => {
            (if fr { "Donnez Cmax pour la méthode géométrique." } else { "Give Cmax for the worst-case method." }).to_owned()
        }
        SafetyStockError::Missing(_) => {
            (if fr { "Donnez LTmax pour la méthode géométrique." } else { "Give LTmax for the worst-case method." }).to_owned()
        }
        SafetyStockError::MaxBelowMean(SafetyStockField::Dmax) => {
            (if fr { "Cmax ne peut pas être inférieur à Cmoy." } else { "Cmax cannot be below Cmoy." }).to_owned()
        }
        SafetyStockError::MaxBelowMean(_) => {
            (if fr { "LTmax ne peut pas être inférieur à LT." } else { "LTmax cannot be below LT." }).to_owned()
        }
    }
}

pub fn exercise_statement(s: &SafetyStockInput, lang: Lang) -> String {
    let weeks = plural(lang, s.lead_time, t!("semaine", "week"), t!("semaines", "weeks"));
    match lang {
        Lang::Fr => format!(
            "Un article est consommé en moyenne à {} unités par semaine, avec un écart type de {} unités. Le délai de livraison est de {} {}. On vise un taux de service de {}. Avec le modèle du cours (σ = Csd·LT), calculez z, le stock de sécurité et le point de commande.",
            num(s.mean_demand, lang, 2), num(s.sd_demand, lang, 2), num(s.lead_time, lang, 2), weeks, format_percent(s.service_level, lang, 1)
        ),
        Lang::En => format!(
            "An item is used at {} units a week on average, with a standard deviation of {} units. The lead time is {} {}. The target service level is {}. With the course model (σ = Csd·LT), find z, the safety stock and the reorder point.",
            num(s.mean_demand, lang, 2), num(s.sd_demand, lang, 2), num(s.lead_time, lang, 2), weeks, format_percent(s.service_level, lang, 1)
        ),
    }
}
