/**
 * Calls a handler made with `new Resolver().getDefinitions()` as Forge does for a Custom UI `invoke`:
 * first argument `{ call: { functionKey, payload }, context }` (the front end's context: extension, moduleKey,
 * cloudId, localId, ...), second the backend runtime payload `{ principal: { accountId }, installContext }`.
 * The payload and the answer cross the wire as JSON; past `timeoutMs` (Forge: 25 s) the call rejects, and an
 * answer over about 5 MB is refused as Forge refuses it.
 */
import type Resolver from '@forge/resolver';
import { runInvocation, withTimeout } from './invocation-context';
import { installedForgeRuntime, type RuntimeInfo } from './installed-runtime';

export type ResolverHandler = ReturnType<Resolver['getDefinitions']>;

export const RESOLVER_TIMEOUT_MS = 25_000;
export const MAX_RESOLVER_ANSWER_BYTES = 5 * 1024 * 1024;

export interface InvokeResolverOptions {
  functionKey: string;
  payload?: unknown;
  /** The user the UI runs for; absent for an anonymous viewer. */
  accountId?: string;
  /** The module's extension context, e.g. `{ type: 'jira:projectPage', project: { id, key, type } }`. */
  extension?: Record<string, unknown>;
  moduleKey?: string;
  localId?: string;
  /** The viewer's time zone and locale, as Forge's context carries them (`timezone`, `locale`). */
  timezone?: string;
  locale?: string;
  timeoutMs?: number;
  /** Defaults to the runtime `installForgeRuntime` installed last. */
  runtime?: RuntimeInfo;
}

export async function invokeResolver(handler: ResolverHandler, options: InvokeResolverOptions): Promise<unknown> {
  const runtime = options.runtime ?? installedForgeRuntime();
  const moduleKey = options.moduleKey ?? 'keel-project-page';
  const timeoutMs = options.timeoutMs ?? RESOLVER_TIMEOUT_MS;
  const payload: unknown = options.payload === undefined ? undefined : JSON.parse(JSON.stringify(options.payload));
  const context = {
    cloudId: runtime.cloudId,
    siteUrl: runtime.siteUrl,
    moduleKey,
    localId: options.localId ?? `${moduleKey}-local`,
    environmentId: runtime.environmentId,
    environmentType: 'DEVELOPMENT',
    extension: options.extension ?? {},
    ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
    ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  };
  const backendRuntimePayload = {
    principal: options.accountId === undefined ? undefined : { accountId: options.accountId },
    installContext: runtime.installContext,
  };
  const work = runInvocation({ moduleKey, accountId: options.accountId, timeoutMs }, () =>
    handler({ call: { functionKey: options.functionKey, payload }, context }, backendRuntimePayload),
  );
  const answer = await withTimeout(work, timeoutMs, `Resolver '${options.functionKey}'`);
  const json = JSON.stringify(answer);
  if (json !== undefined && Buffer.byteLength(json) > MAX_RESOLVER_ANSWER_BYTES) {
    throw new Error(`Resolver '${options.functionKey}' answered ${Buffer.byteLength(json)} bytes; Forge refuses answers over about 5 MB`);
  }
  return json === undefined ? undefined : JSON.parse(json);
}
