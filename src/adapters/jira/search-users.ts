/** People by name or email, as the asking user may find them: `GET /rest/api/3/user/search` (active accounts only). */
import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../app-error';
import type { ProductRequest } from '../product-request';

const user = z.looseObject({ accountId: z.string(), displayName: z.string().optional(), active: z.boolean().optional(), accountType: z.string().optional() });

export interface FoundUser {
  accountId: string;
  displayName: string;
  active: boolean;
}

export async function searchUsers(request: ProductRequest, query: string, maxResults = 20): Promise<FoundUser[]> {
  const users = await request(z.array(user), route`/rest/api/3/user/search?query=${query}&maxResults=${String(maxResults)}`);
  return users
    .filter((u) => u.accountType === undefined || u.accountType === 'atlassian')
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId, active: u.active ?? true }));
}

/** At most this many names are read (one fetch each, within Forge's 100 an invocation); the rest show their ids. */
const MAX_NAMES = 40;

/** People by account id (the rate table's rows), through `GET /rest/api/3/user`; an unknown id is left out. */
export async function fetchUserNames(request: ProductRequest, accountIds: readonly string[]): Promise<FoundUser[]> {
  const found: FoundUser[] = [];
  for (const accountId of accountIds.slice(0, MAX_NAMES)) {
    try {
      const u = await request(user, route`/rest/api/3/user?accountId=${accountId}`);
      found.push({ accountId: u.accountId, displayName: u.displayName ?? u.accountId, active: u.active ?? true });
    } catch (error) {
      // A deleted or hidden account: its rate row still shows the id, so nothing is lost by leaving it out here.
      if (error instanceof AppError && error.code === 'NOT_FOUND') continue;
      throw error;
    }
  }
  return found;
}
