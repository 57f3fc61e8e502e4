/**
 * Installs the Forge runtime hooks so the app's real code and the real @forge packages run in a plain Node
 * process: `global.__forge_fetch__` (see forge-fetch.ts) and `global.__forge_runtime__` (forge-runtime-global.ts).
 *
 * When the packages look the hooks up (@forge/api 8.3.0, @forge/kvs 1.6.5, @forge/events 3.0.8):
 * - @forge/api reads `__forge_fetch__` and `__forge_runtime__` at call time only.
 * - @forge/events goes through @forge/api's `__requestAtlassianAsApp`, so also at call time.
 * - @forge/kvs reads `__forge_runtime__` ONCE, at import: with `kvs.url`/`kvs.host` present it sends
 *   `{ type: 'kvs' }` plus the proxy token and tracing headers, otherwise `{ type: 'kvs', provider: 'app',
 *   remote: 'kvs' }`. It calls `__forge_fetch__` at call time. The sandbox answers both forms, but install
 *   before the app's modules are imported so the sandbox sees what production sees.
 */
import { KvsStore } from './kvs-store';
import { createForgeFetch, type ForgeFetch, type SandboxLatency } from './forge-fetch';
import { forgeRuntimeGlobal } from './forge-runtime-global';
import { runInvocation, withTimeout } from './invocation-context';
import { setInstalledForgeRuntime, type RuntimeInfo } from './installed-runtime';
import { invokeResolver, type InvokeResolverOptions, type ResolverHandler } from './invoke-resolver';
import { fireTrigger, type FireTriggerOptions, type TriggerHandler } from './fire-trigger';
import { QueueEmulator, type ConsumerHandler } from './queue-emulator';
import type { Site } from '../site-types';

export const DEFAULT_APP_ID = '3f6c2d4e-8a1b-4c7e-9f20-5b6d7e8a9c01';
export const DEFAULT_CLOUD_ID = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

export interface ForgeRuntimeOptions {
  site: Site;
  kvs?: KvsStore;
  /** The app's id, bare or as `ari:cloud:ecosystem::app/<id>`. */
  appId?: string;
  cloudId?: string;
  siteUrl?: string;
  environmentId?: string;
  installationId?: string;
  /** The manifest's scopes, answered by `getAppContext().permissions`. */
  scopes?: readonly string[];
  /** Consumers by queue name (the manifest's `consumer` modules). */
  consumers?: Record<string, ConsumerHandler>;
  /** Deliver pushed events by themselves after their delay; otherwise only on `queue.drain()`. */
  autoDeliverQueue?: boolean;
  queueDelayScale?: number;
  /** A consumer's time limit; Forge allows up to 900 s with `timeoutSeconds`. */
  consumerTimeoutMs?: number;
  /** A wait before each product request and storage call, as a round trip to Atlassian takes (forge-fetch.ts). */
  latency?: SandboxLatency;
}

export interface ForgeRuntime extends RuntimeInfo {
  readonly appId: string;
  readonly site: Site;
  readonly kvs: KvsStore;
  readonly queue: QueueEmulator;
  readonly fetch: ForgeFetch;
  invokeResolver(handler: ResolverHandler, options: Omit<InvokeResolverOptions, 'runtime'>): Promise<unknown>;
  fireTrigger(handler: TriggerHandler, event: Record<string, unknown>, options?: Omit<FireTriggerOptions, 'runtime'>): Promise<unknown>;
  /** Makes this runtime's hooks the global ones again (after another runtime was installed). */
  activate(): void;
  /** Removes the global hooks. */
  uninstall(): void;
}

export function installForgeRuntime(options: ForgeRuntimeOptions): ForgeRuntime {
  const appId = (options.appId ?? DEFAULT_APP_ID).replace(/^ari:cloud:ecosystem::app\//, '');
  const cloudId = options.cloudId ?? DEFAULT_CLOUD_ID;
  const info: RuntimeInfo = {
    cloudId,
    siteUrl: options.siteUrl ?? 'https://keel-sandbox.atlassian.net',
    environmentId: options.environmentId ?? 'sandbox-development',
    installContext: `ari:cloud:jira::site/${cloudId}`,
  };
  const kvs = options.kvs ?? new KvsStore();
  const consumerTimeoutMs = options.consumerTimeoutMs ?? 900_000;
  const queue = new QueueEmulator({
    autoDeliver: options.autoDeliverQueue ?? false,
    ...(options.queueDelayScale === undefined ? {} : { delayScale: options.queueDelayScale }),
    run: (handler, event) =>
      withTimeout(
        runInvocation({ moduleKey: `consumer-${event.queueName}`, timeoutMs: consumerTimeoutMs }, async () =>
          await handler(event, { installContext: info.installContext }),
        ),
        consumerTimeoutMs,
        `Consumer of queue '${event.queueName}'`,
      ),
  });
  for (const [queueName, handler] of Object.entries(options.consumers ?? {})) queue.register(queueName, handler);
  const fetch = createForgeFetch({ site: options.site, kvs, queue, ...(options.latency ? { latency: options.latency } : {}) });
  const runtimeGlobal = forgeRuntimeGlobal({
    appId,
    cloudId,
    appVersion: '1.0.0',
    environmentId: info.environmentId,
    installationId: options.installationId ?? 'sandbox-installation',
    scopes: options.scopes ?? [],
    appCodeDir: process.cwd(),
  });
  const runtime: ForgeRuntime = {
    ...info,
    appId,
    site: options.site,
    kvs,
    queue,
    fetch,
    invokeResolver: (handler, invokeOptions) => invokeResolver(handler, { ...invokeOptions, runtime: info }),
    fireTrigger: (handler, event, triggerOptions) => fireTrigger(handler, event, { ...triggerOptions, runtime: info }),
    activate: () => {
      Object.assign(globalThis, { __forge_fetch__: fetch, __forge_runtime__: runtimeGlobal });
      setInstalledForgeRuntime(info);
    },
    uninstall: () => {
      Reflect.deleteProperty(globalThis, '__forge_fetch__');
      Reflect.deleteProperty(globalThis, '__forge_runtime__');
      setInstalledForgeRuntime(undefined);
    },
  };
  runtime.activate();
  return runtime;
}
