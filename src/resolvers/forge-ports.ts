/**
 * The real ports of a Forge invocation: Jira as the viewer (`asUser`), Jira as the app (`asApp`, used only
 * where a use case has checked what the viewer may know), and Forge storage.
 */
import { localDate } from '../domain/local-date';
import api, { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';
import { loadEffectiveSettings } from '../adapters/storage/project-settings-store';
import type { KeyValueStore } from '../adapters/storage/settings-store';
import type { Settings } from '../config/settings';
import { productRequest, type ProductRequest } from '../adapters/product-request';
import { confluenceRequest } from '../adapters/confluence/confluence-request';
import { invocationBudget, type InvocationBudget } from '../adapters/invocation-budget';
import { withScopeAdvice } from '../use-cases/scope-refused';

let budgetOf: { invocationId: string; budget: InvocationBudget } | null = null;

/**
 * This invocation's fetch and retry-sleep budget, shared by every request it makes as the viewer and as the
 * app. Keyed by the invocation's id: Forge may run the next invocation in the same process.
 */
function budget(): InvocationBudget {
  const { invocationId } = getAppContext();
  if (budgetOf?.invocationId !== invocationId) budgetOf = { invocationId, budget: invocationBudget() };
  return budgetOf.budget;
}

/** Product fetches this invocation may still make, for work that spends what the rest leaves (history reads). */
export function fetchesLeft(): number {
  const b = budget();
  return b.maxFetches - b.fetches;
}

export function viewerJira(): ProductRequest {
  // Jira's refusal of a scope that names a project the viewer may not browse comes with what to do (scope-refused.ts).
  return withScopeAdvice(productRequest({ product: 'Jira', fetch: (path, init) => api.asUser().requestJira(path, init), budget: budget() }));
}

export function appJira(): ProductRequest {
  return productRequest({ product: 'Jira', fetch: (path, init) => api.asApp().requestJira(path, init), budget: budget() });
}

/** Confluence as the viewer: Keel writes pages only with the publishing person's own permissions. */
export function viewerConfluence(): ProductRequest {
  return confluenceRequest((path, init) => api.asUser().requestConfluence(path, init), { budget: budget() });
}

export const forgeStore: KeyValueStore = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value),
};

/** The settings a project's analyses use: the global settings with the project's own sections put in. */
export function projectSettings(projectKey: string): Promise<Settings> {
  return loadEffectiveSettings(forgeStore, projectKey);
}

/**
 * The clock: every resolver, trigger and consumer reads the time here, never `new Date()` itself. On Forge it
 * is the real clock (there is no other); the sandbox's test harnesses pin `Date` to the demo's today.
 */
export function now(): string {
  return new Date().toISOString();
}

/**
 * Today's date (ISO) in the viewer's time zone (Forge's context `timezone`): the status date of an analysis.
 * Background work, which has no viewer, reads the UTC date.
 */
export function today(timeZone?: string): string {
  return localDate(now(), timeZone);
}
