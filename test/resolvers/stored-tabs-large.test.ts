/**
 * Issue #11: every tab of a generated scope above the background threshold (2,500 issues in BIG, threshold
 * 1,500) answers from the stored analysis, not from the first 4,000 issues read in the call, each answer under
 * 1 MB: the Overview counts every issue, the Risks tab's schedule risks and the issue panel's come from the stored
 * schedule.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { IssueRisksResult, OverviewResult, RiskRegisterResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { largeApp } from './large-app';

const ISSUES = 2500;
const MB = 1_000_000;
const big = largeApp(ISSUES, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let live: OverviewResult;

async function threshold(backgroundAboveIssues: number): Promise<void> {
  const { settings } = (await big.call<SettingsView>('settings/get', {})).data;
  await big.call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues } }, projectKey: 'BIG' });
}

beforeAll(async () => {
  ({ runtime } = await big.start());
  // The Overview read live (every issue fits the 4,000 a call reads), to compare the stored one with.
  await threshold(10_000);
  live = (await big.call<OverviewResult>('overview/get', { projectKey: 'BIG' })).data;
  await threshold(1500);
  expect((await big.call<OverviewResult>('overview/get', { projectKey: 'BIG' })).data.stored).toMatchObject({ state: 'computing' });
  await runtime.queue.drain();
}, 300_000);

afterAll(() => runtime.uninstall());

describe('a 2,500-issue scope', () => {
  it('counts every issue in the Overview, from the stored analysis', async () => {
    const { data, bytes } = await big.call<OverviewResult>('overview/get', { projectKey: 'BIG' });
    expect(bytes).toBeLessThan(MB);
    expect(data.stored).toMatchObject({ state: 'ready' });
    const inBig = big.snapshot.issues.filter((i) => i.key.startsWith('BIG-')).length;
    expect(data.issueCount).toBe(inBig);
    expect(data.byType.reduce((n, t) => n + t.total, 0)).toBe(inBig);
    expect(data.findings.some((f) => f.kind === 'scope-truncated')).toBe(false);
    expect(live.stored).toBeUndefined();
    expect(data.byType).toEqual(live.byType);
    // Links into OPS, DATA and MOB, which everyone may browse, are counted as the live Overview counts them.
    expect(data.linksByType).toEqual(live.linksByType);
    const outside = (o: OverviewResult) => o.findings.find((f) => f.kind === 'link-outside-scope')?.count;
    expect(outside(data)).toBeGreaterThan(0);
    expect(outside(data)).toBe(outside(live));
  }, 120_000);

  it('answers the Risks tab and the issue panel from the stored schedule', async () => {
    const register = await big.call<RiskRegisterResult>('risks/get', { projectKey: 'BIG' });
    expect(register.bytes).toBeLessThan(MB);
    expect(register.data.stored).toMatchObject({ state: 'ready' });
    expect(register.data.derived.length).toBeGreaterThan(0);
    // The panel of a BIG issue (an OPS issue's panel reads OPS's own register).
    const key = register.data.derived.flatMap((d) => d.issueKeys).find((k) => k.startsWith('BIG-')) ?? '';
    const panel = await big.call<IssueRisksResult>('risks/issue', { issueKey: key });
    expect(panel.bytes).toBeLessThan(MB);
    expect(panel.data.derived).toEqual(register.data.derived.filter((d) => d.issueKeys.includes(key)));
  }, 120_000);
});
