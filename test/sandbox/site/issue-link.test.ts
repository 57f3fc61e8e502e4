import { it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite } from '../fixtures/call-site';
import { smallSite, smallSiteUsers } from '../fixtures/small-site';
import { describeWithSpecs } from '../../openapi/describe-with-specs';

const now = (): Date => new Date('2026-01-31T00:00:00Z');
type Links = { fields: { issuelinks: Array<{ type: { name: string }; outwardIssue?: { key: string }; inwardIssue?: { key: string } }> } };

describeWithSpecs('POST /rest/api/3/issueLink', () => {
  it('links inwardIssue <outward words> outwardIssue, seen from both ends, once even when sent twice', async () => {
    const site = createSite(smallSite(), { now, validateResponses: true });
    const { jira } = callSite(site);
    const body = { type: { name: 'Blocks' }, inwardIssue: { key: 'PAY-4' }, outwardIssue: { key: 'PAY-5' } };
    const answer = await jira('POST', '/issueLink', 'bob', body);
    expect(answer.status).toBe(201);
    expect((await jira('POST', '/issueLink', 'bob', body)).status).toBe(201);
    const subject = (await jira('GET', '/issue/PAY-4?fields=issuelinks', 'bob')).json as Links;
    const object = (await jira('GET', '/issue/PAY-5?fields=issuelinks', 'bob')).json as Links;
    expect(subject.fields.issuelinks.filter((l) => l.outwardIssue?.key === 'PAY-5' && l.type.name === 'Blocks')).toHaveLength(1);
    expect(object.fields.issuelinks.filter((l) => l.inwardIssue?.key === 'PAY-4' && l.type.name === 'Blocks')).toHaveLength(1);
    expect(site.specViolations).toEqual([]);
  });

  it('answers 404 for an unknown link type, an issue the user cannot see, or no LINK_ISSUES; 401 anonymous, within the spec', async () => {
    const site = createSite(smallSite(), { now, validateResponses: true });
    const { jira } = callSite(site);
    const link = (type: string, from: string, to: string) => ({ type: { name: type }, inwardIssue: { key: from }, outwardIssue: { key: to } });
    expect((await jira('POST', '/issueLink', 'bob', link('Clones', 'PAY-4', 'PAY-5'))).status).toBe(404);
    expect((await jira('POST', '/issueLink', 'bob', link('Blocks', 'PAY-4', 'PLAT-1'))).status).toBe(404);
    expect((await jira('POST', '/issueLink', 'alice', link('Blocks', 'PLAT-1', 'PAY-4'))).status).toBe(404);
    expect((await jira('POST', '/issueLink', 'anonymous', link('Blocks', 'PAY-4', 'PAY-5'))).status).toBe(401);
    expect((await jira('POST', '/issueLink', 'bob', { type: { name: 'Blocks' } })).status).toBe(400);
    expect(site.specViolations).toEqual([]);
  });
});

describeWithSpecs('POST /rest/api/3/issue with user fields', () => {
  it('stores an assignee given by accountId as the full user, and rejects an unknown account', async () => {
    const site = createSite(smallSite(), { now, validateResponses: true });
    const { jira } = callSite(site);
    const fields = { project: { key: 'PAY' }, issuetype: { name: 'Task' }, summary: 'Owned', assignee: { accountId: smallSiteUsers.alice.accountId } };
    const created = await jira('POST', '/issue', 'bob', { fields });
    expect(created.status).toBe(201);
    const key = (created.json as { key: string }).key;
    expect((await jira('GET', `/issue/${key}?fields=assignee`, 'bob')).json).toMatchObject({ fields: { assignee: { displayName: 'Alice Admin' } } });
    const unknown = await jira('POST', '/issue', 'bob', { fields: { ...fields, assignee: { accountId: 'nobody' } } });
    expect(unknown).toMatchObject({ status: 400, json: { errors: { assignee: expect.stringContaining('does not exist') as unknown } } });
    expect(site.specViolations).toEqual([]);
  });
});
