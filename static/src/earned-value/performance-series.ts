/**
 * SPI = EV / PV and CPI = EV / AC at each point of the S-curve; a point whose EV is unknown (after the status
 * date) or whose denominator is 0 has no index and is skipped. Example: PV 4,400, EV 4,850, AC 16,525 gives
 * SPI 1.10 and CPI 0.29. Before anything is earned the indices are "not defined", not 0: a CPI of 0.00 while
 * work has been logged but nothing is done yet is an artefact of the percent-complete method, not a reading.
 */
import type { EvmPoint } from '@contract';

export interface IndexPoint {
  date: string;
  value: number;
}

export function performanceSeries(series: readonly EvmPoint[]): { spi: IndexPoint[]; cpi: IndexPoint[] } {
  const spi: IndexPoint[] = [];
  const cpi: IndexPoint[] = [];
  let earning = false;
  for (const p of series) {
    if (p.ev === null) continue;
    earning ||= p.ev > 0;
    if (!earning) continue;
    if (p.pv > 0) spi.push({ date: p.date, value: p.ev / p.pv });
    if (p.ac !== null && p.ac > 0) cpi.push({ date: p.date, value: p.ev / p.ac });
  }
  return { spi, cpi };
}
