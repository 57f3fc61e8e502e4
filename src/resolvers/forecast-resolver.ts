/** `forecast/get`: the project's probabilistic forecast for the signed-in user (every read as that user). */
import { getForecast } from '../use-cases/get-forecast';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';

export const forecastResolver = wrapResolver('forecast/get', (payload, context) =>
  getForecast(
    { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings },
    {
      projectKey: payload.projectKey,
      asOf: today(context.timeZone),
      ...(payload.targetDate === undefined ? {} : { targetDate: payload.targetDate }),
      ...(payload.iterations === undefined ? {} : { iterations: payload.iterations }),
    },
  ),
);
