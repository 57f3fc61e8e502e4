/**
 * Waits until the sandbox's Forge queue has no event queued and none a consumer is running: the background work
 * the app queued is done. Unlike a browser's "network idle" (a page polls while that work runs, so its network
 * is seldom idle for long, and idle says nothing of the work), this asks the queue itself. A queue that delivers
 * only on `drain()` is drained; one that delivers by itself is waited on. After `timeoutMs` it rejects naming each
 * event still queued or running (its queue, body and for how long it has run), and a consumer's failure rejects too.
 */
import type { AsyncEvent, QueueEmulator } from './queue-emulator';

const POLL_MS = 50;

/** Resolves with the events drained here once nothing is queued or running; rejects after `timeoutMs` naming them. */
export async function queueSettled(queue: QueueEmulator, options: { timeoutMs: number }): Promise<number> {
  const deadline = performance.now() + options.timeoutMs;
  let drained = 0;
  for (;;) {
    const { queued, running } = queue.unfinished();
    if (queued.length === 0 && running.length === 0) return drained;
    const left = deadline - performance.now();
    if (left <= 0) throw new Error(stillBusy(queue, options.timeoutMs));
    // A drain runs the queued events one after another; a consumer that never ends is named at the deadline.
    const draining = !queue.autoDelivers && queued.length > 0 ? queue.drain() : null;
    const outcome = await Promise.race([
      (draining ?? pause(Math.min(POLL_MS, left))).then((n) => ({ n: n ?? 0 }), (error: unknown) => ({ error })),
      pause(left).then(() => ({ timedOut: true as const })),
    ]);
    if ('error' in outcome) throw outcome.error;
    if ('timedOut' in outcome) throw new Error(stillBusy(queue, options.timeoutMs));
    drained += outcome.n;
  }
}

/** The timeout's words: what is still running (and for how long) and what is still queued. */
function stillBusy(queue: QueueEmulator, timeoutMs: number): string {
  const { queued, running } = queue.unfinished();
  const now = performance.now();
  const each = [
    ...running.map(({ event, startedMs }) => `running for ${seconds(now - startedMs)}: ${named(event)}`),
    ...queued.map((event) => `queued: ${named(event)}`),
  ];
  return `The sandbox's Forge queue was not done after ${seconds(timeoutMs)} (${running.length} running, ${queued.length} queued): ${each.join('; ')}`;
}

const named = (event: AsyncEvent): string => `${event.queueName} ${JSON.stringify(event.body).slice(0, 160)}`;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

const pause = (ms: number): Promise<undefined> => new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
