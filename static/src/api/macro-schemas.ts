/** zod/mini schemas of the live macros' results (`macro/raci`, `macro/decisions`, `macro/risks`, `macro/evm`), typed by the contract. */
import * as z from 'zod/mini';
import type { MacroDecisionsResult, MacroEvmResult, MacroRaciResult, MacroRisksResult, RiskScale } from '@contract';
import { decision, decisionFinding } from './decision-schemas';
import { deliverable, people, raciFinding, reportScope as scope } from './raci-schemas';

const CATEGORIES = ['todo', 'inProgress', 'done'] as const;
const SCALES = ['oneToFive', 'percentAndMoney'] as const satisfies readonly RiskScale[];

const figure = z.nullable(z.number());

export const macroRaciResult: z.ZodMiniType<MacroRaciResult> = z.object({ scope, rows: z.array(deliverable), people, findings: z.array(raciFinding) });

export const macroDecisionsResult: z.ZodMiniType<MacroDecisionsResult> = z.object({ scope, decisions: z.array(decision), findings: z.array(decisionFinding) });

export const macroRisksResult: z.ZodMiniType<MacroRisksResult> = z.object({
  scope,
  asOf: z.string(),
  scale: z.enum(SCALES),
  riskCount: z.number(),
  openCount: z.number(),
  topRisks: z.array(
    z.object({
      key: z.string(),
      summary: z.string(),
      status: z.string(),
      statusCategory: z.enum(CATEGORIES),
      owner: z.nullable(z.string()),
      score: figure,
      weightedScore: figure,
      criticalWork: z.boolean(),
    }),
  ),
  heatMap: z.object({ cells: z.array(z.array(z.number())), unplaced: z.number() }),
  derivedCount: z.number(),
  flagged: z.object({ withoutOwner: z.number(), withoutTreatment: z.number(), withoutReviewDate: z.number() }),
});

export const macroEvmResult: z.ZodMiniType<MacroEvmResult> = z.object({
  scope,
  asOf: z.string(),
  currency: z.string(),
  baseline: z.string(),
  bac: z.number(),
  pv: z.number(),
  ev: z.number(),
  ac: z.number(),
  spi: figure,
  cpi: figure,
  percentComplete: figure,
  eac: figure,
  plannedFinish: z.nullable(z.string()),
  forecastFinish: z.nullable(z.string()),
  notDefined: z.array(z.object({ figure: z.string(), reason: z.string() })),
  findingCount: z.number(),
});
