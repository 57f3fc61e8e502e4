import { it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite } from '../fixtures/call-site';
import { smallSite, smallSiteUsers } from '../fixtures/small-site';
import { describeWithSpecs } from '../../openapi/describe-with-specs';
import { jiraDurationSeconds } from './jira/issue-edit';

const now = (): Date => new Date('2026-01-31T00:00:00Z');
type Fields = { fields: Record<string, unknown> };

/** The small site with Edit issues in PAY for Bob only. */
function site() {
  const snapshot = smallSite();
  snapshot.grants.push({ projectKey: 'PAY', permission: 'EDIT_ISSUES', holder: { type: 'user', accountId: smallSiteUsers.bob.accountId } });
  return createSite(snapshot, { now, validateResponses: true });
}

describeWithSpecs('PUT /rest/api/3/issue/{issueIdOrKey}', () => {
  it('writes the due date, assignee, time tracking and a custom field, answering 204', async () => {
    const s = site();
    const { jira } = callSite(s);
    const answer = await jira('PUT', '/issue/PAY-4', 'bob', {
      fields: { duedate: '2026-03-02', assignee: { accountId: smallSiteUsers.carol.accountId }, timetracking: { originalEstimate: '2d 4h', remainingEstimate: '90m' }, customfield_10016: 5 },
    });
    expect(answer.status).toBe(204);
    const { fields } = (await jira('GET', '/issue/PAY-4?fields=duedate,assignee,timeoriginalestimate,timeestimate,customfield_10016', 'bob')).json as Fields;
    expect(fields).toMatchObject({ duedate: '2026-03-02', assignee: { accountId: smallSiteUsers.carol.accountId }, timeoriginalestimate: 20 * 3600, timeestimate: 5400, customfield_10016: 5 });
    expect((await jira('PUT', '/issue/PAY-4', 'bob', { fields: { assignee: null, duedate: null } })).status).toBe(204);
    expect(((await jira('GET', '/issue/PAY-4?fields=duedate,assignee', 'bob')).json as Fields).fields).toMatchObject({ duedate: null, assignee: null });
    expect(s.specViolations).toEqual([]);
  });

  it('refuses without Edit issues (403), an issue the user cannot see (404), anonymous (401), and bad values all at once (400, nothing written)', async () => {
    const s = site();
    const { jira } = callSite(s);
    expect((await jira('PUT', '/issue/PAY-4', 'carol', { fields: { duedate: '2026-03-02' } })).status).toBe(403);
    expect((await jira('PUT', '/issue/PLAT-1', 'bob', { fields: { duedate: '2026-03-02' } })).status).toBe(404);
    expect((await jira('PUT', '/issue/PAY-4', 'anonymous', { fields: { duedate: '2026-03-02' } })).status).toBe(401);
    const bad = await jira('PUT', '/issue/PAY-4', 'bob', { fields: { duedate: '2026-02-30', assignee: { accountId: 'nobody' }, timetracking: { originalEstimate: 'soon' }, customfield_99: 1, customfield_10016: 8 } });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.json as { errors: Record<string, string> }).errors).sort()).toEqual(['assignee', 'customfield_99', 'duedate', 'timetracking']);
    expect(((await jira('GET', '/issue/PAY-4?fields=customfield_10016', 'bob')).json as Fields).fields.customfield_10016).not.toBe(8);
    expect((await jira('PUT', '/issue/PAY-4', 'bob', {})).status).toBe(400);
    expect(s.specViolations).toEqual([]);
  });

  it('reads Jira durations with 8-hour days and 5-day weeks', () => {
    expect([jiraDurationSeconds('1w 2d 3h 4m'), jiraDurationSeconds('90m'), jiraDurationSeconds('1.5h'), jiraDurationSeconds('3 days')]).toEqual([(40 + 16 + 3) * 3600 + 240, 5400, 5400, null]);
  });
});
