//! Every word of the control chart lesson, in French and English.

use crate::engine::spc::{Process, Rule, SpcError};
use crate::i18n::{format_number as num, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Cartes de contrôle x̄ et R", "x̄ and R control charts");

pub const INTRO: &[Text] = &[
    t!(
        "Plutôt que de trier les pièces après coup, on surveille le procédé pendant qu’il produit : à intervalles réguliers, on mesure un petit échantillon de n pièces et l’on porte sa moyenne x̄ et son étendue R (la plus grande moins la plus petite mesure) sur deux cartes.",
        "Rather than sorting parts afterwards, the process is watched while it runs: at regular intervals a small sample of n parts is measured, and its mean x̄ and its range R (the largest minus the smallest measure) are plotted on two charts."
    ),
    t!(
        "La moyenne d’un échantillon varie moins que les pièces : son écart type est σ/√n. Autour de la moyenne du procédé, la carte est découpée en zones de un, deux et trois σ_x̄ : un procédé stable y met environ 68 % des points dans la zone 1, 27 % dans la zone 2, 4 % dans la zone 3, et un point sur 370 au-delà. Quand on ne connaît pas le procédé, les limites sont estimées à partir des échantillons eux-mêmes : x̿ ± A2·R̄ pour x̄, de D3·R̄ à D4·R̄ pour R.",
        "A sample mean varies less than the parts do: its standard deviation is σ/√n. Around the process mean, the chart is divided into zones of one, two and three σ_x̄: a stable process puts about 68 % of the points in zone 1, 27 % in zone 2, 4 % in zone 3 and one point in 370 beyond. When the process is not known, the limits are estimated from the samples themselves: x̿ ± A2·R̄ for x̄, D3·R̄ to D4·R̄ for R."
    ),
    t!(
        "Un point hors des limites n’est pas le seul signal : des configurations trop improbables pour le hasard trahissent une dérive avant qu’elle ne fasse des rebuts — deux points sur trois au-delà de 2σ du même côté, quatre sur cinq au-delà de 1σ, huit de suite du même côté, six qui montent ou descendent sans arrêt. Une carte saine n’a pas de tendance, est symétrique et garde l’essentiel de ses points dans la zone 1.",
        "A point beyond the limits is not the only signal: patterns too unlikely to be chance reveal a drift before it makes scrap — two points out of three beyond 2σ on the same side, four out of five beyond 1σ, eight in a row on one side, six rising or falling without a break. A healthy chart has no trend, is symmetric and keeps most of its points in zone 1."
    ),
];

pub const PROCESS: Text = t!("Procédé connu", "Known process");
pub const MEAN: Text = t!("Moyenne μ", "Mean μ");
pub const SD: Text = t!("Écart type σ", "Standard deviation σ");
pub const N: Text = t!("Taille des échantillons n", "Sample size n");
pub const N_HINT: Text = t!(
    "De 2 à 10 pièces par échantillon (les constantes A2, D3, D4 sont tabulées).",
    "2 to 10 parts per sample (the constants A2, D3, D4 are tabled)."
);
pub const MM: Text = t!("mm", "mm");
pub const PARTS: Text = t!("pièces", "parts");

pub const SAMPLES_GROUP: Text = t!("Échantillons", "Samples");
pub const SOURCE: Text = t!("Échantillons portés sur les cartes", "Samples on the charts");
pub const SIMULATED: Text = t!("simulés à partir du procédé", "simulated from the process");
pub const DATA: Text = t!("saisis ou collés", "typed or pasted");
pub const SEED: Text = t!("Graine du tirage", "Seed of the draw");
pub const SEED_HINT: Text = t!("La même graine redonne les mêmes échantillons.", "The same seed gives the same samples again.");
pub const COUNT: Text = t!("Nombre d’échantillons", "Number of samples");
pub const FROM: Text = t!("Le procédé change à partir de l’échantillon", "The process changes from sample");
pub const FROM_HINT: Text = t!("Facultatif : sans lui, le procédé reste stable.", "Optional: without it, the process stays stable.");
pub const SHIFT: Text = t!("Décalage soudain de la moyenne", "Sudden shift of the mean");
pub const DRIFT: Text = t!("Dérive de la moyenne par échantillon", "Drift of the mean per sample");
pub const SAMPLES: Text = t!("Mesures, un échantillon par ligne", "Measures, one sample per line");
pub const COL_VALUES: Text = t!("Mesures (séparées par des espaces)", "Measures (separated by spaces)");
pub const SAMPLES_HINT: Text = t!(
    "Chaque ligne : les n mesures d’un échantillon, séparées par des espaces (virgule décimale acceptée). Dans un lien : samples=50.01,49.99,50.00,50.02;…",
    "Each line: the n measures of one sample, separated by spaces (decimal comma accepted). In a link: samples=50.01,49.99,50.00,50.02;…"
);
pub const RULES: Text = t!("Règles de détection", "Run rules");

pub const fn rule_name(rule: Rule) -> Text {
    match rule {
        Rule::Beyond3 => t!("un point au-delà de 3σ", "one point beyond 3σ"),
        Rule::TwoOfThree => t!("2 points sur 3 au-delà de 2σ, du même côté", "2 of 3 points beyond 2σ, on one side"),
        Rule::FourOfFive => t!("4 points sur 5 au-delà de 1σ, du même côté", "4 of 5 points beyond 1σ, on one side"),
        Rule::EightOneSide => t!("8 points de suite du même côté", "8 points in a row on one side"),
        Rule::SixTrend => t!("6 points de suite qui montent ou descendent", "6 points in a row rising or falling"),
    }
}

pub const SD_MEAN: Text = t!("Écart type des moyennes σ_x̄ = σ/√n", "Standard deviation of the means σ_x̄ = σ/√n");
pub const GRAND_MEAN: Text = t!("Moyenne des moyennes x̿", "Mean of the means x̿");
pub const MEAN_RANGE: Text = t!("Étendue moyenne R̄", "Mean range R̄");
pub const UCL: Text = t!("Limite haute x̄ (x̿ + A2·R̄)", "Upper limit x̄ (x̿ + A2·R̄)");
pub const LCL: Text = t!("Limite basse x̄ (x̿ − A2·R̄)", "Lower limit x̄ (x̿ − A2·R̄)");
pub const RANGE_UCL: Text = t!("Limite haute R (D4·R̄)", "Upper limit R (D4·R̄)");
pub const FLAGGED: Text = t!("Échantillons signalés", "Samples flagged");

pub const ZONES_TITLE: Text = t!("Zones du procédé connu", "Zones of the known process");
pub const ZONES: Text = t!("Zones de la carte x̄ et part attendue des moyennes", "Zones of the x̄ chart and expected share of the means");
pub const COL_ZONE: Text = t!("Zone", "Zone");
pub const COL_LOW: Text = t!("De", "From");
pub const COL_HIGH: Text = t!("À", "To");
pub const COL_SHARE: Text = t!("Part attendue", "Expected share");
pub const BEYOND: Text = t!("au-delà de 3σ", "beyond 3σ");

pub const CHARTS_TITLE: Text = t!("Cartes x̄ et R", "x̄ and R charts");
pub const MEAN_CHART: Text = t!(
    "Carte x̄ : moyenne de chaque échantillon, ligne centrale, limites et zones estimées des données, points signalés marqués (les valeurs sont dans le tableau qui suit)",
    "x̄ chart: each sample’s mean, centre line, limits and zones estimated from the data, flagged points marked (the values are in the table that follows)"
);
pub const RANGE_CHART: Text = t!(
    "Carte R : étendue de chaque échantillon et ses limites (les valeurs sont dans le tableau qui suit)",
    "R chart: each sample’s range and its limits (the values are in the table that follows)"
);
pub const SAMPLES_TABLE: Text = t!("Moyenne et étendue de chaque échantillon", "Mean and range of each sample");
pub const RANGES_TABLE: Text = t!("Étendue de chaque échantillon", "Range of each sample");
pub const COL_SAMPLE: Text = t!("Échantillon", "Sample");
pub const COL_MEAN: Text = t!("x̄", "x̄");
pub const COL_RANGE: Text = t!("R", "R");
pub const COL_MEASURES: Text = t!("Mesures", "Measures");
pub const COL_Z: Text = t!("Écart en σ_x̄", "Gap in σ_x̄");

pub const FLAGS_TITLE: Text = t!("Signaux", "Signals");
pub const FLAGS_TABLE: Text = t!("Échantillons signalés par chaque règle", "Samples flagged by each rule");
pub const COL_RULE: Text = t!("Règle", "Rule");
pub const NO_FLAG: Text = t!(
    "Aucune règle active ne signale d’échantillon : rien ne distingue ces variations du hasard.",
    "No active rule flags a sample: nothing sets these variations apart from chance."
);

pub const EXERCISE_HINT: Text = t!(
    "La moyenne de n pièces a pour écart type σ/√n ; les zones sont à 1, 2 et 3 fois cet écart de la moyenne ; la zone 1 contient 68,27 % des moyennes.",
    "The mean of n parts has standard deviation σ/√n; the zones lie 1, 2 and 3 times that from the mean; zone 1 holds 68.27 % of the means."
);

pub fn exercise_statement(process: &Process, lang: Lang) -> String {
    let (mean, sd, n) = (num(process.mean, lang, 4), num(process.sd, lang, 4), process.n);
    match lang {
        Lang::Fr => format!(
            "Un tour produit des pièces de cote moyenne {mean} mm avec un écart type de {sd} mm. On prélève des échantillons de {n} pièces. Trouvez l’écart type des moyennes d’échantillon, la limite haute de la zone 3 de la carte x̄ et la part des moyennes attendue dans la zone 1 (en %)."
        ),
        Lang::En => format!(
            "A lathe makes parts of mean size {mean} mm with a standard deviation of {sd} mm. Samples of {n} parts are taken. Find the standard deviation of the sample means, the upper bound of zone 3 of the x̄ chart and the share of the means expected in zone 1 (in %)."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "sd_mean" => t!("Écart type des moyennes d’échantillon", "Standard deviation of the sample means"),
        "zone3" => t!("Limite haute de la zone 3 (procédé connu)", "Upper bound of zone 3 (known process)"),
        "grand_mean" => t!("Moyenne des moyennes", "Mean of the means"),
        "mean_range" => t!("Étendue moyenne", "Mean range"),
        "ucl" => t!("Limite haute de la carte x̄, estimée des données", "Upper limit of the x̄ chart, from the data"),
        "lcl" => t!("Limite basse de la carte x̄", "Lower limit of the x̄ chart"),
        "ucl_r" => t!("Limite haute de la carte R", "Upper limit of the R chart"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: SpcError, n: usize, lang: Lang) -> String {
    match (error, lang) {
        (SpcError::SampleSize { sample }, Lang::Fr) => {
            format!("Ligne {} : il faut {n} mesures, comme la taille des échantillons n.", sample + 1)
        }
        (SpcError::SampleSize { sample }, Lang::En) => format!("Line {}: {n} measures are needed, the sample size n.", sample + 1),
        (SpcError::Size, Lang::Fr) => "Les échantillons doivent compter de 2 à 10 mesures.".to_owned(),
        (SpcError::Size, Lang::En) => "Samples must hold 2 to 10 measures.".to_owned(),
        (SpcError::NoSamples, Lang::Fr) => "Ajoutez au moins un échantillon.".to_owned(),
        (SpcError::NoSamples, Lang::En) => "Add at least one sample.".to_owned(),
    }
}
