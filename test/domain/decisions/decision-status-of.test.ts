import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { decisionStatusOf } from '../../../src/domain/decisions/decision-status-of';

const names = { proposed: ['Proposed', 'Open', 'To Do'], decided: ['Decided', 'Accepted', 'Done'], superseded: ['Superseded'], rejected: ['Rejected'] };

describe('decisionStatusOf', () => {
  it.each([
    ['Decided', 'decided'],
    ['  accepted ', 'decided'],
    ['SUPERSEDED', 'superseded'],
    ['Rejected', 'rejected'],
    ['To do', 'proposed'],
  ])('maps %s to %s, ignoring case and spaces', (name, status) => {
    expect(decisionStatusOf(name, 'inProgress', names)).toEqual({ status, known: true });
  });

  it('falls back on the status category for an unknown name: done is decided, else proposed', () => {
    expect(decisionStatusOf('Signed off', 'done', names)).toEqual({ status: 'decided', known: false });
    expect(decisionStatusOf('Parked', 'todo', names)).toEqual({ status: 'proposed', known: false });
  });
});
