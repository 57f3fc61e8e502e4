/** A synthetic scheduled graph for the UI benches: issues in epics of 25, linked to earlier issues nearby. */
import type { ScheduleEdge, ScheduleNode } from '@contract';

const LINKS_PER_ISSUE = 3;

/** A deterministic pseudo-random sequence (mulberry32), so every run draws the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const isoAt = (offset: number) => new Date(Date.UTC(2026, 10, 2) + Math.floor(offset / 5) * 7 * 86_400_000 + (offset % 5) * 86_400_000).toISOString().slice(0, 10);

/** Issues in epics of 25, each linked from up to three earlier issues nearby, scheduled by a forward pass. */
export function syntheticGraph(size: number): { nodes: ScheduleNode[]; edges: ScheduleEdge[] } {
  const next = random(42);
  const edges: ScheduleEdge[] = [];
  const finish: number[] = [];
  const nodes: ScheduleNode[] = [];
  for (let i = 0; i < size; i += 1) {
    const preds = new Set<number>();
    for (let l = 0; l < LINKS_PER_ISSUE && i > 0; l += 1) preds.add(Math.max(0, i - 1 - Math.floor(next() * Math.min(i, 60))));
    const start = Math.max(0, ...[...preds].map((p) => finish[p] ?? 0));
    const duration = 1 + Math.floor(next() * 5);
    finish[i] = start + duration;
    for (const p of preds) edges.push({ linkId: `${p}-${i}`, linkType: 'Blocks', from: `SYN-${p + 1}`, to: `SYN-${i + 1}`, kind: 'FS', lagDays: 0, critical: false, ignored: false, inCycle: false });
    const slack = Math.floor(next() * 8);
    nodes.push({
      key: `SYN-${i + 1}`, summary: `Synthetic work item number ${i + 1} with a longer summary`, type: 'Story', status: 'To Do', statusCategory: i % 7 === 0 ? 'done' : 'todo',
      projectKey: 'SYN', parentKey: `SYN-E${Math.floor(i / 25)}`, assignee: null, external: i % 50 === 0, durationDays: duration, missingDuration: false, fixed: false,
      offsets: { earlyStart: start, earlyFinish: start + duration, lateStart: start + slack, lateFinish: start + duration + slack },
      earlyStart: isoAt(start), earlyFinish: isoAt(start + duration - 1), lateStart: isoAt(start + slack), lateFinish: isoAt(start + duration + slack - 1),
      totalSlackDays: slack, freeSlackDays: slack, critical: slack === 0, nearCritical: slack <= 3, dueDate: null, late: i % 40 === 0, blocked: i % 90 === 0, drivingPredecessor: null,
    });
  }
  return { nodes, edges };
}

