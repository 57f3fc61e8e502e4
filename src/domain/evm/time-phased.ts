/**
 * Time-phased PV, EV and AC on the working calendar (DESIGN.md section 1, "Earned value"; PMI, Practice Standard
 * for Earned Value Management, 2nd ed.): PV spreads each budget evenly over the working days of its planned span;
 * EV(t) = sum of budget x the latest percent complete on or before t; AC(t) = logged hours x rate (and any
 * dated costs) up to t.
 * Cumulative, one point per working day or per week. O(items x span days + points + worklogs + days).
 */
import { epochDay } from '../schedule/calendar-day';
import type { WorkingCalendar } from '../schedule/working-calendar';
import { amountProblem, type DataProblem } from './data-problem';

export interface PlannedBudget {
  key: string;
  budget: number;
  /** Planned start and finish (YYYY-MM-DD, both worked when they are working days). */
  start: string | null;
  finish: string | null;
}
export interface ProgressPoint {
  key: string;
  date: string;
  /** Fraction complete from 0 to 1, from this date on. */
  percentComplete: number;
}
export interface Worklog {
  key: string;
  date: string;
  hours: number;
  personId: string | null;
}
/** Actual cost taken from a cost field instead of worklogs: an amount of money booked on a date. */
export interface DatedCost {
  key: string;
  date: string;
  amount: number;
}
export interface RateTable {
  byPerson: ReadonlyMap<string, number>;
  /** The rate for people not in the table; null: their worklogs are left out and reported. */
  defaultRate: number | null;
}
export interface TimePhasedInput {
  calendar: WorkingCalendar;
  from: string;
  to: string;
  /** EV and AC are null on points after this date: they are not known yet. */
  asOf: string;
  granularity: 'day' | 'week';
  planned: readonly PlannedBudget[];
  progress: readonly ProgressPoint[];
  worklogs: readonly Worklog[];
  rates: RateTable;
  /** Costs added to AC as they are, next to (or instead of) worklogs x rate. */
  costs?: readonly DatedCost[];
}
export interface EvmPoint {
  date: string;
  pv: number;
  ev: number | null;
  ac: number | null;
}
export interface TimePhased {
  series: EvmPoint[];
  /** The sum of the budgets that were time-phased: the PV curve ends here once every span is past. */
  bac: number;
  problems: DataProblem[];
}

interface DailyAmounts {
  add: (offset: number, amount: number) => void;
  cumulative: () => Float64Array;
}

/** Amounts per working-day offset first..last; earlier ones are folded into the first day, later ones dropped. */
function dailyAmounts(first: number, last: number): DailyAmounts {
  let before = 0;
  const daily = new Float64Array(Math.max(0, last - first + 1));
  return {
    add: (offset, amount) => {
      if (offset < first) before += amount;
      else if (offset <= last) daily[offset - first] = (daily[offset - first] ?? 0) + amount;
    },
    cumulative: () => {
      let sum = before;
      return daily.map((amount) => (sum += amount));
    },
  };
}

/**
 * Example (worked by hand): Monday-Friday; item A, budget 500, planned Mon 2026-01-05 to Fri 2026-01-09, 30%
 * complete on Wed 7th; 4 h logged on Tue 6th at 50: daily PV 100, 200, 300, 400, 500; EV 0, 0, 150, 150, 150;
 * AC 0, 200, 200, 200, 200. Weekly, the one point is Fri 9th: PV 500, EV 150, AC 200.
 */
export function timePhased(input: TimePhasedInput): TimePhased {
  const { calendar, from, to, asOf, granularity } = input;
  const lastWorked = (date: string): number => calendar.offsetOf(date) - (calendar.isWorkingDay(date) ? 0 : 1);
  const first = calendar.offsetOf(from);
  const last = lastWorked(to);
  const problems: DataProblem[] = [];
  const pv = dailyAmounts(first, last);
  const ev = dailyAmounts(first, last);
  const ac = dailyAmounts(first, last);

  const budgets = new Map<string, number>();
  let bac = 0;
  for (const { key, budget, start, finish } of input.planned) {
    const bad = amountProblem(budget, Number.POSITIVE_INFINITY);
    if (bad) {
      problems.push({ key, problem: bad, detail: `budget ${budget} is ${bad.replaceAll('-', ' ')}` });
      continue;
    }
    budgets.set(key, budget);
    const begin = start ?? finish;
    const end = finish ?? start;
    if (begin === null || end === null) {
      problems.push({ key, problem: 'no-planned-dates', detail: `budget ${budget} has no planned dates and is left out of PV` });
      continue;
    }
    if (end < begin) problems.push({ key, problem: 'finish-before-start', detail: `planned finish ${end} is before start ${begin}; PV falls on the start` });
    bac += budget;
    const s = calendar.offsetOf(begin);
    const e = Math.max(s, lastWorked(end)); // a span with no working day falls on the next working day
    const perDay = budget / (e - s + 1);
    if (s < first) pv.add(s, perDay * (Math.min(e, first - 1) - s + 1));
    for (let o = Math.max(s, first); o <= Math.min(e, last); o++) pv.add(o, perDay);
  }

  const byKey = new Map<string, ProgressPoint[]>();
  for (const point of input.progress) {
    if (!budgets.has(point.key)) continue; // not a counted budget (e.g. a parent replaced by its children)
    if (!(point.percentComplete >= 0 && point.percentComplete <= 1)) {
      problems.push({ key: point.key, problem: 'percent-out-of-range', detail: `percent complete ${point.percentComplete} on ${point.date} is not between 0 and 1` });
      continue;
    }
    const points = byKey.get(point.key);
    if (points) points.push(point);
    else byKey.set(point.key, [point]);
  }
  for (const [key, points] of byKey) {
    const budget = budgets.get(key) ?? 0;
    let previous = 0;
    for (const point of points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
      ev.add(calendar.offsetOf(point.date), budget * (point.percentComplete - previous));
      previous = point.percentComplete;
    }
  }

  const unpriced = new Map<string, number>();
  for (const { key, date, hours, personId } of input.worklogs) {
    const bad = amountProblem(hours, Number.POSITIVE_INFINITY);
    if (bad) {
      problems.push({ key, problem: bad, detail: `worklog of ${hours} h on ${date} is ${bad.replaceAll('-', ' ')}` });
      continue;
    }
    const rate = (personId === null ? undefined : input.rates.byPerson.get(personId)) ?? input.rates.defaultRate;
    if (rate === null || amountProblem(rate, Number.POSITIVE_INFINITY)) unpriced.set(key, (unpriced.get(key) ?? 0) + hours);
    else ac.add(calendar.offsetOf(date), hours * rate);
  }
  for (const [key, hours] of unpriced) problems.push({ key, problem: 'no-rate', detail: `${hours} h logged with no usable rate are left out of AC` });
  for (const { key, date, amount } of input.costs ?? []) {
    const bad = amountProblem(amount, Number.POSITIVE_INFINITY);
    if (bad) problems.push({ key, problem: bad, detail: `cost ${amount} on ${date} is ${bad.replaceAll('-', ' ')}` });
    else ac.add(calendar.offsetOf(date), amount);
  }

  const [pvs, evs, acs] = [pv.cumulative(), ev.cumulative(), ac.cumulative()];
  const week = (date: string): number => Math.floor((epochDay(date) - 4) / 7); // weeks from Monday 1970-01-05
  const series: EvmPoint[] = [];
  for (let i = 0; i < pvs.length; i++) {
    const date = calendar.dateOf(first + i);
    if (granularity === 'week' && i < pvs.length - 1 && week(calendar.dateOf(first + i + 1)) === week(date)) continue;
    const known = date <= asOf;
    series.push({ date, pv: pvs[i] ?? 0, ev: known ? (evs[i] ?? 0) : null, ac: known ? (acs[i] ?? 0) : null });
  }
  return { series, bac, problems };
}
