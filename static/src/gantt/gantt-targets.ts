/**
 * The targets the Gantt flags (issue #17, "Overlays"): the launch date and each milestone's due date, with the
 * variance `status/get` measured for them in working days (positive: late by that many; src/domain/targets/
 * milestone-variance.ts). The variance is the one of the dates the Gantt shows: the critical path's, or the
 * levelled finish when the bars are at levelled dates and levelling gave one (else the critical path's, and the
 * words say so). A milestone without a due date has no target, so no flag: its diamond is already on its row.
 */
import type { StatusResult } from '@contract';

export type DatesShown = 'cpm' | 'levelled';
/** `late` after its target, `met` on or before it, `unknown` when there is no finish to compare (still computing). */
export type TargetState = 'late' | 'met' | 'unknown';

export interface GanttTarget {
  id: string;
  kind: 'launch' | 'milestone';
  /** What the flag says before the variance: "Launch", or the milestone's summary. */
  name: string;
  date: string;
  /** The milestone's issue key; null for the launch date. */
  key: string | null;
  /** Where the date comes from or what it is: "version 1.0's release date", "PAY-150's due date". */
  source: string;
  /** The finish measured against it, and its working days late (positive) or early (negative). */
  finish: string | null;
  varianceDays: number | null;
  /** Whose finish: the dates shown, or the critical path's when levelling gave none. */
  basis: 'critical path' | 'levelled';
  done: boolean;
}

/** "3 d late", "2 d early", "on time"; null: nothing to compare. Example: variance +3 -> "3 d late". */
export function varianceWords(varianceDays: number | null): string | null {
  if (varianceDays === null) return null;
  if (varianceDays === 0) return 'on time';
  return `${Math.abs(varianceDays)} d ${varianceDays > 0 ? 'late' : 'early'}`;
}

export function targetState(target: GanttTarget): TargetState {
  if (target.varianceDays === null) return 'unknown';
  return target.varianceDays > 0 ? 'late' : 'met';
}

const NAME_CHARS = 22;
const clip = (text: string) => (text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text);

/** The flag's text. Examples: "Launch · 3 d late", "Beta sign-off · done, on time", "Launch" (no finish yet). */
export function flagLabel(target: GanttTarget): string {
  const words = varianceWords(target.varianceDays);
  const state = target.done ? (words ? `done, ${words}` : 'done') : words;
  return state ? `${clip(target.name)} · ${state}` : clip(target.name);
}

const workingDays = (n: number) => `${Math.abs(n)} working ${Math.abs(n) === 1 ? 'day' : 'days'}`;

/**
 * The whole story, for the tooltip and screen readers. Example: "Launch target 2027-01-11 (version 1.0's release
 * date): the critical path finishes 2027-01-14, 3 working days late."
 */
export function flagDescription(target: GanttTarget, formatDate: (iso: string) => string = (d) => d): string {
  const what = target.kind === 'launch' ? `Launch target ${formatDate(target.date)} (${target.source})` : `Milestone ${target.key ?? ''} ${target.name}, due ${formatDate(target.date)}`;
  if (target.finish === null || target.varianceDays === null) return `${what}: no finish to compare with yet.`;
  const finishes = target.kind === 'launch' ? `the ${target.basis === 'levelled' ? 'levelled plan' : 'critical path'} finishes` : `${target.done ? 'done' : target.basis === 'levelled' ? 'levelled finish' : 'scheduled'}`;
  const by = target.varianceDays === 0 ? 'on the day' : `${workingDays(target.varianceDays)} ${target.varianceDays > 0 ? 'late' : 'early'}`;
  return `${what}: ${finishes} ${formatDate(target.finish)}, ${by}.`;
}

/** The launch date and the milestones with a due date, from `status/get`, at the dates shown. Sorted by date. */
export function ganttTargets(status: StatusResult | null, dates: DatesShown): GanttTarget[] {
  if (status === null) return [];
  const targets: GanttTarget[] = [];
  if (status.target) {
    const finish = (analysis: 'critical path' | 'levelled') => status.finishes.find((f) => f.analysis === analysis && f.date !== null) ?? null;
    const levelled = dates === 'levelled' ? finish('levelled') : null;
    const chosen = levelled ?? finish('critical path');
    targets.push({
      id: 'launch',
      kind: 'launch',
      name: 'Launch',
      date: status.target.date,
      key: null,
      source: status.target.label,
      finish: chosen?.date ?? null,
      varianceDays: chosen?.varianceDays ?? null,
      basis: levelled ? 'levelled' : 'critical path',
      done: false,
    });
  }
  for (const m of status.milestones) {
    if (m.target === null) continue;
    const levelled = dates === 'levelled' && !m.done ? m.levelled : null;
    const chosen = levelled ?? m.cpm;
    targets.push({
      id: `milestone:${m.key}`,
      kind: 'milestone',
      name: m.summary,
      date: m.target,
      key: m.key,
      source: `${m.key}'s due date`,
      finish: chosen.date,
      varianceDays: chosen.varianceDays,
      basis: levelled ? 'levelled' : 'critical path',
      done: m.done,
    });
  }
  return targets.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
