/** How the issue panel writes schedule figures: dates, working days and links, the same way everywhere. */
import type { ScheduleEdge, ScheduleNode } from '@contract';
import { fmt } from '../format/current-format';

/**
 * An ISO date (`2026-11-16`) as the viewer's locale writes it, read as that calendar day in every time zone;
 * anything else is shown as it came.
 */
export function formatDay(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  if (Number.isNaN(Date.parse(`${isoDate}T00:00:00Z`))) return isoDate;
  return fmt().date(isoDate);
}

/** `1 day`, `3 days`, `0.5 days`, `-2 days`. */
export function workingDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${Math.abs(rounded) === 1 ? 'day' : 'days'}`;
}

const KIND_NAMES: Record<ScheduleEdge['kind'], string> = {
  FS: 'finish-to-start',
  SS: 'start-to-start',
  FF: 'finish-to-finish',
  SF: 'start-to-finish',
};

/** `finish-to-start`, `start-to-start (+2 days lag)`, `finish-to-finish (-1 day lead)`. */
export function kindWithLag(kind: ScheduleEdge['kind'], lagDays: number): string {
  if (lagDays === 0) return KIND_NAMES[kind];
  return `${KIND_NAMES[kind]} (${lagDays > 0 ? `+${workingDays(lagDays)} lag` : `${workingDays(-lagDays)} lead`})`;
}

/**
 * Work under way in plain words: "Started 21 Sep 2026 · 1.4 days left · finishes 30 Nov 2026" ("In progress"
 * when the day it started is not known); null for work not under way.
 */
export function underWaySentence(node: ScheduleNode): string | null {
  if (!node.underWay) return null;
  const start = node.underWay.actualStart === null ? 'In progress' : `Started ${formatDay(node.underWay.actualStart)}`;
  return `${start} · ${workingDays(node.underWay.daysLeft)} left · finishes ${formatDay(node.earlyFinish)}`;
}
