/**
 * RACI findings (DESIGN.md section 1, "RACI matrix"): rows with no Accountable, with more than one, rows with
 * no Responsible (one finding per kind listing every row), and each person Accountable on more rows than the
 * limit. O(rows x people in a role).
 */
import { sortedIssueKeys } from '../issue-key-order';
import type { Person } from '../person';
import type { RaciDeliverable } from './raci-deliverable';
import type { RaciFinding } from './raci-matrix';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function rowFinding(kind: RaciFinding['kind'], rows: RaciDeliverable[], title: string, advice: string): RaciFinding[] {
  if (rows.length === 0) return [];
  return [{ kind, title, advice, issueKeys: sortedIssueKeys(rows.map((r) => r.key)), people: [] }];
}

/** Row findings first (no A, several A, no R), then overloaded Accountables by display name. */
export function raciFindings(rows: readonly RaciDeliverable[], accountableLimit: number): RaciFinding[] {
  const noA = rows.filter((r) => r.accountable.length === 0);
  const severalA = rows.filter((r) => r.accountable.length > 1);
  const noR = rows.filter((r) => r.responsible.length === 0);
  return [
    ...rowFinding('no-accountable', noA, `${plural(noA.length, 'deliverable has', 'deliverables have')} no Accountable`,
      'Nobody answers for these deliverables. Set the Accountable field (or the reporter) to the one person who signs them off.'),
    ...rowFinding('several-accountable', severalA, `${plural(severalA.length, 'deliverable has', 'deliverables have')} more than one Accountable`,
      'Shared accountability is no accountability: keep one Accountable per deliverable and make the others Consulted.'),
    ...rowFinding('no-responsible', noR, `${plural(noR.length, 'deliverable has', 'deliverables have')} no Responsible`,
      'Nobody is doing this work. Assign the issue (or fill the Responsible field) to the person who does it.'),
    ...overloadFindings(rows, accountableLimit),
  ];
}

function overloadFindings(rows: readonly RaciDeliverable[], limit: number): RaciFinding[] {
  const byPerson = new Map<string, { person: Person; keys: string[]; viaReporter: boolean }>();
  for (const row of rows) {
    for (const person of row.accountable) {
      const entry = byPerson.get(person.accountId) ?? { person, keys: [], viaReporter: false };
      entry.keys.push(row.key);
      entry.viaReporter ||= row.accountableSource === 'reporter';
      byPerson.set(person.accountId, entry);
    }
  }
  return [...byPerson.values()]
    .filter((e) => e.keys.length > limit)
    .sort((a, b) => a.person.displayName.localeCompare(b.person.displayName))
    .map(({ person, keys, viaReporter }) => ({
      kind: 'accountable-overload' as const,
      title: `${person.displayName} is Accountable for ${keys.length.toLocaleString('en')} deliverables (limit ${limit.toLocaleString('en')})`,
      advice:
        'One person signing off this many deliverables becomes a bottleneck. Hand some of them to another Accountable.' +
        (viaReporter ? ' Some come from the reporter fallback: map an Accountable field to name the real owner.' : ''),
      issueKeys: sortedIssueKeys(keys),
      people: [person],
    }));
}
