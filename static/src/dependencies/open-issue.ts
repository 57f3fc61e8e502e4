import { navigateTo } from '../navigation/follow-link';
import { issueAddress } from '../navigation/site-address';

/** Opens an issue from a drawing (a map node, a Gantt row), moving the host page as Jira's links do. */
export function openIssue(key: string): void {
  navigateTo(issueAddress(key));
}
