/**
 * Sorting the register by one column. Missing values (no score, no owner) go last in either direction, so
 * "highest score first" never starts with unscored risks; ties keep issue-key order (PAY-9 before PAY-10).
 */
import type { ScoredRisk } from '@contract';
import type { RiskColumnDefinition } from './risk-columns';

export type SortDirection = 'ascending' | 'descending';

const byKey = (a: ScoredRisk, b: ScoredRisk) => a.key.localeCompare(b.key, 'en', { numeric: true });

/** A sorted copy. Example: by score, descending, a 15 comes before a 12 and a risk without a score comes last. */
export function sortedRisks(risks: readonly ScoredRisk[], column: RiskColumnDefinition, direction: SortDirection): ScoredRisk[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...risks].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byKey(a, b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { numeric: true });
    return sign * order || byKey(a, b);
  });
}
