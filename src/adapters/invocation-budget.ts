/**
 * What one Forge invocation may spend on product requests, shared by every `ProductRequest` it makes (as the
 * viewer and as the app): fetches, retries included, since Forge counts each one against its 100 (DESIGN.md
 * section 5), and the total sleep between retries, kept well under a resolver's 25 s so that a 429 storm
 * ends the call with a message instead of a timeout; and how many of its requests wait for an answer at once
 * (in-flight.ts): independent reads are sent together, a few at a time.
 */
import { inFlightLimit, MAX_REQUESTS_IN_FLIGHT, type InFlightLimit } from './in-flight';

export interface InvocationBudget {
  fetches: number;
  sleptMs: number;
  readonly maxFetches: number;
  readonly maxSleepMs: number;
  /** Each fetch is sent through it: at most MAX_REQUESTS_IN_FLIGHT wait at once, as the viewer and as the app together. */
  readonly inFlight: InFlightLimit;
}

/** Forge's product fetches per invocation. */
export const MAX_FETCHES_PER_INVOCATION = 100;
/** A third of a resolver's 25 s: the rest is for the work itself and the answer. */
export const MAX_SLEEP_PER_INVOCATION_MS = 8000;

export function invocationBudget(limits: Partial<Pick<InvocationBudget, 'maxFetches' | 'maxSleepMs'> & { maxInFlight: number }> = {}): InvocationBudget {
  return {
    fetches: 0,
    sleptMs: 0,
    maxFetches: limits.maxFetches ?? MAX_FETCHES_PER_INVOCATION,
    maxSleepMs: limits.maxSleepMs ?? MAX_SLEEP_PER_INVOCATION_MS,
    inFlight: inFlightLimit(limits.maxInFlight ?? MAX_REQUESTS_IN_FLIGHT),
  };
}
