import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { issueDecisionsOf } from '../../../static/src/decisions/issue-decisions-of';
import { decisionRecord } from '../../domain/decisions/decision-builders';

describe('issueDecisionsOf', () => {
  it('keeps the decisions linked to the issue either way, and the issue itself, in the log order', () => {
    const log = [
      decisionRecord('PAY-9', { linkedKeys: ['PAY-2'] }),
      decisionRecord('PAY-8', { linkedKeys: ['PAY-3'] }),
      decisionRecord('PAY-7', { supersedes: ['PAY-2'] }),
      decisionRecord('PAY-2'),
      decisionRecord('PAY-1', { supersededBy: ['PAY-2'] }),
    ];
    expect(issueDecisionsOf(log, 'PAY-2').map((d) => d.key)).toEqual(['PAY-9', 'PAY-7', 'PAY-2', 'PAY-1']);
    expect(issueDecisionsOf(log, 'PAY-4')).toEqual([]);
  });
});
