/**
 * The host page's side of `view.createHistory()`: the module's location is the `path` parameter of the host's
 * own address (app-location.ts), so the browser's back and forward move through it. Jira offers a history only
 * to full-page modules (a project page, an admin page, a project's settings); elsewhere the call fails.
 */
import * as z from 'zod/mini';
import { appLocationOf, appLocationSchema, hostUrlWith, type AppLocation } from './app-location';
import { BRIDGE_CHANNEL, type BridgeHistoryPop } from './bridge-messages';

const PAGE_MODULES = new Set(['jira:projectPage', 'jira:adminPage', 'jira:projectSettingsPage', 'jira:globalPage']);
const update = z.object({ location: appLocationSchema, replace: z.boolean() });
const go = z.object({ delta: z.int() });
const entryState = z.object({ keelAppState: z.unknown() });

export function answerHistory(op: string, payload: unknown, moduleType: string | undefined): AppLocation | null {
  if (!moduleType || !PAGE_MODULES.has(moduleType)) {
    throw new Error(`view.createHistory is only available in full-page modules, not in ${moduleType ?? 'this module'}.`);
  }
  if (op === 'createHistory') {
    return appLocationOf(new URL(window.location.href), entryState.safeParse(window.history.state).data?.keelAppState ?? null);
  }
  if (op === 'historyGo') {
    window.history.go(go.parse(payload).delta);
    return null;
  }
  const { location, replace } = update.parse(payload);
  const next = hostUrlWith(new URL(window.location.href), location).href;
  const state = { keelAppState: location.state };
  if (replace) window.history.replaceState(state, '', next);
  else window.history.pushState(state, '', next);
  return location;
}

/** Back and forward: every module frame hears where its history now is. */
export function relayHistoryPops(frames: () => Iterable<HTMLIFrameElement>): void {
  window.addEventListener('popstate', (event) => {
    const location = appLocationOf(new URL(window.location.href), entryState.safeParse(event.state).data?.keelAppState ?? null);
    const message: BridgeHistoryPop = { channel: BRIDGE_CHANNEL, kind: 'history', location };
    for (const frame of frames()) frame.contentWindow?.postMessage(message, window.location.origin);
  });
}
