/**
 * `status/get`'s answer from what was read (issue 16, item 2): what it takes of the schedule as the viewer sees it
 * (status-inputs.ts: from the whole schedule, or a large project's stored `status` view), the targets and
 * the other analyses' finishes, through the domain's verdict (domain/targets/verdict.ts) and milestone variances.
 * The headline says late (or on track) against what: the launch date and where it comes from.
 */
import type { Settings } from '../config/settings';
import type { AnalysisFinish, StatusResult } from '../contract';
import { workingCalendar } from '../domain/schedule/working-calendar';
import { milestoneVariances, workingDayVariance } from '../domain/targets/milestone-variance';
import { verdict, type Analysis, type VerdictStatus } from '../domain/targets/verdict';
import type { ProjectTargets } from './project-targets';
import type { StatusFinishes } from './status-finishes';
import type { StatusInputs } from './status-inputs';

const HEADLINE: Record<VerdictStatus, string> = { 'on track': 'On track', 'at risk': 'At risk', late: 'Late', 'no target': 'No launch date' };

export function statusHeadline(status: VerdictStatus, target: { date: string; label: string } | null): string {
  if (target === null) return 'No launch date to measure against: set one in Keel\'s project settings (Targets).';
  return `${HEADLINE[status]} against the launch date ${target.date} (${target.label})`;
}

export function statusAnswer(input: {
  schedule: StatusInputs;
  settings: Settings;
  targets: ProjectTargets;
  finishes: StatusFinishes;
  asOf: string;
}): StatusResult {
  const { schedule, settings, targets, finishes, asOf } = input;
  const cal = schedule.calendar ?? { workingWeekdays: settings.calendar.workingDays, holidays: settings.calendar.holidays };
  const calendar = workingCalendar({ workingWeekdays: cal.workingWeekdays, holidays: cal.holidays, hoursPerDay: settings.calendar.hoursPerDay }, schedule.projectStart);
  const v = verdict({
    target: targets.target,
    calendar,
    criticalPath: { finish: schedule.projectFinish, unestimated: schedule.unestimated },
    earnedSchedule: finishes.earnedSchedule,
    levelled: finishes.levelled,
    forecast: finishes.forecast,
    dueDates: schedule.latestDue,
    marginDays: settings.schedule.nearCriticalDays,
  });
  const noteOf = (a: Analysis): string | null =>
    a === 'earned schedule' ? finishes.notes.earnedSchedule : a === 'levelled' ? finishes.notes.levelled : a.startsWith('forecast') ? finishes.notes.forecast : null;
  const given: AnalysisFinish[] = v.dates.map((d) => ({ analysis: d.analysis, date: d.date, varianceDays: d.varianceDays, note: noteOf(d.analysis) }));
  const missing: AnalysisFinish[] = (['earned schedule', 'levelled', 'forecast P50', 'forecast P80'] as const)
    .filter((a) => !v.dates.some((d) => d.analysis === a))
    .map((a) => ({ analysis: a, date: null, varianceDays: null, note: noteOf(a) ?? 'Not available.' }));
  const variances = milestoneVariances(targets.milestones, calendar);
  const done = new Set(targets.milestones.filter((m) => m.done).map((m) => m.key));
  const levelledOf = (key: string, target: string | null) => {
    const date = finishes.levelled?.byKey.get(key);
    return date === undefined ? null : { date, varianceDays: target === null ? null : workingDayVariance(calendar, date, target) };
  };
  return {
    project: schedule.project,
    asOf,
    status: v.status,
    headline: statusHeadline(v.status, v.target),
    target: v.target,
    reasons: v.reasons,
    finishes: [...given, ...missing],
    probabilityByTarget: v.target === null ? null : (finishes.forecast?.probability ?? null),
    disagreements: v.disagreements,
    milestones: variances.milestones.map((m) => ({
      key: m.key,
      summary: m.summary,
      target: m.target,
      cpm: { date: m.cpmDate, varianceDays: m.varianceDays },
      levelled: levelledOf(m.key, m.target),
      done: done.has(m.key),
    })),
    findings: [...targets.findings, ...variances.findings],
  };
}
