/** The ports a CLI command reads Jira through: a snapshot in-process (viewer and app) or a site over HTTPS (viewer only). */
import { productRequest } from '../adapters/product-request';
import type { Settings } from '../config/settings';
import type { ScopePorts } from '../use-cases/load-scope';
import type { Source } from './parse-args';
import { siteFetch } from './site-fetch';
import { readSnapshot, snapshotFetch } from './snapshot-fetch';

export async function cliScopePorts(source: Source, settings: Settings): Promise<{ ports: ScopePorts; viewerName: string }> {
  const fetches =
    source.kind === 'snapshot'
      ? snapshotFetch(await readSnapshot(source.file), source.userEmail)
      : { viewer: siteFetch(source.url, source.email, source.token), app: null, viewerName: source.email };
  return {
    viewerName: fetches.viewerName,
    ports: {
      viewerJira: productRequest({ product: 'Jira', fetch: fetches.viewer, retry: { maxTotalWaitMs: 120_000 } }),
      appJira: fetches.app ? productRequest({ product: 'Jira', fetch: fetches.app }) : null,
      loadSettings: () => Promise.resolve(settings),
    },
  };
}
