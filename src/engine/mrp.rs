//! Material requirements planning: the bill of materials exploded level by level, each item
//! netted, lot-sized and offset by its lead time, as the course's grids do.
//!
//! ```text
//! gross(t)  = independent(t) + Σ parents' planned releases(t) × quantity per parent
//! avail(0)  = on hand − safety stock          (so the opening column may be negative)
//! avail(t)  = avail(t−1) + scheduled(t) + planned receipt(t) − gross(t)
//! net(t)    = −(avail(t−1) + scheduled(t) − gross(t)) when that is negative
//! ordered   = lot(net) grossed up by the scrap rate, rounded up exactly; netting counts the good parts
//! release   = planned receipt, ⌈lead time⌉ periods earlier (before period 1: past due, kept)
//! cumulative lead time = own lead time + the longest cumulative lead time of a component
//! ```
//! Items are planned by low-level code (the deepest level they appear at), so an item used in
//! several bills gets every parent's releases before it is netted.

use petgraph::algo::toposort;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LotRule {
    LotForLot,
    /// The smallest multiple of the lot covering the net need.
    Fixed(f64),
    /// Calendar blocks of k periods (1–k, k+1–2k…), each block's needs received at its start
    /// (the course's period grouping, Fig 3.28).
    Group(usize),
    /// From the first period with a need, the needs of k periods (the rolling period order
    /// quantity of most textbooks).
    Poq(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub name: String,
    /// In periods; a fraction (half a week) is offset by the whole periods that cover it.
    pub lead_time: f64,
    pub on_hand: f64,
    pub safety: f64,
    pub rule: LotRule,
    /// Fraction of the parts made that are scrapped (0.02 for 2 %).
    pub scrap: f64,
    /// Never stocked: planned lot for lot with no lead time, its parents' needs passed through.
    pub phantom: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub parent: String,
    pub child: String,
    pub quantity: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MrpInput {
    pub periods: usize,
    pub items: Vec<Item>,
    pub links: Vec<Link>,
    /// Independent gross requirements per item and period (missing: none).
    pub demand: HashMap<String, Vec<f64>>,
    pub scheduled: HashMap<String, Vec<f64>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemPlan {
    pub low_level_code: usize,
    /// The longest chain of lead times from this item's release down to its raw materials.
    pub cumulative_lead_time: f64,
    pub gross: Vec<f64>,
    pub scheduled: Vec<f64>,
    /// From the opening column (period 0).
    pub available: Vec<f64>,
    pub net: Vec<f64>,
    /// The stock each period's net requirement is measured against: the projected available
    /// before the period, or for grouped lots the stock lot for lot would have left.
    pub cover: Vec<f64>,
    /// Planned order receipts and releases, as quantities ordered.
    pub receipts: Vec<f64>,
    /// What each planned receipt brings into stock: the good parts (the receipt less its scrap).
    pub good: Vec<f64>,
    pub releases: Vec<f64>,
    /// Releases that fall before period 1.
    pub past_due: f64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MrpError {
    NoItems,
    DuplicateItem(usize),
    /// A link (its row) names an item not in the list.
    UnknownItem(usize),
    /// A link (its row) with a quantity per parent that is not above 0.
    Quantity(usize),
    /// The items of a cycle, in order.
    Cycle(Vec<String>),
    /// A demand or receipt row for an item not in the list (the item named), or longer than the horizon.
    UnknownRow(String),
    TooLong(String),
}

/// ⌈x⌉ without binary noise: 100 × 1.1 is 110.00000000000001, and 110 parts are ordered.
fn ceil_exact(x: f64) -> f64 {
    let nearest = x.round();
    if (x - nearest).abs() <= 1e-9 * nearest.abs().max(1.0) {
        nearest
    } else {
        x.ceil()
    }
}

fn at(series: &[f64], t: usize) -> f64 {
    series.get(t).copied().unwrap_or(0.0)
}

/// Low-level codes: 0 for end items, else one more than the deepest parent.
fn low_level_codes(graph: &DiGraph<usize, ()>, sorted: &[NodeIndex], count: usize) -> Vec<usize> {
    let mut codes = vec![0; count];
    for &node in sorted {
        let code = graph
            .neighbors_directed(node, petgraph::Direction::Incoming)
            .filter_map(|p| codes.get(graph[p]).map(|c| c + 1))
            .max()
            .unwrap_or(0);
        if let Some(c) = codes.get_mut(graph[node]) {
            *c = code;
        }
    }
    codes
}

/// Each item's lead time plus its components' longest, worked from the raw materials up.
fn cumulative_lead_times(graph: &DiGraph<usize, ()>, sorted: &[NodeIndex], items: &[Item]) -> Vec<f64> {
    let mut cumulative = vec![0.0; items.len()];
    for &node in sorted.iter().rev() {
        let below = graph
            .neighbors_directed(node, petgraph::Direction::Outgoing)
            .filter_map(|c| cumulative.get(graph[c]).copied())
            .fold(0.0, f64::max);
        let own = items.get(graph[node]).map_or(0.0, |x| if x.phantom { 0.0 } else { x.lead_time });
        if let Some(c) = cumulative.get_mut(graph[node]) {
            *c = own + below;
        }
    }
    cumulative
}

/// The good quantity a lot rule orders at period `t` for a shortfall starting there, given the
/// stock before `t` and the gross and scheduled rows.
fn lot(rule: LotRule, t: usize, before: f64, gross: &[f64], scheduled: &[f64], periods: usize) -> f64 {
    // The most the stock falls below zero over periods t..end, with no new order in them.
    let shortfall = |end: usize| {
        let mut stock = before;
        let mut worst: f64 = 0.0;
        for k in t..end.min(periods) {
            stock += at(scheduled, k) - at(gross, k);
            worst = worst.min(stock);
        }
        -worst
    };
    match rule {
        LotRule::Fixed(q) if q > 0.0 => ceil_exact(shortfall(t + 1) / q) * q,
        LotRule::LotForLot | LotRule::Fixed(_) => shortfall(t + 1),
        LotRule::Group(k) => shortfall((t / k.max(1) + 1) * k.max(1)),
        LotRule::Poq(k) => shortfall(t + k.max(1)),
    }
}

/// # Errors
/// No item, a duplicate name, a link naming an unknown item or with a quantity not above 0, a
/// cycle (its items named in order), demand or receipts for unknown items or longer than the horizon.
pub fn solve(input: &MrpInput) -> Result<Vec<ItemPlan>, MrpError> {
    if input.items.is_empty() {
        return Err(MrpError::NoItems);
    }
    if let Some(i) = super::first_duplicate(&input.items, |x| &x.name) {
        return Err(MrpError::DuplicateItem(i));
    }
    let index: HashMap<&str, usize> = input.items.iter().enumerate().map(|(i, x)| (x.name.as_str(), i)).collect();
    for rows in [&input.demand, &input.scheduled] {
        let mut names: Vec<&String> = rows.keys().collect();
        names.sort();
        if let Some(name) = names.iter().find(|n| !index.contains_key(n.as_str())) {
            return Err(MrpError::UnknownRow((*name).clone()));
        }
        if let Some(name) = names.iter().find(|n| rows.get(n.as_str()).is_some_and(|r| r.len() > input.periods)) {
            return Err(MrpError::TooLong((*name).clone()));
        }
    }
    let mut graph = DiGraph::<usize, ()>::new();
    let nodes: Vec<NodeIndex> = (0..input.items.len()).map(|i| graph.add_node(i)).collect();
    // (parent, quantity per parent) of each item, in link order.
    let mut parents_of: Vec<Vec<(usize, f64)>> = vec![Vec::new(); input.items.len()];
    for (row, link) in input.links.iter().enumerate() {
        let (Some(&p), Some(&c)) = (index.get(link.parent.as_str()), index.get(link.child.as_str())) else {
            return Err(MrpError::UnknownItem(row));
        };
        if link.quantity.is_nan() || link.quantity <= 0.0 {
            return Err(MrpError::Quantity(row));
        }
        if let (Some(&from), Some(&to)) = (nodes.get(p), nodes.get(c)) {
            graph.add_edge(from, to, ());
        }
        if let Some(list) = parents_of.get_mut(c) {
            list.push((p, link.quantity));
        }
    }
    let sorted = toposort(&graph, None).map_err(|_| {
        let names: Vec<&str> = input.items.iter().map(|x| x.name.as_str()).collect();
        MrpError::Cycle(super::cycle(&graph, &names))
    })?;
    let codes = low_level_codes(&graph, &sorted, input.items.len());
    let cumulative = cumulative_lead_times(&graph, &sorted, &input.items);
    let periods = input.periods;
    let mut plans: Vec<ItemPlan> = codes
        .iter()
        .zip(&cumulative)
        .map(|(&low_level_code, &cumulative_lead_time)| ItemPlan { low_level_code, cumulative_lead_time, ..ItemPlan::default() })
        .collect();
    let mut order: Vec<usize> = (0..input.items.len()).collect();
    order.sort_by_key(|&i| (codes.get(i).copied().unwrap_or(0), i));
    for &i in &order {
        let Some(item) = input.items.get(i) else { continue };
        let mut gross = input.demand.get(&item.name).cloned().unwrap_or_default();
        gross.resize(periods, 0.0);
        for &(p, quantity) in parents_of.get(i).map_or(&[][..], Vec::as_slice) {
            let Some(parent) = plans.get(p) else { continue };
            for (t, g) in gross.iter_mut().enumerate() {
                // A parent's past-due release is needed now: in period 1.
                let released = at(&parent.releases, t) + if t == 0 { parent.past_due } else { 0.0 };
                *g += released * quantity;
            }
        }
        let mut scheduled = input.scheduled.get(&item.name).cloned().unwrap_or_default();
        scheduled.resize(periods, 0.0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // a whole number of periods, 0 to 52 by its column
        let offset = ceil_exact(item.lead_time.max(0.0)) as usize;
        let (rule, lead_time, safety) = if item.phantom { (LotRule::LotForLot, 0, 0.0) } else { (item.rule, offset, item.safety) };
        let mut stock = item.on_hand - safety;
        let mut available = vec![stock];
        let (mut net, mut receipts, mut good_parts, mut releases) =
            (vec![0.0; periods], vec![0.0; periods], vec![0.0; periods], vec![0.0; periods]);
        let mut past_due = 0.0;
        let mut cover = Vec::with_capacity(periods);
        // Lots that cover several periods are sized on the needs each period would have lot
        // for lot (the course's net row for grouping, Fig 3.28).
        let mut lot_for_lot_stock = stock;
        let mut covered_until = 0;
        for t in 0..periods {
            let projected = stock + at(&scheduled, t) - at(&gross, t);
            let basis = match rule {
                LotRule::Group(_) | LotRule::Poq(_) => lot_for_lot_stock,
                LotRule::LotForLot | LotRule::Fixed(_) => stock,
            };
            cover.push(basis);
            let need = -(basis + at(&scheduled, t) - at(&gross, t));
            lot_for_lot_stock = (lot_for_lot_stock + at(&scheduled, t) - at(&gross, t)).max(0.0);
            if let Some(n) = net.get_mut(t) {
                *n = need.max(0.0);
            }
            let good = match rule {
                LotRule::Group(k) if t % k.max(1) == 0 => lot(rule, t, stock, &gross, &scheduled, periods),
                LotRule::Poq(k) if projected < -1e-9 && t >= covered_until => {
                    covered_until = t + k.max(1);
                    lot(rule, t, stock, &gross, &scheduled, periods)
                }
                LotRule::LotForLot | LotRule::Fixed(_) if projected < -1e-9 => lot(rule, t, stock, &gross, &scheduled, periods),
                _ => 0.0,
            };
            let mut arrived = 0.0;
            if good > 1e-9 {
                let ordered = ceil_exact(good * (1.0 + item.scrap));
                // A fixed lot is ordered whole; the parts it brings are its good share.
                arrived = if matches!(rule, LotRule::Fixed(_)) { ordered / (1.0 + item.scrap) } else { good };
                if let Some(r) = receipts.get_mut(t) {
                    *r = ordered;
                }
                if let Some(g) = good_parts.get_mut(t) {
                    *g = arrived;
                }
                match t.checked_sub(lead_time) {
                    Some(release) => {
                        if let Some(r) = releases.get_mut(release) {
                            *r += ordered;
                        }
                    }
                    None => past_due += ordered,
                }
            }
            stock = projected + arrived;
            available.push(stock);
        }
        if let Some(plan) = plans.get_mut(i) {
            *plan = ItemPlan {
                low_level_code: plan.low_level_code,
                cumulative_lead_time: plan.cumulative_lead_time,
                gross,
                scheduled,
                available,
                net,
                cover,
                receipts,
                good: good_parts,
                releases,
                past_due,
            };
        }
    }
    Ok(plans)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Figs 3.22–3.23: SE (lead time 1, lots of 250) made of 2 C (2, 500), each of 0.1 kg of M (3, 200).
    fn fig_3_22() -> MrpInput {
        let item = |name: &str, lead_time: f64, on_hand: f64, lot: f64| Item {
            name: name.into(),
            lead_time,
            on_hand,
            safety: 0.0,
            rule: LotRule::Fixed(lot),
            scrap: 0.0,
            phantom: false,
        };
        let link = |parent: &str, child: &str, quantity: f64| Link { parent: parent.into(), child: child.into(), quantity };
        MrpInput {
            periods: 5,
            items: vec![item("SE", 1.0, 350.0, 250.0), item("C", 2.0, 100.0, 500.0), item("M", 3.0, 200.0, 200.0)],
            links: vec![link("SE", "C", 2.0), link("C", "M", 0.1)],
            demand: HashMap::from([("SE".to_owned(), vec![120.0, 150.0, 220.0, 200.0, 150.0])]),
            scheduled: HashMap::from([("C".to_owned(), vec![0.0, 500.0]), ("M".to_owned(), vec![0.0, 0.0, 200.0])]),
        }
    }

    #[allow(clippy::cast_precision_loss)] // small whole numbers
    fn item(name: &str, lead_time: usize, on_hand: f64, rule: LotRule) -> Item {
        Item { name: name.into(), lead_time: lead_time as f64, on_hand, safety: 0.0, rule, scrap: 0.0, phantom: false }
    }

    fn link(parent: &str, child: &str, quantity: f64) -> Link {
        Link { parent: parent.into(), child: child.into(), quantity }
    }

    fn rounded(xs: &[f64]) -> Vec<f64> {
        xs.iter().map(|x| (x * 1e6).round() / 1e6).collect()
    }

    #[test]
    fn fig_3_23_exactly() {
        let plans = solve(&fig_3_22()).unwrap();
        let [se, c, m] = [&plans[0], &plans[1], &plans[2]];
        assert_eq!(rounded(&se.available), [350.0, 230.0, 80.0, 110.0, 160.0, 10.0]);
        assert_eq!(se.receipts, [0.0, 0.0, 250.0, 250.0, 0.0]);
        assert_eq!(se.releases, [0.0, 250.0, 250.0, 0.0, 0.0]);
        assert_eq!(se.net, [0.0, 0.0, 140.0, 90.0, 0.0]);
        assert_eq!(c.gross, [0.0, 500.0, 500.0, 0.0, 0.0]);
        assert_eq!(rounded(&c.available), [100.0; 6]);
        assert_eq!((c.receipts[2], c.releases[0]), (500.0, 500.0));
        assert_eq!(rounded(&m.gross), [50.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(rounded(&m.available), [200.0, 150.0, 150.0, 350.0, 350.0, 350.0]);
        assert_eq!(m.receipts, [0.0; 5]);
        assert_eq!([se.low_level_code, c.low_level_code, m.low_level_code], [0, 1, 2]);
        assert_eq!([se.cumulative_lead_time, c.cumulative_lead_time, m.cumulative_lead_time], [6.0, 5.0, 3.0]);
    }

    #[test]
    fn fig_3_25_exactly() {
        let input = MrpInput {
            periods: 5,
            items: vec![
                item("SE", 1, 300.0, LotRule::Fixed(200.0)),
                item("C1", 2, 160.0, LotRule::Fixed(350.0)),
                item("C2", 1, 100.0, LotRule::Fixed(250.0)),
            ],
            links: vec![link("SE", "C1", 2.0), link("SE", "C2", 1.0)],
            demand: HashMap::from([("SE".to_owned(), vec![100.0, 150.0, 200.0, 180.0, 150.0])]),
            scheduled: HashMap::from([("C1".to_owned(), vec![0.0, 350.0])]),
        };
        let plans = solve(&input).unwrap();
        assert_eq!(rounded(&plans[0].available), [300.0, 200.0, 50.0, 50.0, 70.0, 120.0]);
        assert_eq!(plans[0].releases, [0.0, 200.0, 200.0, 200.0, 0.0]);
        assert_eq!(plans[1].gross, [0.0, 400.0, 400.0, 400.0, 0.0]);
        assert_eq!(rounded(&plans[1].available), [160.0, 160.0, 110.0, 60.0, 10.0, 10.0]);
        assert_eq!(plans[1].releases, [350.0, 350.0, 0.0, 0.0, 0.0]);
        assert_eq!(rounded(&plans[2].available), [100.0, 100.0, 150.0, 200.0, 0.0, 0.0]);
        assert_eq!(plans[2].releases, [250.0, 250.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn fig_3_27_a_common_component() {
        let input = MrpInput {
            periods: 5,
            items: vec![
                item("SE1", 1, 220.0, LotRule::Fixed(250.0)),
                item("SE2", 2, 140.0, LotRule::Fixed(200.0)),
                item("C", 2, 350.0, LotRule::Fixed(500.0)),
            ],
            links: vec![link("SE1", "C", 1.0), link("SE2", "C", 3.0)],
            demand: HashMap::from([
                ("SE1".to_owned(), vec![100.0, 150.0, 150.0, 180.0, 150.0]),
                ("SE2".to_owned(), vec![0.0, 90.0, 100.0, 30.0, 0.0]),
            ]),
            scheduled: HashMap::from([("C".to_owned(), vec![500.0])]),
        };
        let plans = solve(&input).unwrap();
        assert_eq!(rounded(&plans[0].available), [220.0, 120.0, 220.0, 70.0, 140.0, 240.0]);
        assert_eq!(rounded(&plans[1].available), [140.0, 140.0, 50.0, 150.0, 120.0, 120.0]);
        assert_eq!(plans[2].gross, [850.0, 0.0, 250.0, 250.0, 0.0]);
        assert_eq!(rounded(&plans[2].available), [350.0, 0.0, 0.0, 250.0, 0.0, 0.0]);
        assert_eq!((plans[2].receipts[2], plans[2].releases[0]), (500.0, 500.0));
    }

    #[test]
    fn fig_3_28_grouping_with_scrap() {
        let input = MrpInput {
            periods: 6,
            items: vec![Item { scrap: 0.02, ..item("SE", 0, 220.0, LotRule::Group(3)) }],
            links: Vec::new(),
            demand: HashMap::from([("SE".to_owned(), vec![100.0, 150.0, 150.0, 180.0, 150.0, 120.0])]),
            scheduled: HashMap::new(),
        };
        let plan = &solve(&input).unwrap()[0];
        assert_eq!(plan.receipts, [184.0, 0.0, 0.0, 459.0, 0.0, 0.0]);
        assert_eq!(rounded(&plan.available), [220.0, 300.0, 150.0, 0.0, 270.0, 120.0, 0.0]);
        assert_eq!(plan.net, [0.0, 30.0, 150.0, 180.0, 150.0, 120.0]);
        // Rolling windows start at the first need instead: S2–S4, then S5–S6.
        let rolling = MrpInput { items: vec![Item { scrap: 0.02, ..item("SE", 0, 220.0, LotRule::Poq(3)) }], ..input };
        let plan = &solve(&rolling).unwrap()[0];
        assert_eq!(plan.receipts, [0.0, ceil_exact(360.0 * 1.02), 0.0, 0.0, ceil_exact(270.0 * 1.02), 0.0]);
    }

    #[test]
    fn exact_round_ups_past_due_and_errors() {
        assert_eq!(ceil_exact(100.0 * 1.1), 110.0);
        let late = MrpInput {
            periods: 3,
            items: vec![item("P", 2, 0.0, LotRule::LotForLot), item("C", 1, 0.0, LotRule::LotForLot)],
            links: vec![link("P", "C", 3.0)],
            demand: HashMap::from([("P".to_owned(), vec![10.0, 0.0, 5.0])]),
            scheduled: HashMap::new(),
        };
        let plans = solve(&late).unwrap();
        assert_eq!((plans[0].past_due, plans[0].releases.clone()), (10.0, vec![5.0, 0.0, 0.0]));
        // The past-due release still needs its components, in period 1; C's own release is past due.
        assert_eq!(plans[1].gross, [45.0, 0.0, 0.0]);
        assert_eq!(plans[1].past_due, 45.0);
        let mut cyclic = fig_3_22();
        cyclic.links.push(link("M", "SE", 1.0));
        assert_eq!(solve(&cyclic), Err(MrpError::Cycle(vec!["SE".into(), "C".into(), "M".into()])));
        let mut zero = fig_3_22();
        zero.links[1].quantity = 0.0;
        assert_eq!(solve(&zero), Err(MrpError::Quantity(1)));
        let mut unknown = fig_3_22();
        unknown.links[0].child = "X".into();
        assert_eq!(solve(&unknown), Err(MrpError::UnknownItem(0)));
        let phantom = MrpInput {
            periods: 2,
            items: vec![item("P", 0, 0.0, LotRule::LotForLot), Item { phantom: true, ..item("PH", 3, 0.0, LotRule::Fixed(100.0)) }],
            links: vec![link("P", "PH", 2.0)],
            demand: HashMap::from([("P".to_owned(), vec![0.0, 5.0])]),
            scheduled: HashMap::new(),
        };
        let through = &solve(&phantom).unwrap()[1];
        assert_eq!(
            (through.releases.clone(), through.past_due),
            (vec![0.0, 10.0], 0.0),
            "a phantom passes its need on at once, lot for lot"
        );
        let mut stray = fig_3_22();
        stray.demand.insert("X".into(), vec![1.0]);
        assert_eq!(solve(&stray), Err(MrpError::UnknownRow("X".into())));
        stray.demand.remove("X");
        stray.demand.insert("SE".into(), vec![1.0; 6]);
        assert_eq!(solve(&stray), Err(MrpError::TooLong("SE".into())));
        let safety = MrpInput {
            items: vec![Item { safety: 400.0, ..fig_3_22().items[0].clone() }],
            links: Vec::new(),
            scheduled: HashMap::new(),
            ..fig_3_22()
        };
        assert_eq!(solve(&safety).unwrap()[0].available[0], -50.0, "net of the safety stock, as the course");
    }

    #[test]
    fn random_boms_keep_their_promises() {
        let mut rng = crate::engine::rng::Rng::new(21);
        for _ in 0..200 {
            let count = 6;
            let rules = [LotRule::LotForLot, LotRule::Fixed(50.0), LotRule::Group(2), LotRule::Poq(3)];
            #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small whole numbers
            let items: Vec<Item> = (0..count)
                .map(|i| Item {
                    safety: rng.int(0, 20) as f64,
                    ..item(
                        &format!("I{i}"),
                        rng.int(0, 2) as usize,
                        rng.int(0, 100) as f64,
                        rules[usize::try_from(rng.int(0, 3)).unwrap_or(0)],
                    )
                })
                .collect();
            // Links only from a lower index to a higher one: acyclic.
            let mut links = Vec::new();
            for child in 1..count {
                for parent in 0..child {
                    if rng.int(0, 2) == 0 {
                        #[allow(clippy::cast_precision_loss)]
                        links.push(link(&format!("I{parent}"), &format!("I{child}"), rng.int(1, 3) as f64));
                    }
                }
            }
            #[allow(clippy::cast_precision_loss)]
            let demand = HashMap::from([("I0".to_owned(), (0..8).map(|_| rng.int(0, 60) as f64).collect())]);
            let input = MrpInput { periods: 8, items, links, demand, scheduled: HashMap::new() };
            let plans = solve(&input).unwrap();
            for (plan, item) in plans.iter().zip(&input.items) {
                assert!(plan.available.iter().skip(1).all(|a| *a >= -1e-6), "{item:?} {plan:?}");
                let needed: f64 = plan.gross.iter().sum::<f64>() - (item.on_hand - item.safety);
                assert!(plan.receipts.iter().sum::<f64>() >= needed - 1e-6);
            }
            for l in &input.links {
                let code = |n: &str| plans[input.items.iter().position(|x| x.name == n).unwrap()].low_level_code;
                assert!(code(&l.child) > code(&l.parent));
            }
            // Listing the items in another order plans the same.
            let mut reversed = input.clone();
            reversed.items.reverse();
            let again = solve(&reversed).unwrap();
            for (i, plan) in plans.iter().enumerate() {
                assert_eq!(plan, &again[count - 1 - i]);
            }
        }
    }
}
