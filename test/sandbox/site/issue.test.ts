import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite } from '../fixtures/call-site';
import { smallSite, smallSiteUsers } from '../fixtures/small-site';

const now = (): Date => new Date('2026-01-31T00:00:00Z');
const notVisible = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  const { jira } = callSite(createSite(smallSite(), { now }));

  it('answers all fields by default, by key or id', async () => {
    const byKey = await jira('GET', '/issue/PAY-3');
    expect(byKey).toMatchObject({ status: 200, json: { id: '10102', key: 'PAY-3', self: 'https://keel-small.atlassian.net/rest/api/3/issue/10102' } });
    expect(Object.keys((byKey.json as { fields: object }).fields)).toContain('customfield_10016');
    expect((await jira('GET', '/issue/10102?fields=summary')).json).toMatchObject({ key: 'PAY-3', fields: { summary: 'Charge a tokenised card' } });
  });

  it('answers 404 for an issue the principal cannot browse, or that does not exist', async () => {
    expect(await jira('GET', '/issue/PLAT-1', 'bob')).toMatchObject({ status: 404, json: notVisible });
    expect(await jira('GET', '/issue/SEC-1', 'alice')).toMatchObject({ status: 404, json: notVisible });
    expect(await jira('GET', '/issue/PAY-999')).toMatchObject({ status: 404, json: notVisible });
    expect((await jira('GET', '/issue/SEC-1', 'app')).status).toBe(200);
  });

  it('gives worklogs and changelogs, paged, and 404 when not visible', async () => {
    expect((await jira('GET', '/issue/PAY-2/worklog')).json).toMatchObject({ startAt: 0, total: 2, worklogs: [{ id: '30000' }, { id: '30001' }] });
    expect((await jira('GET', '/issue/PAY-2/worklog?startAt=1&maxResults=1')).json).toMatchObject({ startAt: 1, maxResults: 1, total: 2, worklogs: [{ id: '30001' }] });
    expect((await jira('GET', '/issue/PAY-2/changelog?maxResults=1')).json).toMatchObject({ total: 2, isLast: false, values: [{ id: '40000' }] });
    expect((await jira('GET', '/issue/PAY-4/changelog')).json).toMatchObject({ total: 0, isLast: true, values: [] });
    // The spec types ChangeDetails.from as a string: a null from real Jira is left out.
    const assigneeChange = ((await jira('GET', '/issue/PAY-3/changelog')).json as { values: Array<{ items: object[] }> }).values[1]?.items[0];
    expect(assigneeChange).toEqual({ field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', to: smallSiteUsers.bob.accountId, toString: 'Bob Builder' });
    expect((await jira('GET', '/issue/PLAT-1/worklog', 'bob')).status).toBe(404);
    expect((await jira('GET', '/issue/PLAT-1/changelog', 'bob')).status).toBe(404);
  });
});

describe('POST /rest/api/3/issue', () => {
  const description = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Why.' }] }] };

  it('creates an issue with the next key, findable by search', async () => {
    const site = createSite(smallSite(), { now });
    const { jira } = callSite(site);
    const created = await jira('POST', '/issue', 'bob', { fields: { project: { key: 'PAY' }, issuetype: { name: 'Task' }, summary: 'Record the decision', description, customfield_10016: 2, parent: { key: 'PAY-1' } } });
    expect(created).toMatchObject({ status: 201, json: { key: 'PAY-11', id: '10301', self: 'https://keel-small.atlassian.net/rest/api/3/issue/10301' } });
    expect((await jira('GET', '/issue/PAY-11?fields=summary,reporter,parent,customfield_10016,status,created', 'bob')).json).toMatchObject({
      fields: { summary: 'Record the decision', reporter: { displayName: 'Bob Builder' }, parent: { key: 'PAY-1' }, customfield_10016: 2, status: { name: 'To Do' }, created: '2026-01-31T00:00:00.000+0000' },
    });
    expect(site.state.issues).toHaveLength(11);
  });

  it('lists every wrong field at once in errors', async () => {
    const { jira } = callSite(createSite(smallSite(), { now }));
    const answer = await jira('POST', '/issue', 'bob', { fields: { project: { key: 'PLAT' }, issuetype: { name: 'Saga' }, summary: ' ', customfield_99999: 1 } });
    expect(answer).toMatchObject({ status: 400, json: { errorMessages: [], errors: { project: 'valid project is required', issuetype: 'Specify an issue type', summary: 'You must specify a summary of the issue.', customfield_99999: expect.stringContaining('cannot be set') as unknown } } });
  });

  it('needs CREATE_ISSUES, a signed-in user and a well-formed body', async () => {
    const { jira } = callSite(createSite(smallSite(), { now }));
    const fields = { project: { key: 'PLAT' }, issuetype: { id: '10002' }, summary: 'Ingress' };
    expect(await jira('POST', '/issue', 'carol', { fields })).toMatchObject({ status: 400, json: { errors: { project: 'You do not have permission to create issues in this project.' } } });
    expect((await jira('POST', '/issue', 'alice', { fields })).status).toBe(201);
    expect((await jira('POST', '/issue', 'anonymous', { fields })).status).toBe(401);
    expect(await jira('POST', '/issue', 'alice', { nofields: true })).toMatchObject({ status: 400, json: { errors: { fields: expect.any(String) as unknown } } });
  });
});
