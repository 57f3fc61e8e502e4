/**
 * The app on the demo site, for resolver tests: the sandbox (answers checked against Atlassian's specs), the
 * Forge runtime installed before the app's modules are imported (as Forge loads them), and a typed call as
 * one of the demo's people. The app's clock (src/resolvers/forge-ports.ts reads `Date`) is pinned to the demo's
 * today from start() on, so the figures do not drift as the calendar moves on.
 */
import { asTheUiReads } from './as-the-ui-reads';
import { fakeDate } from '../fake-date';
import type { ResolverResult } from '../../src/contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { installForgeRuntime, type ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import type { ModuleContext } from '../sandbox/forge/module-context';

/** A viewer's Jira locale and time zone in Forge's context (`locale`, `timezone`). */
export interface ViewerSettings {
  locale?: string;
  timezone?: string;
}
import { createSite } from '../sandbox/site';

type App = typeof import('../../src/index');

/** The demo's today: every resolver test sees the site as it is on this day. */
export const DEMO_TODAY = '2026-11-16';

/**
 * Pins `Date` (only `Date`: timers stay real) to `today` at noon UTC; it runs on from there as real time does.
 * A test that sets its own moment (jest.setSystemTime) still may.
 */
export function pinClock(today: string): void {
  fakeDate(`${today}T12:00:00Z`, { advance: true });
}

export function demoApp() {
  const snapshot = demoSnapshot({ today: DEMO_TODAY });
  const site = createSite(snapshot, { validateResponses: true });
  let started: { runtime: ForgeRuntime; app: App } | undefined;

  const account = (name: string): string => snapshot.users.find((u) => u.displayName.startsWith(name))?.accountId ?? '';

  async function start(): Promise<{ runtime: ForgeRuntime; app: App }> {
    pinClock(DEMO_TODAY);
    const runtime = installForgeRuntime({ site });
    started = { runtime, app: await import('../../src/index') };
    return started;
  }

  /**
   * The resolver's data, or an Error "CODE: message" when it answers `ok: false`. `from`: the module calling,
   * with the context Forge gives it (module-context.ts); absent, a context that names no place. Or the viewer's
   * locale and time zone, as Forge's context carries them.
   */
  async function call<T>(functionKey: string, payload: unknown, who: string, from?: ModuleContext | ViewerSettings): Promise<T> {
    if (!started) throw new Error('demoApp: call start() in beforeAll first');
    // The answer crosses the wire as JSON; its shape is the contract's.
    const answer = (await started.runtime.invokeResolver(started.app.resolver, { functionKey, payload, accountId: account(who), ...from })) as ResolverResult<T>;
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return asTheUiReads<T>(functionKey, answer.data);
  }

  return { snapshot, site, account, start, call };
}
