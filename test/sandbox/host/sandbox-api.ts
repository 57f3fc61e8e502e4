/**
 * The host page's back end: `/__sandbox/invoke` runs the app's real resolver as the signed-in user (as Forge
 * runs a function for `invoke` from Custom UI), and `/__sandbox/fetch-product` sends a `requestJira` /
 * `requestConfluence` from the browser to the emulated site as that user.
 */
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { ForgeRuntime } from '../forge/install-forge-runtime';
import type { ResolverHandler } from '../forge/invoke-resolver';
import type { Principal, Site } from '../site-types';
import { parseJson, sendJson } from './http-io';

const invokeRequest = z.object({
  functionKey: z.string().min(1),
  payload: z.unknown(),
  context: z.looseObject({
    accountId: z.string().optional(),
    moduleKey: z.string(),
    localId: z.string().optional(),
    extension: z.record(z.string(), z.unknown()),
    timezone: z.string().optional(),
    locale: z.string().optional(),
  }),
});

const fetchRequest = z.object({
  accountId: z.string().nullable(),
  request: z.object({
    product: z.enum(['jira', 'confluence']),
    restPath: z.string().startsWith('/'),
    fetchRequestInit: z
      .looseObject({
        method: z.string().optional(),
        headers: z.array(z.tuple([z.string(), z.string()])).optional(),
        body: z.string().nullish(),
      })
      .optional(),
  }),
});

function problems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}

function principalFor(site: Site, accountId: string | null | undefined): Principal | string {
  if (accountId === null || accountId === undefined) return { type: 'anonymous' };
  const known = site.state.users.some((u) => u.accountId === accountId);
  return known ? { type: 'user', accountId } : `No user with accountId ${accountId} on this site.`;
}

export async function handleInvoke(res: ServerResponse, body: string, runtime: ForgeRuntime, handler: ResolverHandler): Promise<void> {
  const json = parseJson(body);
  const parsed = invokeRequest.safeParse(json.ok ? json.value : undefined);
  if (!parsed.success) return sendJson(res, 400, { error: json.ok ? problems(parsed.error) : json.message });
  const { functionKey, payload, context } = parsed.data;
  const principal = principalFor(runtime.site, context.accountId);
  if (typeof principal === 'string') return sendJson(res, 400, { error: principal });
  try {
    const answer = await runtime.invokeResolver(handler, {
      functionKey,
      payload,
      ...(context.accountId === undefined ? {} : { accountId: context.accountId }),
      extension: context.extension,
      moduleKey: context.moduleKey,
      ...(context.localId === undefined ? {} : { localId: context.localId }),
      ...(context.timezone === undefined ? {} : { timezone: context.timezone }),
      ...(context.locale === undefined ? {} : { locale: context.locale }),
    });
    sendJson(res, 200, answer ?? null);
  } catch (error) {
    // Forge rejects `invoke` when the function throws; the message is all the UI gets.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Keel sandbox: resolver '${functionKey}' failed: ${message}`);
    sendJson(res, 500, { error: `There was an error invoking the function - ${message}` });
  }
}

export async function handleFetchProduct(res: ServerResponse, body: string, site: Site): Promise<void> {
  const json = parseJson(body);
  const parsed = fetchRequest.safeParse(json.ok ? json.value : undefined);
  if (!parsed.success) return sendJson(res, 400, { error: json.ok ? problems(parsed.error) : json.message });
  const principal = principalFor(site, parsed.data.accountId);
  if (typeof principal === 'string') return sendJson(res, 400, { error: principal });
  const { product, restPath, fetchRequestInit } = parsed.data.request;
  const response = await site.handle({
    product,
    method: (fetchRequestInit?.method ?? 'GET').toUpperCase(),
    path: restPath,
    headers: Object.fromEntries((fetchRequestInit?.headers ?? []).map(([k, v]) => [k.toLowerCase(), v])),
    ...(fetchRequestInit?.body ? { body: fetchRequestInit.body } : {}),
    principal,
  });
  sendJson(res, 200, {
    body: await response.text(),
    status: response.status,
    statusText: response.statusText,
    headers: Object.fromEntries(response.headers.entries()),
  });
}
