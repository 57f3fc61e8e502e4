/**
 * Daily history end to end: the scheduled trigger fired as Forge fires it, the `keel-snapshots` queue drained
 * into the real consumer, and `history/get`, `history/track`, `history/untrack` called as the demo's people,
 * with the app's real code and the real @forge packages against the sandbox serving the demo site.
 */
import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import { expect } from '../expect';
import { fakeDate, realDate } from '../fake-date';
import type { EvmResult, HistoryResult, HistorySnapshot, HistoryTracking, RiskRegisterResult } from '../../src/contract';
import { scheduledTriggerEvent } from '../sandbox/forge/fire-trigger';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, site } = demo;
let runtime: ForgeRuntime;
let app: typeof import('../../src/index');

const call = demo.call;

const history = (projectKey: string, who: string, range: { from?: string; to?: string } = {}) => call<HistoryResult>('history/get', { projectKey, ...range }, who);

/** The daily run as Forge makes it: the trigger, then every queued event (the consumer queues the risk parts). */
async function runDaily(at: string): Promise<number> {
  jest.setSystemTime(new Date(at));
  await runtime.fireTrigger(app.dailySnapshot, scheduledTriggerEvent('keel-daily-snapshot'), { moduleKey: 'keel-daily-snapshot', timeoutMs: 300_000 });
  return runtime.queue.drain();
}

/** Sum of the open risks' scores, straight from a register. */
const exposure = (register: RiskRegisterResult, score: 'inherentScore' | 'residualScore') =>
  register.risks.filter((r) => r.statusCategory !== 'done').reduce((sum, r) => sum + (r[score] ?? 0), 0);

beforeAll(async () => {
  fakeDate(0);
  jest.setSystemTime(new Date('2026-11-16T08:00:00Z'));
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-snapshots', app.snapshotConsumer);
});

afterAll(() => {
  realDate();
  runtime.uninstall();
});

describe('the daily snapshot', () => {
  let payEvm: EvmResult;
  let payRisks: RiskRegisterResult;
  let platRisks: RiskRegisterResult;

  it('snapshots nothing before anyone opened a project', async () => {
    expect(await runDaily('2026-11-15T06:00:00Z')).toBe(0);
    expect((await history('PAY', 'Priya')).snapshots).toEqual([]);
  });

  it('tracks the projects whose Earned value or Risks someone opened', async () => {
    jest.setSystemTime(new Date('2026-11-16T05:00:00Z'));
    // Aiko may browse PAY but not PLAT or SEC: she sees the project's own issues, as a snapshot does.
    payEvm = await call<EvmResult>('evm/get', { projectKey: 'PAY' }, 'Aiko');
    payRisks = await call<RiskRegisterResult>('risks/get', { projectKey: 'PAY' }, 'Aiko');
    platRisks = await call<RiskRegisterResult>('risks/get', { projectKey: 'PLAT' }, 'Priya');
    await expect(call('risks/get', { projectKey: 'SEC' }, 'Aiko')).rejects.toThrow(/NOT_FOUND/);
    expect((await history('PAY', 'Aiko')).tracked).toBe(true);
    expect((await history('PLAT', 'Priya')).tracked).toBe(true);
  });

  it('stores one snapshot per tracked project with the figures evm/get and risks/get show for the project alone', async () => {
    const delivered = await runDaily('2026-11-16T06:00:00Z');
    // One EVM and one risk part for each of PAY and PLAT, and for PAY again without its "Staff only" level;
    // nothing for SEC, which nobody could open.
    expect(delivered).toBe(6);
    const pushed = runtime.queue.pushed.map((e) => `${String(e.body.projectKey)}:${String(e.body.part)}${Array.isArray(e.body.levels) ? `[${e.body.levels.join(',')}]` : ''}`);
    expect(pushed.sort()).toEqual(['PAY:evm', 'PAY:evm[]', 'PAY:risks', 'PAY:risks[]', 'PLAT:evm', 'PLAT:risks']);

    // Aiko is not in PAY's "Staff only" level: her history has exactly the figures she gets live.
    const pay = await history('PAY', 'Aiko');
    expect(pay.snapshots.map((s) => s.date)).toEqual(['2026-11-16']);
    const [day] = pay.snapshots;
    expect(day?.evmProblem).toBeNull();
    expect(day?.evm?.figures).toEqual(payEvm.figures);
    expect(day?.evm?.earnedSchedule).toEqual({ es: payEvm.earnedSchedule.es, at: payEvm.earnedSchedule.at, spit: payEvm.earnedSchedule.spit, forecastFinish: payEvm.earnedSchedule.forecastFinish });
    expect(day?.risks?.heatMap).toEqual(payRisks.heatMap);
    expect(day?.risks?.openRisks).toBe(payRisks.risks.filter((r) => r.statusCategory !== 'done').length);
    expect(day?.risks?.exposure).toEqual({ inherent: exposure(payRisks, 'inherentScore'), residual: exposure(payRisks, 'residualScore') });
    expect(day?.risks?.exposure.inherent).toBeGreaterThan(0);

    // The app also sees SEC, which nobody may browse, and a PAY issue waits on a SEC issue: the snapshot ignores
    // that link (otherwise PV would move), so it holds nothing a PAY reader could not see.
    const paySecLinks = snapshot.issues.filter((i) => i.fields.project.key === 'PAY' && JSON.stringify(i.fields.issuelinks ?? []).includes('"SEC-'));
    expect(paySecLinks.length).toBeGreaterThan(0);

    const plat = await history('PLAT', 'Priya');
    expect(plat.snapshots[0]?.risks?.openRisks).toBe(platRisks.risks.filter((r) => r.statusCategory !== 'done').length);
    expect(site.specViolations).toEqual([]);
  });

  it('counts the "Staff only" issues for a viewer in the level, and for nobody outside it', async () => {
    const aiko = (await history('PAY', 'Aiko')).snapshots[0];
    const priya = (await history('PAY', 'Priya')).snapshots[0];
    // The level holds the contract work (estimates and worklogs on its sub-tasks) and one open risk.
    expect(priya?.evm?.figures.bac).toBeGreaterThan(aiko?.evm?.figures.bac ?? Infinity);
    expect(priya?.evm?.figures.ac).toBeGreaterThan(aiko?.evm?.figures.ac ?? Infinity);
    expect(priya?.risks?.openRisks).toBe((aiko?.risks?.openRisks ?? 0) + 1);
    expect(priya?.risks?.exposure.inherent).toBeGreaterThan(aiko?.risks?.exposure.inherent ?? Infinity);
    // Lena is in the level too: she gets Priya's figures.
    expect((await history('PAY', 'Lena')).snapshots[0]).toEqual(priya);
    expect(site.specViolations).toEqual([]);
  });

  it('overwrites the day on a second run the same day, and adds the next day after it', async () => {
    const first = (await history('PAY', 'Priya')).snapshots[0];
    await runDaily('2026-11-16T18:00:00Z');
    const again = (await history('PAY', 'Priya')).snapshots;
    expect(again.map((s) => s.date)).toEqual(['2026-11-16']);
    expect(again[0]?.takenAt).toBe('2026-11-16T18:00:00.000Z');
    expect(again[0]?.evm?.figures).toEqual(first?.evm?.figures);

    await runDaily('2026-11-17T06:00:00Z');
    const two = await history('PAY', 'Priya');
    expect(two.snapshots.map((s) => s.date)).toEqual(['2026-11-16', '2026-11-17']);
    expect((await history('PAY', 'Priya', { from: '2026-11-17' })).snapshots.map((s) => s.date)).toEqual(['2026-11-17']);
    expect((await history('PAY', 'Priya', { to: '2026-11-16' })).snapshots.map((s) => s.date)).toEqual(['2026-11-16']);
  });
});

describe('a tracked project that can no longer be read', () => {
  it('stores each part with its problem instead of figures, and still runs the other projects', async () => {
    const { kvs } = await import('@forge/kvs');
    await kvs.set('history-tracking:GONE', { tracked: true, since: '2026-11-01T00:00:00.000Z', by: null });
    expect(await runDaily('2026-11-17T07:00:00Z')).toBe(8);
    const gone = (await kvs.get('history:GONE:2026-11-17')) as HistorySnapshot;
    expect([gone.evm, gone.risks]).toEqual([null, null]);
    expect(gone.evmProblem).toMatch(/^NOT_FOUND: Project GONE was not found/);
    expect(gone.risksProblem).toMatch(/^NOT_FOUND/);
    await kvs.delete('history-tracking:GONE');
  });
});

describe('who may read and change the history', () => {
  it('gives Aiko no PLAT history: she may not browse it', async () => {
    await expect(history('PLAT', 'Aiko')).rejects.toThrow(/NOT_FOUND: Project PLAT was not found/);
    await expect(history('SEC', 'Priya')).rejects.toThrow(/NOT_FOUND/);
  });

  it('refuses a malformed range', async () => {
    await expect(history('PAY', 'Priya', { from: '2026-11-17', to: '2026-11-16' })).rejects.toThrow(/BAD_REQUEST.*from must not be after to/);
    await expect(history('PAY', 'Priya', { from: '17/11/2026' })).rejects.toThrow(/BAD_REQUEST.*YYYY-MM-DD/);
  });

  it('lets only project administrators track and untrack; an untracked project stays so when opened again', async () => {
    await expect(call('history/untrack', { projectKey: 'PAY' }, 'Aiko')).rejects.toThrow(/FORBIDDEN: Only project administrators of PAY/);
    await expect(call('history/track', { projectKey: 'WEB' }, 'Aiko')).rejects.toThrow(/FORBIDDEN/);
    await expect(call('history/track', { projectKey: 'PLAT' }, 'Marcus')).rejects.toThrow(/FORBIDDEN/);

    expect(await call<HistoryTracking>('history/untrack', { projectKey: 'PAY' }, 'Marcus')).toEqual({ projectKey: 'PAY', tracked: false });
    await call<EvmResult>('evm/get', { projectKey: 'PAY' }, 'Aiko');
    const pushedBefore = runtime.queue.pushed.length;
    await runDaily('2026-11-18T06:00:00Z');
    expect(runtime.queue.pushed.slice(pushedBefore).map((e) => e.body.projectKey)).toEqual(['PLAT', 'PLAT']);
    const untracked = await history('PAY', 'Priya');
    expect([untracked.tracked, untracked.snapshots.length]).toEqual([false, 2]);

    expect(await call<HistoryTracking>('history/track', { projectKey: 'PAY' }, 'Priya')).toEqual({ projectKey: 'PAY', tracked: true });
    expect((await history('PAY', 'Priya')).tracked).toBe(true);
  });
});

describe('reading a long history', () => {
  it('pages through storage 20 at a time and answers in date order', async () => {
    const { kvs } = await import('@forge/kvs');
    const day = (await history('PAY', 'Priya')).snapshots[0];
    const dates = Array.from({ length: 45 }, (_, i) => new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10));
    for (const date of dates) await kvs.set(`history:PAY:${date}`, { ...day, date });
    const all = await history('PAY', 'Priya');
    expect(all.snapshots.map((s) => s.date)).toEqual([...dates, '2026-11-16', '2026-11-17']);
    expect(all.truncated).toBe(false);
    const september = await history('PAY', 'Priya', { from: '2026-09-10', to: '2026-09-30' });
    expect(september.snapshots.map((s) => s.date)).toEqual(dates.filter((d) => d >= '2026-09-10' && d <= '2026-09-30'));
  });
});
