/** The `schedule` section of `keel analyze`: the CPM schedule keyed by issue key (documented in the README). */
import type { ScheduleResult } from '../contract';

export interface ScheduleSection {
  start: string;
  finish: string;
  durationDays: number;
  nearCriticalDays: number;
  /** Critical issues in schedule order. */
  criticalPath: string[];
  issues: Record<
    string,
    {
      earlyStart: string;
      earlyFinish: string;
      lateStart: string;
      lateFinish: string;
      durationDays: number;
      totalSlackDays: number;
      freeSlackDays: number;
      critical: boolean;
      nearCritical: boolean;
      external: boolean;
      fixed: boolean;
      missingDuration: boolean;
      drivingPredecessor: string | null;
    }
  >;
  cycles: string[][];
  suggestedCuts: { linkId: string; from: string; to: string; kind: string }[];
  findings: ScheduleResult['findings'];
}

export function scheduleSection(schedule: ScheduleResult): ScheduleSection {
  const ordered = [...schedule.nodes].sort((a, b) => a.offsets.earlyStart - b.offsets.earlyStart || a.offsets.earlyFinish - b.offsets.earlyFinish);
  return {
    start: schedule.projectStart,
    finish: schedule.projectFinish,
    durationDays: schedule.durationDays,
    nearCriticalDays: schedule.nearCriticalDays,
    criticalPath: ordered.filter((n) => n.critical).map((n) => n.key),
    issues: Object.fromEntries(
      schedule.nodes.map((n) => [
        n.key,
        {
          earlyStart: n.earlyStart,
          earlyFinish: n.earlyFinish,
          lateStart: n.lateStart,
          lateFinish: n.lateFinish,
          durationDays: n.durationDays,
          totalSlackDays: n.totalSlackDays,
          freeSlackDays: n.freeSlackDays,
          critical: n.critical,
          nearCritical: n.nearCritical,
          external: n.external,
          fixed: n.fixed,
          missingDuration: n.missingDuration,
          drivingPredecessor: n.drivingPredecessor?.key ?? null,
        },
      ]),
    ),
    cycles: schedule.cycles.map((c) => c.issueKeys),
    suggestedCuts: schedule.cycles.map((c) => ({ linkId: c.suggestedCut.linkId, from: c.suggestedCut.fromKey, to: c.suggestedCut.toKey, kind: c.suggestedCut.kind })),
    findings: schedule.findings,
  };
}
