/**
 * The contract between the UI (static/) and the back end (src/resolvers): resolver keys, payload
 * schemas, result types and error codes. Both sides import this file, so a misspelt key is a compile error.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'BAD_REQUEST',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_CONFIGURED',
  'RATE_LIMITED',
  'JIRA_UNAVAILABLE',
  'JIRA_ERROR',
  'INVALID_SETTINGS',
  'TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ResolverResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string } };

export type { Finding, FindingKind } from './domain/finding';
export type { TypeStatusCount } from './domain/scope-summary';
export type { LinkTypeCount } from './domain/link-summary';
import type { ProjectOverview } from './domain/project-overview';

/** The Overview of the project page (and of `keel analyze`'s `overview` section). */
export interface OverviewResult extends ProjectOverview {
  project: { key: string; name: string };
  scopeJql: string;
  /** ISO date the figures were computed for. */
  asOf: string;
}

export const overviewPayload = z.object({
  projectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'projectKey must be a Jira project key such as WEB'),
});
export type OverviewPayload = z.infer<typeof overviewPayload>;

/** Every resolver: its payload schema and result type. */
export const resolvers = {
  'overview/get': { payload: overviewPayload, result: null as unknown as OverviewResult },
} as const;
export type ResolverKey = keyof typeof resolvers;
export type PayloadOf<K extends ResolverKey> = z.input<(typeof resolvers)[K]['payload']>;
export type ResultOf<K extends ResolverKey> = (typeof resolvers)[K]['result'];
