/**
 * Out-of-sequence progress (PMI Practice Standard for Scheduling: work done before its logic allowed) as a
 * data-quality finding: done work whose actual dates came before a predecessor's link allowed. Keel keeps the
 * actual dates and does not count them against the predecessor's slack (backward-pass.ts), so the finding names
 * both issues instead of a negative number. O(links out of sequence).
 */
import type { Finding } from '../finding';
import { compareIssueKeys, sortedIssueKeys } from '../issue-key-order';
import type { WorkItem } from '../work-item';
import type { CriticalPath } from './critical-path';

const KIND_NAMES = { FS: 'finish-to-start', SS: 'start-to-start', FF: 'finish-to-finish', SF: 'start-to-finish' } as const;

const days = (n: number, unit: string): string => {
  const rounded = Math.round(n * 100) / 100;
  return `${rounded} ${unit}${rounded === 1 ? '' : 's'}`;
};

export function outOfSequenceFinding(schedule: CriticalPath, items: readonly WorkItem[]): Finding | null {
  if (schedule.outOfSequence.length === 0) return null;
  const summaries = new Map(items.map((i) => [i.key, i.summary]));
  const named = (key: string): string => `${key} ${summaries.get(key) ?? ''}`.trim();
  const links = [...schedule.outOfSequence].sort((a, b) => compareIssueKeys(a.successor, b.successor) || compareIssueKeys(a.predecessor, b.predecessor));
  const details = links.map((o) => {
    const successorSide = o.kind === 'FS' || o.kind === 'SS' ? 'started' : 'finished';
    const predecessorSide = o.kind === 'FS' || o.kind === 'FF' ? 'finishes' : 'starts';
    const lag = o.lagDays === 0 ? '' : `, ${o.lagDays > 0 ? 'plus' : 'less'} ${days(Math.abs(o.lagDays), 'day')} lag`;
    return `${named(o.successor)} (done) ${successorSide} ${days(o.days, 'working day')} before its predecessor ${named(o.predecessor)} ${predecessorSide}${lag} (${KIND_NAMES[o.kind]})`;
  });
  return {
    kind: 'out-of-sequence',
    severity: 'warning',
    title: 'Work done out of sequence',
    advice:
      'These issues are done, yet their dates came before the work they depend on allowed. Keel keeps their actual dates, and finished work is not counted against its predecessors\u2019 slack (it cannot be delayed any more). Check each link in Jira: if the dependency was real, the finished work may need revisiting; if it was not, remove or re-point the link.',
    issueKeys: sortedIssueKeys(schedule.outOfSequence.flatMap((o) => [o.predecessor, o.successor])),
    details,
    count: schedule.outOfSequence.length,
  };
}
