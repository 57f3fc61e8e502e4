import type { ApplyPlanResult, PayloadOf } from '@contract';

/**
 * The apply call for a list the user confirmed: the scenario's version and every listed change with its "from"
 * and "to", so the resolver writes nothing Jira changed since the list was shown (issue #17).
 */
export function applyPayload(projectKey: string, id: string, plan: ApplyPlanResult): PayloadOf<'scenarios/apply'> {
  return { projectKey, id, version: plan.scenario.version, listed: plan.changes.map(({ id: changeId, kind, key, text, change }) => ({ id: changeId, kind, key, text, change })) };
}
