/**
 * Keel's section of a page: found by its notes' ids or, when an editor dropped them, by their words; and,
 * when a note is gone, by the `keel-<artefact>-` localId on every top-level node Keel wrote, so Keel replaces
 * exactly its own nodes and never a person's.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { attrOf, type AdfNode } from '../../../src/adapters/confluence/adf-node';
import { adfProblems } from '../../../src/adapters/confluence/adf-validation';
import { findSection, keelSection, sectionBody, withSection } from '../../../src/adapters/confluence/keel-section';

const p = (text: string): AdfNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const section = (words: string): AdfNode[] => keelSection('raci', 'Payments (PAY)', [p(words), p(`${words} 2`)]);
const withoutIds = (nodes: AdfNode[]): AdfNode[] => nodes.map((n) => (n.type === 'panel' ? { ...n, attrs: { panelType: 'note' } } : { type: n.type, ...(n.content ? { content: n.content } : {}) }));
const texts = (nodes: AdfNode[]): string[] => nodes.map((n) => (n.type === 'paragraph' ? (n.content?.[0]?.text ?? '') : `[${n.type}]`));
const replaced = (page: AdfNode[], artefact: 'raci' | 'decisions' = 'raci'): string[] => texts(withSection(page, findSection(page, artefact), section('new')));

describe('Keel’s section', () => {
  const page = [p('above'), ...section('old'), p('below')];
  const [start, old1, old2, end] = section('old');
  if (!start || !old1 || !old2 || !end) throw new Error('a section has four nodes');

  it('marks every top-level node it writes with its own localId, and stays valid ADF', () => {
    const ids = section('x').map((n) => attrOf(n, 'localId'));
    expect(ids).toEqual(['keel-raci-start', 'keel-raci-1', 'keel-raci-2', 'keel-raci-end']);
    expect(keelSection('decisions', 'P', [p('x')]).map((n) => attrOf(n, 'localId'))).toEqual(['keel-decisions-start', 'keel-decisions-1', 'keel-decisions-end']);
    expect(adfProblems({ type: 'doc', version: 1, content: section('x') })).toEqual([]);
  });

  it('replaces what lies between its notes', () => {
    expect(texts(sectionBody(page, findSection(page, 'raci')))).toEqual(['old', 'old 2']);
    expect(replaced(page)).toEqual(['above', '[panel]', 'new', 'new 2', '[panel]', 'below']);
  });

  it('recognises the notes by their words when the editor dropped every id', () => {
    const edited = withoutIds(page);
    expect(texts(sectionBody(edited, findSection(edited, 'raci')))).toEqual(['old', 'old 2']);
    expect(replaced(edited)).toEqual(['above', '[panel]', 'new', 'new 2', '[panel]', 'below']);
    expect(findSection(page, 'decisions')).toBeNull();
  });

  it('when the end note is gone, replaces exactly its own nodes and keeps the person’s, in place', () => {
    const noEnd = [p('above'), start, old1, p('mine'), old2, p('below')];
    expect(texts(sectionBody(noEnd, findSection(noEnd, 'raci')))).toEqual(['old', 'old 2']);
    expect(replaced(noEnd)).toEqual(['above', '[panel]', 'new', 'new 2', '[panel]', 'mine', 'below']);
  });

  it('when the start note is gone, or both, still finds its own nodes instead of adding a second section', () => {
    expect(replaced([p('above'), old1, old2, end, p('below')])).toEqual(['above', '[panel]', 'new', 'new 2', '[panel]', 'below']);
    expect(replaced([p('above'), old1, p('mine'), old2, p('below')])).toEqual(['above', '[panel]', 'new', 'new 2', '[panel]', 'mine', 'below']);
  });

  it('leaves another artefact’s section and a person’s look-alike text alone', () => {
    const decisions = keelSection('decisions', 'Payments (PAY)', [p('log')]);
    const mixed = [...decisions, p('keel-raci-1 is only text'), ...section('old')];
    expect(replaced(mixed)).toEqual(['[panel]', 'log', '[panel]', 'keel-raci-1 is only text', '[panel]', 'new', 'new 2', '[panel]']);
    expect(replaced(mixed, 'decisions')).toEqual(['[panel]', 'new', 'new 2', '[panel]', 'keel-raci-1 is only text', '[panel]', 'old', 'old 2', '[panel]']);
  });

  it('with no ids and no end note, removes nothing it cannot prove is its own; with nothing of Keel’s, appends', () => {
    const noEnd = withoutIds([p('above'), start, old1, old2, p('below')]);
    expect(sectionBody(noEnd, findSection(noEnd, 'raci'))).toEqual([]);
    expect(replaced(noEnd)).toEqual(['above', '[panel]', 'new', 'new 2', '[panel]', 'old', 'old 2', 'below']);
    expect(replaced([p('above'), p('below')])).toEqual(['above', 'below', '[panel]', 'new', 'new 2', '[panel]']);
  });
});
