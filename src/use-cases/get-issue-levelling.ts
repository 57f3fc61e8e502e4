/**
 * The issue panel's levelling line (issue #14): the issue's levelling delay and what it waits for (a predecessor,
 * or a person or pool and the issue holding them), next to the project's CPM and levelled finish. The project is
 * the issue's own, as the viewer reads it; a project too large to level while the viewer waits says so.
 */
import type { IssueLevellingResult } from '../contract/resources';
import type { StoredAnswer } from '../contract/stored-answer';
import { getResources, type ResourcesRequest } from './get-resources';
import type { BackgroundSchedulePorts } from './get-project-schedule';
import { largeScope } from './large-scope';
import { withIssueProject } from './with-issue-project';

export async function getIssueLevelling(ports: BackgroundSchedulePorts, request: Omit<ResourcesRequest, 'projectKey'> & { issueKey: string }): Promise<IssueLevellingResult> {
  // The project's size and settings are read while Jira names the issue's project (with-issue-project.ts).
  const { issueKey, projectKey, value: large } = await withIssueProject(ports.viewerJira, request.issueKey, (key) => largeScope(ports, key));
  const resources = await getResources(ports, { ...request, projectKey }, large);
  const issue = resources.issues.find((i) => i.key === issueKey) ?? null;
  const wait = issue?.waitsFor;
  const other = wait?.kind === 'predecessor' ? wait.key : wait?.kind === 'resource' ? wait.holder : null;
  return {
    issueKey,
    issue,
    cpmFinish: resources.cpmFinish,
    levelledFinish: resources.levelledFinish,
    waitsForSummary: other === null || other === undefined ? null : (resources.issues.find((i) => i.key === other)?.summary ?? null),
    note: issue !== null || resources.stored === undefined ? null : storedNote(resources.stored, projectKey),
  };
}

function storedNote(stored: StoredAnswer, projectKey: string): string {
  if (stored.state === 'computing') return `${projectKey} is large, so Keel levels it in the background: this issue's levelling shows once that is done.`;
  if (stored.state === 'unavailable') return stored.reason;
  return `Levelling does not delay this issue (${projectKey} levelled in the background at ${stored.computedAt}).`;
}
