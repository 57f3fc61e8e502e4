/**
 * publishArtefact with the demo site's Jira and Confluence as one person, and an in-memory store of last
 * targets: the target is remembered, and a page someone renamed is found again through it.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { confluenceRequest } from '../../src/adapters/confluence/confluence-request';
import { publishTargets } from '../../src/adapters/confluence/publish-targets';
import { productRequest } from '../../src/adapters/product-request';
import type { ProductFetch } from '../../src/adapters/product-fetch';
import { defaultSettings } from '../../src/config/settings';
import { publishArtefact, type PublishPorts } from '../../src/use-cases/publish-artefact';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type UserKey } from '../sandbox/demo/users';
import { createSite } from '../sandbox/site';

function setUp() {
  const site = createSite(demoSnapshot({ today: '2026-11-16' }), { validateResponses: true });
  const stored = new Map<string, unknown>();
  const fetchAs =
    (who: UserKey, product: 'jira' | 'confluence'): ProductFetch =>
    async (path, init) =>
      site.handle({
        product,
        method: init?.method ?? 'GET',
        path: path.value,
        headers: { 'content-type': 'application/json', ...init?.headers },
        principal: { type: 'user', accountId: DEMO_USERS[who].accountId },
        ...(init?.body === undefined ? {} : { body: init.body }),
      });
  const ports = (who: UserKey): PublishPorts => ({
    viewerJira: productRequest({ product: 'Jira', fetch: fetchAs(who, 'jira') }),
    loadSettings: () => Promise.resolve(defaultSettings),
    confluence: confluenceRequest(fetchAs(who, 'confluence')),
    targets: publishTargets({ get: (key) => Promise.resolve(stored.get(key)), set: (key, value) => Promise.resolve(void stored.set(key, value)) }),
  });
  return { site, stored, ports };
}

describe('publishArtefact', () => {
  it('remembers where it published, and finds its page again after someone renamed it', async () => {
    const { site, stored, ports } = setUp();
    const first = await publishArtefact(ports('marcus'), { artefact: 'raci', projectKey: 'PAY', spaceKey: 'ENG', parentId: '163846' });
    expect(stored.get('publish-target:raci:PAY')).toEqual({ spaceKey: 'ENG', parentId: '163846', pageId: first.pageId });

    const page = site.state.confluence.pages.find((p) => p.id === first.pageId);
    if (!page) throw new Error('no page');
    page.title = 'Payments: who does what';
    const issue = site.state.issues.find((i) => i.fields.project.key === 'PAY' && i.fields.issuetype.name === 'Epic');
    if (!issue) throw new Error('no PAY epic');
    issue.fields.summary = 'Renamed epic';
    const again = await publishArtefact(ports('marcus'), { artefact: 'raci', projectKey: 'PAY', spaceKey: 'ENG', parentId: '163846' });
    expect(again).toMatchObject({ pageId: first.pageId, title: 'Payments: who does what', version: 2, changed: true, created: false });
    expect(site.state.confluence.pages.filter((p) => p.title.startsWith('RACI:'))).toHaveLength(0);
    expect(site.specViolations).toEqual([]);
  });

  it('publishing to another space makes a page there and remembers that space', async () => {
    const { stored, ports } = setUp();
    const eng = await publishArtefact(ports('marcus'), { artefact: 'decisions', projectKey: 'PAY', spaceKey: 'ENG', parentId: null });
    const pmo = await publishArtefact(ports('marcus'), { artefact: 'decisions', projectKey: 'PAY', spaceKey: 'PMO', parentId: null });
    expect(pmo.pageId).not.toBe(eng.pageId);
    expect(pmo).toMatchObject({ created: true, spaceKey: 'PMO' });
    expect(stored.get('publish-target:decisions:PAY')).toEqual({ spaceKey: 'PMO', parentId: null, pageId: pmo.pageId });
  });
});
