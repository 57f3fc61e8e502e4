/**
 * `getEvm` with plain-function ports: a worked example, and issue 4's bad input (no worklogs, no rates,
 * negative or absurd estimates, a worklog before the project start, no history read, nothing in scope).
 * Figures that can be computed are; the others are null with a reason; nothing throws.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { EvmResult } from '../../src/contract';
import { getEvm } from '../../src/use-cases/get-evm';
import { item } from '../domain/work-item-builder';
import { evmPorts, type EvmData } from './evm-ports-fixture';

// Monday 2 to Friday 6 November 2026. A: 8 h x 100 = 800, planned over the week (160 a day), In Progress on
// Tue 3, Done on Thu 5. Ann (rate 50) logs 4 h on Tue 3, Bob (default 100) 4 h on Wed 4.
const ann = 'acc-ann';
const base: EvmData = {
  items: [item('P-1', { statusCategory: 'done', status: 'Done', resolutionDate: '2026-11-05', assigneeId: ann })],
  planned: { 'P-1': { start: '2026-11-02', finish: '2026-11-06' } },
  worklogs: [
    { key: 'P-1', date: '2026-11-03', hours: 4, personId: ann },
    { key: 'P-1', date: '2026-11-04', hours: 4, personId: 'acc-bob' },
  ],
  changes: [
    { key: 'P-1', date: '2026-11-03', category: 'inProgress' },
    { key: 'P-1', date: '2026-11-05', category: 'done' },
  ],
  evm: { rates: { byAccount: { [ann]: 50 }, defaultRate: 100 }, period: 'day' },
};
const run = (data: EvmData, asOf = '2026-11-04'): Promise<EvmResult> => getEvm(evmPorts(data), { asOf });
const reason = (r: EvmResult, figure: string) => r.notDefined.find((n) => n.figure === figure)?.reason;
const kinds = (r: EvmResult) => r.findings.map((f) => f.kind);

describe('getEvm: worked example (by hand, in the header above)', () => {
  it('as of Wed 4: PV 480, EV 400 (50% in progress), AC 200 + 400 = 600', async () => {
    const r = await run(base);
    expect(r.figures).toMatchObject({ bac: 800, pv: 480, ev: 400, ac: 600, sv: -80, cv: -200, spi: 0.8333, cpi: 0.6667 });
    expect(r.figures.eac.budgetRate).toBe(1000); // 600 + (800 - 400)
    expect(r.series.map((p) => [p.date, p.pv, p.ev, p.ac])).toEqual([
      ['2026-11-02', 160, 0, 0],
      ['2026-11-03', 320, 400, 200],
      ['2026-11-04', 480, 400, 600],
      ['2026-11-05', 640, null, null],
      ['2026-11-06', 800, null, null],
    ]);
    // ES: PV passed 400 on day 3 (320 -> 480): ES = 2 + 80/160 = 2.5 of AT 3.
    expect(r.earnedSchedule).toMatchObject({ es: 2.5, at: 3, spit: 0.8333, plannedDuration: 5, plannedFinish: '2026-11-06', forecastFinish: '2026-11-09' });
    expect(r.findings).toEqual([]);
  });
});

describe('getEvm: bad input', () => {
  it('no worklogs: AC 0, CPI and the CPI-based EACs null with their reason, the rest computed', async () => {
    const r = await run({ ...base, worklogs: [] });
    expect(r.figures).toMatchObject({ ac: 0, ev: 400, spi: 0.8333, cpi: null });
    expect(r.figures.eac.cpi).toBeNull();
    expect(reason(r, 'cpi')).toMatch(/AC is 0/);
    expect(reason(r, 'etc.cpi')).toMatch(/EAC it uses is not defined/);
    expect(kinds(r)).toContain('no-worklogs');
  });

  it('no rates: worklogs are left out of AC, and the finding says how many hours', async () => {
    const r = await run({ ...base, evm: { ...base.evm, rates: { byAccount: {}, defaultRate: null } } });
    expect(r.figures.ac).toBe(0);
    expect(r.findings.find((f) => f.kind === 'no-rate')?.effect).toMatch(/^2 worklogs have no rate: AC excludes 8 h/);
  });

  it('issue 12, robustness: with no default rate the method never reads "default none an hour"', async () => {
    const r = await run({ ...base, evm: { ...base.evm, rates: { byAccount: {}, defaultRate: null } } });
    expect(r.method.actualCost).toBe('worklogs x rate (people without a rate are left out)');
    expect((await run(base)).method.actualCost).toBe('worklogs x rate (default 100 an hour)');
  });

  it('negative and absurd estimates are left out of BAC and reported; the others count', async () => {
    const items = [...base.items, item('P-2', { originalEstimateSeconds: -8 * 3600 }), item('P-3', { originalEstimateSeconds: 1e6 * 3600 })];
    const r = await run({ ...base, items });
    expect(r.figures.bac).toBe(800);
    expect(kinds(r)).toEqual(expect.arrayContaining(['negative', 'above-ceiling']));
    expect(r.findings.find((f) => f.kind === 'negative')?.issueKeys).toEqual(['P-2']);
  });

  it('a worklog before the project start counts in AC on the first day, and is reported', async () => {
    const worklogs = [...(base.worklogs ?? []), { key: 'P-1', date: '2026-10-20', hours: 2, personId: ann }];
    const r = await run({ ...base, worklogs });
    expect(r.series[0]?.ac).toBe(100);
    expect(r.figures.ac).toBe(700);
    expect(r.findings.find((f) => f.kind === 'worklog-before-start')?.details).toEqual(['P-1: 2 h on 2026-10-20, before 2026-11-02']);
  });

  it('no history read (fetch budget spent): time spent and status are assumed on the status date, the issues listed', async () => {
    const r = await run({ ...base, fetchLimit: 0 });
    // AC: the 8 h of time spent, on the status date, at the assignee's (Ann's) rate of 50 = 400.
    expect(r.figures).toMatchObject({ bac: 800, ev: 400, ac: 400 });
    expect(r.series.find((p) => p.date === '2026-11-03')).toMatchObject({ ev: 0, ac: 0 });
    expect(r.findings.find((f) => f.kind === 'history-assumed')?.issueKeys).toEqual(['P-1']);
  });

  it('nothing in scope: zeros, every ratio null with a reason, no throw', async () => {
    const r = await run({ items: [] });
    expect(r.figures).toMatchObject({ bac: 0, pv: 0, ev: 0, ac: 0, spi: null, cpi: null, percentComplete: null });
    expect(reason(r, 'percentComplete')).toMatch(/BAC is 0/);
    expect(r.epics).toEqual([]);
  });

  it('a status date before the project start: no time has passed, no SPI(t), no forecast', async () => {
    const r = await run(base, '2026-10-30');
    expect(r.earnedSchedule).toMatchObject({ at: 0, spit: null, forecastFinish: null });
    expect(reason(r, 'earnedSchedule.spit')).toMatch(/before the project start/);
  });

  it('unestimated work is listed as having no budget', async () => {
    const r = await run({ ...base, items: [...base.items, item('P-4', { originalEstimateSeconds: null })] });
    expect(r.findings.find((f) => f.kind === 'no-budget')?.details).toEqual(['P-4: no original estimate']);
  });

  it('time logged on a parent whose child carries the budget: in AC, earning nothing, flagged with the fix', async () => {
    // Story P-5 (no estimate of its own) is P-1's parent; Bob (default 100) logs 2 h on P-5 on Tue 3.
    // AC = 600 + 200 = 800 while EV stays 400 (P-5's budget is P-1's): CPI 400 / 800 = 0.5 instead of 0.6667.
    const story = item('P-5', { type: 'Story', originalEstimateSeconds: null });
    const r = await run({
      ...base,
      items: [item('P-1', { statusCategory: 'done', status: 'Done', resolutionDate: '2026-11-05', assigneeId: ann, parentKey: 'P-5' }), story],
      worklogs: [...(base.worklogs ?? []), { key: 'P-5', date: '2026-11-03', hours: 2, personId: 'acc-bob' }],
    });
    expect(r.figures).toMatchObject({ bac: 800, ev: 400, ac: 800, cpi: 0.5 });
    const finding = r.findings.find((f) => f.kind === 'time-on-parents');
    expect(finding).toMatchObject({ severity: 'warning', issueKeys: ['P-5'], details: ['P-5: 2 h (200) logged on it; its only child carries its own estimate or time'], count: 1 });
    expect(finding?.effect).toMatch(/^1 parent issue carries 2 h \(200\) of logged time/);
    expect(finding?.effect).toContain('lowers CPI');
    expect(finding?.effect).toContain('move these worklogs there');
    // Logged on the leaf instead: no finding.
    expect(kinds(await run(base))).not.toContain('time-on-parents');
  });
});

describe('getEvm against a stored baseline', () => {
  // Baselined: P-1 at 800 over the week, and P-9, which is no longer in the viewer's scope. P-2 came later.
  const stored = {
    name: 'kickoff',
    createdAt: '2026-10-30T09:00:00.000Z',
    createdBy: 'acc-priya',
    projectStart: '2026-11-02',
    entries: [
      ['P-1', 800, '2026-11-02', '2026-11-06'],
      ['P-9', 500, '2026-11-02', '2026-11-03'],
    ] as [string, number, string, string][],
  };

  it("takes PV and BAC from the baseline's visible entries, lists added work and counts unseen entries", async () => {
    const items = [...base.items, item('P-2', { originalEstimateSeconds: 4 * 3600 })];
    const r = await getEvm(evmPorts({ ...base, items, planned: {}, stored: [stored] }), { asOf: '2026-11-04', baseline: 'kickoff' });
    expect(r.baseline.name).toBe('kickoff');
    expect(r.figures).toMatchObject({ bac: 800, pv: 480, ev: 400 });
    expect(r.findings.find((f) => f.kind === 'not-in-baseline')?.issueKeys).toEqual(['P-2']);
    const unseen = r.findings.find((f) => f.kind === 'baseline-issue-missing');
    expect(unseen?.effect).toMatch(/^1 issue of baseline kickoff is not in your view/);
    expect(JSON.stringify(r)).not.toContain('P-9');
  });

  it('a baseline that does not exist is refused with what to do', async () => {
    await expect(getEvm(evmPorts(base), { asOf: '2026-11-04', baseline: 'nope' })).rejects.toThrow(/no baseline named "nope".*baseline "current"/);
  });
});
