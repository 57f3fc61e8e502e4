/**
 * The project page's Overview: the scope as the viewer sees it, summarised, with its data-quality findings.
 * Above the background threshold, from the stored analysis (get-stored-overview.ts) when the resolver passes
 * the stored analysis's ports; read live otherwise (the CLI, a small project).
 */
import type { OverviewResult } from '../contract';
import { fetchSiteFields } from '../adapters/jira/fetch-site-fields';
import { dependencyRules } from '../config/dependency-rules';
import { isWork } from '../config/work-types';
import type { Finding } from '../domain/finding';
import { projectOverview } from '../domain/project-overview';
import { loadScope, type Scope, type ScopePorts } from './load-scope';
import { mappedFieldFinding } from './mapped-field-finding';
import type { BackgroundSchedulePorts } from './get-project-schedule';
import { getStoredOverview } from './get-stored-overview';
import { largeScope } from './large-scope';

export type OverviewPorts = ScopePorts | BackgroundSchedulePorts;

export async function getOverview(
  ports: OverviewPorts,
  input: { projectKey: string; asOf: string; maxIssues?: number },
): Promise<OverviewResult> {
  if ('store' in ports) {
    const large = await largeScope(ports, input.projectKey);
    if (large) return getStoredOverview(ports, large, input.asOf);
  }
  const scope = await loadScope(ports, input.projectKey, input.maxIssues);
  // The app sees every field; a field hidden from the viewer is not a deleted one.
  const siteFields = await fetchSiteFields(ports.appJira ?? ports.viewerJira);
  return overviewOfScope(scope, input.asOf, [mappedFieldFinding(scope.settings, siteFields, scope.project.key)]);
}

/** `settingsFindings`: findings about the settings themselves (a mapped field the site lacks), shown first. */
export function overviewOfScope(scope: Scope, asOf: string, settingsFindings: readonly (Finding | null)[] = []): OverviewResult {
  const overview = projectOverview({
    items: scope.items,
    rules: dependencyRules(scope.settings),
    durationSource: scope.settings.durationSource,
    isWork: isWork(scope.settings),
    hiddenLinks: scope.hiddenLinks,
    truncatedAt: scope.truncatedAt,
  });
  const findings = [...settingsFindings.filter((f): f is Finding => f !== null), ...overview.findings];
  return { project: { key: scope.project.key, name: scope.project.name }, scopeJql: scope.jql, asOf, ...overview, findings };
}
