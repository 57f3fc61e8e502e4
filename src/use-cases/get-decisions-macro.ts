/**
 * The "Keel decision log" macro (DESIGN.md section 2): the Decisions tab's log and findings for a project or a
 * JQL filter, read as the person viewing the page.
 */
import type { MacroDecisionsResult } from '../contract';
import { getDecisions } from './get-decisions';
import type { ReportPorts, ReportScopeInput } from './report-scope';

export async function getDecisionsMacro(ports: ReportPorts, input: ReportScopeInput): Promise<MacroDecisionsResult> {
  const { scope, decisions, findings, truncatedAt } = await getDecisions(ports, input);
  return { scope, decisions, findings, truncatedAt };
}
