/**
 * Issue #11 item 2: work outside the scope under an issue security level must not move the stored dates of a
 * viewer outside the level. Live, Aiko's own search cannot name such an issue, so it drops out of her schedule
 * (with the finding for a link Jira would not name); the stored analysis was read as the app, which sees it. On
 * the demo site, with PAY above the threshold: a WEB task (Aiko may browse WEB) goes under "Staff only" with
 * 2,000 hours of work, due in October 2027, and blocks an open PAY story. Priya's dates follow it; Aiko's stay as they were, and the
 * task is never named to her.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { STAFF_ONLY } from '../sandbox/demo/security';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
const schedule = (who: string) => call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, who);
const open = (i: (typeof site.state.issues)[number], project: string) =>
  i.fields.project.key === project && !i.fields.security && i.fields.status.name === 'To Do' && ['Story', 'Task', 'Sub-task'].includes(i.fields.issuetype.name);
const secured = site.state.issues.find((i) => open(i, 'WEB'));
const startOf = (s: ScheduleResult, key: string) => s.nodes.find((n) => n.key === key)?.earlyStart;

async function saveSchedule(change: Record<string, unknown>): Promise<void> {
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, ...change } }, projectKey: 'PAY' }, 'Priya');
}

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  await saveSchedule({ backgroundAboveIssues: 100 });
  await schedule('Priya');
  await runtime.queue.drain();
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
}, 120_000);

afterAll(() => runtime.uninstall());

describe('secured work outside the scope, in the stored schedule', () => {
  it("moves Priya's dates and not Aiko's, and is never named to her", async () => {
    const before = { priya: await schedule('Priya'), aiko: await schedule('Aiko') };
    // An open PAY activity (no children) that Aiko sees.
    const successor = site.state.issues.find((i) => open(i, 'PAY') && before.aiko.nodes.some((n) => n.key === i.key && !n.external));
    if (!successor || !secured) throw new Error('the demo has no open PAY and WEB stories: has it changed?');
    expect(before.aiko.background).toMatchObject({ state: 'ready' });
    expect(startOf(before.aiko, successor.key)).toBeDefined();

    secured.fields.security = { self: `${site.state.site.baseUrl}/rest/api/3/securitylevel/${STAFF_ONLY.id}`, ...STAFF_ONLY };
    secured.fields['timeoriginalestimate'] = 2000 * 3600;
    secured.fields['timeestimate'] = 2000 * 3600;
    // Open work outside the scope is held at its due date (the date its team committed to).
    secured.fields['duedate'] = '2027-10-01';
    const linked = await site.handle({
      product: 'jira',
      method: 'POST',
      path: '/rest/api/3/issueLink',
      headers: { 'content-type': 'application/json' },
      principal: { type: 'app' },
      body: JSON.stringify({ type: { name: 'Blocks' }, inwardIssue: { key: secured.key }, outwardIssue: { key: successor.key } }),
    });
    expect(linked.status).toBe(201);
    // Another setting makes the next refresh read every issue again.
    await saveSchedule({ nearCriticalDays: 6 });
    await schedule('Priya');
    await runtime.queue.drain();

    const priya = await schedule('Priya');
    expect(priya.nodes.map((n) => n.key)).toContain(secured.key);
    expect(startOf(priya, successor.key)! > startOf(before.priya, successor.key)!).toBe(true);
    expect(priya.projectFinish > before.priya.projectFinish).toBe(true);

    // Now outside a level of the linked work too, Aiko needs the variant without levels, PLAT and SEC (issue #11).
    await askAndDrain(call, runtime, 'PAY', ['Aiko']);
    const aiko = await schedule('Aiko');
    expect(aiko.background).toMatchObject({ state: 'ready' });
    expect(startOf(aiko, successor.key)).toBe(startOf(before.aiko, successor.key));
    expect(aiko.projectFinish).toBe(before.aiko.projectFinish);
    expect(JSON.stringify(aiko)).not.toContain(`"${secured.key}"`);
    expect(JSON.stringify(aiko)).not.toMatch(new RegExp(`\\b${secured.key}\\b`));
  });
});
