/**
 * The issue panel's first calls (first-answers.ts), each timed alone, one after another, from the same state the
 * page found (a new instance: nothing kept warm before each; a warm one: as the page left it). The sandbox runs
 * every invocation in its one Node process, so the page's five calls share one CPU and each waits for the others'
 * work; Forge gives each invocation its own. The sum of what each took alone is not a page's time either: they
 * run together there. What the page would show on Forge is about the longest of them alone, plus the page's own
 * time before its first call and after the last answer.
 */
import { modulePlacement } from '../../src/contract/module-placement';
import { firstCallsOf } from '../../static/src/api/first-answers';
import { withoutContextFields } from '../../static/src/api/context-payload';
import { forgeContext } from '../sandbox/host/forge-context';
import { hostSelection } from '../sandbox/host/host-selection';
import type { Sandbox } from '../sandbox/server';

/** Each first call of the module `query` opens, alone: "key ms" each, in the page's order. */
export async function callsAlone(sandbox: Sandbox, query: Record<string, string>, forgetWarm: (() => void) | undefined): Promise<string> {
  const { resolver } = await import('../../src/index');
  const context = forgeContext(sandbox.site.state, hostSelection(sandbox.site.state, new URLSearchParams(query)));
  const { extension } = context;
  const placement = { issueKey: extension.type === 'jira:issuePanel' ? extension.issue?.key : undefined, projectKey: 'project' in extension ? extension.project?.key : undefined };
  const calls = firstCallsOf(context.moduleKey, placement, extension);
  const timed: string[] = [];
  for (const { key, payload } of calls) {
    forgetWarm?.();
    const start = performance.now();
    const answer = (await sandbox.runtime.invokeResolver(resolver, {
      functionKey: key,
      payload: withoutContextFields(payload, modulePlacement(extension)),
      ...(context.accountId === undefined ? {} : { accountId: context.accountId }),
      extension: { ...extension },
      moduleKey: context.moduleKey,
      localId: context.localId,
      timezone: context.timezone,
      locale: context.locale,
    })) as { ok?: boolean } | null;
    timed.push(`${key} ${Math.round(performance.now() - start)}${answer?.ok === true ? '' : ' (failed)'}`);
  }
  return timed.join(', ');
}
