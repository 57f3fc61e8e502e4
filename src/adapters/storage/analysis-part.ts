/**
 * One part of a stored analysis (analysis-store.ts) read back from its text: the schedule's head, a list of its
 * nodes or links, or a list of the Jira issues it was computed from. What Keel wrote is still read as outside data
 * (damaged, or written by an older Keel): with the contract's own schemas.
 */
import { z } from 'zod';
import { jiraIssue, type JiraIssue } from '../jira/jira-issue-schema';
import { computedSchedule, scheduleEdge, scheduleNode, type ScheduleResult } from '../../contract';

export type PartKind = 'head' | 'nodes' | 'edges' | 'issues';

const storedNodes = z.array(scheduleNode);
const storedEdges = z.array(scheduleEdge);
const storedIssues = z.array(jiraIssue);

export type ParsedPart =
  | { kind: 'head'; head: Omit<ScheduleResult, 'background'> }
  | { kind: 'nodes'; list: ScheduleResult['nodes'] }
  | { kind: 'edges'; list: ScheduleResult['edges'] }
  | { kind: 'issues'; list: JiraIssue[] };

/** One part's text as its kind's schema reads it; `damaged` when it is not JSON or does not fit. */
export function parsedPart(kind: PartKind, text: string): ParsedPart | 'damaged' {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'damaged';
  }
  const read = <T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T | null => {
    const result = schema.safeParse(json);
    return result.success ? result.data : null;
  };
  if (kind === 'head') {
    const head = read(computedSchedule);
    return head ? { kind, head } : 'damaged';
  }
  if (kind === 'nodes') {
    const list = read(storedNodes);
    return list ? { kind, list } : 'damaged';
  }
  if (kind === 'edges') {
    const list = read(storedEdges);
    return list ? { kind, list } : 'damaged';
  }
  const list = read(storedIssues);
  return list ? { kind, list } : 'damaged';
}
