/** `chase/get` and `hidden/get` (issue #16 items 4 and 5), for the signed-in user; large projects read the stored analysis. */
import { getChase } from '../use-cases/get-chase';
import { getHiddenWork } from '../use-cases/get-hidden-work';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant } from './analysis-events';
import { appJira, projectSettings, today, viewerJira } from './forge-ports';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo } from '../use-cases/invocation-memo';

const ports = () => ({ viewerJira: viewerJira(), appJira: appJira(), loadSettings: projectSettings, memo: invocationMemo(), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso });

export const chaseResolver = wrapResolver('chase/get', (payload, context) => getChase(ports(), { projectKey: payload.projectKey, asOf: today(context.timeZone) }));

export const hiddenWorkResolver = wrapResolver('hidden/get', (payload, context) => getHiddenWork(ports(), { projectKey: payload.projectKey, asOf: today(context.timeZone) }));
