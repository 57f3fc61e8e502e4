/** zod/mini schema of `risks/get`'s result, typed by the contract; its enums must list the contract's unions exactly. */
import * as z from 'zod/mini';
import type { DerivedRisk, DerivedRiskKind, HeatMap, RiskRegisterResult, RiskScale, ScoredRisk } from '@contract';

/** True only when `Listed` covers every member of `Union`. */
type Covers<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : false;

const KINDS = [
  'blocked-critical-work',
  'late-critical-work',
  'unassigned-critical-work',
  'unestimated-critical-work',
  'dependency-cycle',
  'late-outside-predecessor',
  'risk-on-critical-work',
] as const satisfies readonly DerivedRiskKind[];
const SEVERITIES = ['high', 'medium'] as const satisfies readonly DerivedRisk['severity'][];
const SCALES = ['oneToFive', 'percentAndMoney'] as const satisfies readonly RiskScale[];
const CATEGORIES = ['todo', 'inProgress', 'done'] as const satisfies readonly ScoredRisk['statusCategory'][];
export const riskListsAreComplete: [
  Covers<DerivedRiskKind, (typeof KINDS)[number]>,
  Covers<DerivedRisk['severity'], (typeof SEVERITIES)[number]>,
  Covers<RiskScale, (typeof SCALES)[number]>,
] = [true, true, true];

const rating = z.nullable(z.number());
const keys = z.array(z.string());

const scoredRisk: z.ZodMiniType<ScoredRisk> = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory: z.enum(CATEGORIES),
  category: z.nullable(z.string()),
  owner: z.nullable(z.object({ accountId: z.string(), displayName: z.string(), active: z.boolean() })),
  probability: rating,
  impact: rating,
  residualProbability: rating,
  residualImpact: rating,
  severity: rating,
  occurrence: rating,
  detection: rating,
  proximityDate: z.nullable(z.string()),
  reviewDate: z.nullable(z.string()),
  treatmentKeys: keys,
  linkedKeys: keys,
  problems: keys,
  inherentScore: rating,
  residualScore: rating,
  rpn: rating,
  criticalWork: keys,
  weightedScore: rating,
  weightReason: z.nullable(z.string()),
  flags: z.object({ noOwner: z.boolean(), noTreatment: z.boolean(), noReviewDate: z.boolean() }),
});

const derivedRisk: z.ZodMiniType<DerivedRisk> = z.object({
  kind: z.enum(KINDS),
  title: z.string(),
  evidence: keys,
  issueKeys: keys,
  severity: z.enum(SEVERITIES),
});

const heatMap: z.ZodMiniType<HeatMap> = z.object({ cells: z.array(z.array(z.number())), unplaced: z.number() });

export const riskRegisterResult: z.ZodMiniType<RiskRegisterResult> = z.object({
  project: z.object({ key: z.string(), name: z.string() }),
  scopeJql: z.string(),
  asOf: z.string(),
  riskIssueType: z.string(),
  scale: z.enum(SCALES),
  weights: z.object({ critical: z.number(), nearCritical: z.number() }),
  fields: z.array(z.object({ slot: z.string(), fieldId: z.nullable(z.string()), fieldName: z.nullable(z.string()) })),
  risks: z.array(scoredRisk),
  derived: z.array(derivedRisk),
  heatMap: z.object({ inherent: heatMap, residual: heatMap }),
  flagged: z.object({ withoutOwner: keys, withoutTreatment: keys, withoutReviewDate: keys }),
  setupProblems: keys,
});
