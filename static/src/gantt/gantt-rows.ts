/**
 * The Gantt's rows: one per activity, under a heading per group (epic, assignee or project), collapsible.
 * Grouped by epic, the summary tasks form the outline, as in Microsoft Project: each parent is a summary row
 * over its children. Rows are sorted by early start, then key. O(n log n) for n activities and summaries.
 */
import type { ScheduleNode, ScheduleSummary } from '@contract';

export type GanttGrouping = 'epic' | 'assignee' | 'project';
export const GANTT_GROUPINGS: readonly GanttGrouping[] = ['epic', 'assignee', 'project'];

export const NO_EPIC_GROUP = '(no epic)';
export const UNASSIGNED_GROUP = '(unassigned)';

export type GanttRow =
  | { kind: 'group'; id: string; label: string; depth: 0; count: number; collapsed: boolean; summary: ScheduleSummary | null; span: Span; critical: boolean }
  | { kind: 'summary'; id: string; label: string; depth: number; count: number; collapsed: boolean; summary: ScheduleSummary; span: Span; critical: boolean }
  | { kind: 'task'; id: string; label: string; depth: number; node: ScheduleNode };

/** Working-day offsets, finish exclusive. */
export interface Span {
  start: number;
  finish: number;
}

interface Outline {
  id: string;
  label: string;
  summary: ScheduleSummary | null;
  children: Outline[];
  tasks: ScheduleNode[];
}

const byStart = (a: ScheduleNode, b: ScheduleNode) => a.offsets.earlyStart - b.offsets.earlyStart || a.key.localeCompare(b.key, 'en', { numeric: true });

/** The rows to draw, outermost group first. `collapsed` holds the ids of collapsed groups and summaries. */
export function ganttRows(input: {
  nodes: readonly ScheduleNode[];
  summaries: readonly ScheduleSummary[];
  grouping: GanttGrouping;
  collapsed: ReadonlySet<string>;
}): GanttRow[] {
  const outlines = input.grouping === 'epic' ? epicOutline(input.nodes, input.summaries) : flatGroups(input.nodes, input.grouping);
  const rows: GanttRow[] = [];
  const spans = new Map<Outline, Span & { count: number; critical: boolean }>();
  const measure = (o: Outline): Span & { count: number; critical: boolean } => {
    const cached = spans.get(o);
    if (cached) return cached;
    const parts = [...o.tasks.map((t) => ({ start: t.offsets.earlyStart, finish: t.offsets.earlyFinish, count: 1, critical: t.critical })), ...o.children.map(measure)];
    const span = {
      start: Math.min(...parts.map((p) => p.start)),
      finish: Math.max(...parts.map((p) => p.finish)),
      count: parts.reduce((sum, p) => sum + p.count, 0),
      critical: o.summary?.critical ?? parts.some((p) => p.critical),
    };
    spans.set(o, span);
    return span;
  };
  const visit = (o: Outline, depth: number) => {
    const { start, finish, count, critical } = measure(o);
    if (count === 0) return;
    const collapsed = input.collapsed.has(o.id);
    const span = { start, finish };
    if (depth === 0) rows.push({ kind: 'group', id: o.id, label: o.label, depth: 0, count, collapsed, summary: o.summary, span, critical });
    else if (o.summary) rows.push({ kind: 'summary', id: o.id, label: o.label, depth, count, collapsed, summary: o.summary, span, critical });
    if (collapsed) return;
    const children = [...o.children].sort((a, b) => measure(a).start - measure(b).start || a.id.localeCompare(b.id));
    const items: (Outline | ScheduleNode)[] = [...children, ...o.tasks];
    items.sort((a, b) => startOf(a, measure) - startOf(b, measure));
    for (const item of items) {
      if ('offsets' in item) rows.push({ kind: 'task', id: item.key, label: `${item.key} ${item.summary}`, depth: depth + 1, node: item });
      else visit(item, depth + 1);
    }
  };
  for (const o of [...outlines].sort((a, b) => measure(a).start - measure(b).start || a.id.localeCompare(b.id))) {
    visit(o, 0);
  }
  return rows;
}

function startOf(item: Outline | ScheduleNode, measure: (o: Outline) => Span): number {
  return 'offsets' in item ? item.offsets.earlyStart : measure(item).start;
}

/** Summary tasks as an outline: each activity under its parent, each parent under its own; tops are the groups. */
function epicOutline(nodes: readonly ScheduleNode[], summaries: readonly ScheduleSummary[]): Outline[] {
  const outlines = new Map<string, Outline>(summaries.map((s) => [s.key, { id: s.key, label: `${s.key} ${s.summary}`, summary: s, children: [], tasks: [] }]));
  const none: Outline = { id: NO_EPIC_GROUP, label: 'No epic', summary: null, children: [], tasks: [] };
  const tops: Outline[] = [none];
  for (const s of summaries) {
    const outline = outlines.get(s.key);
    const parent = s.parentKey === null ? undefined : outlines.get(s.parentKey);
    if (!outline) continue;
    // A parent outside the answer (hidden or out of scope) leaves this summary at the top.
    if (parent && !reaches(outlines, s.parentKey, s.key)) parent.children.push(outline);
    else tops.push(outline);
  }
  for (const n of [...nodes].sort(byStart)) (n.parentKey === null ? none : (outlines.get(n.parentKey) ?? none)).tasks.push(n);
  return tops;
}

/** Whether walking up from `from` meets `key`: a loop in the parent chain would hide a whole branch. */
function reaches(outlines: ReadonlyMap<string, Outline>, from: string | null, key: string): boolean {
  let current = from;
  for (let guard = 0; current !== null && guard < outlines.size + 1; guard += 1) {
    if (current === key) return true;
    current = outlines.get(current)?.summary?.parentKey ?? null;
  }
  return false;
}

function flatGroups(nodes: readonly ScheduleNode[], grouping: 'assignee' | 'project'): Outline[] {
  const groups = new Map<string, Outline>();
  for (const n of [...nodes].sort(byStart)) {
    const id = grouping === 'project' ? n.projectKey : (n.assignee?.accountId ?? UNASSIGNED_GROUP);
    const label = grouping === 'project' ? n.projectKey : (n.assignee?.displayName ?? 'Unassigned');
    const group = groups.get(id) ?? { id, label, summary: null, children: [], tasks: [] };
    group.tasks.push(n);
    groups.set(id, group);
  }
  return [...groups.values()];
}
