/** `risks/get`: the project's risk register for the signed-in user (every read as that user). */
import { getRisks } from '../use-cases/get-risks';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { trackVisitedProject } from './history-resolvers';
import { wrapResolver } from './resolver-wrapper';

export const risksResolver = wrapResolver('risks/get', (payload) =>
  getRisks(
    { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings },
    { projectKey: payload.projectKey, asOf: today() },
  ).then(trackVisitedProject),
);
