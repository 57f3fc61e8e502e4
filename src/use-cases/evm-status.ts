/**
 * The figures as of the status date from the daily time-phased series: the PMI metrics, the bottom-up EAC and
 * earned schedule, each ratio that is not defined null with the reason a person can read.
 */
import type { EvmEarnedSchedule, EvmFigures, EvmPerEac } from '../contract';
import type { BottomUpEac } from '../domain/evm/bottom-up-eac';
import { earnedSchedule, forecastFinishDate } from '../domain/evm/earned-schedule';
import { definedRatio, evmMetrics, toCompletePerformanceIndex } from '../domain/evm/evm-metrics';
import type { EvmPoint } from '../domain/evm/time-phased';
import type { WorkingCalendar } from '../domain/schedule/working-calendar';

export interface EvmStatusFigures {
  figures: EvmFigures;
  earnedSchedule: EvmEarnedSchedule;
  notDefined: { figure: string; reason: string }[];
}

const money = (v: number): number => Math.round(v * 100) / 100;
const ratio = (v: number | null): number | null => (v === null ? null : Math.round(v * 10_000) / 10_000);
const moneyOrNull = (v: number | null): number | null => (v === null ? null : money(v));

/** The last point on or before `asOf` (the status point), or zeros when the status date is before the plan. */
export function statusPoint(daily: readonly EvmPoint[], asOf: string): { pv: number; ev: number; ac: number; at: number } {
  const at = daily.filter((p) => p.date <= asOf).length;
  const point = daily[at - 1];
  return { pv: point?.pv ?? 0, ev: point?.ev ?? 0, ac: point?.ac ?? 0, at };
}

export function evmStatus(input: { bac: number; daily: readonly EvmPoint[]; asOf: string; calendar: WorkingCalendar; bottomUp: BottomUpEac | null }): EvmStatusFigures {
  const { bac, daily, asOf, calendar, bottomUp } = input;
  const { pv, ev, ac, at } = statusPoint(daily, asOf);
  const m = evmMetrics({ bac, pv, ev, ac });
  const bottomEac = bottomUp === null ? null : bottomUp.eac;
  const per = (pmi: { cpi: number | null; budgetRate: number | null; cpiTimesSpi: number | null }, bottom: number | null, round: (v: number | null) => number | null): EvmPerEac => ({
    cpi: round(pmi.cpi),
    budgetRate: round(pmi.budgetRate),
    cpiTimesSpi: round(pmi.cpiTimesSpi),
    bottomUp: round(bottom),
  });
  const figures: EvmFigures = {
    bac: money(bac),
    pv: money(pv),
    ev: money(ev),
    ac: money(ac),
    sv: money(m.sv),
    cv: money(m.cv),
    spi: ratio(m.spi),
    cpi: ratio(m.cpi),
    eac: per(m.eac, bottomEac, moneyOrNull),
    etc: per(m.etc, bottomUp === null ? null : bottomUp.etc, moneyOrNull),
    vac: per(m.vac, bottomEac === null ? null : bac - bottomEac, moneyOrNull),
    tcpiBac: ratio(m.tcpiBac),
    tcpiEac: per(m.tcpiEac, toCompletePerformanceIndex(bac, ev, ac, bottomEac), ratio),
    percentComplete: ratio(definedRatio(ev, bac)),
  };
  const es = earnedSchedule(daily.map((p) => p.pv), ev, at);
  const earned: EvmEarnedSchedule = {
    es: ratio(es.es) ?? 0,
    at,
    svt: ratio(es.svt) ?? 0,
    spit: ratio(es.spit),
    plannedDuration: es.plannedDuration,
    plannedFinish: es.plannedDuration > 0 ? calendar.dateOf(es.plannedDuration - 1) : null,
    forecastDuration: ratio(es.forecastDuration),
    forecastFinish: forecastFinishDate(calendar, es.forecastDuration),
  };
  return { figures, earnedSchedule: earned, notDefined: reasons(figures, earned, { pv, ac, cpi: m.cpi }) };
}

function reasons(f: EvmFigures, es: EvmEarnedSchedule, raw: { pv: number; ac: number; cpi: number | null }): { figure: string; reason: string }[] {
  const noPv = 'PV is 0 on the status date: nothing was planned to be done by then';
  const noAc = 'AC is 0: no cost recorded yet (no worklogs with a rate, or no cost field values)';
  const noCpi = raw.cpi === 0 ? 'CPI is 0: money was spent and nothing earned, so no finite forecast exists' : `CPI is not defined (${noAc})`;
  const why: Record<string, string> = {
    spi: noPv,
    cpi: noAc,
    'eac.cpi': noCpi,
    'eac.cpiTimesSpi': f.spi === null ? `SPI is not defined (${noPv})` : noCpi,
    'eac.bottomUp': 'no open issue has a remaining estimate (time tracking) to build it from',
    tcpiBac: 'AC equals BAC: no budget is left to spend on the remaining work',
    percentComplete: 'BAC is 0: no issue in scope has a budget',
    'earnedSchedule.spit': 'the status date is before the project start: no time has passed',
    'earnedSchedule.forecastDuration':
      es.spit === 0 ? 'nothing has been earned yet: there is no pace to forecast from' : 'SPI(t) is not defined: the status date is before the project start',
    'earnedSchedule.plannedFinish': 'nothing has a budget and planned dates',
  };
  const out: { figure: string; reason: string }[] = [];
  const reasonFor = (figure: string): string => {
    const derived = /^(etc|vac|tcpiEac)\.(cpi|budgetRate|cpiTimesSpi|bottomUp)$/.exec(figure);
    const eacKey = derived?.[2] as keyof EvmPerEac | undefined;
    if (eacKey === undefined) return why[figure] ?? 'not defined';
    return f.eac[eacKey] === null ? `the EAC it uses is not defined: ${why[`eac.${eacKey}`] ?? 'not defined'}` : 'the EAC equals AC: nothing is left to spend';
  };
  const walk = (prefix: string, value: unknown): void => {
    if (value === null) out.push({ figure: prefix, reason: reasonFor(prefix) });
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(prefix === '' ? k : `${prefix}.${k}`, v);
  };
  walk('', f);
  walk('earnedSchedule', { spit: es.spit, forecastDuration: es.forecastDuration, plannedFinish: es.plannedFinish });
  return out;
}
