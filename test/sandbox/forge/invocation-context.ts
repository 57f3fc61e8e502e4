/**
 * Which Forge invocation the current async call chain belongs to. Forge runs each invocation in its own
 * process; the sandbox runs many in one, so the per-invocation parts of `__forge_runtime__` (principal,
 * module key, remaining time) are read from an AsyncLocalStorage set by `invokeResolver`, `fireTrigger`
 * and queue delivery.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface Invocation {
  invocationId: string;
  moduleKey: string;
  /** The user the invocation runs for; `asUser()` without an argument acts as this user. */
  accountId?: string;
  /** Epoch milliseconds after which Forge would stop the function. */
  deadline: number;
  /** Jira and Confluence requests made so far: Forge allows 100 an invocation (forge-fetch.ts). */
  productFetches: number;
  /** Forge storage calls made so far (not limited by the sandbox; counted for the benchmarks). */
  kvsCalls: number;
  /** Epoch milliseconds it started, and ended (when it has): for the benchmarks' longest invocation. */
  startedAt: number;
  endedAt?: number;
  /** Jira or Confluence requests and storage calls waiting for their answer now, and the most there ever were. */
  inFlight: number;
  maxInFlight: number;
  /** Each request and storage call in the order it started, when `traceCalls(true)`: what a benchmark profiles. */
  calls?: TracedCall[];
}

export interface TracedCall {
  kind: 'product' | 'kvs';
  /** The method and path, with a search's JQL or a storage call's key. */
  what: string;
  /** Milliseconds since the invocation started. */
  startMs: number;
  endMs?: number;
}

const storage = new AsyncLocalStorage<Invocation>();
let lastStarted: Invocation | undefined;
/** Every invocation started since the process began (or since `forgetStartedInvocations`): for the benchmarks' totals. */
let started: Invocation[] = [];
let tracing = false;
const startedAt = new WeakMap<Invocation, number>();

/** Records each request and storage call of the invocations started from now on (`Invocation.calls`). */
export function traceCalls(on: boolean): void {
  tracing = on;
}

/**
 * Counts a request or storage call of the current invocation while `work` runs: in flight, and in its trace when
 * tracing. Outside an invocation, `work` runs uncounted.
 */
export async function countedCall<T>(kind: TracedCall['kind'], what: () => string, work: () => Promise<T>): Promise<T> {
  const invocation = storage.getStore();
  if (invocation === undefined) return work();
  const call: TracedCall | undefined = invocation.calls ? { kind, what: what(), startMs: performance.now() - (startedAt.get(invocation) ?? 0) } : undefined;
  if (call) invocation.calls?.push(call);
  invocation.maxInFlight = Math.max(invocation.maxInFlight, ++invocation.inFlight);
  try {
    return await work();
  } finally {
    invocation.inFlight--;
    if (call) call.endMs = performance.now() - (startedAt.get(invocation) ?? 0);
  }
}

export function currentInvocation(): Invocation | undefined {
  return storage.getStore();
}

/** Runs `fn` as one invocation of `moduleKey` with `timeoutMs` to live. */
export function runInvocation<T>(options: { moduleKey: string; accountId?: string | undefined; timeoutMs: number }, fn: () => T): T {
  const invocation: Invocation = {
    invocationId: randomUUID(),
    moduleKey: options.moduleKey,
    deadline: Date.now() + options.timeoutMs,
    productFetches: 0,
    kvsCalls: 0,
    startedAt: Date.now(),
    inFlight: 0,
    maxInFlight: 0,
    ...(tracing ? { calls: [] } : {}),
    ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
  };
  lastStarted = invocation;
  startedAt.set(invocation, performance.now());
  started.push(invocation);
  const result = storage.run(invocation, fn);
  const end = (): void => {
    invocation.endedAt = Date.now();
  };
  if (result instanceof Promise) void result.then(end, end);
  else end();
  return result;
}

/** The invocation started last, with its counts: what a benchmark that calls one at a time reads after a call. */
export function lastStartedInvocation(): Invocation | undefined {
  return lastStarted;
}

/** The invocations started since the last `forgetStartedInvocations`, with their counts: what a benchmark sums over a chain. */
export function startedInvocations(): readonly Invocation[] {
  return started;
}

export function forgetStartedInvocations(): void {
  started = [];
}

/** Rejects with Forge's timeout message when `work` outlives `timeoutMs`. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ForgeTimeoutError(`${what} timed out after ${timeoutMs} ms (Forge stops functions at their time limit)`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class ForgeTimeoutError extends Error {
  override readonly name = 'ForgeTimeoutError';
}
