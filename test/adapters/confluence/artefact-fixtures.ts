/** RaciMatrix and DecisionLog values for the ADF and publishing tests, with names and texts full of markup. */
import type { DecisionLog } from '../../../src/domain/decisions/decision-log';
import type { DecisionRecord } from '../../../src/domain/decisions/decision-record';
import type { Person } from '../../../src/domain/person';
import type { RaciMatrix } from '../../../src/domain/raci/raci-matrix';

export const NASTY = ['<script>alert(1)</script>', 'end ]]> of CDATA', 'Fish & Chips', `"double" and 'single' quotes`, 'مرحبا بالعالم', 'ship it 🚀👩🏽‍💻'];

export const priya: Person = { accountId: 'acc-priya', displayName: 'Priya <b>Natarajan</b>', active: true };
export const marcus: Person = { accountId: 'acc-marcus', displayName: 'Marcus & "Co"', active: true };
export const daniel: Person = { accountId: 'acc-daniel', displayName: 'Daniel ]]>', active: false };

export function raciFixture(): RaciMatrix {
  return {
    people: [daniel, marcus, priya],
    rows: [
      { key: 'PAY-1', summary: NASTY[0] ?? '', status: 'In Progress', statusCategory: 'inProgress', responsible: [marcus], accountable: [priya], consulted: [daniel], informed: [], accountableSource: 'field' },
      { key: 'PAY-2', summary: NASTY[4] ?? '', status: '', statusCategory: 'todo', responsible: [], accountable: [marcus], consulted: [], informed: [priya, marcus], accountableSource: 'reporter' },
    ],
    findings: [{ kind: 'no-responsible', title: 'No one is Responsible', advice: `Assign ${NASTY[2] ?? ''}`, issueKeys: ['PAY-2'], people: [] }],
  };
}

export function decision(key: string, over: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    key,
    title: `Decide ${key}`,
    status: 'decided',
    statusName: 'Decided',
    owner: priya,
    date: '2026-11-02',
    context: 'Context text',
    options: ['Option A', 'Option B'],
    outcome: 'We chose A',
    consequences: 'More work',
    linkedKeys: [],
    supersedes: [],
    supersededBy: [],
    problems: [],
    ...over,
  };
}

export function decisionLogFixture(): DecisionLog {
  return {
    decisions: [
      decision('PAY-10', { title: NASTY.join(' | '), context: NASTY[1] ?? '', options: NASTY, owner: daniel, linkedKeys: ['PAY-1', 'PLAT-3'] }),
      decision('PAY-11', { status: 'superseded', statusName: 'Superseded', supersededBy: ['PAY-10'], owner: null, outcome: '' }),
      decision('PAY-12', { status: 'proposed', statusName: 'Proposed', options: [] }),
      decision('PAY-13', { status: 'rejected', statusName: 'Rejected', context: NASTY[5] ?? '' }),
    ],
    findings: [{ kind: 'missing-owner', title: 'A decision without owner', advice: 'Set the Accountable field', issueKeys: ['PAY-11'] }],
  };
}
