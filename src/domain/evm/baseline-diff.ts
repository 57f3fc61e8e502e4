/**
 * The difference between two plans (baselines) of the same project: per issue, how far its planned start and
 * finish moved and how its budget changed; issues added and removed; BAC and planned-finish change.
 * Issues are matched by key; O(n + m) for plans of n and m entries (plus sorting the changes by key).
 */
import { compareIssueKeys } from '../issue-key-order';

/** One issue's planned dates (ISO, inclusive) and budget in a plan. */
export interface PlanEntry {
  key: string;
  budget: number;
  start: string | null;
  finish: string | null;
}

export interface PlanEntryChange {
  key: string;
  change: 'added' | 'removed' | 'changed';
  from: Omit<PlanEntry, 'key'> | null;
  to: Omit<PlanEntry, 'key'> | null;
  /** Days the date moved (later is positive); null when added, removed, or a date is missing on either side. */
  startMovedDays: number | null;
  finishMovedDays: number | null;
  /** `to` budget minus `from` budget; an added issue's whole budget, a removed one's negated. */
  budgetChange: number;
}

export interface BaselineDiff {
  /** Sorted by issue key. */
  changes: PlanEntryChange[];
  unchanged: number;
  bacFrom: number;
  bacTo: number;
  bacChange: number;
  /** The latest planned finish of each plan; null when no entry has one. */
  finishFrom: string | null;
  finishTo: string | null;
  /** Null when either plan has no planned finish. */
  finishMovedDays: number | null;
}

/** Days from `from` to `to` (negative when `to` is earlier): working days in Keel, calendar days in examples. */
export type DaysBetween = (from: string, to: string) => number;

const latest = (plan: readonly PlanEntry[]): string | null =>
  plan.reduce<string | null>((max, e) => (e.finish !== null && (max === null || e.finish > max) ? e.finish : max), null);

const moved = (a: string | null, b: string | null, daysBetween: DaysBetween): number | null => (a === null || b === null ? null : daysBetween(a, b));

const sum = (plan: readonly PlanEntry[]): number => plan.reduce((total, e) => total + e.budget, 0);

const rest = ({ budget, start, finish }: PlanEntry): Omit<PlanEntry, 'key'> => ({ budget, start, finish });

/**
 * Example (calendar days): from [A 100 2026-01-05..2026-01-09, B 50 ..2026-01-16] to [A 120 2026-01-07..2026-01-13,
 * C 30 ..2026-01-20] gives A changed (start +2, finish +4, budget +20), B removed (-50), C added (+30); BAC 150 -> 150,
 * change 0; planned finish 2026-01-16 -> 2026-01-20, +4. A key listed twice in one plan counts once (its first entry).
 */
export function baselineDiff(from: readonly PlanEntry[], to: readonly PlanEntry[], daysBetween: DaysBetween): BaselineDiff {
  const first = (plan: readonly PlanEntry[]) => {
    const byKey = new Map<string, PlanEntry>();
    for (const e of plan) if (!byKey.has(e.key)) byKey.set(e.key, e);
    return byKey;
  };
  const before = first(from);
  const after = first(to);
  const changes: PlanEntryChange[] = [];
  let unchanged = 0;
  for (const [key, a] of before) {
    const b = after.get(key);
    if (b === undefined) {
      changes.push({ key, change: 'removed', from: rest(a), to: null, startMovedDays: null, finishMovedDays: null, budgetChange: -a.budget });
    } else if (a.budget === b.budget && a.start === b.start && a.finish === b.finish) {
      unchanged += 1;
    } else {
      changes.push({
        key,
        change: 'changed',
        from: rest(a),
        to: rest(b),
        startMovedDays: moved(a.start, b.start, daysBetween),
        finishMovedDays: moved(a.finish, b.finish, daysBetween),
        budgetChange: b.budget - a.budget,
      });
    }
  }
  for (const [key, b] of after) {
    if (!before.has(key)) changes.push({ key, change: 'added', from: null, to: rest(b), startMovedDays: null, finishMovedDays: null, budgetChange: b.budget });
  }
  changes.sort((x, y) => compareIssueKeys(x.key, y.key));
  const bacFrom = sum([...before.values()]);
  const bacTo = sum([...after.values()]);
  const finishFrom = latest([...before.values()]);
  const finishTo = latest([...after.values()]);
  return { changes, unchanged, bacFrom, bacTo, bacChange: bacTo - bacFrom, finishFrom, finishTo, finishMovedDays: moved(finishFrom, finishTo, daysBetween) };
}
