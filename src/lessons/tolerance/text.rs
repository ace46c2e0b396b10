//! Every word of the tolerance lesson, in French and English.

use crate::engine::tolerance::{ToleranceError, ToleranceInput};
use crate::i18n::{format_number as num, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Tolérances et capabilité", "Tolerances and capability");

pub const INTRO: &[Text] = &[
    t!(
        "Une cote fabriquée n’est jamais exactement la cote nominale : d’une pièce à l’autre, elle varie autour d’une moyenne μ avec un écart type σ, à peu près selon une loi normale. Le client accepte les pièces entre deux limites, LSL (basse) et USL (haute) ; les autres sont des rebuts.",
        "A machined dimension is never exactly the nominal one: from one part to the next it varies around a mean μ with a standard deviation σ, roughly following a normal law. The customer accepts parts between two limits, LSL (lower) and USL (upper); the others are scrap."
    ),
    t!(
        "La part au-dessus de USL est l’aire de la courbe au-delà de z = (USL − μ)/σ écarts types ; de même sous LSL. Une moyenne centrée avec des limites à ±3σ donne 99,73 % de bonnes pièces. Si la moyenne dérive d’un seul σ, une des deux limites n’est plus qu’à 2σ et le rebut est multiplié par plus de huit : surveiller la moyenne compte autant que réduire la dispersion.",
        "The share above USL is the area under the curve beyond z = (USL − μ)/σ standard deviations; likewise below LSL. A centred mean with limits at ±3σ gives 99.73 % good parts. If the mean drifts by a single σ, one limit is only 2σ away and the scrap is multiplied by more than eight: watching the mean matters as much as reducing the spread."
    ),
    t!(
        "Deux indices résument la capabilité. Cp = (USL − LSL)/(6σ) compare la largeur de la tolérance à la dispersion, sans regarder où est la moyenne. Cpk = min(USL − μ, μ − LSL)/(3σ) mesure la marge jusqu’à la limite la plus proche : Cpk ≤ Cp, égaux quand la moyenne est centrée. Le cours arrondit l’exemple du piston (2 % de rebut, « sept fois plus ») ; les valeurs exactes sont 2,278 % et 8,44 fois.",
        "Two indices sum up capability. Cp = (USL − LSL)/(6σ) compares the tolerance’s width with the spread, wherever the mean is. Cpk = min(USL − μ, μ − LSL)/(3σ) measures the margin to the nearer limit: Cpk ≤ Cp, equal when the mean is centred. The course rounds the piston example (2 % scrap, “seven times more”); the exact figures are 2.278 % and 8.44 times."
    ),
];

pub const PROCESS: Text = t!("Procédé", "Process");
pub const MEAN: Text = t!("Moyenne μ", "Mean μ");
pub const MEAN_HINT: Text =
    t!("Déplacez-la pour voir le rebut croître quand elle s’écarte du centre.", "Move it to watch the scrap grow as it leaves the centre.");
pub const SD: Text = t!("Écart type σ", "Standard deviation σ");
pub const LIMITS: Text = t!("Tolérance", "Tolerance");
pub const LSL: Text = t!("Limite basse LSL", "Lower limit LSL");
pub const USL: Text = t!("Limite haute USL", "Upper limit USL");
pub const MM: Text = t!("mm", "mm");

pub const WITHIN: Text = t!("Dans la tolérance", "Within tolerance");
pub const BELOW: Text = t!("Sous LSL", "Below LSL");
pub const ABOVE: Text = t!("Au-dessus de USL", "Above USL");
pub const PPM: Text = t!("Hors tolérance, en parties par million", "Out of tolerance, in parts per million");
pub const PPM_UNIT: Text = t!("ppm", "ppm");
pub const CP: Text = t!("Cp", "Cp");
pub const CPK: Text = t!("Cpk", "Cpk");
pub const FACTOR: Text = t!("Rebut par rapport à une moyenne centrée", "Scrap against a centred mean");
pub const TIMES: Text = t!("fois", "times");

pub const CURVE_TITLE: Text = t!("Répartition de la production", "How the output spreads");
pub const CURVE: Text = t!(
    "Courbe normale de la cote, limites LSL et USL, parts hors tolérance colorées (les valeurs sont dans le tableau qui suit)",
    "Normal curve of the dimension, limits LSL and USL, out-of-tolerance shares shaded (the values are in the table that follows)"
);
pub const SHARES: Text = t!("Parts de la production", "Shares of the output");
pub const COL_ZONE: Text = t!("Zone", "Zone");
pub const COL_Z: Text = t!("Écart réduit z", "Standard score z");
pub const COL_SHARE: Text = t!("Part", "Share");
pub const COL_PPM: Text = t!("ppm", "ppm");

pub const DRIFT_TITLE: Text = t!("Quand la moyenne dérive", "When the mean drifts");
pub const DRIFT: Text = t!(
    "Part hors tolérance selon la dérive de la moyenne depuis le centre, en écarts types (les valeurs sont dans le tableau qui suit)",
    "Share out of tolerance against the mean’s drift from the centre, in standard deviations (the values are in the table that follows)"
);
pub const DRIFT_TABLE: Text = t!("Rebut selon la dérive de la moyenne", "Scrap against the mean’s drift");
pub const COL_SHIFT: Text = t!("Dérive (σ)", "Drift (σ)");
pub const COL_MEAN: Text = t!("Moyenne", "Mean");
pub const COL_OUT: Text = t!("Hors tolérance", "Out of tolerance");
pub const COL_FACTOR: Text = t!("× rebut centré", "× centred scrap");

pub const SIGMA_TITLE: Text = t!("Part comprise dans ±kσ", "Share within ±kσ");
pub const SIGMA_TABLE: Text = t!(
    "Part d’une loi normale à moins de k écarts types de sa moyenne, et au-delà (calculée directement, sans 1 − …)",
    "Share of a normal law within k standard deviations of its mean, and beyond (computed directly, not as 1 − …)"
);
pub const COL_K: Text = t!("k", "k");
pub const COL_INSIDE: Text = t!("Dans ±kσ", "Within ±kσ");
pub const COL_OUTSIDE: Text = t!("Au-delà (fraction)", "Beyond (fraction)");

pub const EXERCISE_HINT: Text = t!(
    "Ramenez chaque limite à un écart réduit z = (limite − μ)/σ, lisez la queue de la loi normale au-delà, puis Cp = (USL − LSL)/(6σ) et Cpk avec la limite la plus proche.",
    "Turn each limit into a standard score z = (limit − μ)/σ, read the normal tail beyond it, then Cp = (USL − LSL)/(6σ) and Cpk with the nearer limit."
);

pub fn exercise_statement(input: &ToleranceInput, lang: Lang) -> String {
    let n = |x: f64| num(x, lang, 4);
    let (mean, sd, lower, upper) = (n(input.mean), n(input.sd), n(input.lower), n(input.upper));
    match lang {
        Lang::Fr => format!(
            "Un tour produit des axes dont le diamètre suit une loi normale de moyenne {mean} mm et d’écart type {sd} mm. La tolérance est de {lower} à {upper} mm. Trouvez la part des axes au-dessus de la limite haute, la part hors tolérance, Cp et Cpk."
        ),
        Lang::En => format!(
            "A lathe makes shafts whose diameter is normal with mean {mean} mm and standard deviation {sd} mm. The tolerance is {lower} to {upper} mm. Find the share of shafts above the upper limit, the share out of tolerance, Cp and Cpk."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "z_upper" => t!("Écart réduit de la limite haute", "Standard score of the upper limit"),
        "above" => t!("Part au-dessus de USL (queue de la loi normale)", "Share above USL (normal tail)"),
        "z_lower" => t!("Écart réduit de la limite basse", "Standard score of the lower limit"),
        "below" => t!("Part sous LSL", "Share below LSL"),
        "within" => t!("Part dans la tolérance", "Share within tolerance"),
        "cp" => t!("Capabilité du procédé Cp", "Process capability Cp"),
        "cpk" => t!("Capabilité vers la limite la plus proche Cpk", "Capability against the nearer limit Cpk"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: ToleranceError, lang: Lang) -> String {
    match (error, lang) {
        (ToleranceError::Spread, Lang::Fr) => "L’écart type σ doit être supérieur à 0.".to_owned(),
        (ToleranceError::Spread, Lang::En) => "The standard deviation σ must be above 0.".to_owned(),
        (ToleranceError::LimitsOrder, Lang::Fr) => "La limite haute USL doit être au-dessus de la limite basse LSL.".to_owned(),
        (ToleranceError::LimitsOrder, Lang::En) => "The upper limit USL must be above the lower limit LSL.".to_owned(),
    }
}
