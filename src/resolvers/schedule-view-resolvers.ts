/** `schedule/rows`, `schedule/summary` and `schedule/detail`: the Dependencies tab's views of a large schedule, as the signed-in user. */
import { getScheduleDetail, getScheduleRows, getScheduleSummary } from '../use-cases/schedule-views/get-schedule-views';
import type { ForecastBackgroundPorts } from '../use-cases/stored-forecast-state';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant, pushForecastRefresh, pushOutsideVariantForecast } from './analysis-events';
import { forecastCacheKvs } from './forecast-cache-kvs';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

/** With the forecast's ports: the summary, the detail and a sort by criticality read it (issue #15). */
function ports(): ForecastBackgroundPorts {
  return { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo(), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, requestForecast: pushForecastRefresh, requestOutsideVariantForecast: pushOutsideVariantForecast, now: nowIso, forecastCache: forecastCacheKvs };
}

export const scheduleRowsResolver = wrapResolver('schedule/rows', (payload, context) => getScheduleRows(ports(), { ...payload, asOf: today(context.timeZone) }));

export const scheduleSummaryResolver = wrapResolver('schedule/summary', (payload, context) => getScheduleSummary(ports(), { ...payload, asOf: today(context.timeZone) }));

export const scheduleDetailResolver = wrapResolver('schedule/detail', (payload, context) => getScheduleDetail(ports(), { ...payload, asOf: today(context.timeZone) }));
