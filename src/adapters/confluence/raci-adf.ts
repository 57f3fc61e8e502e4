/**
 * The RACI matrix as ADF (DESIGN.md sections 1 "RACI matrix" and 2): its findings above a table with one
 * row per deliverable (its key linking to the issue, summary, status lozenge) and one column per person
 * (a mention in the header), each cell holding the person's letters: R, A, C, I.
 */
import { heading, paragraph, table, tableRow, text } from '@atlaskit/adf-utils/builders';
import type { RaciDeliverable, RaciRole } from '../../domain/raci/raci-deliverable';
import type { RaciMatrix } from '../../domain/raci/raci-matrix';
import type { StatusCategory } from '../../domain/work-item';
import type { AdfNode } from './adf-node';
import { cell, headerCell, issueLink, lozenge, personMention, plain, type LozengeColour } from './adf-inline';
import { findingsList } from './findings-adf';

const CATEGORY_COLOUR: Record<StatusCategory, LozengeColour> = { todo: 'neutral', inProgress: 'blue', done: 'green' };

/** The person's letters on the row, in R, A, C, I order; "A*" when A is the reporter standing in. */
export function raciLetters(row: RaciDeliverable, accountId: string): string {
  const holds = (people: RaciDeliverable['responsible']): boolean => people.some((p) => p.accountId === accountId);
  const roles: [RaciRole, boolean][] = [
    ['R', holds(row.responsible)],
    ['A', holds(row.accountable)],
    ['C', holds(row.consulted)],
    ['I', holds(row.informed)],
  ];
  return roles
    .filter(([, held]) => held)
    .map(([role]) => (role === 'A' && row.accountableSource === 'reporter' ? 'A*' : role))
    .join(', ');
}

export function raciBody(matrix: RaciMatrix, baseUrl: string): AdfNode[] {
  const findings = findingsList(baseUrl, matrix.findings, 'No findings: every deliverable has one Accountable and someone Responsible.');
  if (matrix.rows.length === 0) return [heading({ level: 3 })(text('Findings')), findings, paragraph(text('No deliverables in scope.'))];
  const header = tableRow([headerCell('Deliverable'), headerCell('Status'), ...matrix.people.map((person) => headerCell(personMention(person)))]);
  const rows = matrix.rows.map((row) =>
    tableRow([
      cell([issueLink(baseUrl, row.key), ...plain(row.summary === '' ? '' : ` ${row.summary}`)]),
      cell([lozenge(row.status, CATEGORY_COLOUR[row.statusCategory], `keel-raci-status-${row.key}`)]),
      ...matrix.people.map((person) => cell(plain(raciLetters(row, person.accountId)))),
    ]),
  );
  return [
    heading({ level: 3 })(text('Findings')),
    findings,
    heading({ level: 3 })(text('Matrix')),
    table(header, ...rows),
    paragraph(text('R responsible, A accountable (A* the reporter, where no Accountable is set), C consulted, I informed.')),
  ];
}
