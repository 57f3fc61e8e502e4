/**
 * Delivers the sandbox Jira's events (site/jira/jira-events.ts) to the app's `trigger` modules as Forge does:
 * each event whose type a trigger lists calls its function `(event, { installContext })` with the event's payload
 * plus `context: { cloudId, moduleKey }`, in an invocation with no user. Delivery is asynchronous, as on Forge;
 * `settled()` waits for every delivery so far, and rejects with the failures.
 */
import { onJiraEvent, type JiraEvent } from '../site/jira/jira-events';
import type { TriggerHandler } from './fire-trigger';
import type { ForgeRuntime } from './install-forge-runtime';

export interface ProductTrigger {
  moduleKey: string;
  events: readonly string[];
  handler: TriggerHandler;
}

export interface ProductTriggers {
  /** Every event delivered, in order, for tests. */
  readonly delivered: JiraEvent[];
  settled(): Promise<void>;
  disconnect(): void;
}

export function connectProductTriggers(runtime: ForgeRuntime, triggers: readonly ProductTrigger[]): ProductTriggers {
  const delivered: JiraEvent[] = [];
  let pending: Array<Promise<unknown>> = [];
  const failures: unknown[] = [];
  const disconnect = onJiraEvent(runtime.site.state, (event) => {
    for (const trigger of triggers.filter((t) => t.events.includes(event.eventType))) {
      delivered.push(event);
      const payload = { ...event, context: { cloudId: runtime.cloudId, moduleKey: trigger.moduleKey } };
      pending.push(runtime.fireTrigger(trigger.handler, payload, { moduleKey: trigger.moduleKey }).catch((error: unknown) => failures.push(error)));
    }
  });
  return {
    delivered,
    async settled() {
      while (pending.length > 0) {
        const batch = pending;
        pending = [];
        await Promise.all(batch);
      }
      if (failures.length > 0) throw new AggregateError(failures.splice(0), 'product event triggers failed');
    },
    disconnect,
  };
}
