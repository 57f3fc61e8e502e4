/**
 * `keel detect`: the settings Keel would suggest for a site, with the reason for each choice, through the
 * same use case as the admin page. Prints `{ settings, report }`; `settings` can be saved and passed to
 * `keel analyze --settings`.
 */
import { productRequest } from '../adapters/product-request';
import { detectSettings, type DetectedSettings } from '../use-cases/detect-settings';
import type { Command } from './parse-args';
import { siteFetch } from './site-fetch';
import { readSnapshot, snapshotFetch } from './snapshot-fetch';

export async function detect(command: Extract<Command, { name: 'detect' }>): Promise<DetectedSettings> {
  const { source } = command;
  const fetch = source.kind === 'snapshot' ? snapshotFetch(await readSnapshot(source.file), source.userEmail).viewer : siteFetch(source.url, source.email, source.token);
  const { settings, report } = await detectSettings({ jira: productRequest({ product: 'Jira', fetch, retry: { maxTotalWaitMs: 120_000 } }) });
  return { settings, report };
}
