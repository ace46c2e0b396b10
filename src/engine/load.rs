//! Load against capacity per workshop, from the families' production plans (the S&OP's
//! resource check): each family's monthly production times its hours per unit in the workshop,
//! summed over the families, against the workshop's capacity. A workshop that works ahead of
//! the final one (machining a month before assembly) carries the load of a later month.
//!
//! ```text
//! load(w, m) = Σ_f hours(f, w) × production(f, m + offset(w))     (0 past the horizon)
//! staff(m)   = Σ_f ratio(f) × production(f, m)                     (persons, from ratios)
//! ```

use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    pub id: String,
    pub production: Vec<f64>,
    /// Persons needed per unit of production, when staffing is worked from ratios.
    pub ratio: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    pub name: String,
    pub capacity: Vec<f64>,
    /// Months the workshop works ahead of the family's production month.
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Routing {
    pub family: String,
    pub workshop: String,
    pub hours: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoadInput {
    pub families: Vec<Family>,
    pub workshops: Vec<Workshop>,
    pub hours: Vec<Routing>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WorkshopLoad {
    pub load: Vec<f64>,
    /// Load / capacity; none for a month without capacity.
    pub ratio: Vec<Option<f64>>,
    /// Months (from 0) whose load is above the capacity.
    pub overloads: Vec<usize>,
    /// Each family's share of the load, month by month (families in input order).
    pub by_family: Vec<Vec<f64>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoadSolution {
    pub months: usize,
    pub workshops: Vec<WorkshopLoad>,
    /// Persons needed per month, when every family has a ratio.
    pub staff: Option<Vec<f64>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NoFamilies,
    /// Nothing to load: no workshop and no staffing ratio.
    NothingToLoad,
    DuplicateFamily(usize),
    DuplicateWorkshop(usize),
    /// A family's plan is not as long as the first family's (its index).
    ProductionLength(usize),
    /// A workshop's capacities are not one per month (its index).
    CapacityLength(usize),
    /// A routing row names no family of the list (its row).
    UnknownFamily(usize),
    UnknownWorkshop(usize),
    /// A family's hours in a workshop are given twice (the second row).
    DuplicateRouting(usize),
    /// Some families have a staffing ratio and others not (the first without).
    MissingRatio(usize),
}

/// # Errors
/// No family, nothing to load, duplicates, plans and capacities of other lengths, routing rows
/// naming an unknown family or workshop, ratios given for some families only; each named.
pub fn solve(input: &LoadInput) -> Result<LoadSolution, LoadError> {
    let first = input.families.first().ok_or(LoadError::NoFamilies)?;
    let months = first.production.len();
    let with_ratio = input.families.iter().filter(|f| f.ratio.is_some()).count();
    if input.workshops.is_empty() && with_ratio == 0 {
        return Err(LoadError::NothingToLoad);
    }
    if let Some(i) = super::first_duplicate(&input.families, |f| &f.id) {
        return Err(LoadError::DuplicateFamily(i));
    }
    if let Some(i) = super::first_duplicate(&input.workshops, |w| &w.name) {
        return Err(LoadError::DuplicateWorkshop(i));
    }
    if let Some(i) = input.families.iter().position(|f| f.production.len() != months) {
        return Err(LoadError::ProductionLength(i));
    }
    if let Some(i) = input.workshops.iter().position(|w| w.capacity.len() != months) {
        return Err(LoadError::CapacityLength(i));
    }
    if with_ratio > 0 {
        if let Some(i) = input.families.iter().position(|f| f.ratio.is_none()) {
            return Err(LoadError::MissingRatio(i));
        }
    }
    let family_index: HashMap<&str, usize> = input.families.iter().enumerate().map(|(i, f)| (f.id.as_str(), i)).collect();
    let workshop_index: HashMap<&str, usize> = input.workshops.iter().enumerate().map(|(i, w)| (w.name.as_str(), i)).collect();
    // hours[w][f]
    let mut hours = vec![vec![0.0; input.families.len()]; input.workshops.len()];
    let mut seen = std::collections::HashSet::new();
    for (row, r) in input.hours.iter().enumerate() {
        let f = *family_index.get(r.family.as_str()).ok_or(LoadError::UnknownFamily(row))?;
        let w = *workshop_index.get(r.workshop.as_str()).ok_or(LoadError::UnknownWorkshop(row))?;
        if !seen.insert((f, w)) {
            return Err(LoadError::DuplicateRouting(row));
        }
        if let Some(cell) = hours.get_mut(w).and_then(|h| h.get_mut(f)) {
            *cell = r.hours;
        }
    }
    let workshops = input
        .workshops
        .iter()
        .zip(&hours)
        .map(|(workshop, hours)| {
            let by_family: Vec<Vec<f64>> = input
                .families
                .iter()
                .zip(hours)
                .map(|(family, h)| (0..months).map(|m| h * family.production.get(m + workshop.offset).copied().unwrap_or(0.0)).collect())
                .collect();
            let load: Vec<f64> = (0..months).map(|m| by_family.iter().map(|f| f.get(m).copied().unwrap_or(0.0)).sum()).collect();
            let ratio = load.iter().zip(&workshop.capacity).map(|(l, c)| (*c > 0.0).then(|| l / c)).collect();
            let overloads =
                load.iter().zip(&workshop.capacity).enumerate().filter(|(_, (l, c))| **l > **c + 1e-9).map(|(m, _)| m).collect();
            WorkshopLoad { load, ratio, overloads, by_family }
        })
        .collect();
    let staff = (with_ratio > 0).then(|| {
        (0..months)
            .map(|m| input.families.iter().map(|f| f.ratio.unwrap_or(0.0) * f.production.get(m).copied().unwrap_or(0.0)).sum())
            .collect()
    });
    Ok(LoadSolution { months, workshops, staff })
}

/// Figs 3.9–3.11: four families through machining then assembly.
pub fn fig_3_9() -> LoadInput {
    let family = |id: &str, production: [f64; 6]| Family { id: id.into(), production: production.to_vec(), ratio: None };
    let routing = |family: &str, workshop: &str, hours: f64| Routing { family: family.into(), workshop: workshop.into(), hours };
    LoadInput {
        families: vec![
            family("A", [2166.0, 1700.0, 1700.0, 1800.0, 1800.0, 1800.0]),
            family("B", [520.0, 500.0, 490.0, 500.0, 500.0, 550.0]),
            family("C", [990.0, 850.0, 1100.0, 1000.0, 1000.0, 1020.0]),
            family("D", [150.0, 120.0, 130.0, 100.0, 150.0, 100.0]),
        ],
        workshops: vec![
            Workshop { name: "Machining".into(), capacity: vec![4000.0, 4000.0, 3000.0, 4000.0, 4000.0, 4000.0], offset: 0 },
            Workshop { name: "Assembly".into(), capacity: vec![1800.0, 1800.0, 1800.0, 1350.0, 1800.0, 1800.0], offset: 0 },
        ],
        hours: vec![
            routing("A", "Machining", 1.0),
            routing("B", "Machining", 0.5),
            routing("C", "Machining", 1.0),
            routing("D", "Machining", 2.0),
            routing("A", "Assembly", 0.5),
            routing("B", "Assembly", 0.5),
            routing("C", "Assembly", 0.5),
            routing("D", "Assembly", 1.0),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fig_3_11_exactly() {
        let s = solve(&fig_3_9()).unwrap();
        assert_eq!(s.workshops[0].load, [3716.0, 3040.0, 3305.0, 3250.0, 3350.0, 3295.0]);
        assert_eq!(s.workshops[1].load, [1988.0, 1645.0, 1775.0, 1750.0, 1800.0, 1785.0]);
        assert_eq!(s.workshops[0].overloads, [2]);
        assert_eq!(s.workshops[1].overloads, [0, 3], "1 800 for 1 800 in M5 is full, not over");
        assert_eq!(s.workshops[1].by_family[0][0], 1083.0);
        assert_eq!(s.staff, None);
    }

    #[test]
    fn machining_a_month_ahead_carries_the_next_months_load() {
        let mut input = fig_3_9();
        input.workshops[0].offset = 1;
        let s = solve(&input).unwrap();
        assert_eq!(s.workshops[0].load, [3040.0, 3305.0, 3250.0, 3350.0, 3295.0, 0.0]);
        // M3's 3 000 h are still short: M3 now machines M4's 3 250 h.
        assert_eq!(s.workshops[0].overloads, [2]);
    }

    #[test]
    fn staffing_from_ratios() {
        let family = |id: &str, ratio: f64, production: Vec<f64>| Family { id: id.into(), production, ratio: Some(ratio) };
        let input = LoadInput {
            families: vec![
                family("A", 5.0, vec![2.0]),
                family("B", 2.0, vec![4.0]),
                family("C", 3.0, vec![4.0]),
                family("D", 2.0, vec![2.5]),
            ],
            workshops: Vec::new(),
            hours: Vec::new(),
        };
        assert_eq!(solve(&input).unwrap().staff, Some(vec![35.0]));
    }

    #[test]
    fn errors_name_their_culprit() {
        let base = fig_3_9();
        assert_eq!(solve(&LoadInput { families: Vec::new(), ..base.clone() }), Err(LoadError::NoFamilies));
        assert_eq!(solve(&LoadInput { workshops: Vec::new(), hours: Vec::new(), ..base.clone() }), Err(LoadError::NothingToLoad));
        let mut short = base.clone();
        short.families[2].production.pop();
        assert_eq!(solve(&short), Err(LoadError::ProductionLength(2)));
        let mut capacity = base.clone();
        capacity.workshops[1].capacity.push(1.0);
        assert_eq!(solve(&capacity), Err(LoadError::CapacityLength(1)));
        let mut unknown = base.clone();
        unknown.hours[3].family = "E".into();
        assert_eq!(solve(&unknown), Err(LoadError::UnknownFamily(3)));
        let mut nowhere = base.clone();
        nowhere.hours[5].workshop = "Paint".into();
        assert_eq!(solve(&nowhere), Err(LoadError::UnknownWorkshop(5)));
        let mut twice = base.clone();
        twice.hours[1].family = "A".into();
        assert_eq!(solve(&twice), Err(LoadError::DuplicateRouting(1)));
        let mut ratio = base;
        ratio.families[0].ratio = Some(5.0);
        assert_eq!(solve(&ratio), Err(LoadError::MissingRatio(1)));
    }
}
