/**
 * The CLI's in-process source: a sandbox site built from a snapshot file, answering as a chosen user (the
 * first site admin unless `--user` says otherwise) and as the app.
 */
import { readFile } from 'node:fs/promises';
import { snapshotSchema, type Snapshot } from '../../test/sandbox/snapshot-schema';
import { createSite } from '../../test/sandbox/site';
import type { Principal, Site } from '../../test/sandbox/site-types';
import type { ProductFetch } from '../adapters/product-fetch';
import { UsageError } from './usage-error';

export async function readSnapshot(file: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read snapshot file ${file}: ${error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`snapshot file ${file} is not JSON`);
  }
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    throw new UsageError(`snapshot file ${file} does not match the snapshot schema: ${first ? `${first.path.join('.') || '(top level)'}: ${first.message}` : 'unknown problem'}${more}`);
  }
  return parsed.data;
}

function fetchAs(site: Site, principal: Principal): ProductFetch {
  return (path, init) =>
    site.handle({
      product: path.value.startsWith('/wiki/') ? 'confluence' : 'jira',
      method: init?.method ?? 'GET',
      path: path.value,
      headers: init?.headers ?? {},
      ...(init?.body !== undefined ? { body: init.body } : {}),
      principal,
    });
}

export function snapshotFetch(snapshot: Snapshot, userEmail: string | null): { viewer: ProductFetch; app: ProductFetch; viewerName: string } {
  const site = createSite(snapshot);
  const user = userEmail === null
    ? snapshot.users.find((u) => snapshot.siteAdmins.includes(u.accountId) && u.active)
    : snapshot.users.find((u) => u.emailAddress?.toLowerCase() === userEmail.toLowerCase());
  if (!user) {
    throw new UsageError(userEmail === null ? 'the snapshot has no active site admin to run as; pass --user EMAIL' : `no user with email ${userEmail} in the snapshot`);
  }
  return { viewer: fetchAs(site, { type: 'user', accountId: user.accountId }), app: fetchAs(site, { type: 'app' }), viewerName: user.displayName };
}
