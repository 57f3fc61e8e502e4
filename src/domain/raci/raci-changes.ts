/**
 * What changed in a RACI matrix between two status reports (issue 16, item 7): deliverables added and removed,
 * and per deliverable each role whose people changed, in one sentence each. Rows compare by key, people by
 * display name within a role (the report names them so). O(rows x people).
 * Example: before PAY-1 A [Priya], after PAY-1 A [Marcus] -> "PAY-1 Checkout: Accountable Priya -> Marcus".
 */

/** A deliverable's people by role, as a report keeps it. */
export interface RaciRowNames {
  key: string;
  summary: string;
  R: string[];
  A: string[];
  C: string[];
  I: string[];
}

const ROLES = [['R', 'Responsible'], ['A', 'Accountable'], ['C', 'Consulted'], ['I', 'Informed']] as const;

const names = (list: readonly string[]): string => (list.length === 0 ? 'nobody' : [...list].sort().join(', '));
const same = (a: readonly string[], b: readonly string[]): boolean => names(a) === names(b);

export function raciChanges(before: readonly RaciRowNames[], after: readonly RaciRowNames[]): string[] {
  const old = new Map(before.map((r) => [r.key, r]));
  const now = new Map(after.map((r) => [r.key, r]));
  const changes: string[] = [];
  for (const row of after) {
    const was = old.get(row.key);
    if (!was) {
      changes.push(`${row.key} ${row.summary}: new deliverable (A ${names(row.A)}, R ${names(row.R)})`);
      continue;
    }
    for (const [role, word] of ROLES) {
      if (!same(was[role], row[role])) changes.push(`${row.key} ${row.summary}: ${word} ${names(was[role])} -> ${names(row[role])}`);
    }
  }
  for (const row of before) if (!now.has(row.key)) changes.push(`${row.key} ${row.summary}: no longer a deliverable`);
  return changes;
}
