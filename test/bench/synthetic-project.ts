/**
 * A synthetic Jira project for the schedule benchmark: `size` issues in 10 projects, about three links per
 * issue, mostly forward (a DAG-ish plan) with a few backward links (cycles) and about 5% to issues outside
 * the scope; mixed link types and kinds; some issues without estimates, some done with actual dates.
 * Seeded (mulberry32), so every run measures the same project.
 */
import type { DependencyRule } from '../../src/domain/dependency-rule';
import type { ItemLink, WorkItem } from '../../src/domain/work-item';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const benchRules: DependencyRule[] = [
  { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 },
  { linkType: 'Depends', predecessor: 'inward', kind: 'FS', lagDays: 1 },
  { linkType: 'Gantt Start to Start', predecessor: 'outward', kind: 'SS', lagDays: 2 },
  { linkType: 'Gantt End to End', predecessor: 'outward', kind: 'FF', lagDays: -1 },
  { linkType: 'Gantt Start to End', predecessor: 'outward', kind: 'SF', lagDays: 3 },
];
const TYPES = ['Blocks', 'Blocks', 'Blocks', 'Depends', 'Gantt Start to Start', 'Gantt End to End', 'Gantt Start to End', 'Relates'];

export interface SyntheticProject {
  items: WorkItem[];
  actuals: Map<string, { start: number; finish: number }>;
  linkCount: number;
}

export function syntheticProject(size: number, seed = 42): SyntheticProject {
  const random = mulberry32(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const keyOf = (i: number): string => `P${i % 10}-${Math.floor(i / 10) + 1}`;
  const items: WorkItem[] = Array.from({ length: size }, (_, i) => ({
    key: keyOf(i),
    projectKey: `P${i % 10}`,
    summary: `Issue ${i}`,
    type: 'Task',
    status: 'To Do',
    statusCategory: 'todo',
    parentKey: null,
    assigneeId: null,
    originalEstimateSeconds: random() < 0.05 ? null : (1 + pick(10)) * 8 * 3600,
    storyPoints: null,
    startDate: null,
    dueDate: null,
    links: [],
  }));
  const actuals = new Map<string, { start: number; finish: number }>();
  for (let i = 0; i < size / 100; i++) {
    const start = pick(20);
    actuals.set(keyOf(pick(Math.min(size, 1000))), { start, finish: start + 1 + pick(5) });
  }
  let linkCount = 0;
  const add = (from: number, to: string, linkType: string, toItem: WorkItem | undefined): void => {
    const id = String(10_000 + linkCount++);
    const holder = items[from];
    if (!holder) return;
    const otherProjectKey = to.split('-')[0] ?? '';
    holder.links.push({ id, linkType, direction: 'outward', otherKey: to, otherProjectKey });
    const back: ItemLink = { id, linkType, direction: 'inward', otherKey: holder.key, otherProjectKey: holder.projectKey };
    toItem?.links.push(back);
  };
  for (let i = 0; i < size; i++) {
    for (let l = 0; l < 3; l++) {
      const type = TYPES[pick(TYPES.length)] ?? 'Blocks';
      const r = random();
      if (r < 0.05) add(i, `EXT-${1 + pick(size / 10)}`, type, undefined);
      else {
        // Mostly forward within a window; 0.2% backward, which makes cycles.
        const j = r < 0.052 ? i - 1 - pick(Math.min(i, 50)) : i + 1 + pick(200);
        const other = items[j];
        const holder = items[i];
        // "Depends" names the successor on its outward side ("j depends on i"), so j carries it.
        if (other && holder && j !== i) {
          if (type === 'Depends') add(j, holder.key, type, holder);
          else add(i, other.key, type, other);
        }
      }
    }
  }
  return { items, actuals, linkCount };
}
