/**
 * The host page's side of the bridge: answers the module's `callBridge` operations as Jira does. `invoke` and
 * `fetchProduct` go to the sandbox server, which runs the real resolver / the emulated Jira as the signed-in user.
 */
import { z } from 'zod';
import { designTokenCss, type ColorMode } from '../design-tokens';
import { saveMacroConfig } from './macro-config-save';

const invokePayload = z.object({ functionKey: z.string(), payload: z.unknown() });
const navigatePayload = z.union([
  z.object({ url: z.string() }).loose(),
  z.object({ target: z.literal('issue'), issueKey: z.string() }).loose(),
]);
const serverError = z.object({ error: z.string() });

async function postJson(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok) {
    const parsed = serverError.safeParse(answer);
    throw new Error(parsed.success ? parsed.data.error : `The sandbox answered ${response.status} to ${path}.`);
  }
  return answer;
}

/** The issue key a navigation names: `/browse/KEY`, a full URL to it, or `{ target: 'issue', issueKey }`. */
export function issueKeyOf(location: z.infer<typeof navigatePayload>): string | undefined {
  if ('issueKey' in location && typeof location.issueKey === 'string') return location.issueKey;
  const url = 'url' in location && typeof location.url === 'string' ? location.url : '';
  return /\/browse\/([A-Za-z][A-Za-z0-9_]*-\d+)/.exec(url)?.[1]?.toUpperCase();
}

function showIssue(payload: unknown): null {
  const location = navigatePayload.safeParse(payload);
  const issueKey = location.success ? issueKeyOf(location.data) : undefined;
  if (!issueKey) throw new Error(`The Keel sandbox can only open issues (/browse/KEY), not ${JSON.stringify(payload)}.`);
  const query = new URLSearchParams(window.location.search);
  query.set('issue', issueKey);
  // From a Confluence page (a macro), the issue opens in Jira, in its own project.
  if (query.get('product') === 'confluence') {
    for (const name of ['product', 'page', 'space', 'configure']) query.delete(name);
    query.set('project', issueKey.replace(/-\d+$/, ''));
  }
  // Answer the app first, then show the issue (Jira navigates after the bridge call resolves).
  setTimeout(() => window.location.assign(`/?${query.toString()}`), 0);
  return null;
}

/** What a dialog frame (a macro's config) does on `view.submit` and `view.close`: go back to the page. */
export interface DialogHooks {
  done: () => void;
}

/** Answers one bridge operation for the module whose Forge context is `context`. */
export async function answerBridge(
  op: string,
  payload: unknown,
  context: { accountId?: string | undefined; theme?: { colorMode?: ColorMode | undefined } | undefined },
  dialog?: DialogHooks,
): Promise<unknown> {
  switch (op) {
    case 'enableTheming': {
      // The frame's side of the bridge (bridge-preamble.ts) puts this on its <html>, as Forge's does.
      const colorMode = context.theme?.colorMode ?? 'light';
      return { colorMode, css: designTokenCss(colorMode) };
    }
    case 'getContext':
      return context;
    case 'invoke': {
      const call = invokePayload.parse(payload);
      return postJson('/__sandbox/invoke', { functionKey: call.functionKey, payload: call.payload ?? {}, context });
    }
    case 'fetchProduct':
      return postJson('/__sandbox/fetch-product', { request: payload, accountId: context.accountId ?? null });
    case 'navigate':
    case 'open':
      return showIssue(payload);
    case 'submit': {
      if (!dialog) return false;
      await saveMacroConfig(postJson, context, payload);
      setTimeout(dialog.done, 0);
      return true;
    }
    case 'close':
      if (!dialog) return false;
      setTimeout(dialog.done, 0);
      return true;
    default:
      throw new Error(`The Keel sandbox does not support the bridge operation "${op}".`);
  }
}
