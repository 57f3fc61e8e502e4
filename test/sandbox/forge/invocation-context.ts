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
}

const storage = new AsyncLocalStorage<Invocation>();
let lastStarted: Invocation | undefined;
/** Every invocation started since the process began (or since `forgetStartedInvocations`): for the benchmarks' totals. */
let started: Invocation[] = [];

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
    ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
  };
  lastStarted = invocation;
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
