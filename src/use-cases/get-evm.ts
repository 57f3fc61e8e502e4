/**
 * The Earned value figures of a project (DESIGN.md section 1, "Earned value"): scope -> budgets rolled up ->
 * the baseline's planned dates -> time-phased PV, EV and AC on the working calendar -> metrics, earned schedule
 * and bottom-up EAC as of the status date -> per-epic breakdown and the data problems with their effect.
 * PV comes from the chosen baseline: `current` (today's planned dates and budgets) or a stored, named one.
 */
import { AppError } from '../app-error';
import type { EvmFinding, EvmResult } from '../contract';
import { bottomUpEac } from '../domain/evm/bottom-up-eac';
import { timePhased, type TimePhasedInput } from '../domain/evm/time-phased';
import { evmCalendar, type Baseline } from './evm-baseline';
import { epicBreakdown } from './evm-epics';
import { timeOnParents } from '../domain/evm/time-on-parents';
import { evmFinding, parentTimeFinding, problemFindings, unbudgetedFinding, unpricedFinding } from './evm-findings';
import { loadEvmHistory } from './evm-history';
import { budgets, fieldCosts, percentCompleteMethod, plannedBudgets, progressPoints, rateTable } from './evm-inputs';
import { baselineFindings, namedBaseline } from './evm-named-baseline';
import type { EvmPorts } from './evm-ports';
import { evmStatus } from './evm-status';
import type { Scope } from './load-scope';
import { baselineCountsText } from './evm-baseline-counts';

const METHOD_LABELS = {
  'zero-hundred': '0/100',
  'fifty-fifty': '50/50',
  'status-category': 'status category',
  'time-based': 'time spent / (time spent + remaining)',
} as const;

async function chosenBaseline(ports: EvmPorts, scope: Scope, name: string): Promise<Baseline> {
  if (name === 'current') return ports.currentBaseline(scope);
  const stored = await ports.storedBaseline(scope.project.key, name);
  if (stored === null) {
    throw new AppError('NOT_FOUND', `${scope.project.key} has no baseline named "${name}": create it first, or use the current plan (baseline "current").`);
  }
  return namedBaseline(ports, stored, new Set(scope.items.map((i) => i.key)));
}

/** The baseline the settings name (`evm.baseline`), or the current plan when the project has no baseline by that name. */
async function settingsBaseline(ports: EvmPorts, scope: Scope): Promise<Baseline> {
  const name = scope.settings.evm.baseline;
  const stored = name === 'current' ? null : await ports.storedBaseline(scope.project.key, name);
  return stored === null ? ports.currentBaseline(scope) : namedBaseline(ports, stored, new Set(scope.items.map((i) => i.key)));
}

/** `input.baseline` undefined: the baseline the project's settings name. */
export async function getEvm(ports: EvmPorts, input: { asOf: string; baseline?: string | undefined }): Promise<EvmResult> {
  const { asOf } = input;
  const scope = await ports.loadScope();
  const evm = scope.settings.evm;
  const baseline = input.baseline === undefined ? await settingsBaseline(ports, scope) : await chosenBaseline(ports, scope, input.baseline);
  const fields = await ports.fetchEvmFields(scope);
  const history = await loadEvmHistory(ports, scope.items, fields, asOf);

  const calendar = evmCalendar(scope.settings, baseline.projectStart);
  const from = calendar.startDate;
  const { source, rollUp, unbudgeted } = budgets(scope.items, fields, scope.settings);
  // A stored baseline brings its own budgets (BAC); the current plan takes today's.
  const counted = baseline.budgets ?? rollUp.counted;
  const bac = baseline.budgets === null ? rollUp.bac : [...counted.values()].reduce((sum, b) => sum + b, 0);
  const planned = plannedBudgets(counted, baseline.planned);
  const rates = rateTable(evm);
  const byWorklogs = evm.actualCost === 'worklogs';
  const lastFinish = planned.reduce((max, p) => (p.finish !== null && p.finish > max ? p.finish : max), asOf);
  const phasing: TimePhasedInput = {
    calendar,
    from,
    to: lastFinish,
    asOf,
    granularity: 'day',
    planned,
    progress: progressPoints(percentCompleteMethod(evm), counted, history, fields),
    worklogs: byWorklogs ? history.worklogs : [],
    rates,
    costs: byWorklogs ? [] : fieldCosts(scope.items, fields, asOf),
  };
  const daily = timePhased(phasing);
  const series = evm.period === 'day' ? daily.series : timePhased({ ...phasing, granularity: 'week' }).series;

  const rateOf = (personId: string | null): number | null => (personId === null ? undefined : rates.byPerson.get(personId)) ?? rates.defaultRate;
  const remaining = scope.items
    .filter((i) => i.statusCategory !== 'done')
    .map((i) => {
      const seconds = fields.get(i.key)?.remainingEstimateSeconds ?? null;
      return { key: i.key, remainingHours: seconds === null ? null : seconds / 3600, rate: rateOf(i.assigneeId) };
    });
  const acNow = daily.series.filter((p) => p.date <= asOf).at(-1)?.ac ?? 0;
  const bottomUp = remaining.some((r) => r.remainingHours !== null) ? bottomUpEac(acNow, remaining, evm.ceiling.hours) : null;

  const status = evmStatus({ bac, daily: daily.series, asOf, calendar, bottomUp });

  const findings: EvmFinding[] = [];
  const noBudget = unbudgetedFinding(unbudgeted, byWorklogs ? history.worklogs : [], rates);
  if (noBudget) findings.push(noBudget);
  findings.push(...baselineFindings(baseline, rollUp.counted));
  findings.push(...problemFindings([...rollUp.problems, ...daily.problems, ...(bottomUp?.problems ?? [])]));
  if (byWorklogs) {
    const unpriced = unpricedFinding(history.worklogs, rates);
    if (unpriced) findings.push(unpriced);
    const onParents = parentTimeFinding(timeOnParents(scope.items, new Set(rollUp.rolledUp.keys()), history.worklogs, rates));
    if (onParents) findings.push(onParents);
    if (history.worklogs.length === 0) findings.push(evmFinding('no-worklogs', []));
    const early = history.worklogs.filter((w) => w.date < from);
    if (early.length > 0) findings.push(evmFinding('worklog-before-start', early.map((w) => ({ key: w.key, detail: `${w.hours} h on ${w.date}, before ${from}` }))));
  } else if (phasing.costs?.length === 0) {
    findings.push(evmFinding('no-worklogs', [], 'No issue has a value in the mapped cost field: AC is 0, so CPI and the CPI-based estimates are not defined.'));
  }
  const assumed = [
    ...history.assumedWorklogs.map((key) => ({ key, detail: 'worklogs not read: its time spent is counted on the status date' })),
    ...history.assumedChanges.map((key) => ({ key, detail: 'status history not read: assumed from its first worklog and resolution date' })),
  ];
  if (assumed.length > 0) findings.push(evmFinding('history-assumed', assumed));
  if (scope.truncatedAt !== null) findings.push(evmFinding('scope-truncated', [], `Only the first ${scope.truncatedAt} issues of the scope are counted; narrow the scope JQL.`));

  return {
    project: { key: scope.project.key, name: scope.project.name },
    scopeJql: scope.jql,
    asOf,
    currency: evm.currency,
    baseline: {
      name: baseline.name,
      description: baselineCountsText({
        stored: baseline.budgets === null ? null : { name: baseline.name, createdAt: baseline.createdAt, issueCount: counted.size, added: [...rollUp.counted.keys()].filter((k) => !counted.has(k)).length, unseen: baseline.unseen },
        scopeIssues: scope.items.length,
        budgeted: rollUp.counted.size,
        fromDueDates: baseline.fromDueDates,
      }),
    },
    method: {
      budget: source.kind === 'estimate' ? `original estimate x ${source.ratePerHour} an hour` : source.kind === 'story-points' ? `story points x ${source.costPerPoint} a point` : `cost field ${evm.budget.costField ?? '(not mapped)'}`,
      percentComplete: `${METHOD_LABELS[evm.percentComplete.method]}${evm.percentComplete.method === 'status-category' ? ` (In Progress ${evm.percentComplete.inProgressShare * 100}%)` : ''}`,
      actualCost: byWorklogs ? actualCostMethod(evm.rates.defaultRate) : `cost field ${evm.budget.costField ?? '(not mapped)'}`,
    },
    period: evm.period,
    projectStart: from,
    ...status,
    series: series.map((p) => ({ date: p.date, pv: round(p.pv), ev: p.ev === null ? null : round(p.ev), ac: p.ac === null ? null : round(p.ac) })),
    epics: epicBreakdown(scope.items, phasing),
    findings,
  };
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** "worklogs x rate (default 100 an hour)", or, with no default rate, says whose worklogs are left out. */
const actualCostMethod = (defaultRate: number | null): string =>
  defaultRate === null ? 'worklogs x rate (people without a rate are left out)' : `worklogs x rate (default ${defaultRate} an hour)`;
