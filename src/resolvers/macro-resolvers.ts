/**
 * The live Confluence macros (DESIGN.md section 2): `macro/raci`, `macro/decisions`, `macro/risks`, `macro/evm`,
 * `macro/forecast`, `macro/status`.
 * The payload is the macro's config (a project key or a JQL filter). Every Jira read runs as the person viewing
 * the page (`asUser`), never as the app: a macro shows exactly what its reader may see in Jira. The app only
 * counts, for a large project's stored analysis, so that the reader's own counts can be compared with its
 * (app-count-to-compare.ts): a reader who hides nothing is then answered from the small stored views, as the
 * project page answers them, and no app count is ever shown. The RACI matrix and decision log take a project or
 * a JQL filter; the risk register and earned value a project only (their scope is the project's scope JQL).
 */
import api from '@forge/api';
import { AppError } from '../app-error';
import type { MacroPayload } from '../contract';
import { productRequest, type ProductRequest } from '../adapters/product-request';
import { jiraEvmPorts } from '../use-cases/evm-ports';
import { getDecisionsMacro } from '../use-cases/get-decisions-macro';
import { getEvmMacro } from '../use-cases/get-evm-macro';
import { getForecastMacro } from '../use-cases/get-forecast-macro';
import { getProjectEvm } from '../use-cases/get-project-evm';
import { getRaciMacro } from '../use-cases/get-raci-macro';
import { getRisksMacro } from '../use-cases/get-risks-macro';
import { getStatusMacro } from '../use-cases/get-status-macro';
import { historyKvs } from './history-kvs-port';
import type { ScopePorts } from '../use-cases/load-scope';
import type { ReportScopeInput } from '../use-cases/report-scope';
import type { ForecastBackgroundPorts } from '../use-cases/stored-forecast-state';
import { analysisKvs, nowIso, pushAnalysisRefresh, pushOutsideVariant, pushForecastRefresh, pushOutsideVariantForecast } from './analysis-events';
import { baselineKvs } from './evm-baseline-resolvers';
import { forecastCacheKvs } from './forecast-cache-kvs';
import { appJira, projectSettings, today } from './forge-ports';
import { appCountToCompare } from './app-count-to-compare';
import { reportPorts } from './report-ports';
import { wrapResolver } from './resolver-wrapper';
import { invocationMemo, memoisedCounts, viewerProject } from '../use-cases/invocation-memo';

/** Forge's limit of product fetches per invocation (DESIGN.md section 5). */
const FORGE_FETCH_LIMIT = 100;


/**
 * Jira as the viewer: every read of a macro (the app only counts: `projectPorts`). When the last `requestJira`
 * threw instead of answering, the Confluence site has no Jira Keel can reach: that is said as such, not as a Jira
 * outage.
 */
function viewerPorts(): { viewerJira: ProductRequest; unreachable: () => boolean } {
  let threw = false;
  const viewerJira: ProductRequest = productRequest({
    product: 'Jira',
    fetch: async (path, init) => {
      try {
        const response = await api.asUser().requestJira(path, init);
        threw = false;
        return response;
      } catch (error) {
        threw = true;
        throw error;
      }
    },
    retry: { maxRetries: 1 },
  });
  return { viewerJira, unreachable: () => threw };
}

/** Runs a macro's work, turning "Jira could not be reached at all" into NOT_CONFIGURED. */
export async function asViewer<T>(work: (viewerJira: ProductRequest) => Promise<T>): Promise<T> {
  const { viewerJira, unreachable } = viewerPorts();
  try {
    return await work(viewerJira);
  } catch (error) {
    if (error instanceof AppError && error.code === 'JIRA_UNAVAILABLE' && unreachable()) {
      throw new AppError('NOT_CONFIGURED', 'Keel has no Jira site linked to this Confluence site, so the macro has nothing to show. Ask your admin to install Keel in the Jira site of this organisation.');
    }
    throw error;
  }
}

/**
 * The analyses of one project: the viewer's Jira, no app-level port (the app only counts, to compare with the
 * viewer's counts: app-count-to-compare.ts), the project's effective settings.
 */
export const projectPorts = (viewerJira: ProductRequest): ScopePorts => ({
  viewerJira,
  appJira: null,
  appCountToCompare: appCountToCompare(appJira()),
  loadSettings: projectSettings,
  memo: invocationMemo(),
});

export const scopeOf = (payload: MacroPayload): ReportScopeInput =>
  payload.projectKey !== undefined ? { projectKey: payload.projectKey } : { jql: payload.jql ?? '' };

export const macroRaciResolver = wrapResolver('macro/raci', (payload) => asViewer((viewerJira) => getRaciMacro({ ...reportPorts(), viewerJira }, scopeOf(payload))));

export const macroDecisionsResolver = wrapResolver('macro/decisions', (payload) =>
  asViewer((viewerJira) => getDecisionsMacro({ ...reportPorts(), viewerJira }, scopeOf(payload))),
);

/**
 * Above the background threshold the register's plan comes from the stored analysis, cut by the reader's own
 * search, or from its stored `risks` view when the reader hides nothing of it (their counts equal the app's).
 */
export const macroRisksResolver = wrapResolver('macro/risks', (payload, context) =>
  asViewer((viewerJira) => getRisksMacro(risksMacroPorts(viewerJira), { ...scopeOf(payload), asOf: today(context.timeZone) })),
);

/** The risk register macro's ports (also its export's): the stored analysis, and the forecast for its days column. */
export const risksMacroPorts = (viewerJira: ProductRequest): ForecastBackgroundPorts => ({
  ...projectPorts(viewerJira),
  store: analysisKvs,
  requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant,
  requestForecast: pushForecastRefresh, requestOutsideVariantForecast: pushOutsideVariantForecast,
  now: nowIso,
  forecastCache: forecastCacheKvs,
});

/** Above the background threshold the figures are the stored analysis's, cut to the reader as the risks macro's plan is. */
export const macroEvmResolver = wrapResolver('macro/evm', (payload, context) => {
  const asOf = today(context.timeZone);
  return asViewer((viewerJira) => readersEvmMacro(viewerJira, scopeOf(payload), asOf));
});

/** The earned value macro's figures as the reader sees them (also its PDF and Word export, macro-export.ts). */
export function readersEvmMacro(viewerJira: ProductRequest, scope: ReportScopeInput, asOf: string): ReturnType<typeof getEvmMacro> {
  const jira = projectPorts(viewerJira);
  const evm = (projectKey: string) => {
    const liveEvm = (spent: number) => jiraEvmPorts(jira, { projectKey, asOf, fetchLimit: FORGE_FETCH_LIMIT - spent, baselines: baselineKvs });
    return getProjectEvm({ ...jira, store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, now: nowIso, liveEvm }, { projectKey, asOf });
  };
  return getEvmMacro({ evm }, { ...scope, asOf });
}

/** The "Keel forecast" macro: headline and curve as the reader sees them; a large project's from its stored forecast. */
export const macroForecastResolver = wrapResolver('macro/forecast', (payload, context) =>
  asViewer((viewerJira) =>
    getForecastMacro(
      { ...projectPorts(viewerJira), store: analysisKvs, requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant, requestForecast: pushForecastRefresh, requestOutsideVariantForecast: pushOutsideVariantForecast, now: nowIso, forecastCache: forecastCacheKvs },
      { ...scopeOf(payload), asOf: today(context.timeZone) },
    ),
  ),
);

/**
 * The Keel status macro: the verdict as the reader may see the project, the project page's (status-resolver.ts):
 * a large project's from its stored `status` view when the reader hides nothing of it, and the daily snapshots'
 * earned schedule of the levels they are in, each asked with the same counts.
 */
export const macroStatusResolver = wrapResolver('macro/status', (payload, context) =>
  asViewer((viewerJira) => {
    const jira = projectPorts(viewerJira);
    const counts = memoisedCounts(jira);
    return getStatusMacro(
      {
        ...jira,
        store: analysisKvs,
        requestRefresh: pushAnalysisRefresh, requestOutsideVariant: pushOutsideVariant,
        now: nowIso,
        baselines: baselineKvs,
        history: { store: historyKvs, viewerProject: (key) => viewerProject(jira, key), viewerCount: counts.viewerCount, appCount: counts.appCount },
        clockMs: () => performance.now(),
        forecastCache: forecastCacheKvs,
      },
      { ...scopeOf(payload), asOf: today(context.timeZone) },
    );
  }),
);
