/** The demo's "Staff only" issue security level, as Jira would apply it to each of the demo's people. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { demoSnapshot } from './demo-snapshot';
import { STAFF_ONLY } from './security';
import { DEMO_USERS } from './users';

describe('the demo\'s "Staff only" level', () => {
  const snapshot = demoSnapshot();
  const site = createSite(snapshot);
  const secured = snapshot.issues.filter((i) => i.fields.security).map((i) => i.key);
  const as = async (who: keyof typeof DEMO_USERS, method: string, path: string, body?: unknown) => {
    const response = await site.handle({ product: 'jira', method, path: `/rest/api/3${path}`, headers: { 'content-type': 'application/json' }, principal: { type: 'user', accountId: DEMO_USERS[who].accountId }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: response.status, json: (await response.json()) as unknown };
  };
  const count = async (who: keyof typeof DEMO_USERS, jql: string) => ((await as(who, 'POST', '/search/approximate-count', { jql })).json as { count: number }).count;

  it('covers PAY work with estimates and worklogs, their sub-tasks, and an open risk', () => {
    expect(secured.every((key) => key.startsWith('PAY-'))).toBe(true);
    expect(secured.length).toBe(8);
    const open = snapshot.issues.filter((i) => secured.includes(i.key) && i.fields.issuetype.name === 'Risk' && i.fields.status.name === 'Open');
    expect(open.length).toBe(1);
    expect(secured.some((key) => (snapshot.worklogs[snapshot.issues.find((i) => i.key === key)?.id ?? ''] ?? []).length > 0)).toBe(true);
  });

  it('hides them from Aiko, the contractor, in counts, search and issue reads, and from nobody else who may browse PAY', async () => {
    const all = await count('priya', 'project = PAY');
    expect(await count('aiko', 'project = PAY')).toBe(all - secured.length);
    expect(await count('lena', 'project = PAY')).toBe(all);
    expect((await as('aiko', 'GET', `/issue/${secured[0] ?? ''}`)).status).toBe(404);
    expect((await as('aiko', 'POST', '/search/approximate-count', { jql: `level = ${STAFF_ONLY.id}` })).status).toBe(400);
    expect(await count('tomas', `project = PAY AND level = ${STAFF_ONLY.id}`)).toBe(secured.length);
  });
});
