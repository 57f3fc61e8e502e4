/**
 * Issue #11: the views' criticality from the stored forecast's criticality index (criticality-index.ts). On a new
 * instance, an epic's `schedule/detail` and the issue panel's `forecast/issue` read none of the whole forecast's
 * chunks, only its index; `schedule/summary`, `schedule/rows` sorted by criticality and `forecast/criticality` of a
 * page of keys (issues and risks) answer exactly what the whole forecast gives (the same calls with the index
 * records taken out, as a forecast stored before Keel kept an index is read), for Priya (who hides nothing) and
 * for Aiko (outside "Staff only" and PLAT: the forecast without levels, figures of her own issues only). Every index
 * chunk in storage is one its record names: a replaced index's are collected. PAY on the demo site (cold-reads.ts).
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastCriticality, ScheduleSummaryResult } from '../../src/contract';
import { coldReadsOfPay, type Ask } from './cold-reads';
import { forecastChunk, indexRecords, withoutIndex } from './without-criticality-index';

const pay = coldReadsOfPay();
const { call } = pay;

/** An epic of PAY with issues, the most critical issues and the risks the forecast names, as `who` sees them. */
async function asksOf(who: string): Promise<Ask[]> {
  const summary = await call<ScheduleSummaryResult>('schedule/summary', { projectKey: 'PAY' }, who);
  const epic = summary.groups.filter((g) => g.key !== '(none)' && g.criticality !== null).sort((x, y) => y.issueCount - x.issueCount)[0]?.key;
  if (epic === undefined) throw new Error(`no epic of PAY with figures for ${who}`);
  const all = await call<ForecastCriticality>('forecast/criticality', { projectKey: 'PAY' }, who);
  const issue = all.issues[0]?.key;
  if (issue === undefined) throw new Error(`no figure for ${who}`);
  // Keys of issues, of risks, of a done issue or two and of an issue nobody has: each answered as the whole forecast does.
  const keys = [...all.issues.slice(0, 30).map((i) => i.key).reverse(), ...all.risks.map((r) => r.key), 'PAY-1', 'PAY-2', 'PAY-99999', 'PAY-148'];
  return [
    ['schedule/detail', { projectKey: 'PAY', filter: { epic } }],
    ['forecast/issue', { issueKey: issue }],
    ['schedule/summary', { projectKey: 'PAY' }],
    ['schedule/rows', { projectKey: 'PAY', sort: 'criticality', direction: 'descending', limit: 40 }],
    ['forecast/criticality', { projectKey: 'PAY', keys }],
    ['schedule/detail', { projectKey: 'PAY', filter: { epic: '(none)' } }],
  ];
}

describe("the views' criticality from the stored forecast's index", () => {
  it.each(['Priya', 'Aiko'])("answers %s what the whole forecast gives; an epic's detail and forecast/issue read no forecast chunk", async (who) => {
    const asks = await asksOf(who);
    const cold = await pay.cold(asks, who);
    const whole = await withoutIndex(pay, asks, who);
    expect(cold.answers, 'from the index = from the whole forecast').toEqual(whole.answers);
    expect(whole.keysEach[0]?.filter(forecastChunk).length, 'without the index the detail reads the forecast').toBeGreaterThan(0);
    for (const i of [0, 1]) {
      expect(cold.keysEach[i]?.filter(forecastChunk), `${asks[i]?.[0] ?? ''} reads no chunk of the whole forecast`).toEqual([]);
      expect(cold.keysEach[i]?.some((k) => /^forecast-index:[^:]+:[^:]+:[bp]\d+:\d+$/.test(k)), 'it reads the index').toBe(true);
    }
    // The detail shows figures: the test would pass on no figure at all otherwise.
    expect((cold.answers[0] as { criticality: unknown[] }).criticality.length).toBeGreaterThan(0);
    expect((cold.answers[1] as { criticality: unknown }).criticality).not.toBeNull();
    expect((cold.answers[4] as ForecastCriticality).risks.length + (cold.answers[4] as ForecastCriticality).issues.length).toBeGreaterThan(10);
    // Warm, the same answers.
    for (const [i, [functionKey, payload]] of asks.entries()) expect(await call(functionKey, payload, who), `${functionKey} warm`).toEqual(cold.answers[i]);
  }, 240_000);

  it('keeps in storage only the chunks the index records name', () => {
    const kvs = pay.runtime().kvs;
    const ids = new Map(indexRecords(pay.runtime()).map((key) => [key, (kvs.get('kvs', key)?.value as { id: string }).id]));
    const chunks = kvs.keys('kvs').filter((k) => /^forecast-index:[^:]+:[^:]+:[^:]+:\d+$/.test(k));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const [, analysis = '', id] = chunk.split(':');
      expect(ids.get(`forecast-index:${analysis}`), chunk).toBe(id);
    }
    expect(kvs.keys('kvs').filter((k) => k.startsWith('forecast-index:') && k.endsWith(':pending'))).toEqual([]);
  });
});
