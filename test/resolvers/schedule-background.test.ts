/**
 * DESIGN.md section 5's path for large projects end to end: `schedule/get` above the settings' threshold, the
 * `keel-analysis` queue drained into the real consumer, the real product event trigger fired by the sandbox's
 * Jira when an issue or a link changes, with the app's real code and the real @forge packages.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { ChaseResult, HiddenWorkResult, ScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { connectProductTriggers, type ProductTriggers } from '../sandbox/forge/product-triggers';
import type { SiteRequest } from '../sandbox/site-types';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, site, call, account } = demo;
let runtime: ForgeRuntime;
let triggers: ProductTriggers;

const schedule = (projectKey: string, who: string) => call<ScheduleResult>('schedule/get', { projectKey }, who);
const queued = () => runtime.queue.pending('keel-analysis').length;

/** The JQL of every search the app made as itself while `work` ran. */
async function appSearches(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = site.handle.bind(site);
  site.handle = (request: SiteRequest) => {
    if (request.principal.type === 'app' && request.path.startsWith('/rest/api/3/search/jql')) seen.push(String((JSON.parse(request.body ?? '{}') as { jql?: string }).jql));
    return original(request);
  };
  try {
    await work();
  } finally {
    site.handle = original;
  }
  return seen;
}

/** A Jira request as one of the demo's people, as the browser or a script would send it. */
async function jira(method: string, path: string, who: string, body?: unknown): Promise<Response> {
  return site.handle({ product: 'jira', method, path, headers: { 'content-type': 'application/json' }, principal: { type: 'user', accountId: account(who) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

let live: ScheduleResult;

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  triggers = connectProductTriggers(runtime, [
    {
      moduleKey: 'keel-analysis-staleness',
      events: ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue', 'avi:jira:created:issuelink', 'avi:jira:deleted:issuelink'],
      handler: app.analysisTrigger,
    },
  ]);
  live = await schedule('PAY', 'Priya');
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  // PAY has 148 issues, WEB 64: PAY crosses this threshold, WEB does not.
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
});

afterAll(() => {
  triggers.disconnect();
  runtime.uninstall();
});

describe('schedule/get above the threshold', () => {
  it('still computes a project under the threshold in the call', async () => {
    const web = await schedule('WEB', 'Priya');
    expect(web.background).toBeUndefined();
    expect(web.nodes.length).toBeGreaterThan(0);
    expect(queued()).toBe(0);
  });

  it('answers "being computed" without computing, and queues one computation however often it is asked', async () => {
    const first = await schedule('PAY', 'Priya');
    expect(first.background).toMatchObject({ state: 'computing', issueCount: 148 });
    expect(first.nodes).toEqual([]);
    await schedule('PAY', 'Marcus');
    expect(queued()).toBe(1);
  });

  it('answers the stored analysis once the consumer has run: the issues and links the call would have shown', async () => {
    // The refresh, then the forecast it queues once the analysis is stored (refresh-stored-forecast.ts).
    expect(await runtime.queue.drain()).toBe(2);
    // Priya may not browse SEC, whose SEC-4 PAY links to: her schedule is computed without it once she asks (issue #11).
    expect((await schedule('PAY', 'Priya')).background).toMatchObject({ state: 'computing' });
    // Two variants (Priya's without SEC, Aiko's without PLAT and SEC), each then its forecast.
    expect(await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko'])).toBe(4);
    const stored = await schedule('PAY', 'Priya');
    // The app also sees SEC-4, linked from PAY; Priya may not browse SEC, so her schedule leaves it out as her live one does.
    expect(stored.background).toMatchObject({ state: 'ready', issueCount: 148, refreshing: false, hiddenIssues: 0 });
    expect(JSON.stringify(stored)).not.toMatch(/SEC-\d+/);
    expect(stored.nodes.map((n) => n.key).sort()).toEqual(live.nodes.map((n) => n.key).sort());
    expect(stored.edges.map((e) => e.linkId).sort()).toEqual(live.edges.map((e) => e.linkId).sort());
    // Its dates do not allow for the hidden SEC work PAY waits on, as Priya's own live schedule cannot (issue #11).
    expect(stored.projectFinish).toBe(live.projectFinish);
    expect(stored.cycles).toEqual(live.cycles);
    expect(queued()).toBe(0);
    expect(site.specViolations).toEqual([]);
  });

  it('stores it in parts of chunks under 240 KiB with a manifest naming the generation', () => {
    const manifest = runtime.kvs.get('kvs', 'schedule-analysis:PAY:manifest')?.value;
    expect(manifest).toMatchObject({ version: 1, issueCount: 148, scopeJql: 'project = "PAY"' });
    const { parts } = manifest as { parts: { kind: string; chunks: number; hashes: string[] }[] };
    expect(parts.map((p) => p.kind)).toEqual(['head', 'nodes', 'edges', 'issues']);
    // Each chunk under the hash of its text (content-chunks.ts).
    for (const { chunks, hashes } of parts) {
      expect(hashes).toHaveLength(chunks);
      for (const hash of hashes) {
        const chunk = runtime.kvs.get('kvs', `schedule-analysis:PAY:c:${hash}`)?.value;
        expect(typeof chunk).toBe('string');
        expect(Buffer.byteLength(JSON.stringify(chunk))).toBeLessThan(240 * 1024);
      }
    }
  });

  it('never shows Aiko a Platform issue from the analysis the app computed, and says linked work was left out', async () => {
    const aiko = await schedule('PAY', 'Aiko');
    expect(aiko.background).toMatchObject({ state: 'ready' });
    // Her schedule was computed without PLAT's and SEC's work (issue #11): nothing of it is there to hide.
    expect(aiko.background?.state === 'ready' && aiko.background.hiddenIssues).toBe(0);
    expect(JSON.stringify(aiko)).not.toMatch(/PLAT-\d+/);
    expect(aiko.findings.find((f) => f.title === 'Linked work you may not see left out')).toMatchObject({ kind: 'link-not-visible', count: 2 });
    const visible = new Set(aiko.nodes.map((n) => n.key));
    expect(aiko.edges.every((e) => visible.has(e.from) && visible.has(e.to))).toBe(true);
    // PAY's 148 issues hold 94 activities: its 5 risks, 5 decisions and 44 parents (summary tasks) are none. Aiko is
    // not in "Staff only": its 8 issues (2 parents, their 4 sub-tasks, 2 risks) are not in her schedule.
    expect(aiko.nodes.filter((n) => !n.external).length).toBe(90);
    expect(aiko.background).toMatchObject({ issueCount: 140 });
  });

  it('answers what to chase and the hidden work from the stored analysis, cut to Aiko (#16 items 4 and 5)', async () => {
    const aiko = await schedule('PAY', 'Aiko');
    // No hidden issue is left in her schedule to move a date (the variant without PLAT and SEC: issue #11).
    expect(aiko.hidden).toBeUndefined();
    const visible = new Set(aiko.nodes.map((n) => n.key));
    const chase = await call<ChaseResult>('chase/get', { projectKey: 'PAY' }, 'Aiko');
    expect(chase.computing).toBe(false);
    expect(chase.chase).toEqual(aiko.chase);
    expect(chase.chase.entries.every((e) => visible.has(e.key))).toBe(true);
    expect(JSON.stringify(chase)).not.toMatch(/PLAT-\d+/);
    const hidden = await call<HiddenWorkResult>('hidden/get', { projectKey: 'PAY' }, 'Aiko');
    expect(hidden).toEqual({ projectKey: 'PAY', checked: true, hidden: aiko.hidden ?? null });
  });

  it('refuses someone who may not browse the project, before reading anything stored', async () => {
    await expect(schedule('SEC', 'Aiko')).rejects.toThrow(/NOT_FOUND/);
  });
});

describe('staleness and the incremental refresh', () => {
  // Activities with no links of any type (a risk, a decision or a parent is no node; a link to one is no edge, yet
  // deleting an issue it names would leave the link behind in the stored issues), under no security level: the
  // issue-security test below needs the "Staff only" sub-task under way (PAY-24), which pay(5) would otherwise be.
  const pay = (n: number) =>
    snapshot.issues.filter((i) => i.fields.project.key === 'PAY' && !i.fields.security && live.nodes.some((m) => m.key === i.key) && (i.fields.issuelinks ?? []).length === 0)[n]?.key ?? '';

  it('a new link marks the analysis stale and queues a refresh', async () => {
    const [a, b, c] = [pay(0), pay(1), pay(2)];
    expect((await jira('POST', '/rest/api/3/issueLink', 'Priya', { type: { name: 'Blocks' }, inwardIssue: { key: a }, outwardIssue: { key: b } })).status).toBe(201);
    expect((await jira('POST', '/rest/api/3/issueLink', 'Priya', { type: { name: 'Blocks' }, inwardIssue: { key: b }, outwardIssue: { key: c } })).status).toBe(201);
    await triggers.settled();
    expect(triggers.delivered.map((e) => e.eventType)).toEqual(['avi:jira:created:issuelink', 'avi:jira:created:issuelink']);
    // The two triggers run at once, as on Forge, and may both queue one; the refresh test shows only one computes.
    expect(queued()).toBeGreaterThanOrEqual(1);
    expect(queued()).toBeLessThanOrEqual(2);
    const stale = await schedule('PAY', 'Priya');
    expect(stale.background).toMatchObject({ state: 'ready', refreshing: true });
    expect(stale.edges.some((e) => e.from === a && e.to === b)).toBe(false);
  });

  it('the refresh reads only what changed, once, and the page then shows the new links', async () => {
    const before = await schedule('PAY', 'Priya');
    const jqls = await appSearches(() => runtime.queue.drain());
    expect(jqls.filter((q) => q.includes('updated >= "-'))).toHaveLength(1);
    expect(jqls.some((q) => /AND id in \(\d+,\d+/.test(q))).toBe(true);
    expect(jqls).not.toContain('project = "PAY"');
    const after = await schedule('PAY', 'Priya');
    expect(after.background).toMatchObject({ state: 'ready', refreshing: false });
    expect(after.edges.some((e) => e.from === pay(0) && e.to === pay(1))).toBe(true);
    expect(after.edges.some((e) => e.from === pay(1) && e.to === pay(2))).toBe(true);
    const computedAt = (r: ScheduleResult) => (r.background?.state === 'ready' ? r.background.computedAt : '');
    expect(computedAt(after) >= computedAt(before)).toBe(true);
  });

  it('a transition, a deleted link and a deleted issue each reach the stored analysis', async () => {
    const moved = after(await schedule('PAY', 'Priya')).find((n) => !n.external && n.statusCategory === 'todo');
    const transitions = (await (await jira('GET', `/rest/api/3/issue/${moved?.key ?? ''}/transitions`, 'Priya')).json()) as { transitions: { id: string; to: { name: string } }[] };
    const done = transitions.transitions.find((t) => t.to.name === 'Done') ?? transitions.transitions[0];
    expect((await jira('POST', `/rest/api/3/issue/${moved?.key ?? ''}/transitions`, 'Priya', { transition: { id: done?.id } })).status).toBe(204);

    const current = await schedule('PAY', 'Priya');
    const link = current.edges.find((e) => e.from === pay(1) && e.to === pay(2));
    expect((await jira('DELETE', `/rest/api/3/issueLink/${link?.linkId ?? ''}`, 'Priya')).status).toBe(204);
    const gone = pay(5);
    expect((await jira('DELETE', `/rest/api/3/issue/${gone}`, 'Priya')).status).toBe(204);
    await triggers.settled();
    expect(queued()).toBeGreaterThanOrEqual(1);
    await runtime.queue.drain();

    const refreshed = await schedule('PAY', 'Priya');
    expect(refreshed.nodes.find((n) => n.key === moved?.key)?.status).toBe(done?.to.name);
    expect(refreshed.edges.some((e) => e.linkId === link?.linkId)).toBe(false);
    expect(refreshed.nodes.some((n) => n.key === gone)).toBe(false);
    expect(refreshed.background).toMatchObject({ state: 'ready', issueCount: 147, refreshing: false });
    expect(site.specViolations).toEqual([]);
  });

  it('an edit of fields Keel does not store (a rank, a sprint, release notes) queues no refresh; a due date does', async () => {
    await runtime.queue.drain();
    const key = pay(3);
    const before = await schedule('PAY', 'Priya');
    const unstored = { customfield_10019: '0|i0000z:', customfield_10020: [{ id: 7, name: 'Sprint 7' }], customfield_10061: 'Mentioned in the notes' };
    expect((await jira('PUT', `/rest/api/3/issue/${key}`, 'Priya', { fields: unstored })).status).toBe(204);
    await triggers.settled();
    expect(triggers.delivered.at(-1)).toMatchObject({ eventType: 'avi:jira:updated:issue', changelog: { items: [{ field: 'Rank', fieldId: 'customfield_10019' }, { field: 'Sprint' }, { field: 'Release notes' }] } });
    expect(queued()).toBe(0);
    expect((await schedule('PAY', 'Priya')).background).toMatchObject({ state: 'ready', refreshing: false, computedAt: before.background?.state === 'ready' ? before.background.computedAt : '' });

    expect((await jira('PUT', `/rest/api/3/issue/${key}`, 'Priya', { fields: { customfield_10019: '0|i0001z:', duedate: '2027-03-31' } })).status).toBe(204);
    await triggers.settled();
    expect(queued()).toBe(1);
    await runtime.queue.drain();
    expect((await schedule('PAY', 'Priya')).nodes.find((n) => n.key === key)?.dueDate).toBe('2027-03-31');
  });
});

describe('other settings', () => {
  it('a settings change queues a full read and recomputation, and the page says it is refreshing meanwhile', async () => {
    const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
    await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, nearCriticalDays: 9 } }, projectKey: 'PAY' }, 'Priya');
    const stale = await schedule('PAY', 'Priya');
    expect(stale.background).toMatchObject({ state: 'ready', refreshing: true });
    expect(stale.nearCriticalDays).toBe(5);
    expect(queued()).toBe(1);
    const jqls = await appSearches(() => runtime.queue.drain());
    expect(jqls).toContain('project = "PAY"');
    const fresh = await schedule('PAY', 'Priya');
    expect(fresh.background).toMatchObject({ state: 'ready', refreshing: false });
    expect(fresh.nearCriticalDays).toBe(9);
  });
});

describe('issue security in the stored analysis', () => {
  it('lets no issue under a level Aiko is not in move her dates, finish or counts, while Priya\'s allow for it', async () => {
    const aikoBefore = await schedule('PAY', 'Aiko');
    const priyaBefore = await schedule('PAY', 'Priya');
    // Work under way under "Staff only" suddenly has 2,000 hours left: it now ends long after everything else.
    const secured = site.state.issues.find((i) => i.fields.security && i.fields.issuetype.name === 'Sub-task' && i.fields.status.name === 'In Progress');
    if (!secured) throw new Error('the demo has no sub-task under way under a security level');
    secured.fields.timeestimate = 2000 * 3600;
    // A settings change makes the next refresh read every issue again.
    const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
    await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, nearCriticalDays: 7 } }, projectKey: 'PAY' }, 'Priya');
    expect((await schedule('PAY', 'Priya')).background).toMatchObject({ refreshing: true });
    await runtime.queue.drain();

    const priya = await schedule('PAY', 'Priya');
    expect(priya.projectFinish > priyaBefore.projectFinish).toBe(true);
    expect(priya.nodes.some((n) => n.key === secured.key)).toBe(true);
    const aiko = await schedule('PAY', 'Aiko');
    // 139 since a test above deleted an issue: PAY's issues but the 8 under "Staff only".
    expect(aiko.background).toMatchObject({ state: 'ready', refreshing: false, issueCount: 139 });
    expect([aiko.projectFinish, aiko.durationDays]).toEqual([aikoBefore.projectFinish, aikoBefore.durationDays]);
    expect(aiko.nodes.map((n) => [n.key, n.earlyStart, n.earlyFinish])).toEqual(aikoBefore.nodes.map((n) => [n.key, n.earlyStart, n.earlyFinish]));
    expect(aiko.nodes.some((n) => n.key === secured.key)).toBe(false);
    expect(site.specViolations).toEqual([]);
  });
});

const after = (r: ScheduleResult) => r.nodes;
