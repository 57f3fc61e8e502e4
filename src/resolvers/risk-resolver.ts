/** `risks/get`: the project's risk register for the signed-in user (every read as that user). */
import { loadSettings } from '../adapters/storage/settings-store';
import { getRisks } from '../use-cases/get-risks';
import { appJira, forgeStore, viewerJira } from './forge-ports';
import { trackVisitedProject } from './history-resolvers';
import { wrapResolver } from './resolver-wrapper';

export const risksResolver = wrapResolver('risks/get', (payload) =>
  getRisks(
    { viewerJira: viewerJira(), appJira: appJira(), loadSettings: () => loadSettings(forgeStore) },
    { projectKey: payload.projectKey, asOf: new Date().toISOString().slice(0, 10) },
  ).then(trackVisitedProject),
);
