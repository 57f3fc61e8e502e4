/**
 * `resources/get` and `resources/issue` (issue #14; DESIGN.md section 1, "Resource levelling"): load against capacity
 * per person or pool per week, the issues behind each cell (at most CELL_ISSUE_LIMIT a cell, with the count), the
 * levelled finish next to the CPM finish, and per issue its levelled dates, its levelling delay and what it waits for.
 */
import * as z from 'zod/mini';
import { finding } from './finding';
import { projectRef } from './report-scope';
import { storedAnswer } from './stored-answer';

/** Issues named in a cell at most: the answer stays well under 1 MB at 30 people x 2 years. */
export const CELL_ISSUE_LIMIT = 25;
/** Moved issues listed at most, most delayed first (`movedCount` gives them all). */
export const MOVED_ISSUE_LIMIT = 200;

export const waitsFor = z.union([
  z.object({ kind: z.literal('start') }),
  z.object({ kind: z.literal('fixed') }),
  z.object({ kind: z.literal('predecessor'), key: z.string() }),
  /** `holder`: the issue holding the resource just before, or null (time off, no availability yet). */
  z.object({ kind: z.literal('resource'), resource: z.string(), holder: z.nullable(z.string()) }),
]);
export type WaitsForView = z.infer<typeof waitsFor>;

export const levelledIssue = z.object({
  key: z.string(),
  summary: z.string(),
  /** The person or pool it holds; null when none (unassigned, unestimated, done). */
  resource: z.nullable(z.string()),
  earlyStart: z.string(),
  earlyFinish: z.string(),
  levelledStart: z.string(),
  levelledFinish: z.string(),
  /** Working days the levelled start is after the CPM early start. */
  delayDays: z.number(),
  waitsFor,
  /** Levelled start and (exclusive) finish in working days from the project start, as a schedule node's offsets. */
  startOffset: z.number(),
  finishOffset: z.number(),
});
export type LevelledIssueView = z.infer<typeof levelledIssue>;

const hours = z.number();

export const loadCell = z.object({
  capacityHours: hours,
  cpmHours: hours,
  levelledHours: hours,
  /** Issues holding the resource in the week, CPM and levelled: keys, at most CELL_ISSUE_LIMIT, and how many. */
  cpmIssues: z.array(z.string()),
  cpmIssueCount: z.number(),
  levelledIssues: z.array(z.string()),
  levelledIssueCount: z.number(),
});
export type LoadCellView = z.infer<typeof loadCell>;

export const loadRow = z.object({ resource: z.string(), kind: z.enum(['person', 'pool']), cells: z.array(loadCell) });
export type LoadRowView = z.infer<typeof loadRow>;

export const resourcesResult = z.object({
  project: projectRef,
  scopeJql: z.string(),
  asOf: z.string(),
  cpmFinish: z.string(),
  levelledFinish: z.string(),
  finishDelayDays: z.number(),
  /** Mondays of the weeks shown. */
  weeks: z.array(z.string()),
  rows: z.array(loadRow),
  /** A large project's stored answer keeps the busiest rows that fit (compact-resources.ts): how many there were. Absent when all are shown. */
  rowCount: z.optional(z.number()),
  /** Cells whose CPM load passes their capacity, and those whose levelled load still does (within slack). */
  overAllocatedCells: z.number(),
  levelledOverAllocatedCells: z.number(),
  /** Issues the levelling moved, most delayed first, at most MOVED_ISSUE_LIMIT. */
  moved: z.array(levelledIssue),
  movedCount: z.number(),
  /** Every issue's levelled dates (the Dependencies tab's levelled view), with its summary. */
  issues: z.array(levelledIssue),
  options: z.object({ withinSlack: z.boolean(), ignorePools: z.boolean(), priorityOrder: z.enum(['standard', 'jira-priority']) }),
  method: z.enum(['priority', 'search']),
  seed: z.number(),
  schedules: z.number(),
  findings: z.array(finding),
  /**
   * A large project's answer, levelled in the background (store-levellings.ts): its state; `issues` then lists the
   * moved issues only. Absent when levelled in the call. While not ready the answer holds no load, only this.
   */
  stored: z.optional(storedAnswer),
});
export type ResourcesResult = z.infer<typeof resourcesResult>;

export const issueLevellingResult = z.object({
  issueKey: z.string(),
  /** Null when the issue is not levelled (not in the project's schedule). */
  issue: z.nullable(levelledIssue),
  cpmFinish: z.string(),
  levelledFinish: z.string(),
  /** The holder's or predecessor's summary, when the viewer may see it. */
  waitsForSummary: z.nullable(z.string()),
  /** Why the issue is not shown though it may be levelled (a large project's stored levelling, not ready or not moving it). */
  note: z.nullable(z.string()),
});
export type IssueLevellingResult = z.infer<typeof issueLevellingResult>;
