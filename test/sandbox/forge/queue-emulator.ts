/**
 * Forge async events in the sandbox. `new Queue({ key }).push(...)` from @forge/events POSTs to
 * `/webhook/queue/publish/{contextAri}/...` (placeholders left for the proxy to fill); this answers 201 like
 * Forge, keeps the events, and delivers each to the consumer registered for its queue with Forge's AsyncEvent
 * shape `{ body, delayInSeconds?, concurrency?, queueName, jobId, eventId, retryContext? }`, either on
 * `drain()` or, with `autoDeliver`, after the event's `delayInSeconds` (scaled by `delayScale`). `unfinished()` says
 * what is still queued or running (queue-settled.ts waits for none).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export const MAX_EVENTS_PER_PUSH = 50;
export const MAX_PUSH_KB = 200;

const pushSchema = z.object({
  queueName: z.string().regex(/^[a-zA-Z0-9-_]+$/),
  jobId: z.string().min(1),
  payload: z.array(
    z.object({
      body: z.record(z.string(), z.unknown()),
      delayInSeconds: z.number().min(0).max(900).optional(),
      concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
    }),
  ),
});
const jobSchema = z.object({ queueName: z.string(), jobId: z.string() });

export interface AsyncEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
  queueName: string;
  jobId: string;
  eventId: string;
  retryContext?: { retryCount: number; retryReason: string; retryData: unknown };
}

/** A consumer function as the manifest's `consumer` module names it: `(event, context)`. */
export type ConsumerHandler = (event: AsyncEvent, context: Record<string, unknown>) => unknown;

/** Runs one consumer invocation inside the runtime's invocation context (installed by the runtime). */
export type RunConsumer = (handler: ConsumerHandler, event: AsyncEvent) => Promise<unknown>;

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

export interface QueueEmulatorOptions {
  run: RunConsumer;
  autoDeliver?: boolean;
  /** Multiplies `delayInSeconds` in auto delivery; 0 delivers at once. Default 1. */
  delayScale?: number;
}

export class QueueEmulator {
  private readonly consumers = new Map<string, ConsumerHandler>();
  private readonly pendingEvents: AsyncEvent[] = [];
  private readonly jobs = new Map<string, JobStats>();
  /** Each event a consumer is running, with when it started (performance.now()). */
  private readonly runningEvents = new Map<AsyncEvent, number>();
  /** Every event pushed, in order, for tests. */
  readonly pushed: AsyncEvent[] = [];
  /** Consumer failures in auto delivery (drain rejects instead). */
  readonly failures: Array<{ event: AsyncEvent; error: unknown }> = [];

  constructor(private readonly options: QueueEmulatorOptions) {}

  register(queueName: string, handler: ConsumerHandler): void {
    this.consumers.set(queueName, handler);
  }

  pending(queueName?: string): readonly AsyncEvent[] {
    return this.pendingEvents.filter((event) => queueName === undefined || event.queueName === queueName);
  }

  /** Whether events are delivered by themselves (`autoDeliver`), not only by `drain()`. */
  get autoDelivers(): boolean {
    return this.options.autoDeliver === true;
  }

  /** What is not done: the events waiting for delivery, and those a consumer is running with when each started. */
  unfinished(): { queued: readonly AsyncEvent[]; running: readonly { event: AsyncEvent; startedMs: number }[] } {
    return { queued: [...this.pendingEvents], running: [...this.runningEvents].map(([event, startedMs]) => ({ event, startedMs })) };
  }

  /**
   * Delivers pending events (including those the consumers push) until none is left but those `hold` keeps
   * pending (as events a busy queue has not delivered yet); rejects if any consumer threw.
   */
  async drain(consumers: Record<string, ConsumerHandler> = {}, hold: (event: AsyncEvent) => boolean = () => false): Promise<number> {
    const errors: unknown[] = [];
    let delivered = 0;
    const next = () => {
      const index = this.pendingEvents.findIndex((event) => !hold(event));
      return index < 0 ? undefined : this.pendingEvents.splice(index, 1)[0];
    };
    for (let event = next(); event !== undefined; event = next()) {
      const outcome = await this.deliver(event, consumers[event.queueName]);
      delivered += 1;
      if (outcome !== undefined) errors.push(outcome.error);
    }
    if (errors.length > 0) throw new AggregateError(errors, `${errors.length} of ${delivered} queued events failed in their consumer`);
    return delivered;
  }

  /** Answers the publish, stats and cancel calls @forge/events makes. */
  handle(path: string, init: RequestInit | undefined): Response {
    const body: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : 'null');
    if (path.startsWith('/webhook/queue/publish/')) return this.publish(body);
    const job = jobSchema.safeParse(body);
    const stats = job.success ? this.jobs.get(job.data.jobId) : undefined;
    if (stats === undefined) return Response.json({ message: 'Job not found' }, { status: 404 });
    if (path.startsWith('/webhook/queue/stats/')) return Response.json(stats);
    if (path.startsWith('/webhook/queue/cancel/') && job.success) {
      const removed = this.pendingEvents.filter((event) => event.jobId === job.data.jobId);
      removed.forEach((event) => this.pendingEvents.splice(this.pendingEvents.indexOf(event), 1));
      stats.inProgress -= removed.length;
      return new Response(null, { status: 204 });
    }
    return Response.json({ message: `The sandbox has no queue endpoint ${path}` }, { status: 404 });
  }

  private publish(body: unknown): Response {
    const parsed = pushSchema.safeParse(body);
    if (!parsed.success) return Response.json({ message: z.prettifyError(parsed.error) }, { status: 400 });
    const { queueName, jobId, payload } = parsed.data;
    if (payload.length === 0 || payload.length > MAX_EVENTS_PER_PUSH) {
      return Response.json({ message: `A push carries 1 to ${MAX_EVENTS_PER_PUSH} events, not ${payload.length}.` }, { status: 400 });
    }
    if (Buffer.byteLength(JSON.stringify(payload)) / 1024 > MAX_PUSH_KB) {
      return Response.json({ errorMessage: `The maximum payload size is ${MAX_PUSH_KB}KB.` }, { status: 413 });
    }
    this.jobs.set(jobId, { success: 0, inProgress: payload.length, failed: 0 });
    for (const event of payload) {
      const asyncEvent: AsyncEvent = { ...event, queueName, jobId, eventId: randomUUID() };
      this.pushed.push(asyncEvent);
      this.pendingEvents.push(asyncEvent);
      if (this.options.autoDeliver) this.schedule(asyncEvent);
    }
    return Response.json({}, { status: 201 });
  }

  private schedule(event: AsyncEvent): void {
    const delayMs = (event.delayInSeconds ?? 0) * 1000 * (this.options.delayScale ?? 1);
    setTimeout(() => {
      const index = this.pendingEvents.indexOf(event);
      if (index < 0) return; // already drained or cancelled
      this.pendingEvents.splice(index, 1);
      void this.deliver(event, undefined).then((failure) => {
        if (failure === undefined) return;
        this.failures.push(failure);
        console.error(`[sandbox queue] consumer for ${event.queueName} failed`, failure.error);
      });
    }, delayMs).unref();
  }

  private async deliver(event: AsyncEvent, override: ConsumerHandler | undefined): Promise<{ event: AsyncEvent; error: unknown } | undefined> {
    const stats = this.jobs.get(event.jobId);
    const handler = override ?? this.consumers.get(event.queueName);
    this.runningEvents.set(event, performance.now());
    try {
      if (handler === undefined) throw new Error(`No consumer registered for queue '${event.queueName}'`);
      await this.options.run(handler, event);
      if (stats) stats.success += 1;
      return undefined;
    } catch (error) {
      if (stats) stats.failed += 1;
      return { event, error };
    } finally {
      this.runningEvents.delete(event);
      if (stats) stats.inProgress -= 1;
    }
  }
}
