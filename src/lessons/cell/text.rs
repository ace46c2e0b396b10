//! Every word of the three-station cell lesson, in French and English.

use crate::engine::cell::Variant;
use crate::i18n::{Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Cellule de trois postes : contraintes, JIT, en-cours", "Three-station cell: constraints, JIT, work in process");

pub const INTRO: &[Text] = &[
    t!(
        "Trois postes en série font chacun 2, 3 ou 4 pièces par jour, au hasard : 3 en moyenne. La cellule produit-elle 3 pièces par jour ? Non : un poste ne peut produire que ce que l’amont lui a donné, et un stock plein bloque l’amont. Les aléas ne se compensent pas, ils se cumulent : avec des stocks tampons de 2 pièces, la cellule ne sort qu’environ 2,7 pièces par jour.",
        "Three stations in a row each make 2, 3 or 4 parts a day, at random: 3 on average. Does the cell make 3 parts a day? No: a station can only make what the one before gave it, and a full buffer blocks the one before. The ups and downs do not cancel out, they add up: with buffers of 2 parts, the cell puts out only about 2.7 parts a day."
    ),
    t!(
        "Trois remèdes : la méthode classique supprime la limite des stocks (près de 3 pièces par jour, mais un en-cours et un délai qui explosent) ; le JIT réduit la variabilité des postes (2,9 par jour, peu d’en-cours) ; la théorie des contraintes protège le goulot, le poste 3, par un tampon de 4 et pousse l’amont quand ce tampon baisse (3 par jour pour un en-cours modéré).",
        "Three remedies: the classic method lifts the buffer limit (nearly 3 parts a day, but work in process and lead time explode); JIT reduces the stations’ variability (2.9 a day, little work in process); the theory of constraints protects the bottleneck, station 3, with a buffer of 4 and pushes upstream when that buffer runs low (3 a day for a moderate work in process)."
    ),
    t!(
        "Chaque jour, un nombre tiré au hasard entre 0 et 1 fixe la capacité de chaque poste ; la production suit les équations du cours, le même jour d’un poste à l’autre. Le délai moyen se lit par la loi de Little : chaque pièce passe un jour par poste et attend derrière l’en-cours de chaque stock, soit 1/P1 + W1/P2 + 1/P2 + W2/P3 + 1/P3 jours (W1, W2 : en-cours moyen des stocks 1 et 2).",
        "Each day a number drawn at random between 0 and 1 sets each station’s capacity; production follows the course’s equations, on the same day from one station to the next. The mean lead time follows Little’s law: each part spends a day per station and waits behind the work in each buffer, that is 1/P1 + W1/P2 + 1/P2 + W2/P3 + 1/P3 days (W1, W2: mean work in buffers 1 and 2)."
    ),
];

pub const RUN_GROUP: Text = t!("La simulation", "The simulation");
pub const VARIANT: Text = t!("Méthode", "Method");
pub const SOURCE: Text = t!("Tirages", "Draws");
pub const SEEDED: Text = t!("tirés au hasard (graine)", "drawn at random (seed)");
pub const COURSE: Text = t!("ceux imprimés dans la figure du cours (10 jours)", "those printed in the course’s figure (10 days)");
pub const SEED: Text = t!("Graine", "Seed");
pub const SEED_HINT: Text =
    t!("La même graine redonne les mêmes tirages, pour les quatre méthodes.", "The same seed gives the same draws, for all four methods.");
pub const DAYS: Text = t!("Nombre de jours", "Number of days");
pub const DAYS_UNIT: Text = t!("jours", "days");
pub const DAYS_HINT: Text = t!(
    "De 10 à 100 000 jours : les moyennes se stabilisent au-delà de quelques milliers.",
    "10 to 100,000 days: the averages settle beyond a few thousand."
);

pub const fn variant_name(variant: Variant) -> Text {
    match variant {
        Variant::Capped => t!("stocks plafonnés à 2 (Fig 4.2)", "buffers capped at 2 (Fig 4.2)"),
        Variant::Classic => t!("classique : stocks sans limite (Fig 4.3)", "classic: unlimited buffers (Fig 4.3)"),
        Variant::Jit => t!("JIT : moins de variabilité (Fig 4.4)", "JIT: less variability (Fig 4.4)"),
        Variant::Toc => t!("TOC : tampon de 4 devant le goulot (Fig 4.5)", "TOC: a buffer of 4 before the bottleneck (Fig 4.5)"),
    }
}

pub const THROUGHPUT: Text = t!("Production de la cellule", "Output of the cell");
pub const PER_DAY: Text = t!("pièces/jour", "parts/day");
pub const WIP1: Text = t!("En-cours moyen du stock 1", "Mean work in buffer 1");
pub const WIP2: Text = t!("En-cours moyen du stock 2", "Mean work in buffer 2");
pub const PARTS: Text = t!("pièces", "parts");
pub const LEAD_TIME: Text = t!("Délai moyen", "Mean lead time");
pub const DAYS_SHORT: Text = t!("jours", "days");
pub const MAX_WIP: Text = t!("En-cours maximal (stock 1 ; stock 2)", "Largest work in process (buffer 1; buffer 2)");
pub const CAPACITY: Text = t!("Capacité moyenne des postes", "Mean capacity of the stations");

pub const DAILY_TITLE: Text = t!("Jour après jour", "Day after day");
pub const DAILY: Text = t!(
    "Tirages, capacités, productions et en-cours en début de jour",
    "Draws, capacities, output and work in process at the start of the day"
);
pub const CHART: Text = t!(
    "En-cours des deux stocks et production de la cellule, jour par jour (les valeurs sont dans le tableau qui suit)",
    "Work in the two buffers and output of the cell, day by day (the values are in the table that follows)"
);
pub const COL_DAY: Text = t!("Jour", "Day");
pub const COL_U: [Text; 3] = [t!("u1", "u1"), t!("u2", "u2"), t!("u3", "u3")];
pub const COL_CAP: [Text; 3] = [t!("Cap1", "Cap1"), t!("Cap2", "Cap2"), t!("Cap3", "Cap3")];
pub const COL_PROD: [Text; 3] = [t!("Prod1", "Prod1"), t!("Prod2", "Prod2"), t!("Prod3", "Prod3")];
pub const COL_WIP: [Text; 2] = [t!("En-cours 1", "WIP 1"), t!("En-cours 2", "WIP 2")];
pub const LINE_WIP1: Text = t!("En-cours 1", "WIP 1");
pub const LINE_WIP2: Text = t!("En-cours 2", "WIP 2");
pub const LINE_OUT: Text = t!("Production (poste 3)", "Output (station 3)");
pub const PARTS_AXIS: Text = t!("Pièces", "Parts");
pub const DAY_AXIS: Text = t!("Jour", "Day");
pub const SHOWN_DAYS: Text = t!(
    "Le tableau montre les 30 premiers jours ; les moyennes portent sur tous les jours simulés.",
    "The table shows the first 30 days; the averages cover every simulated day."
);

pub const COMPARE_TITLE: Text = t!("Les quatre méthodes sur les mêmes tirages", "The four methods on the same draws");
pub const COMPARE: Text = t!("Production, en-cours et délai de chaque méthode", "Output, work in process and lead time of each method");
pub const COMPARE_NOTE: Text = t!(
    "Mêmes tirages, mêmes jours : seules les règles de la cellule changent.",
    "The same draws, the same days: only the cell’s rules change."
);
pub const COL_METHOD: Text = t!("Méthode", "Method");
pub const COL_OUT: Text = t!("Production (pièces/jour)", "Output (parts/day)");
pub const COL_WIP1: Text = t!("En-cours 1", "WIP 1");
pub const COL_WIP2: Text = t!("En-cours 2", "WIP 2");
pub const COL_LEAD: Text = t!("Délai (jours)", "Lead time (days)");
pub const COL_MAX: Text = t!("En-cours max", "Largest WIP");

pub const THIRDS_NOTE: Text = t!(
    "Le texte du cours donne les seuils 0,33 et 0,66, mais ses figures utilisent des tiers (2, 3 et 4 équiprobables) : 0,665408 donne 3 au jour 6 de la figure 4.2. Les tiers reproduisent chaque ligne imprimée.",
    "The course’s text gives the thresholds 0.33 and 0.66, but its figures use thirds (2, 3 and 4 equally likely): 0.665408 gives 3 on day 6 of Fig 4.2. Thirds reproduce every printed row."
);

pub const EXERCISE_HINT: Text = t!(
    "Capacité : u < 1/3 → 2, u < 2/3 → 3, sinon 4. Puis, le même jour : Prod3 = min(CapAmont3 + En-cours2 ; Cap3), Prod2 = min(Cap1 + En-cours1 ; 2 − En-cours2 + Prod3 ; Cap2), Prod1 = min(2 − En-cours1 + Prod2 ; Cap1), avec CapAmont3 = min(Cap2 ; En-cours1 + Cap1).",
    "Capacity: u < 1/3 → 2, u < 2/3 → 3, else 4. Then, on the same day: Prod3 = min(CapUp3 + WIP2, Cap3), Prod2 = min(Cap1 + WIP1, 2 − WIP2 + Prod3, Cap2), Prod1 = min(2 − WIP1 + Prod2, Cap1), with CapUp3 = min(Cap2, WIP1 + Cap1)."
);

pub fn exercise_statement(draws: &[[f64; 3]], lang: Lang) -> String {
    let day = |d: &[f64; 3]| {
        d.iter().map(|u| crate::i18n::format_number(*u, lang, 4)).collect::<Vec<_>>().join(if lang == Lang::Fr { " ; " } else { ", " })
    };
    let (one, two) = (draws.first().map(day).unwrap_or_default(), draws.get(1).map(day).unwrap_or_default());
    match lang {
        Lang::Fr => format!(
            "Cellule à stocks plafonnés à 2, en-cours de départ 2 et 2. Tirages du jour 1 (postes 1, 2, 3) : {one} ; du jour 2 : {two}. Trouvez la production du poste 3 au jour 1, les en-cours 1 et 2 au début du jour 2, et la production du poste 3 au jour 2."
        ),
        Lang::En => format!(
            "A cell with buffers capped at 2, starting with 2 and 2 parts in them. Draws of day 1 (stations 1, 2, 3): {one}; of day 2: {two}. Find station 3’s output on day 1, the work in buffers 1 and 2 at the start of day 2, and station 3’s output on day 2."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "throughput" => t!("Production moyenne de la cellule", "Mean output of the cell"),
        "lead_time" => t!("Délai moyen (loi de Little)", "Mean lead time (Little’s law)"),
        _ => t!("Étape", "Step"),
    }
}
