/**
 * `showFlag` and its `close` as the host emulates them: flags stack at the bottom left of the host page, as
 * Jira and Confluence show them, each with its icon colour by appearance, a title, a description and a dismiss
 * button; `isAutoDismiss` flags leave after eight seconds. Actions (callbacks) cannot cross the sandbox's
 * postMessage, so a flag that has any is refused with a message.
 */
import * as z from 'zod/mini';

const AUTO_DISMISS_MS = 8000;
const flagOptions = z.object({
  id: z.union([z.string(), z.number()]),
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  type: z.optional(z.enum(['info', 'success', 'warning', 'error'])),
  appearance: z.optional(z.enum(['info', 'success', 'warning', 'error'])),
  isAutoDismiss: z.optional(z.boolean()),
  actions: z.optional(z.array(z.unknown())),
});
const closeOptions = z.object({ id: z.union([z.string(), z.number()]) });

function flagGroup(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('.host-flags');
  if (existing) return existing;
  const group = document.createElement('div');
  group.className = 'host-flags';
  group.setAttribute('role', 'region');
  group.setAttribute('aria-label', 'Flags');
  document.body.appendChild(group);
  return group;
}

const flagElement = (id: string) => [...document.querySelectorAll<HTMLElement>('.host-flag')].find((f) => f.dataset['flagId'] === id);

export function showFlag(payload: unknown): boolean {
  const options = flagOptions.parse(payload);
  if (options.actions && options.actions.length > 0) throw new Error('The Keel sandbox cannot show flag actions (their callbacks cannot cross frames here).');
  const id = String(options.id);
  flagElement(id)?.remove();
  const kind = options.appearance ?? options.type ?? 'info';
  const flag = document.createElement('div');
  flag.className = `host-flag host-flag--${kind}${options.appearance ? ' host-flag--bold' : ''}`;
  flag.dataset['flagId'] = id;
  flag.setAttribute('role', kind === 'error' || kind === 'warning' ? 'alert' : 'status');
  const title = document.createElement('p');
  title.className = 'host-flag__title';
  title.textContent = options.title ?? '';
  const description = document.createElement('p');
  description.className = 'host-flag__description';
  description.textContent = options.description ?? '';
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'host-flag__dismiss';
  dismiss.setAttribute('aria-label', 'Dismiss');
  dismiss.textContent = '×';
  dismiss.addEventListener('click', () => flag.remove());
  flag.append(title, description, dismiss);
  flagGroup().prepend(flag);
  if (options.isAutoDismiss) setTimeout(() => flag.remove(), AUTO_DISMISS_MS);
  return true;
}

export function closeFlag(payload: unknown): boolean {
  const flag = flagElement(String(closeOptions.parse(payload).id));
  flag?.remove();
  return flag !== undefined;
}
