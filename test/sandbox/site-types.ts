/**
 * The seam between the sandbox's parts: the HTTP server, the Forge runtime hooks and the in-process CLI
 * all send product requests to one `Site`, naming who is asking.
 */
import type { Snapshot } from './snapshot-schema';

/** Who a request runs as: a user (asUser, or basic auth), the app (asApp), or nobody (anonymous). */
export type Principal =
  | { type: 'user'; accountId: string }
  | { type: 'app' }
  | { type: 'anonymous' };

export interface SiteRequest {
  product: 'jira' | 'confluence';
  method: string;
  /** Path and query as on a real site, e.g. `/rest/api/3/search/jql?jql=...` or `/wiki/api/v2/pages`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  principal: Principal;
}

/** Faults a test can switch on; each applies to requests whose path matches `pathPattern` (all when absent). */
export type Fault =
  | { kind: 'rateLimit'; count: number; retryAfterSeconds: number; pathPattern?: RegExp }
  | { kind: 'serverError'; count: number; status: 500 | 502 | 503 | 504; retryAfterSeconds?: number; pathPattern?: RegExp }
  | { kind: 'slow'; count: number; delayMs: number; pathPattern?: RegExp }
  | { kind: 'concurrentPageEdit'; count: number; pageId: string };

export interface Site {
  /** The live state; mutations by write endpoints change it. */
  readonly state: Snapshot;
  handle(request: SiteRequest): Promise<Response>;
  addFault(fault: Fault): void;
  clearFaults(): void;
  /** Every request handled, for tests that count calls. */
  readonly requestLog: ReadonlyArray<{ method: string; path: string; status: number; principal: Principal }>;
  /** accountId for an email, for basic auth. */
  userByEmail(email: string): string | undefined;
}
