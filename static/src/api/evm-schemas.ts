/** zod/mini schemas of `evm/get`'s and the `baselines/*` results, typed by the contract; its enums must list the contract's unions exactly. */
import * as z from 'zod/mini';
import type { BaselineComparison, BaselineIssueChange, BaselineListResult, BaselineSummary, ComparedPlan, EvmFinding, EvmFindingKind, EvmPerEac, EvmResult } from '@contract';

/** True only when `Listed` covers every member of `Union`. */
type Covers<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : false;

const KINDS = [
  'no-budget',
  'negative',
  'not-a-number',
  'above-ceiling',
  'no-rate',
  'no-planned-dates',
  'finish-before-start',
  'percent-out-of-range',
  'parent-cycle',
  'replaced-by-children',
  'time-on-parents',
  'no-worklogs',
  'worklog-before-start',
  'history-assumed',
  'scope-truncated',
  'not-in-baseline',
  'baseline-issue-missing',
] as const satisfies readonly EvmFindingKind[];
const SEVERITIES = ['info', 'warning'] as const satisfies readonly EvmFinding['severity'][];
export const evmListsAreComplete: [Covers<EvmFindingKind, (typeof KINDS)[number]>] = [true];

const amount = z.nullable(z.number());
const perEac: z.ZodMiniType<EvmPerEac> = z.object({ cpi: amount, budgetRate: amount, cpiTimesSpi: amount, bottomUp: amount });

const evmFinding: z.ZodMiniType<EvmFinding> = z.object({
  kind: z.enum(KINDS),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  effect: z.string(),
  issueKeys: z.array(z.string()),
  details: z.array(z.string()),
  count: z.number(),
});

export const evmResult: z.ZodMiniType<EvmResult> = z.object({
  project: z.object({ key: z.string(), name: z.string() }),
  scopeJql: z.string(),
  asOf: z.string(),
  currency: z.string(),
  baseline: z.object({ name: z.string(), description: z.string() }),
  method: z.object({ budget: z.string(), percentComplete: z.string(), actualCost: z.string() }),
  period: z.enum(['day', 'week']),
  projectStart: z.string(),
  figures: z.object({
    bac: z.number(),
    pv: z.number(),
    ev: z.number(),
    ac: z.number(),
    sv: z.number(),
    cv: z.number(),
    spi: amount,
    cpi: amount,
    eac: perEac,
    etc: perEac,
    vac: perEac,
    tcpiBac: amount,
    tcpiEac: perEac,
    percentComplete: amount,
  }),
  earnedSchedule: z.object({
    es: z.number(),
    at: z.number(),
    svt: z.number(),
    spit: amount,
    plannedDuration: z.number(),
    plannedFinish: z.nullable(z.string()),
    forecastDuration: amount,
    forecastFinish: z.nullable(z.string()),
  }),
  notDefined: z.array(z.object({ figure: z.string(), reason: z.string() })),
  series: z.array(z.object({ date: z.string(), pv: z.number(), ev: amount, ac: amount })),
  epics: z.array(
    z.object({
      key: z.nullable(z.string()),
      summary: z.string(),
      issueCount: z.number(),
      bac: z.number(),
      pv: z.number(),
      ev: z.number(),
      ac: z.number(),
      spi: amount,
      cpi: amount,
    }),
  ),
  findings: z.array(evmFinding),
});

export const baselineSummary: z.ZodMiniType<BaselineSummary> = z.object({
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  issueCount: z.number(),
  bac: z.number(),
});
export const baselineListResult: z.ZodMiniType<BaselineListResult> = z.object({ projectKey: z.string(), baselines: z.array(baselineSummary) });
export const baselineDeleted: z.ZodMiniType<{ deleted: boolean }> = z.object({ deleted: z.boolean() });

const plannedEntry = z.nullable(z.object({ budget: z.number(), start: z.nullable(z.string()), finish: z.nullable(z.string()) }));
const comparedPlan: z.ZodMiniType<ComparedPlan> = z.object({
  name: z.string(),
  createdAt: z.nullable(z.string()),
  issueCount: z.number(),
  bac: z.number(),
  plannedFinish: z.nullable(z.string()),
  hidden: z.number(),
});
const issueChange: z.ZodMiniType<BaselineIssueChange> = z.object({
  key: z.string(),
  summary: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  from: plannedEntry,
  to: plannedEntry,
  startMovedDays: amount,
  finishMovedDays: amount,
  budgetChange: z.number(),
});
export const baselineComparison: z.ZodMiniType<BaselineComparison> = z.object({
  project: z.object({ key: z.string(), name: z.string() }),
  currency: z.string(),
  from: comparedPlan,
  to: comparedPlan,
  totals: z.object({
    bacChange: z.number(),
    plannedFinishMovedDays: amount,
    added: z.number(),
    removed: z.number(),
    changed: z.number(),
    unchanged: z.number(),
  }),
  changes: z.array(issueChange),
});
