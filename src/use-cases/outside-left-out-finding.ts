/**
 * Said to a viewer answered from a stored schedule computed without the linked work of projects they may not
 * browse (issue #11; viewer-schedule-choice.ts): which projects is not said, only how many.
 */
import type { Finding } from '../domain/finding';

export function outsideLeftOutFinding(projects: number): Finding {
  return {
    kind: 'link-not-visible',
    severity: 'warning',
    title: 'Linked work you may not see left out',
    advice: `Issues of this project link to work in ${projects} other project(s) you may not browse. As in Jira, you are not shown that work, and these dates were computed without it, so they may come earlier than the team's own plan. Ask a Jira admin for access if you need the whole picture.`,
    issueKeys: [],
    details: [],
    count: projects,
  };
}
