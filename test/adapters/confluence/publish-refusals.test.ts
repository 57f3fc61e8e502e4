/** Bad input when publishing: a clear message with what to do, and nothing half-written left behind. */
import { afterEach, describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { AppError } from '../../../src/app-error';
import { publishPage, type PublishRequest } from '../../../src/adapters/confluence/publish-page';
import { confluenceRequest } from '../../../src/adapters/confluence/confluence-request';
import { DEMO_USERS } from '../../sandbox/demo/users';
import { decision, raciFixture } from './artefact-fixtures';
import { demoConfluence } from './demo-confluence';

const raci = (over: Partial<PublishRequest> = {}): PublishRequest => ({
  content: { artefact: 'raci', matrix: raciFixture() },
  projectKey: 'PAY',
  projectLabel: 'Payments (PAY)',
  spaceKey: 'PMO',
  parentId: null,
  knownPageId: null,
  ...over,
});

/** The AppError a publish ends with, as `CODE: message`. */
async function refusal(publishing: Promise<unknown>): Promise<string> {
  const error: unknown = await publishing.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return `${error.code}: ${error.message}`;
}

let demo = demoConfluence();
afterEach(() => {
  expect(demo.site.specViolations).toEqual([]);
  demo = demoConfluence();
});
const pageCount = () => demo.site.state.confluence.pages.filter((p) => (p.status ?? 'current') === 'current').length;

describe('refusals', () => {
  it('a space the user cannot see', async () => {
    await expect(publishPage(demo.as('aiko'), raci({ spaceKey: 'ENG' }))).rejects.toThrow(/no Confluence space ENG that you can see.*ask a Confluence admin/);
  });

  it('a space the user may read but not write', async () => {
    const before = pageCount();
    expect(await refusal(publishPage(demo.as('lena'), raci()))).toMatch(/^FORBIDDEN: .*may not add pages to space PMO.*"Add pages" permission/);
    expect(pageCount()).toBe(before);
  });

  it('Keel’s page in a space the user may read but not write: refused with what to do, the page untouched', async () => {
    const made = await publishPage(demo.as('priya'), raci());
    const matrix = { ...raciFixture(), findings: [] };
    expect(await refusal(publishPage(demo.as('lena'), raci({ content: { artefact: 'raci', matrix } })))).toMatch(/^FORBIDDEN: You may not edit "RACI: Payments \(PAY\)" in space PMO\. Ask a space admin/);
    expect(demo.versionOf(made.pageId)).toBe(1);
  });

  it('a site that answers 403 instead of the spec’s 404 to a refused write gets the same advice', async () => {
    const made = await publishPage(demo.as('priya'), raci());
    const lena = DEMO_USERS.lena.accountId;
    const as403 = confluenceRequest(async (path, init) => {
      const answer = await demo.site.handle({ product: 'confluence', method: init?.method ?? 'GET', path: path.value, headers: { 'content-type': 'application/json' }, principal: { type: 'user', accountId: lena }, ...(init?.body === undefined ? {} : { body: init.body }) });
      return answer.status === 404 && init?.method !== undefined && init.method !== 'GET' ? new Response(JSON.stringify({ errors: [{ status: 403, title: 'Forbidden' }] }), { status: 403 }) : answer;
    });
    const matrix = { ...raciFixture(), findings: [] };
    expect(await refusal(publishPage(as403, raci({ content: { artefact: 'raci', matrix } })))).toMatch(/^FORBIDDEN: You may not edit "RACI: Payments \(PAY\)" in space PMO\. Ask a space admin/);
    expect(await refusal(publishPage(as403, raci({ projectKey: 'WEB', projectLabel: 'Web (WEB)' })))).toMatch(/^FORBIDDEN: You may not add pages to space PMO\./);
    expect(demo.versionOf(made.pageId)).toBe(1);
  });

  it('a deleted parent page, and a parent in another space', async () => {
    const { status } = await demo.site.handle({ product: 'confluence', method: 'DELETE', path: '/wiki/api/v2/pages/163842', headers: {}, principal: { type: 'user', accountId: demo.site.userByEmail('priya.natarajan@keel-demo.example') ?? '' } });
    expect(status).toBe(204);
    expect(await refusal(publishPage(demo.as('priya'), raci({ parentId: '163842' })))).toMatch(/^NOT_FOUND: .*parent page 163842 does not exist.*leave the parent empty/);
    expect(await refusal(publishPage(demo.as('marcus'), raci({ parentId: '163846' })))).toMatch(/^BAD_REQUEST: .*not in space PMO/);
  });

  it('a page with Keel’s title that Keel did not make is never written over', async () => {
    const made = await publishPage(demo.as('priya'), raci());
    demo.site.state.confluence.pageProperties![made.pageId] = [];
    expect(await refusal(publishPage(demo.as('priya'), raci()))).toMatch(/^BAD_REQUEST: .*already has a page titled "RACI: Payments \(PAY\)" that Keel did not make/);
    expect(demo.versionOf(made.pageId)).toBe(1);
  });

  it('a page someone renamed is updated under its new name; one moved to another space is refused', async () => {
    const made = await publishPage(demo.as('marcus'), raci());
    Object.assign(demo.page(made.pageId) ?? {}, { title: 'Who does what on Payments' });
    const matrix = { ...raciFixture(), findings: [] };
    const renamed = await publishPage(demo.as('marcus'), raci({ knownPageId: made.pageId, content: { artefact: 'raci', matrix } }));
    expect(renamed).toMatchObject({ pageId: made.pageId, title: 'Who does what on Payments', version: 2, changed: true });
    Object.assign(demo.page(made.pageId) ?? {}, { spaceId: '98306', parentId: '163845' });
    expect(await refusal(publishPage(demo.as('marcus'), raci({ knownPageId: made.pageId })))).toMatch(/^BAD_REQUEST: .*was moved out of space PMO\. Publish to the space it is in now, or move it back/);
  });

  it('a body over Confluence’s 5 MB limit: refused before sending, nothing created', async () => {
    const before = pageCount();
    // A decision log of 3,000 long decisions (a RACI matrix is cut to its own budget first: raci-adf.ts).
    const decisions = Array.from({ length: 3000 }, (_, i) => decision(`PAY-${i + 1}`, { context: 'x'.repeat(2000) }));
    expect(await refusal(publishPage(demo.as('priya'), raci({ content: { artefact: 'decisions', log: { decisions, findings: [] } } })))).toMatch(/^TOO_LARGE: .*over Confluence's 5 MB limit.*Narrow/);
    expect(pageCount()).toBe(before);
    expect(demo.site.requestLog.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('a property Confluence refuses: the new page is deleted again, and purged from the trash by a space admin', async () => {
    const before = demo.site.state.confluence.pages.length;
    demo.site.addFault({ kind: 'serverError', count: 1, status: 500, pathPattern: /\/properties$/ });
    await expect(publishPage(demo.as('priya'), raci())).rejects.toThrow(/Keel deleted the page again: nothing was left half-written/);
    expect(demo.site.state.confluence.pages.length).toBe(before);
    expect(demo.site.requestLog.filter((r) => r.method === 'DELETE').map((r) => `${r.path.replace(/pages\/\d+/, 'pages/ID')} ${r.status}`)).toEqual(['/wiki/api/v2/pages/ID 204', '/wiki/api/v2/pages/ID?purge=true 204']);
  });

  it('a property Confluence refuses, published by someone who may not purge: the page is left in the trash, and they are told', async () => {
    const before = pageCount();
    demo.site.addFault({ kind: 'serverError', count: 1, status: 500, pathPattern: /\/properties$/ });
    expect(await refusal(publishPage(demo.as('marcus'), raci()))).toMatch(/refused Keel's page property.*moved the page to the trash of space PMO \(a space admin can purge it there\)/);
    expect(pageCount()).toBe(before);
    expect(demo.site.state.confluence.pages.filter((p) => p.status === 'trashed').map((p) => p.title)).toEqual(['RACI: Payments (PAY)']);
  });

  it('gives up after repeated concurrent edits, with what to do', async () => {
    const made = await publishPage(demo.as('priya'), raci());
    demo.site.addFault({ kind: 'concurrentPageEdit', count: 10, pageId: made.pageId });
    expect(await refusal(publishPage(demo.as('priya'), raci({ content: { artefact: 'raci', matrix: { ...raciFixture(), findings: [] } } })))).toMatch(
      /^CONFLICT: Others kept saving "RACI: Payments \(PAY\)".*Keel wrote nothing\. Wait until .* then publish again\.$/,
    );
    expect(demo.versionOf(made.pageId)).toBe(1 + 4);
  });
});
