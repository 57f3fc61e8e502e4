/**
 * Faults a test switches on (see `Fault`): 429 bursts with Atlassian's rate-limit headers, 5xx answers,
 * slow answers, and a concurrent edit that bumps a page's version just before the next PUT to it.
 * Each fault applies to `count` matching requests, then is spent.
 */
import type { Fault } from '../site-types';
import type { Snapshot } from '../snapshot-schema';
import { productError } from './respond';

interface Armed {
  fault: Fault;
  remaining: number;
}

export interface FaultInjector {
  add(fault: Fault): void;
  clear(): void;
  /** Applies the faults due for this request: waits, edits state, or answers instead of the site. */
  before(product: 'jira' | 'confluence', method: string, path: string, state: Snapshot, now: Date): Promise<Response | undefined>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** X-RateLimit-Reset's format: yyyy-MM-ddTHH:mmZ. */
const resetAt = (now: Date, seconds: number): string => `${new Date(now.getTime() + seconds * 1000).toISOString().slice(0, 16)}Z`;

function rateLimited(product: 'jira' | 'confluence', seconds: number, now: Date): Response {
  const answer = productError(product, 429, 'Rate limit exceeded.');
  const headers = {
    'Retry-After': String(seconds),
    'X-RateLimit-Limit': '100',
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': resetAt(now, seconds),
    'RateLimit-Reason': `${product}-burst-based`,
  };
  for (const [name, value] of Object.entries(headers)) answer.headers.set(name, value);
  return answer;
}

function bumpPageVersion(state: Snapshot, pageId: string, now: Date): void {
  const page = state.confluence.pages.find((p) => p.id === pageId);
  if (!page) return;
  const current = (page.version as { number?: number } | undefined)?.number ?? 1;
  page.version = { number: current + 1, message: 'Edited by someone else', minorEdit: false, authorId: 'sandbox-concurrent-editor', createdAt: now.toISOString() };
}

export function createFaultInjector(): FaultInjector {
  let armed: Armed[] = [];
  const take = (entry: Armed): Fault => {
    entry.remaining--;
    armed = armed.filter((a) => a.remaining > 0);
    return entry.fault;
  };
  return {
    add: (fault) => void armed.push({ fault, remaining: fault.count }),
    clear: () => void (armed = []),
    async before(product, method, path, state, now) {
      const matches = (fault: Fault): boolean => fault.kind !== 'concurrentPageEdit' && (fault.pathPattern?.test(path) ?? true);
      const slow = armed.find((a) => a.fault.kind === 'slow' && matches(a.fault));
      if (slow?.fault.kind === 'slow') {
        const { delayMs } = slow.fault;
        take(slow);
        await sleep(delayMs);
      }
      const edit = armed.find((a) => a.fault.kind === 'concurrentPageEdit' && method === 'PUT' && path.split('?')[0] === `/wiki/api/v2/pages/${a.fault.pageId}`);
      if (edit?.fault.kind === 'concurrentPageEdit') {
        const { pageId } = edit.fault;
        take(edit);
        bumpPageVersion(state, pageId, now);
      }
      const failing = armed.find((a) => (a.fault.kind === 'rateLimit' || a.fault.kind === 'serverError') && matches(a.fault));
      if (!failing) return undefined;
      const fault = take(failing);
      if (fault.kind === 'rateLimit') return rateLimited(product, fault.retryAfterSeconds, now);
      if (fault.kind !== 'serverError') return undefined;
      const answer = productError(product, fault.status, 'The service is temporarily unavailable. Please try again later.');
      if (fault.retryAfterSeconds !== undefined) answer.headers.set('Retry-After', String(fault.retryAfterSeconds));
      return answer;
    },
  };
}
