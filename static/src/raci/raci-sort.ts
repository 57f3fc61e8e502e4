/**
 * How a long RACI matrix sorts and what its Find box matches. By `deliverable`: issue keys in Jira's order
 * (BIG-9 before BIG-10). By a person's column (`person:<accountId>`): the deliverables where they hold a role
 * first, by their first role in R, A, C, I order (ascending R first, descending I first), the rest last either
 * way; ties keep the resolver's order, so a sort is stable. Find matches the key, the summary and the names of
 * the people holding a role. O(rows log rows + rows x people on a row).
 */
import type { RaciDeliverable, RaciRole } from '@contract';
import { raciRolesOf } from './raci-roles-of';

export type SortDirection = 'ascending' | 'descending';
/** `resolver` keeps the order Jira answered (the start: no header shows a sort). */
export type RaciSort = 'resolver' | 'deliverable' | `person:${string}`;

const ROLE_RANK: Record<RaciRole, number> = { R: 0, A: 1, C: 2, I: 3 };

export const personColumn = (accountId: string): RaciSort => `person:${accountId}`;

function rank(row: RaciDeliverable, sort: RaciSort): string | number | null {
  if (sort === 'deliverable') return row.key;
  if (sort === 'resolver') return 0;
  const first = raciRolesOf(row, sort.slice('person:'.length))[0];
  return first === undefined ? null : ROLE_RANK[first];
}

export function sortedDeliverables(rows: readonly RaciDeliverable[], sort: RaciSort, direction: SortDirection): RaciDeliverable[] {
  if (sort === 'resolver') return [...rows];
  const sign = direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index, value: rank(row, sort) }));
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.index - b.index;
    const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : String(a.value).localeCompare(String(b.value), 'en', { numeric: true });
    return sign * order || a.index - b.index;
  });
  return indexed.map((x) => x.row);
}

/** What the Find box searches in a row: its key, its summary and everyone holding a role on it. */
export function deliverableTexts(row: RaciDeliverable): string[] {
  return [row.key, row.summary, ...[row.responsible, row.accountable, row.consulted, row.informed].flat().map((p) => p.displayName)];
}
