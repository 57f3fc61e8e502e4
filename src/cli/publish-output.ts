/**
 * `keel publish`: computes the artefact as the token's user and publishes it through the same use case as
 * the app's "Publish to Confluence" button, then prints the page id, version and whether anything changed.
 * The CLI has no Forge storage, so it finds Keel's page by its title, else (renamed) by reading the space's
 * pages for Keel's content property.
 */
import { confluenceRequest } from '../adapters/confluence/confluence-request';
import { productRequest } from '../adapters/product-request';
import { publishArtefact } from '../use-cases/publish-artefact';
import { loadSettingsFile } from './load-settings-file';
import type { PublishCommand } from './publish-args';
import { siteFetch } from './site-fetch';

export async function publishOutput(command: PublishCommand): Promise<string> {
  const settings = await loadSettingsFile(command.settingsFile);
  const fetch = siteFetch(command.site.url, command.site.email, command.site.token);
  const retry = { retry: { maxTotalWaitMs: 120_000 } };
  const result = await publishArtefact(
    { viewerJira: productRequest({ product: 'Jira', fetch, ...retry }), loadSettings: () => Promise.resolve(settings), confluence: confluenceRequest(fetch, retry), targets: null },
    { artefact: command.artefact, projectKey: command.projectKey, spaceKey: command.spaceKey, parentId: command.parentId },
  );
  const what = result.created ? 'created' : result.changed ? 'updated' : 'unchanged: nothing was written';
  return [
    `page ${result.pageId} "${result.title}" in space ${result.spaceKey}`,
    `version ${result.version} (${what})`,
    `changed ${String(result.changed)}`,
    `url ${result.url}`,
    '',
  ].join('\n');
}
