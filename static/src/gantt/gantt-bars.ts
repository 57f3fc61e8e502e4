/**
 * Where each Gantt bar lies on the timescale: x from the early start, width = working days x day width, so a
 * 3-day task at 12 px a day is 36 px long. Progress fills the share of the duration done; slack is a thin
 * tail from the early finish to the late finish; a zero-duration activity is a milestone (a diamond).
 */
import type { ScheduleNode, ScheduleSummary } from '@contract';
import { epochDay, isoDate } from '../../../src/domain/schedule/calendar-day';
import type { GanttTimescale } from './gantt-timescale';

/** The offset just after the last day `iso`: a finish on a Saturday ends with Friday's work. */
const finishOffset = (scale: GanttTimescale, iso: string) => scale.calendar.offsetOf(isoDate(epochDay(iso) + 1));

export type BarVariant = 'critical' | 'near' | 'normal' | 'done' | 'external';

export interface BarGeometry {
  x: number;
  width: number;
  /** Pixels of the bar filled by progress. */
  progressWidth: number;
  /** 0 to 1. */
  progress: number;
  /** The slack tail, from the early finish; width 0 when there is none. */
  slackX: number;
  slackWidth: number;
  milestone: boolean;
  variant: BarVariant;
}

export function barVariant(node: ScheduleNode): BarVariant {
  if (node.statusCategory === 'done') return 'done';
  if (node.external) return 'external';
  if (node.critical) return 'critical';
  return node.nearCritical ? 'near' : 'normal';
}

/**
 * Share of the work done: 1 when done, 0 before it starts; work under way has `daysLeft` of the span from its
 * actual start to its forecast finish. Example: drawn over 10 days with 4 left → 0.6.
 */
export function progressOf(node: ScheduleNode): number {
  if (node.statusCategory === 'done') return 1;
  if (!node.underWay) return 0;
  const span = node.offsets.earlyFinish - node.offsets.earlyStart;
  return span <= 0 ? 0 : Math.min(1, Math.max(0, (span - node.underWay.daysLeft) / span));
}

export function isMilestone(node: ScheduleNode): boolean {
  return (node.offsets.earlyFinish <= node.offsets.earlyStart && !node.missingDuration) || /milestone/i.test(node.type);
}

/** Done work is drawn at its actual dates: the schedule keeps it there (`fixed`), so its offsets are those. */
export function barGeometry(node: ScheduleNode, scale: GanttTimescale): BarGeometry {
  const x = scale.x(node.offsets.earlyStart);
  const width = Math.max(0, node.offsets.earlyFinish - node.offsets.earlyStart) * scale.dayWidth;
  const progress = progressOf(node);
  const open = node.statusCategory !== 'done';
  const slack = open && node.totalSlackDays > 0 ? node.totalSlackDays * scale.dayWidth : 0;
  return { x, width, progress, progressWidth: width * progress, slackX: x + width, slackWidth: slack, milestone: isMilestone(node), variant: barVariant(node) };
}

/** A summary task's bar from its rolled-up dates (first and last working days), on the same calendar. */
export function summarySpan(summary: ScheduleSummary, scale: GanttTimescale): { start: number; finish: number } | null {
  try {
    return { start: scale.calendar.offsetOf(summary.earlyStart), finish: finishOffset(scale, summary.earlyFinish) };
  } catch {
    // A date the calendar cannot read: the row falls back to its children's span.
    return null;
  }
}

/** A baseline's planned dates as a bar; null when either date is missing or unreadable. */
export function baselineSpan(entry: { start: string | null; finish: string | null }, scale: GanttTimescale): { x: number; width: number } | null {
  if (entry.start === null || entry.finish === null) return null;
  try {
    const start = scale.calendar.offsetOf(entry.start);
    const finish = finishOffset(scale, entry.finish);
    return finish < start ? null : { x: scale.x(start), width: (finish - start) * scale.dayWidth };
  } catch {
    return null;
  }
}
