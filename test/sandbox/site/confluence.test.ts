import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite } from '../fixtures/call-site';
import { smallSite } from '../fixtures/small-site';

const now = (): Date => new Date('2026-01-31T00:00:00Z');
const adf = (text: string): string => JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
type Page = { id: string; title: string; version: { number: number }; body: Record<string, { value: string }> };

describe('Confluence spaces', () => {
  const { confluence } = callSite(createSite(smallSite(), { now }));

  it('lists readable spaces with cursor pagination and a Link header', async () => {
    const first = await confluence('GET', '/spaces?limit=1');
    const body = first.json as { results: Array<{ key: string }>; _links: { next?: string } };
    expect(body.results.map((s) => s.key)).toEqual(['KEEL']);
    expect(body._links.next).toMatch(/^\/wiki\/api\/v2\/spaces\?.*cursor=/);
    expect(first.headers.get('Link')).toContain('rel="next"');
    const second = (await confluence('GET', (body._links.next ?? '').replace('/wiki/api/v2', ''))).json as typeof body;
    expect(second.results.map((s) => s.key)).toEqual(['BOARD']);
    expect(second._links.next).toBeUndefined();
    expect(((await confluence('GET', '/spaces', 'bob')).json as typeof body).results.map((s) => s.key)).toEqual(['KEEL']);
    expect(((await confluence('GET', '/spaces?keys=BOARD')).json as typeof body).results.map((s) => s.key)).toEqual(['BOARD']);
  });

  it('answers a space by id, 404 when not readable', async () => {
    const keel = (await confluence('GET', '/spaces/65537', 'bob')).json;
    expect(keel).toMatchObject({ key: 'KEEL', homepageId: '98305' });
    // Asked for neither, and null in the snapshot: left out, as the spec types them as objects.
    expect(keel).not.toHaveProperty('icon');
    expect(keel).not.toHaveProperty('description');
    expect(await confluence('GET', '/spaces/65538', 'bob')).toMatchObject({ status: 404, json: { errors: [{ status: 404, code: 'NOT_FOUND' }] } });
  });
});

describe('Confluence routing', () => {
  it('answers unknown routes and methods in Confluence error shape', async () => {
    const { confluence } = callSite(createSite(smallSite(), { now }));
    expect(await confluence('GET', '/whiteboards/1')).toMatchObject({ status: 404, json: { errors: [{ status: 404, code: 'NOT_FOUND' }] } });
    expect((await confluence('DELETE', '/spaces/65537')).status).toBe(405);
  });
});

describe('Confluence pages', () => {
  it('reads a page in ADF or storage format, 404 when not readable', async () => {
    const { confluence } = callSite(createSite(smallSite(), { now }));
    expect(((await confluence('GET', '/pages/98305?body-format=atlas_doc_format')).json as Page).body.atlas_doc_format?.value).toBe(adf('Reports written by Keel.'));
    expect(((await confluence('GET', '/pages/98305?body-format=storage')).json as Page).body.storage?.value).toBe('<p>Reports written by Keel.</p>');
    expect((await confluence('GET', '/pages/98400', 'bob')).status).toBe(404);
    const list = (await confluence('GET', '/pages?space-id=65537&title=Keel%20reports%20home')).json as { results: Page[] };
    expect(list.results.map((p) => p.id)).toEqual(['98305']);
  });

  it('creates, updates with version + 1, and refuses stale versions with 409 and duplicate titles with 400', async () => {
    const { confluence } = callSite(createSite(smallSite(), { now }));
    const created = await confluence('POST', '/pages', 'bob', { spaceId: '65537', status: 'current', title: 'RACI: Payments', parentId: '98305', body: { representation: 'atlas_doc_format', value: adf('v1') } });
    expect(created).toMatchObject({ status: 200, json: { title: 'RACI: Payments', spaceId: '65537', parentId: '98305', version: { number: 1 } } });
    const id = (created.json as Page).id;
    const update = (number: number, text: string) =>
      confluence('PUT', `/pages/${id}`, 'bob', { id, status: 'current', title: 'RACI: Payments', body: { representation: 'atlas_doc_format', value: adf(text) }, version: { number } });
    expect((await update(2, 'v2')).json).toMatchObject({ version: { number: 2 } });
    expect(await update(2, 'stale')).toMatchObject({ status: 409, json: { errors: [{ status: 409, title: 'Version must be incremented on update. Current version is: 2' }] } });
    expect(((await confluence('GET', `/pages/${id}?body-format=atlas_doc_format`)).json as Page).body.atlas_doc_format?.value).toBe(adf('v2'));
    expect((await confluence('POST', '/pages', 'bob', { spaceId: '65537', title: 'RACI: Payments', body: { representation: 'atlas_doc_format', value: adf('again') } })).status).toBe(400);
  });

  it('needs write permission (404 as the v2 spec documents) and a signed-in user', async () => {
    const { confluence } = callSite(createSite(smallSite(), { now }));
    const page = { spaceId: '65537', title: 'By Carol', body: { representation: 'atlas_doc_format', value: adf('x') } };
    expect((await confluence('POST', '/pages', 'carol', page)).status).toBe(404);
    expect((await confluence('POST', '/pages', 'anonymous', page)).status).toBe(401);
    expect((await confluence('PUT', '/pages/98305', 'carol', { id: '98305', status: 'current', title: 'x', body: page.body, version: { number: 2 } })).status).toBe(404);
    expect((await confluence('POST', '/pages', 'alice', { title: 'no space' })).status).toBe(400);
  });
});

describe('Confluence page properties', () => {
  it('creates, lists, reads, updates with version + 1 and deletes', async () => {
    const { confluence } = callSite(createSite(smallSite(), { now }));
    const created = await confluence('POST', '/pages/98305/properties', 'bob', { key: 'keel-artefact', value: { kind: 'raci', hash: 'abc' } });
    expect(created).toMatchObject({ status: 200, json: { key: 'keel-artefact', version: { number: 1 } } });
    const id = (created.json as { id: string }).id;
    expect((await confluence('POST', '/pages/98305/properties', 'bob', { key: 'keel-artefact', value: 1 })).status).toBe(400);
    expect((await confluence('GET', '/pages/98305/properties?key=keel-artefact', 'carol')).json).toMatchObject({ results: [{ id, value: { hash: 'abc' } }] });
    expect((await confluence('PUT', `/pages/98305/properties/${id}`, 'bob', { key: 'keel-artefact', value: { hash: 'def' }, version: { number: 1 } })).status).toBe(409);
    expect((await confluence('PUT', `/pages/98305/properties/${id}`, 'bob', { key: 'keel-artefact', value: { hash: 'def' }, version: { number: 2 } })).json).toMatchObject({ value: { hash: 'def' }, version: { number: 2 } });
    expect((await confluence('PUT', `/pages/98305/properties/${id}`, 'carol', { key: 'keel-artefact', value: 1, version: { number: 3 } })).status).toBe(404);
    expect((await confluence('GET', `/pages/98305/properties/${id}`)).json).toMatchObject({ value: { hash: 'def' } });
    expect((await confluence('DELETE', `/pages/98305/properties/${id}`, 'bob')).status).toBe(204);
    expect((await confluence('GET', `/pages/98305/properties/${id}`)).status).toBe(404);
  });
});
