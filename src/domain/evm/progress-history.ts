/**
 * Percent complete over time, rebuilt from history (DESIGN.md section 1, "Earned value": "history rebuilt from
 * changelogs (status transitions) and worklog dates"): status methods give a point per status change; the
 * time-based method gives a point per day with logged time, spent so far / (all spent + remaining now).
 * O(changes + worklogs log worklogs).
 */
import type { StatusCategory } from '../work-item';
import { percentComplete, type PercentCompleteMethod } from './percent-complete';
import type { ProgressPoint, Worklog } from './time-phased';

export interface StatusChange {
  key: string;
  /** YYYY-MM-DD of the move. */
  date: string;
  /** The category moved into. */
  category: StatusCategory;
}

/**
 * Example: status-category at 30%: [A In Progress on 2026-01-06, A Done on 2026-01-09] gives A 0.3 from the 6th
 * and 1 from the 9th; zero-hundred gives 0 and 1.
 */
export function statusProgress(method: Exclude<PercentCompleteMethod, { kind: 'time-based' }>, changes: readonly StatusChange[]): ProgressPoint[] {
  return changes.map(({ key, date, category }) => ({ key, date, percentComplete: percentComplete(method, { statusCategory: category }) ?? 0 }));
}

/**
 * Time-based history of one item. Example: 2 h on the 5th, 2 h on the 7th, 4 h remaining now: 0.25 from the
 * 5th, 0.5 from the 7th. Nothing logged and nothing remaining: no points (no time to measure by).
 */
export function timeProgress(key: string, worklogs: readonly Worklog[], remainingHours: number | null): ProgressPoint[] {
  const usable = worklogs.filter((w) => Number.isFinite(w.hours) && w.hours > 0).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const spent = usable.reduce((sum, w) => sum + w.hours, 0);
  const total = spent + (remainingHours !== null && remainingHours > 0 ? remainingHours : 0);
  if (total === 0) return [];
  const points: ProgressPoint[] = [];
  let sofar = 0;
  for (const w of usable) {
    sofar += w.hours;
    const point = { key, date: w.date, percentComplete: Math.min(1, sofar / total) };
    if (points.at(-1)?.date === w.date) points[points.length - 1] = point;
    else points.push(point);
  }
  return points;
}

export interface CurrentState {
  key: string;
  statusCategory: StatusCategory;
  resolutionDate: string | null;
}

/**
 * Status changes guessed when the changelog was not read: work under way started on its first worklog (else
 * on `asOf`); done work finished on its resolution date (else `asOf`). Example: done, first worklog on the 5th,
 * resolved on the 9th: In Progress on the 5th, Done on the 9th.
 */
export function assumedStatusChanges(item: CurrentState, firstWorklog: string | null, asOf: string): StatusChange[] {
  if (item.statusCategory === 'todo') return [];
  const finished = item.resolutionDate ?? asOf;
  const started = firstWorklog ?? (item.statusCategory === 'done' ? finished : asOf);
  const changes: StatusChange[] = [{ key: item.key, date: started < finished || item.statusCategory !== 'done' ? started : finished, category: 'inProgress' }];
  if (item.statusCategory === 'done') changes.push({ key: item.key, date: finished, category: 'done' });
  return changes;
}
