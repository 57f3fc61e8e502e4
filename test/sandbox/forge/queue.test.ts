import { afterAll, describe, it, jest } from '@jest/globals';
import { expect } from '../../expect';
import { echoSite } from './echo-site';
import { installForgeRuntime } from './install-forge-runtime';
import type { AsyncEvent } from './queue-emulator';

const site = echoSite();
const runtime = installForgeRuntime({ site });
const { Queue, TooManyEventsError, PayloadTooBigError } = jest.requireActual<typeof import('@forge/events')>('@forge/events');
const { default: api, route, getAppContext } = jest.requireActual<typeof import('@forge/api')>('@forge/api');

afterAll(() => runtime.uninstall());

describe('the queue emulation with the real @forge/events', () => {
  it('delivers a pushed event to its consumer with Forge AsyncEvent shape, as an app invocation', async () => {
    const received: Array<{ event: AsyncEvent; context: Record<string, unknown>; moduleKey: string }> = [];
    const { jobId } = await new Queue({ key: 'recompute' }).push({ body: { projectKey: 'KEEL' }, delayInSeconds: 2 });
    expect(runtime.queue.pending('recompute')).toHaveLength(1);

    const delivered = await runtime.queue.drain({
      recompute: async (event, context) => {
        received.push({ event, context, moduleKey: getAppContext().moduleKey });
        await api.asApp().requestJira(route`/rest/api/3/project/${'KEEL'}`);
      },
    });

    expect(delivered).toBe(1);
    expect(received).toEqual([
      {
        event: { body: { projectKey: 'KEEL' }, delayInSeconds: 2, queueName: 'recompute', jobId, eventId: expect.any(String) as unknown },
        context: { installContext: runtime.installContext },
        moduleKey: 'consumer-recompute',
      },
    ]);
    expect(site.requests.at(-1)?.principal).toEqual({ type: 'app' });
    expect(await new Queue({ key: 'recompute' }).getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  it('drains events that consumers push in turn', async () => {
    const seen: unknown[] = [];
    await new Queue({ key: 'fanout' }).push([{ body: { level: 0 } }]);
    const delivered = await runtime.queue.drain({
      fanout: async (event) => {
        seen.push(event.body.level);
        if (event.body.level === 0) await new Queue({ key: 'fanout' }).push([{ body: { level: 1 } }, { body: { level: 1 } }]);
      },
    });
    expect([delivered, seen]).toEqual([3, [0, 1, 1]]);
  });

  it('rejects the drain when a consumer throws, and counts the failure', async () => {
    const { jobId } = await new Queue({ key: 'recompute' }).push({ body: {} });
    await expect(runtime.queue.drain({ recompute: () => Promise.reject(new Error('boom')) })).rejects.toThrow(/1 of 1 queued events failed/);
    expect(await new Queue({ key: 'recompute' }).getStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  it('enforces 50 events and 200 KB a push, in the package and in the emulated endpoint', async () => {
    const queue = new Queue({ key: 'recompute' });
    await expect(queue.push(Array.from({ length: 51 }, () => ({ body: {} })))).rejects.toBeInstanceOf(TooManyEventsError);
    await expect(queue.push({ body: { blob: 'x'.repeat(205 * 1024) } })).rejects.toBeInstanceOf(PayloadTooBigError);
    await expect(queue.push(Array.from({ length: 50 }, () => ({ body: {} })))).resolves.toHaveProperty('jobId');
    expect(await runtime.queue.drain({ recompute: () => undefined })).toBe(50);

    const publish = (payload: unknown[]): Promise<Response> =>
      runtime.fetch({ type: 'fpp', provider: 'app', remote: 'stargate' }, '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}', {
        method: 'POST',
        body: JSON.stringify({ queueName: 'recompute', jobId: 'direct', payload }),
      });
    expect((await publish(Array.from({ length: 51 }, () => ({ body: {} })))).status).toBe(400);
    expect((await publish([{ body: { blob: 'x'.repeat(205 * 1024) } }])).status).toBe(413);
  });

  it('delivers by itself with autoDeliver', async () => {
    const auto = installForgeRuntime({ site, autoDeliverQueue: true, queueDelayScale: 0 });
    try {
      const bodies = new Promise<unknown>((resolve) => auto.queue.register('recompute', (event) => resolve(event.body)));
      await new Queue({ key: 'recompute' }).push({ body: { auto: true }, delayInSeconds: 30 });
      expect(await bodies).toEqual({ auto: true });
    } finally {
      runtime.activate();
    }
  });
});
