/** applyPayload: the apply call carries the confirmed list, each change with its "from" and "to" (issue #17). */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { resolvers, type ApplyPlanResult } from '@contract';
import { applyPayload } from '../../../static/src/scenarios/apply-payload';

const plan: ApplyPlanResult = {
  scenario: { id: 'abc123', name: 'Switch provider', createdBy: { accountId: 'p', name: 'Priya' }, createdAt: '2026-12-01T09:00:00Z', updatedBy: { accountId: 'p', name: 'Priya' }, updatedAt: '2026-12-01T09:00:00Z', version: 3, editCount: 2, applied: null },
  changes: [
    { id: 'c1', kind: 'originalEstimate', key: 'PAY-4', text: 'PAY-4: original estimate 16h → 40h', change: { kind: 'originalEstimate', key: 'PAY-4', fromSeconds: 57_600, toSeconds: 144_000 } },
    { id: 'c2', kind: 'addLink', key: 'PAY-1', text: 'PAY-1 → PAY-4: new "Blocks" link', change: { kind: 'addLink', scenarioLinkId: 'scenario-1', linkType: 'Blocks', outwardKey: 'PAY-1', inwardKey: 'PAY-4' } },
  ],
  alreadyInJira: [{ id: 'c3', kind: 'dueDate', key: 'PAY-5', text: 'PAY-5: due date none → 2027-01-04', change: { kind: 'dueDate', key: 'PAY-5', from: null, to: '2027-01-04' } }],
  notWritten: [{ edit: 'lag', reason: 'Jira has no lag per link' }],
};

describe('applyPayload', () => {
  it('sends the version shown and every listed change with its from and to values', () => {
    const payload = applyPayload('PAY', 'abc123', plan);
    // A change Jira already holds is shown apart and not sent: the apply reports it already so, without writing it.
    expect(payload).toEqual({ projectKey: 'PAY', id: 'abc123', version: 3, listed: plan.changes });
    expect(payload.listed[0]?.change).toEqual({ kind: 'originalEstimate', key: 'PAY-4', fromSeconds: 57_600, toSeconds: 144_000 });
  });

  it('is a payload the resolver accepts', () => {
    expect(resolvers['scenarios/apply'].payload.safeParse(applyPayload('PAY', 'abc123', plan)).success).toBe(true);
  });
});
