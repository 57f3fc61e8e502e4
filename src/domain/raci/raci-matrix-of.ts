/**
 * The RACI matrix (DESIGN.md section 1, "RACI matrix"): rows in issue-key order with each role's people listed
 * once, columns every person holding a role on any row (by display name, then account id), and the findings.
 * Example: rows WEB-2 {R Lena, A Priya} and WEB-1 {R Lena, A none} give rows [WEB-1, WEB-2], people
 * [Lena, Priya] and one finding "1 deliverable has no Accountable" (WEB-1). O(rows x role size + people log people).
 */
import { compareIssueKeys } from '../issue-key-order';
import type { Person } from '../person';
import type { RaciDeliverable } from './raci-deliverable';
import { raciFindings } from './raci-findings';
import type { RaciMatrix } from './raci-matrix';

function once(people: readonly Person[]): Person[] {
  return [...new Map(people.map((p) => [p.accountId, p] as const)).values()];
}

export function raciMatrixOf(rows: readonly RaciDeliverable[], options: { accountableLimit: number }): RaciMatrix {
  const cleaned = [...rows]
    .sort((a, b) => compareIssueKeys(a.key, b.key))
    .map((row) => ({
      ...row,
      responsible: once(row.responsible),
      accountable: once(row.accountable),
      consulted: once(row.consulted),
      informed: once(row.informed),
    }));
  const people = once(cleaned.flatMap((r) => [...r.responsible, ...r.accountable, ...r.consulted, ...r.informed])).sort(
    (a, b) => a.displayName.localeCompare(b.displayName) || a.accountId.localeCompare(b.accountId),
  );
  return { rows: cleaned, people, findings: raciFindings(cleaned, options.accountableLimit) };
}
