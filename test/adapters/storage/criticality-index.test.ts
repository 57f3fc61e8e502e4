/**
 * The stored forecast's criticality index (issue #11): its buckets and groups give the forecast's own figures
 * (in the forecast's order, each group's highest as membersCriticality makes it), an index replaced or left by a
 * writer that died is collected, and a forecast whose index is missing, of another text or unreadable is read whole.
 */
import { beforeEach, describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import { criticalityIndexTexts, figureBucketCount } from '../../../src/adapters/storage/criticality-index';
import { criticalityIndexReader } from '../../../src/adapters/storage/criticality-index-reader';
import { deleteCriticalityIndex, loadCriticalityIndexRecord, saveCriticalityIndex } from '../../../src/adapters/storage/criticality-index-store';
import type { StoredViews } from '../../../src/adapters/storage/schedule-views-store';
import { saveStoredForecast } from '../../../src/adapters/storage/stored-forecast';
import { forgetWarmAnswers } from '../../../src/adapters/storage/warm-answers';
import type { StoredForecast } from '../../../src/contract/forecast';
import { membersCriticality } from '../../../src/use-cases/schedule-views/answers-from-views';
import { loadCriticalityFigures, wholeFigures } from '../../../src/use-cases/stored-criticality-figures';

function mapStore(): { store: AnalysisKvs; values: Map<string, unknown>; reads: string[] } {
  const values = new Map<string, unknown>();
  const reads: string[] = [];
  const store: AnalysisKvs = {
    get: (key) => (reads.push(key), Promise.resolve(values.get(key))),
    set: (key, value) => Promise.resolve(void values.set(key, value)),
    delete: (key) => Promise.resolve(void values.delete(key)),
  };
  return { store, values, reads };
}

/** A stored forecast of `n` issues PAY-1.., most critical first as a forecast lists them, and two risks. */
function forecastOf(n: number, shift = 0): StoredForecast {
  const issues = Array.from({ length: n }, (_, i) => ({ key: `PAY-${i + 1}`, summary: `Issue ${i + 1}`, criticality: Math.round(((n - i) / n) * 1000) / 1000, cruciality: ((i + shift) % 7) / 10 - 0.3, basis: 'calibrated' as const }));
  const risks = [
    { key: 'PAY-9001', summary: 'Risk', category: null, probability: 0.2, impactDays: 5, issueKeys: ['PAY-1'], struckShare: 0.2, daysAddedAtP80: 3 },
    { key: 'PAY-9002', summary: 'Risk', category: null, probability: 0.1, impactDays: 2, issueKeys: [], struckShare: 0.1, daysAddedAtP80: null },
  ];
  const day = '2027-01-04';
  return {
    project: { key: 'PAY', name: 'Payments' },
    scopeJql: 'project = PAY',
    asOf: '2026-11-16',
    projectStart: '2026-11-16',
    iterations: 2000,
    seed: 1,
    percentiles: { p10: day, p50: day, p80: day, p90: day },
    p80Range: { from: day, to: day },
    meanDate: day,
    meanDays: 30,
    cpmFinishDate: day,
    cpmLikelihood: 0.5,
    target: null,
    samplingError: 0.01,
    histogram: [],
    issues,
    issueCount: n,
    risks,
    basis: { counts: { fixed: 0, threePoint: 0, calibrated: n, defaultSpread: 0 }, calibration: { issueCount: 0, groups: [] }, spread: { optimistic: 0.8, pessimistic: 1.5 }, risksSimulated: 2, threePointMapped: false },
    findings: [],
    curve: [],
  };
}

/** Epics of 40 issues, PAY-10001.. done and not drawn, and a group with a key another project holds. */
function membersOf(n: number): StoredViews['members'] {
  const members: StoredViews['members'] = [];
  for (let start = 1; start <= n; start += 40) {
    const numbers = Array.from({ length: Math.min(40, n - start + 1) }, (_, i) => start + i);
    members.push({ group: `PAY-E${start}`, byProject: { PAY: [...numbers, 10000 + start] }, other: [] });
  }
  members.push({ group: '(none)', byProject: {}, other: ['PLAT-7', 'PAY-007'] });
  return members;
}

beforeEach(() => forgetWarmAnswers());

describe('the index of a forecast', () => {
  it('makes a power of two of buckets, about 2,000 issues each', () => {
    expect([1, 2000, 2001, 10_000, 50_000].map(figureBucketCount)).toEqual([1, 1, 2, 8, 32]);
  });

  it('refuses a forecast that names a key twice', () => {
    const forecast = forecastOf(3);
    expect(criticalityIndexTexts({ ...forecast, issues: [...forecast.issues, forecast.issues[0] as never] }, null)).toBeNull();
  });

  it("gives each key's figures in the forecast's order, and each group's highest as membersCriticality does", async () => {
    const { store, reads } = mapStore();
    const forecast = forecastOf(5000);
    const members = membersOf(5000);
    const texts = criticalityIndexTexts(forecast, members);
    if (texts === null) throw new Error('no index');
    await saveCriticalityIndex(store, 'PAY', { answer: 'h1', iterations: 2000, samplingError: 0.01, texts });
    const record = await loadCriticalityIndexRecord(store, 'PAY');
    if (record === null) throw new Error('no record');
    expect(record.buckets.length).toBe(4);
    const reader = criticalityIndexReader(store, 'PAY', record);
    const whole = wholeFigures(forecast);
    const keys = ['PAY-4000', 'PAY-9002', 'PAY-3', 'PAY-77777', 'PAY-9001', 'PAY-1'];
    reads.length = 0;
    expect(await reader.placed(keys)).toMatchObject(await whole.among(keys));
    expect(reads.length, 'a bucket a key at most').toBeLessThanOrEqual(4);
    const epic = members[3];
    if (epic === undefined) throw new Error('no epic');
    const epicKeys = [...(epic.byProject.PAY ?? []).map((n) => `PAY-${n}`), 'PAY-4999'];
    // A new instance: the first reader kept what it read.
    forgetWarmAnswers();
    reads.length = 0;
    expect(await criticalityIndexReader(store, 'PAY', record).figures(epicKeys, [epic.group])).toEqual(await whole.of(epicKeys));
    expect(reads.filter((k) => /:b\d+:/.test(k)).length, "the one key outside the epic's group from its bucket").toBe(1);
    expect(await reader.highest(members)).toEqual(membersCriticality(members, await whole.of(members.flatMap((m) => [...(m.byProject.PAY ?? []).map((n) => `PAY-${n}`), ...m.other]))));
    expect(await reader.highest(membersOf(4000)), 'made over other members').toBeUndefined();
  });

  it("gives every figure in the forecast's order from every bucket, and null when a bucket is gone", async () => {
    const { store, values, reads } = mapStore();
    // Shuffled, so the forecast's order is not the keys' order.
    const forecast = forecastOf(5000);
    const shuffled = { ...forecast, issues: [...forecast.issues].sort((x, y) => ((Number(x.key.slice(4)) * 7919) % 5003) - ((Number(y.key.slice(4)) * 7919) % 5003)) };
    const texts = criticalityIndexTexts(shuffled, null);
    if (texts === null) throw new Error('no index');
    await saveCriticalityIndex(store, 'PAY', { answer: 'h1', iterations: 2000, samplingError: 0.01, texts });
    const record = await loadCriticalityIndexRecord(store, 'PAY');
    if (record === null) throw new Error('no record');
    forgetWarmAnswers();
    reads.length = 0;
    const every = await criticalityIndexReader(store, 'PAY', record).every();
    expect(every).toMatchObject(await wholeFigures(shuffled).every());
    expect(every?.issues.map((i) => i.key)).toEqual(shuffled.issues.map((i) => i.key));
    expect(every?.risks.length).toBe(shuffled.risks.length);
    expect(reads.filter((k) => /:b\d+:/.test(k)).length, 'each bucket once').toBe(record.buckets.reduce((n, c) => n + c, 0));
    forgetWarmAnswers();
    for (const key of [...values.keys()].filter((k) => /:b1:\d+$/.test(k))) values.delete(key);
    expect(await criticalityIndexReader(store, 'PAY', record).every()).toBeNull();
  });
});

describe('an index stored with its forecast', () => {
  it('is replaced with the forecast, the replaced chunks and a dead writer’s deleted', async () => {
    const { store, values } = mapStore();
    const indexChunks = () => [...values.keys()].filter((k) => /^forecast-index:PAY:[^:]+:[^:]+:\d+$/.test(k));
    await saveStoredForecast(store, 'PAY', 'g1', forecastOf(3000) );
    const first = (await loadCriticalityIndexRecord(store, 'PAY'))?.id;
    const before = indexChunks();
    expect(before.length).toBeGreaterThan(1);
    // A writer that died after writing chunks of another index, before its record.
    values.set('forecast-index:PAY:pending', { ...(values.get('forecast-index:PAY') as object), id: 'dead' });
    values.set('forecast-index:PAY:dead:b0:0', '{}');
    await saveStoredForecast(store, 'PAY', 'g2', forecastOf(3000, 1) );
    const second = (await loadCriticalityIndexRecord(store, 'PAY'))?.id;
    expect(second).not.toBe(first);
    expect(indexChunks().every((k) => k.startsWith(`forecast-index:PAY:${second ?? ''}:`))).toBe(true);
    expect(values.has('forecast-index:PAY:pending')).toBe(false);
    await deleteCriticalityIndex(store, 'PAY');
    expect([...values.keys()].filter((k) => k.startsWith('forecast-index:'))).toEqual([]);
  });

  it('answers from the whole forecast when the index is of another text, none, or unreadable', async () => {
    const { store, values, reads } = mapStore();
    const forecast = forecastOf(3000) ;
    await saveStoredForecast(store, 'PAY', 'g1', forecast);
    const keys = ['PAY-2', 'PAY-2999', 'PAY-9001'];
    const expected = await wholeFigures(forecast).among(keys);
    const forecastChunks = () => reads.filter((k) => /^stored-answer:forecast:PAY:[^:]+:\d+$/.test(k));
    const read = async () => {
      forgetWarmAnswers();
      reads.length = 0;
      return (await loadCriticalityFigures(store, 'PAY'))?.value.among(keys);
    };
    expect(await read()).toEqual(expected);
    expect(forecastChunks()).toEqual([]);
    const record = values.get('forecast-index:PAY') as { answer: string };
    values.set('forecast-index:PAY', { ...record, answer: 'another' });
    expect(await read()).toEqual(expected);
    expect(forecastChunks().length).toBeGreaterThan(0);
    values.set('forecast-index:PAY', record);
    for (const key of [...values.keys()].filter((k) => /^forecast-index:PAY:[^:]+:b\d+:\d+$/.test(k))) values.delete(key);
    expect(await read(), 'its buckets gone').toEqual(expected);
    values.delete('forecast-index:PAY');
    expect(await read(), 'stored before the index').toEqual(expected);
  });
});
