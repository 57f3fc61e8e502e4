/**
 * A draft issue: everything the generator decides about an issue before it is written in Jira's REST
 * shape. Work items, epics, risks, decisions and sub-tasks all become drafts; ids and keys come last,
 * in creation order, as Jira allocates them.
 */
import type { IssueTypeName } from './issue-types';
import type { PlanDecision, PlanEpic, PlanRisk } from './plan-types';
import type { ProjectKey } from './projects';
import type { PlannedSpan } from './schedule';
import type { History } from './status-history';
import type { UserKey } from './users';
import type { PriorityName } from './workflow';

export interface Draft {
  ref: string;
  project: ProjectKey;
  type: IssueTypeName;
  summary: string;
  parentRef?: string;
  assignee: UserKey | null;
  reporter: UserKey;
  component?: string;
  labels: string[];
  priority: PriorityName;
  /** Planned dates (work items, sub-tasks, epics); risks and decisions have none. */
  span?: PlannedSpan;
  estimateSeconds: number | null;
  points: number | null;
  cost: number | null;
  history: History;
  created: number;
  /** Working day index of `created`, so children can be created after their parent. */
  createdDay: number;
  movedFrom?: { project: ProjectKey; at: number };
  epic?: PlanEpic;
  risk?: PlanRisk;
  decision?: PlanDecision;
  /** Filled in by `assignKeys`. */
  id: string;
  key: string;
  /** The key before the move, for a moved issue. */
  oldKey?: string;
}

export const WORK_TYPES: ReadonlySet<IssueTypeName> = new Set(['Story', 'Task', 'Bug', 'Sub-task']);

/** Epics, risks and decisions carry no estimate; everything else is work. */
export function isWork(draft: Draft): boolean {
  return WORK_TYPES.has(draft.type);
}
