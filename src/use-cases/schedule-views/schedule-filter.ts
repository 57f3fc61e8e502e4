/**
 * The schedule views' filter (schedule-views.ts in the contract): every field given narrows; epics are the
 * summary's groups, so an epic matches its children and itself, and `NO_EPIC_KEY` the issues under no epic.
 */
import { NO_EPIC_KEY, UNASSIGNED_KEY, type ScheduleFilter, type ScheduleNode } from '../../contract';
import { derivedOnce } from '../derived-once';

/** The summary group of each node: its parent, itself when it is a parent, else `NO_EPIC_KEY`. O(V). */
export function groupOf(nodes: readonly ScheduleNode[]): (node: ScheduleNode) => string {
  // Once per stored schedule (derived-once.ts): every view of a large schedule groups its nodes.
  const parents = derivedOnce(nodes, 'parents', [], () => new Set(nodes.flatMap((n) => (n.parentKey === null ? [] : [n.parentKey]))));
  return (node) => node.parentKey ?? (parents.has(node.key) ? node.key : NO_EPIC_KEY);
}

export function nodeFilter(filter: ScheduleFilter, group: (node: ScheduleNode) => string): (node: ScheduleNode) => boolean {
  const text = filter.text?.trim().toLowerCase() ?? '';
  return (n) =>
    (filter.epic === undefined || group(n) === filter.epic) &&
    (filter.assignee === undefined || (n.assignee?.accountId ?? UNASSIGNED_KEY) === filter.assignee) &&
    (filter.category === undefined || n.statusCategory === filter.category) &&
    (filter.criticalOnly !== true || n.critical) &&
    (filter.nearCriticalOnly !== true || n.critical || n.nearCritical) &&
    (text === '' || n.key.toLowerCase().includes(text) || n.summary.toLowerCase().includes(text)) &&
    // Overlapping the window: starts by its end and finishes from its start (ISO dates compare as text).
    (filter.to === undefined || n.earlyStart <= filter.to) &&
    (filter.from === undefined || n.earlyFinish >= filter.from);
}
