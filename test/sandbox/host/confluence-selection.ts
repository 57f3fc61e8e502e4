/**
 * What the Confluence side of the host shows, read from the URL (`?product=confluence&user=<email>&page=ID`,
 * or `&space=KEY` for a space's home page, and `&configure=<macro localId>` to open a macro's config dialog).
 */
import type { Principal } from '../site-types';
import type { Snapshot } from '../snapshot-schema';
import { canReadSpace } from '../site/permissions';

type Space = Snapshot['confluence']['spaces'][number];
type Page = Snapshot['confluence']['pages'][number];

export interface ConfluenceSelection {
  /** The page asked for, even one the user may not read (the page view then says so). */
  page: Page | undefined;
  space: Space | undefined;
  readable: boolean;
  /** The localId of the macro whose config dialog is open. */
  configure: string | undefined;
}

export function readableSpaces(snapshot: Snapshot, principal: Principal): Space[] {
  return snapshot.confluence.spaces.filter((s) => canReadSpace(snapshot, principal, s.key));
}

export function confluenceSelection(snapshot: Snapshot, principal: Principal, query: URLSearchParams): ConfluenceSelection {
  const { spaces, pages } = snapshot.confluence;
  const wantedSpace = spaces.find((s) => s.key === query.get('space')?.toUpperCase());
  const homepage = (space: Space | undefined) => pages.find((p) => p.id === (typeof space?.['homepageId'] === 'string' ? space['homepageId'] : undefined));
  const page = pages.find((p) => p.id === query.get('page')) ?? homepage(wantedSpace) ?? homepage(readableSpaces(snapshot, principal)[0]);
  const space = spaces.find((s) => s.id === page?.spaceId) ?? wantedSpace;
  return {
    page,
    space,
    readable: space !== undefined && canReadSpace(snapshot, principal, space.key),
    configure: query.get('configure') ?? undefined,
  };
}
