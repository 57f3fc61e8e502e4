/**
 * The `raci` and `decisions` sections of `keel analyze`: the RACI matrix and the decision log of the project,
 * read through the same use cases as the Jira tabs, without the scope the analysis already names.
 */
import type { DecisionsResult, RaciResult } from '../contract';
import { getDecisions } from '../use-cases/get-decisions';
import { getRaci } from '../use-cases/get-raci';
import type { ScopePorts } from '../use-cases/load-scope';

export type RaciSection = Omit<RaciResult, 'scope'>;
export type DecisionsSection = Omit<DecisionsResult, 'scope'>;

export async function reportSections(ports: ScopePorts, projectKey: string): Promise<{ raci: RaciSection; decisions: DecisionsSection }> {
  const reportPorts = { viewerJira: ports.viewerJira, loadSettings: () => ports.loadSettings(projectKey) };
  const { scope: _raciScope, ...raci } = await getRaci(reportPorts, { projectKey });
  const { scope: _decisionScope, ...decisions } = await getDecisions(reportPorts, { projectKey });
  return { raci, decisions };
}
