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

export type FindingKind =
  | 'missing-estimate'
  | 'link-outside-scope'
  | 'link-not-visible'
  | 'duplicate-link'
  | 'self-link';

/** A data-quality finding: what is wrong, the issue keys involved, and what to do about it. */
export interface Finding {
  kind: FindingKind;
  title: string;
  advice: string;
  issueKeys: string[];
  count: number;
}

export interface CountByName {
  name: string;
  count: number;
}

export interface TypeStatusCount {
  type: string;
  total: number;
  byStatusCategory: { todo: number; inProgress: number; done: number };
  byStatus: CountByName[];
}

export interface OverviewResult {
  project: { key: string; name: string };
  scopeJql: string;
  asOf: string;
  issueCount: number;
  byType: TypeStatusCount[];
  linksByType: { name: string; mappedAs: string | null; count: number }[];
  findings: Finding[];
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
