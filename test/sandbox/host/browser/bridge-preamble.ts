/**
 * Loaded in the module iframe before the Custom UI bundle, as Forge injects its bridge: defines
 * `globalThis.__bridge.callBridge(op, payload)`, which @forge/bridge looks up when it is imported. Every call
 * is forwarded to the host page (the parent window), which answers it the way Jira would.
 */
import * as z from 'zod/mini';
import { appLocationSchema } from './app-location';
import { BRIDGE_CHANNEL, bridgeHistoryPop, bridgeResponse, type BridgeRequest } from './bridge-messages';
import { frameHistory, type FrameHistory } from './frame-history';

declare global {
  interface Window {
    __bridge: { callBridge: (op: string, payload?: unknown) => Promise<unknown> };
  }
}

z.config({ jitless: true });

const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextId = 1;

const themeAnswer = z.object({ colorMode: z.enum(['light', 'dark']), css: z.string() });

/**
 * What Forge's bridge does in the frame for `view.theme.enable()`: loads the theme's design tokens into a
 * stylesheet and marks `<html>` with the colour mode (`data-color-mode`) and the themes (`data-theme`).
 */
function applyTheme(answer: unknown): void {
  const { colorMode, css } = themeAnswer.parse(answer);
  const root = document.documentElement;
  root.setAttribute('data-theme', 'dark:dark light:light');
  root.setAttribute('data-color-mode', colorMode);
  const style = document.querySelector('style[data-theme-tokens]') ?? document.head.appendChild(document.createElement('style'));
  style.setAttribute('data-theme-tokens', colorMode);
  style.textContent = css;
}

let history: FrameHistory | undefined;

/** `view.createHistory()`: one history object per frame, starting where the host's address says. */
async function createHistory(): Promise<FrameHistory> {
  if (history) return history;
  const initial = appLocationSchema.parse(await forward('createHistory'));
  history = frameHistory(initial, forward);
  return history;
}

function callBridge(op: string, payload?: unknown): Promise<unknown> {
  if (op === 'enableTheming') return forward(op, payload).then(applyTheme);
  if (op === 'createHistory') return createHistory();
  return forward(op, payload);
}

function forward(op: string, payload?: unknown): Promise<unknown> {
  if (window.parent === window) {
    return Promise.reject(new Error(`Keel sandbox: "${op}" needs the host page; open the sandbox at / instead of /app/.`));
  }
  const id = nextId++;
  const request: BridgeRequest = { channel: BRIDGE_CHANNEL, kind: 'request', id, op, payload };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    window.parent.postMessage(request, window.location.origin);
  });
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.origin !== window.location.origin) return;
  const pop = bridgeHistoryPop.safeParse(event.data);
  if (pop.success) {
    history?.popped(pop.data.location);
    return;
  }
  const parsed = bridgeResponse.safeParse(event.data);
  if (!parsed.success) return;
  const response = parsed.data;
  const waiting = pending.get(response.id);
  if (!waiting) return;
  pending.delete(response.id);
  if (response.ok) waiting.resolve(response.value);
  else waiting.reject(new Error(response.message));
});

// Jira sizes a Custom UI iframe to its content (iframe-resizer); the sandbox does the same.
function reportHeight(): void {
  const height = document.documentElement.offsetHeight;
  window.parent.postMessage({ channel: BRIDGE_CHANNEL, kind: 'resize', height }, window.location.origin);
}
document.addEventListener('DOMContentLoaded', () => new ResizeObserver(reportHeight).observe(document.body));

window.__bridge = { callBridge };
