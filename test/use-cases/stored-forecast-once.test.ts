/**
 * The stored forecast step simulates only when its inputs changed (issue #11; stored-forecast-once.ts): on the demo
 * site's PAY read as Priya, a second run over the same inputs keeps the stored forecast, an edited estimate
 * simulates again, and a run stopped before its forecast was stored leaves no fingerprint that would keep an old one.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { productRequest } from '../../src/adapters/product-request';
import type { ProductFetch } from '../../src/adapters/product-fetch';
import type { AnalysisKvs } from '../../src/adapters/storage/analysis-store';
import { saveStoredForecast } from '../../src/adapters/storage/stored-forecast';
import { defaultSettings } from '../../src/config/settings';
import type { StoredForecast } from '../../src/contract/forecast';
import { loadScope, type ScopePorts } from '../../src/use-cases/load-scope';
import { storedForecastOnce } from '../../src/use-cases/stored-forecast-once';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { createSite } from '../sandbox/site';

const site = createSite(demoSnapshot({ today: '2026-11-16' }));
const fetch: ProductFetch = async (path, init) =>
  site.handle({
    product: 'jira',
    method: init?.method ?? 'GET',
    path: path.value,
    headers: { 'content-type': 'application/json', ...init?.headers },
    principal: { type: 'user', accountId: DEMO_USERS.priya.accountId },
    ...(init?.body === undefined ? {} : { body: init.body }),
  });
const ports: ScopePorts = { viewerJira: productRequest({ product: 'Jira', fetch }), appJira: null, loadSettings: () => Promise.resolve(defaultSettings) };

function memoryKvs(): AnalysisKvs {
  const values = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => Promise.resolve(void values.set(key, value)),
    delete: (key) => Promise.resolve(void values.delete(key)),
  };
}

const request = { asOf: '2026-11-16', iterations: 200, riskRuns: 2, issueLimit: Number.MAX_SAFE_INTEGER };

describe('the stored forecast, simulated once per inputs', () => {
  it('keeps the stored forecast for the same inputs and simulates again when an estimate changed', async () => {
    const store = memoryKvs();
    const scope = await loadScope(ports, 'PAY');
    const saved: StoredForecast[] = [];
    const save = async (generation: string, forecast: StoredForecast) => {
      saved.push(forecast);
      await saveStoredForecast(store, 'PAY', generation, forecast);
    };
    expect(await storedForecastOnce(store, 'PAY', ports, scope, request, (f) => save('g1', f))).toEqual({ simulated: true });
    expect(await storedForecastOnce(store, 'PAY', ports, scope, request, (f) => save('g2', f))).toEqual({ simulated: false });
    expect(saved[1]).toEqual(saved[0]);
    const edited = { ...scope, items: scope.items.map((item, i) => (i === 3 ? { ...item, originalEstimateSeconds: (item.originalEstimateSeconds ?? 0) + 5 * 28_800 } : item)) };
    expect(await storedForecastOnce(store, 'PAY', ports, edited, request, (f) => save('g3', f))).toEqual({ simulated: true });
    expect(await storedForecastOnce(store, 'PAY', ports, edited, { ...request, iterations: 300 }, (f) => save('g4', f))).toEqual({ simulated: true });
  });

  it('simulates again after a run stopped before its forecast was stored', async () => {
    const store = memoryKvs();
    const scope = await loadScope(ports, 'PAY');
    await storedForecastOnce(store, 'PAY', ports, scope, request, (f) => saveStoredForecast(store, 'PAY', 'g1', f));
    const edited = { ...scope, items: scope.items.map((item, i) => (i === 3 ? { ...item, originalEstimateSeconds: (item.originalEstimateSeconds ?? 0) + 5 * 28_800 } : item)) };
    await expect(storedForecastOnce(store, 'PAY', ports, edited, request, () => Promise.reject(new Error('killed')))).rejects.toThrow('killed');
    // The forecast stored is g1's, of other inputs: it is not kept for the edited ones.
    expect(await storedForecastOnce(store, 'PAY', ports, edited, request, (f) => saveStoredForecast(store, 'PAY', 'g2', f))).toEqual({ simulated: true });
  });
});
