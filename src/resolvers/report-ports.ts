/**
 * Ports of the RACI and decision-log use cases in a Forge invocation: Jira as the viewer (`asUser`) for every
 * read and write, and the effective settings of a project, or the site's settings for a JQL scope.
 */
import { loadSettings } from '../adapters/storage/settings-store';
import type { ReportPorts } from '../use-cases/report-scope';
import { forgeStore, projectSettings, viewerJira } from './forge-ports';

export function reportPorts(): ReportPorts {
  return {
    viewerJira: viewerJira(),
    loadSettings: (projectKey) => (projectKey === null ? loadSettings(forgeStore) : projectSettings(projectKey)),
  };
}
