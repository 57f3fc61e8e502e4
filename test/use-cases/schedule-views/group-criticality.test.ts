import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { groupCriticality } from '../../../src/use-cases/schedule-views/view-criticality';
import { groupOf } from '../../../src/use-cases/schedule-views/schedule-filter';
import { node } from './schedule-node-builder';

describe('groupCriticality', () => {
  it("the doc comment: an epic takes its most critical issue's index; a group the forecast draws nothing of, null", () => {
    const nodes = [
      node('PAY-1', { type: 'Epic' }),
      node('PAY-2', { parentKey: 'PAY-1' }),
      node('PAY-3', { parentKey: 'PAY-1' }),
      node('PAY-4', { parentKey: 'PAY-1', statusCategory: 'done' }),
      node('PAY-5', { type: 'Epic' }),
      node('PAY-6', { parentKey: 'PAY-5', statusCategory: 'done' }),
    ];
    const byKey = new Map([['PAY-2', { criticality: 0.2, cruciality: 0.1 }], ['PAY-3', { criticality: 0.7, cruciality: 0.5 }]]);
    const groups = groupCriticality(nodes, groupOf(nodes), byKey);
    expect(groups.get('PAY-1')).toBe(0.7);
    expect(groups.get('PAY-5')).toBeNull();
  });
});
