/**
 * `decisions/get` and `decisions/create` end to end: the app's real code and the real @forge packages against
 * the sandbox serving the demo site, answers checked against Atlassian's OpenAPI specs.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { DecisionsResult, RecordedDecision } from '../../src/contract';
import { CF } from '../sandbox/demo/custom-fields';
import { demoApp } from './demo-app';
import { jiraRecordingStarts } from './jira-reads-started';

const demo = demoApp();
const { snapshot, site } = demo;

const log = (projectKey: string, who: string) => demo.call<DecisionsResult>('decisions/get', { projectKey }, who);
const record = (payload: unknown, who: string) => demo.call<RecordedDecision>('decisions/create', payload, who);
const decisionIssues = (project: string) =>
  snapshot.issues.filter((i) => i.fields.project.key === project && i.fields.issuetype.name === 'Decision');

let started: Awaited<ReturnType<typeof demo.start>>;
beforeAll(async () => {
  started = await demo.start();
});

describe('decisions/get', () => {
  it("lists PAY's decisions newest first with status, owner, date, sections and supersedes from the demo", async () => {
    const pay = await log('PAY', 'Priya');
    expect(pay.decisions.map((d) => d.key).sort()).toEqual(decisionIssues('PAY').map((i) => i.key).sort());
    const dates = pay.decisions.map((d) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const decision of pay.decisions) {
      const fields = decisionIssues('PAY').find((i) => i.key === decision.key)?.fields ?? ({} as Record<string, unknown>);
      expect(decision.statusName).toBe((fields.status as { name: string }).name);
      expect(decision.owner?.accountId).toBe((fields[CF.accountable] as { accountId: string }).accountId);
      expect(decision.context).not.toBe('');
      expect(decision.options.length).toBeGreaterThan(1);
      for (const old of decision.supersedes) expect(pay.decisions.find((d) => d.key === old)?.supersededBy).toContain(decision.key);
    }
    expect(pay.fields.find((f) => f.slot === 'date')).toEqual({ slot: 'date', fieldId: CF.decisionDate, fieldName: 'Decision date' });
    expect(site.specViolations).toEqual([]);
  });
});

describe('decisions/get past the answer budget', () => {
  it('answers the newest decisions that fit 900 KB, and says how many are shown', async () => {
    const { state } = site;
    const template = state.issues.find((i) => i.fields.project.key === 'PAY' && i.fields.issuetype.name === 'Decision');
    if (!template) throw new Error('PAY has no decision in the demo');
    const long = { type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(2000) }] };
    // 700 older decisions of 2,000 characters each: about 1.6 MB of log.
    const copies = Array.from({ length: 700 }, (_, i) => {
      const copy = structuredClone(template);
      Object.assign(copy, { id: String(995_000 + i), key: `PAY-${5000 + i}`, self: (template.self ?? '').replace(/\/[^/]+$/, `/${995_000 + i}`) });
      const description = copy.fields.description as { content: unknown[] } | null;
      Object.assign(copy.fields, { issuelinks: [], [CF.decisionDate]: '2025-01-01', description: { type: 'doc', version: 1, content: [...(description?.content ?? []), long] } });
      return copy;
    });
    state.issues.push(...copies);
    try {
      const raw = await started.runtime.invokeResolver(started.app.resolver, { functionKey: 'decisions/get', payload: { projectKey: 'PAY' }, accountId: demo.account('Priya') });
      const bytes = JSON.stringify(raw).length;
      const pay = await log('PAY', 'Priya');
      const all = decisionIssues('PAY').length + copies.length;
      expect(bytes, 'under 1 MB').toBeLessThan(1_000_000);
      expect(pay.truncatedAt).toBe(pay.decisions.length);
      expect(pay.decisions.length).toBeLessThan(all);
      expect(pay.decisions.length).toBeGreaterThan(decisionIssues('PAY').length);
      expect(pay.decisions.slice(0, decisionIssues('PAY').length).map((d) => d.key).sort(), 'the newest first').toEqual(decisionIssues('PAY').map((i) => i.key).sort());
      // A page Keel writes (publish-artefact.ts) holds them all: one left out would be marked "not in Jira" there.
      const { getDecisions } = await import('../../src/use-cases/get-decisions');
      const { defaultSettings } = await import('../../src/config/settings');
      const { viewerJira } = await jiraRecordingStarts(demo.account('Priya'));
      const whole = await getDecisions({ viewerJira, loadSettings: () => Promise.resolve(defaultSettings) }, { projectKey: 'PAY', budget: Infinity });
      expect([whole.decisions.length, whole.truncatedAt]).toEqual([all, null]);
    } finally {
      state.issues.splice(state.issues.length - copies.length, copies.length);
    }
  });
});

describe('getDecisions', () => {
  it("reads the project and the site's fields (to find the date and owner fields by name) at once", async () => {
    const { getDecisions } = await import('../../src/use-cases/get-decisions');
    const { defaultSettings } = await import('../../src/config/settings');
    const { viewerJira, started } = await jiraRecordingStarts(demo.account('Priya'));
    const result = await getDecisions({ viewerJira, loadSettings: () => Promise.resolve(defaultSettings) }, { projectKey: 'PAY' });
    expect(result.decisions.length).toBeGreaterThan(0);
    const [first, second] = started;
    expect([first?.path, second?.path].sort()).toEqual(['/rest/api/3/field', '/rest/api/3/project/PAY']);
    expect(second?.alongside, 'the second read started while the first was in flight').toBe(1);
  });
});

describe('decisions/create', () => {
  it('creates a decision issue that decisions/get then shows, with its sections, owner and links', async () => {
    const old = decisionIssues('WEB')[0]?.key ?? '';
    const created = await record(
      {
        projectKey: 'WEB',
        title: 'Keep the <b>legacy</b> redirects for a year',
        context: 'Search engines still send traffic to old URLs.',
        options: ['Keep for a year', '', 'Drop at launch'],
        outcome: 'Keep them for a year.',
        consequences: 'The redirect map stays in the repo.\nReview in 12 months.',
        status: 'proposed',
        ownerAccountId: demo.account('Ruth'),
        supersedes: [old],
        relatesTo: ['web-2'],
      },
      'Priya',
    );
    expect(created).toMatchObject({ key: expect.stringMatching(/^WEB-\d+$/) as unknown, url: `/browse/${created.key}`, status: 'proposed', statusNote: null });
    const web = await log('WEB', 'Priya');
    const shown = web.decisions.find((d) => d.key === created.key);
    expect(shown).toMatchObject({
      title: 'Keep the <b>legacy</b> redirects for a year',
      status: 'proposed',
      options: ['Keep for a year', 'Drop at launch'],
      outcome: 'Keep them for a year.',
      consequences: 'The redirect map stays in the repo.\nReview in 12 months.',
      supersedes: [old],
      linkedKeys: ['WEB-2'],
      owner: { accountId: demo.account('Ruth') },
    });
    expect(web.decisions.find((d) => d.key === old)?.supersededBy).toContain(created.key);
    expect(site.specViolations).toEqual([]);
  });

  it('moves a decision recorded as decided to Decided by a transition, dated today, owned by the recorder', async () => {
    const created = await record({ projectKey: 'WEB', title: 'Use the CDN image resizer', outcome: 'Use it.', status: 'decided' }, 'Priya');
    expect(created.statusNote).toBeNull();
    const shown = (await log('WEB', 'Priya')).decisions.find((d) => d.key === created.key);
    expect(shown).toMatchObject({ status: 'decided', statusName: 'Decided', date: new Date().toISOString().slice(0, 10), owner: { accountId: demo.account('Priya') } });
    expect(site.specViolations).toEqual([]);
  });

  it('moves the decision a decided one supersedes to Superseded, and leaves one already superseded as it is', async () => {
    const pay = await log('PAY', 'Priya');
    const open = pay.decisions.find((d) => d.status === 'decided' && d.supersededBy.length === 0);
    const closed = pay.decisions.find((d) => d.status === 'superseded');
    if (!open || !closed) throw new Error('the demo has a decided and a superseded decision in PAY');
    const created = await record({ projectKey: 'PAY', title: `Replace ${open.key}`, outcome: 'Replace it.', status: 'decided', supersedes: [open.key, closed.key] }, 'Priya');
    expect(created.supersededNote).toBeNull();
    const after = await log('PAY', 'Priya');
    expect(after.decisions.find((d) => d.key === open.key)).toMatchObject({ status: 'superseded', supersededBy: [created.key] });
    expect(after.decisions.find((d) => d.key === closed.key)?.status).toBe('superseded');
    expect(site.specViolations).toEqual([]);
  });

  it('answers every payload problem at once, and writes nothing', async () => {
    const before = site.state.issues.length;
    const error = await record({ projectKey: 'web', title: ' ', status: 'maybe', options: 'A', supersedes: ['x'] }, 'Priya').catch((e: unknown) => e);
    expect(String(error)).toMatch(/^Error: BAD_REQUEST/);
    for (const field of ['projectKey', 'title', 'status', 'options', 'supersedes']) expect(String(error)).toContain(field);
    const decided = await record({ projectKey: 'WEB', title: 'Decided without outcome', status: 'decided' }, 'Priya').catch((e: unknown) => e);
    expect(String(decided)).toMatch(/outcome: a decided decision needs its outcome/);
    expect(site.state.issues.length).toBe(before);
  });

  it('refuses links to issues the user cannot see, before creating anything', async () => {
    const before = site.state.issues.length;
    await expect(record({ projectKey: 'WEB', title: 'Link to platform', relatesTo: ['PLAT-1'] }, 'Aiko')).rejects.toThrow(/BAD_REQUEST: .*PLAT-1 was not found/);
    await expect(record({ projectKey: 'WEB', title: 'Supersede a story', supersedes: ['WEB-2'] }, 'Priya')).rejects.toThrow(/WEB-2 is not a Decision/);
    expect(site.state.issues.length).toBe(before);
  });

  it('issue 12, robustness: decisions are recorded atomically: a link Jira refuses leaves no issue behind, and trying again makes one', async () => {
    const title = 'Adopt the shared design tokens';
    const titled = () => site.state.issues.filter((i) => i.fields.summary === title).length;
    const before = site.state.issues.length;
    site.addFault({ kind: 'serverError', status: 500, count: 1, pathPattern: /\/rest\/api\/3\/issueLink$/ });
    try {
      await expect(record({ projectKey: 'WEB', title, relatesTo: ['WEB-2'] }, 'Priya')).rejects.toThrow(/^JIRA_ERROR: The decision was not recorded: Jira refused the link Relates WEB-2 .*Keel deleted the issue/);
    } finally {
      site.clearFaults();
    }
    expect(site.state.issues.length).toBe(before);
    expect(titled()).toBe(0);
    const again = await record({ projectKey: 'WEB', title, relatesTo: ['WEB-2'] }, 'Priya');
    expect(again.linkNote).toBeNull();
    expect(titled()).toBe(1);
  });

  it('issue 12, robustness: a decision link type the site lacks is refused before anything is written', async () => {
    const kvs = (await import('@forge/kvs')).kvs;
    const stored = await kvs.get('settings:global');
    const settings = (await demo.call<{ settings: Record<string, unknown> }>('settings/get', {}, 'Priya')).settings;
    await kvs.set('settings:global', { ...settings, decisions: { ...(settings.decisions as object), relatesLinkType: 'Concerns' } });
    const before = site.state.issues.length;
    try {
      await expect(record({ projectKey: 'WEB', title: 'Relate to a story', relatesTo: ['WEB-2'] }, 'Priya')).rejects.toThrow(/^INVALID_SETTINGS: The decision was not recorded: this site has no link type "Concerns"/);
    } finally {
      if (stored === undefined) await kvs.delete('settings:global');
      else await kvs.set('settings:global', stored);
    }
    expect(site.state.issues.length).toBe(before);
  });
});
