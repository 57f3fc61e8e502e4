/**
 * Calls every operation the sandbox emulates, in success and error statuses, with response checking on,
 * and asserts the site's answers break Atlassian's OpenAPI specs nowhere.
 */
import { it } from '@jest/globals';
import { expect } from '../expect';
import { createSite } from '../sandbox/site';
import { callSite } from '../sandbox/fixtures/call-site';
import { securedSmallSite } from '../sandbox/fixtures/secured-site';
import { confluenceRoutes } from '../sandbox/site/confluence/routes';
import { jiraRoutes } from '../sandbox/site/jira/routes';
import { matchRoute } from '../sandbox/site/router';
import { describeWithSpecs } from './describe-with-specs';

const adf = JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] });
const q = encodeURIComponent;

describeWithSpecs('every emulated operation answers within the spec', () => {
  it('has zero spec violations over all operations and statuses', async () => {
    const site = createSite(securedSmallSite(['PAY-10']), { validateResponses: true, now: () => new Date('2026-01-31T00:00:00Z') });
    const { jira, confluence } = callSite(site);

    // Jira: search, issues, history
    await jira('GET', `/search/jql?jql=${q('project = PAY ORDER BY key')}&maxResults=2`);
    await jira('GET', `/search/jql?jql=${q('project = PAY')}&fields=*all&expand=changelog,names`);
    await jira('POST', '/search/jql', 'bob', { jql: 'project in (PAY, PLAT)', fields: ['summary', 'issuelinks', 'status'], maxResults: 3 });
    await jira('GET', `/search/jql?jql=${q('project = ')}`);
    await jira('GET', `/search/jql?jql=${q('project = PLAT')}`, 'bob');
    // Issue security: PAY-10 is under a level Bob is not in.
    await jira('GET', `/search/jql?jql=${q('project = PAY AND level IS EMPTY')}&fields=*all`);
    await jira('GET', '/issue/PAY-10?fields=security,summary');
    await jira('GET', '/issue/PAY-10', 'bob');
    await jira('POST', '/search/approximate-count', 'bob', { jql: 'project = PAY' });
    await jira('POST', '/search/approximate-count', 'alice', { jql: 'project = PAY AND level = 10200' });
    await jira('POST', '/search/approximate-count', 'bob', { jql: 'level = 10200' });
    await jira('GET', '/issue/PAY-3?expand=names,changelog');
    await jira('GET', '/issue/PLAT-1', 'bob');
    await jira('POST', '/issue', 'bob', { fields: { project: { key: 'PAY' }, issuetype: { name: 'Task' }, summary: 'New', description: JSON.parse(adf) as unknown } });
    await jira('POST', '/issue', 'bob', { fields: { project: { key: 'PLAT' }, issuetype: { name: 'Task' }, summary: '' } });
    await jira('POST', '/issue', 'anonymous', { fields: {} });
    await jira('POST', '/issueLink', 'bob', { type: { name: 'Blocks' }, inwardIssue: { key: 'PAY-4' }, outwardIssue: { key: 'PAY-5' } });
    await jira('POST', '/issueLink', 'bob', { type: { name: 'Blocks' }, inwardIssue: { key: 'PAY-4' }, outwardIssue: { key: 'PLAT-1' } });
    await jira('GET', '/issue/PAY-4/transitions', 'app');
    await jira('POST', '/issue/PAY-4/transitions', 'app', { transition: { id: '110001' } });
    await jira('GET', '/issue/PAY-2/worklog');
    await jira('GET', '/issue/PLAT-1/worklog', 'bob');
    await jira('GET', '/issue/PAY-2/changelog?maxResults=1');
    await jira('GET', '/issue/PAY-3/changelog');
    await jira('GET', `/search/jql?jql=${q('key = PAY-3')}&expand=changelog`);
    await jira('GET', '/issue/PLAT-1/changelog', 'bob');
    // Jira: metadata, projects, users
    for (const path of ['/field', '/issuetype', '/issueLinkType', '/status', '/statuscategory', '/serverInfo']) await jira('GET', path);
    await jira('GET', '/project/search?maxResults=1');
    await jira('GET', '/project/PAY');
    await jira('GET', '/project/PAY/versions');
    await jira('GET', '/project/PLAT/versions', 'bob');
    await jira('GET', '/project/PLAT', 'bob');
    await jira('GET', '/myself');
    await jira('GET', '/myself', 'app');
    await jira('GET', '/myself', 'anonymous');
    await jira('GET', `/user?accountId=${site.userByEmail('bob@example.com') ?? ''}`);
    await jira('GET', '/user?accountId=nobody');
    await jira('GET', '/user/search?query=bo&maxResults=5');
    await jira('GET', '/user/search?query=bo', 'anonymous');
    await jira('GET', '/user/search');
    await jira('GET', '/mypermissions?permissions=BROWSE_PROJECTS,ADMINISTER&projectKey=PAY');
    await jira('GET', '/mypermissions');
    await jira('GET', '/mypermissions?permissions=BROWSE_PROJECTS&projectKey=PLAT', 'bob');
    await jira('POST', '/jql/parse?validation=strict', 'alice', { queries: ['project = PAY ORDER BY key', 'project = ', 'project = NOPE'] });
    await jira('POST', '/jql/parse', 'alice', { queries: [] });
    // Jira: deletions (they fire the deleted events Keel's analysis trigger listens to)
    await jira('DELETE', '/issueLink/99999', 'bob');
    // Editing an issue (scenarios' "Apply to Jira"): a good edit, a bad field value, an issue that does not exist.
    await jira('PUT', '/issue/PAY-4', 'bob', { fields: { duedate: '2026-12-18' } });
    await jira('PUT', '/issue/PAY-4', 'bob', { fields: { duedate: 'not a date' } });
    await jira('PUT', '/issue/PAY-99999', 'bob', { fields: { duedate: '2026-12-18' } });
    await jira('DELETE', '/issue/PAY-5');

    // Confluence
    await confluence('GET', '/spaces?limit=1');
    await confluence('GET', '/spaces/65537?description-format=plain&include-icon=true');
    await confluence('GET', '/spaces/65538', 'bob');
    await confluence('GET', '/pages?space-id=65537&body-format=storage');
    await confluence('GET', '/pages/98305?body-format=atlas_doc_format');
    await confluence('GET', '/pages/98400', 'bob');
    const created = await confluence('POST', '/pages', 'bob', { spaceId: '65537', status: 'current', title: 'Decision log', body: { representation: 'atlas_doc_format', value: adf } });
    const pageId = (created.json as { id: string }).id;
    await confluence('POST', '/pages', 'bob', { spaceId: '65537', title: 'Decision log', body: { representation: 'atlas_doc_format', value: adf } });
    await confluence('POST', '/pages', 'carol', { spaceId: '65537', title: 'Other', body: { representation: 'atlas_doc_format', value: adf } });
    const put = (number: number) => confluence('PUT', `/pages/${pageId}`, 'bob', { id: pageId, status: 'current', title: 'Decision log', body: { representation: 'atlas_doc_format', value: adf }, version: { number } });
    await put(2);
    await put(2);
    const property = await confluence('POST', `/pages/${pageId}/properties`, 'bob', { key: 'keel', value: { hash: 'a' } });
    const propertyId = (property.json as { id: string }).id;
    await confluence('POST', `/pages/${pageId}/properties`, 'bob', { key: 'keel', value: 1 });
    await confluence('GET', `/pages/${pageId}/properties`);
    await confluence('GET', `/pages/${pageId}/properties/${propertyId}`);
    await confluence('PUT', `/pages/${pageId}/properties/${propertyId}`, 'bob', { key: 'keel', value: { hash: 'b' }, version: { number: 2 } });
    await confluence('PUT', `/pages/${pageId}/properties/${propertyId}`, 'bob', { key: 'keel', value: { hash: 'c' }, version: { number: 2 } });
    await confluence('DELETE', `/pages/${pageId}/properties/${propertyId}`, 'bob');
    await confluence('GET', `/pages/${pageId}/properties/${propertyId}`);
    // Deleting a page: not by someone who may not write, then to the trash, then purged; 413 over 5 MB.
    await confluence('DELETE', `/pages/${pageId}`, 'carol');
    await confluence('DELETE', `/pages/${pageId}?purge=true`, 'bob');
    await confluence('DELETE', `/pages/${pageId}`, 'bob');
    await confluence('DELETE', `/pages/${pageId}?purge=true`, 'bob');
    await confluence('POST', '/pages', 'bob', { spaceId: '65537', title: 'Huge', body: { representation: 'atlas_doc_format', value: 'x'.repeat(5 * 1024 * 1024 + 1) } });

    // Faults
    site.addFault({ kind: 'rateLimit', count: 2, retryAfterSeconds: 1 });
    await jira('GET', '/field');
    await confluence('GET', '/spaces');
    site.addFault({ kind: 'serverError', count: 1, status: 503, retryAfterSeconds: 1 });
    await jira('GET', '/myself');

    expect(site.specViolations).toEqual([]);

    const statuses = new Set(site.requestLog.map((r) => r.status));
    for (const status of [200, 201, 204, 400, 401, 404, 409, 429, 503]) expect(statuses, `status ${status} exercised`).toContain(status);
    const hit = (routes: typeof jiraRoutes, prefix: string) =>
      new Set(site.requestLog.flatMap((r) => {
        const path = r.path.split('?')[0] ?? '';
        if (!path.startsWith(prefix)) return [];
        const match = matchRoute(routes, r.method, path.slice(prefix.length));
        return match.kind === 'found' ? [`${match.route.method} ${match.route.template}`] : [];
      }));
    const jiraHit = hit(jiraRoutes, '/rest/api/3');
    const confluenceHit = hit(confluenceRoutes, '/wiki/api/v2');
    expect(jiraRoutes.filter((r) => !jiraHit.has(`${r.method} ${r.template}`))).toEqual([]);
    expect(confluenceRoutes.filter((r) => !confluenceHit.has(`${r.method} ${r.template}`))).toEqual([]);
  });
});
