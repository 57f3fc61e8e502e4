/**
 * What the earned-value figures had to leave out or guess, grouped by kind, each with its effect on the figures
 * (STYLE.md, "Errors": findings are data). Keys are sorted, details keep one line per occurrence.
 */
import type { EvmFinding, EvmFindingKind } from '../contract';
import type { DataProblem } from '../domain/evm/data-problem';
import type { ParentTime } from '../domain/evm/time-on-parents';
import type { RateTable, Worklog } from '../domain/evm/time-phased';
import { compareIssueKeys } from '../domain/issue-key-order';

const TITLES: Record<EvmFindingKind, { title: string; effect: string; severity: 'info' | 'warning' }> = {
  'no-budget': { title: 'Issues without a budget', effect: 'They are left out of BAC, PV and EV; give them an estimate (or the mapped budget field).', severity: 'warning' },
  negative: { title: 'Negative values', effect: 'Left out of the figures; correct them in Jira.', severity: 'warning' },
  'not-a-number': { title: 'Values that are not numbers', effect: 'Left out of the figures; correct them in Jira.', severity: 'warning' },
  'above-ceiling': { title: 'Values above the ceiling for a plausible figure', effect: 'Taken for typos and left out; correct them in Jira or raise the ceiling in the earned-value settings.', severity: 'warning' },
  'no-rate': { title: 'Time logged by people with no rate', effect: 'Left out of AC; add their rate, or a default rate, to the earned-value settings.', severity: 'warning' },
  'no-planned-dates': { title: 'Budgets without planned dates', effect: 'Counted in BAC and EV but not in PV; give them a due date or dependencies.', severity: 'warning' },
  'finish-before-start': { title: 'Planned finish before the planned start', effect: 'Their whole budget is planned on the start date.', severity: 'warning' },
  'percent-out-of-range': { title: 'Percent complete outside 0 to 100%', effect: 'Left out of EV.', severity: 'warning' },
  'parent-cycle': { title: 'Parent links in a cycle', effect: 'The link that closes the cycle is ignored in the budget roll-up.', severity: 'warning' },
  'replaced-by-children': { title: 'Parents budgeted through their children', effect: "Their own estimate is not counted (the children's sum is), so nothing is counted twice.", severity: 'info' },
  'time-on-parents': {
    title: 'Time logged on parents of estimated work',
    effect: 'Log time on the leaf work (the sub-tasks, or the story itself when it has none) and move these worklogs there.',
    severity: 'warning',
  },
  'no-worklogs': { title: 'No time logged', effect: 'AC is 0, so CPI and the CPI-based estimates at completion are not defined.', severity: 'warning' },
  'worklog-before-start': { title: 'Worklogs before the project start', effect: 'Counted in AC on the first day of the S-curve.', severity: 'info' },
  'history-assumed': { title: 'History not read', effect: 'Figures on the status date are whole; earlier points of the S-curve are estimated for these issues.', severity: 'info' },
  'scope-truncated': { title: 'Scope cut short', effect: 'Only the first issues of the scope are counted.', severity: 'warning' },
  'not-in-baseline': { title: 'Work added since the baseline', effect: 'Not in BAC, PV or EV against this baseline; make a new baseline to include it.', severity: 'info' },
  'baseline-issue-missing': { title: 'Baseline issues not in scope now', effect: 'Left out of BAC and PV.', severity: 'info' },
  'levels-left-out': {
    title: 'Issues under security levels left out',
    effect:
      'You are in some of the issue security levels this project uses but not in all, so these figures count only the issues under no level, even where you may open an issue under a level. Ask a Jira admin for the other levels to see the figures over every issue.',
    severity: 'warning',
  },
};

export function evmFinding(kind: EvmFindingKind, entries: readonly { key: string; detail: string }[], effect?: string): EvmFinding {
  const base = TITLES[kind];
  return {
    kind,
    severity: base.severity,
    title: base.title,
    effect: effect ?? base.effect,
    issueKeys: [...new Set(entries.map((e) => e.key))].sort(compareIssueKeys),
    details: entries.map((e) => (e.detail.startsWith(e.key) ? e.detail : `${e.key}: ${e.detail}`)),
    count: entries.length,
  };
}

const hoursText = (h: number): string => `${Math.round(h * 100) / 100} h`;

/** "3 worklogs have no rate: AC excludes 12.5 h", one line per person with no rate. */
export function unpricedFinding(worklogs: readonly Worklog[], rates: RateTable): EvmFinding | null {
  const unpriced = worklogs.filter((w) => w.hours > 0 && ((w.personId === null ? undefined : rates.byPerson.get(w.personId)) ?? rates.defaultRate) === null);
  if (unpriced.length === 0) return null;
  const hours = unpriced.reduce((sum, w) => sum + w.hours, 0);
  const entries = unpriced.map((w) => ({ key: w.key, detail: `${hoursText(w.hours)} on ${w.date} by ${w.personId ?? 'an unknown person'}` }));
  const effect = `${unpriced.length} worklog${unpriced.length === 1 ? ' has' : 's have'} no rate: AC excludes ${hoursText(hours)}. ${TITLES['no-rate'].effect}`;
  return evmFinding('no-rate', entries, effect);
}

/** Data problems grouped by kind; the time-phasing's own 'no-rate' lines are replaced by `unpricedFinding`. */
export function problemFindings(problems: readonly DataProblem[]): EvmFinding[] {
  const byKind = new Map<EvmFindingKind, DataProblem[]>();
  for (const p of problems) {
    if (p.problem === 'no-rate') continue;
    const list = byKind.get(p.problem);
    if (list) list.push(p);
    else byKind.set(p.problem, [p]);
  }
  return [...byKind].map(([kind, list]) => evmFinding(kind, list));
}

/** Unbudgeted issues, with what their logged time adds to AC while they add nothing to BAC, PV or EV. */
export function unbudgetedFinding(unbudgeted: readonly { key: string; detail: string }[], worklogs: readonly Worklog[], rates: RateTable): EvmFinding | null {
  if (unbudgeted.length === 0) return null;
  const keys = new Set(unbudgeted.map((u) => u.key));
  let hours = 0;
  let cost = 0;
  for (const w of worklogs) {
    if (!keys.has(w.key) || !(w.hours > 0)) continue;
    hours += w.hours;
    cost += w.hours * (((w.personId === null ? undefined : rates.byPerson.get(w.personId)) ?? rates.defaultRate) ?? 0);
  }
  const n = unbudgeted.length;
  const spent = hours > 0 ? ` The ${hoursText(hours)} logged on them (${Math.round(cost * 100) / 100}) are in AC, which lowers CPI.` : '';
  return evmFinding('no-budget', unbudgeted, `${n} issue${n === 1 ? ' has' : 's have'} no budget: left out of BAC, PV and EV.${spent} ${TITLES['no-budget'].effect.replace(/^They are left out of BAC, PV and EV; g/, 'G')}`);
}

/**
 * Time on parents whose children carry their own estimates or time: what it does to AC and CPI, and the fix.
 * "2 parents carry 61 h (6100) of logged time: AC includes it, but ..."
 */
export function parentTimeFinding(parents: readonly ParentTime[]): EvmFinding | null {
  if (parents.length === 0) return null;
  const hours = parents.reduce((sum, p) => sum + p.hours, 0);
  const cost = Math.round(parents.reduce((sum, p) => sum + p.cost, 0) * 100) / 100;
  const n = parents.length;
  const entries = parents.map((p) => ({
    key: p.key,
    detail: `${hoursText(p.hours)} (${Math.round(p.cost * 100) / 100}) logged on it; ${p.children === 1 ? 'its only child carries its own estimate or time' : `${p.accountedChildren} of its ${p.children} children carry their own estimate or time`}`,
  }));
  const effect =
    `${n} parent issue${n === 1 ? ' carries' : 's carry'} ${hoursText(hours)} (${cost}) of logged time while their children carry their own estimates or time. ` +
    "AC includes it, but a parent's budget is its children's, so this time earns nothing of its own and lowers CPI; work logged on both the parent and a child is counted twice. " +
    TITLES['time-on-parents'].effect;
  return evmFinding('time-on-parents', entries, effect);
}
