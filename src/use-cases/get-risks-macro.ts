/**
 * The "Keel risk register" macro (DESIGN.md section 2): the Risks tab's register of one project cut to its
 * counts, the top open risks and the inherent heat map. A JQL filter is refused: the register's scope is the
 * project's scope JQL.
 */
import type { MacroRisksResult, RiskRegisterResult } from '../contract';
import { getRisks } from './get-risks';
import type { BackgroundSchedulePorts } from './get-project-schedule';
import type { ScopePorts } from './load-scope';
import { projectOnly, projectScope, type ReportScopeInput } from './report-scope';

/** How many open risks the risk register macro lists. */
export const MACRO_TOP_RISKS = 5;

/** The compact register: counts, the top open risks (the register's order: highest weighted score first), the heat map. */
export function risksMacroOf(register: RiskRegisterResult): MacroRisksResult {
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

export async function getRisksMacro(ports: ScopePorts | BackgroundSchedulePorts, input: ReportScopeInput & { asOf: string }): Promise<MacroRisksResult> {
  const projectKey = projectOnly(input, 'The risk register macro');
  return risksMacroOf(await getRisks(ports, { projectKey, asOf: input.asOf }));
}
