//! Every topic of the course, grouped by chapter, for the home page. A topic whose lesson is not
//! in the registry yet is shown as "coming soon" and has no link.

use super::progress::Progress;
use crate::i18n::{plural, Lang, Text};
use crate::kit::html::escape;
use crate::t;
use std::fmt::Write as _;

pub struct Topic {
    /// Link id: `#/<id>`.
    pub id: &'static str,
    pub title: Text,
    pub summary: Text,
}

impl Topic {
    pub fn built(&self) -> bool {
        crate::lessons::entry(self.id).is_some()
    }
}

pub struct Chapter {
    pub number: u8,
    pub title: Text,
    pub topics: &'static [Topic],
}

const fn topic(id: &'static str, title: Text, summary: Text) -> Topic {
    Topic { id, title, summary }
}

pub const CHAPTERS: &[Chapter] = &[
    Chapter {
        number: 1,
        title: t!("Stratégie de production", "Production strategy"),
        topics: &[
            topic(
                "strategy",
                t!("MTS, ATO, MTO, ETO", "MTS, ATO, MTO, ETO"),
                t!("Quel stock tenir selon le délai accepté par le client.", "Which stock to hold, given the lead time customers accept."),
            ),
            topic(
                "horizons",
                t!("Horizons de planification", "Planning horizons"),
                t!("Du PIC mensuel à l’atelier minute par minute.", "From the monthly S&OP down to the shop floor, minute by minute."),
            ),
        ],
    },
    Chapter {
        number: 2,
        title: t!("Gestion des stocks", "Inventory management"),
        topics: &[
            topic(
                "eoq",
                t!("Quantité économique (Wilson)", "Economic order quantity (EOQ/EPQ)"),
                t!("Le lot qui équilibre coût de commande et coût de possession.", "The lot that balances ordering and holding costs."),
            ),
            topic(
                "reorder-point",
                t!("Stock de sécurité et point de commande", "Safety stock and reorder point"),
                t!("Se protéger des aléas de la demande pendant le délai.", "Cover demand uncertainty during the lead time."),
            ),
            topic(
                "policies",
                t!("Politiques de gestion", "Inventory policies"),
                t!("Quatre façons de réapprovisionner, simulées semaine par semaine.", "Four ways to replenish, simulated week by week."),
            ),
            topic(
                "abc",
                t!("Classification ABC", "ABC classification"),
                t!("Concentrer l’effort sur les articles qui pèsent le plus.", "Focus effort on the items that weigh the most."),
            ),
        ],
    },
    Chapter {
        number: 3,
        title: t!("Plan industriel et commercial", "Sales and operations planning"),
        topics: &[
            topic(
                "pic",
                t!("PIC : équilibrer ventes, stock et production", "S&OP: balancing sales, stock and production"),
                t!(
                    "Nivelé, poursuite, paliers ou moindre coût : comparer les plans, puis les suivre.",
                    "Level, chase, steps or least cost: compare the plans, then track them."
                ),
            ),
            topic(
                "capacity",
                t!("Charge et capacité par atelier", "Load versus capacity by workshop"),
                t!("Repérer les surcharges avant qu’elles n’arrivent.", "Spot overloads before they happen."),
            ),
            topic(
                "business-plan",
                t!("Plan financier", "Business plan"),
                t!("Du plan de production au compte de résultat.", "From the production plan to the profit."),
            ),
        ],
    },
    Chapter {
        number: 4,
        title: t!("Programme directeur", "Master production schedule"),
        topics: &[
            topic(
                "mps",
                t!("Programme directeur et disponible à la vente", "Master schedule and available to promise"),
                t!("Stock projeté, lancements et promesses aux clients.", "Projected stock, receipts and promises to customers."),
            ),
            topic(
                "rccp",
                t!("Calcul de charge global", "Rough-cut capacity"),
                t!("La charge par poste, décalée selon les délais.", "Load per work centre, offset by lead times."),
            ),
        ],
    },
    Chapter {
        number: 5,
        title: t!("Calcul des besoins (MRP)", "Material requirements planning"),
        topics: &[
            topic(
                "mrp",
                t!("Tableaux MRP", "MRP tables"),
                t!(
                    "Besoins bruts, nets, lots et décalage par niveau de nomenclature.",
                    "Gross and net needs, lots and offsets, level by level."
                ),
            ),
            topic(
                "load-profile",
                t!("Profil de charge et file d’attente", "Load profile and queue"),
                t!("Entrées, sorties, file et délai observé.", "Input, output, queue and observed lead time."),
            ),
            topic(
                "mto",
                t!("Nomenclature de planification", "Planning bill of materials"),
                t!("Prévoir les matières d’un produit à la commande.", "Plan materials for a make-to-order product."),
            ),
        ],
    },
    Chapter {
        number: 6,
        title: t!("Flux : contraintes, JIT, kanban", "Flow: constraints, JIT, kanban"),
        topics: &[
            topic(
                "cell",
                t!("Théorie des contraintes", "Theory of constraints"),
                t!("Trois postes en série, des aléas et des tampons.", "Three stations in a row, variability and buffers."),
            ),
            topic(
                "product-mix",
                t!("Mix de produits sur une contrainte", "Product mix on a constraint"),
                t!("Le profit par heure de goulot décide.", "Profit per bottleneck hour decides."),
            ),
            topic(
                "overlap",
                t!("Lots de transfert et chevauchement", "Transfer lots and overlapping"),
                t!("Raccourcir le délai en découpant le lot.", "Cut lead time by splitting the lot."),
            ),
            topic(
                "dbr",
                t!("Tambour-tampon-corde", "Drum-buffer-rope"),
                t!("Caler l’atelier sur le rythme du goulot.", "Pace the shop on the bottleneck."),
            ),
            topic(
                "kanban",
                t!("Nombre de kanbans", "Kanban count"),
                t!("Combien de cartes pour une boucle.", "How many cards a loop needs."),
            ),
        ],
    },
    Chapter {
        number: 7,
        title: t!("Ordonnancement", "Scheduling"),
        topics: &[
            topic(
                "runout",
                t!("Flow shop : temps d’épuisement", "Flow shop: run-out time"),
                t!("Lancer d’abord ce qui sera épuisé en premier.", "Make first what runs out first."),
            ),
            topic(
                "priority",
                t!("Règles de priorité", "Priority rules"),
                t!("FIFO, plus court, date due, marge, ratio critique.", "FCFS, shortest, due date, slack, critical ratio."),
            ),
            topic(
                "sequencing",
                t!("Séquencement sur une machine", "Single-machine sequencing"),
                t!("SPT, EDD, Moore–Hodgson, Johnson.", "SPT, EDD, Moore–Hodgson, Johnson."),
            ),
            topic(
                "io-control",
                t!("Contrôle entrées-sorties", "Input/output control"),
                t!("Piloter la file d’attente d’un poste et la dimensionner.", "Steer a work centre’s queue and size it."),
            ),
        ],
    },
    Chapter {
        number: 8,
        title: t!("Gestion de projets", "Project management"),
        topics: &[
            topic(
                "pert",
                t!("PERT / chemin critique", "PERT / critical path"),
                t!("Dates au plus tôt, au plus tard, marges et durée probable.", "Earliest and latest dates, slack and likely duration."),
            ),
            topic(
                "crashing",
                t!("Compression des délais", "Crashing"),
                t!("Raccourcir le projet au moindre coût.", "Shorten the project at least cost."),
            ),
        ],
    },
    Chapter {
        number: 9,
        title: t!("Qualité", "Quality"),
        topics: &[
            topic(
                "tolerance",
                t!("Tolérances et loi normale", "Tolerances and the normal law"),
                t!("Part hors tolérance quand la moyenne dérive.", "Share out of tolerance when the mean drifts."),
            ),
            topic(
                "sampling",
                t!("Contrôle par échantillonnage", "Acceptance sampling"),
                t!("Risques du client et du fournisseur, courbe d’efficacité.", "Customer’s and producer’s risks, OC curve."),
            ),
            topic(
                "spc",
                t!("Maîtrise statistique des procédés", "Statistical process control"),
                t!("Carte de la moyenne et ses zones.", "The x̄ chart and its zones."),
            ),
        ],
    },
];

pub fn topic_by_id(id: &str) -> Option<&'static Topic> {
    CHAPTERS.iter().flat_map(|c| c.topics.iter()).find(|t| t.id == id)
}

/// The home page as HTML text: it only links, so a typed view would cost wasm for nothing. The
/// built lessons come first, then every topic of the course by chapter with the learner's score.
pub fn home_html(progress: &Progress, lang: Lang) -> String {
    let text = |t: Text| escape(t.get(lang));
    let mut out = format!(
        r#"<section class="home"><h1>{}</h1><p class="home__lead">{}</p><section class="ready" aria-labelledby="ready-title"><h2 id="ready-title">{}</h2><ul class="ready__list">"#,
        text(t!("Gestion de production et des stocks", "Production and inventory management")),
        text(t!(
            "Des leçons interactives : changez les données, voyez les résultats, les graphiques et le calcul détaillé se mettre à jour, puis exercez-vous.",
            "Interactive lessons: change the inputs, watch results, charts and worked steps update, then practise."
        )),
        text(t!("Leçons disponibles", "Lessons available now")),
    );
    for lesson in crate::lessons::REGISTRY {
        let _ = write!(
            out,
            r##"<li><a class="ready__link" href="#/{id}" data-testid="start-{id}">{}</a></li>"##,
            text(lesson.title),
            id = lesson.id
        );
    }
    out.push_str("</ul></section>");
    for chapter in CHAPTERS {
        let _ = write!(
            out,
            r#"<section class="chapter" aria-labelledby="chapter-{n}"><h2 id="chapter-{n}">{n}. {}</h2><ul class="cards">"#,
            text(chapter.title),
            n = chapter.number
        );
        for topic in chapter.topics {
            let mut body =
                format!(r#"<h3 class="card__title">{}</h3><p class="card__summary">{}</p>"#, text(topic.title), text(topic.summary));
            if let Some(p) = progress.lessons.get(topic.id).filter(|p| p.attempts > 0) {
                let _ = write!(
                    body,
                    r#"<p class="card__progress" data-testid="progress-{}">{}</p>"#,
                    topic.id,
                    escape(&progress_line(p.correct, p.attempts, lang))
                );
            }
            if topic.built() {
                let _ = write!(
                    out,
                    r##"<li class="card"><a class="card__link" href="#/{id}" data-testid="card-{id}">{body}</a></li>"##,
                    id = topic.id
                );
            } else {
                let _ = write!(
                    out,
                    r#"<li class="card card--soon" data-testid="card-{}">{body}<p class="card__badge">{}</p></li>"#,
                    topic.id,
                    text(t!("Bientôt", "Coming soon"))
                );
            }
        }
        out.push_str("</ul></section>");
    }
    out.push_str("</section>");
    out
}

fn progress_line(correct: u32, attempts: u32, lang: Lang) -> String {
    let (c, a) = (f64::from(correct), f64::from(attempts));
    let solved = plural(lang, c, t!("réussi", "solved"), t!("réussis", "solved"));
    let tries = plural(lang, a, t!("tentative", "attempt"), t!("tentatives", "attempts"));
    match lang {
        Lang::Fr => format!("Exercices : {correct} {solved} sur {attempts} {tries}"),
        Lang::En => format!("Exercises: {correct} {solved} in {attempts} {tries}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_slug_shaped() {
        let ids: Vec<&str> = CHAPTERS.iter().flat_map(|c| c.topics.iter().map(|t| t.id)).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
        assert!(ids.iter().all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        assert!(topic_by_id("eoq").is_some_and(Topic::built));
        // Every built lesson has its card.
        assert!(crate::lessons::REGISTRY.iter().all(|l| topic_by_id(l.id).is_some()));
    }

    #[test]
    fn home_links_built_lessons_and_shows_scores() {
        let mut progress = Progress::default();
        progress.lessons.insert("eoq".to_owned(), super::super::progress::LessonProgress { attempts: 2, correct: 1, ..Default::default() });
        let html = home_html(&progress, Lang::En);
        assert!(html.contains(r##"<a class="ready__link" href="#/eoq" data-testid="start-eoq">"##), "{html}");
        assert!(html.contains(r##"<a class="card__link" href="#/eoq" data-testid="card-eoq">"##));
        assert!(html.contains(r#"<p class="card__progress" data-testid="progress-eoq">Exercises: 1 solved in 2 attempts</p>"#));
        assert!(html.contains(r#"<li class="card card--soon" data-testid="card-horizons">"#));
        let french = home_html(&Progress::default(), Lang::Fr);
        assert!(french.contains("Bientôt") && french.contains("Quantité économique (Wilson)"));
        assert!(!french.contains("card__progress"));
        assert_eq!(progress_line(1, 1, Lang::Fr), "Exercices : 1 réussi sur 1 tentative");
    }
}
