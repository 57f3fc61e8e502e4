/** Keel's section of a page: found by its notes' ids or, when an editor dropped them, by their words. */
import { describe, expect, it } from 'vitest';
import type { AdfNode } from '../../../src/adapters/confluence/adf-node';
import { findSection, keelSection, sectionBody, withSection } from '../../../src/adapters/confluence/keel-section';

const p = (text: string): AdfNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const section = (words: string): AdfNode[] => keelSection('raci', 'Payments (PAY)', [p(words)]);
const withoutIds = (nodes: AdfNode[]): AdfNode[] => nodes.map((n) => (n.type === 'panel' ? { ...n, attrs: { panelType: 'note' } } : n));
const texts = (nodes: AdfNode[]): string[] => nodes.map((n) => (n.type === 'paragraph' ? (n.content?.[0]?.text ?? '') : `[${n.type}]`));

describe('Keel’s section', () => {
  const page = [p('above'), ...section('old'), p('below')];

  it('replaces only what lies between its notes', () => {
    const bounds = findSection(page, 'raci');
    expect(bounds).toEqual({ start: 1, end: 3 });
    expect(texts(sectionBody(page, bounds))).toEqual(['old']);
    expect(texts(withSection(page, bounds, section('new')))).toEqual(['above', '[panel]', 'new', '[panel]', 'below']);
  });

  it('recognises the notes by their words when the editor dropped their ids', () => {
    const edited = withoutIds(page);
    expect(findSection(edited, 'raci')).toEqual({ start: 1, end: 3 });
    expect(findSection(page, 'decisions')).toBeNull();
  });

  it('removes nothing when the end note is gone, and appends a section when both are', () => {
    const noEnd = page.filter((_, i) => i !== 3);
    const bounds = findSection(noEnd, 'raci');
    expect(bounds).toEqual({ start: 1, end: null });
    expect(sectionBody(noEnd, bounds)).toEqual([]);
    expect(texts(withSection(noEnd, bounds, section('new')))).toEqual(['above', '[panel]', 'new', '[panel]', 'old', 'below']);
    const none = [p('above'), p('below')];
    expect(texts(withSection(none, findSection(none, 'raci'), section('new')))).toEqual(['above', 'below', '[panel]', 'new', '[panel]']);
  });
});
