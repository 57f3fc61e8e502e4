/** The RACI matrix as shown: a row per deliverable, a column per person, each cell the person's role letters. */
import type { RaciResult } from '@contract';
import { raciRolesOf } from '../raci/raci-roles-of';
import { csvDocument } from './csv-document';

export function raciCsv(raci: { rows: readonly RaciResult['rows'][number][]; people: RaciResult['people'] }): string {
  const header = ['Deliverable', 'Summary', ...raci.people.map((p) => `${p.displayName}${p.active ? '' : ' (deactivated)'}`)];
  const rows = raci.rows.map((row) => [
    row.key,
    `${row.summary}${row.accountableSource === 'reporter' ? ' (A: reporter)' : ''}`,
    ...raci.people.map((person) => raciRolesOf(row, person.accountId).join('')),
  ]);
  return csvDocument([header, ...rows]);
}
