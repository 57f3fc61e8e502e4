/**
 * Issue #11: a stored baseline holds PAY's "Staff only" entries (a security level Aiko is not in; Priya sees every
 * level). No figure Aiko gets from `baselines/list` or from earned value against that baseline may move with
 * them: her totals are Priya's less those entries, her earned value neither counts them as "not in your view"
 * nor starts its S-curve at one of them, while Priya's figures include them.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { BaselineListResult, BaselineSummary, EvmResult } from '../../src/contract';
import { loadBaseline, saveBaseline } from '../../src/adapters/storage/baseline-store';
import { baselineKvs } from '../../src/resolvers/evm-baseline-resolvers';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, call } = demo;
const NAME = 'secured-kickoff';

const list = (who: string) => call<BaselineListResult>('baselines/list', { projectKey: 'PAY' }, who);
const evm = (who: string) => call<EvmResult>('evm/get', { projectKey: 'PAY', baseline: NAME }, who);
const staffOnly = () => new Set(site.state.issues.filter((i) => i.fields.security).map((i) => i.key));

let made: BaselineSummary;
/** The stored baseline's secured entries: key, budget, planned start. */
let secured: { key: string; budget: number; start: string | null }[];

/** A secured sub-task's planned start that starts the whole stored plan: a date only Priya may be told. */
const EARLY = '2026-08-03';

beforeAll(async () => {
  await demo.start();
  if (!site.state.issues.find((i) => i.key === 'PAY-24')?.fields.security) throw new Error('The demo no longer has PAY-24 under "Staff only"');
  made = await call<BaselineSummary>('baselines/create', { projectKey: 'PAY', name: NAME }, 'Priya');
  // As if saved when PAY-24 (secured, under way) was planned to start the whole plan.
  const stored = await loadBaseline(baselineKvs, 'PAY', NAME);
  if (!stored) throw new Error('The baseline was not stored');
  const entries = stored.entries.map((e): typeof e => (e[0] === 'PAY-24' ? [e[0], e[1], EARLY, e[3]] : e));
  await saveBaseline(baselineKvs, 'PAY', { ...stored, projectStart: EARLY, entries });
  const levels = staffOnly();
  secured = entries.filter(([key]) => levels.has(key)).map(([key, budget, from]) => ({ key, budget, start: from }));
});

afterAll(async () => {
  await call('baselines/delete', { projectKey: 'PAY', name: NAME }, 'Priya');
});

describe('baselines/list over secured entries', () => {
  it('the stored baseline holds secured work with a budget (else this test proves nothing)', () => {
    expect(secured.length).toBeGreaterThan(0);
    expect(secured.some((e) => e.budget > 0)).toBe(true);
  });

  it("gives Priya every entry and Aiko only those she may see, with no note", async () => {
    const priya = (await list('Priya')).baselines.find((b) => b.name === NAME);
    const aiko = (await list('Aiko')).baselines.find((b) => b.name === NAME);
    expect(priya).toMatchObject({ issueCount: made.issueCount });
    expect(priya?.bac).toBeCloseTo(made.bac, 2);
    const securedBac = secured.reduce((sum, e) => sum + e.budget, 0);
    expect(aiko).toMatchObject({ issueCount: made.issueCount - secured.length });
    expect(aiko?.bac).toBeCloseTo(made.bac - securedBac, 2);
    expect(aiko?.note).toBeUndefined();
    expect(priya?.note).toBeUndefined();
  });
});

describe('evm/get against a named baseline with secured entries', () => {
  it("counts no secured entry as unseen for Aiko, and Priya's BAC includes them", async () => {
    const priya = await evm('Priya');
    const aiko = await evm('Aiko');
    const securedBac = secured.reduce((sum, e) => sum + e.budget, 0);
    expect(priya.figures.bac).toBeCloseTo(made.bac, 2);
    expect(aiko.figures.bac).toBeCloseTo(made.bac - securedBac, 2);
    expect(aiko.findings.map((f) => f.kind)).not.toContain('baseline-issue-missing');
    expect(aiko.baseline.description).not.toMatch(/not in your view/);
    expect(JSON.stringify(aiko)).not.toMatch(new RegExp(`"(${[...staffOnly()].join('|')})"`));
  });

  it("starts Aiko's S-curve at her own earliest planned start, not at the secured entry that started the baseline", async () => {
    const priya = await evm('Priya');
    const aiko = await evm('Aiko');
    expect(secured.find((e) => e.key === 'PAY-24')?.start).toBe(EARLY);
    expect(priya.projectStart).toBe(EARLY);
    const plan = await call<{ entries: { start: string | null }[] }>('baselines/plan', { projectKey: 'PAY', name: NAME }, 'Aiko');
    const hers = plan.entries.flatMap((e) => (e.start === null ? [] : [e.start])).sort()[0];
    expect(hers).toBeDefined();
    expect(aiko.projectStart).toBe(hers);
    expect(aiko.projectStart > EARLY).toBe(true);
  });
});
