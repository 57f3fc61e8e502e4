/**
 * The one `request()` of a product (Jira or Confluence): sends through the `ProductFetch` port, retries
 * per `retry-policy`, parses the answer with the caller's zod schema, and turns every non-2xx answer into
 * an `AppError` naming the status and route.
 */
import type { Route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../app-error';
import type { ErrorCode } from '../contract';
import type { ProductFetch, ProductRequestInit, ProductResponse } from './product-fetch';
import { defaultRetryOptions, retryAfterMs, retryDecision, type RetryOptions } from './retry-policy';
import type { InvocationBudget } from './invocation-budget';

export interface RequestDeps {
  fetch: ProductFetch;
  product: 'Jira' | 'Confluence';
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  retry?: Partial<RetryOptions>;
  /** The invocation's fetches and retry sleep, shared with its other requests; none in the CLI. */
  budget?: InvocationBudget;
}

export interface RequestOptions extends ProductRequestInit {
  /** Reads are idempotent; so is a search sent by POST. Writes are not, unless said. */
  idempotent?: boolean;
}

export type ProductRequest = <S extends z.ZodType>(schema: S, path: Route, options?: RequestOptions) => Promise<z.infer<S>>;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function codeFor(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'JIRA_UNAVAILABLE';
  return 'JIRA_ERROR';
}

/** Jira answers `{errorMessages, errors}`, Confluence `{errors: [{title}]}` or `{message}`. */
const errorBody = z.object({
  errorMessages: z.array(z.string()).optional(),
  errors: z.union([z.array(z.looseObject({ title: z.string() })), z.record(z.string(), z.unknown())]).optional(),
  message: z.string().optional(),
});

function messagesOf(body: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // Not JSON (a proxy's HTML page, say): keep the start of it, it is all there is to show.
    return body.trim() === '' ? [] : [body.trim().slice(0, 200)];
  }
  const parsed = errorBody.safeParse(json);
  if (!parsed.success) return [];
  const { errorMessages = [], errors, message } = parsed.data;
  const fieldErrors = Array.isArray(errors)
    ? errors.map((e) => e.title)
    : Object.entries(errors ?? {}).flatMap(([field, m]) => (typeof m === 'string' ? [`${field}: ${m}`] : []));
  return [...errorMessages, ...fieldErrors, ...(message === undefined ? [] : [message])];
}

function failure(product: string, method: string, path: Route, response: ProductResponse, body: string, waitMs: number | null): AppError {
  const messages = messagesOf(body);
  const status = response.status;
  const hint =
    status === 429
      ? ` ${product} is rate-limiting Keel; try again${waitMs === null ? ' shortly' : ` in ${Math.ceil(waitMs / 1000)} s`}.`
      : status >= 500
        ? ` ${product} is not answering properly right now; try again in a minute.`
        : '';
  const said = messages.length > 0 ? `: ${messages.map((m) => m.trim().replace(/\.+$/, '')).join('; ')}` : '';
  return new AppError(codeFor(status), `${product} answered ${status} to ${method} ${path.value.split('?')[0] ?? ''}${said}.${hint}`, {
    status,
    route: path.value,
    messages,
  });
}

function parseJson(body: string): unknown {
  if (body === '') return {};
  try {
    return JSON.parse(body);
  } catch {
    // Handed to the schema, which then reports the answer as having an unexpected shape.
    return body;
  }
}

/** Forge's proxy refusing a fetch past the invocation's limit (`ProxyRequestError`, 429 FETCH_LIMIT_EXCEEDED). */
const isFetchLimit = (error: unknown): boolean => typeof error === 'object' && error !== null && 'errorCode' in error && error.errorCode === 'FETCH_LIMIT_EXCEEDED';

function fetchLimit(product: string, what: string, max: number): AppError {
  return new AppError('TOO_LARGE', `Keel needed more than ${max} requests to ${product} in one step (${what}), Forge's limit for one invocation: the step stopped. This is a fault in Keel; report it with what you were doing.`, { route: what });
}

export function productRequest(deps: RequestDeps): ProductRequest {
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;
  const options = { ...defaultRetryOptions, ...deps.retry };
  return async (schema, path, init = {}) => {
    const method = init.method ?? 'GET';
    const idempotent = init.idempotent ?? method === 'GET';
    const headers = { Accept: 'application/json', ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...init.headers };
    let waited = 0;
    const budget = deps.budget;
    const what = `${method} ${path.value.split('?')[0] ?? ''}`;
    // Sleeping is allowed while the invocation's budget lasts; past it the failure is answered as it is.
    const mayWait = (ms: number): boolean => budget === undefined || budget.sleptMs + ms <= budget.maxSleepMs;
    const wait = async (ms: number): Promise<void> => {
      if (budget) budget.sleptMs += ms;
      await sleep(ms);
    };
    for (let attempt = 0; ; attempt += 1) {
      if (budget && budget.fetches >= budget.maxFetches) throw fetchLimit(deps.product, what, budget.maxFetches);
      if (budget) budget.fetches += 1;
      let response: ProductResponse;
      try {
        const send = () => deps.fetch(path, { method, headers, ...(init.body !== undefined ? { body: init.body } : {}) });
        // A retry's wait holds no slot: only the fetch itself does.
        response = await (budget ? budget.inFlight(send) : send());
      } catch (error) {
        if (isFetchLimit(error)) throw fetchLimit(deps.product, what, budget?.maxFetches ?? 100);
        const decision = retryDecision({ status: 'network-error', idempotent, attempt, waitedMs: waited, retryAfter: null, random, options });
        if (!decision.retry || !mayWait(decision.waitMs)) {
          throw new AppError('JIRA_UNAVAILABLE', `${deps.product} could not be reached (${method} ${path.value.split('?')[0] ?? ''}): ${error instanceof Error ? error.message : String(error)}.`);
        }
        await wait(decision.waitMs);
        waited += decision.waitMs;
        continue;
      }
      const body = await response.text();
      if (response.status >= 200 && response.status < 300) {
        const parsed = schema.safeParse(parseJson(body));
        if (!parsed.success) {
          throw new AppError('JIRA_ERROR', `${deps.product}'s answer to ${method} ${path.value.split('?')[0] ?? ''} has an unexpected shape: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}.`);
        }
        return parsed.data;
      }
      const decision = retryDecision({ status: response.status, idempotent, attempt, waitedMs: waited, retryAfter: retryAfterMs(response.headers.get('Retry-After'), now()), random, options });
      if (!decision.retry || !mayWait(decision.waitMs)) throw failure(deps.product, method, path, response, body, decision.waitMs);
      await wait(decision.waitMs);
      waited += decision.waitMs;
    }
  };
}
