/**
 * The "Keel status" macro (issue 16, items 2 and 7): the live verdict on a project's launch date, as the person
 * reading the page may see the project. A JQL filter is refused: the verdict is a project's, over its scope JQL.
 */
import type { StatusResult } from '../contract';
import { getStatus, type StatusPorts } from './get-status';
import { projectOnly, type ReportScopeInput } from './report-scope';

export async function getStatusMacro(ports: StatusPorts, input: ReportScopeInput & { asOf: string }): Promise<StatusResult> {
  const projectKey = projectOnly(input, 'The Keel status macro');
  return getStatus(ports, { projectKey, asOf: input.asOf });
}
