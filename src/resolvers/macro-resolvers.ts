/**
 * The live Confluence macros (DESIGN.md section 2): `macro/raci`, `macro/decisions`, `macro/risks`, `macro/evm`.
 * The payload is the macro's config (a project key or a JQL filter). Every Jira read runs as the person viewing
 * the page (`asUser`), never as the app: a macro shows exactly what its reader may see in Jira, and the app's
 * wider rights are not used even to count what is hidden. The RACI matrix and decision log take a project or
 * a JQL filter; the risk register and earned value a project only (their scope is the project's scope JQL).
 */
import api from '@forge/api';
import { AppError } from '../app-error';
import type { MacroDecisionsResult, MacroEvmResult, MacroPayload, MacroRaciResult, MacroRisksResult, MacroScope, RiskRegisterResult } from '../contract';
import { productRequest, type ProductRequest } from '../adapters/product-request';
import { jiraEvmPorts } from '../use-cases/evm-ports';
import { getDecisions } from '../use-cases/get-decisions';
import { getEvm } from '../use-cases/get-evm';
import { getRaci } from '../use-cases/get-raci';
import { getRisks } from '../use-cases/get-risks';
import type { ScopePorts } from '../use-cases/load-scope';
import type { ReportScopeInput } from '../use-cases/report-scope';
import { baselineKvs } from './evm-baseline-resolvers';
import { projectSettings } from './forge-ports';
import { reportPorts } from './report-ports';
import { wrapResolver } from './resolver-wrapper';

/** How many open risks the risk register macro lists. */
export const MACRO_TOP_RISKS = 5;

/** Forge's limit of product fetches per invocation (DESIGN.md section 5). */
const FORGE_FETCH_LIMIT = 100;

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Jira as the viewer, with no app-level port at all. When the last `requestJira` threw instead of answering,
 * the Confluence site has no Jira Keel can reach: that is said as such, not as a Jira outage.
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
async function asViewer<T>(work: (viewerJira: ProductRequest) => Promise<T>): Promise<T> {
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

/** The analyses of one project: the viewer's Jira, no app-level port, the project's effective settings. */
const projectPorts = (viewerJira: ProductRequest): ScopePorts => ({ viewerJira, appJira: null, loadSettings: projectSettings });

const reportScope = (payload: MacroPayload): ReportScopeInput =>
  payload.projectKey !== undefined ? { projectKey: payload.projectKey } : { jql: payload.jql ?? '' };

function projectOnly(payload: MacroPayload, macro: string): string {
  if (payload.projectKey !== undefined) return payload.projectKey;
  throw new AppError('BAD_REQUEST', `The ${macro} macro shows one project, not a JQL filter: edit the macro and pick a project.`);
}

function projectScope(project: { key: string; name: string }): MacroScope {
  return { projectKey: project.key, jql: null, label: `${project.name} (${project.key})` };
}

/** The compact register: counts, the top open risks, the inherent heat map. */
export function macroRisks(register: RiskRegisterResult): MacroRisksResult {
  const open = register.risks.filter((r) => r.statusCategory !== 'done');
  return {
    scope: projectScope(register.project),
    asOf: register.asOf,
    scale: register.scale,
    riskCount: register.risks.length,
    openCount: open.length,
    topRisks: open.slice(0, MACRO_TOP_RISKS).map((r) => ({
      key: r.key,
      summary: r.summary,
      status: r.status,
      statusCategory: r.statusCategory,
      owner: r.owner?.displayName ?? null,
      score: r.inherentScore,
      weightedScore: r.weightedScore,
      criticalWork: r.criticalWork.length > 0,
    })),
    heatMap: register.heatMap.inherent,
    derivedCount: register.derived.length,
    flagged: {
      withoutOwner: register.flagged.withoutOwner.length,
      withoutTreatment: register.flagged.withoutTreatment.length,
      withoutReviewDate: register.flagged.withoutReviewDate.length,
    },
  };
}

export const macroRaciResolver = wrapResolver('macro/raci', (payload) =>
  asViewer(async (viewerJira): Promise<MacroRaciResult> => {
    const raci = await getRaci({ ...reportPorts(), viewerJira }, reportScope(payload));
    return { scope: raci.scope, rows: raci.rows, people: raci.people, findings: raci.findings };
  }),
);

export const macroDecisionsResolver = wrapResolver('macro/decisions', (payload) =>
  asViewer(async (viewerJira): Promise<MacroDecisionsResult> => {
    const log = await getDecisions({ ...reportPorts(), viewerJira }, reportScope(payload));
    return { scope: log.scope, decisions: log.decisions, findings: log.findings };
  }),
);

export const macroRisksResolver = wrapResolver('macro/risks', (payload) => {
  const projectKey = projectOnly(payload, 'risk register');
  return asViewer(async (viewerJira) => macroRisks(await getRisks(projectPorts(viewerJira), { projectKey, asOf: today() })));
});

export const macroEvmResolver = wrapResolver('macro/evm', (payload) => {
  const projectKey = projectOnly(payload, 'earned value');
  const asOf = today();
  return asViewer(async (viewerJira): Promise<MacroEvmResult> => {
    const evm = await getEvm(jiraEvmPorts(projectPorts(viewerJira), { projectKey, asOf, fetchLimit: FORGE_FETCH_LIMIT, baselines: baselineKvs }), { asOf });
    const { figures, earnedSchedule } = evm;
    return {
      scope: projectScope(evm.project),
      asOf: evm.asOf,
      currency: evm.currency,
      baseline: evm.baseline.name,
      bac: figures.bac,
      pv: figures.pv,
      ev: figures.ev,
      ac: figures.ac,
      spi: figures.spi,
      cpi: figures.cpi,
      percentComplete: figures.percentComplete,
      eac: figures.eac.cpi,
      plannedFinish: earnedSchedule.plannedFinish,
      forecastFinish: earnedSchedule.forecastFinish,
      notDefined: evm.notDefined,
      findingCount: evm.findings.length,
    };
  });
});
