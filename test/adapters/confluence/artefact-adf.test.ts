import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { adfProblems } from '../../../src/adapters/confluence/adf-validation';
import { attrOf, nodesOfType, type AdfDoc, type AdfNode } from '../../../src/adapters/confluence/adf-node';
import { decisionLogBody } from '../../../src/adapters/confluence/decision-log-adf';
import { keelSection } from '../../../src/adapters/confluence/keel-section';
import { keptDecisions } from '../../../src/adapters/confluence/kept-decisions';
import { FINDING_KEYS_LISTED, MATRIX_MAX_PEOPLE, RACI_ADF_BUDGET, raciBody, raciLetters } from '../../../src/adapters/confluence/raci-adf';
import { raciMatrixOf } from '../../../src/domain/raci/raci-matrix-of';
import { NASTY, daniel, decisionLogFixture, marcus, priya, raciFixture } from './artefact-fixtures';

const BASE = 'https://keel-demo.atlassian.net';
const project = 'Payments <b> (PAY)';
const docOf = (content: AdfNode[]): AdfDoc => ({ type: 'doc', version: 1, content });
const texts = (doc: AdfDoc): string[] => nodesOfType(doc.content, 'text').map((t) => t.text ?? '');

describe('the RACI matrix as ADF', () => {
  const doc = docOf(keelSection('raci', project, raciBody(raciFixture(), BASE)));

  it("validates with Atlassian's validator", () => {
    expect(adfProblems(doc)).toEqual([]);
  });

  it('writes R/A/C/I letters per person, A* for a reporter standing in', () => {
    const [first, second] = raciFixture().rows;
    if (!first || !second) throw new Error('fixture');
    expect(raciLetters(first, priya.accountId)).toBe('A');
    expect(raciLetters(first, daniel.accountId)).toBe('C');
    expect(raciLetters(second, marcus.accountId)).toBe('A*, I');
    const tableTexts = texts(docOf(nodesOfType(doc.content, 'table')));
    expect(tableTexts).toEqual(expect.arrayContaining(['A*, I', 'R', 'C']));
  });

  it('puts people as mentions, keys as links to the issue, statuses as lozenges, findings above the table', () => {
    expect(nodesOfType(doc.content, 'mention').map((m) => attrOf(m, 'id'))).toEqual(expect.arrayContaining(['acc-daniel', 'acc-marcus', 'acc-priya']));
    const links = nodesOfType(doc.content, 'text').flatMap((t) => (t.marks ?? []).map((m) => attrOf(m, 'href')));
    expect(links).toContain(`${BASE}/browse/PAY-1`);
    expect(nodesOfType(doc.content, 'status').map((s) => [attrOf(s, 'text'), attrOf(s, 'color')])).toEqual([['IN PROGRESS', 'blue'], ['UNKNOWN', 'neutral']]);
    const order = doc.content.map((n) => n.type);
    expect(order.indexOf('bulletList')).toBeLessThan(order.indexOf('table'));
  });

  it('keeps markup, quotes, right-to-left text and emoji as text nodes, unchanged', () => {
    const all = texts(doc);
    expect(all).toContain(' <script>alert(1)</script>');
    expect(all).toContain(' مرحبا بالعالم');
    expect(all.join('')).toContain('Fish & Chips');
    expect(nodesOfType(doc.content, 'mention').map((m) => attrOf(m, 'text'))).toContain('@Priya <b>Natarajan</b>');
  });
});

describe("a programme's RACI matrix as ADF (the macro's PDF/Word export, a published page)", () => {
  /** `rows` deliverables, each with one holder of each role among `people` people; none with a Responsible past the first 100. */
  const programme = (rows: number, people: number) => {
    const all = Array.from({ length: people }, (_, i) => ({ accountId: `5b10a2844c20165700ede2${String(i).padStart(2, '0')}`, displayName: `Person ${i}`, active: true }));
    const one = (i: number, k: number) => [all[(i * 7 + k) % people] ?? priya];
    return raciMatrixOf(
      Array.from({ length: rows }, (_, i) => ({ key: `BIG-${i + 1}`, summary: `Deliverable ${i + 1}`, status: 'In Progress', statusCategory: 'inProgress' as const, responsible: i < 100 ? one(i, 0) : [], accountable: one(i, 1), consulted: one(i, 2), informed: one(i, 3), accountableSource: 'field' as const })),
      { accountableLimit: 5000 },
    );
  };
  const tableRows = (content: AdfNode[]) => nodesOfType(content, 'tableRow').length - 1;

  it('has a column per role past MATRIX_MAX_PEOPLE people, naming each holder, and validates', () => {
    const matrix = programme(30, MATRIX_MAX_PEOPLE + 1);
    const body = raciBody(matrix, BASE);
    expect(adfProblems(docOf(body))).toEqual([]);
    const header = texts(docOf(nodesOfType(body, 'tableHeader')));
    expect(header).toEqual(['Deliverable', 'Status', 'Responsible', 'Accountable', 'Consulted', 'Informed']);
    const first = nodesOfType(body, 'tableRow')[1];
    const mentions = nodesOfType(first ? [first] : [], 'mention').map((m) => attrOf(m, 'text'));
    const row = matrix.rows[0];
    expect(mentions).toEqual([row?.responsible, row?.accountable, row?.consulted, row?.informed].map((p) => `@${p?.[0]?.displayName ?? ''}`));
    expect(tableRows(body)).toBe(30);
    expect(texts(docOf(body)).join('')).toContain(`${MATRIX_MAX_PEOPLE + 1} people hold roles`);
  });

  it('keeps a column per person up to MATRIX_MAX_PEOPLE', () => {
    const body = raciBody(programme(30, MATRIX_MAX_PEOPLE), BASE);
    expect(nodesOfType(body, 'tableHeader')).toHaveLength(2 + MATRIX_MAX_PEOPLE);
  });

  it('stops the rows at the budget and says how many are left out and where they all are; a finding lists 50 keys', () => {
    const matrix = programme(2500, 40);
    const body = raciBody(matrix, BASE);
    expect(JSON.stringify(body).length).toBeLessThanOrEqual(RACI_ADF_BUDGET);
    const kept = tableRows(body);
    expect(kept).toBeGreaterThan(1000);
    expect(kept).toBeLessThan(2500);
    const all = texts(docOf(body)).join('');
    expect(all).toContain(`The first ${kept.toLocaleString('en')} of 2,500 deliverables.`);
    expect(all).toContain(`The other ${(2500 - kept).toLocaleString('en')} would pass the size Confluence takes from Keel; the RACI tab in Jira shows them all`);
    const noResponsible = matrix.findings.find((f) => f.kind === 'no-responsible');
    expect(noResponsible?.issueKeys).toHaveLength(2400);
    expect(all).toContain(`and ${(2400 - FINDING_KEYS_LISTED).toLocaleString('en')} more`);
    const findingLinks = nodesOfType(nodesOfType(body, 'bulletList'), 'text').filter((t) => (t.marks ?? []).some((m) => m.type === 'link'));
    expect(findingLinks).toHaveLength(FINDING_KEYS_LISTED);
  });

  it('holds every row when they fit, saying nothing is left out', () => {
    const body = raciBody(programme(1220, 10), BASE);
    expect(tableRows(body)).toBe(1220);
    expect(texts(docOf(body)).join('')).not.toContain('The first');
  });
});

describe('the decision log as ADF', () => {
  const doc = docOf(keelSection('decisions', project, decisionLogBody(decisionLogFixture(), BASE, [])));

  it("validates with Atlassian's validator", () => {
    expect(adfProblems(doc)).toEqual([]);
  });

  it('writes native decision items, DECIDED only for decided decisions', () => {
    const items = nodesOfType(doc.content, 'decisionItem');
    expect(items.map((i) => [attrOf(i, 'localId'), attrOf(i, 'state')])).toEqual([
      ['keel-decision-PAY-10', 'DECIDED'],
      ['keel-decision-PAY-11', 'UNDECIDED'],
      ['keel-decision-PAY-12', 'UNDECIDED'],
      ['keel-decision-PAY-13', 'UNDECIDED'],
    ]);
    const colours = nodesOfType(items, 'status').map((s) => attrOf(s, 'color'));
    expect(colours).toEqual(['green', 'neutral', 'blue', 'red']);
  });

  it('keeps every nasty string as one text node, unchanged', () => {
    const all = texts(doc);
    for (const nasty of NASTY) expect(all).toContain(nasty);
    expect(all).toContain(`: ${NASTY.join(' | ')}`);
  });

  it('refuses a decision state other than DECIDED or UNDECIDED, which the validator lets through', () => {
    const bad = docOf([{ type: 'decisionList', attrs: { localId: 'l' }, content: [{ type: 'decisionItem', attrs: { localId: 'i', state: 'MAYBE' }, content: [{ type: 'text', text: 'x' }] }] }]);
    expect(adfProblems(bad)).toEqual(['decisionItem: state must be DECIDED or UNDECIDED, not "MAYBE"']);
  });

  it('reports what the validator rejects', () => {
    expect(adfProblems(docOf([{ type: 'paragraph', content: [{ type: 'text', text: '' }] }])).length).toBeGreaterThan(0);
  });
});

describe('decisions kept on the page', () => {
  const item = (localId: string, words: string, extra: AdfNode[] = []): AdfNode => ({ type: 'decisionItem', attrs: { localId, state: 'DECIDED' }, content: [{ type: 'text', text: words }, ...extra] });
  const old: AdfNode[] = [
    { type: 'decisionList', attrs: { localId: 'x' }, content: [item('keel-decision-PAY-1', 'PAY-1: still here'), item('keel-decision-PAY-2', 'PAY-2: gone'), item('abc', 'PAY-3: Confluence renumbered me'), item('def', 'Ship on Friday (typed by hand)')] },
  ];

  it('keeps what the log no longer holds, by Keel’s id or a leading issue key, and hand-written decisions untouched', () => {
    const kept = keptDecisions(old, new Set(['PAY-1']));
    expect(kept.map((k) => nodesOfType([k], 'text')[0]?.text)).toEqual(['PAY-2: gone', 'PAY-3: Confluence renumbered me', 'Ship on Friday (typed by hand)']);
    expect(kept.map((k) => nodesOfType([k], 'status').length)).toEqual([1, 1, 0]);
  });

  it('marks an item once, even when the editor gave the lozenge another id', () => {
    const relabelled = item('keel-decision-PAY-2', 'PAY-2: gone', [{ type: 'status', attrs: { text: 'NOT IN JIRA', color: 'yellow', localId: 'editor-7' } }]);
    expect(nodesOfType(keptDecisions([relabelled], new Set()), 'status')).toHaveLength(1);
    expect(keptDecisions(keptDecisions(old, new Set()), new Set())).toEqual(keptDecisions(old, new Set()));
  });
});
