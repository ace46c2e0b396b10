//! Integer programmes with a bounded search: microlp solves each linear relaxation, and the branch
//! and bound over those relaxations is here, because it must stop.
//!
//! microlp 0.2's own branch and bound opens nodes until it is done, keeping a copy of the solver
//! per open node: on a plan whose overtime and stock cost nothing (many plans at the same cost)
//! it searched until the tab ran out of memory. microlp 0.7 has a node limit, but measured +86 KiB
//! gzip of wasm used from a lesson (0.2.11: +22; see the README), more than any lesson's budget.
//!
//! ```text
//! node:   solve the relaxation with the bounds the branch added
//! prune:  no better than the best whole solution so far, or than the caller's (or infeasible)
//! branch: on the integer variable farthest from a whole number, x ≤ ⌊v⌋ and x ≥ ⌈v⌉,
//!         the side nearer v first (depth first, so a whole solution is found early)
//! stop:   after NODE_LIMIT relaxations: `TooLong`, never a plan that is not proven the best
//! ```

use microlp::{ComparisonOp, OptimizationDirection, Problem, Solution, Variable};
use std::rc::Rc;

/// Relaxations solved before the search gives up. Measured: 400 random 12- and 36-month plans
/// with the course's costs need 27 at most, the product mixes' tests 7; of 25 800 plans drawn at
/// the ends of the S&OP lesson's ranges, 8 need more than 500, and a search of 500 takes about
/// 45 ms natively.
pub const NODE_LIMIT: usize = 500;

/// Integrality tolerance: a value this close to a whole number counts as whole.
const WHOLE: f64 = 1e-7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntegerError {
    /// No solution meets the constraints (with the integer variables whole).
    Infeasible,
    /// The objective improves without end.
    Unbounded,
    /// `NODE_LIMIT` relaxations solved without proving the best whole solution.
    TooLong,
}

/// The best solution of `problem` with each of `integers` whole. The variables are declared
/// continuous in `problem` (with whole bounds); read them back rounded.
///
/// # Errors
/// Infeasible, unbounded, or a search longer than [`NODE_LIMIT`] relaxations.
pub fn solve(problem: &Problem, direction: OptimizationDirection, integers: &[Variable]) -> Result<Solution, IntegerError> {
    solve_within(problem, direction, integers, None, NODE_LIMIT)?.0.ok_or(IntegerError::Infeasible)
}

/// Like [`solve`], given the objective of a whole solution the caller already has (a rule of
/// thumb's): only better solutions are searched for, so the search prunes from its first node.
/// `None` when none is better: the caller's solution is the best.
///
/// # Errors
/// As [`solve`], except that a programme with no whole solution better than `known` is `Ok(None)`.
pub fn improve(
    problem: &Problem,
    direction: OptimizationDirection,
    integers: &[Variable],
    known: f64,
) -> Result<Option<Solution>, IntegerError> {
    solve_within(problem, direction, integers, Some(known), NODE_LIMIT).map(|(solution, _)| solution)
}

/// [`solve`] with its node limit given, and the nodes it took.
fn solve_within(
    problem: &Problem,
    direction: OptimizationDirection,
    integers: &[Variable],
    known: Option<f64>,
    limit: usize,
) -> Result<(Option<Solution>, usize), IntegerError> {
    let root = problem.solve().map_err(|error| match error {
        microlp::Error::Unbounded => IntegerError::Unbounded,
        _ => IntegerError::Infeasible,
    })?;
    let better = |candidate: f64, best: Option<&Solution>| {
        best.map(Solution::objective).or(known).is_none_or(|best| {
            let margin = 1e-9 * best.abs().max(1.0);
            match direction {
                OptimizationDirection::Minimize => candidate < best - margin,
                OptimizationDirection::Maximize => candidate > best + margin,
            }
        })
    };
    let mut best: Option<Solution> = None;
    let mut open: Vec<(Rc<Solution>, Variable, ComparisonOp, f64)> = Vec::new();
    let mut nodes = 1;
    let mut node = Some(root);
    loop {
        if let Some(solution) = node.take().filter(|s| better(s.objective(), best.as_ref())) {
            match farthest_from_whole(&solution, integers) {
                None => best = Some(solution),
                Some((var, value)) => {
                    let (down, up) = ((ComparisonOp::Le, value.floor()), (ComparisonOp::Ge, value.ceil()));
                    let (near, far) = if value - value.floor() < 0.5 { (down, up) } else { (up, down) };
                    let parent = Rc::new(solution);
                    open.push((Rc::clone(&parent), var, far.0, far.1));
                    open.push((parent, var, near.0, near.1));
                }
            }
        }
        let Some((parent, var, op, bound)) = open.pop() else { break };
        if nodes >= limit {
            return Err(IntegerError::TooLong);
        }
        nodes += 1;
        node = Rc::unwrap_or_clone(parent).add_constraint([(var, 1.0)], op, bound).ok();
    }
    Ok((best, nodes))
}

fn farthest_from_whole(solution: &Solution, integers: &[Variable]) -> Option<(Variable, f64)> {
    integers
        .iter()
        .map(|&var| (var, solution[var]))
        .map(|(var, value)| (var, value, (value - value.round()).abs()))
        .filter(|(_, _, gap)| *gap > WHOLE)
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .map(|(var, value, _)| (var, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// max x + 2y, x real, y whole in [0, 3], x + y ≤ 4, 2x + y ≥ 2: 7 at (1, 3).
    #[test]
    fn a_small_mixed_programme() {
        let mut problem = Problem::new(OptimizationDirection::Maximize);
        let x = problem.add_var(1.0, (0.0, f64::INFINITY));
        let y = problem.add_var(2.0, (0.0, 3.0));
        problem.add_constraint([(x, 1.0), (y, 1.0)], ComparisonOp::Le, 4.0);
        problem.add_constraint([(x, 2.0), (y, 1.0)], ComparisonOp::Ge, 2.0);
        let solution = solve(&problem, OptimizationDirection::Maximize, &[y]).unwrap();
        assert!((solution.objective() - 7.0).abs() < 1e-9);
        assert_eq!(solution[y].round(), 3.0);
    }

    /// max 5a + 4b with 6a + 4b ≤ 24, a + 2b ≤ 6: the relaxation's 21 at (3, 1.5) is not whole;
    /// the best whole point is 20 at (4, 0), which rounding (3, 2) or (3, 1: 19) does not find.
    #[test]
    fn the_whole_optimum_is_not_the_rounded_relaxation() {
        let mut problem = Problem::new(OptimizationDirection::Maximize);
        let a = problem.add_var(5.0, (0.0, 10.0));
        let b = problem.add_var(4.0, (0.0, 10.0));
        problem.add_constraint([(a, 6.0), (b, 4.0)], ComparisonOp::Le, 24.0);
        problem.add_constraint([(a, 1.0), (b, 2.0)], ComparisonOp::Le, 6.0);
        let (solution, nodes) = solve_within(&problem, OptimizationDirection::Maximize, &[a, b], None, NODE_LIMIT).unwrap();
        let solution = solution.unwrap();
        assert!((solution.objective() - 20.0).abs() < 1e-9);
        assert_eq!((solution[a].round(), solution[b].round()), (4.0, 0.0));
        assert!(nodes > 1);
        // The same search cut short says so rather than answer.
        assert_eq!(solve_within(&problem, OptimizationDirection::Maximize, &[a, b], None, 1).err(), Some(IntegerError::TooLong));
    }

    #[test]
    fn no_whole_point_is_infeasible() {
        // 2y = 1 with y whole.
        let mut problem = Problem::new(OptimizationDirection::Minimize);
        let y = problem.add_var(1.0, (0.0, 5.0));
        problem.add_constraint([(y, 2.0)], ComparisonOp::Eq, 1.0);
        assert_eq!(solve(&problem, OptimizationDirection::Minimize, &[y]).err(), Some(IntegerError::Infeasible));
        let mut unbounded = Problem::new(OptimizationDirection::Maximize);
        let z = unbounded.add_var(1.0, (0.0, f64::INFINITY));
        unbounded.add_constraint([(z, 1.0)], ComparisonOp::Ge, 1.0);
        assert_eq!(solve(&unbounded, OptimizationDirection::Maximize, &[z]).err(), Some(IntegerError::Unbounded));
    }

    /// max 820a + 311b + 424c + 736d + 655e + 303f, 1.9a + 1.9b + 9c + 6.5d + 5.9e + 9.1f ≤ 965:
    /// alone, proving 507 × a best takes the search past its limit; told of 415 740, it is done at once.
    #[test]
    fn a_known_solution_prunes_the_search() {
        let mut problem = Problem::new(OptimizationDirection::Maximize);
        let hours = [1.9, 1.9, 9.0, 6.5, 5.9, 9.1];
        let vars: Vec<_> = [820.0, 311.0, 424.0, 736.0, 655.0, 303.0].map(|profit| problem.add_var(profit, (0.0, 1000.0))).to_vec();
        problem.add_constraint(vars.iter().copied().zip(hours), ComparisonOp::Le, 965.0);
        assert_eq!(solve(&problem, OptimizationDirection::Maximize, &vars).err(), Some(IntegerError::TooLong));
        let (better, nodes) = solve_within(&problem, OptimizationDirection::Maximize, &vars, Some(415_740.0), NODE_LIMIT).unwrap();
        assert!(better.is_none(), "nothing beats 507 × a");
        assert!(nodes < 50, "{nodes} relaxations");
        // A known solution that is not the best: the search finds the best.
        let better = improve(&problem, OptimizationDirection::Maximize, &vars, 415_000.0).unwrap().unwrap();
        assert!((better.objective() - 415_740.0).abs() < 1e-6);
    }
}
