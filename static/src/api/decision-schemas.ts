/** zod/mini schemas of `decisions/get` and `decisions/create` results, typed by the contract. */
import * as z from 'zod/mini';
import type { DecisionFinding, DecisionRecord, DecisionsResult, DecisionStatus, RecordedDecision } from '@contract';
import { person, reportScope } from './raci-schemas';

export const DECISION_STATUSES = ['proposed', 'decided', 'superseded', 'rejected'] as const satisfies readonly DecisionStatus[];
const KINDS = ['missing-owner', 'missing-outcome', 'supersedes-open-decision', 'unknown-status'] as const satisfies readonly DecisionFinding['kind'][];
const SLOTS = ['status', 'date', 'owner'] as const satisfies readonly DecisionsResult['fields'][number]['slot'][];
const keys = z.array(z.string());

export const decision: z.ZodMiniType<DecisionRecord> = z.object({
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
});

export const decisionFinding: z.ZodMiniType<DecisionFinding> = z.object({ kind: z.enum(KINDS), title: z.string(), advice: z.string(), issueKeys: keys });

export const decisionsResult: z.ZodMiniType<DecisionsResult> = z.object({
  decisions: z.array(decision),
  findings: z.array(decisionFinding),
  scope: reportScope,
  decisionIssueType: z.string(),
  decisionsJql: z.string(),
  fields: z.array(z.object({ slot: z.enum(SLOTS), fieldId: z.nullable(z.string()), fieldName: z.nullable(z.string()) })),
  truncatedAt: z.nullable(z.number()),
});

export const recordedDecision: z.ZodMiniType<RecordedDecision> = z.object({
  key: z.string(),
  url: z.string(),
  status: z.enum(DECISION_STATUSES),
  statusNote: z.nullable(z.string()),
  supersededNote: z.nullable(z.string()),
  linkNote: z.nullable(z.string()),
  linked: z.object({ supersedes: keys, relatesTo: keys }),
});
