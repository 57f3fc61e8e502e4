/**
 * `raci/get` end to end, and `getRaci` with a JQL scope as the macros use it: the app's real code and the real
 * @forge packages against the sandbox serving the demo site, answers checked against Atlassian's OpenAPI specs.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { RaciResult } from '../../src/contract';
import { CF } from '../sandbox/demo/custom-fields';
import { demoApp } from './demo-app';
import { jiraRecordingStarts } from './jira-reads-started';

const demo = demoApp();
const { snapshot, site } = demo;

const call = (payload: unknown, who: string) => demo.call<RaciResult>('raci/get', payload, who);
const nameOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((u) => (u as { displayName: string }).displayName).sort();
const epics = (project: string) =>
  snapshot.issues.filter((i) => i.fields.project.key === project && i.fields.issuetype.name === 'Epic');

let started: Awaited<ReturnType<typeof demo.start>>;
beforeAll(async () => {
  started = await demo.start();
});

describe('raci/get', () => {
  let web: RaciResult;
  beforeAll(async () => {
    web = await call({ projectKey: 'WEB' }, 'Priya');
  });

  it('crosses the wire with each holder named once, by place among the people, and reads back whole (raci-wire.ts)', async () => {
    const raw = (await started.runtime.invokeResolver(started.app.resolver, { functionKey: 'raci/get', payload: { projectKey: 'WEB' }, accountId: demo.account('Priya') })) as { ok: true; data: { rows: Record<string, unknown>[]; people: unknown[] } };
    const holders = raw.data.rows.flatMap((r) => [r['responsible'], r['accountable'], r['consulted'], r['informed']].flat());
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.every((h) => typeof h === 'number' && h < raw.data.people.length)).toBe(true);
    expect(web.rows.flatMap((r) => r.responsible).every((p) => typeof p.displayName === 'string')).toBe(true);
  });

  it("has one row per WEB epic, with R the assignee and A, C, I from the demo's fields, found by name", () => {
    expect(web.rows.map((r) => r.key)).toEqual(epics('WEB').map((e) => e.key));
    for (const row of web.rows) {
      const fields = epics('WEB').find((e) => e.key === row.key)?.fields ?? ({} as Record<string, unknown>);
      expect(row.responsible.map((p) => p.displayName)).toEqual(nameOf(fields.assignee));
      expect(row.accountable.map((p) => p.displayName)).toEqual(nameOf(fields[CF.accountable]));
      expect(row.consulted.map((p) => p.displayName).sort()).toEqual(nameOf(fields[CF.consulted]));
      expect(row.informed.map((p) => p.displayName).sort()).toEqual(nameOf(fields[CF.informed]));
      expect(row.accountableSource).toBe('field');
    }
    expect(web.roleFields).toEqual([
      { role: 'R', fieldId: 'assignee', fieldName: 'Assignee' },
      { role: 'A', fieldId: CF.accountable, fieldName: 'Accountable' },
      { role: 'C', fieldId: CF.consulted, fieldName: 'Consulted' },
      { role: 'I', fieldId: CF.informed, fieldName: 'Informed' },
    ]);
    expect(web.scope).toEqual({ projectKey: 'WEB', jql: null, label: expect.stringContaining('(WEB)') as unknown });
    expect(site.specViolations).toEqual([]);
  });

  it('lists every person with a role once, including the deactivated Daniel, and no findings at the default limit', () => {
    const names = web.people.map((p) => p.displayName);
    expect(new Set(names).size).toBe(names.length);
    expect(web.people.find((p) => p.displayName.startsWith('Daniel'))?.active).toBe(false);
    // Every WEB epic has one Accountable and an assignee; nobody is A on more than 5.
    expect(web.findings).toEqual([]);
  });

  it('reports the person Accountable on more rows than the configured limit', async () => {
    const { kvs } = await import('@forge/kvs');
    const { defaultSettings } = await import('../../src/config/settings');
    await kvs.set('settings:global', { ...defaultSettings, raci: { ...defaultSettings.raci, accountableLimit: 1 } });
    try {
      const strict = await call({ projectKey: 'WEB' }, 'Priya');
      const priyaRows = epics('WEB').filter((e) => nameOf(e.fields[CF.accountable])[0]?.startsWith('Priya')).map((e) => e.key);
      expect(priyaRows.length).toBeGreaterThan(1);
      expect(strict.findings).toEqual([
        expect.objectContaining({ kind: 'accountable-overload', issueKeys: priyaRows, people: [expect.objectContaining({ displayName: expect.stringContaining('Priya') as unknown })] }),
      ]);
    } finally {
      await kvs.delete('settings:global');
    }
  });

  it('takes the deliverables from the settings\' JQL, and says a JQL scope cannot fill {project}', async () => {
    const { kvs } = await import('@forge/kvs');
    const { defaultSettings } = await import('../../src/config/settings');
    const raci = { ...defaultSettings.raci, deliverables: 'jql' as const, deliverablesJql: 'project = "{project}" AND issuetype = Story' };
    await kvs.set('settings:global', { ...defaultSettings, raci });
    try {
      const stories = await call({ projectKey: 'WEB' }, 'Priya');
      const expected = snapshot.issues.filter((i) => i.fields.project.key === 'WEB' && i.fields.issuetype.name === 'Story').map((i) => i.key);
      expect(stories.rows.map((r) => r.key).sort()).toEqual(expected.sort());
      expect(stories.deliverablesJql).toBe('(project = "WEB") AND (project = "WEB" AND issuetype = Story)');
      const { getRaci } = await import('../../src/use-cases/get-raci');
      const settings = { ...defaultSettings, raci };
      const viewerJira = () => Promise.reject(new Error('no Jira read expected'));
      await expect(getRaci({ viewerJira, loadSettings: () => Promise.resolve(settings) }, { jql: 'issuetype = Epic' })).rejects.toThrow(/names \{project\}/);
    } finally {
      await kvs.delete('settings:global');
    }
  });

  it("reads the project and the site's fields (to find role fields by name) at once, not one after the other", async () => {
    const { getRaci } = await import('../../src/use-cases/get-raci');
    const { defaultSettings } = await import('../../src/config/settings');
    const { viewerJira, started } = await jiraRecordingStarts(demo.account('Priya'));
    const raci = await getRaci({ viewerJira, loadSettings: () => Promise.resolve(defaultSettings) }, { projectKey: 'WEB' });
    expect(raci.rows.map((r) => r.key)).toEqual(web.rows.map((r) => r.key));
    const [first, second] = started;
    expect([first?.path, second?.path].sort()).toEqual(['/rest/api/3/field', '/rest/api/3/project/WEB']);
    expect(second?.alongside, 'the second read started while the first was in flight').toBe(1);
  });

  it('never shows PLAT to Aiko: NOT_FOUND by project, and no PLAT rows through a JQL scope', async () => {
    await expect(call({ projectKey: 'PLAT' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND/);
    const api = (await import('@forge/api')).default;
    const { productRequest } = await import('../../src/adapters/product-request');
    const { getRaci } = await import('../../src/use-cases/get-raci');
    const { defaultSettings } = await import('../../src/config/settings');
    const asUser = (who: string) => productRequest({ product: 'Jira', fetch: (path, init) => api.asUser(demo.account(who)).requestJira(path, init) });
    const jql = { jql: 'issuetype = Epic ORDER BY key' };
    const aiko = await getRaci({ viewerJira: asUser('Aiko'), loadSettings: () => Promise.resolve(defaultSettings) }, jql);
    const priya = await getRaci({ viewerJira: asUser('Priya'), loadSettings: () => Promise.resolve(defaultSettings) }, jql);
    expect(priya.rows.some((r) => r.key.startsWith('PLAT-'))).toBe(true);
    expect(aiko.rows.map((r) => r.key)).toEqual(priya.rows.map((r) => r.key).filter((k) => !k.startsWith('PLAT-')));
    expect(aiko.scope).toEqual({ projectKey: null, jql: jql.jql, label: jql.jql });
    // As in Jira, a JQL naming a project the user cannot see is refused, not answered with its issues.
    await expect(getRaci({ viewerJira: asUser('Aiko'), loadSettings: () => Promise.resolve(defaultSettings) }, { jql: 'project = PLAT' })).rejects.toThrow(/PLAT/);
  });

  it('answers every payload problem at once', async () => {
    await expect(call({ projectKey: 'web' }, 'Priya')).rejects.toThrow(/^BAD_REQUEST: .*projectKey/);
  });
});
