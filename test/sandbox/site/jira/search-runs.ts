/**
 * A search's ordered result, kept for its later pages. Jira continues a search from its `nextPageToken`; the
 * sandbox used to run the query again for each page, so reading 50,000 issues 100 at a time cost 500 runs over
 * the whole site (O(N^2)). A later page now costs O(page): the kept order is sliced, and each issue on the page
 * is checked again (it still exists, still matches, may still be browsed), so an issue deleted or edited out of
 * the query between pages is left out, as Jira would. An issue that comes to match after the first page is not
 * added: Jira gives no promise either way. Only the last few searches are kept per site; a token whose result
 * is gone runs the query again, as before.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../site-types';
import type { Snapshot, SnapshotIssue } from '../../snapshot-schema';

export interface SearchRun {
  readonly jql: string;
  readonly principal: Principal;
  readonly issues: readonly SnapshotIssue[];
  readonly pageCheck: () => (issue: SnapshotIssue) => boolean;
}

const KEPT_PER_SITE = 16;
const runs = new WeakMap<Snapshot, Map<string, SearchRun>>();

const samePrincipal = (a: Principal, b: Principal): boolean =>
  a.type === b.type && (a.type !== 'user' || (b.type === 'user' && a.accountId === b.accountId));

/** Keeps a search's result; answers the id its page tokens carry. */
export function keepSearchRun(state: Snapshot, run: SearchRun): string {
  let kept = runs.get(state);
  if (!kept) {
    kept = new Map();
    runs.set(state, kept);
  }
  const id = randomUUID();
  kept.set(id, run);
  for (const old of kept.keys()) {
    if (kept.size <= KEPT_PER_SITE) break;
    kept.delete(old);
  }
  return id;
}

/** The kept result of the same query by the same principal, if it is still kept. */
export function keptSearchRun(state: Snapshot, id: string | undefined, jql: string, principal: Principal): SearchRun | undefined {
  const run = id === undefined ? undefined : runs.get(state)?.get(id);
  return run && run.jql === jql && samePrincipal(run.principal, principal) ? run : undefined;
}
