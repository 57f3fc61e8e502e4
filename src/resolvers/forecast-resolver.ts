/**
 * `forecast/get`, `forecast/criticality`, `forecast/issue`: the project's probabilistic forecast for the
 * signed-in user (every read as that user); a large project's from the forecast the consumer stored.
 */
import { getForecastAnswer, getForecastCriticality, getIssueForecast } from '../use-cases/forecast-views';
import type { ForecastBackgroundPorts } from '../use-cases/stored-forecast-state';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant, pushForecastRefresh, pushOutsideVariantForecast } from './analysis-events';
import { forecastCacheKvs } from './forecast-cache-kvs';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

const ports = (): ForecastBackgroundPorts => ({
  viewerJira: viewerJira(),
  appJira: appJira(),
  loadSettings: projectSettings,
  memo: invocationMemo(),
  store: analysisKvs,
  requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant,
  requestForecast: pushForecastRefresh, requestOutsideVariantForecast: pushOutsideVariantForecast,
  now: nowIso,
  forecastCache: forecastCacheKvs,
});

export const forecastResolver = wrapResolver('forecast/get', (payload, context) =>
  getForecastAnswer(ports(), {
    projectKey: payload.projectKey,
    asOf: today(context.timeZone),
    ...(payload.targetDate === undefined ? {} : { targetDate: payload.targetDate }),
    ...(payload.iterations === undefined ? {} : { iterations: payload.iterations }),
  }),
);

export const forecastCriticalityResolver = wrapResolver('forecast/criticality', (payload, context) =>
  getForecastCriticality(ports(), { projectKey: payload.projectKey, asOf: today(context.timeZone), ...(payload.keys === undefined ? {} : { keys: payload.keys }) }),
);

export const issueForecastResolver = wrapResolver('forecast/issue', (payload, context) => getIssueForecast(ports(), { issueKey: payload.issueKey, asOf: today(context.timeZone) }));
