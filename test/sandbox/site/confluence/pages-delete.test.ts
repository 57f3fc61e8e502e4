/** The sandbox's page deletion (to the trash, then purge) and Confluence's 5 MB request limit. */
import { describe, it } from '@jest/globals';
import { expect } from '../../../expect';
import { createSite } from '../../site';
import { callSite } from '../../fixtures/call-site';
import { smallSite } from '../../fixtures/small-site';

const now = (): Date => new Date('2026-01-31T00:00:00Z');
const adf = (text: string): string => JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('DELETE /pages/{id}', () => {
  it('moves the page to the trash: 404 by default, found with status=trashed, title free again; a space admin’s purge removes it', async () => {
    const site = createSite(smallSite(), { now, validateResponses: true });
    const { confluence } = callSite(site);
    const created = await confluence('POST', '/pages', 'bob', { spaceId: '65537', title: 'Short-lived', body: { representation: 'atlas_doc_format', value: adf('x') } });
    const id = (created.json as { id: string }).id;
    expect((await confluence('DELETE', `/pages/${id}`, 'carol')).status).toBe(404);
    expect((await confluence('DELETE', `/pages/${id}?purge=true`, 'bob')).status).toBe(400);
    expect((await confluence('DELETE', `/pages/${id}`, 'bob')).status).toBe(204);
    expect((await confluence('GET', `/pages/${id}`, 'bob')).status).toBe(404);
    expect((await confluence('GET', `/pages/${id}?status=trashed`, 'bob')).json).toMatchObject({ id, status: 'trashed' });
    expect((await confluence('POST', '/pages', 'bob', { spaceId: '65537', title: 'Short-lived', parentId: id })).status).toBe(400);
    expect((await confluence('POST', '/pages', 'bob', { spaceId: '65537', title: 'Short-lived' })).status).toBe(200);
    expect((await confluence('DELETE', `/pages/${id}?purge=true`, 'bob')).status).toBe(404); // a writer, not a space admin
    expect((await confluence('DELETE', `/pages/${id}?purge=true`, 'alice')).status).toBe(204);
    expect(site.state.confluence.pages.some((p) => p.id === id)).toBe(false);
    expect(site.specViolations).toEqual([]);
  });
});

describe('request size', () => {
  it('refuses a page body over 5 MB with 413, writing nothing', async () => {
    const site = createSite(smallSite(), { now, validateResponses: true });
    const { confluence } = callSite(site);
    const before = site.state.confluence.pages.length;
    const big = { spaceId: '65537', title: 'Huge', body: { representation: 'atlas_doc_format', value: adf('x'.repeat(5 * 1024 * 1024)) } };
    expect(await confluence('POST', '/pages', 'bob', big)).toMatchObject({ status: 413, json: { errors: [{ status: 413, title: expect.stringContaining('at most 5242880 bytes') as unknown }] } });
    expect(site.state.confluence.pages.length).toBe(before);
    expect(site.specViolations).toEqual([]);
  });
});
