/** Result types of `evm/get`, the baseline resolvers and `keel analyze`'s `evm` section (DESIGN.md section 1, "Earned value"). */
import type { DataProblemKind } from '../domain/evm/data-problem';

/** A stored baseline, as listed. */
export interface BaselineSummary {
  name: string;
  createdAt: string;
  createdBy: string;
  issueCount: number;
  bac: number;
}
export interface BaselineListResult {
  projectKey: string;
  baselines: BaselineSummary[];
}

/** The problems the earned-value domain reports (DataProblemKind), and those the use case adds. */
export type EvmFindingKind =
  | DataProblemKind
  | 'no-budget'
  | 'no-worklogs'
  | 'worklog-before-start'
  | 'history-assumed'
  | 'scope-truncated'
  | 'not-in-baseline'
  | 'baseline-issue-missing';

/** Data the figures had to leave out or guess, with its effect on them ("AC excludes 12.5 h"). */
export interface EvmFinding {
  kind: EvmFindingKind;
  severity: 'info' | 'warning';
  title: string;
  /** What it does to the figures, and how to fix it in Jira or in Keel's settings. */
  effect: string;
  issueKeys: string[];
  details: string[];
  count: number;
}

/** A figure per estimate at completion: PMI's three and the bottom-up one (AC + remaining estimates x rates). */
export interface EvmPerEac {
  cpi: number | null;
  budgetRate: number | null;
  cpiTimesSpi: number | null;
  bottomUp: number | null;
}

/** Every figure as of the status date, in the settings' currency; null = not defined (see `notDefined`). */
export interface EvmFigures {
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  sv: number;
  cv: number;
  spi: number | null;
  cpi: number | null;
  eac: EvmPerEac;
  etc: EvmPerEac;
  vac: EvmPerEac;
  tcpiBac: number | null;
  tcpiEac: EvmPerEac;
  /** EV / BAC. */
  percentComplete: number | null;
}

/** Earned schedule (Lipke), in working days from the project start. */
export interface EvmEarnedSchedule {
  es: number;
  at: number;
  svt: number;
  spit: number | null;
  plannedDuration: number;
  plannedFinish: string | null;
  forecastDuration: number | null;
  forecastFinish: string | null;
}

export interface EvmPoint {
  date: string;
  pv: number;
  /** Null after the status date. */
  ev: number | null;
  ac: number | null;
}

/** One row of the per-epic breakdown; `key` null gathers the issues under no epic. */
export interface EvmEpicRow {
  key: string | null;
  summary: string;
  issueCount: number;
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  spi: number | null;
  cpi: number | null;
}

export interface EvmResult {
  project: { key: string; name: string };
  scopeJql: string;
  asOf: string;
  currency: string;
  /** The planned dates and budgets PV comes from; `current` is the issues' planned dates as they stand. */
  baseline: { name: string; description: string };
  method: { budget: string; percentComplete: string; actualCost: string };
  period: 'day' | 'week';
  projectStart: string;
  figures: EvmFigures;
  earnedSchedule: EvmEarnedSchedule;
  /** Why each null figure is not defined, e.g. `{ figure: 'cpi', reason: 'AC is 0: nothing spent yet' }`. */
  notDefined: { figure: string; reason: string }[];
  /** Cumulative PV, EV and AC per period, from the project start to the planned finish (or the status date). */
  series: EvmPoint[];
  epics: EvmEpicRow[];
  findings: EvmFinding[];
}
