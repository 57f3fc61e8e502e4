/** Result type of `risks/get`, `keel analyze`'s `risks` section and `keel risks` (DESIGN.md section 1, "Risk register"). */
import * as z from 'zod/mini';
import type { DerivedRiskKind } from '../domain/risk/derived-risk';
import type { RiskScale as DomainRiskScale } from '../domain/risk/risk-record';
import { person } from './person';
import { projectRef } from './report-scope';
import { statusCategory } from './status-category';
import { storedAnswer } from './stored-answer';

const rating = z.nullable(z.number());
const keys = z.array(z.string());

export const riskScale = z.enum(['oneToFive', 'percentAndMoney'] as const satisfies readonly DomainRiskScale[]);
export type RiskScale = z.infer<typeof riskScale>;

export const riskOwner = person;
export type RiskOwner = z.infer<typeof riskOwner>;

/** A risk issue with its ratings read and its scores computed; a rating Keel cannot read is null, with a problem. */
export const scoredRisk = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory,
  category: z.nullable(z.string()),
  owner: z.nullable(riskOwner),
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
  /** Every linked issue, treatments included. */
  linkedKeys: keys,
  problems: keys,
  inherentScore: rating,
  residualScore: rating,
  /** S x O x D, 1-10 each. */
  rpn: rating,
  criticalWork: keys,
  weightedScore: rating,
  weightReason: z.nullable(z.string()),
  flags: z.object({ noOwner: z.boolean(), noTreatment: z.boolean(), noReviewDate: z.boolean() }),
});
export type ScoredRisk = z.infer<typeof scoredRisk>;

const DERIVED_KINDS = [
  'blocked-critical-work',
  'late-critical-work',
  'unassigned-critical-work',
  'unestimated-critical-work',
  'dependency-cycle',
  'late-outside-predecessor',
  'risk-on-critical-work',
] as const satisfies readonly DerivedRiskKind[];
export type { DerivedRiskKind } from '../domain/risk/derived-risk';

/** A schedule risk the plan reveals, with its evidence (sentences naming the issues). */
export const derivedRisk = z.object({
  kind: z.enum(DERIVED_KINDS),
  title: z.string(),
  evidence: keys,
  issueKeys: keys,
  severity: z.enum(['high', 'medium']),
});
export type DerivedRisk = z.infer<typeof derivedRisk>;

/** `cells[p - 1][i - 1]` counts open risks rated probability p and impact i; `unplaced` those without both. */
export const heatMap = z.object({ cells: z.array(z.array(z.number())), unplaced: z.number() });
export type HeatMap = z.infer<typeof heatMap>;

/** The Risks tab: the scored register, schedule risks derived from the plan, heat maps and flags. */
export const riskRegisterResult = z.object({
  project: projectRef,
  scopeJql: z.string(),
  asOf: z.string(),
  /** The issue type read as risks. */
  riskIssueType: z.string(),
  scale: riskScale,
  weights: z.object({ critical: z.number(), nearCritical: z.number() }),
  /** Each risk field (probability, impact, owner ...) and the site field read for it; null ids were not found. */
  fields: z.array(z.object({ slot: z.string(), fieldId: z.nullable(z.string()), fieldName: z.nullable(z.string()) })),
  risks: z.array(scoredRisk),
  derived: z.array(derivedRisk),
  heatMap: z.object({ inherent: heatMap, residual: heatMap }),
  flagged: z.object({ withoutOwner: keys, withoutTreatment: keys, withoutReviewDate: keys }),
  /** What the admin should map for a complete register (no risk type in scope, no probability field ...). */
  setupProblems: keys,
  /** Present above the background threshold: the schedule risks and weights come from the stored schedule. */
  stored: z.optional(storedAnswer),
});
export type RiskRegisterResult = z.infer<typeof riskRegisterResult>;

/** A risk the issue takes part in: `treats` when linked by the treatment link type, `linked` for any other link. */
export const linkedRisk = z.object({ risk: scoredRisk, relation: z.enum(['treats', 'linked']) });
export type LinkedRiskEntry = z.infer<typeof linkedRisk>;

/** `risks/issue`: the issue panel's risks: the risks linked to the issue and the schedule risks that name it. */
export const issueRisksResult = z.object({
  issueKey: z.string(),
  project: projectRef,
  linked: z.array(linkedRisk),
  derived: z.array(derivedRisk),
  /** Present above the background threshold: the schedule risks come from the stored schedule. */
  stored: z.optional(storedAnswer),
});
export type IssueRisksResult = z.infer<typeof issueRisksResult>;
