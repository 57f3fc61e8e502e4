/**
 * The Dependencies tab: the project's dependency graph and its CPM schedule as the viewer sees it, with
 * the data-quality findings that bear on it (DESIGN.md section 1, "Dependency graph", "Critical path").
 */
import type { ScheduleResult } from '../contract';
import type { JiraIssue } from '../adapters/jira/jira-issue-schema';
import { dependencyRules } from '../config/dependency-rules';
import { workingDayVariance } from '../domain/targets/milestone-variance';
import { isWork } from '../config/work-types';
import { durationSourceLabel } from '../domain/duration-source';
import { criticalPath, type CriticalPathInput } from '../domain/schedule/critical-path';
import { scheduleFindings } from '../domain/schedule/schedule-findings';
import { uniqueLinks } from '../domain/unique-links';
import { unreadableLinkFindings } from '../domain/unreadable-link-findings';
import type { CpmRun } from './get-levelled';
import { loadLinkedOutside, loadScope, type Scope, type ScopePorts } from './load-scope';
import { scheduleEdges, scheduleNode, scheduleSummary } from './schedule-dto';
import { scheduleInputs } from './schedule-inputs';

export async function getSchedule(
  ports: ScopePorts,
  input: { projectKey: string; asOf: string; maxIssues?: number },
): Promise<ScheduleResult> {
  return scheduleOfScope(ports, await loadScope(ports, input.projectKey, input.maxIssues), input.asOf);
}

/** What the critical path of an already loaded scope reads, with what the schedule's findings need besides. */
export async function scheduleInputOfScope(ports: ScopePorts, scope: Scope, asOf: string) {
  const inScope = new Set(scope.items.map((i) => i.key));
  const read = await loadLinkedOutside(
    ports,
    scope,
    uniqueLinks(scope.items).flatMap((l) => [l.outwardKey, l.inwardKey]).filter((k) => !inScope.has(k)),
  );
  const outside = read.items;
  const outsideLevels = read.levels;
  const outsideIssues = read.issues;
  // Links to issues Jira no longer names (deleted, moved away, unreadable) drop out, with a finding.
  const unreadable = new Set(read.unreadable);
  const items = unreadable.size === 0 ? scope.items : scope.items.map((i) => ({ ...i, links: i.links.filter((l) => !unreadable.has(l.otherKey)) }));
  const links = uniqueLinks(items);
  const rules = dependencyRules(scope.settings);
  const work = isWork(scope.settings);
  // Items that are not work neither start the project nor carry actual dates the schedule reads.
  const { calendar, duration, actuals, notBefore, remaining, actualStarts, remainingAssumed } = scheduleInputs(scope.settings, items.filter(work), outside, asOf);
  const nearCriticalDays = scope.settings.schedule.nearCriticalDays;
  const input: CriticalPathInput = { items, rules, calendar, duration, actuals, notBefore, remaining, actualStarts, nearCriticalDays, isWork: work };
  return { input, outside, unreadable, links, remainingAssumed, outsideLevels, outsideIssues };
}

/** What a caller of `scheduleOfScope` may hear besides the schedule. */
export interface ScheduleHeard {
  /**
   * Which linked issues outside the scope are under an issue security level (the consumer records them:
   * analysis-security.ts), and every one read (the consumer stores them, for variants computed later: outside-issues.ts).
   */
  outside?: (levels: { key: string; projectKey: string; level: string }[], issues: JiraIssue[]) => void;
  /** The critical path and its input, for the levelling of the same scope (get-levelled.ts), which then computes neither again. */
  path?: (run: CpmRun) => void;
}

/** The schedule of an already loaded scope; reads the linked issues outside it as the viewer. */
export async function scheduleOfScope(ports: ScopePorts, scope: Scope, asOf: string, heard: ScheduleHeard = {}): Promise<ScheduleResult> {
  const { input, outside, unreadable, links, remainingAssumed, outsideLevels, outsideIssues } = await scheduleInputOfScope(ports, scope, asOf);
  heard.outside?.(outsideLevels, outsideIssues);
  const { items, rules, nearCriticalDays, calendar } = input;
  const schedule = criticalPath({ ...input, includeEdges: true });
  heard.path?.({ schedule, input });

  const byKey = new Map([...outside, ...items].map((i) => [i.key, i]));
  const missing = new Set(schedule.missingDuration);
  const nodes = Object.values(schedule.items).map((s) => {
    const dueDate = byKey.get(s.key)?.dueDate ?? null;
    return {
      ...scheduleNode(s, byKey.get(s.key), asOf),
      missingDuration: missing.has(s.key),
      dueVarianceDays: dueDate === null ? null : workingDayVariance(calendar, s.dates.earlyFinish, dueDate),
    };
  });
  return {
    project: { key: scope.project.key, name: scope.project.name },
    scopeJql: scope.jql,
    asOf: asOf,
    projectStart: schedule.projectStartDate,
    projectFinish: schedule.projectFinishDate,
    durationDays: Math.round(schedule.projectFinish * 100) / 100,
    nearCriticalDays,
    calendar: { workingWeekdays: [...scope.settings.calendar.workingDays], holidays: [...scope.settings.calendar.holidays] },
    nodes,
    edges: scheduleEdges(schedule, new Map(links.map((l) => [l.id, l.linkType]))),
    summaries: Object.values(schedule.summaries).map((s) => scheduleSummary(s, byKey.get(s.key))),
    cycles: schedule.cycles.map((c) => ({
      issueKeys: c.issueKeys,
      suggestedCut: { linkId: c.suggestedCut.linkId, fromKey: c.suggestedCut.fromKey, toKey: c.suggestedCut.toKey, kind: c.suggestedCut.kind },
      // A link between parents is cut as one edge per pair of their children: name it once.
      ignoredLinkIds: [...new Set(c.ignoredLinks.map((l) => l.linkId))],
    })),
    findings: [
      ...scheduleFindings({
        schedule,
        items,
        rules,
        durationSourceLabel: durationSourceLabel(scope.settings.durationSource),
        durationSource: scope.settings.durationSource,
        ...(scope.hiddenChildren ? { hiddenChildren: scope.hiddenChildren } : {}),
        hiddenLinks: scope.hiddenLinks,
        remainingAssumed,
      }),
      ...unreadableLinkFindings(scope.items, unreadable),
    ],
  };
}
