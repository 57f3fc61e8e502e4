/**
 * zod schemas for each resolver's result, so the UI parses what `invoke` answers instead of trusting it.
 * Each is typed `ZodMiniType<ResultOf<K>>` and every enum is checked to list the contract's union exactly:
 * when the contract changes, this file stops compiling. zod/mini and type-only imports of the contract keep
 * full zod (and its locales) out of the bundle.
 */
import * as z from 'zod/mini';
import type { ErrorCode, ResolverKey, ResultOf } from '@contract';
import { finding } from './finding-schema';
import { issueScheduleResult, scheduleResult } from './schedule-schemas';

/** True only when `Listed` covers every member of `Union`. */
type Covers<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : false;

const ERROR_CODES = [
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
] as const satisfies readonly ErrorCode[];
export const listsAreComplete: [
  Covers<ErrorCode, (typeof ERROR_CODES)[number]>,
] = [true];

const overviewResult = z.object({
  project: z.object({ key: z.string(), name: z.string() }),
  scopeJql: z.string(),
  asOf: z.string(),
  issueCount: z.number(),
  byType: z.array(
    z.object({
      type: z.string(),
      total: z.number(),
      byStatusCategory: z.object({ todo: z.number(), inProgress: z.number(), done: z.number() }),
      byStatus: z.array(z.object({ name: z.string(), count: z.number() })),
    }),
  ),
  linksByType: z.array(z.object({ name: z.string(), mappedAs: z.nullable(z.string()), count: z.number() })),
  findings: z.array(finding),
  hiddenLinksChecked: z.boolean(),
});

export const resultSchemas: { [K in ResolverKey]: z.ZodMiniType<ResultOf<K>> } = {
  'overview/get': overviewResult,
  'schedule/get': scheduleResult,
  'schedule/issue': issueScheduleResult,
};

/** The envelope every resolver answers with (`ResolverResult<T>`), before its data is parsed. */
export const resolverEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) }),
]);
