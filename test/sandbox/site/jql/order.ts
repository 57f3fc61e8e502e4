/**
 * ORDER BY as Jira sorts: each term in turn, keys numerically by project then number (ABC-9 < ABC-10),
 * EMPTY values last when ascending and first when descending; ties by issue id. Without ORDER BY the
 * sandbox sorts by key ascending (a documented choice; Jira's default order is not specified).
 */
import type { SnapshotIssue } from '../../snapshot-schema';
import type { OrderTerm } from './ast';
import type { JqlEnv } from './env';
import { fieldAccess, splitKey, type FieldAccess } from './fields';

function compareValues(access: FieldAccess, a: SnapshotIssue, b: SnapshotIssue): number {
  const x = access.ordinal(a);
  const y = access.ordinal(b);
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  if (access.kind === 'key' && typeof x === 'string' && typeof y === 'string') {
    const kx = splitKey(x);
    const ky = splitKey(y);
    return kx.project === ky.project ? kx.number - ky.number : kx.project < ky.project ? -1 : 1;
  }
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y));
}

export function sortIssues(issues: SnapshotIssue[], orderBy: readonly OrderTerm[], env: JqlEnv): SnapshotIssue[] {
  const terms = orderBy.length > 0 ? orderBy : [{ field: 'key', direction: 'asc' as const }];
  const accessors = terms.map((t) => ({ access: fieldAccess(t.field, env.state), descending: t.direction === 'desc' }));
  return [...issues].sort((a, b) => {
    for (const { access, descending } of accessors) {
      if (!access) continue;
      const c = compareValues(access, a, b);
      if (c !== 0) return descending ? -c : c;
    }
    return Number(a.id) - Number(b.id);
  });
}
