/**
 * How many iterations the background forecast runs so it ends well inside Forge's 900 s consumer (DESIGN.md
 * section 5): one iteration costs about (issues + links) units of work, and `npm run bench` measured about
 * 1.1 million units per CPU second (100,000 issues and 300,000 links: 2.7 iterations per CPU second). With
 * BUDGET_UNITS (600 s of that: a third of the 900 s kept as margin), the risk runs (`riskRuns` x up to 1,000
 * iterations) are fitted first down to none, then the main run down to ITERATION_FLOOR.
 * Example: 50,000 issues and 150,000 links (200,000 units): 3,300 budgeted iterations, so 0 risk runs of 1,000
 * and 3,300 main iterations at most; 1,000 issues and 3,000 links: everything asked for.
 */

export const UNITS_PER_SECOND = 1_100_000;
export const BUDGET_UNITS = 600 * UNITS_PER_SECOND;
export const ITERATION_FLOOR = 100;

export function backgroundIterations(work: { issues: number; links: number }, wanted: { iterations: number; riskRuns: number; riskIterations: number }): { iterations: number; riskRuns: number } {
  const perIteration = Math.max(1, work.issues + work.links);
  const affordable = Math.floor(BUDGET_UNITS / perIteration);
  const main = Math.max(ITERATION_FLOOR, Math.min(wanted.iterations, affordable));
  const perRiskRun = Math.min(main, wanted.riskIterations);
  const riskRuns = Math.max(0, Math.min(wanted.riskRuns, Math.floor((affordable - main) / Math.max(1, perRiskRun))));
  return { iterations: main, riskRuns };
}
