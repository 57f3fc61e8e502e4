import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { adfProblems } from '../../../src/adapters/confluence/adf-validation';
import { attrOf, nodesOfType, type AdfDoc, type AdfNode } from '../../../src/adapters/confluence/adf-node';
import { decisionLogBody } from '../../../src/adapters/confluence/decision-log-adf';
import { keelSection } from '../../../src/adapters/confluence/keel-section';
import { keptDecisions } from '../../../src/adapters/confluence/kept-decisions';
import { raciBody, raciLetters } from '../../../src/adapters/confluence/raci-adf';
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
