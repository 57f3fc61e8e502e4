/**
 * The RACI matrix as ADF (DESIGN.md sections 1 "RACI matrix" and 2), for the published page and the macro's
 * PDF/Word export: its findings above a table with one row per deliverable (its key linking to the issue, summary,
 * status lozenge) and one column per person (a mention in the header), each cell holding the person's letters:
 * R, A, C, I. A programme's matrix would not fit a page or be read on one: past MATRIX_MAX_PEOPLE people the
 * table has a column per role, naming its holders; each finding lists its first FINDING_KEYS_LISTED deliverables;
 * and the rows stop at RACI_ADF_BUDGET bytes, saying how many are left out and where they all are.
 */
import { heading, paragraph, strong, table, tableRow, text } from '@atlaskit/adf-utils/builders';
import type { RaciDeliverable, RaciRole } from '../../domain/raci/raci-deliverable';
import type { RaciMatrix } from '../../domain/raci/raci-matrix';
import type { StatusCategory } from '../../domain/work-item';
import type { AdfNode } from './adf-node';
import { cell, headerCell, issueLink, lozenge, personMention, personMentions, plain, type LozengeColour } from './adf-inline';
import { findingsList } from './findings-adf';
import { itemsWithinBudget } from '../../domain/within-budget';

/** People a matrix has a column each for: what an A4 page in landscape shows, about. More: a column per role. */
export const MATRIX_MAX_PEOPLE = 10;
/**
 * Bytes of ADF the body may take: well under the ~5 MB Forge gives a function's answer and Confluence a page
 * request (confluence-pages.ts), with room for the page around a published matrix. A programme's 1,220 epics by
 * 10 people (1.6 MB) fit whole.
 */
export const RACI_ADF_BUDGET = 2_000_000;
/** Deliverables a finding lists by key; the others are counted ("and 1,170 more"). */
export const FINDING_KEYS_LISTED = 50;
const ROLES = [
  ['Responsible', 'responsible'],
  ['Accountable', 'accountable'],
  ['Consulted', 'consulted'],
  ['Informed', 'informed'],
] as const;

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

export function raciBody(matrix: RaciMatrix, baseUrl: string, budget: number = RACI_ADF_BUDGET): AdfNode[] {
  const findings = findingsList(baseUrl, matrix.findings, 'No findings: every deliverable has one Accountable and someone Responsible.', FINDING_KEYS_LISTED);
  if (matrix.rows.length === 0) return [heading({ level: 3 })(text('Findings')), findings, paragraph(text('No deliverables in scope.'))];
  const byPerson = matrix.people.length <= MATRIX_MAX_PEOPLE;
  const header = byPerson
    ? tableRow([headerCell('Deliverable'), headerCell('Status'), ...matrix.people.map((person) => headerCell(personMention(person)))])
    : tableRow([headerCell('Deliverable'), headerCell('Status'), ...ROLES.map(([name]) => headerCell(name))]);
  const deliverable = (row: RaciDeliverable) => [
    cell([issueLink(baseUrl, row.key), ...plain(row.summary === '' ? '' : ` ${row.summary}`)]),
    cell([lozenge(row.status, CATEGORY_COLOUR[row.statusCategory], `keel-raci-status-${row.key}`)]),
  ];
  const rows = matrix.rows.map((row) =>
    byPerson
      ? tableRow([...deliverable(row), ...matrix.people.map((person) => cell(plain(raciLetters(row, person.accountId))))])
      : tableRow([...deliverable(row), ...ROLES.map(([, role]) => cell([...personMentions(row[role]), ...(role === 'accountable' && row.accountableSource === 'reporter' ? plain(' (reporter)') : [])]))]),
  );
  const head = [heading({ level: 3 })(text('Findings')), findings, heading({ level: 3 })(text(byPerson ? 'Matrix' : 'Roles by deliverable'))];
  const kept = itemsWithinBudget(rows, budget - 2_000, JSON.stringify([...head, header]).length);
  const left = matrix.rows.length - kept.length;
  const n = (value: number) => value.toLocaleString('en');
  return [
    ...head,
    ...(byPerson ? [] : [paragraph(text(`${n(matrix.people.length)} people hold roles: too many for a column each, so each role names its holders.`))]),
    table(header, ...kept),
    ...(left > 0 ? [paragraph(strong(`The first ${n(kept.length)} of ${n(matrix.rows.length)} deliverables.`), text(` The other ${n(left)} would pass the size Confluence takes from Keel; the RACI tab in Jira shows them all and exports them as CSV.`))] : []),
    paragraph(text(byPerson ? 'R responsible, A accountable (A* the reporter, where no Accountable is set), C consulted, I informed.' : 'Accountable "(reporter)": no Accountable is set, and the reporter stands in.')),
  ];
}
