/**
 * `status/publish` end to end (issue 16, item 7): the steering pack written into a new dated Confluence page as
 * the person publishing, through the same no-clobber publishing as the RACI matrix (answers checked against
 * Atlassian's specs). The next day's report is a new page, the first one is left as it was (a frozen record),
 * and the RACI change made in between is listed. Dates are written in the publisher's locale and time zone from
 * Forge's context, and the page says which: de-DE (Berlin) for the first report, ja-JP (Tokyo) for the next.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { PublishResult } from '../../src/contract';
import { demoApp, DEMO_TODAY, pinClock, type ViewerSettings } from './demo-app';

const demo = demoApp();
const { site } = demo;
const publish = (payload: unknown, who: string, viewer?: ViewerSettings) => demo.call<PublishResult>('status/publish', payload, who, viewer);
const BERLIN = { locale: 'de-DE', timezone: 'Europe/Berlin' };
const TOKYO = { locale: 'ja-JP', timezone: 'Asia/Tokyo' };
const pageOf = (pageId: string) => site.state.confluence.pages.find((p) => p.id === pageId);
const bodyOf = (pageId: string): string => (pageOf(pageId)?.body as { atlas_doc_format?: { value: string } } | undefined)?.atlas_doc_format?.value ?? '';
const versionOf = (pageId: string): number | undefined => (pageOf(pageId)?.version as { number?: number } | undefined)?.number;

beforeAll(async () => {
  await demo.start();
});
afterAll(() => {
  expect(site.specViolations).toEqual([]);
  pinClock(DEMO_TODAY);
});

describe('status/publish', () => {
  let first: PublishResult;
  let fetches = 0;
  beforeAll(async () => {
    const before = site.requestLog.length;
    first = await publish({ projectKey: 'PAY', spaceKey: 'PMO' }, 'Priya', BERLIN);
    fetches = site.requestLog.length - before;
  }, 60_000);

  it("fits Forge's 100 product fetches an invocation, earned value's history reads included", () => {
    expect(fetches).toBeLessThanOrEqual(100);
    console.info(`status/publish PAY as Priya: ${fetches} fetches`);
  });

  it("writes a dated page with the verdict, milestones, earned value and its S-curve, top risks, decisions and RACI changes", () => {
    expect(first).toMatchObject({ artefact: 'status', title: `Status report: Payment gateway integration (PAY), ${DEMO_TODAY}`, version: 1, created: true, changed: true });
    const body = bodyOf(first.pageId);
    // The title keeps the ISO date (it names and sorts the pages); the body is in the publisher's de-DE.
    expect(body).toContain('Dates are written in de-DE, for Europe/Berlin');
    expect(body).not.toContain('2027-01-11');
    for (const words of ["Against the launch date 11. Jan. 2027 (version 1.0 Launch's release date)", 'Milestones', 'Earned value', 'S-curve', 'Top risks', 'Decisions', 'RACI changes', 'No earlier report to compare with']) {
      expect(body, words).toContain(words.startsWith('Against') ? words.replace('Against', 'against') : words);
    }
    expect(body).toContain('"type":"status"');
    expect(body).toContain('Budget at completion (BAC)');
    expect(body).not.toContain('Earned value could not be computed');
    expect((pageOf(first.pageId)?.version as { authorId?: string } | undefined)?.authorId).toBe(demo.account('Priya'));
  });

  it('publishing again the same day updates only that day\'s page', async () => {
    const again = await publish({ projectKey: 'PAY', spaceKey: 'PMO' }, 'Priya', BERLIN);
    expect(again.pageId).toBe(first.pageId);
    expect(again.created).toBe(false);
  }, 60_000);

  it("the next day's report is a new page that lists the RACI change, and the first page stays as it was", async () => {
    const versionBefore = versionOf(first.pageId);
    const bodyBefore = bodyOf(first.pageId);
    // Someone makes Lena responsible for PAY's first epic between the two reports.
    const epic = site.state.issues.find((i) => i.fields.project.key === 'PAY' && i.fields.issuetype.name === 'Epic');
    const lena = site.state.users.find((u) => u.displayName.startsWith('Lena'));
    if (!epic || !lena) throw new Error('the demo has no PAY epic or no Lena');
    const fields = epic.fields as Record<string, unknown>;
    fields['assignee'] = { accountId: lena.accountId, displayName: lena.displayName, active: true };
    pinClock('2026-11-17');
    const next = await publish({ projectKey: 'PAY', spaceKey: 'PMO' }, 'Priya', TOKYO);
    expect(next.pageId).not.toBe(first.pageId);
    expect(next.title).toBe('Status report: Payment gateway integration (PAY), 2026-11-17');
    const body = bodyOf(next.pageId);
    expect(body).toContain('Since the last report, of 2026年11月16日.');
    expect(body).toContain('Dates are written in ja-JP, for Asia/Tokyo');
    expect(body).toMatch(new RegExp(`${epic.key} [^"]*: Responsible [^"]* -> Lena Fischer`));
    expect(versionOf(first.pageId)).toBe(versionBefore);
    expect(bodyOf(first.pageId)).toBe(bodyBefore);
  }, 60_000);

  it('publishes nothing of a project the user cannot browse', async () => {
    const pages = site.state.confluence.pages.length;
    await expect(publish({ projectKey: 'PLAT', spaceKey: 'PMO' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND/);
    expect(site.state.confluence.pages.length).toBe(pages);
  });
});
