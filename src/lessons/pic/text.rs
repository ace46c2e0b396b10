//! Every word of the S&OP lesson, in French and English.

use crate::engine::pic::PicError;
use crate::engine::tracking::TrackingError;
use crate::i18n::{Lang, Text};
use crate::lessons::search_stopped;
use crate::t;

pub const TITLE: Text = t!("Plan industriel et commercial (PIC)", "Sales and operations plan (S&OP)");

pub const INTRO: &[Text] = &[
    t!(
        "Le PIC fixe, mois par mois et par famille de produits, ce que l’usine fabriquera pour suivre la demande prévue. Tant que la capacité suit, rien de plus simple ; dès que la demande varie, il faut choisir ce qui absorbera les variations : le stock, l’effectif (embaucher, licencier) ou les heures supplémentaires. Chacun a un coût.",
        "The S&OP plan sets, month by month and per product family, what the plant will make to follow the forecast demand. While capacity keeps up, nothing could be simpler; once demand varies, something has to absorb the swings: the stock, the workforce (hiring, firing) or overtime. Each has a cost."
    ),
    t!(
        "Le plan nivelé produit la même quantité chaque mois et laisse le stock absorber les écarts ; le plan « chase » (poursuite) produit chaque mois ce qui est vendu et fait varier l’effectif ; entre les deux, vous pouvez taper votre propre plan. Le plan au moindre coût est calculé exactement (programme linéaire en nombres entiers) : aucun plan ne fait mieux avec les mêmes règles.",
        "The level plan makes the same quantity every month and lets the stock absorb the gaps; the chase plan makes each month what is sold and varies the workforce; in between, you can type your own plan. The least-cost plan is computed exactly (an integer linear programme): no plan does better under the same rules."
    ),
    t!(
        "Le coût comparé est celui que le cours retient : heures supplémentaires, embauches, licenciements et stockage du stock de fin de mois. Le coût de production en heures normales est le même pour tous les plans qui servent la demande : il est laissé de côté, et une heure normale inoccupée ne coûte rien de plus.",
        "The cost compared is the one the course uses: overtime, hiring, firing and holding the end-of-month stock. The cost of production in regular time is the same for every plan that meets the demand: it is left out, and an idle regular hour costs nothing extra."
    ),
    t!(
        "Le suivi du plan compare ensuite, mois après mois, les ventes et la production réelles à la prévision, et recalcule la production du mois suivant à partir du stock réel.",
        "Plan tracking then compares, month after month, actual sales and production with the forecast, and re-plans the next month’s production from the actual stock."
    ),
];

pub const PART: Text = t!("Partie", "Part");
pub const PART_PLAN: Text = t!("Construire et comparer des plans", "Build and compare plans");
pub const PART_TRACK: Text = t!("Suivre un plan (réel contre prévu)", "Track a plan (actual against plan)");

pub const DEMAND_GROUP: Text = t!("Demande et stock", "Demand and stock");
pub const DEMAND: Text = t!("Demande prévue par mois", "Forecast demand per month");
pub const DEMAND_HINT: Text = t!(
    "Une valeur par mois (36 au plus), séparées par des espaces ou des points-virgules. Dans un lien : demand=9,6.2,8,…",
    "One value per month (36 at most), separated by spaces or semicolons. In a link: demand=9,6.2,8,…"
);
pub const UNITS: Text = t!("unités", "units");
pub const POLICY: Text = t!("Type de production", "Production type");
pub const MTS: Text = t!("Sur stock (MTS)", "Make to stock (MTS)");
pub const MTO: Text = t!("À la commande (MTO, carnet de commandes)", "Make to order (MTO, order backlog)");
pub const STOCK0: Text = t!("Stock de départ", "Opening stock");
pub const SS: Text = t!("Stock de sécurité", "Safety stock");
pub const SS_HINT: Text = t!(
    "La stratégie « chase » le maintient ; le plan au moindre coût ne descend jamais en dessous et y revient le dernier mois. Dans le suivi, c’est le bas de la plage de stock.",
    "The chase strategy holds it; the least-cost plan never goes below it and ends on it. In tracking, it is the bottom of the stock band."
);
pub const BACKLOG0: Text = t!("Carnet de commandes de départ", "Opening order backlog");
pub const BACKLOG: Text = t!("Carnet de commandes visé", "Target order backlog");
pub const BACKLOG_HINT: Text = t!(
    "Production = ventes + carnet du mois précédent − carnet visé. Le coût de stockage devient un coût d’attente par unité en carnet et par mois.",
    "Production = sales + last month’s backlog − target backlog. The holding cost becomes a waiting cost per unit in the backlog per month."
);

pub const WORKFORCE_GROUP: Text = t!("Effectif", "Workforce");
pub const WORKERS0: Text = t!("Effectif de départ", "Opening workforce");
pub const WORKERS: Text = t!("personnes", "workers");
pub const RATE: Text = t!("Production par personne et par mois (heures normales)", "Output per worker per month (regular time)");
pub const OT: Text = t!("Heures supplémentaires : production en plus au plus", "Overtime: extra output at most");
pub const PER_WORKER: Text = t!("unités par personne et par mois", "units per worker per month");
pub const WMAX: Text = t!("Effectif maximal", "Maximum workforce");

pub const COST_GROUP: Text = t!("Coûts", "Costs");
pub const OTCOST: Text = t!("Surcoût d’une unité en heures supplémentaires", "Extra cost of a unit in overtime");
pub const PER_UNIT: Text = t!("par unité", "per unit");
pub const HIRE: Text = t!("Coût d’une embauche", "Cost of a hire");
pub const FIRE: Text = t!("Coût d’un licenciement", "Cost of a firing");
pub const PER_PERSON: Text = t!("par personne", "per worker");
pub const HOLD: Text = t!("Coût de stockage", "Holding cost");
pub const PER_UNIT_MONTH: Text = t!("par unité et par mois", "per unit per month");
pub const HOLD_HINT: Text = t!(
    "Compté sur le stock de fin de mois (30 % par an de 5 000 FB : 125 FB par mois).",
    "Charged on the end-of-month stock (30 % a year of 5,000 FB: 125 FB a month)."
);

pub const STRATEGY_GROUP: Text = t!("Stratégie", "Strategy");
pub const STRATEGY: Text = t!("Plan affiché", "Plan shown");
pub const LEVEL: Text = t!("Nivelé", "Level");
pub const CHASE: Text = t!("Poursuite (chase)", "Chase");
pub const CUSTOM: Text = t!("Mon plan", "My plan");
pub const OPTIMAL: Text = t!("Moindre coût", "Least cost");
pub const PROD: Text = t!("Production par mois", "Production per month");
pub const PROD_HINT: Text = t!(
    "Mon plan : une production par mois. Plan nivelé : laissez vide pour demande totale ÷ nombre de mois, ou tapez une seule cadence.",
    "My plan: one production per month. Level plan: leave empty for total demand ÷ months, or type a single rate."
);
pub const SCENARIOS: Text = t!("Scénarios à comparer", "Scenarios to compare");
pub const SCENARIOS_HINT: Text = t!(
    "Vos plans nommés, comparés au nivelé, au chase et au moindre coût. Dans un lien : scenarios=Trois cadences:9,9,10,…",
    "Your named plans, compared with level, chase and least cost. In a link: scenarios=Three rates:9,9,10,…"
);
pub const COL_NAME: Text = t!("Nom", "Name");
pub const COL_PLAN: Text = t!("Production par mois", "Production per month");

pub const TRACK_GROUP: Text = t!("Le plan et le réel", "The plan and the actual");
pub const FORECAST: Text = t!("Ventes prévues par mois", "Forecast sales per month");
pub const TARGET: Text = t!("Stock visé en fin de mois", "Target end-of-month stock");
pub const TARGET_HINT: Text =
    t!("Une valeur par mois du plan, comme les ventes prévues.", "One value per month of the plan, like the forecast sales.");
pub const SOLD: Text = t!("Ventes réelles des mois écoulés", "Actual sales of the months gone by");
pub const SOLD_HINT: Text = t!(
    "Autant de mois que vous en avez vécu ; les suivants restent au plan.",
    "As many months as have gone by; the following ones stay as planned."
);
pub const MADE: Text = t!("Production réelle des mois écoulés", "Actual production of the months gone by");
pub const SMAX: Text = t!("Stock maximal", "Maximum stock");
pub const SMAX_HINT: Text = t!("Haut de la plage de stock acceptée (facultatif).", "Top of the accepted stock band (optional).");
pub const SIGN: Text = t!("Convention des écarts", "Deviation sign");
pub const ACTUAL_MINUS_PLAN: Text = t!("réel − prévu", "actual − plan");
pub const PLAN_MINUS_ACTUAL: Text = t!("prévu − réel (comme la Fig 3.4)", "plan − actual (as in Fig 3.4)");

pub const TOTAL: Text = t!("Coût total du plan", "Total cost of the plan");
pub const COST_OVERTIME: Text = t!("Heures supplémentaires", "Overtime");
pub const COST_HIRING: Text = t!("Embauches", "Hiring");
pub const COST_FIRING: Text = t!("Licenciements", "Firing");
pub const COST_HOLDING: Text = t!("Stockage", "Holding");
pub const COST_WAITING: Text = t!("Attente en carnet", "Waiting in backlog");
pub const HIRES: Text = t!("Embauches (personnes)", "Hires (workers)");
pub const FIRES: Text = t!("Licenciements (personnes)", "Fires (workers)");
pub const SHORT_MONTHS: Text = t!("Mois sous le stock de sécurité", "Months below the safety stock");
pub const AHEAD_MONTHS: Text = t!("Mois fabriqués d’avance (carnet négatif)", "Months made ahead (negative backlog)");
pub const NONE: Text = t!("aucun", "none");
pub const CHEAPEST: Text = t!("Scénario le moins cher", "Cheapest scenario");

pub const PLAN_TITLE: Text = t!("Le plan mois par mois", "The plan month by month");
pub const GRID: Text = t!("Production, effectif, stock et coûts par mois", "Production, workforce, stock and costs per month");
pub const PLAN_CHART: Text = t!(
    "Demande, production et stock par mois (les valeurs sont dans la grille qui suit)",
    "Demand, production and stock per month (the values are in the grid that follows)"
);
pub const ROW_DEMAND: Text = t!("Demande", "Demand");
pub const ROW_PROD: Text = t!("Production", "Production");
pub const ROW_WORKERS: Text = t!("Effectif", "Workforce");
pub const ROW_HIRES: Text = t!("Embauches", "Hires");
pub const ROW_FIRES: Text = t!("Licenciements", "Fires");
pub const ROW_OVERTIME: Text = t!("Production en heures sup.", "Output in overtime");
pub const ROW_STOCK: Text = t!("Stock fin de mois", "End-of-month stock");
pub const ROW_BACKLOG: Text = t!("Carnet fin de mois", "End-of-month backlog");
pub const ROW_COST_OVERTIME: Text = t!("Coût des heures sup.", "Overtime cost");
pub const ROW_COST_HIRING: Text = t!("Coût des embauches", "Hiring cost");
pub const ROW_COST_FIRING: Text = t!("Coût des licenciements", "Firing cost");
pub const ROW_COST_HOLDING: Text = t!("Coût de stockage", "Holding cost");
pub const ROW_COST_WAITING: Text = t!("Coût d’attente", "Waiting cost");
pub const ROW_COST: Text = t!("Coût du mois", "Cost of the month");
pub const START: Text = t!("Départ", "Start");
pub const QUANTITY_AXIS: Text = t!("Quantité", "Quantity");
pub const COST_AXIS: Text = t!("Coût", "Cost");

pub const WHY_TITLE: Text = t!("Pourquoi le plan au moindre coût est moins cher", "Why the least-cost plan is cheaper");
pub const COMPARE_TITLE: Text = t!("Comparer les scénarios", "Compare the scenarios");
pub const COSTS_TABLE: Text = t!("Coûts de chaque scénario, par composante", "Costs of each scenario, by component");
pub const COSTS_CHART: Text = t!(
    "Coût de chaque scénario, par composante (les valeurs sont dans le tableau qui suit)",
    "Cost of each scenario, by component (the values are in the table that follows)"
);
pub const COL_SCENARIO: Text = t!("Scénario", "Scenario");
pub const COL_TOTAL: Text = t!("Total", "Total");
pub const PROD_TABLE: Text = t!("Production de chaque scénario par mois", "Production of each scenario per month");
pub const PROD_CHART: Text = t!(
    "Production de chaque scénario et demande (les valeurs sont dans le tableau qui suit)",
    "Production of each scenario and demand (the values are in the table that follows)"
);
pub const STOCK_TABLE: Text = t!("Stock de fin de mois de chaque scénario", "End-of-month stock of each scenario");
pub const STOCK_CHART: Text = t!(
    "Stock de fin de mois de chaque scénario (les valeurs sont dans le tableau qui suit)",
    "End-of-month stock of each scenario (the values are in the table that follows)"
);
pub const CHEAPEST_MARK: Text = t!("le moins cher", "cheapest");
pub const NOT_FEASIBLE: Text = t!("impossible", "not feasible");

pub const REPLAN: Text = t!("Production à planifier le mois suivant", "Production to plan next month");
pub const LAST_STOCK: Text = t!("Dernier stock réel", "Last actual stock");
pub const SALES_CUM: Text = t!("Écart cumulé des ventes", "Cumulative sales deviation");
pub const PROD_CUM: Text = t!("Écart cumulé de production", "Cumulative production deviation");
pub const TRACK_TITLE: Text = t!("Le plan et le réel", "Plan and actual");
pub const TRACK_GRID: Text =
    t!("Ventes, production et stock : prévus, réels et écarts", "Sales, production and stock: planned, actual and deviations");
pub const TRACK_CHART: Text = t!(
    "Stock réel, stock visé et plage acceptée (les valeurs sont dans la grille qui suit)",
    "Actual stock, target stock and accepted band (the values are in the grid that follows)"
);
pub const ROW_FORECAST: Text = t!("Ventes prévues", "Forecast sales");
pub const ROW_SOLD: Text = t!("Ventes réelles", "Actual sales");
pub const ROW_SALES_DEV: Text = t!("Écart ventes", "Sales deviation");
pub const ROW_SALES_PCT: Text = t!("Écart ventes (%)", "Sales deviation (%)");
pub const ROW_SALES_CUM: Text = t!("Écart ventes cumulé", "Cumulative sales deviation");
pub const ROW_PLANNED: Text = t!("Production planifiée", "Planned production");
pub const ROW_MADE: Text = t!("Production réelle", "Actual production");
pub const ROW_PROD_DEV: Text = t!("Écart production", "Production deviation");
pub const ROW_PROD_CUM: Text = t!("Écart production cumulé", "Cumulative production deviation");
pub const ROW_TARGET: Text = t!("Stock visé", "Target stock");
pub const ROW_ACTUAL_STOCK: Text = t!("Stock réel", "Actual stock");
pub const ROW_STOCK_DEV: Text = t!("Écart stock / visé", "Stock against target");
pub const ROW_STOCK_PCT: Text = t!("Écart stock (%)", "Stock against target (%)");
pub const STOCK_MIN: Text = t!("Stock minimal", "Minimum stock");
pub const STOCK_MAX: Text = t!("Stock maximal", "Maximum stock");
pub const SIGN_NOTE_ACTUAL: Text = t!(
    "Écarts comptés réel − prévu : un écart positif de ventes signifie que l’on a vendu plus que prévu. La Fig 3.4 du cours compte l’inverse (prévu − réel) ; le texte du PIC (lecteurs portables) compte comme ici.",
    "Deviations counted actual − plan: a positive sales deviation means more was sold than forecast. The course’s Fig 3.4 counts the other way (plan − actual); its portable players S&OP text counts as here."
);
pub const SIGN_NOTE_PLAN: Text = t!(
    "Écarts comptés prévu − réel, comme la Fig 3.4 du cours : un écart positif de ventes signifie que l’on a vendu moins que prévu. Le texte du PIC (lecteurs portables) compte l’inverse.",
    "Deviations counted plan − actual, as the course’s Fig 3.4: a positive sales deviation means less was sold than forecast. The portable players S&OP text counts the other way."
);

pub const EXERCISE_HINT: Text = t!(
    "Plan chase : chaque mois, production = demande + stock de sécurité − stock de fin du mois précédent ; effectif = production ÷ production par personne, arrondi au-dessus, sans dépasser l’effectif maximal ; le reste en heures supplémentaires.",
    "Chase plan: each month, production = demand + safety stock − last month’s end stock; workforce = production ÷ output per worker, rounded up, never above the maximum; the rest in overtime."
);

pub fn step_title(key: &str) -> Text {
    match key {
        "workers" => t!("Effectif du mois (arrondi au-dessus, plafonné)", "Workforce of the month (rounded up, capped)"),
        "overtime" => t!("Production en heures supplémentaires", "Output in overtime"),
        "change" => t!("Embauches (+) ou licenciements (−)", "Hires (+) or fires (−)"),
        "stock" => t!("Stock de fin de mois", "End-of-month stock"),
        "backlog" => t!("Carnet de fin de mois", "End-of-month backlog"),
        "level" => t!("Cadence du plan nivelé", "Rate of the level plan"),
        "cost_overtime" => t!("Coût des heures supplémentaires", "Cost of overtime"),
        "cost_hiring" => t!("Coût des embauches", "Cost of hiring"),
        "cost_firing" => t!("Coût des licenciements", "Cost of firing"),
        "cost_holding" => t!("Coût de stockage (stocks de fin de mois)", "Holding cost (end-of-month stocks)"),
        "cost_total" => t!("Coût total", "Total cost"),
        "actual_stock" => t!("Dernier stock réel", "Last actual stock"),
        "replan" => t!("Production du mois suivant, à partir du stock réel", "Next month’s production, from the actual stock"),
        _ => t!("Étape", "Step"),
    }
}

pub fn month_label(m: usize) -> String {
    format!("M{}", m + 1)
}

pub fn error_message(error: PicError, lang: Lang) -> String {
    match (error, lang) {
        (PicError::NoDemand, Lang::Fr) => "Tapez la demande d’au moins un mois.".to_owned(),
        (PicError::NoDemand, Lang::En) => "Type the demand of at least one month.".to_owned(),
        (PicError::PlanLength(n), Lang::Fr) => {
            format!("Il faut une production par mois de demande : {n} {}.", if n > 1 { "tapées" } else { "tapée" })
        }
        (PicError::PlanLength(n), Lang::En) => format!("One production per month of demand is needed: {n} typed."),
        (PicError::LevelRates(n), Lang::Fr) => {
            format!("Un plan nivelé a une seule cadence : laissez la production vide ou tapez un seul nombre ({n} tapés).")
        }
        (PicError::LevelRates(n), Lang::En) => {
            format!("A level plan has one rate: leave the production empty or type a single number ({n} typed).")
        }
        (PicError::OverCapacity(m), Lang::Fr) => format!(
            "{} : cette production demande plus que tout l’effectif maximal, heures supplémentaires comprises.",
            month_label(m)
        ),
        (PicError::OverCapacity(m), Lang::En) => {
            format!("{}: this production needs more than the whole maximum workforce, overtime included.", month_label(m))
        }
        (PicError::Infeasible, Lang::Fr) => "Aucun plan ne sert cette demande dans la capacité (effectif maximal et heures supplémentaires) en gardant le stock de sécurité.".to_owned(),
        (PicError::OvertimeAboveRegular, Lang::Fr) => {
            "Les heures supplémentaires d’un ouvrier ne peuvent pas fabriquer plus que son temps normal : tapez une production en heures supplémentaires au plus égale à la production par ouvrier.".to_owned()
        }
        (PicError::OvertimeAboveRegular, Lang::En) => {
            "A worker’s overtime cannot make more than their regular time: type an overtime output at most the output per worker.".to_owned()
        }
        (PicError::SearchTooLong, Lang::Fr) => {
            let start = search_stopped(Lang::Fr, "du plan au moindre coût", "qu’aucun plan ne coûte moins");
            format!("{start} : avec des coûts nuls ou très éloignés, trop de plans se valent. Donnez un coût à chaque poste.")
        }
        (PicError::SearchTooLong, Lang::En) => {
            let start = search_stopped(Lang::En, "the least-cost plan", "that no plan costs less");
            format!("{start}: with costs at zero or far apart, too many plans are alike. Give every item a cost.")
        }
        (PicError::Infeasible, Lang::En) => "No plan meets this demand within the capacity (maximum workforce and overtime) while keeping the safety stock.".to_owned(),
    }
}

pub fn tracking_error(error: TrackingError, lang: Lang) -> String {
    match (error, lang) {
        (TrackingError::NoMonths, Lang::Fr) => "Tapez les ventes prévues d’au moins un mois.".to_owned(),
        (TrackingError::NoMonths, Lang::En) => "Type the forecast sales of at least one month.".to_owned(),
        (TrackingError::TargetLength(n), Lang::Fr) => format!("Il faut un stock visé par mois de ventes prévues : {n} tapé(s)."),
        (TrackingError::TargetLength(n), Lang::En) => format!("One target stock per month of forecast sales is needed: {n} typed."),
        (TrackingError::MadeLength(n), Lang::Fr) => format!("Il faut une production réelle par mois de ventes réelles : {n} tapée(s)."),
        (TrackingError::MadeLength(n), Lang::En) => format!("One actual production per month of actual sales is needed: {n} typed."),
        (TrackingError::TooManyActuals(n), Lang::Fr) => format!("{n} mois de ventes réelles : plus que les mois du plan."),
        (TrackingError::TooManyActuals(n), Lang::En) => format!("{n} months of actual sales: more than the plan’s months."),
    }
}
