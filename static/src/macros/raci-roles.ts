import type { MacroRaciResult } from '@contract';

type Row = MacroRaciResult['rows'][number];

/** The letters a person holds on a row, in R, A, C, I order ("RA", "C", ""). */
export function rolesOf(row: Row, accountId: string): string {
  const holds = (people: Row['responsible']) => people.some((p) => p.accountId === accountId);
  return [holds(row.responsible) && 'R', holds(row.accountable) && 'A', holds(row.consulted) && 'C', holds(row.informed) && 'I'].filter(Boolean).join('');
}
