/**
 * The first answers a module always asks for, started as soon as Forge's context names the module, while the
 * view's own code is still loading (its chunks, then its first render: about a third of a second on a page load in
 * the sandbox, a round trip or two more from Forge's CDN). The view's own first call to the same resolver with the
 * same payload takes the answer already on its way instead of asking again; each is taken once, so a retry or a
 * later refresh asks anew. Only answers every opening of the module asks, whatever it opens on: a guess that is
 * not asked would be a wasted invocation. A Confluence macro's is its resolver with the config Forge's context
 * carries (`extension.config`), read as its view reads it (macro-context.ts): none while its config dialog is
 * open or when it is not configured, where the view asks nothing.
 */
import type { ResolverKey } from '@contract';
import { projectOfIssue } from '../issue-panel/issue-risks-of';
import { MACRO_RESOLVERS, macroKindOf, macroSetupOf } from '../macros/macro-context';

export interface FirstCall {
  key: ResolverKey;
  payload: Record<string, unknown>;
}

const started = new Map<string, Promise<unknown>>();

const idOf = (key: string, payload: Record<string, unknown>): string => `${key} ${JSON.stringify(payload)}`;

/**
 * The calls every opening of a module makes first (the issue panel's five; the project page's status line and
 * banner; a configured macro's one); `extension`: Forge's context's, which a macro's config comes in.
 */
export function firstCallsOf(moduleKey: string, placement: { issueKey?: string | undefined; projectKey?: string | undefined }, extension?: unknown): FirstCall[] {
  const { issueKey, projectKey } = placement;
  const macro = macroKindOf(moduleKey);
  if (macro !== undefined) {
    const setup = macroSetupOf(macro, extension);
    return setup.configuring || setup.config === null ? [] : [{ key: MACRO_RESOLVERS[macro], payload: setup.config }];
  }
  if (moduleKey === 'keel-issue-panel' && issueKey !== undefined) {
    return [
      ...(['schedule/issue', 'resources/issue', 'forecast/issue', 'risks/issue'] as const).map((key) => ({ key, payload: { issueKey } })),
      { key: 'decisions/get', payload: { projectKey: projectOfIssue(issueKey) } },
    ];
  }
  if (moduleKey === 'keel-project-page' && projectKey !== undefined) {
    return (['status/get', 'hidden/get'] as const).map((key) => ({ key, payload: { projectKey } }));
  }
  return [];
}

/** Starts each call with `call` (the resolver call as `callResolver` makes it), to be taken once by the view. */
export function startFirstAnswers(calls: readonly FirstCall[], call: (key: string, payload: Record<string, unknown>) => Promise<unknown>): void {
  for (const { key, payload } of calls) {
    const answer = call(key, payload);
    // Never an unhandled rejection: the view that takes it handles the failure, and one never taken is dropped.
    answer.catch(() => undefined);
    started.set(idOf(key, payload), answer);
  }
}

/** The answer started for this call, once; undefined when none was (or it was already taken). */
export function takeFirstAnswer(key: string, payload: Record<string, unknown>): Promise<unknown> | undefined {
  const id = idOf(key, payload);
  const answer = started.get(id);
  started.delete(id);
  return answer;
}
