/**
 * The domain's view of a unit of work and its links, in project-management words. Adapters build these
 * from Jira issues; nothing here knows Jira's JSON.
 */

export type StatusCategory = 'todo' | 'inProgress' | 'done';

/** One end of a link as seen from the item that carries it: "this <outward words> other" or "this <inward words> other". */
export interface ItemLink {
  id: string;
  linkType: string;
  /** `outward`: this item is the subject of the outward words ("this blocks other"). */
  direction: 'outward' | 'inward';
  otherKey: string;
  otherProjectKey: string;
}

export interface WorkItem {
  key: string;
  projectKey: string;
  summary: string;
  type: string;
  status: string;
  statusCategory: StatusCategory;
  parentKey: string | null;
  assigneeId: string | null;
  assigneeName?: string | null;
  originalEstimateSeconds: number | null;
  /** True when `originalEstimateSeconds` is the sum of its sub-tasks' estimates (Jira's aggregate), not its own. */
  estimateFromSubtasks?: boolean;
  storyPoints: number | null;
  startDate: string | null;
  dueDate: string | null;
  /** The day done work was resolved (YYYY-MM-DD): its actual finish. */
  resolutionDate?: string | null;
  /** Work left, as the team last said (Jira's remaining estimate); null or absent when unknown or not read. */
  remainingEstimateSeconds?: number | null;
  /** Time logged so far; null or absent when none, or not read. */
  timeSpentSeconds?: number | null;
  /** The day the item last entered its status category (YYYY-MM-DD): for work under way, its actual start. */
  statusCategorySince?: string | null;
  /** Values of mapped date fields that are no calendar day ("dueDate: 2026-02-30"): read as empty, and reported. */
  malformedDates?: string[];
  /** Three-point estimate in working days from mapped fields (the forecast); absent when none is mapped. */
  threePoint?: ThreePointEstimate | null;
  /** What resource levelling reads (issue #14); absent when the resource settings do not ask for it. */
  priority?: string | null;
  /** Jira's rank (a LexoRank string: compares as text), when the settings name the Rank field. */
  rank?: string | null;
  components?: string[];
  labels?: string[];
  /** The Atlassian Team's name. */
  team?: string | null;
  links: ItemLink[];
}

/** Optimistic, most likely and pessimistic duration in working days; a value not filled in is null. */
export interface ThreePointEstimate {
  optimistic: number | null;
  mostLikely: number | null;
  pessimistic: number | null;
}
