/**
 * ORDER BY as Jira sorts: each term in turn, keys numerically by project then number (ABC-9 < ABC-10),
 * EMPTY values last when ascending and first when descending; ties by issue id. Without ORDER BY the
 * sandbox sorts by key ascending (a documented choice; Jira's default order is not specified).
 * Each issue's sort values are read once (O(n) reads, O(n log n) comparisons), not once a comparison.
 */
import type { SnapshotIssue } from '../../snapshot-schema';
import type { OrderTerm } from './ast';
import type { JqlEnv } from './env';
import { fieldAccess, splitKey, type FieldAccess } from './fields';

type Ordinal = number | string | { project: string; number: number } | undefined;

function ordinalOf(access: FieldAccess, issue: SnapshotIssue): Ordinal {
  const value = access.ordinal(issue);
  return access.kind === 'key' && typeof value === 'string' ? splitKey(value) : value;
}

function compareOrdinals(x: Ordinal, y: Ordinal): number {
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  // Split keys: one field gives both or neither.
  if (typeof x === 'object' && typeof y === 'object') return x.project === y.project ? x.number - y.number : x.project < y.project ? -1 : 1;
  if (typeof x === 'object' || typeof y === 'object') return 0;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y));
}

export function sortIssues(issues: SnapshotIssue[], orderBy: readonly OrderTerm[], env: JqlEnv): SnapshotIssue[] {
  const terms = orderBy.length > 0 ? orderBy : [{ field: 'key', direction: 'asc' as const }];
  const accessors = terms.flatMap((t) => {
    const access = fieldAccess(t.field, env.state);
    return access ? [{ access, descending: t.direction === 'desc' }] : [];
  });
  const rows = issues.map((issue) => ({ issue, id: Number(issue.id), ordinals: accessors.map(({ access }) => ordinalOf(access, issue)) }));
  rows.sort((a, b) => {
    for (let t = 0; t < accessors.length; t++) {
      const c = compareOrdinals(a.ordinals[t], b.ordinals[t]);
      if (c !== 0) return accessors[t]?.descending === true ? -c : c;
    }
    return a.id - b.id;
  });
  return rows.map((r) => r.issue);
}
