import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite } from '../fixtures/call-site';
import { smallSite, smallSiteUsers } from '../fixtures/small-site';

const { jira } = callSite(createSite(smallSite(), { now: () => new Date('2026-01-31T00:00:00Z') }));

describe('Jira metadata', () => {
  it('lists fields, issue types, link types, statuses and status categories', async () => {
    expect((await jira('GET', '/field')).json).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'customfield_10016', name: 'Story Points', custom: true })]));
    expect((await jira('GET', '/issuetype')).json).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Risk', self: 'https://keel-small.atlassian.net/rest/api/3/issuetype/10003' })]));
    expect((await jira('GET', '/issueLinkType')).json).toMatchObject({ issueLinkTypes: [{ name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, {}, {}] });
    expect((await jira('GET', '/status')).json).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Done', statusCategory: expect.objectContaining({ key: 'done', colorName: 'green' }) as unknown })]));
    expect(((await jira('GET', '/statuscategory')).json as Array<{ key: string }>).map((c) => c.key)).toEqual(['undefined', 'new', 'done', 'indeterminate']);
    expect((await jira('GET', '/serverInfo', 'anonymous')).json).toMatchObject({ baseUrl: 'https://keel-small.atlassian.net', deploymentType: 'Cloud' });
  });

  it('answers 404 in Jira shape for an unknown route', async () => {
    expect(await jira('GET', '/nowhere')).toMatchObject({ status: 404, json: { errorMessages: [expect.any(String) as unknown], errors: {} } });
  });
});

describe('projects', () => {
  it('pages only the projects the principal may browse', async () => {
    const keys = async (who: 'alice' | 'bob' | 'anonymous' | 'app', query = ''): Promise<string[]> =>
      ((await jira('GET', `/project/search${query}`, who)).json as { values: Array<{ key: string }> }).values.map((p) => p.key);
    expect(await keys('alice')).toEqual(['PAY', 'PLAT']);
    expect(await keys('bob')).toEqual(['PAY']);
    expect(await keys('anonymous')).toEqual(['PAY']);
    expect(await keys('app')).toEqual(['PAY', 'PLAT', 'SEC']);
    expect((await jira('GET', '/project/search?maxResults=1', 'alice')).json).toMatchObject({ total: 2, isLast: false, values: [{ key: 'PAY' }] });
    expect(await keys('alice', '?keys=PLAT')).toEqual(['PLAT']);
  });

  it('answers a project by key or id, 404 when not visible', async () => {
    expect((await jira('GET', '/project/10001')).json).toMatchObject({ key: 'PLAT', name: 'Platform' });
    expect((await jira('GET', '/project/PLAT', 'bob')).status).toBe(404);
    expect((await jira('GET', '/project/SEC')).status).toBe(404);
  });
});

describe('users and permissions', () => {
  it('answers /myself for users and the app, 401 for anonymous', async () => {
    expect((await jira('GET', '/myself', 'bob')).json).toMatchObject({ accountId: smallSiteUsers.bob.accountId, displayName: 'Bob Builder' });
    expect((await jira('GET', '/myself', 'app')).json).toMatchObject({ accountType: 'app' });
    expect((await jira('GET', '/myself', 'anonymous')).status).toBe(401);
  });

  it('answers /user by accountId, 404 unknown, 401 anonymous', async () => {
    expect((await jira('GET', `/user?accountId=${smallSiteUsers.carol.accountId}`)).json).toMatchObject({ displayName: 'Carol Chen' });
    expect((await jira('GET', '/user?accountId=nobody')).status).toBe(404);
    expect((await jira('GET', `/user?accountId=${smallSiteUsers.carol.accountId}`, 'anonymous')).status).toBe(401);
  });

  it('answers /mypermissions per project, globally, and ADMINISTER from site admins', async () => {
    const have = async (who: 'alice' | 'bob' | 'carol' | 'anonymous', query: string): Promise<Record<string, boolean>> => {
      const answer = (await jira('GET', `/mypermissions?${query}`, who)).json as { permissions: Record<string, { havePermission: boolean }> };
      return Object.fromEntries(Object.entries(answer.permissions).map(([k, v]) => [k, v.havePermission]));
    };
    expect(await have('carol', 'permissions=BROWSE_PROJECTS,CREATE_ISSUES&projectKey=PLAT')).toEqual({ BROWSE_PROJECTS: true, CREATE_ISSUES: false });
    expect(await have('alice', 'permissions=ADMINISTER,ADMINISTER_PROJECTS')).toEqual({ ADMINISTER: true, ADMINISTER_PROJECTS: true });
    expect(await have('bob', 'permissions=ADMINISTER,ADMINISTER_PROJECTS')).toEqual({ ADMINISTER: false, ADMINISTER_PROJECTS: false });
    expect(await have('anonymous', 'permissions=BROWSE_PROJECTS,CREATE_ISSUES&projectKey=PAY')).toEqual({ BROWSE_PROJECTS: true, CREATE_ISSUES: false });
    expect((await jira('GET', '/mypermissions?permissions=BROWSE_PROJECTS&projectKey=PLAT', 'bob')).status).toBe(404);
    expect((await jira('GET', '/mypermissions')).status).toBe(400);
    expect((await jira('GET', '/mypermissions?permissions=FLY')).status).toBe(400);
  });
});

describe('POST /rest/api/3/jql/parse', () => {
  it('answers per query, with errors under strict validation and warnings under warn', async () => {
    const queries = ['project = PAY', 'project = ', 'project = PLAT'];
    const strict = (await jira('POST', '/jql/parse?validation=strict', 'bob', { queries })).json as { queries: Array<{ query: string; errors?: string[] }> };
    expect(strict.queries.map((x) => x.errors?.length ?? 0)).toEqual([0, 1, 1]);
    expect(strict.queries[2]?.errors).toEqual(["The value 'PLAT' does not exist for the field 'project'."]);
    const warn = (await jira('POST', '/jql/parse?validation=warn', 'bob', { queries })).json as { queries: Array<{ warnings?: string[] }> };
    expect(warn.queries[2]?.warnings).toHaveLength(1);
    expect((await jira('POST', '/jql/parse', 'bob', { queries: [] })).status).toBe(400);
  });
});
