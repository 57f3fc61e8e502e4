/**
 * Result types of `decisions/get`, `decisions/create` and `keel analyze`'s `decisions` section
 * (DESIGN.md section 1, "Decision log").
 */
import type { DecisionLog } from '../domain/decisions/decision-log';
import type { DecisionStatus } from '../domain/decisions/decision-record';
import type { ReportScope } from './report-scope';

export type { DecisionFinding, DecisionLog } from '../domain/decisions/decision-log';
export type { DecisionRecord, DecisionStatus } from '../domain/decisions/decision-record';

/** The Decisions tab: the log newest first, its findings and where it was read from. */
export interface DecisionsResult extends DecisionLog {
  scope: ReportScope;
  decisionIssueType: string;
  /** The JQL the decisions were searched with. */
  decisionsJql: string;
  /** Where status, date and owner were read (field id and site name; null id: the Jira status, created date, assignee). */
  fields: { slot: 'status' | 'date' | 'owner'; fieldId: string | null; fieldName: string | null }[];
  truncatedAt: number | null;
}

/** A decision recorded from Keel: the issue created, and what could not be set on it. */
export interface RecordedDecision {
  key: string;
  /** Site-relative link to the issue (`/browse/KEY`). */
  url: string;
  /** The status asked for. */
  status: DecisionStatus;
  /** Set when the issue could not be given the status asked for (no status field is mapped): what to do. */
  statusNote: string | null;
  /** Set when a decided decision's superseded decisions could not all be moved to Superseded: what to do. */
  supersededNote: string | null;
  /** Set when the issue exists but some links could not be made (and Jira would not delete it): what is missing. */
  linkNote: string | null;
  linked: { supersedes: string[]; relatesTo: string[] };
}
