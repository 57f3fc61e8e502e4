/**
 * The Overview of a project above the background threshold (DESIGN.md section 5), from the parts the consumer
 * stored with the analysis (store-overviews.ts), never from the first 4,000 issues read in the call, cut to the
 * viewer as every stored answer is (stored-for-viewer.ts). Links that leave the scope count only into projects
 * the viewer may browse.
 */
import type { OverviewResult } from '../contract';
import { fetchSiteFields } from '../adapters/jira/fetch-site-fields';
import { loadStoredOverview } from '../adapters/storage/stored-overview';
import { dependencyRules } from '../config/dependency-rules';
import type { Finding } from '../domain/finding';
import { overviewForViewer } from '../domain/overview-parts';
import type { BackgroundSchedulePorts } from './get-project-schedule';
import { projectsViewerMayBrowse, type LargeScope } from './large-scope';
import { mappedFieldFinding } from './mapped-field-finding';
import { storedForViewer } from './stored-for-viewer';
import { levelsLeftOutFinding } from './stored-schedule-choice';

export async function getStoredOverview(ports: BackgroundSchedulePorts, scope: LargeScope, asOf: string): Promise<OverviewResult> {
  const { project, settings, jql } = scope;
  // Its parts count only the scope's issues, and links out only into projects the viewer may browse.
  const read = await storedForViewer(ports, scope, asOf, (key) => loadStoredOverview(ports.store, key), false);
  const head = { project: { key: project.key, name: project.name }, scopeJql: jql, asOf, hiddenLinksChecked: false };
  if (read.state === 'not-ready') return { ...head, issueCount: 0, byType: [], linksByType: [], findings: [], stored: read.stored };

  const parts = read.value;
  const browsable = await projectsViewerMayBrowse(ports, parts.outside.map((l) => l.otherProjectKey));
  const overview = overviewForViewer(parts, dependencyRules(settings), (key) => browsable.has(key));
  // The app sees every field; a field hidden from the viewer is not a deleted one.
  const siteFields = await fetchSiteFields(ports.appJira ?? ports.viewerJira);
  const findings = [mappedFieldFinding(settings, siteFields, project.key), read.partial ? levelsLeftOutFinding() : null, ...overview.findings].filter((f): f is Finding => f !== null);
  return { ...head, ...overview, findings, stored: read.stored };
}
