/**
 * Schedule risks the plan itself reveals (DESIGN.md section 1, "Risk register"), and the plain view of the
 * schedule they are derived from: nodes with their CPM times and flags, edges, cycles.
 */
import type { StatusCategory } from '../work-item';

export type DerivedRiskKind =
  | 'blocked-critical-work'
  | 'late-critical-work'
  | 'unassigned-critical-work'
  | 'unestimated-critical-work'
  | 'dependency-cycle'
  | 'late-outside-predecessor'
  | 'risk-on-critical-work';

export interface DerivedRisk {
  kind: DerivedRiskKind;
  title: string;
  /** Plain sentences naming the issues, e.g. "PAY-12 has no slack: it is on the critical path." */
  evidence: string[];
  issueKeys: string[];
  severity: 'high' | 'medium';
}

export interface PlanNode {
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
  /** Outside the scope (another project): its dates are someone else's plan. */
  external: boolean;
  critical: boolean;
  nearCritical: boolean;
  late: boolean;
  blocked: boolean;
  assigned: boolean;
  missingDuration: boolean;
  totalSlackDays: number;
  dueDate: string | null;
  /** Working-day offsets from the project start; finishes exclusive. */
  offsets: { earlyStart: number; earlyFinish: number; lateStart: number; lateFinish: number };
  /** ISO dates: first and last working days. */
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
}

export interface PlanEdge {
  from: string;
  to: string;
  kind: 'FS' | 'SS' | 'FF' | 'SF';
  lagDays: number;
  /** Left out of the schedule to break a cycle. */
  ignored: boolean;
}

export interface RiskPlan {
  nodes: PlanNode[];
  edges: PlanEdge[];
  cycles: { issueKeys: string[]; suggestedCut: { fromKey: string; toKey: string } }[];
}

/** Open work in scope on the critical or near-critical path. */
export const isOpenPathWork = (n: PlanNode): boolean => !n.external && n.statusCategory !== 'done' && (n.critical || n.nearCritical);

export const pathWords = (n: PlanNode): string =>
  n.critical ? 'it is on the critical path (no slack)' : `it is near-critical (${n.totalSlackDays} working days of slack)`;
