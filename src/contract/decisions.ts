/**
 * Result types of `decisions/get`, `decisions/create` and `keel analyze`'s `decisions` section
 * (DESIGN.md section 1, "Decision log").
 */
import * as z from 'zod/mini';
import type { DecisionFinding as DomainDecisionFinding } from '../domain/decisions/decision-log';
import type { DecisionStatus as DomainDecisionStatus } from '../domain/decisions/decision-record';
import { person } from './person';
import { reportScope } from './report-scope';

const keys = z.array(z.string());

export const DECISION_STATUSES = ['proposed', 'decided', 'superseded', 'rejected'] as const satisfies readonly DomainDecisionStatus[];
export const decisionStatus = z.enum(DECISION_STATUSES);
export type DecisionStatus = z.infer<typeof decisionStatus>;

export const decisionRecord = z.object({
  key: z.string(),
  title: z.string(),
  status: decisionStatus,
  /** The status as the site names it. */
  statusName: z.string(),
  owner: z.nullable(person),
  date: z.string(),
  context: z.string(),
  options: keys,
  outcome: z.string(),
  consequences: z.string(),
  /** Every linked issue (risks included). */
  linkedKeys: keys,
  supersedes: keys,
  supersededBy: keys,
  /** What Keel could not read (a status it does not know, a missing section). */
  problems: keys,
});
export type DecisionRecord = z.infer<typeof decisionRecord>;

const FINDING_KINDS = ['missing-owner', 'missing-outcome', 'supersedes-open-decision', 'unknown-status'] as const satisfies readonly DomainDecisionFinding['kind'][];
export const decisionFinding = z.object({ kind: z.enum(FINDING_KINDS), title: z.string(), advice: z.string(), issueKeys: keys });
export type DecisionFinding = z.infer<typeof decisionFinding>;

/** The log newest first, and its findings. */
export const decisionLog = z.object({ decisions: z.array(decisionRecord), findings: z.array(decisionFinding) });
export type DecisionLog = z.infer<typeof decisionLog>;

/** The Decisions tab: the log newest first, its findings and where it was read from. */
export const decisionsResult = z.object({
  ...decisionLog.shape,
  scope: reportScope,
  decisionIssueType: z.string(),
  /** The JQL the decisions were searched with. */
  decisionsJql: z.string(),
  /** Where status, date and owner were read (field id and site name; null id: the Jira status, created date, assignee). */
  fields: z.array(z.object({ slot: z.enum(['status', 'date', 'owner']), fieldId: z.nullable(z.string()), fieldName: z.nullable(z.string()) })),
  /** Set when decisions are left out (Keel's read cap, or the older ones past the answer's 900 KB): how many are shown. */
  truncatedAt: z.nullable(z.number()),
});
export type DecisionsResult = z.infer<typeof decisionsResult>;

/** A decision recorded from Keel: the issue created, and what could not be set on it. */
export const recordedDecision = z.object({
  key: z.string(),
  /** Site-relative link to the issue (`/browse/KEY`). */
  url: z.string(),
  /** The status asked for. */
  status: decisionStatus,
  /** Set when the issue could not be given the status asked for (no status field is mapped): what to do. */
  statusNote: z.nullable(z.string()),
  /** Set when a decided decision's superseded decisions could not all be moved to Superseded: what to do. */
  supersededNote: z.nullable(z.string()),
  /** Set when the issue exists but some links could not be made (and Jira would not delete it): what is missing. */
  linkNote: z.nullable(z.string()),
  linked: z.object({ supersedes: keys, relatesTo: keys }),
});
export type RecordedDecision = z.infer<typeof recordedDecision>;
