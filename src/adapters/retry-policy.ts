/**
 * When and how long to wait before asking again: `Retry-After` on 429 and 503 (as Atlassian asks), else
 * exponential backoff with full jitter for idempotent requests. Bounded in attempts and total wait so a
 * resolver stays inside Forge's 25 s.
 */

export interface RetryOptions {
  maxRetries: number;
  baseDelayMs: number;
  maxTotalWaitMs: number;
}

export const defaultRetryOptions: RetryOptions = { maxRetries: 4, baseDelayMs: 500, maxTotalWaitMs: 10_000 };

/** Seconds or an HTTP date, as RFC 9110 allows; null when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

export type RetryDecision = { retry: true; waitMs: number } | { retry: false; reason: 'not-retryable' | 'attempts' | 'budget'; waitMs: number | null };

export function retryDecision(args: {
  status: number | 'network-error';
  idempotent: boolean;
  attempt: number;
  waitedMs: number;
  retryAfter: number | null;
  random: () => number;
  options: RetryOptions;
}): RetryDecision {
  const { status, idempotent, attempt, waitedMs, retryAfter, random, options } = args;
  // A 429 was refused before any work was done, so even a write may be sent again.
  const retryable = status === 429 || (idempotent && (status === 'network-error' || status === 502 || status === 503 || status === 504 || status === 500));
  if (!retryable) return { retry: false, reason: 'not-retryable', waitMs: null };
  const backoff = Math.round(random() * options.baseDelayMs * 2 ** attempt);
  const waitMs = (status === 429 || status === 503) && retryAfter !== null ? retryAfter + Math.round(random() * 250) : backoff;
  if (attempt >= options.maxRetries) return { retry: false, reason: 'attempts', waitMs };
  if (waitedMs + waitMs > options.maxTotalWaitMs) return { retry: false, reason: 'budget', waitMs };
  return { retry: true, waitMs };
}
