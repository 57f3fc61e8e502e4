/**
 * `status/get` end to end against the demo site (issue 16, item 2): PAY's launch is its release "1.0 Launch"
 * (the demo's working day 80, 2027-01-11), read by the default targets settings as the next unreleased version
 * with a release date. Priya sees everything; Aiko cannot see PLAT; the project comes from Forge's context.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { SettingsPreviewResult, StatusResult } from '../../src/contract';
import { statusResult } from '../../src/contract';
import { projectPageContext, projectSettingsContext } from '../sandbox/forge/module-context';
import { demoApp } from './demo-app';

const demo = demoApp();
const call = (payload: unknown, who: string, from?: Parameters<typeof demo.call>[3]) => demo.call<StatusResult>('status/get', payload, who, from);

beforeAll(async () => {
  await demo.start();
});

describe('status/get', () => {
  let pay: StatusResult;
  let fetches = 0;
  beforeAll(async () => {
    const before = demo.site.requestLog.length;
    pay = await call({ projectKey: 'PAY' }, 'Priya');
    fetches = demo.site.requestLog.length - before;
  });

  it("fits Forge's limits: under 100 product fetches and an answer far under 1 MB", () => {
    expect(fetches).toBeLessThan(100);
    expect(JSON.stringify(pay).length).toBeLessThan(100_000);
    console.info(`status/get PAY as Priya: ${fetches} fetches, ${JSON.stringify(pay).length} bytes`);
  });

  it("measures PAY against its release's date and says late against what", () => {
    expect(statusResult.safeParse(pay).success).toBe(true);
    expect(pay.target).toEqual({ date: '2027-01-11', source: 'version', label: "version 1.0 Launch's release date" });
    expect(pay.headline).toBe(`${pay.status === 'at risk' ? 'At risk' : pay.status === 'late' ? 'Late' : 'On track'} against the launch date 2027-01-11 (version 1.0 Launch's release date)`);
    expect(pay.reasons.length).toBeGreaterThanOrEqual(1);
    expect(pay.reasons.length).toBeLessThanOrEqual(2);
  });

  it('gives the date of every analysis, computed in the call for a project of this size', () => {
    expect(pay.finishes.map((f) => f.analysis)).toEqual(['critical path', 'earned schedule', 'levelled', 'forecast P50', 'forecast P80', 'due dates']);
    for (const f of pay.finishes) {
      expect(f.date, f.analysis).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isInteger(f.varianceDays), f.analysis).toBe(true);
    }
    expect(pay.probabilityByTarget).not.toBeNull();
    expect(pay.stored).toBeUndefined();
  });

  it("agrees with the Dependencies tab's finish and the Forecast tab's percentiles", async () => {
    const schedule = await demo.call<{ projectFinish: string }>('schedule/get', { projectKey: 'PAY' }, 'Priya');
    expect(pay.finishes[0]?.date).toBe(schedule.projectFinish);
    const forecast = await demo.call<{ percentiles: { p50: string; p80: string } }>('forecast/get', { projectKey: 'PAY' }, 'Priya');
    expect(pay.finishes.find((f) => f.analysis === 'forecast P50')?.date).toBe(forecast.percentiles.p50);
    expect(pay.finishes.find((f) => f.analysis === 'forecast P80')?.date).toBe(forecast.percentiles.p80);
  });

  it('says why the analyses disagree, one sentence each', () => {
    expect(pay.disagreements.length).toBeGreaterThan(0);
    expect(pay.disagreements.some((d) => d.startsWith("Jira's due dates run to"))).toBe(true);
  });

  it("reads only what Aiko may see, and WEB, which has no release, gets no verdict but what to do", async () => {
    const aiko = await call({ projectKey: 'PAY' }, 'Aiko');
    expect(JSON.stringify(aiko)).not.toContain('PLAT-');
    expect(aiko.target?.date).toBe('2027-01-11');
    const web = await call({ projectKey: 'WEB' }, 'Priya');
    expect(web.status).toBe('no target');
    expect(web.headline).toMatch(/^No launch date to measure against/);
  });

  it("answers for the page's own project only", async () => {
    const page = projectPageContext(demo.snapshot, 'PAY');
    await expect(call({ projectKey: 'WEB' }, 'Priya', page)).rejects.toThrow(/FORBIDDEN/);
    expect((await call({}, 'Priya', page)).project.key).toBe('PAY');
  });

  it("previews a draft's launch date and its problems next to the saved one before anything is saved", async () => {
    const draft = { targets: { launch: { source: 'version', version: '1.1 Wallets' }, milestones: { issueTypes: ['Milestone'], labels: [] } } };
    const preview = await demo.call<SettingsPreviewResult>('settings/preview', { projectKey: 'PAY', level: 'project', draft }, 'Priya', projectSettingsContext(demo.snapshot, 'PAY'));
    expect(preview.saved.launch).toEqual({ date: '2027-01-11', label: "version 1.0 Launch's release date", milestones: 0, problems: [] });
    expect(preview.draft?.launch).toEqual({ date: null, label: null, milestones: 0, problems: ['Version 1.1 Wallets has no release date'] });
  });
});
