//! Safety stock and reorder point (point de commande), statistical or worst-case.
//!
//! Notation: `Cmoy`/`Csd` mean and standard deviation of consumption per period, `LT` mean lead
//! time in periods, `SS` safety stock, `PC` reorder point.

use super::normal;
use super::rng::Rng;
use super::steps::Step;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Method {
    /// From the service level and the spread of demand.
    Statistical,
    /// The course's "geometric" method: the worst demand over the worst lead time.
    WorstCase,
}

/// How demand over the lead time spreads, for the statistical method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Model {
    /// The course: `σ = Csd·LT` (the periods move together).
    Course,
    /// Independent periods: `σ = Csd·√LT`.
    Sqrt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SafetyStockField {
    D,
    Sd,
    Lt,
    Sl,
    Sdlt,
    Dmax,
    Ltmax,
    Ss,
}

impl SafetyStockField {
    pub fn param(self) -> &'static str {
        match self {
            Self::D => "d",
            Self::Sd => "sd",
            Self::Lt => "lt",
            Self::Sl => "sl",
            Self::Sdlt => "sdlt",
            Self::Dmax => "dmax",
            Self::Ltmax => "ltmax",
            Self::Ss => "ss",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SafetyStockError {
    /// Must be a finite number > 0.
    NotPositive(SafetyStockField),
    /// Must be a finite number ≥ 0.
    Negative(SafetyStockField),
    /// The service level must lie strictly between 0 and 1.
    ServiceLevelOutOfRange,
    /// The worst-case method needs this field.
    Missing(SafetyStockField),
    /// A maximum below its mean (`dmax < d` or `ltmax < lt`).
    MaxBelowMean(SafetyStockField),
}

impl SafetyStockError {
    pub fn field(self) -> SafetyStockField {
        match self {
            Self::NotPositive(f) | Self::Negative(f) | Self::Missing(f) | Self::MaxBelowMean(f) => f,
            Self::ServiceLevelOutOfRange => SafetyStockField::Sl,
        }
    }
}

impl std::fmt::Display for SafetyStockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = self.field().param();
        match self {
            Self::NotPositive(_) => write!(f, "{name} must be greater than 0"),
            Self::Negative(_) => write!(f, "{name} must not be negative"),
            Self::ServiceLevelOutOfRange => write!(f, "sl must be between 0 and 1"),
            Self::Missing(_) => write!(f, "{name} is needed by the worst-case method"),
            Self::MaxBelowMean(_) => write!(f, "{name} must not be below its mean"),
        }
    }
}

impl std::error::Error for SafetyStockError {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SafetyStockInput {
    pub method: Method,
    /// `Cmoy`, units per period.
    pub mean_demand: f64,
    /// `Csd`, units per period.
    pub sd_demand: f64,
    /// `LT`, periods.
    pub lead_time: f64,
    /// Probability of no stockout during a lead time, 0 < sl < 1.
    pub service_level: f64,
    pub model: Model,
    /// Standard deviation of the lead time, periods (advanced).
    pub sd_lead_time: Option<f64>,
    /// `Cmax`, for the worst-case method.
    pub max_demand: Option<f64>,
    /// `LTmax`, for the worst-case method.
    pub max_lead_time: Option<f64>,
    /// A safety stock whose service level the learner wants to know (the inverse use).
    pub trial_safety_stock: Option<f64>,
}

/// Which safety-stock formula produced the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Formula {
    /// `SS = z·Csd·LT`
    Course,
    /// `SS = z·Csd·√LT`
    Sqrt,
    /// `SS = z·√(LT·Csd² + Cmoy²·sdLT²)`
    LeadTimeVariability,
    /// `SS = Cmax·LTmax − Cmoy·LT`
    WorstCase,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SafetyStockSolution {
    pub formula: Formula,
    /// `z` for the service level (statistical method).
    pub z: Option<f64>,
    /// The value printed in the course's table for this service level, if it has one.
    pub table_z: Option<f64>,
    pub safety_stock: f64,
    /// `PC = SS + Cmoy·LT`.
    pub reorder_point: f64,
    /// Mean demand over the lead time, `Cmoy·LT`.
    pub lead_time_demand: f64,
    /// Standard deviation of demand over the lead time under the chosen model (`None` if 0).
    pub sigma: Option<f64>,
    /// `P(demand over the lead time ≤ PC)`: gives back `sl` for the statistical method.
    pub implied_service_level: Option<f64>,
    /// `1 −` the above, computed directly.
    pub stockout_probability: Option<f64>,
    /// Service level and stockout probability of the learner's trial safety stock.
    pub trial: Option<Trial>,
    pub steps: Vec<Step>,
}

/// What a given safety stock buys: `Φ(SS/σ)` and its complement.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Trial {
    pub safety_stock: f64,
    pub service_level: f64,
    pub stockout_probability: f64,
}

/// z as a two-decimal normal table gives it, for the levels the course and its exercises use:
/// 1.28 for 90 %, 1.65 for 95 % (the course's value), 1.96 for 97.5 %, 2.05 for 98 %, 2.33 for 99 %.
pub fn course_table_z(service_level: f64) -> Option<f64> {
    [(0.90, 1.28), (0.95, 1.65), (0.975, 1.96), (0.98, 2.05), (0.99, 2.33)]
        .into_iter()
        .find(|(sl, _)| (service_level - sl).abs() < 1e-12)
        .map(|(_, z)| z)
}

/// Service level and stockout probability implied by a safety stock, for demand over the lead
/// time with standard deviation `sigma`.
pub fn implied_service_level(safety_stock: f64, sigma: f64) -> Option<(f64, f64)> {
    (sigma > 0.0 && sigma.is_finite()).then(|| (normal::cdf(safety_stock / sigma), normal::upper_tail(safety_stock / sigma)))
}

fn positive(value: f64, field: SafetyStockField) -> Result<f64, SafetyStockError> {
    if value.is_finite() && value > 0.0 {
        Ok(value)
    } else {
        Err(SafetyStockError::NotPositive(field))
    }
}

fn non_negative(value: f64, field: SafetyStockField) -> Result<f64, SafetyStockError> {
    if value.is_finite() && value >= 0.0 {
        Ok(value)
    } else {
        Err(SafetyStockError::Negative(field))
    }
}

/// Standard deviation of demand over the lead time, and the formula it belongs to.
fn spread(input: &SafetyStockInput, sd: f64, lt: f64) -> Result<(f64, Formula), SafetyStockError> {
    if let Some(sdlt) = input.sd_lead_time.filter(|v| *v != 0.0) {
        let sdlt = non_negative(sdlt, SafetyStockField::Sdlt)?;
        let d = input.mean_demand;
        return Ok(((lt * sd * sd + d * d * sdlt * sdlt).sqrt(), Formula::LeadTimeVariability));
    }
    Ok(match input.model {
        Model::Course => (sd * lt, Formula::Course),
        Model::Sqrt => (sd * lt.sqrt(), Formula::Sqrt),
    })
}

/// Safety stock and reorder point.
///
/// # Formula
/// ```text
/// statistical: z = Φ⁻¹(sl)    SS = z·σ    with σ = Csd·LT (course), Csd·√LT (sqrt)
///              or σ = √(LT·Csd² + Cmoy²·sdLT²) when the lead time varies
/// worst case:  SS = Cmax·LTmax − Cmoy·LT
/// both:        PC = SS + Cmoy·LT
/// ```
///
/// # Errors
/// A [`SafetyStockError`] naming the field: `d`, `sd`, `sdlt` negative; `lt` ≤ 0; `sl` outside
/// (0, 1); `dmax`/`ltmax` missing or below their means for the worst-case method.
pub fn solve(input: &SafetyStockInput) -> Result<SafetyStockSolution, SafetyStockError> {
    let d = non_negative(input.mean_demand, SafetyStockField::D)?;
    let sd = non_negative(input.sd_demand, SafetyStockField::Sd)?;
    let lt = positive(input.lead_time, SafetyStockField::Lt)?;
    let lead_time_demand = d * lt;
    let (sigma, spread_formula) = spread(input, sd, lt)?;
    let sigma_if_any = (sigma > 0.0).then_some(sigma);
    let mut steps = Vec::new();

    let (formula, z, safety_stock) = match input.method {
        Method::Statistical => {
            let sl = input.service_level;
            if !(sl > 0.0 && sl < 1.0) {
                return Err(SafetyStockError::ServiceLevelOutOfRange);
            }
            let z = normal::inverse_cdf(sl);
            steps.push(Step::new("z", "z = Φ⁻¹(sl)").text("Φ⁻¹(").num(sl).text(")").result(z));
            steps.push(match spread_formula {
                Formula::Sqrt => Step::new("sigma", "σ = Csd·√LT").num(sd).text(" × √").num(lt).result(sigma),
                Formula::LeadTimeVariability => Step::new("sigma", "σ = √(LT·Csd² + Cmoy²·sdLT²)")
                    .text("√(")
                    .num(lt)
                    .text(" × ")
                    .num(sd)
                    .text("² + ")
                    .num(d)
                    .text("² × ")
                    .num(input.sd_lead_time.unwrap_or_default())
                    .text("²)")
                    .result(sigma),
                Formula::Course | Formula::WorstCase => Step::new("sigma", "σ = Csd·LT").num(sd).text(" × ").num(lt).result(sigma),
            });
            let safety_stock = z * sigma;
            steps.push(Step::new("ss", "SS = z·σ").num(z).text(" × ").num(sigma).result(safety_stock));
            (spread_formula, Some(z), safety_stock)
        }
        Method::WorstCase => {
            let dmax = input.max_demand.ok_or(SafetyStockError::Missing(SafetyStockField::Dmax))?;
            let ltmax = input.max_lead_time.ok_or(SafetyStockError::Missing(SafetyStockField::Ltmax))?;
            let dmax = non_negative(dmax, SafetyStockField::Dmax)?;
            let ltmax = positive(ltmax, SafetyStockField::Ltmax)?;
            if dmax < d {
                return Err(SafetyStockError::MaxBelowMean(SafetyStockField::Dmax));
            }
            if ltmax < lt {
                return Err(SafetyStockError::MaxBelowMean(SafetyStockField::Ltmax));
            }
            let safety_stock = dmax * ltmax - lead_time_demand;
            steps.push(
                Step::new("ss", "SS = Cmax·LTmax − Cmoy·LT")
                    .num(dmax)
                    .text(" × ")
                    .num(ltmax)
                    .text(" − ")
                    .num(d)
                    .text(" × ")
                    .num(lt)
                    .result(safety_stock),
            );
            (Formula::WorstCase, None, safety_stock)
        }
    };
    let reorder_point = safety_stock + lead_time_demand;
    steps.push(Step::new("pc", "PC = SS + Cmoy·LT").num(safety_stock).text(" + ").num(d).text(" × ").num(lt).result(reorder_point));
    let implied = sigma_if_any.and_then(|s| implied_service_level(safety_stock, s));
    let trial = match input.trial_safety_stock {
        Some(trial) => {
            let trial = non_negative(trial, SafetyStockField::Ss)?;
            sigma_if_any.and_then(|s| implied_service_level(trial, s)).map(|(service_level, stockout_probability)| Trial {
                safety_stock: trial,
                service_level,
                stockout_probability,
            })
        }
        None => None,
    };
    if let (Some((level, _)), Some(s)) = (implied, sigma_if_any) {
        steps.push(Step::new("service", "sl = Φ(SS/σ)").text("Φ(").num(safety_stock).text(" / ").num(s).text(")").result(level));
    }
    Ok(SafetyStockSolution {
        formula,
        z,
        table_z: (input.method == Method::Statistical).then(|| course_table_z(input.service_level)).flatten(),
        safety_stock,
        reorder_point,
        lead_time_demand,
        sigma: sigma_if_any,
        implied_service_level: implied.map(|(level, _)| level),
        stockout_probability: implied.map(|(_, tail)| tail),
        trial,
        steps,
    })
}

/// (units, density) of demand over the lead time, from mean − 4σ to mean + 4σ, for the chart.
pub fn curve_points(solution: &SafetyStockSolution, points: usize) -> Vec<(f64, f64)> {
    let Some(sigma) = solution.sigma else {
        return Vec::new();
    };
    let mean = solution.lead_time_demand;
    let steps = points.max(2) - 1;
    (0..=steps)
        .map(|i| {
            let z = -4.0 + 8.0 * i as f64 / steps as f64;
            (mean + z * sigma, normal::density(z) / sigma)
        })
        .collect()
}

/// The course's example: Cmoy 325, Csd 50, LT 2, 95 %, course model (SS ≈ 164.5).
pub fn course_example() -> SafetyStockInput {
    SafetyStockInput {
        method: Method::Statistical,
        mean_demand: 325.0,
        sd_demand: 50.0,
        lead_time: 2.0,
        service_level: 0.95,
        model: Model::Course,
        sd_lead_time: None,
        max_demand: None,
        max_lead_time: None,
        trial_safety_stock: None,
    }
}

/// A realistic statistical exercise (course model), the same for everyone with the same seed.
pub fn exercise(seed: u64) -> SafetyStockInput {
    let mut rng = Rng::new(seed);
    let mean_demand = rng.step(50, 2000, 25) as f64;
    let spread_percent = rng.int(5, 30) as f64;
    SafetyStockInput {
        method: Method::Statistical,
        mean_demand,
        sd_demand: (mean_demand * spread_percent / 100.0).round(),
        lead_time: rng.int(1, 6) as f64,
        service_level: rng.pick(&[0.9, 0.95, 0.975, 0.98, 0.99]),
        model: Model::Course,
        sd_lead_time: None,
        max_demand: None,
        max_lead_time: None,
        trial_safety_stock: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn course_model_example() {
        let s = solve(&course_example()).unwrap();
        assert!((s.z.unwrap() - 1.644_853_626_951_472_2).abs() < 1e-12);
        assert!((s.safety_stock - 164.485_362_695_147_2).abs() < 1e-9);
        assert!((s.reorder_point - 814.485_362_695_147_2).abs() < 1e-9);
        assert_eq!(s.table_z, Some(1.65));
        // Every level the exercises draw has its table value, within rounding of the exact z.
        for level in [0.9, 0.95, 0.975, 0.98, 0.99] {
            let table = course_table_z(level).unwrap();
            assert!((table - normal::inverse_cdf(level)).abs() <= 0.006, "{level}");
        }
        assert_eq!(course_table_z(0.93), None);
        assert_eq!(s.formula, Formula::Course);
        // The course's table value gives SS 165 and PC 815.
        assert!((s.table_z.unwrap() * 50.0 * 2.0 - 165.0).abs() < 1e-9);
        assert!((s.implied_service_level.unwrap() - 0.95).abs() < 1e-12);
        assert!((s.stockout_probability.unwrap() - 0.05).abs() < 1e-12);
    }

    #[test]
    fn sqrt_model_and_lead_time_variability() {
        let mut input = course_example();
        input.model = Model::Sqrt;
        let s = solve(&input).unwrap();
        assert!((s.safety_stock - 1.644_853_626_951_472_2 * 50.0 * 2f64.sqrt()).abs() < 1e-9);
        assert!((s.safety_stock - 116.31).abs() < 0.005);
        input.sd_lead_time = Some(0.5);
        let s = solve(&input).unwrap();
        assert_eq!(s.formula, Formula::LeadTimeVariability);
        let sigma = (2.0 * 2500.0 + 325.0f64.powi(2) * 0.25).sqrt();
        assert!((s.sigma.unwrap() - sigma).abs() < 1e-9);
        assert!((s.safety_stock - 1.644_853_626_951_472_2 * sigma).abs() < 1e-9);
    }

    #[test]
    fn worst_case_method() {
        let mut input = course_example();
        input.method = Method::WorstCase;
        input.max_demand = Some(450.0);
        input.max_lead_time = Some(3.0);
        let s = solve(&input).unwrap();
        assert_eq!((s.safety_stock, s.reorder_point, s.z), (700.0, 1350.0, None));
        // Under the course model σ = 100: SS 700 is 7 σ, a stockout chance of about 1.3e-12.
        assert!((s.stockout_probability.unwrap() - 1.279_812_543_885_835e-12).abs() < 1e-20);
        input.max_lead_time = None;
        assert_eq!(solve(&input), Err(SafetyStockError::Missing(SafetyStockField::Ltmax)));
        input.max_lead_time = Some(1.0);
        assert_eq!(solve(&input), Err(SafetyStockError::MaxBelowMean(SafetyStockField::Ltmax)));
        input.max_lead_time = Some(3.0);
        input.max_demand = Some(300.0);
        assert_eq!(solve(&input), Err(SafetyStockError::MaxBelowMean(SafetyStockField::Dmax)));
    }

    #[test]
    fn errors_name_the_field() {
        for (edit, expected) in [
            (
                Box::new(|i: &mut SafetyStockInput| i.service_level = 1.0) as Box<dyn Fn(&mut SafetyStockInput)>,
                SafetyStockError::ServiceLevelOutOfRange,
            ),
            (Box::new(|i: &mut SafetyStockInput| i.service_level = 0.0), SafetyStockError::ServiceLevelOutOfRange),
            (Box::new(|i: &mut SafetyStockInput| i.lead_time = 0.0), SafetyStockError::NotPositive(SafetyStockField::Lt)),
            (Box::new(|i: &mut SafetyStockInput| i.sd_demand = -1.0), SafetyStockError::Negative(SafetyStockField::Sd)),
            (Box::new(|i: &mut SafetyStockInput| i.mean_demand = f64::NAN), SafetyStockError::Negative(SafetyStockField::D)),
            (Box::new(|i: &mut SafetyStockInput| i.sd_lead_time = Some(-0.1)), SafetyStockError::Negative(SafetyStockField::Sdlt)),
        ] {
            let mut input = course_example();
            edit(&mut input);
            assert_eq!(solve(&input), Err(expected));
        }
        assert_eq!(SafetyStockError::ServiceLevelOutOfRange.field().param(), "sl");
    }

    #[test]
    fn inverse_use_gives_the_service_of_a_stock() {
        // σ = 100 under the course model: SS 200 covers Φ(2) = 97.72 % of lead times.
        let s = solve(&SafetyStockInput { trial_safety_stock: Some(200.0), ..course_example() }).unwrap();
        let trial = s.trial.unwrap();
        assert!((trial.service_level - 0.977_249_868_051_820_8).abs() < 1e-14);
        assert!((trial.stockout_probability - 0.022_750_131_948_179_195).abs() < 1e-14);
        assert_eq!(
            solve(&SafetyStockInput { trial_safety_stock: Some(-1.0), ..course_example() }),
            Err(SafetyStockError::Negative(SafetyStockField::Ss))
        );
        assert_eq!(solve(&SafetyStockInput { trial_safety_stock: Some(50.0), sd_demand: 0.0, ..course_example() }).unwrap().trial, None);
    }

    #[test]
    fn no_spread_means_no_curve() {
        let mut input = course_example();
        input.sd_demand = 0.0;
        let s = solve(&input).unwrap();
        assert_eq!((s.safety_stock, s.sigma), (0.0, None));
        assert!(curve_points(&s, 50).is_empty());
        let with_spread = solve(&course_example()).unwrap();
        let curve = curve_points(&with_spread, 81);
        assert_eq!(curve.len(), 81);
        assert!((curve[40].0 - 650.0).abs() < 1e-9);
    }

    #[test]
    fn exercises_are_solvable_and_reproducible() {
        assert_eq!(exercise(3), exercise(3));
        for seed in 0..200 {
            let s = solve(&exercise(seed)).unwrap();
            assert!(s.safety_stock > 0.0 && s.reorder_point > s.safety_stock);
        }
    }
}
