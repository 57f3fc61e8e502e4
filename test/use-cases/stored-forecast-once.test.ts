/**
 * The stored forecast step simulates only when what it simulates changed (issue #11; stored-forecast-once.ts): on
 * the demo site's PAY read as Priya, a second run over the same inputs keeps the stored forecast, an edited estimate
 * of open work simulates again, an edited summary keeps the simulation's figures (its plan is the same) and stores
 * what a full simulation would, and a run stopped before or after its forecast was stored leaves no fingerprint
 * that would keep an old one.
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
import { forecastInputsOfScope, forecastOfInputs } from '../../src/use-cases/get-forecast';
import type { Scope } from '../../src/use-cases/load-scope';
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

/** The scope with one item changed: the first open (to do) item the forecast names, unless `key` is given. */
function edited(scope: Scope, forecast: StoredForecast | undefined, change: (item: Scope['items'][number]) => Scope['items'][number], key?: string): Scope {
  const named = new Set(forecast?.issues.map((i) => i.key));
  const target = key ?? scope.items.find((i) => named.has(i.key) && i.statusCategory === 'todo' && (i.originalEstimateSeconds ?? 0) > 0)?.key;
  if (target === undefined) throw new Error('no open estimated item in the forecast');
  return { ...scope, items: scope.items.map((item) => (item.key === target ? change(item) : item)) };
}
const longer = (item: Scope['items'][number]) => ({ ...item, originalEstimateSeconds: (item.originalEstimateSeconds ?? 0) + 5 * 28_800 });

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
    const longerOne = edited(scope, saved[0], longer);
    expect(await storedForecastOnce(store, 'PAY', ports, longerOne, request, (f) => save('g3', f))).toEqual({ simulated: true });
    expect(await storedForecastOnce(store, 'PAY', ports, longerOne, { ...request, iterations: 300 }, (f) => save('g4', f))).toEqual({ simulated: true });
  });

  it('keeps the figures after an edited summary, and stores what simulating again stores', async () => {
    const store = memoryKvs();
    const scope = await loadScope(ports, 'PAY');
    let last: StoredForecast | undefined;
    const save = async (generation: string, forecast: StoredForecast) => {
      last = forecast;
      await saveStoredForecast(store, 'PAY', generation, forecast);
    };
    await storedForecastOnce(store, 'PAY', ports, scope, request, (f) => save('g1', f));
    const renamed = edited(scope, last, (item) => ({ ...item, summary: 'Renamed <b>by</b> the test' }));
    expect(await storedForecastOnce(store, 'PAY', ports, renamed, request, (f) => save('g2', f))).toEqual({ simulated: false, kept: 'plan' });
    const full = forecastOfInputs(renamed, await forecastInputsOfScope(ports, renamed, request.asOf), request);
    expect(JSON.stringify(last)).toBe(JSON.stringify(full));
    expect(JSON.stringify(last)).toContain('Renamed <b>by</b> the test');
    // The renamed scope's own fingerprint is recorded: a third run keeps the whole answer.
    expect(await storedForecastOnce(store, 'PAY', ports, renamed, request, (f) => save('g3', f))).toEqual({ simulated: false });
  });

  it('simulates again after a run stopped between storing its forecast and its fingerprints', async () => {
    const store = memoryKvs();
    const scope = await loadScope(ports, 'PAY');
    let first: StoredForecast | undefined;
    await storedForecastOnce(store, 'PAY', ports, scope, request, async (f) => {
      first = f;
      await saveStoredForecast(store, 'PAY', 'g1', f);
    });
    const longerOne = edited(scope, first, longer);
    // Stopped once the edited scope's forecast is stored, before its fingerprints are.
    const stopping: AnalysisKvs = { ...store, set: (key, value) => (key.startsWith('forecast-inputs:') ? Promise.reject(new Error('killed')) : store.set(key, value)) };
    await expect(storedForecastOnce(stopping, 'PAY', ports, longerOne, request, (f) => saveStoredForecast(store, 'PAY', 'g2', f))).rejects.toThrow('killed');
    // Back to the first inputs: the forecast stored is the edited scope's, so it is not kept.
    expect(await storedForecastOnce(store, 'PAY', ports, scope, request, (f) => saveStoredForecast(store, 'PAY', 'g3', f))).toEqual({ simulated: true });
  });

  it('simulates again after a run stopped before its forecast was stored', async () => {
    const store = memoryKvs();
    const scope = await loadScope(ports, 'PAY');
    let first: StoredForecast | undefined;
    await storedForecastOnce(store, 'PAY', ports, scope, request, async (f) => {
      first = f;
      await saveStoredForecast(store, 'PAY', 'g1', f);
    });
    const longerOne = edited(scope, first, longer);
    await expect(storedForecastOnce(store, 'PAY', ports, longerOne, request, () => Promise.reject(new Error('killed')))).rejects.toThrow('killed');
    // The forecast stored is g1's, of other inputs: it is not kept for the edited ones.
    expect(await storedForecastOnce(store, 'PAY', ports, longerOne, request, (f) => saveStoredForecast(store, 'PAY', 'g2', f))).toEqual({ simulated: true });
  });
});
