/**
 * A click on a link to a page of the site, followed the way Jira follows its own: a plain click moves this tab
 * (`router.navigate`); a middle-click or a click with Ctrl, Cmd, Shift or Alt is left to the browser, which
 * opens the link's real address in a new tab or window.
 */
import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';
import { isPlainClick } from './plain-click';

/** Moves the host page (not the iframe) to `address`; reports a refusal in the console with the address. */
export function navigateTo(address: string): void {
  router.navigate(address).catch((error: unknown) => {
    console.error(`Could not open ${address}:`, error instanceof Error ? error.message : error);
  });
}

/** The click handler of an `<a href={address}>` to a page of the site. */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  navigateTo(event.currentTarget.href);
}
