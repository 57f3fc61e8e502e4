/**
 * The host page's side of the bridge: answers the module's `callBridge` operations as Jira does. `invoke` and
 * `fetchProduct` go to the sandbox server, which runs the real resolver / the emulated Jira as the signed-in user.
 */
import * as z from 'zod/mini';
import { designTokenCss, type ColorMode } from '../design-tokens';
import { saveMacroConfig } from './macro-config-save';
import { closeFlag, showFlag } from './host-flags';
import { answerHistory } from './host-history';
import { navigateTo, urlOf } from './host-navigation';

const invokePayload = z.object({ functionKey: z.string(), payload: z.unknown() });
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

/** What a dialog frame (a macro's config) does on `view.submit` and `view.close`: go back to the page. */
export interface DialogHooks {
  done: () => void;
}

/** Answers one bridge operation for the module whose Forge context is `context`. */
export async function answerBridge(
  op: string,
  payload: unknown,
  context: {
    accountId?: string | undefined;
    theme?: { colorMode?: ColorMode | undefined } | undefined;
    extension?: { type?: string | undefined } | undefined;
  },
  dialog?: DialogHooks,
): Promise<unknown> {
  switch (op) {
    case 'enableTheming': {
      // The frame's side of the bridge (bridge-preamble.ts) puts this on its <html>, as Forge's does.
      const colorMode = context.theme?.colorMode ?? 'light';
      return { colorMode, css: designTokenCss(colorMode) };
    }
    case 'getContext':
      // The site the viewer browses: in Jira the site's own address, here the sandbox's, which serves /browse/KEY.
      return { ...context, siteUrl: window.location.origin };
    case 'invoke': {
      const call = invokePayload.parse(payload);
      return postJson('/__sandbox/invoke', { functionKey: call.functionKey, payload: call.payload ?? {}, context });
    }
    case 'fetchProduct':
      return postJson('/__sandbox/fetch-product', { request: payload, accountId: context.accountId ?? null });
    case 'navigate':
    case 'open':
      return navigateTo(payload);
    case 'getUrl':
      return urlOf(payload, window.location.origin, new URLSearchParams(window.location.search));
    case 'createHistory':
    case 'historyUpdate':
    case 'historyGo':
      return answerHistory(op, payload, context.extension?.type);
    case 'showFlag':
      return showFlag(payload);
    case 'closeFlag':
      return closeFlag(payload);
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
