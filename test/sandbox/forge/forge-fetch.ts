/**
 * `global.__forge_fetch__(proxy, path, init)`: the one seam through which @forge/api (product requests),
 * @forge/kvs (storage) and @forge/events (queue publish) reach the platform. Routes:
 *   { type: 'fpp', remote: 'jira' | 'confluence', provider: 'user', accountId? } -> site, as that user
 *     (no accountId: the invocation's user, as Forge does for `asUser()`; none either: 401 proxy error)
 *   { type: 'fpp', remote: 'jira' | 'confluence', provider: 'app' | 'none' } -> site, as the app
 *   { type: 'fpp', remote: 'stargate' } + /webhook/queue/... -> queue emulation
 *   { type: 'kvs' } -> KVS emulation
 * Anything else answers a `forge-proxy-error` header, which @forge/api throws as a ProxyRequestError.
 * Forge's per-invocation limit on product fetches holds: the 101st Jira or Confluence request of one
 * invocation answers as Forge's proxy does, 429 with `forge-proxy-error: FETCH_LIMIT_EXCEEDED` (as reported in
 * Atlassian's ECO-491), which @forge/api throws as `ProxyRequestError(429, 'FETCH_LIMIT_EXCEEDED')`. KVS and
 * queue calls are not counted: they are Forge's own APIs, with limits of their own (an assumption; Forge's
 * documentation names the limit for network requests).
 * With `latency`, every product request and storage call waits that long first, as a round trip to Atlassian
 * would (`npm start -- --latency MS`, and the answers benchmark): what a call costs is then seen in time.
 */
import { z } from 'zod';
import type { Principal, Site } from '../site-types';
import { countedCall, currentInvocation } from './invocation-context';
import { handleKvsRequest } from './kvs-handler';
import type { KvsStore } from './kvs-store';
import type { QueueEmulator } from './queue-emulator';

export type ForgeFetch = (proxy: unknown, path: string, init?: RequestInit) => Promise<Response>;

/** Product fetches Forge allows one invocation. */
export const MAX_PRODUCT_FETCHES = 100;

const proxySchema = z.object({
  type: z.string(),
  provider: z.string().optional(),
  remote: z.string().optional(),
  accountId: z.string().optional(),
});

/** Milliseconds each product request and each storage call waits before it is answered. */
export interface SandboxLatency {
  productMs: number;
  kvsMs: number;
}

export interface ForgeFetchTargets {
  site: Site;
  kvs: KvsStore;
  queue: QueueEmulator;
  latency?: SandboxLatency;
}

const wait = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** A response as Forge's proxy answers when it refuses a request. */
export function proxyErrorResponse(status: number, code: string, message: string): Response {
  return Response.json({ code, message }, { status, headers: { 'forge-proxy-error': code } });
}

export function createForgeFetch(targets: ForgeFetchTargets): ForgeFetch {
  return async (rawProxy, path, init) => {
    const parsed = proxySchema.safeParse(rawProxy);
    if (!parsed.success) return proxyErrorResponse(400, 'SANDBOX_INVALID_PROXY', `Unrecognised proxy descriptor ${JSON.stringify(rawProxy)}`);
    const proxy = parsed.data;
    if (proxy.type === 'kvs') {
      const invocation = currentInvocation();
      if (invocation !== undefined) invocation.kvsCalls++;
      return countedCall('kvs', () => `${path} ${kvsKey(init?.body)}`, async () => {
        await wait(targets.latency?.kvsMs ?? 0);
        return handleKvsRequest(targets.kvs, path, init);
      });
    }
    if (proxy.type !== 'fpp') return proxyErrorResponse(400, 'SANDBOX_UNSUPPORTED_REMOTE', `The sandbox has no ${proxy.type} egress (path ${path})`);
    if (proxy.remote === 'stargate' && path.startsWith('/webhook/queue/')) return targets.queue.handle(path, init);
    if (proxy.remote !== 'jira' && proxy.remote !== 'confluence') {
      return proxyErrorResponse(400, 'SANDBOX_UNSUPPORTED_REMOTE', `The sandbox does not emulate remote '${proxy.remote ?? ''}' (path ${path})`);
    }
    const invocation = currentInvocation();
    if (invocation !== undefined && ++invocation.productFetches > MAX_PRODUCT_FETCHES) {
      return proxyErrorResponse(429, 'FETCH_LIMIT_EXCEEDED', `More than ${MAX_PRODUCT_FETCHES} product fetches in one invocation (path ${path})`);
    }
    const principal = principalFor(proxy);
    if (principal === undefined) {
      return proxyErrorResponse(401, 'NO_USER_CONTEXT', 'asUser() was called outside a user invocation and without an accountId');
    }
    const body = await bodyText(init?.body);
    const method = (init?.method ?? 'GET').toUpperCase();
    const product = proxy.remote;
    return countedCall('product', () => `${principal.type === 'app' ? 'app ' : 'user'} ${method} ${path}${searchJql(body)}`, async () => {
      await wait(targets.latency?.productMs ?? 0);
      return targets.site.handle({
        product,
        method,
        path,
        headers: Object.fromEntries(new Headers(init?.headers).entries()),
        ...(body === undefined ? {} : { body }),
        principal,
      });
    });
  };
}

/** A storage call's key, for a trace. */
function kvsKey(body: RequestInit['body']): string {
  const parsed = z.object({ key: z.string() }).safeParse(typeof body === 'string' ? safeJson(body) : undefined);
  return parsed.success ? parsed.data.key : '';
}

/** A search's JQL, for a trace. */
function searchJql(body: string | undefined): string {
  const parsed = z.object({ jql: z.string() }).safeParse(body === undefined ? undefined : safeJson(body));
  return parsed.success ? ` [${parsed.data.jql.slice(0, 160)}]` : '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function principalFor(proxy: z.infer<typeof proxySchema>): Principal | undefined {
  if (proxy.provider !== 'user') return { type: 'app' };
  const accountId = proxy.accountId ?? currentInvocation()?.accountId;
  return accountId === undefined ? undefined : { type: 'user', accountId };
}

async function bodyText(body: RequestInit['body']): Promise<string | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  return new Response(body).text();
}
