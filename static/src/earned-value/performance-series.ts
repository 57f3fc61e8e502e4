/**
 * SPI = EV / PV and CPI = EV / AC at each point of the S-curve; a point whose EV is unknown (after the status
 * date) or whose denominator is 0 has no index and is skipped. Example: PV 4,400, EV 4,850, AC 16,525 gives
 * SPI 1.10 and CPI 0.29.
 */
import type { EvmPoint } from '@contract';

export interface IndexPoint {
  date: string;
  value: number;
}

export function performanceSeries(series: readonly EvmPoint[]): { spi: IndexPoint[]; cpi: IndexPoint[] } {
  const spi: IndexPoint[] = [];
  const cpi: IndexPoint[] = [];
  for (const p of series) {
    if (p.ev === null) continue;
    if (p.pv > 0) spi.push({ date: p.date, value: p.ev / p.pv });
    if (p.ac !== null && p.ac > 0) cpi.push({ date: p.date, value: p.ev / p.ac });
  }
  return { spi, cpi };
}
