/**
 * The "Keel risk register" macro (DESIGN.md section 2): the Risks tab's register of one project cut to its
 * counts, the top open risks and the inherent heat map, and, as the Risks tab's column, the working days each
 * top risk adds at the forecast's P80 (issue #15: the viewer's cached live forecast, or a large project's stored
 * one, forecast-views.ts). A JQL filter is refused: the register's scope is the project's scope JQL.
 */
import type { ForecastCriticality, MacroRisksResult, RiskRegisterResult } from '../contract';
import { getForecastCriticality } from './forecast-views';
import { getRisks } from './get-risks';
import type { ForecastBackgroundPorts } from './stored-forecast-state';
import type { BackgroundSchedulePorts } from './get-project-schedule';
import type { ScopePorts } from './load-scope';
import { projectOnly, projectScope, type ReportScopeInput } from './report-scope';

/** How many open risks the risk register macro lists. */
export const MACRO_TOP_RISKS = 5;

/** The compact register: counts, the top open risks (the register's order: highest weighted score first), the heat map. */
export function risksMacroOf(register: RiskRegisterResult, forecast: ForecastCriticality | null = null): MacroRisksResult {
  const open = register.risks.filter((r) => r.statusCategory !== 'done');
  const days = new Map(forecast?.risks.map((r) => [r.key, r.daysAddedAtP80]) ?? []);
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
      ...(forecast === null ? {} : { daysAddedAtP80: days.get(r.key) ?? null }),
    })),
    heatMap: register.heatMap.inherent,
    derivedCount: register.derived.length,
    flagged: {
      withoutOwner: register.flagged.withoutOwner.length,
      withoutTreatment: register.flagged.withoutTreatment.length,
      withoutReviewDate: register.flagged.withoutReviewDate.length,
    },
    ...(forecast === null ? {} : { scheduleDays: { state: forecast.pending ? 'computing' : 'ready', iterations: forecast.iterations } }),
  };
}

/** With ports that can reach the forecast (`requestForecast`), the top risks' days at P80; without (the status report), none. */
export async function getRisksMacro(ports: ScopePorts | BackgroundSchedulePorts | ForecastBackgroundPorts, input: ReportScopeInput & { asOf: string }): Promise<MacroRisksResult> {
  const projectKey = projectOnly(input, 'The risk register macro');
  const register = await getRisks(ports, { projectKey, asOf: input.asOf });
  if (!('requestForecast' in ports)) return risksMacroOf(register);
  const top = risksMacroOf(register).topRisks.map((r) => r.key);
  return risksMacroOf(register, top.length === 0 ? null : await getForecastCriticality(ports, { projectKey, asOf: input.asOf, keys: top }));
}
