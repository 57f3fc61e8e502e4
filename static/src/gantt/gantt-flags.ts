/**
 * Where the Gantt's target flags go: each flag's pole stands at the end of its target day (where a bar finishing
 * that day ends), and its label runs right from the pole in a lane above the timescale. Lanes are packed greedily
 * by x (interval scheduling, first fit): a label goes in the first lane free at its pole; when none of the lanes
 * is, it goes in the lane that frees first and is drawn without its text (the tooltip and screen readers keep it).
 * O(flags x lanes).
 */
import { epochDay, isoDate } from '../../../src/domain/schedule/calendar-day';
import { flagLabel, targetState, type GanttTarget, type TargetState } from './gantt-targets';
import type { GanttTimescale } from './gantt-timescale';

/** Height of one flag lane, and the most lanes drawn. */
export const FLAG_LANE = 18;
export const MAX_FLAG_LANES = 3;
/** Labels are 11 px; about 6.5 px a character, the flag's cloth and padding before the text. */
const CHAR_PX = 6.5;
export const FLAG_TEXT_X = 12;
const GAP = 6;

export interface PlacedFlag {
  target: GanttTarget;
  /** The pole's x on the chart. */
  x: number;
  lane: number;
  label: string;
  /** The label's width in pixels (cloth included); 0 when it is left out for want of room. */
  width: number;
  /** Which side of the pole the label runs: left when it would pass the chart's right edge. */
  side: 'right' | 'left';
  state: TargetState;
}

/** The calendar day after `date` (ISO), or null when `date` is not a calendar date. */
function dayAfter(date: string): string | null {
  try {
    return isoDate(epochDay(date) + 1);
  } catch {
    return null;
  }
}

/**
 * The working-day offset at the end of `date`: the offset of the next calendar day. A bar finishing on the
 * target day ends exactly at the pole. Example (Mon-Fri from Mon 2026-11-02): Fri 2026-11-06 -> 5, Sat -> 5.
 */
export function targetOffset(scale: Pick<GanttTimescale, 'calendar'>, date: string): number | null {
  const next = dayAfter(date);
  return next === null ? null : scale.calendar.offsetOf(next);
}

/** The label's width at 11 px: the cloth's lead-in and the text. Example: "Launch · 3 d late" (17 chars) -> 127. */
export const labelWidth = (label: string) => Math.ceil(FLAG_TEXT_X + label.length * CHAR_PX + 4);

/**
 * The flags of `targets` on `scale`, and how many lanes they take (0 without flags). A label runs right of its
 * pole, or left of it when it would pass the chart's right edge. A target whose date is not a calendar date, or
 * lies off the scale, is left out. Example (Mon-Fri, 12 px a day): flags at x 100 (127 wide) and x 150 go in lanes 0 and 1; a third
 * at x 240 fits lane 0 again (100 + 127 + 6 <= 240).
 */
export function placeFlags(targets: readonly GanttTarget[], scale: Pick<GanttTimescale, 'calendar' | 'x' | 'width' | 'from' | 'to'>, maxLanes = MAX_FLAG_LANES): { flags: PlacedFlag[]; lanes: number } {
  const positioned = targets
    .flatMap((target) => {
      const offset = targetOffset(scale, target.date);
      // Off the scale (further than the timescale reaches): no flag; the status line still gives the date.
      if (offset === null || offset < scale.from || offset > scale.to) return [];
      const x = scale.x(offset);
      const label = flagLabel(target);
      const width = labelWidth(label);
      const side: 'right' | 'left' = x + width > scale.width && x - width >= 0 ? 'left' : 'right';
      return [{ target, x, label, width, side, from: side === 'right' ? x : x - width }];
    })
    .sort((a, b) => a.from - b.from || a.target.id.localeCompare(b.target.id));
  const ends: number[] = [];
  const flags = positioned.map(({ target, x, label, width, side, from }): PlacedFlag => {
    const free = ends.findIndex((end) => end + GAP <= from);
    const state = targetState(target);
    if (free >= 0 || ends.length < maxLanes) {
      const lane = free >= 0 ? free : ends.length;
      ends[lane] = from + width;
      return { target, x, lane, label, width, side, state };
    }
    // No lane is free here: the one that frees first takes the pole only.
    const lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] ?? x, x + GAP);
    return { target, x, lane, label, width: 0, side, state };
  });
  return { flags, lanes: ends.length };
}

/** The dates the timescale must reach so every flag is on the chart: the calendar day after each target. */
export function flagDates(targets: readonly GanttTarget[]): string[] {
  return targets.flatMap((t) => dayAfter(t.date) ?? []);
}
