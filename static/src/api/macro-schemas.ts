/** zod/mini schemas of the live macros' results (`macro/raci`, `macro/decisions`, `macro/risks`, `macro/evm`), typed by the contract. */
import * as z from 'zod/mini';
import type { MacroDecisionsResult, MacroEvmResult, MacroRaciResult, MacroRisksResult, RiskScale } from '@contract';
import { reportScope as scope } from './raci-schemas';

type RaciFindingKind = MacroRaciResult['findings'][number]['kind'];
type DecisionStatus = MacroDecisionsResult['decisions'][number]['status'];
type DecisionFindingKind = MacroDecisionsResult['findings'][number]['kind'];

const CATEGORIES = ['todo', 'inProgress', 'done'] as const;
const SCALES = ['oneToFive', 'percentAndMoney'] as const satisfies readonly RiskScale[];
const RACI_KINDS = ['no-accountable', 'several-accountable', 'no-responsible', 'accountable-overload'] as const satisfies readonly RaciFindingKind[];
const DECISION_STATUSES = ['proposed', 'decided', 'superseded', 'rejected'] as const satisfies readonly DecisionStatus[];
const DECISION_KINDS = ['missing-owner', 'missing-outcome', 'supersedes-open-decision', 'unknown-status'] as const satisfies readonly DecisionFindingKind[];

const keys = z.array(z.string());
const figure = z.nullable(z.number());
const person = z.object({ accountId: z.string(), displayName: z.string(), active: z.boolean() });
const people = z.array(person);

export const macroRaciResult: z.ZodMiniType<MacroRaciResult> = z.object({
  scope,
  rows: z.array(
    z.object({
      key: z.string(),
      summary: z.string(),
      status: z.string(),
      statusCategory: z.enum(CATEGORIES),
      responsible: people,
      accountable: people,
      consulted: people,
      informed: people,
      accountableSource: z.enum(['field', 'reporter', 'none']),
    }),
  ),
  people,
  findings: z.array(z.object({ kind: z.enum(RACI_KINDS), title: z.string(), advice: z.string(), issueKeys: keys, people })),
});

export const macroDecisionsResult: z.ZodMiniType<MacroDecisionsResult> = z.object({
  scope,
  decisions: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      status: z.enum(DECISION_STATUSES),
      statusName: z.string(),
      owner: z.nullable(person),
      date: z.string(),
      context: z.string(),
      options: keys,
      outcome: z.string(),
      consequences: z.string(),
      linkedKeys: keys,
      supersedes: keys,
      supersededBy: keys,
      problems: keys,
    }),
  ),
  findings: z.array(z.object({ kind: z.enum(DECISION_KINDS), title: z.string(), advice: z.string(), issueKeys: keys })),
});

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
