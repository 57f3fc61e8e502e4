/**
 * Issue #11: the Overview and the Risks tab of a project above the background threshold come from what the
 * consumer stored with the analysis, cut to the viewer as the stored schedule is. On the demo site, PAY (148 issues, 8 under
 * the "Staff only" level Aiko is not in) with the threshold at 100: each person's stored figures equal the ones
 * they got live, and no change to an issue under the level moves Aiko's.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { IssueRisksResult, OverviewResult, RiskRegisterResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
const overview = (who: string) => call<OverviewResult>('overview/get', { projectKey: 'PAY' }, who);
const risks = (who: string) => call<RiskRegisterResult>('risks/get', { projectKey: 'PAY' }, who);
const live: Record<string, OverviewResult> = {};
const liveRisks: Record<string, RiskRegisterResult> = {};

async function saveSchedule(change: Record<string, unknown>): Promise<void> {
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, ...change } }, projectKey: 'PAY' }, 'Priya');
}

/** What a viewer compares: the counts by type and status and by link type, and which findings there are. */
const figures = (o: OverviewResult) => ({ issueCount: o.issueCount, byType: o.byType, linksByType: o.linksByType });

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  live['Priya'] = await overview('Priya');
  live['Aiko'] = await overview('Aiko');
  liveRisks['Priya'] = await risks('Priya');
  liveRisks['Aiko'] = await risks('Aiko');
  await saveSchedule({ backgroundAboveIssues: 100 });
});

afterAll(() => runtime.uninstall());

describe('the Overview of a project above the threshold', () => {
  it('says it is being computed, then answers from the stored analysis', async () => {
    const first = await overview('Priya');
    expect(first.stored, 'the first answer').toMatchObject({ state: 'computing', issueCount: 148 });
    expect(first.byType).toEqual([]);
    await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
    const priya = await overview('Priya');
    expect(priya.stored, 'after the consumer ran').toMatchObject({ state: 'ready', refreshing: false });
    expect(figures(priya)).toEqual(figures(live['Priya'] as OverviewResult));
  });

  it('gives Aiko, outside the level, the figures she gets live: the issues under it left out', async () => {
    const aiko = await overview('Aiko');
    expect(aiko.stored).toMatchObject({ state: 'ready' });
    expect(aiko.issueCount).toBe(140);
    expect(figures(aiko)).toEqual(figures(live['Aiko'] as OverviewResult));
    // Links into PLAT, which she may not browse, are counted per issue, never named.
    const hidden = aiko.findings.find((f) => f.kind === 'link-not-visible');
    expect(hidden?.details.every((d) => !/PLAT-/.test(d))).toBe(true);
    expect(JSON.stringify(aiko)).not.toMatch(/PLAT-\d+/);
  });

  it('lets no issue under the level move Aiko\'s figures, while Priya\'s follow it', async () => {
    const aikoBefore = await overview('Aiko');
    const secured = site.state.issues.find((i) => i.fields.security && i.key.startsWith('PAY-'));
    if (!secured) throw new Error('the demo has no PAY issue under a security level');
    secured.fields.issuetype = { ...secured.fields.issuetype, name: 'Staff task' };
    // Another setting makes the next refresh read every issue again.
    await saveSchedule({ nearCriticalDays: 7 });
    expect((await overview('Priya')).stored).toMatchObject({ refreshing: true });
    await runtime.queue.drain();
    const priya = await overview('Priya');
    expect(priya.byType.map((t) => t.type)).toContain('Staff task');
    const aiko = await overview('Aiko');
    expect(figures(aiko)).toEqual(figures(aikoBefore));
    expect(aiko.byType.map((t) => t.type)).not.toContain('Staff task');
    expect(site.specViolations).toEqual([]);
  });
});

describe('the Risks tab of a project above the threshold', () => {
  it('scores the risks read as the viewer against the stored plan', async () => {
    const priya = await risks('Priya');
    expect(priya.stored).toMatchObject({ state: 'ready' });
    const live = liveRisks['Priya'] as RiskRegisterResult;
    // The stored plan was computed with the near-critical threshold a test above set, so only the ratings compare.
    expect(priya.risks.map((r) => [r.key, r.inherentScore])).toEqual(live.risks.map((r) => [r.key, r.inherentScore]));
    expect(priya.derived.length).toBeGreaterThan(0);
  });

  it('answers the issue panel (risks/issue) with what the register says of the issue', async () => {
    const register = await risks('Priya');
    const treated = register.risks.find((r) => r.treatmentKeys.length > 0);
    const late = register.derived.find((d) => d.kind === 'late-critical-work');
    for (const key of [treated?.treatmentKeys[0], late?.issueKeys[0]]) {
      if (key === undefined) throw new Error('PAY should have a treated risk and late critical work: has the demo changed?');
      const panel = await call<IssueRisksResult>('risks/issue', { issueKey: key }, 'Priya');
      expect(panel.stored, key).toMatchObject({ state: 'ready' });
      expect(panel.linked.map((l) => [l.risk.key, l.relation, l.risk.weightedScore]), key).toEqual(
        register.risks.filter((r) => r.key !== key && r.linkedKeys.includes(key)).map((r) => [r.key, r.treatmentKeys.includes(key) ? 'treats' : 'linked', r.weightedScore]),
      );
      expect(panel.derived, key).toEqual(register.derived.filter((d) => d.issueKeys.includes(key)));
    }
  });

  it('never names to Aiko an issue she may not browse, and no issue under the level moves her register', async () => {
    const before = await risks('Aiko');
    expect(before.stored).toMatchObject({ state: 'ready' });
    expect(before.risks.map((r) => r.key)).toEqual((liveRisks['Aiko'] as RiskRegisterResult).risks.map((r) => r.key));
    const secured = new Set(site.state.issues.filter((i) => i.fields.security).map((i) => i.key));
    const named = JSON.stringify(before).match(/\b[A-Z]+-\d+\b/g) ?? [];
    expect(named.filter((k) => k.startsWith('PLAT-') || secured.has(k))).toEqual([]);
    // Work under the level suddenly has 2,000 hours left; the plan is read again.
    const underWay = site.state.issues.find((i) => i.fields.security && i.fields.status.name === 'In Progress');
    if (!underWay) throw new Error('the demo has no work under way under a security level');
    underWay.fields.timeestimate = 2000 * 3600;
    // A setting no risk depends on makes the next refresh read every issue again.
    await saveSchedule({ backgroundAboveIssues: 99 });
    await risks('Priya');
    await runtime.queue.drain();
    const after = await risks('Aiko');
    expect(after.stored).toMatchObject({ state: 'ready', refreshing: false });
    expect({ risks: after.risks, derived: after.derived, heatMap: after.heatMap }).toEqual({ risks: before.risks, derived: before.derived, heatMap: before.heatMap });
  });
});
