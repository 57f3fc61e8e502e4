/**
 * Result types of the live Confluence macros (DESIGN.md section 2: "Live macros render as the person viewing
 * the page"): `macro/raci`, `macro/decisions`, `macro/risks`, `macro/evm`. Each is a compact, read-only cut of
 * the project page's answer, computed with the viewer's own Jira permissions.
 */
import * as z from 'zod/mini';
import { storedAnswer } from './stored-answer';
import { decisionLog } from './decisions';
import { raciMatrix, raciMatrixOnWire } from './raci';
import { packAnswer, unpackAnswer } from './raci-wire';
import { reportScope as scope } from './report-scope';
import { heatMap, riskScale } from './risks';
import { statusCategory } from './status-category';

const figure = z.nullable(z.number());

const macroRaciAnswer = z.object({ ...raciMatrix.shape, scope });
export const macroRaciResult = z.codec(z.object({ ...raciMatrixOnWire.shape, scope }), macroRaciAnswer, { decode: unpackAnswer, encode: packAnswer });
export type MacroRaciResult = z.infer<typeof macroRaciAnswer>;

/** `truncatedAt`: as the Decisions tab's (decisions.ts), how many decisions are shown when some are left out. */
export const macroDecisionsResult = z.object({ ...decisionLog.shape, scope, truncatedAt: z.nullable(z.number()) });
export type MacroDecisionsResult = z.infer<typeof macroDecisionsResult>;

/** One of the top open risks, as the macro lists it. */
export const macroRisk = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory,
  owner: z.nullable(z.string()),
  /** Inherent score (probability x impact, or exposure); null when a rating is missing. */
  score: figure,
  /** The score weighted for critical work it is linked to. */
  weightedScore: figure,
  criticalWork: z.boolean(),
  /** Working days the forecast's P80 moves with the risk (issue #15); null: not measured; absent: no forecast asked. */
  daysAddedAtP80: z.optional(z.nullable(z.number())),
});
export type MacroRisk = z.infer<typeof macroRisk>;

export const macroRisksResult = z.object({
  scope,
  asOf: z.string(),
  scale: riskScale,
  riskCount: z.number(),
  openCount: z.number(),
  /** The open risks with the highest weighted score, at most `MACRO_TOP_RISKS`. */
  topRisks: z.array(macroRisk),
  /** Inherent ratings of the open risks (`cells[p - 1][i - 1]`). */
  heatMap,
  /** Schedule risks the plan reveals. */
  derivedCount: z.number(),
  flagged: z.object({ withoutOwner: z.number(), withoutTreatment: z.number(), withoutReviewDate: z.number() }),
  /**
   * The forecast the days come from (issue #15): `ready` with its iterations, or `computing` while a large
   * project's is (no days yet); absent where no forecast was asked for (the status report).
   */
  scheduleDays: z.optional(z.object({ state: z.enum(['ready', 'computing']), iterations: z.number() })),
});
export type MacroRisksResult = z.infer<typeof macroRisksResult>;

/** The earned value headline: null figures are not defined (`notDefined` says why). */
export const macroEvmResult = z.object({
  scope,
  asOf: z.string(),
  currency: z.string(),
  /** The baseline PV comes from: the one the project's settings name, as on the Earned value tab. */
  baseline: z.string(),
  bac: z.number(),
  pv: z.number(),
  ev: z.number(),
  ac: z.number(),
  spi: figure,
  cpi: figure,
  /** EV / BAC. */
  percentComplete: figure,
  /** BAC / CPI. */
  eac: figure,
  plannedFinish: z.nullable(z.string()),
  forecastFinish: z.nullable(z.string()),
  notDefined: z.array(z.object({ figure: z.string(), reason: z.string() })),
  /** How many data problems the Earned value tab lists for this project. */
  findingCount: z.number(),
  /** Present above the background threshold: the figures come from the stored analysis. */
  stored: z.optional(storedAnswer),
});
export type MacroEvmResult = z.infer<typeof macroEvmResult>;
