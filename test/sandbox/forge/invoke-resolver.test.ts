import { afterAll, describe, it, jest } from '@jest/globals';
import { expect } from '../../expect';
import { z } from 'zod';
import { echoSite } from './echo-site';
import { scheduledTriggerEvent } from './fire-trigger';
import { installForgeRuntime } from './install-forge-runtime';
import { ForgeTimeoutError } from './invocation-context';
import { invokeResolver } from './invoke-resolver';

const site = echoSite();
const runtime = installForgeRuntime({ site });
const { default: Resolver } = jest.requireActual<typeof import('@forge/resolver')>('@forge/resolver');
const { default: api, route, getAppContext } = jest.requireActual<typeof import('@forge/api')>('@forge/api');

afterAll(() => runtime.uninstall());

const contextSchema = z.object({ accountId: z.string().optional(), extension: z.unknown(), installContext: z.string().optional() });

const resolver = new Resolver()
  .define('whoami', async ({ payload, context }) => {
    const response = await api.asUser().requestJira(route`/rest/api/3/myself`);
    const { accountId, extension, installContext } = contextSchema.parse(context);
    return { payload: z.unknown().parse(payload), accountId, extension, installContext, myself: z.unknown().parse(await response.json()) };
  })
  .define('remaining', () => ({ ms: getAppContext().invocationRemainingTimeInMillis(), moduleKey: getAppContext().moduleKey }))
  .define('slow', () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 1_000)))
  .define('huge', () => ({ blob: 'x'.repeat(5 * 1024 * 1024 + 1) }))
  .define('when', () => ({ at: new Date(0) }));
const handler = resolver.getDefinitions();

describe('invokeResolver with the real @forge/resolver', () => {
  it('calls the resolver as Forge does: payload, context.accountId, extension, installContext, and asUser() as that user', async () => {
    const extension = { type: 'jira:projectPage', project: { id: '10000', key: 'KEEL', type: 'software' } };
    const answer = await invokeResolver(handler, { functionKey: 'whoami', payload: { projectKey: 'KEEL' }, accountId: 'user-alice', extension });
    expect(answer).toEqual({
      payload: { projectKey: 'KEEL' },
      accountId: 'user-alice',
      extension,
      installContext: `ari:cloud:jira::site/${runtime.cloudId}`,
      myself: expect.objectContaining({ principal: { type: 'user', accountId: 'user-alice' } }) as unknown,
    });
  });

  it('keeps concurrent invocations apart', async () => {
    const answers = await Promise.all(
      ['user-a', 'user-b', 'user-c'].map((accountId) => runtime.invokeResolver(handler, { functionKey: 'whoami', accountId })),
    );
    expect(answers.map((a) => (a as { accountId: string }).accountId)).toEqual(['user-a', 'user-b', 'user-c']);
    expect(site.requests.slice(-3).map((r) => r.principal)).toEqual(
      expect.arrayContaining([{ type: 'user', accountId: 'user-a' }, { type: 'user', accountId: 'user-b' }, { type: 'user', accountId: 'user-c' }]),
    );
  });

  it('sends the answer back as JSON, as the bridge does', async () => {
    expect(await invokeResolver(handler, { functionKey: 'when' })).toEqual({ at: '1970-01-01T00:00:00.000Z' });
  });

  it('answers the time left within the limit and the module key', async () => {
    const answer = await invokeResolver(handler, { functionKey: 'remaining', moduleKey: 'keel-project-page' });
    expect(answer).toMatchObject({ moduleKey: 'keel-project-page' });
    expect((answer as { ms: number }).ms).toBeGreaterThan(24_000);
    expect((answer as { ms: number }).ms).toBeLessThanOrEqual(25_000);
  });

  it('rejects past the time limit (Forge: 25 s), here shortened', async () => {
    await expect(invokeResolver(handler, { functionKey: 'slow', timeoutMs: 50 })).rejects.toBeInstanceOf(ForgeTimeoutError);
  });

  it('refuses an answer over about 5 MB', async () => {
    await expect(invokeResolver(handler, { functionKey: 'huge' })).rejects.toThrow(/5 MB/);
  });

  it("rejects an unknown function key with @forge/resolver's own error", async () => {
    await expect(invokeResolver(handler, { functionKey: 'nope' })).rejects.toThrow("Resolver has no definition for 'nope'.");
  });
});

describe('fireTrigger', () => {
  it('calls a scheduled trigger with its event and installContext, as no user', async () => {
    const calls: unknown[] = [];
    await runtime.fireTrigger(
      async (event, context) => {
        calls.push({ event, context });
        await api.asApp().requestJira(route`/rest/api/3/project/search`);
        await expect(api.asUser().requestJira(route`/rest/api/3/myself`)).rejects.toMatchObject({ errorCode: 'NO_USER_CONTEXT' });
      },
      scheduledTriggerEvent('keel-nightly'),
      { moduleKey: 'keel-nightly' },
    );
    expect(calls).toEqual([
      {
        event: { context: { cloudId: runtime.cloudId, moduleKey: 'keel-nightly', userAccess: { enabled: false } }, contextToken: expect.any(String) as unknown },
        context: { installContext: runtime.installContext },
      },
    ]);
  });

  it('rejects a trigger past its time limit', async () => {
    await expect(runtime.fireTrigger(() => new Promise((resolve) => setTimeout(resolve, 1_000)), {}, { timeoutMs: 20 })).rejects.toBeInstanceOf(ForgeTimeoutError);
  });
});
