/**
 * The host page's script: keeps the switchers in the URL, sizes the module iframe and answers its bridge calls.
 */
import * as z from 'zod/mini';
import { BRIDGE_CHANNEL, bridgeRequest, bridgeResize, type BridgeResponse } from './bridge-messages';
import { answerBridge } from './host-bridge';
import { relayHistoryPops } from './host-history';

z.config({ jitless: true });

const contextSchema = z.looseObject({
  accountId: z.optional(z.string()),
  theme: z.optional(z.looseObject({ colorMode: z.optional(z.enum(['light', 'dark'])) })),
});

function wireSwitchers(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-autosubmit]');
  if (!form) return;
  form.addEventListener('change', (event) => {
    const issue = form.elements.namedItem('issue');
    // A new user or project makes the chosen issue meaningless.
    if (event.target instanceof HTMLSelectElement && event.target.name !== 'issue' && issue instanceof HTMLSelectElement) {
      issue.value = '';
    }
    form.requestSubmit();
  });
}

function wireFrame(frame: HTMLIFrameElement): void {
  const context = contextSchema.parse(JSON.parse(frame.dataset['context'] ?? '{}'));
  const reply = (message: BridgeResponse) => frame.contentWindow?.postMessage(message, window.location.origin);
  const minHeight = Number(frame.dataset['minHeight'] ?? '200') || 200;
  // A macro's config dialog goes back to the page when it is submitted or closed.
  const dialog = frame.closest<HTMLElement>('[data-close]')?.dataset['close'];
  const hooks = dialog === undefined ? undefined : { done: () => window.location.assign(dialog) };
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
    const resize = bridgeResize.safeParse(event.data);
    if (resize.success) {
      frame.style.height = `${Math.max(minHeight, Math.ceil(resize.data.height))}px`;
      return;
    }
    const request = bridgeRequest.safeParse(event.data);
    if (!request.success) return;
    const { id, op, payload } = request.data;
    answerBridge(op, payload, context, hooks).then(
      (value) => reply({ channel: BRIDGE_CHANNEL, kind: 'response', id, ok: true, value }),
      (error: unknown) =>
        reply({ channel: BRIDGE_CHANNEL, kind: 'response', id, ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  // The module loads only once the bridge listens, so its first getContext call is never lost.
  const src = frame.dataset['src'];
  if (src) frame.src = src;
}

wireSwitchers();
// A Jira page has one module frame; a Confluence page one per macro, and one more in a config dialog.
document.querySelectorAll<HTMLIFrameElement>('iframe.module-frame').forEach(wireFrame);
relayHistoryPops(() => document.querySelectorAll<HTMLIFrameElement>('iframe.module-frame'));
