/**
 * Calls a trigger function (scheduled trigger, product event trigger) as Forge does: `handler(event, context)`
 * with `context = { installContext }`, inside an invocation with no user and the function's time limit.
 * `scheduledTriggerEvent` builds the event Forge sends a scheduled trigger.
 */
import { runInvocation, withTimeout } from './invocation-context';
import { installedForgeRuntime, type RuntimeInfo } from './installed-runtime';

export type TriggerHandler = (event: Record<string, unknown>, context: Record<string, unknown>) => unknown;

export interface FireTriggerOptions {
  moduleKey?: string;
  /** Forge's default is 25 s; up to 900 s with `timeoutSeconds` in the manifest. */
  timeoutMs?: number;
  runtime?: RuntimeInfo;
}

export async function fireTrigger(handler: TriggerHandler, event: Record<string, unknown>, options: FireTriggerOptions = {}): Promise<unknown> {
  const runtime = options.runtime ?? installedForgeRuntime();
  const timeoutMs = options.timeoutMs ?? 25_000;
  const work = runInvocation({ moduleKey: options.moduleKey ?? 'trigger', timeoutMs }, async () =>
    await handler(event, { installContext: runtime.installContext }),
  );
  return withTimeout(work, timeoutMs, `Trigger '${options.moduleKey ?? 'trigger'}'`);
}

/** The event of a scheduled trigger: `{ context: { cloudId, moduleKey, userAccess }, contextToken }`. */
export function scheduledTriggerEvent(moduleKey: string, runtime: RuntimeInfo = installedForgeRuntime()): Record<string, unknown> {
  return { context: { cloudId: runtime.cloudId, moduleKey, userAccess: { enabled: false } }, contextToken: 'sandbox-context-token' };
}
