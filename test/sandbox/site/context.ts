/** What every emulated endpoint receives: the live state, who is asking, and the parsed request. */
import type { z } from 'zod';
import type { Principal } from '../site-types';
import type { Snapshot } from '../snapshot-schema';

export interface RouteContext {
  readonly state: Snapshot;
  readonly principal: Principal;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: string | undefined;
  readonly baseUrl: string;
  readonly now: () => Date;
}

export type RouteHandler = (ctx: RouteContext) => Response | Promise<Response>;

export interface Route {
  readonly method: string;
  /** A path template relative to the product's root, e.g. `/issue/{issueIdOrKey}`. */
  readonly template: string;
  readonly handle: RouteHandler;
}

export type BodyResult<T> = { ok: true; data: T } | { ok: false; problems: Record<string, string> };

/**
 * Parses a JSON request body with a zod schema, collecting every problem keyed by its field path (Jira's
 * `errors` map), not only the first.
 */
export function parseBody<T>(body: string | undefined, schema: z.ZodType<T>): BodyResult<T> {
  let value: unknown;
  try {
    value = body === undefined || body === '' ? undefined : JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: { body: `Invalid JSON: ${(error as Error).message}` } };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || 'body';
    problems[key] ??= issue.message;
  }
  return { ok: false, problems };
}

/** A query parameter as an integer, `fallback` when absent or not a number. */
export function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isInteger(value) ? value : fallback;
}

/** A query parameter that may be repeated or comma-separated (`fields=a,b&fields=c`). */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const all = query.getAll(name);
  if (all.length === 0) return undefined;
  return all.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}
