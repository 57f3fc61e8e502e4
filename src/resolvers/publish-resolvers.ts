/**
 * `raci/publish`, `decisions/publish`, `status/publish` and `confluence/spaces`: every read and write as the signed-in user
 * (Jira and Confluence `asUser`), so Keel publishes nothing the person could not read and writes nowhere they
 * could not write themselves.
 */
import { findSpace, listSpaces } from '../adapters/confluence/confluence-spaces';
import { searchPagesByTitle } from '../adapters/confluence/search-pages';
import { AppError } from '../app-error';
import { fetchProject } from '../adapters/jira/fetch-project';
import { lastTargetOf, publishTargets } from '../adapters/confluence/publish-targets';
import type { PublishArtefact, PublishPayload } from '../contract';
import { publishArtefact, type PublishPorts } from '../use-cases/publish-artefact';
import { fetchesLeft, forgeStore, projectSettings, today, viewerConfluence, viewerJira } from './forge-ports';
import { jiraEvmPorts } from '../use-cases/evm-ports';
import { publishStatusReport } from '../use-cases/publish-status-report';
import { baselineKvs } from './evm-baseline-resolvers';
import { statusPorts } from './status-resolver';
import { reportPorts } from './report-ports';
import { wrapResolver, type CallContext } from './resolver-wrapper';
import { viewerFormat } from '../format/viewer-format';

function publishPorts(): PublishPorts {
  return { ...reportPorts(), confluence: viewerConfluence(), targets: publishTargets(forgeStore) };
}

/** The publisher's locale and time zone: a page has many readers, so its dates are the publisher's, and it says so. */
const publisherFormat = (context: CallContext) => viewerFormat({ locale: context.locale, timeZone: context.timeZone });

const publish = (artefact: Exclude<PublishArtefact, 'status'>, payload: PublishPayload, context: CallContext) =>
  publishArtefact(publishPorts(), { artefact, projectKey: payload.projectKey, spaceKey: payload.spaceKey, parentId: payload.parentId ?? null, format: publisherFormat(context) });

export const publishRaciResolver = wrapResolver('raci/publish', (payload, context) => publish('raci', payload, context));

export const publishDecisionsResolver = wrapResolver('decisions/publish', (payload, context) => publish('decisions', payload, context));

/** The dated status report (issue 16, item 7): every analysis read as the publisher, the page written as them. */
export const publishStatusResolver = wrapResolver('status/publish', (payload, context) => {
  const asOf = today(context.timeZone);
  return publishStatusReport(
    {
      status: statusPorts(),
      report: reportPorts(),
      evmPorts: (projectKey, fetchLimit) => jiraEvmPorts({ viewerJira: viewerJira(), appJira: null, loadSettings: projectSettings }, { projectKey, asOf, fetchLimit, baselines: baselineKvs }),
      fetchesLeft,
      confluence: viewerConfluence(),
      targets: publishTargets(forgeStore),
      store: forgeStore,
    },
    { projectKey: payload.projectKey, spaceKey: payload.spaceKey, parentId: payload.parentId ?? null, asOf, format: publisherFormat(context) },
  );
});

export const confluenceSpacesResolver = wrapResolver('confluence/spaces', async (payload) => {
  // Where a project's artefact was last published is the project's: only someone who may browse it is told.
  await fetchProject(viewerJira(), payload.projectKey);
  const spaces = await listSpaces(viewerConfluence());
  const last = await publishTargets(forgeStore).get(payload.artefact, payload.projectKey);
  return { spaces: spaces.map(({ id, key, name }) => ({ id, key, name })), lastTarget: lastTargetOf(last) };
});

/** The parent page picker: pages of the chosen space whose titles contain the text, as the person sees them. */
export const confluencePagesResolver = wrapResolver('confluence/pages', async (payload) => {
  await fetchProject(viewerJira(), payload.projectKey);
  const confluence = viewerConfluence();
  const { space } = await findSpace(confluence, payload.spaceKey);
  if (!space) throw new AppError('NOT_FOUND', `You cannot see a Confluence space with the key ${payload.spaceKey}. Choose another space.`);
  return searchPagesByTitle(confluence, space.id, payload.text);
});
