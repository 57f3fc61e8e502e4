/**
 * Work without the data its duration comes from. Only activities count (schedule/work-breakdown.ts): items that
 * are not work (risks, decisions) are left out, and so are parents with work children (summary tasks: their
 * duration is their children's). Done work is left out: its actual dates stand for it.
 */
import { durationSourceLabel, hasDurationData, type DurationSource } from './duration-source';
import type { Finding } from './finding';
import { sortedIssueKeys } from './issue-key-order';
import { workBreakdown } from './schedule/work-breakdown';
import type { WorkItem } from './work-item';

export function missingEstimates(items: readonly WorkItem[], source: DurationSource, isWork: (item: WorkItem) => boolean = () => true): Finding | null {
  const missing = workBreakdown(items, isWork).activities.filter((i) => i.statusCategory !== 'done' && !hasDurationData(i, source));
  if (missing.length === 0) return null;
  return {
    kind: 'missing-estimate',
    severity: 'warning',
    title: 'Issues without an estimate',
    advice: `These open issues have no ${durationSourceLabel(source)}, so Keel schedules them as taking no time and the plan looks shorter than it is. Estimate them in Jira, or change the duration source in Keel's settings.`,
    issueKeys: sortedIssueKeys(missing.map((i) => i.key)),
    details: missing.map((i) => `${i.key} ${i.summary}`),
    count: missing.length,
  };
}
