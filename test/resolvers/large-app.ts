/**
 * The app on a generated large site (test/sandbox/demo/large-site.ts), for resolver tests of scale: BIG holds
 * `issues` issues. Like demo-app.ts, but answers are not checked against the OpenAPI specs (that would
 * dominate the run at this size; demo-openapi.test.ts checks the shapes the generator shares with the demo).
 */
import { asTheUiReads } from './as-the-ui-reads';
import type { ResolverResult } from '../../src/contract';
import { largeSnapshot } from '../sandbox/demo/large-site';
import { installForgeRuntime, type ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { createSite } from '../sandbox/site';
import { DEMO_TODAY, pinClock } from './demo-app';

type App = typeof import('../../src/index');

/**
 * Stores the site's settings with `iterations` Monte Carlo iterations for the stored forecast (and the defaults
 * otherwise), before the first call: for a test of a large site that reads no forecast figure (the browser tests'
 * large sites too: at 2,500 issues the default iterations were some 10 s of the test's CPU).
 */
export async function storeForecastIterations(runtime: ForgeRuntime, iterations: number): Promise<void> {
  const { defaultSettings, GLOBAL_SETTINGS_KEY } = { ...(await import('../../src/config/settings')), ...(await import('../../src/adapters/storage/settings-store')) };
  runtime.kvs.set('kvs', GLOBAL_SETTINGS_KEY, { ...defaultSettings, forecast: { ...defaultSettings.forecast, iterations } });
}

/**
 * `forecastIterations`: the Monte Carlo iterations the stored forecast runs (saved as the site's settings before
 * the first call), for a test that reads no forecast figure. The default 4,300 at 8,000 issues was 70 s of CPU.
 */
export function largeApp(issues: number, options: { forecastIterations?: number } = {}) {
  const snapshot = largeSnapshot({ issues, today: DEMO_TODAY });
  const site = createSite(snapshot);
  let started: { runtime: ForgeRuntime; app: App } | undefined;
  const account = (name: string): string => snapshot.users.find((u) => u.displayName.startsWith(name))?.accountId ?? '';

  async function start(): Promise<{ runtime: ForgeRuntime; app: App }> {
    pinClock(DEMO_TODAY);
    const runtime = installForgeRuntime({ site });
    if (options.forecastIterations !== undefined) await storeForecastIterations(runtime, options.forecastIterations);
    started = { runtime, app: await import('../../src/index') };
    started.runtime.queue.register('keel-analysis', started.app.analysisConsumer);
    return started;
  }

  /** The answer exactly as it crosses the wire (JSON text), and its data; throws "CODE: message" on `ok: false`. */
  async function call<T>(functionKey: string, payload: unknown, who = 'Priya'): Promise<{ data: T; bytes: number }> {
    if (!started) throw new Error('largeApp: call start() in beforeAll first');
    const answer = (await started.runtime.invokeResolver(started.app.resolver, { functionKey, payload, accountId: account(who) })) as ResolverResult<T>;
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return { data: asTheUiReads<T>(functionKey, answer.data), bytes: Buffer.byteLength(JSON.stringify(answer)) };
  }

  return { snapshot, site, account, start, call };
}
