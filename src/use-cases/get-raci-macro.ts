/**
 * The "Keel RACI" macro (DESIGN.md section 2): the RACI tab's matrix and findings for a project or a JQL
 * filter, read as the person viewing the page, without the tab's field details.
 */
import type { MacroRaciResult } from '../contract';
import { getRaci } from './get-raci';
import type { ReportPorts, ReportScopeInput } from './report-scope';

export async function getRaciMacro(ports: ReportPorts, input: ReportScopeInput): Promise<MacroRaciResult> {
  const { scope, rows, people, findings } = await getRaci(ports, input);
  return { scope, rows, people, findings };
}
