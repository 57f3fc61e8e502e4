/** RACI changes between two status reports (issue 16, item 7), on hand-written matrices. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { raciChanges, type RaciRowNames } from '../../../src/domain/raci/raci-changes';

const row = (key: string, over: Partial<RaciRowNames> = {}): RaciRowNames => ({ key, summary: `${key} work`, R: ['Noor'], A: ['Priya'], C: [], I: [], ...over });

describe('raciChanges', () => {
  it('says nothing when nothing changed, whatever the order of people', () => {
    expect(raciChanges([row('PAY-1', { C: ['Lena', 'Tomás'] })], [row('PAY-1', { C: ['Tomás', 'Lena'] })])).toEqual([]);
  });

  it('names each role whose people changed, from whom to whom', () => {
    expect(raciChanges([row('PAY-1')], [row('PAY-1', { A: ['Marcus'], I: ['Aiko'] })])).toEqual([
      'PAY-1 PAY-1 work: Accountable Priya -> Marcus',
      'PAY-1 PAY-1 work: Informed nobody -> Aiko',
    ]);
  });

  it('names deliverables added and removed', () => {
    expect(raciChanges([row('PAY-1'), row('PAY-2')], [row('PAY-1'), row('PAY-3', { A: [] })])).toEqual([
      'PAY-3 PAY-3 work: new deliverable (A nobody, R Noor)',
      'PAY-2 PAY-2 work: no longer a deliverable',
    ]);
  });

  it('has nothing to compare with before the first report', () => {
    expect(raciChanges([], [])).toEqual([]);
  });
});
