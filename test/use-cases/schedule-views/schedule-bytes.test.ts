import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { jsonBytes } from '../../../src/use-cases/schedule-views/answer-budget';
import { listBytes, scheduleJsonBytes } from '../../../src/use-cases/schedule-views/schedule-bytes';
import { edge, node } from './schedule-node-builder';

describe('scheduleJsonBytes', () => {
  it('the doc comment: [{"a":"é"},1] is 14 bytes', () => {
    expect(listBytes([{ a: 'é' }, 1])).toBe(14);
    expect(listBytes([])).toBe(2);
  });

  it('equals the whole JSON in bytes, with and without summaries, in any script', () => {
    const nodes = Object.freeze([node('PAY-1', { summary: 'Zahlung prüfen ✓' }), node('PAY-2', { summary: '決済' })]);
    const edges = Object.freeze([edge('PAY-1', 'PAY-2')]);
    const head = { project: { key: 'PAY', name: 'Zahlungen' }, asOf: '2026-11-16', findings: [] };
    const without = { ...head, nodes, edges };
    const withSummaries = { ...head, nodes, edges, summaries: [{ key: 'PAY-9', summary: 'Épique' }], background: { state: 'ready' } };
    const emptyLists = { ...head, nodes: [], edges: [], summaries: [] };
    for (const schedule of [without, withSummaries, emptyLists]) expect(scheduleJsonBytes(schedule)).toBe(jsonBytes(schedule));
  });
});
