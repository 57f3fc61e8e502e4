/**
 * Data quality as it bears on the schedule (issue 3, "Data quality"): each finding says what it does to the
 * dates. Cycles name the link to cut; missing durations, work under way whose remaining work is assumed, done
 * work out of sequence, links
 * leaving the scope, hidden links, duplicates, self-links and link types Keel does not read as dependencies are
 * reported, never fatal. O(items + links).
 */
import { ruleFor, type DependencyRule } from '../dependency-rule';
import type { Finding } from '../finding';
import { linksNotVisible } from '../hidden-link-findings';
import { sortedIssueKeys } from '../issue-key-order';
import { duplicateLinks, linksOutsideScope, selfLinks } from '../link-findings';
import { uniqueLinks } from '../unique-links';
import type { WorkItem } from '../work-item';
import type { DurationSource } from '../duration-source';
import type { CriticalPath } from './critical-path';
import { hiddenChildrenFinding, parentEstimateFinding, summaryLinkFinding } from './summary-findings';
import { outOfSequenceFinding } from './out-of-sequence-finding';

function cycleFinding(schedule: CriticalPath): Finding | null {
  if (schedule.cycles.length === 0) return null;
  return {
    kind: 'dependency-cycle',
    severity: 'warning',
    title: 'Dependency cycles',
    advice:
      'Work in a cycle waits for itself, so no schedule can satisfy every link. Keel schedules without the suggested link in each cycle; delete or re-point that link in Jira.',
    issueKeys: sortedIssueKeys(schedule.cycles.flatMap((c) => c.issueKeys)),
    details: schedule.cycles.map(
      (c) => `${c.issueKeys.join(' → ')}: cut ${c.suggestedCut.fromKey} → ${c.suggestedCut.toKey} (${c.suggestedCut.kind}, link ${c.suggestedCut.linkId})`,
    ),
    count: schedule.cycles.length,
  };
}

/** Only activities can miss a duration (summaries and items that are not work are none); done work is left out (its dates are its own). */
function missingDurationFinding(schedule: CriticalPath, items: readonly WorkItem[], sourceLabel: string): Finding | null {
  const done = new Set(items.filter((i) => i.statusCategory === 'done').map((i) => i.key));
  const missingDuration = schedule.missingDuration.filter((k) => !done.has(k));
  if (missingDuration.length === 0) return null;
  const summaries = new Map(items.map((i) => [i.key, i.summary]));
  const critical = missingDuration.filter((k) => schedule.items[k]?.critical === true);
  return {
    kind: 'missing-estimate',
    severity: 'warning',
    title: 'Issues with no duration',
    advice: `These issues have no ${sourceLabel}, so Keel schedules them as taking no time and every date after them may be too early${critical.length > 0 ? ` (${critical.length} of them on the critical path)` : ''}. Estimate them in Jira.`,
    issueKeys: sortedIssueKeys(missingDuration),
    details: sortedIssueKeys(missingDuration).map((k) => `${k} ${summaries.get(k) ?? ''}`.trim()),
    count: missingDuration.length,
  };
}

/** Activities under way (summaries aside) that nothing says how much is left of: scheduled for their whole duration. */
function remainingAssumedFinding(keys: readonly string[], items: readonly WorkItem[], schedule: CriticalPath): Finding | null {
  const assumed = sortedIssueKeys(keys.filter((k) => schedule.items[k]?.external === false));
  if (assumed.length === 0) return null;
  const summaries = new Map(items.map((i) => [i.key, i.summary]));
  return {
    kind: 'remaining-assumed',
    severity: 'info',
    title: 'Work under way with no remaining estimate',
    advice:
      'Keel schedules work in progress from the status date for the work left. Nothing says how much is left of these, so Keel assumes the remaining work is the whole estimate: their finish, and the work after them, may be late. Set their remaining estimate in Jira (log work, or edit the time tracking).',
    issueKeys: assumed,
    details: assumed.map((k) => `${`${k} ${summaries.get(k) ?? ''}`.trim()}: ${Math.round((schedule.items[k]?.durationDays ?? 0) * 100) / 100} days assumed left`),
    count: assumed.length,
  };
}

/** Mapped date fields holding no calendar day: read as empty for that issue, never a failed schedule. */
function malformedDateFinding(items: readonly WorkItem[]): Finding | null {
  const bad = items.filter((i) => (i.malformedDates?.length ?? 0) > 0);
  if (bad.length === 0) return null;
  const details = bad.flatMap((i) => (i.malformedDates ?? []).map((d) => `${i.key} ${d}`));
  return {
    kind: 'malformed-date',
    severity: 'warning',
    title: 'Dates that are not on the calendar',
    advice: 'These issues hold a day that does not exist in a date field Keel reads, so Keel schedules them as if that date were empty. Correct the date in Jira.',
    issueKeys: sortedIssueKeys(bad.map((i) => i.key)),
    details,
    count: details.length,
  };
}

function unmappedLinkTypes(items: readonly WorkItem[], rules: readonly DependencyRule[]): Finding | null {
  const ignored = new Map<string, string[]>();
  for (const link of uniqueLinks(items)) {
    if (ruleFor(rules, link.linkType)) continue;
    // Appended in place: copying the list per link was quadratic in the links of one type.
    const list = ignored.get(link.linkType) ?? [];
    if (list.length === 0) ignored.set(link.linkType, list);
    list.push(`${link.outwardKey} → ${link.inwardKey}`);
  }
  if (ignored.size === 0) return null;
  return {
    kind: 'unmapped-link-type',
    severity: 'info',
    title: 'Link types not read as dependencies',
    advice: `Keel ignores these link types when scheduling (${[...ignored.keys()].join(', ')}). If one of them means "must happen before", map it in Keel's settings.`,
    issueKeys: [],
    details: [...ignored.entries()].map(([type, links]) => `${type}: ${links.length} link(s)`),
    count: [...ignored.values()].reduce((s, l) => s + l.length, 0),
  };
}

export function scheduleFindings(input: {
  schedule: CriticalPath;
  items: readonly WorkItem[];
  rules: readonly DependencyRule[];
  durationSourceLabel: string;
  hiddenLinks: ReadonlyMap<string, number> | null;
  /** Work under way scheduled for its whole duration (schedule-inputs' remainingAssumed). */
  remainingAssumed?: readonly string[];
  /** Names parents whose own estimate the roll-up replaces; absent, they are not named. */
  durationSource?: DurationSource;
  /** Parents whose children are all hidden from the viewer, with how many (load-scope's hiddenChildren). */
  hiddenChildren?: ReadonlyMap<string, number>;
}): Finding[] {
  const links = uniqueLinks(input.items);
  const inScope = new Set(input.items.map((i) => i.key));
  const outside = linksOutsideScope(links, inScope);
  const hidden = input.hiddenLinks ? linksNotVisible(input.hiddenLinks) : null;
  return [
    cycleFinding(input.schedule),
    missingDurationFinding(input.schedule, input.items, input.durationSourceLabel),
    remainingAssumedFinding(input.remainingAssumed ?? [], input.items, input.schedule),
    input.durationSource === undefined ? null : parentEstimateFinding(input.schedule, input.items, input.durationSource),
    summaryLinkFinding(input.schedule),
    input.hiddenChildren ? hiddenChildrenFinding(input.schedule, input.items, input.hiddenChildren) : null,
    outOfSequenceFinding(input.schedule, input.items),
    malformedDateFinding(input.items),
    outside && { ...outside, advice: `${outside.advice} Their dates bound this plan: done work at its actual dates, open work at its due date when it has one.` },
    hidden && { ...hidden, advice: `${hidden.advice} The schedule cannot wait for work you cannot see, so its dates may be too early.` },
    duplicateLinks(links, input.rules),
    selfLinks(links),
    unmappedLinkTypes(input.items, input.rules),
  ].filter((f): f is Finding => f !== null);
}
