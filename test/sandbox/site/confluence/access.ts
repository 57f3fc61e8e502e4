/**
 * Confluence lookups through the space permissions: a space or page the principal may not read is
 * answered as missing (404), as Confluence does, so its existence does not leak.
 */
import type { Principal } from '../../site-types';
import type { Snapshot } from '../../snapshot-schema';
import { canReadSpace, canWriteSpace } from '../permissions';
import { appUser } from '../jira/users';

export type Space = Snapshot['confluence']['spaces'][number];
export type Page = Snapshot['confluence']['pages'][number];

export function readableSpace(state: Snapshot, principal: Principal, spaceId: string): Space | undefined {
  const space = state.confluence.spaces.find((s) => s.id === spaceId);
  return space && canReadSpace(state, principal, space.key) ? space : undefined;
}

export function readablePage(state: Snapshot, principal: Principal, pageId: string): Page | undefined {
  const page = state.confluence.pages.find((p) => p.id === pageId);
  return page && readableSpace(state, principal, page.spaceId) ? page : undefined;
}

export function writableSpace(state: Snapshot, principal: Principal, spaceId: string): Space | undefined {
  const space = readableSpace(state, principal, spaceId);
  return space && canWriteSpace(state, principal, space.key) ? space : undefined;
}

/** The account id recorded as author of a write. */
export function authorOf(principal: Principal): string {
  return principal.type === 'user' ? principal.accountId : appUser.accountId;
}

/** The next numeric id after every id in `ids`, at least `floor`. */
export function nextId(ids: readonly string[], floor: number): string {
  return String(1 + Math.max(floor, ...ids.map(Number).filter((n) => Number.isFinite(n))));
}
