/**
 * A target date asked for after a forecast was computed (a stored or cached forecast, issue #15): its chance is
 * read off the forecast's finish curve (finish-curve.ts) rather than simulated again. A target before the status
 * date, or no calendar date, gets the finding a live run gives instead of a chance.
 * Example: curve steps (2027-02-26, 0.5), (2027-03-03, 1): by 2027-03-01, 0.5.
 */
import type { ForecastFindingView, ForecastResult, StoredForecast } from '../contract/forecast';
import { isCalendarDate } from '../config/calendar-date';
import { chanceBy } from '../domain/forecast/finish-curve';

export function targetOf(forecast: StoredForecast, targetDate: string | undefined, asOf: string): { target: ForecastResult['target']; findings: ForecastFindingView[] } {
  if (targetDate === undefined) return { target: forecast.target, findings: forecast.findings };
  const findings = forecast.findings.filter((f) => f.kind !== 'target-in-past' && f.kind !== 'target-invalid');
  if (!isCalendarDate(targetDate)) {
    const finding = { kind: 'target-invalid' as const, title: `The target "${targetDate}" is not a calendar date`, advice: 'No target is shown. Write the date as YYYY-MM-DD.', issueKeys: [] };
    return { target: null, findings: [...findings, finding] };
  }
  if (targetDate < asOf) {
    const title = `The target ${targetDate} is before the status date ${asOf}`;
    const advice = 'Open work cannot finish in the past, so no chance is given for it; the percentiles stand. Choose a later target.';
    return { target: null, findings: [...findings, { kind: 'target-in-past', title, advice, issueKeys: [] }] };
  }
  const probability = Math.round(chanceBy(forecast.curve, targetDate) * 1000) / 1000;
  return { target: { date: targetDate, probability, source: 'asked' }, findings };
}
