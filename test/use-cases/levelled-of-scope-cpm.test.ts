/**
 * Issue #11, refresh CPU: the consumer's levelling takes the critical path `scheduleOfScope` computed for the same
 * scope (get-levelled.ts, `cpm`) instead of reading the linked issues outside it and computing the path again, and
 * gives exactly what computing both again gives: over PAY of the demo site read as Priya, with every issue, and
 * without those under a level and the secured work outside (the consumer's variant), by the priority rule and by
 * the search. The reuse reads Jira once (the schedule's read), not twice.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { productRequest } from '../../src/adapters/product-request';
import type { ProductFetch } from '../../src/adapters/product-fetch';
import { defaultSettings } from '../../src/config/settings';
import { levelledOfScope, type CpmRun } from '../../src/use-cases/get-levelled';
import { scheduleOfScope } from '../../src/use-cases/get-schedule';
import { loadScope, type Scope, type ScopePorts } from '../../src/use-cases/load-scope';
import { itemsWithoutLevels } from '../../src/use-cases/without-levels';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { createSite } from '../sandbox/site';

const site = createSite(demoSnapshot({ today: '2026-11-16' }));
let requests = 0;
const fetch: ProductFetch = async (path, init) => {
  requests++;
  return site.handle({
    product: 'jira',
    method: init?.method ?? 'GET',
    path: path.value,
    headers: { 'content-type': 'application/json', ...init?.headers },
    principal: { type: 'user', accountId: DEMO_USERS.priya.accountId },
    ...(init?.body === undefined ? {} : { body: init.body }),
  });
};
const ports: ScopePorts = { viewerJira: productRequest({ product: 'Jira', fetch }), appJira: null, loadSettings: () => Promise.resolve(defaultSettings) };
const asOf = '2026-11-16';

async function pathOf(scope: Scope): Promise<CpmRun> {
  let run: CpmRun | undefined;
  await scheduleOfScope(ports, scope, asOf, { path: (r) => (run = r) });
  if (run === undefined) throw new Error('no critical path heard');
  return run;
}

describe('the levelling of a scope whose critical path is computed already', () => {
  it('is the levelling computed from nothing, with every issue and without those under a level', async () => {
    const scope = await loadScope(ports, 'PAY');
    const levelOf = new Map(site.state.issues.flatMap((i) => (i.fields.security ? [[i.key, 'secured'] as const] : [])));
    expect(scope.items.some((i) => levelOf.has(i.key)), 'PAY uses a level').toBe(true);
    const variant: Scope = { ...scope, items: itemsWithoutLevels(scope.items, levelOf), dropSecuredOutside: true };
    for (const s of [scope, variant]) {
      for (const options of [{ method: 'priority' as const }, { method: 'search' as const }]) {
        const cpm = await pathOf(s);
        const before = requests;
        const reused = await levelledOfScope(ports, s, asOf, options, cpm);
        expect(requests, 'Jira requests with the path given').toBe(before);
        const fresh = await levelledOfScope(ports, s, asOf, options);
        expect(requests, 'Jira requests computing it again').toBeGreaterThan(before);
        expect(reused).toEqual(fresh);
        expect(Object.keys(reused.issues).length).toBeGreaterThan(10);
      }
    }
  });
});
