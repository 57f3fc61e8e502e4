/**
 * The object installed as `global.__forge_runtime__`: everything @forge/api 8.3, @forge/kvs 1.6 and
 * @forge/events 3.0 read from it (appContext, lambdaContext, metrics, tracing, proxy, kvs, aaid, contextAri,
 * container, externalAuth). Per-invocation fields are getters over the current `Invocation`.
 */
import { randomUUID } from 'node:crypto';
import { currentInvocation } from './invocation-context';

export interface RuntimeIdentity {
  appId: string;
  environmentId: string;
  installationId: string;
  cloudId: string;
  appVersion: string;
  scopes: readonly string[];
  appCodeDir: string;
}

const noopTimer = { stop: (): void => undefined };
const noopMetric = { incr: (): void => undefined, decr: (): void => undefined, set: (): void => undefined, measure: () => noopTimer };
const metrics = { counter: () => noopMetric, gauge: () => noopMetric, timing: () => noopMetric };

export function forgeRuntimeGlobal(identity: RuntimeIdentity): Record<string, unknown> {
  const traceId = randomUUID().replaceAll('-', '');
  return {
    proxy: { token: 'sandbox-proxy-token', url: 'http://forge-proxy.sandbox.invalid' },
    kvs: { url: 'http://kvs.sandbox.invalid', host: 'kvs.sandbox.invalid' },
    tracing: { traceId, spanId: traceId.slice(0, 16) },
    metrics,
    externalAuth: [],
    contextAri: `ari:cloud:jira::site/${identity.cloudId}`,
    container: { appCodeDir: identity.appCodeDir },
    get aaid(): string | undefined {
      return currentInvocation()?.accountId;
    },
    get appContext(): Record<string, unknown> {
      const invocation = currentInvocation();
      return {
        appId: identity.appId,
        appVersion: identity.appVersion,
        environmentId: identity.environmentId,
        environmentType: 'DEVELOPMENT',
        installationId: identity.installationId,
        invocationId: invocation?.invocationId ?? 'outside-any-invocation',
        moduleKey: invocation?.moduleKey ?? 'outside-any-invocation',
        license: undefined,
        permissions: { scopes: [...identity.scopes], external: {} },
      };
    },
    lambdaContext: {
      getRemainingTimeInMillis: (): number => {
        const invocation = currentInvocation();
        return invocation === undefined ? 25_000 : Math.max(0, invocation.deadline - Date.now());
      },
    },
  };
}
