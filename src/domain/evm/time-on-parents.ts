/**
 * Time logged on a parent whose children carry their own estimates or time (PMI Practice Standard for EVM:
 * AC must be recorded against the same work packages that hold the budget, or CPI is distorted). The parent's
 * budget is its children's (budget.ts), so its own hours raise AC without earning anything: CPI = EV / AC
 * falls, and work logged on both the parent and a child is counted twice. O(items + worklogs).
 */
import type { RateTable, Worklog } from './time-phased';

export interface ParentTime {
  key: string;
  hours: number;
  /** hours x each author's rate; time by someone with no rate counts 0 (it is reported as 'no-rate'). */
  cost: number;
  /** Children in scope, and how many of them carry their own budget or logged time. */
  children: number;
  accountedChildren: number;
}

/**
 * Example: story S with sub-tasks T1 (budget 800) and T2 (nothing), 6 h logged on S at 100 an hour and 4 h on
 * T1 -> [{ key: 'S', hours: 6, cost: 600, children: 2, accountedChildren: 1 }]. A parent whose children have
 * neither budget nor time is where the work is tracked, and is not listed.
 */
export function timeOnParents(
  items: readonly { key: string; parentKey: string | null }[],
  budgeted: ReadonlySet<string>,
  worklogs: readonly Worklog[],
  rates: RateTable,
): ParentTime[] {
  const logged = new Map<string, { hours: number; cost: number }>();
  for (const w of worklogs) {
    if (!(w.hours > 0)) continue;
    const rate = (w.personId === null ? undefined : rates.byPerson.get(w.personId)) ?? rates.defaultRate ?? 0;
    const sum = logged.get(w.key) ?? { hours: 0, cost: 0 };
    logged.set(w.key, { hours: sum.hours + w.hours, cost: sum.cost + w.hours * rate });
  }
  const inScope = new Set(items.map((i) => i.key));
  const children = new Map<string, { all: number; accounted: number }>();
  for (const item of items) {
    if (item.parentKey === null || item.parentKey === item.key || !inScope.has(item.parentKey)) continue;
    const count = children.get(item.parentKey) ?? { all: 0, accounted: 0 };
    const accounted = budgeted.has(item.key) || logged.has(item.key);
    children.set(item.parentKey, { all: count.all + 1, accounted: count.accounted + (accounted ? 1 : 0) });
  }
  return items.flatMap((item) => {
    const own = logged.get(item.key);
    const kids = children.get(item.key);
    if (!own || !kids || kids.accounted === 0) return [];
    return [{ key: item.key, hours: own.hours, cost: own.cost, children: kids.all, accountedChildren: kids.accounted }];
  });
}
