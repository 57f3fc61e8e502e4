/** `overview/get`: the project page's Overview for the signed-in user. */
import { getOverview } from '../use-cases/get-overview';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';

export const overviewResolver = wrapResolver('overview/get', (payload) =>
  getOverview(
    { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings },
    { projectKey: payload.projectKey, asOf: today() },
  ),
);
