/** Result types of `evm/get`, the baseline resolvers and `keel analyze`'s `evm` section (DESIGN.md section 1, "Earned value"). */
import * as z from 'zod/mini';
import { storedAnswer } from './stored-answer';
import type { DataProblemKind } from '../domain/evm/data-problem';
import { projectRef } from './report-scope';

const amount = z.nullable(z.number());

/** A stored baseline, as listed. */
export const baselineSummary = z.object({
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  issueCount: z.number(),
  bac: z.number(),
  /** Why some entries are left out of the viewer's totals (baselines/list only). */
  note: z.optional(z.string()),
});
export type BaselineSummary = z.infer<typeof baselineSummary>;

export const baselineListResult = z.object({ projectKey: z.string(), baselines: z.array(baselineSummary) });
export type BaselineListResult = z.infer<typeof baselineListResult>;

export const baselineDeleted = z.object({ deleted: z.boolean() });

/** The problems the earned-value domain reports (DataProblemKind), and those the use case adds. */
const EVM_FINDING_KINDS = [
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
  'no-budget',
  'no-worklogs',
  'worklog-before-start',
  'history-assumed',
  'scope-truncated',
  'not-in-baseline',
  'baseline-issue-missing',
  'levels-left-out',
] as const;
export type EvmFindingKind = (typeof EVM_FINDING_KINDS)[number];
/** Fails to compile when the domain reports a kind this list lacks. */
export const evmKindsCoverDomain: [Exclude<DataProblemKind, EvmFindingKind>] extends [never] ? true : false = true;

/** Data the figures had to leave out or guess, with its effect on them ("AC excludes 12.5 h"). */
export const evmFinding = z.object({
  kind: z.enum(EVM_FINDING_KINDS),
  severity: z.enum(['info', 'warning']),
  title: z.string(),
  /** What it does to the figures, and how to fix it in Jira or in Keel's settings. */
  effect: z.string(),
  issueKeys: z.array(z.string()),
  details: z.array(z.string()),
  count: z.number(),
});
export type EvmFinding = z.infer<typeof evmFinding>;

/** A figure per estimate at completion: PMI's three and the bottom-up one (AC + remaining estimates x rates). */
export const evmPerEac = z.object({ cpi: amount, budgetRate: amount, cpiTimesSpi: amount, bottomUp: amount });
export type EvmPerEac = z.infer<typeof evmPerEac>;

/** Every figure as of the status date, in the settings' currency; null = not defined (see `notDefined`). */
export const evmFigures = z.object({
  bac: z.number(),
  pv: z.number(),
  ev: z.number(),
  ac: z.number(),
  sv: z.number(),
  cv: z.number(),
  spi: amount,
  cpi: amount,
  eac: evmPerEac,
  etc: evmPerEac,
  vac: evmPerEac,
  tcpiBac: amount,
  tcpiEac: evmPerEac,
  /** EV / BAC. */
  percentComplete: amount,
});
export type EvmFigures = z.infer<typeof evmFigures>;

/** Earned schedule (Lipke), in working days from the project start. */
export const evmEarnedSchedule = z.object({
  es: z.number(),
  at: z.number(),
  svt: z.number(),
  spit: amount,
  plannedDuration: z.number(),
  plannedFinish: z.nullable(z.string()),
  forecastDuration: amount,
  forecastFinish: z.nullable(z.string()),
});
export type EvmEarnedSchedule = z.infer<typeof evmEarnedSchedule>;

export const evmPoint = z.object({
  date: z.string(),
  pv: z.number(),
  /** Null after the status date. */
  ev: amount,
  ac: amount,
});
export type EvmPoint = z.infer<typeof evmPoint>;

/** One row of the per-epic breakdown; `key` null gathers the issues under no epic. */
export const evmEpicRow = z.object({
  key: z.nullable(z.string()),
  summary: z.string(),
  issueCount: z.number(),
  bac: z.number(),
  pv: z.number(),
  ev: z.number(),
  ac: z.number(),
  spi: amount,
  cpi: amount,
});
export type EvmEpicRow = z.infer<typeof evmEpicRow>;

export const evmResult = z.object({
  project: projectRef,
  scopeJql: z.string(),
  asOf: z.string(),
  currency: z.string(),
  /** The planned dates and budgets PV comes from; `current` is the issues' planned dates as they stand. */
  baseline: z.object({ name: z.string(), description: z.string() }),
  method: z.object({ budget: z.string(), percentComplete: z.string(), actualCost: z.string() }),
  period: z.enum(['day', 'week']),
  projectStart: z.string(),
  figures: evmFigures,
  earnedSchedule: evmEarnedSchedule,
  /** Why each null figure is not defined, e.g. `{ figure: 'cpi', reason: 'AC is 0: nothing spent yet' }`. */
  notDefined: z.array(z.object({ figure: z.string(), reason: z.string() })),
  /** Cumulative PV, EV and AC per period, from the project start to the planned finish (or the status date). */
  series: z.array(evmPoint),
  epics: z.array(evmEpicRow),
  findings: z.array(evmFinding),
  /** Present when the scope is above the background threshold: the figures come from the stored analysis. */
  stored: z.optional(storedAnswer),
});
export type EvmResult = z.infer<typeof evmResult>;
