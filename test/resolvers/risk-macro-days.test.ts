/**
 * Issue #15: the risk register macro's "Days added at P80" column, as the Risks tab has it. On the demo site, with
 * PAY's top open risk related to PAY's most critical open work (the demo's own risks touch no open work): the
 * macro's days equal the Risks tab's (`forecast/criticality`), the PDF/Word export has the column, and a project
 * above the background threshold says its forecast is being computed, then gives the stored forecast's days.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastCriticality, ForecastResult, MacroRisksResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { adfProblems } from '../../src/adapters/confluence/adf-validation';
import { runInvocation } from '../sandbox/forge/invocation-context';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, account, call } = demo;
let runtime: ForgeRuntime;
let app: typeof import('../../src/index');
let riskKey = '';

const macro = () => call<MacroRisksResult>('macro/risks', { projectKey: 'PAY' }, 'Priya');

beforeAll(async () => {
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  riskKey = (await macro()).topRisks[0]?.key ?? '';
  const forecast = await call<ForecastResult>('forecast/get', { projectKey: 'PAY' }, 'Priya');
  const work = forecast.issues[0]?.key ?? '';
  const body = JSON.stringify({ type: { name: 'Relates' }, inwardIssue: { key: riskKey }, outwardIssue: { key: work } });
  const answer = await site.handle({ product: 'jira', method: 'POST', path: '/rest/api/3/issueLink', headers: { 'content-type': 'application/json' }, principal: { type: 'user', accountId: account('Priya') }, body });
  expect(answer.status).toBe(201);
}, 120_000);

afterAll(() => runtime.uninstall());

describe('the risk register macro', () => {
  it("gives each top risk's days at P80, the same as the Risks tab", async () => {
    const result = await macro();
    const tab = await call<ForecastCriticality>('forecast/criticality', { projectKey: 'PAY' }, 'Priya');
    expect(result.scheduleDays).toEqual({ state: 'ready', iterations: tab.iterations });
    const top = result.topRisks.find((r) => r.key === riskKey);
    expect(top?.daysAddedAtP80).toEqual(tab.risks.find((r) => r.key === riskKey)?.daysAddedAtP80);
    expect(top?.daysAddedAtP80).toEqual(expect.any(Number));
    for (const risk of result.topRisks) expect(risk.daysAddedAtP80 === null || Number.isFinite(risk.daysAddedAtP80)).toBe(true);
  }, 120_000);

  it('exports the column to PDF and Word', async () => {
    const event = { exportType: 'pdf', extensionPayload: { config: { projectKey: 'PAY' }, exportType: 'pdf' }, context: { siteUrl: 'https://keel-demo.atlassian.net', locale: 'en-GB', timezone: 'UTC' } };
    const doc = await runInvocation({ moduleKey: 'keel-macro-export', accountId: account('Priya'), timeoutMs: 25_000 }, () => app.riskRegisterMacroExport(event));
    expect(adfProblems(doc)).toEqual([]);
    const exported = JSON.stringify(doc);
    expect(exported).toContain('Days added at P80');
    expect(exported).toMatch(/moves with the risk against the same 4,300 simulated plans/);
  }, 120_000);

  it("above the background threshold: says the forecast is being computed, then gives the stored forecast's days", async () => {
    const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
    await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
    const computing = await macro();
    expect(computing.scheduleDays?.state).toBe('computing');
    expect(computing.topRisks.every((r) => r.daysAddedAtP80 === null)).toBe(true);
    await runtime.queue.drain();
    await macro(); // the analysis is stored: this queues its forecast
    await runtime.queue.drain();
    const stored = await macro();
    expect(stored.scheduleDays?.state).toBe('ready');
    expect(stored.topRisks.find((r) => r.key === riskKey)?.daysAddedAtP80).toEqual(expect.any(Number));
  }, 300_000);
});
