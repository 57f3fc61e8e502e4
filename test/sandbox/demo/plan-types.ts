/**
 * The declarative plan a demo project is generated from: epics with their work items, risks, decisions
 * and links, named by stable `ref`s. Dates are working days counted from the projects' start (day 0,
 * about eight weeks before today); the generator jitters and schedules them per seed.
 */
import type { LinkTypeName } from './link-types';
import type { ProjectKey } from './projects';
import type { UserKey } from './users';
import type { StatusName } from './workflow';

export type WorkType = 'Story' | 'Task' | 'Bug';

export interface PlanItem {
  ref: string;
  summary: string;
  type: WorkType;
  assignee: UserKey;
  /** Planned start, working days after the projects' start. */
  start: number;
  /** Planned duration in working days. */
  days: number;
  points: number;
  component?: string;
  labels?: readonly string[];
  cost?: number;
  /** A status the generator must not change (the deactivated user's stale work). */
  status?: StatusName;
  /** The item was created in another project and moved here on working day `day`. */
  movedFrom?: { project: ProjectKey; day: number };
}

export interface PlanEpic {
  ref: string;
  summary: string;
  accountable: UserKey;
  consulted: readonly UserKey[];
  informed: readonly UserKey[];
  items: readonly PlanItem[];
}

export interface PlanRisk {
  ref: string;
  summary: string;
  owner: UserKey;
  probability: number;
  impact: number;
  category: 'Schedule' | 'Technical' | 'Commercial' | 'Compliance' | 'Security';
  status: 'Open' | 'Mitigating' | 'Closed';
  raisedDay: number;
  /** Refs of the issues that treat this risk (linked with "Mitigates"). */
  mitigatedBy: readonly string[];
  description: string;
}

export interface PlanDecision {
  ref: string;
  summary: string;
  owner: UserKey;
  status: 'Proposed' | 'Decided' | 'Superseded' | 'Rejected';
  /** Working day the decision was raised; it is decided a few days later unless still proposed. */
  raisedDay: number;
  context: string;
  options: readonly string[];
  outcome: string;
  consequences: string;
  relatesTo: readonly string[];
  supersedes?: string;
}

export interface PlanLink {
  type: LinkTypeName;
  /** The outward subject: `from` blocks / has to be done before / mitigates `to`. */
  from: string;
  to: string;
  /** Deliberate mess (a cycle edge, a hidden project): left out when the generator schedules dates. */
  unscheduled?: boolean;
}

export interface ProjectPlan {
  key: ProjectKey;
  reporter: UserKey;
  epics: readonly PlanEpic[];
  /** Work without an epic. */
  loose: readonly PlanItem[];
  risks: readonly PlanRisk[];
  decisions: readonly PlanDecision[];
  links: readonly PlanLink[];
  /** Sub-task summaries by component ('default' for the rest). */
  subtaskPool: Readonly<Record<string, readonly string[]>>;
  /** Issue count the generator aims for (sub-tasks fill the gap), inclusive range. */
  issueCount: readonly [number, number];
  labels: readonly string[];
  /** Share of the work whose planned finish has passed that is still not done (default 0.15): how far behind. */
  lateShare?: number;
}

/** `item('ref', 'Summary', 'lena', 12, 5, 3)`: a story; pass `{ type: 'Task' }` and more as `extra`. */
export function item(
  ref: string,
  summary: string,
  assignee: UserKey,
  start: number,
  days: number,
  points: number,
  extra: Partial<Omit<PlanItem, 'ref' | 'summary' | 'assignee' | 'start' | 'days' | 'points'>> = {},
): PlanItem {
  return { ref, summary, type: 'Story', assignee, start, days, points, ...extra };
}

export const blocks = (from: string, to: string, unscheduled = false): PlanLink => ({ type: 'Blocks', from, to, unscheduled });
