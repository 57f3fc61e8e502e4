/** The project page's Overview: the scope as the viewer sees it, summarised, with its data-quality findings. */
import type { OverviewResult } from '../contract';
import { dependencyRules } from '../config/dependency-rules';
import { projectOverview } from '../domain/project-overview';
import { loadScope, type Scope, type ScopePorts } from './load-scope';

export type OverviewPorts = ScopePorts;

export async function getOverview(
  ports: OverviewPorts,
  input: { projectKey: string; asOf: string; maxIssues?: number },
): Promise<OverviewResult> {
  return overviewOfScope(await loadScope(ports, input.projectKey, input.maxIssues), input.asOf);
}

export function overviewOfScope(scope: Scope, asOf: string): OverviewResult {
  const overview = projectOverview({
    items: scope.items,
    rules: dependencyRules(scope.settings),
    durationSource: scope.settings.durationSource,
    hiddenLinks: scope.hiddenLinks,
    truncatedAt: scope.truncatedAt,
  });
  return { project: { key: scope.project.key, name: scope.project.name }, scopeJql: scope.jql, asOf, ...overview };
}
