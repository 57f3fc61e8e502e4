/**
 * `raci/publish`, `decisions/publish` and `confluence/spaces` end to end: the app's real code and @forge
 * packages against the sandbox's demo site (Jira and Confluence answers checked against Atlassian's specs).
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ConfluenceSpacesResult, PublishResult } from '../../src/contract';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, site } = demo;
const publish = (key: 'raci/publish' | 'decisions/publish', payload: unknown, who: string) => demo.call<PublishResult>(key, payload, who);
const spaces = (payload: unknown, who: string) => demo.call<ConfluenceSpacesResult>('confluence/spaces', payload, who);
const bodyOf = (pageId: string): string => {
  const page = site.state.confluence.pages.find((p) => p.id === pageId);
  return (page?.body as { atlas_doc_format?: { value: string } } | undefined)?.atlas_doc_format?.value ?? '';
};
const payDecisions = () => snapshot.issues.filter((i) => i.fields.project.key === 'PAY' && i.fields.issuetype.name === 'Decision').map((i) => i.key);

beforeAll(async () => {
  await demo.start();
});
afterAll(() => {
  expect(site.specViolations).toEqual([]);
});

describe('confluence/spaces', () => {
  it('lists the spaces the user may see, and no last target before the first publish', async () => {
    expect(await spaces({ projectKey: 'PAY', artefact: 'raci' }, 'Priya')).toEqual({
      spaces: [expect.objectContaining({ key: 'PMO', name: 'Project Management Office' }), expect.objectContaining({ key: 'ENG' })],
      lastTarget: null,
    });
    expect((await spaces({ projectKey: 'PAY', artefact: 'raci' }, 'Aiko')).spaces.map((s) => s.key)).toEqual(['PMO']);
  });
});

describe('raci/publish', () => {
  it('publishes the PAY matrix as the user, remembers the target, and writes nothing the second time', async () => {
    const first = await publish('raci/publish', { projectKey: 'PAY', spaceKey: 'PMO' }, 'Priya');
    expect(first).toMatchObject({ artefact: 'raci', title: expect.stringMatching(/^RACI: .*\(PAY\)$/) as unknown, version: 1, changed: true, created: true });
    const page = site.state.confluence.pages.find((p) => p.id === first.pageId);
    expect((page?.version as { authorId?: string } | undefined)?.authorId).toBe(demo.account('Priya'));
    expect(bodyOf(first.pageId)).toContain('"type":"table"');
    expect((await spaces({ projectKey: 'PAY', artefact: 'raci' }, 'Priya')).lastTarget).toEqual({ spaceKey: 'PMO', parentId: null });
    expect(await publish('raci/publish', { projectKey: 'PAY', spaceKey: 'PMO' }, 'Priya')).toMatchObject({ pageId: first.pageId, version: 1, changed: false });
  });

  it('publishes nothing of a project the user cannot browse', async () => {
    const pages = site.state.confluence.pages.length;
    await expect(publish('raci/publish', { projectKey: 'PLAT', spaceKey: 'PMO' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND: Project PLAT/);
    expect(site.state.confluence.pages.length).toBe(pages);
  });

  it('refuses a space the user cannot write to, and a bad payload with the field named', async () => {
    await expect(publish('raci/publish', { projectKey: 'WEB', spaceKey: 'PMO' }, 'Lena')).rejects.toThrow(/^FORBIDDEN: You may not add pages to space PMO/);
    await expect(publish('raci/publish', { projectKey: 'PAY', spaceKey: 'PMO', parentId: 'home' }, 'Priya')).rejects.toThrow(/BAD_REQUEST.*parentId/);
  });
});

describe('markup from Jira', () => {
  it('comes out of a published page as text nodes, unchanged', async () => {
    const nasty = `<script>alert("x")</script> ]]> Fish & Chips 'quoted' مرحبا 🚀`;
    const epic = site.state.issues.find((i) => i.fields.project.key === 'WEB' && i.fields.issuetype.name === 'Epic');
    if (!epic) throw new Error('the demo has no WEB epic');
    epic.fields.summary = nasty;
    const published = await publish('raci/publish', { projectKey: 'WEB', spaceKey: 'PMO' }, 'Priya');
    const texts: string[] = [];
    JSON.parse(bodyOf(published.pageId), (key, value: unknown) => {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      return value;
    });
    expect(texts).toContain(` ${nasty}`);
    expect(bodyOf(published.pageId)).not.toContain('&lt;');
  });
});

describe('decisions/publish', () => {
  it('writes every PAY decision as a native decision item, and keeps one whose issue is deleted in Jira', async () => {
    const keys = payDecisions();
    expect(keys.length).toBeGreaterThan(1);
    const first = await publish('decisions/publish', { projectKey: 'PAY', spaceKey: 'PMO', parentId: '163842' }, 'Marcus');
    expect(first).toMatchObject({ created: true, changed: true });
    for (const key of keys) expect(bodyOf(first.pageId)).toContain(`"localId":"keel-decision-${key}"`);

    const gone = keys[0] ?? '';
    site.state.issues.splice(site.state.issues.findIndex((i) => i.key === gone), 1);
    const second = await publish('decisions/publish', { projectKey: 'PAY', spaceKey: 'PMO', parentId: '163842' }, 'Marcus');
    expect(second).toMatchObject({ pageId: first.pageId, version: 2, changed: true });
    const body = bodyOf(first.pageId);
    expect(body).toContain(`"localId":"keel-decision-${gone}"`);
    expect(body).toContain('NOT IN JIRA');
  });
});
