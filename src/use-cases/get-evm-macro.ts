/**
 * The "Keel earned value" macro (DESIGN.md section 2): the Earned value tab's headline figures of one project
 * as of today, against the baseline the project's settings name. A JQL filter is refused: earned value's scope
 * is the project's scope JQL. Above the background threshold the figures are the stored analysis's, and `stored`
 * says how they were answered (the macro shows its note, not zeros, while they are being computed).
 */
import type { EvmResult, MacroEvmResult } from '../contract';
import { projectOnly, projectScope, type ReportScopeInput } from './report-scope';

export interface EvmMacroPorts {
  /** The earned value of one project as the viewer sees it (get-project-evm.ts: stored above the threshold). */
  evm: (projectKey: string) => Promise<EvmResult>;
}

export async function getEvmMacro(ports: EvmMacroPorts, input: ReportScopeInput & { asOf: string }): Promise<MacroEvmResult> {
  const projectKey = projectOnly(input, 'The earned value macro');
  const evm = await ports.evm(projectKey);
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
    ...(evm.stored ? { stored: evm.stored } : {}),
  };
}
