/**
 * Issue #11: a large project's first answers on a new instance (nothing kept warm), `schedule/get`,
 * `schedule/summary`, `schedule/rows`, the hidden-work banner on every tab (`hidden/get`), the Overview's "What to
 * chase" (`chase/get`) and the Risks tab (`risks/get`), answer a viewer who hides nothing from the views stored with
 * the analysis (schedule-views-store.ts), reading none of the schedule's nodes, links or issues; and they answer
 * exactly what the whole read gives (the same calls with the views taken out of the manifests, as an analysis
 * stored before Keel kept them is read). A viewer who hides something is answered from the whole read: Aiko
 * (outside PAY's "Staff only" level: the schedule without levels), and Priya once an issue of another project the
 * stored schedule holds is gone from Jira (she may not browse it any more). PAY on the demo site (its risks linked
 * to critical work, its links from PLAT and SEC), threshold 100 (cold-reads.ts).
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { RiskRegisterResult } from '../../src/contract';
import { coldReadsOfPay, type Ask } from './cold-reads';

const pay = coldReadsOfPay();
const { call } = pay;

const ASKS: Ask[] = [
  ['schedule/get', { projectKey: 'PAY' }],
  ['schedule/summary', { projectKey: 'PAY' }],
  ['schedule/rows', { projectKey: 'PAY', limit: 100 }],
  ['schedule/rows', { projectKey: 'PAY', offset: 20, limit: 50, sort: 'es', direction: 'ascending', filter: {} }],
  // The banner on every tab of the project page: from the `get` view's findings.
  ['hidden/get', { projectKey: 'PAY' }],
  // The Overview's "What to chase": the `get` view's list.
  ['chase/get', { projectKey: 'PAY' }],
  // The Risks tab (and the risk register macro): the `risks` plan.
  ['risks/get', { projectKey: 'PAY' }],
];
const SUMMARY = 1;
const RISKS = 6;

describe('a large schedule read cold from its views', () => {
  it('answers a viewer who hides nothing from a few storage keys, as the whole read does', async () => {
    expect(pay.manifestOf('PAY')?.views).toBeDefined();
    const cold = await pay.cold(ASKS, 'Priya');
    expect(cold.answers[0]).toMatchObject({ background: { state: 'ready', hiddenIssues: 0 } });
    expect(cold.answers[4]).toMatchObject({ checked: true });
    expect(cold.answers[5]).toMatchObject({ computing: false });
    expect(cold.answers[RISKS]).toMatchObject({ stored: { state: 'ready' } });
    // The plan's risks of each part the view keeps: critical work, a link from outside the project, a cycle.
    const derived = (cold.answers[RISKS] as RiskRegisterResult).derived.map((d) => d.kind);
    expect(derived).toEqual(expect.arrayContaining(['late-critical-work', 'unestimated-critical-work', 'late-outside-predecessor', 'dependency-cycle']));
    const lists = pay.chunkKeys();
    expect(lists.size).toBeGreaterThan(0);
    expect(cold.keys.filter((k) => lists.has(k)), 'no node, link or issue chunk is read').toEqual([]);
    // The manifests, the level record, the status and a chunk or two of views (and, Priya being answered from an
    // outside variant, the project's own `access` view, read to check its outside keys while she is counted:
    // early-outside-check.ts); the summary and the risks read the forecast too.
    for (const [i, calls] of cold.calls.entries()) expect(calls, `storage calls of ${ASKS[i]?.[0] ?? ''}`).toBeLessThanOrEqual(i === SUMMARY || i === RISKS ? 20 : 11);
    // Warm, the views parsed last are not read again.
    await call('schedule/summary', { projectKey: 'PAY' }, 'Priya');
    let warm: unknown;
    const read = await pay.readDuring(async () => (warm = await call('schedule/summary', { projectKey: 'PAY' }, 'Priya')));
    expect(warm).toEqual(cold.answers[SUMMARY]);
    expect(read.filter((k) => k.startsWith('schedule-analysis:') && k.includes(':c:'))).toEqual([]);
    expect(cold.answers).toEqual((await pay.withViews(ASKS, 'Priya')).answers);
  });

  it('answers a viewer who hides issues of the scope from the whole read', async () => {
    const cold = await pay.cold(ASKS, 'Aiko');
    expect(cold.answers[0]).toMatchObject({ background: { state: 'ready' } });
    expect(cold.keys.filter((k) => pay.chunkKeys().has(k)).length, 'the schedule without levels is read whole').toBeGreaterThan(0);
    // Only the schedule her choice names: PAY's own, which she may not be answered from, is not read as well.
    expect(cold.keys.filter((k) => pay.chunkKeys('PAY').has(k))).toEqual([]);
    expect(cold.answers).toEqual((await pay.withViews(ASKS, 'Aiko')).answers);
  });

  it('answers a viewer who may not browse one key outside the project from the whole read', async () => {
    const outside = (await import('../../src/adapters/storage/schedule-views-store')).loadScheduleViews;
    const runtime = pay.runtime();
    const store = { get: (key: string) => Promise.resolve(runtime.kvs.get('kvs', key)?.value), set: () => Promise.resolve(), delete: () => Promise.resolve() };
    const views = await outside(store, 'PAY', pay.manifestOf('PAY')?.views, ['access']);
    const gone = views?.access.outside.find((n) => n.projectKey === 'PLAT')?.key;
    if (gone === undefined) throw new Error('the stored schedule of PAY holds no PLAT issue');
    // Gone from Jira since the analysis was stored: Priya may not browse it now, so it is hidden from her.
    pay.site.state.issues.splice(pay.site.state.issues.findIndex((i) => i.key === gone), 1);
    const cold = await pay.cold(ASKS, 'Priya');
    expect(cold.answers[0]).toMatchObject({ background: { state: 'ready', hiddenIssues: 1 } });
    expect(cold.keys.filter((k) => pay.chunkKeys().has(k)).length, 'the schedule is read whole').toBeGreaterThan(0);
    expect(cold.answers).toEqual((await pay.withViews(ASKS, 'Priya')).answers);
  });
});
