import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { QueueEmulator, type ConsumerHandler } from './queue-emulator';
import { queueSettled } from './queue-settled';

/** An emulator whose consumers run as plain calls, and a push as @forge/events POSTs it. */
function emulator(autoDeliver: boolean): { queue: QueueEmulator; push: (queueName: string, body: Record<string, unknown>) => void } {
  const queue = new QueueEmulator({ autoDeliver, delayScale: 0, run: async (handler, event) => await handler(event, {}) });
  const push = (queueName: string, body: Record<string, unknown>) => {
    const answer = queue.handle('/webhook/queue/publish/x', { body: JSON.stringify({ queueName, jobId: `job-${queueName}-${JSON.stringify(body)}`, payload: [{ body }] }) });
    expect(answer.status, 'the push is accepted').toBe(201);
  };
  return { queue, push };
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('queueSettled: the sandbox queue has nothing queued or running', () => {
  it('drains a queue that delivers only on drain, events the consumers push included', async () => {
    const { queue, push } = emulator(false);
    const seen: unknown[] = [];
    const consumer: ConsumerHandler = async (event) => {
      await later(5);
      seen.push(event.body['step']);
      if (event.body['step'] === 'levelling') push('keel-analysis', { step: 'forecast' });
    };
    queue.register('keel-analysis', consumer);
    push('keel-analysis', { step: 'levelling' });
    expect(await queueSettled(queue, { timeoutMs: 5000 }), 'events delivered').toBe(2);
    expect(seen, 'what the consumer ran, in order').toEqual(['levelling', 'forecast']);
    expect(queue.unfinished(), 'nothing left').toEqual({ queued: [], running: [] });
  });

  it('waits for the consumers a self-delivering queue is running', async () => {
    const { queue, push } = emulator(true);
    let done = false;
    queue.register('keel-analysis', async () => {
      await later(100);
      done = true;
    });
    push('keel-analysis', { step: 'levelling' });
    await later(10);
    expect(queue.unfinished().running, 'the consumer runs by itself').toHaveLength(1);
    await queueSettled(queue, { timeoutMs: 5000 });
    expect(done, 'the consumer finished before the wait ended').toBe(true);
  });

  it('resolves at once when nothing was queued', async () => {
    const { queue } = emulator(false);
    expect(await queueSettled(queue, { timeoutMs: 10 })).toBe(0);
  });

  it('rejects at its timeout naming what still runs and what is still queued', async () => {
    const { queue, push } = emulator(false);
    queue.register('keel-analysis', () => new Promise(() => undefined));
    push('keel-analysis', { kind: 'forecast', projectKey: 'BIG' });
    push('keel-analysis', { kind: 'levelling', projectKey: 'BIG' });
    const settled = queueSettled(queue, { timeoutMs: 200 });
    await expect(settled).rejects.toThrow(
      /not done after 0\.2 s \(1 running, 1 queued\): running for 0\.\d s: keel-analysis \{"kind":"forecast","projectKey":"BIG"\}; queued: keel-analysis \{"kind":"levelling","projectKey":"BIG"\}$/,
    );
  });

  it('rejects with the consumer failure a drain met', async () => {
    const { queue, push } = emulator(false);
    queue.register('keel-analysis', () => Promise.reject(new Error('boom')));
    push('keel-analysis', {});
    await expect(queueSettled(queue, { timeoutMs: 5000 })).rejects.toThrow(/1 of 1 queued events failed/);
  });
});
