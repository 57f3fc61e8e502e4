/**
 * Result types of the live Confluence macros (DESIGN.md section 2: "Live macros render as the person viewing
 * the page"): `macro/raci`, `macro/decisions`, `macro/risks`, `macro/evm`. Each is a compact, read-only cut of
 * the project page's answer, computed with the viewer's own Jira permissions.
 */
import type { DecisionFinding } from '../domain/decisions/decision-log';
import type { DecisionRecord } from '../domain/decisions/decision-record';
import type { Person } from '../domain/person';
import type { RaciFinding } from '../domain/raci/raci-matrix';
import type { RaciDeliverable } from '../domain/raci/raci-deliverable';
import type { HeatMap } from '../domain/risk/heat-map';
import type { RiskScale } from '../domain/risk/risk-record';
import type { StatusCategory } from '../domain/work-item';
import type { ReportScope } from './report-scope';


export interface MacroRaciResult {
  scope: ReportScope;
  rows: RaciDeliverable[];
  people: Person[];
  findings: RaciFinding[];
}

export interface MacroDecisionsResult {
  scope: ReportScope;
  decisions: DecisionRecord[];
  findings: DecisionFinding[];
}

/** One of the top open risks, as the macro lists it. */
export interface MacroRisk {
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
  owner: string | null;
  /** Inherent score (probability x impact, or exposure); null when a rating is missing. */
  score: number | null;
  /** The score weighted for critical work it is linked to. */
  weightedScore: number | null;
  criticalWork: boolean;
}

export interface MacroRisksResult {
  scope: ReportScope;
  asOf: string;
  scale: RiskScale;
  riskCount: number;
  openCount: number;
  /** The open risks with the highest weighted score, at most `MACRO_TOP_RISKS`. */
  topRisks: MacroRisk[];
  /** Inherent ratings of the open risks (`cells[p - 1][i - 1]`). */
  heatMap: HeatMap;
  /** Schedule risks the plan reveals. */
  derivedCount: number;
  flagged: { withoutOwner: number; withoutTreatment: number; withoutReviewDate: number };
}

/** The earned value headline: null figures are not defined (`notDefined` says why). */
export interface MacroEvmResult {
  scope: ReportScope;
  asOf: string;
  currency: string;
  /** The baseline PV comes from: the one the project's settings name, as on the Earned value tab. */
  baseline: string;
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  spi: number | null;
  cpi: number | null;
  /** EV / BAC. */
  percentComplete: number | null;
  /** BAC / CPI. */
  eac: number | null;
  plannedFinish: string | null;
  forecastFinish: string | null;
  notDefined: { figure: string; reason: string }[];
  /** How many data problems the Earned value tab lists for this project. */
  findingCount: number;
}
