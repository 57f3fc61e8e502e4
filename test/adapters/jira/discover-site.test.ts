/** Discovery of fields, issue types and link types against the sandbox's demo site. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { discoverSite } from '../../../src/adapters/jira/discover-site';
import { productRequest } from '../../../src/adapters/product-request';
import { demoSnapshot } from '../../sandbox/demo/demo-snapshot';
import { createSite } from '../../sandbox/site';

describe('discoverSite', () => {
  it("lists the site's fields, issue types and link types as Jira answers them", async () => {
    const snapshot = demoSnapshot({ today: '2026-11-16' });
    const site = createSite(snapshot, { validateResponses: true });
    const request = productRequest({
      product: 'Jira',
      fetch: (path, init) =>
        site.handle({ product: 'jira', method: init?.method ?? 'GET', path: path.value, headers: init?.headers ?? {}, principal: { type: 'app' } }),
    });
    const catalogue = await discoverSite(request);
    expect(catalogue.fields.map((f) => f.id)).toEqual(snapshot.fields.map((f) => f.id));
    expect(catalogue.fields.find((f) => f.schema?.custom === 'com.pyxis.greenhopper.jira:jsw-story-points')).toBeDefined();
    expect(catalogue.issueTypes.map((t) => t.name)).toEqual(expect.arrayContaining(['Epic', 'Story', 'Sub-task', 'Risk', 'Decision']));
    expect(catalogue.linkTypes.find((t) => t.name === 'Blocks')).toMatchObject({ outward: 'blocks', inward: 'is blocked by' });
    expect(site.specViolations).toEqual([]);
  });
});
