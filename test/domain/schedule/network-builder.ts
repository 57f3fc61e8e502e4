import type { DependencyKind, DependencyRule } from '../../../src/domain/dependency-rule';
import { criticalPath, type CriticalPath, type CriticalPathInput } from '../../../src/domain/schedule/critical-path';
import { workingCalendar } from '../../../src/domain/schedule/working-calendar';
import type { WorkItem } from '../../../src/domain/work-item';
import { item, link } from '../work-item-builder';

/** Monday 2025-01-06, Monday-Friday, 8-hour days, no holidays. */
export const calendar = workingCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidays: [], hoursPerDay: 8 }, '2025-01-06');

/** A dependency on `key` of `kind` with `lag` working days. */
export type After = string | [key: string, kind: DependencyKind, lag?: number];

export interface Activity {
  key: string;
  /** Working days; null = no estimate. */
  days: number | null;
  after?: After[];
}

/** Link type named after kind and lag ("SS+2"), predecessor on the outward side. */
export function ruleName(kind: DependencyKind, lag: number): string {
  return `${kind}${lag >= 0 ? '+' : ''}${lag}`;
}

/**
 * Work items and rules for an activity-on-node network: each dependency becomes one Jira link carried by
 * both ends (link ids count up from 1, in the order written), as Jira returns it.
 */
export function network(activities: readonly Activity[]): { items: WorkItem[]; rules: DependencyRule[] } {
  const items = new Map<string, WorkItem>();
  for (const a of activities) {
    items.set(a.key, item(a.key, { originalEstimateSeconds: a.days === null ? null : a.days * 8 * 3600 }));
  }
  const rules = new Map<string, DependencyRule>();
  let id = 0;
  for (const a of activities) {
    for (const after of a.after ?? []) {
      const [pred, kind, lag = 0] = typeof after === 'string' ? [after, 'FS' as const, 0] : after;
      const linkType = ruleName(kind, lag);
      rules.set(linkType, { linkType, predecessor: 'outward', kind, lagDays: lag });
      const linkId = String(++id);
      items.get(pred)?.links.push(link(linkId, linkType, 'outward', a.key));
      items.get(a.key)?.links.push(link(linkId, linkType, 'inward', pred));
    }
  }
  return { items: [...items.values()], rules: [...rules.values()] };
}

export function schedule(activities: readonly Activity[], options: Partial<CriticalPathInput> = {}): CriticalPath {
  return criticalPath({
    ...network(activities),
    calendar,
    duration: { source: 'originalEstimate', daysPerPoint: 1 },
    nearCriticalDays: 2,
    ...options,
  });
}

/** The CPM columns of every item, for comparing with a textbook table. */
export function table(result: CriticalPath): Record<string, [es: number, ef: number, ls: number, lf: number, ts: number, fs: number]> {
  return Object.fromEntries(
    Object.values(result.items).map((s) => [s.key, [s.earlyStart, s.earlyFinish, s.lateStart, s.lateFinish, s.totalSlack, s.freeSlack]]),
  );
}
