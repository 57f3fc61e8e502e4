/**
 * The verdict on a project's launch date (issue 16, item 2): on track, at risk or late, the one or two reasons
 * that drive it, the date each analysis gives, and one sentence per disagreement. Rules, first match:
 * - late: the critical path (the plan's own logic, DESIGN.md "Critical path") finishes after the target;
 * - at risk: it finishes on time, but earned schedule's forecast (Lipke, "Schedule is different", 2003), the levelled
 *   finish or the forecast's P80 is after the
 *   target, or the margin is under the near-critical threshold, or Jira's due dates run past the target;
 * - on track: otherwise. Without a target there is no verdict, only the dates.
 * Variances are in working days (milestone-variance.ts). O(1).
 */
import type { WorkingCalendar } from '../schedule/working-calendar';
import type { LaunchTarget } from './launch-target';
import { workingDayVariance } from './milestone-variance';

export type VerdictStatus = 'on track' | 'at risk' | 'late' | 'no target';
export type Analysis = 'critical path' | 'earned schedule' | 'levelled' | 'forecast P50' | 'forecast P80' | 'due dates';

export interface VerdictInput {
  target: LaunchTarget | null;
  calendar: WorkingCalendar;
  /** The critical path's early finish, and how many activities it schedules as taking no time (no estimate). */
  criticalPath: { finish: string; unestimated: number };
  /** Earned schedule's forecast finish and SPI(t); null when earned value is not set up or nothing is earned yet. */
  earnedSchedule: { finish: string | null; spiT: number | null } | null;
  /** The levelled schedule's finish (DESIGN.md "Resource levelling"); absent or null when not computed. */
  levelled?: { finish: string } | null;
  /** The Monte Carlo forecast's P50 and P80 and its chance of finishing by the target; absent or null when not computed. */
  forecast?: { p50: string; p80: string; probability: number | null } | null;
  /** The latest due date of open work, and whose; null when no open work has one. */
  dueDates: { latest: string; key: string } | null;
  /** Working days of margin below which a finish on time is still at risk (the near-critical threshold). */
  marginDays: number;
}

export interface AnalysisDate {
  analysis: Analysis;
  date: string;
  /** Working days after (positive) or before (negative) the target; null without a target. */
  varianceDays: number | null;
}

export interface Verdict {
  status: VerdictStatus;
  target: LaunchTarget | null;
  dates: AnalysisDate[];
  /** The one or two reasons that drive the status, most serious first. */
  reasons: string[];
  /** One sentence per pair of analyses that disagree about the target (or by more than the margin). */
  disagreements: string[];
}

const days = (n: number) => `${Math.abs(n)} working ${Math.abs(n) === 1 ? 'day' : 'days'}`;
const against = (v: number, t: LaunchTarget) => (v > 0 ? `${days(v)} after the launch date ${t.date} (${t.label})` : v < 0 ? `${days(v)} before the launch date ${t.date} (${t.label})` : `on the launch date ${t.date} (${t.label})`);
const ratio = (x: number) => x.toFixed(2);

export function verdict(input: VerdictInput): Verdict {
  const { target, calendar, criticalPath: cp, earnedSchedule: es, dueDates } = input;
  const variance = (date: string) => (target ? workingDayVariance(calendar, date, target.date) : null);
  const dates: AnalysisDate[] = [{ analysis: 'critical path', date: cp.finish, varianceDays: variance(cp.finish) }];
  if (es?.finish) dates.push({ analysis: 'earned schedule', date: es.finish, varianceDays: variance(es.finish) });
  if (input.levelled) dates.push({ analysis: 'levelled', date: input.levelled.finish, varianceDays: variance(input.levelled.finish) });
  if (input.forecast) {
    dates.push({ analysis: 'forecast P50', date: input.forecast.p50, varianceDays: variance(input.forecast.p50) });
    dates.push({ analysis: 'forecast P80', date: input.forecast.p80, varianceDays: variance(input.forecast.p80) });
  }
  if (dueDates) dates.push({ analysis: 'due dates', date: dueDates.latest, varianceDays: variance(dueDates.latest) });
  const disagreements = disagreementsOf(input, dates);
  if (!target) {
    return { status: 'no target', target, dates, reasons: ['No launch date: set one in the project settings, choose a launch issue, or map a version with a release date.'], disagreements };
  }
  const of = (a: Analysis) => dates.find((d) => d.analysis === a)?.varianceDays ?? null;
  const cpVar = of('critical path') ?? 0;
  const esVar = of('earned schedule');
  const dueVar = of('due dates');
  const cpReason = `The critical path finishes on ${cp.finish}, ${against(cpVar, target)}.`;
  const esReason = es?.finish && esVar !== null ? `At the pace so far${es.spiT === null ? '' : ` (SPI(t) ${ratio(es.spiT)})`}, earned schedule forecasts ${es.finish}, ${against(esVar, target)}.` : null;
  const risks: string[] = [];
  if (esVar !== null && esVar > 0 && esReason) risks.push(esReason);
  const levVar = of('levelled');
  if (levVar !== null && levVar > 0 && input.levelled) risks.push(`With each person's capacity, the levelled schedule finishes on ${input.levelled.finish}, ${against(levVar, target)}.`);
  const p80Var = of('forecast P80');
  if (p80Var !== null && p80Var > 0 && input.forecast) {
    const chance = input.forecast.probability === null ? '' : `${Math.round(input.forecast.probability * 100)}% chance to finish by the launch date; `;
    risks.push(`The forecast gives a ${chance}80% by ${input.forecast.p80}, ${against(p80Var, target)}.`);
  }
  if (cpVar <= 0 && -cpVar < input.marginDays) risks.push(`Only ${days(cpVar)} of margin between the critical path's finish (${cp.finish}) and the launch date, under the near-critical threshold of ${days(input.marginDays)}.`);
  if (dueVar !== null && dueVar > 0 && dueDates) risks.push(`Jira's due dates run to ${dueDates.latest} (${dueDates.key}), ${against(dueVar, target)}.`);
  if (cpVar > 0) return { status: 'late', target, dates, reasons: [cpReason, ...risks].slice(0, 2), disagreements };
  if (risks.length > 0) return { status: 'at risk', target, dates, reasons: risks.slice(0, 2), disagreements };
  const agree = esVar !== null && es?.finish ? ` Earned schedule agrees: ${es.finish}.` : '';
  return { status: 'on track', target, dates, reasons: [`${cpReason}${agree}`], disagreements };
}

/** Why two analyses give different answers: one sentence each, when they fall on different sides of the target or further apart than the margin. */
function disagreementsOf(input: VerdictInput, dates: readonly AnalysisDate[]): string[] {
  const cp = dates.find((d) => d.analysis === 'critical path');
  if (!cp) return [];
  const apart = (other: AnalysisDate) => {
    const gap = workingDayVariance(input.calendar, other.date, cp.date);
    const sides = cp.varianceDays !== null && other.varianceDays !== null && cp.varianceDays > 0 !== other.varianceDays > 0;
    return { gap, disagree: sides || Math.abs(gap) > input.marginDays };
  };
  const sentences: string[] = [];
  const es = dates.find((d) => d.analysis === 'earned schedule');
  if (es && apart(es).disagree) {
    const { gap } = apart(es);
    const spiT = input.earnedSchedule?.spiT;
    const pace = spiT === null || spiT === undefined ? 'the pace so far' : `the pace so far (SPI(t) ${ratio(spiT)}: ${spiT < 1 ? 'slower' : 'faster'} than the baseline planned)`;
    sentences.push(
      `Earned schedule (${es.date}) and the critical path (${cp.date}) are ${days(gap)} apart: the critical path schedules the estimates left from today, while earned schedule stretches the baseline's duration by ${pace}.`,
    );
  }
  const lev = dates.find((d) => d.analysis === 'levelled');
  if (lev && apart(lev).disagree) {
    const { gap } = apart(lev);
    sentences.push(
      gap > 0
        ? `The levelled schedule (${lev.date}) finishes ${days(gap)} after the critical path (${cp.date}): the critical path lets one person do several tasks at once, while levelling queues each person's work.`
        : `The levelled schedule (${lev.date}) finishes ${days(gap)} before the critical path (${cp.date}): levelling keeps work under way at its actual dates.`,
    );
  }
  const p80 = dates.find((d) => d.analysis === 'forecast P80');
  if (p80 && apart(p80).disagree) {
    const { gap } = apart(p80);
    sentences.push(
      `The forecast's P80 (${p80.date}) is ${days(gap)} ${gap > 0 ? 'after' : 'before'} the critical path (${cp.date}): the critical path takes each estimate as exact, while the forecast draws durations from their spread and lets linked risks strike.`,
    );
  }
  const due = dates.find((d) => d.analysis === 'due dates');
  if (due && input.dueDates && apart(due).disagree) {
    const { gap } = apart(due);
    const n = input.criticalPath.unestimated;
    sentences.push(
      gap > 0
        ? `Jira's due dates run to ${due.date} (${input.dueDates.key}), ${days(gap)} after the critical path's finish: the critical path counts only estimated work${n > 0 ? `, and ${n} ${n === 1 ? 'issue' : 'issues'} without an estimate may hide work` : ', so the due dates hold buffer or work the estimates leave out'}.`
        : `The critical path finishes ${days(gap)} after Jira's latest due date (${due.date}): the estimates and links need more time than the due dates allow.`,
    );
  }
  return sentences;
}
