/**
 * Each headline figure in plain words, for a sponsor who does not speak EVM. Worked example (PAY on the demo
 * site): CPI 0.55 reads "For every 1.00 spent, 0.55 of work was earned"; SV -18,167 on PV 92,967 with
 * SV(t) -10.4 working days reads "Work is 20% behind plan in value, 2.1 weeks behind in time".
 */
import type { EvmResult } from '@contract';
import { formatDate, formatMoney, formatRatio, formatWorkingWeeks } from './evm-format';
import type { FigureTone } from './figure-card';

export const toneOfIndex = (value: number | null): FigureTone => (value === null ? 'neutral' : value >= 1 ? 'good' : value < 0.9 ? 'bad' : 'neutral');
/** TCPI: above 1.1 or below 0 asks for more than the project has shown it can do. */
export const toneOfTcpi = (value: number | null): FigureTone => (value === null ? 'neutral' : value < 0 || value > 1.1 ? 'bad' : 'good');
export const toneOfVariance = (value: number | null): FigureTone => (value === null ? 'neutral' : value >= 0 ? 'good' : 'bad');

export function spiMeaning(spi: number): string {
  return `For every 1.00 of work planned by now, ${formatRatio(spi)} was done.`;
}

export function cpiMeaning(cpi: number): string {
  return `For every 1.00 spent, ${formatRatio(cpi)} of work was earned.`;
}

/** The value and time views of schedule variance together; the percent is of PV, left out when PV is 0. */
export function svMeaning(result: EvmResult): string {
  const { sv, pv } = result.figures;
  const svt = result.earnedSchedule.svt;
  const direction = (v: number) => (v < 0 ? 'behind' : 'ahead of');
  const value = pv > 0 ? `${Math.abs(Math.round((sv / pv) * 100))}% ${direction(sv)} plan in value` : `${formatMoney(Math.abs(sv), result.currency)} ${direction(sv)} plan in value`;
  const time = svt === 0 ? 'on time' : `${formatWorkingWeeks(svt)} ${svt < 0 ? 'behind' : 'ahead'} in time`;
  return `Work is ${value}, ${time}.`;
}

export function cvMeaning(cv: number, currency: string): string {
  if (cv === 0) return 'The work done cost exactly its budget.';
  return `The work done cost ${formatMoney(Math.abs(cv), currency)} ${cv < 0 ? 'more' : 'less'} than its budget.`;
}

export function vacMeaning(vac: number, currency: string): string {
  if (vac === 0) return 'Expected to finish exactly on budget.';
  return `Expected to finish ${formatMoney(Math.abs(vac), currency)} ${vac < 0 ? 'over' : 'under'} budget.`;
}

/** TCPI below 0 or far above 1 means the target cannot be met by working better; say so rather than quote it. */
export function tcpiMeaning(tcpi: number, target: string): string {
  if (tcpi < 0) return `The ${target} is already spent: no efficiency on the remaining work can finish within it.`;
  return `To finish within the ${target}, the remaining work must earn ${formatRatio(tcpi)} for every 1.00 spent${tcpi > 1.1 ? ' (harder than so far)' : ''}.`;
}

export function spitMeaning(spit: number, result: EvmResult): string {
  const { es, at } = result.earnedSchedule;
  return `For every working day that passed, ${formatRatio(spit)} days of planned work were earned (${es.toFixed(1)} of ${at} days).`;
}

export function forecastMeaning(result: EvmResult): string {
  const { plannedFinish, plannedDuration, forecastDuration } = result.earnedSchedule;
  const planned = plannedFinish === null ? 'no planned finish' : `planned ${formatDate(plannedFinish)}`;
  const lateBy = forecastDuration === null ? null : Math.round(forecastDuration - plannedDuration);
  const delta = lateBy === null || lateBy === 0 ? '' : `, ${Math.abs(lateBy)} working days ${lateBy > 0 ? 'late' : 'early'}`;
  return `At the pace so far (SPI(t)): ${planned}${delta}.`;
}
