//! Every word of the acceptance sampling lesson, in French and English.

use crate::engine::sampling::{SamplingError, SamplingInput};
use crate::i18n::{format_number as num, format_percent, Lang, Text};
use crate::t;

pub const TITLE: Text = t!("Contrôle de réception par échantillonnage", "Acceptance sampling");

pub const INTRO: &[Text] = &[
    t!(
        "Contrôler chaque pièce d’un lot coûte cher ; on en tire plutôt un échantillon de n pièces et l’on accepte le lot si l’on y trouve au plus c pièces défectueuses. Le hasard du tirage fait qu’un bon lot est parfois refusé et qu’un mauvais lot est parfois accepté.",
        "Inspecting every part of a lot is costly; instead a sample of n parts is drawn, and the lot is accepted when at most c of them are defective. Because the draw is random, a good lot is sometimes rejected and a bad lot sometimes accepted."
    ),
    t!(
        "Le fournisseur et le client fixent deux niveaux de qualité : p1, la proportion de défectueux jugée acceptable, et p2, celle que le client refuse. Le risque du fournisseur α est la probabilité de refuser un lot à p1 : α = 1 − Pa(p1). Le risque du client β est la probabilité d’accepter un lot à p2 : β = Pa(p2). La courbe d’efficacité (OC) donne Pa pour chaque proportion de défectueux.",
        "Supplier and customer agree on two quality levels: p1, the share of defectives judged acceptable, and p2, the share the customer rejects. The producer’s risk α is the probability of rejecting a lot at p1: α = 1 − Pa(p1). The customer’s risk β is the probability of accepting a lot at p2: β = Pa(p2). The operating characteristic (OC) curve gives Pa for every share of defectives."
    ),
    t!(
        "Le cours tire avec remise (loi binomiale : Pa = (1 − p)ⁿ quand c = 0) ; un vrai tirage se fait sans remise (loi hypergéométrique, qui compte les défectueux du lot), et la loi de Poisson l’approche quand n est grand et p petit. Si chaque lot refusé est trié entièrement, la qualité moyenne après contrôle (AOQ) ne dépasse jamais un plafond, l’AOQL, et l’on peut chercher le plus petit plan (n, c) qui tient les deux risques visés.",
        "The course draws with replacement (binomial law: Pa = (1 − p)ⁿ when c = 0); a real draw is without replacement (hypergeometric law, which counts the lot’s defectives), and the Poisson law approximates both when n is large and p small. If every rejected lot is fully sorted, the average outgoing quality (AOQ) never exceeds a ceiling, the AOQL, and one can look for the smallest plan (n, c) meeting both target risks."
    ),
];

pub const PLAN: Text = t!("Plan d’échantillonnage", "Sampling plan");
pub const LOT: Text = t!("Taille du lot N", "Lot size N");
pub const SAMPLE: Text = t!("Taille de l’échantillon n", "Sample size n");
pub const ACCEPTANCE: Text = t!("Critère d’acceptation c", "Acceptance number c");
pub const ACCEPTANCE_HINT: Text = t!(
    "Le lot est accepté si l’échantillon compte au plus c défectueux.",
    "The lot is accepted when the sample holds at most c defectives."
);
pub const PARTS: Text = t!("pièces", "parts");
pub const LAW: Text = t!("Tirage", "Draw");
pub const BINOMIAL: Text = t!("avec remise (binomiale, le cours)", "with replacement (binomial, the course)");
pub const HYPERGEOMETRIC: Text = t!("sans remise (hypergéométrique)", "without replacement (hypergeometric)");
pub const POISSON: Text = t!("approximation de Poisson", "Poisson approximation");
pub const QUALITY: Text = t!("Niveaux de qualité", "Quality levels");
pub const P1: Text = t!("Qualité acceptable p1", "Acceptable quality p1");
pub const P2: Text = t!("Qualité refusée p2", "Rejectable quality p2");
pub const P_HINT: Text = t!("Une proportion de défectueux : 0,015 ou 1,5 %.", "A share of defectives: 0.015 or 1.5 %.");
pub const TARGETS: Text = t!("Risques visés (recherche d’un plan)", "Target risks (plan design)");
pub const ALPHA: Text = t!("Risque fournisseur visé α", "Target producer’s risk α");
pub const BETA: Text = t!("Risque client visé β", "Target customer’s risk β");
pub const TARGET_HINT: Text = t!(
    "Facultatif : avec les deux, le plus petit plan qui les tient est cherché.",
    "Optional: with both, the smallest plan meeting them is searched."
);

pub const PA_P1: Text = t!("Probabilité d’accepter un lot à p1, Pa(p1)", "Probability of accepting a lot at p1, Pa(p1)");
pub const PA_P2: Text = t!("Probabilité d’accepter un lot à p2, Pa(p2)", "Probability of accepting a lot at p2, Pa(p2)");
pub const PRODUCER_RISK: Text = t!("Risque du fournisseur α", "Producer’s risk α");
pub const CONSUMER_RISK: Text = t!("Risque du client β", "Customer’s risk β");
pub const AOQL: Text = t!("Qualité moyenne après contrôle, au pire (AOQL)", "Average outgoing quality limit (AOQL)");
pub const AOQL_AT: Text = t!("Qualité entrante où l’AOQL est atteinte", "Incoming quality where the AOQL is reached");
pub const ATI_P2: Text = t!("Contrôle total moyen d’un lot à p2 (ATI)", "Average total inspection of a lot at p2 (ATI)");
pub const DESIGN_N: Text = t!("Plan trouvé : échantillon n", "Plan found: sample n");
pub const DESIGN_C: Text = t!("Plan trouvé : critère c", "Plan found: acceptance number c");

pub const OC_TITLE: Text = t!("Courbe d’efficacité (OC)", "Operating characteristic (OC) curve");
pub const OC: Text = t!(
    "Probabilité d’accepter le lot selon sa proportion de défectueux, pour les trois lois, p1 et p2 marqués (les valeurs sont dans le tableau qui suit)",
    "Probability of accepting the lot against its share of defectives, for the three laws, p1 and p2 marked (the values are in the table that follows)"
);
pub const OC_TABLE: Text = t!("Probabilité d’acceptation Pa", "Probability of acceptance Pa");
pub const COL_P: Text = t!("Défectueux p", "Defective p");
pub const COL_DEFECTIVES: Text = t!("Défectueux dans le lot", "Defectives in the lot");

pub const AOQ_TITLE: Text = t!("Qualité après contrôle", "Outgoing quality");
pub const AOQ: Text = t!(
    "Qualité moyenne après contrôle (AOQ) selon la qualité entrante, lots refusés triés, l’AOQL marqué (les valeurs sont dans le tableau qui suit)",
    "Average outgoing quality (AOQ) against the incoming quality, rejected lots sorted, the AOQL marked (the values are in the table that follows)"
);
pub const AOQ_TABLE: Text = t!("AOQ et contrôle total moyen", "AOQ and average total inspection");
pub const COL_PA: Text = t!("Pa", "Pa");
pub const COL_AOQ: Text = t!("AOQ", "AOQ");
pub const COL_ATI: Text = t!("ATI (pièces)", "ATI (parts)");

pub const LAWS_TITLE: Text = t!("Les trois lois comparées", "The three laws compared");
pub const LAWS_TABLE: Text = t!("Risques selon la façon de tirer l’échantillon", "Risks by the way the sample is drawn");
pub const COL_LAW: Text = t!("Tirage", "Draw");
pub const COL_PA_P1: Text = t!("Pa(p1)", "Pa(p1)");
pub const COL_ALPHA: Text = t!("α", "α");
pub const COL_PA_P2: Text = t!("Pa(p2) = β", "Pa(p2) = β");

pub const DESIGN_TITLE: Text = t!("Recherche du plan", "Plan design");
pub const DESIGN_TABLE: Text = t!(
    "Pour chaque critère c, le plus petit n tel que Pa(p2) ≤ β, et son risque α",
    "For each acceptance number c, the smallest n with Pa(p2) ≤ β, and its risk α"
);
pub const COL_C: Text = t!("c", "c");
pub const COL_N: Text = t!("n", "n");
pub const COL_BETA: Text = t!("β", "β");
pub const COL_MEETS: Text = t!("Tient α ?", "Meets α?");
pub const YES: Text = t!("oui", "yes");
pub const NO: Text = t!("non", "no");
pub const NO_PLAN: Text = t!(
    "Aucun plan d’au plus 10 000 pièces et 30 défectueux acceptés ne tient ces deux risques : rapprochez-les ou écartez p1 de p2.",
    "No plan of at most 10,000 parts and 30 accepted defectives meets both risks: loosen them or move p1 and p2 apart."
);

pub const EXERCISE_HINT: Text = t!(
    "Pa = P(X ≤ c) avec X binomiale (n, p) ; avec c = 0, Pa = (1 − p)ⁿ. β = Pa(p2), α = 1 − Pa(p1), ATI = n + (1 − Pa)(N − n).",
    "Pa = P(X ≤ c) with X binomial (n, p); with c = 0, Pa = (1 − p)ⁿ. β = Pa(p2), α = 1 − Pa(p1), ATI = n + (1 − Pa)(N − n)."
);

pub fn exercise_statement(input: &SamplingInput, lang: Lang) -> String {
    let plan = input.plan;
    let (lot, n, c) = (num(plan.lot as f64, lang, 0), num(plan.sample as f64, lang, 0), num(plan.acceptance as f64, lang, 0));
    let (p1, p2) = (format_percent(input.p1, lang, 2), format_percent(input.p2, lang, 2));
    let rule = match (plan.acceptance, lang) {
        (0, Lang::Fr) => "lot accepté seulement si aucune n’est défectueuse".to_owned(),
        (0, Lang::En) => "the lot accepted only when none is defective".to_owned(),
        (_, Lang::Fr) => format!("lot accepté s’il y a au plus {c} défectueuses"),
        (_, Lang::En) => format!("the lot accepted when at most {c} are defective"),
    };
    match lang {
        Lang::Fr => format!(
            "Des lots de {lot} pièces sont contrôlés ainsi : {n} pièces tirées avec remise, {rule}. Le client refuse la qualité {p2} de défectueux, le fournisseur garantit {p1}. Trouvez le risque du client β, le risque du fournisseur α, et le contrôle total moyen (ATI) d’un lot à {p2} quand les lots refusés sont triés."
        ),
        Lang::En => format!(
            "Lots of {lot} parts are inspected as follows: {n} parts drawn with replacement, {rule}. The customer rejects a quality of {p2} defective, the supplier guarantees {p1}. Find the customer’s risk β, the producer’s risk α, and the average total inspection (ATI) of a lot at {p2} when rejected lots are sorted."
        ),
    }
}

pub fn step_title(key: &str) -> Text {
    match key {
        "pa_p2" => t!("Probabilité d’accepter un lot à p2", "Probability of accepting a lot at p2"),
        "pa_p1" => t!("Probabilité d’accepter un lot à p1", "Probability of accepting a lot at p1"),
        "beta" => t!("Risque du client : accepter un mauvais lot", "Customer’s risk: accepting a bad lot"),
        "alpha" => t!("Risque du fournisseur : refuser un bon lot", "Producer’s risk: rejecting a good lot"),
        "ati" => t!("Contrôle total moyen d’un lot à p2", "Average total inspection of a lot at p2"),
        _ => t!("Étape", "Step"),
    }
}

pub fn error_message(error: SamplingError, lang: Lang) -> String {
    match (error, lang) {
        (SamplingError::AcceptanceAboveSample, Lang::Fr) => "Le critère c ne peut pas dépasser la taille de l’échantillon n.".to_owned(),
        (SamplingError::AcceptanceAboveSample, Lang::En) => "The acceptance number c cannot exceed the sample size n.".to_owned(),
        (SamplingError::SampleAboveLot, Lang::Fr) => "Sans remise, l’échantillon n ne peut pas dépasser la taille du lot N.".to_owned(),
        (SamplingError::SampleAboveLot, Lang::En) => "Without replacement, the sample n cannot exceed the lot size N.".to_owned(),
        (SamplingError::QualityOrder, Lang::Fr) => {
            "La qualité refusée p2 doit compter plus de défectueux que la qualité acceptable p1.".to_owned()
        }
        (SamplingError::QualityOrder, Lang::En) => {
            "The rejectable quality p2 must hold more defectives than the acceptable quality p1.".to_owned()
        }
    }
}
