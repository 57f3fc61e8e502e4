/** `schedule/rows`, `schedule/summary` and `schedule/detail`: the Dependencies tab's views of a large schedule, as the signed-in user. */
import { getScheduleDetail, getScheduleRows, getScheduleSummary } from '../use-cases/schedule-views/get-schedule-views';
import type { BackgroundSchedulePorts } from '../use-cases/get-project-schedule';
import { analysisKvs, nowIso, pushAnalysisRefresh } from './analysis-events';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';

function ports(): BackgroundSchedulePorts {
  return { viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, store: analysisKvs, requestRefresh: pushAnalysisRefresh, now: nowIso };
}

export const scheduleRowsResolver = wrapResolver('schedule/rows', (payload, context) => getScheduleRows(ports(), { ...payload, asOf: today(context.timeZone) }));

export const scheduleSummaryResolver = wrapResolver('schedule/summary', (payload, context) => getScheduleSummary(ports(), { ...payload, asOf: today(context.timeZone) }));

export const scheduleDetailResolver = wrapResolver('schedule/detail', (payload, context) => getScheduleDetail(ports(), { ...payload, asOf: today(context.timeZone) }));
