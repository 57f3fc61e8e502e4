/**
 * What of a schedule the viewer cannot see (contract/hidden-work.ts), from the facts the schedule already holds:
 * computed as the viewer, the "links to issues you cannot see" finding counts links (Jira drops a link whose other
 * end the viewer may not browse); stored and cut to the viewer (visible-schedule.ts), the background part counts
 * the issues left out and its finding names the visible issues linked to them. Counts only, never a hidden key.
 */
import { MAX_AFFECTED_KEYS, type HiddenWork, type ScheduleResult } from '../contract';
import { sortedIssueKeys } from '../domain/issue-key-order';

export function hiddenWorkOf(schedule: Pick<ScheduleResult, 'findings' | 'background'>, hiddenIssues: number | null = null): HiddenWork | null {
  const stored = schedule.background?.state === 'ready' ? schedule.background.hiddenIssues : null;
  const notVisible = schedule.findings.filter((f) => f.kind === 'link-not-visible');
  // Stored, the one such finding counts issues; computed as the viewer, it counts links.
  const links = stored === null && notVisible.length > 0 ? notVisible.reduce((sum, f) => sum + f.count, 0) : null;
  const issues = stored ?? hiddenIssues;
  const affected = sortedIssueKeys(notVisible.flatMap((f) => f.issueKeys));
  const parents = schedule.findings.filter((f) => f.kind === 'children-hidden').reduce((sum, f) => sum + f.count, 0);
  if (!(issues ?? 0) && !(links ?? 0) && affected.length === 0 && parents === 0) return null;
  return { issues, links, affectedKeys: affected.slice(0, MAX_AFFECTED_KEYS), affectedCount: affected.length, parentsWithHiddenChildren: parents };
}
