/**
 * Totals under the per-epic table. `epicsTotal`: the sum of some epics' rows as one row; BAC, PV, EV and AC add
 * up, SPI = EV / PV and CPI = EV / AC of the sums (not an average of ratios), null when PV or AC is 0. Example:
 * PV 100, EV 80, AC 100 and PV 100, EV 100, AC 60 -> PV 200, EV 180, AC 160, SPI 0.9, CPI 1.125. O(rows).
 * `projectTotal`: the project's own figures as a row, so the table's total and the headline figures agree.
 */
import type { EvmEpicRow, EvmResult } from '@contract';
import { definedRatio } from '../../../src/domain/evm/evm-metrics';
import type { EacVariant, EpicEac } from './eac-variant';
import { notDefinedReason } from './not-defined-reason';

export function epicsTotal(rows: readonly EvmEpicRow[], summary: string): EvmEpicRow {
  const sum = (pick: (row: EvmEpicRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const [bac, pv, ev, ac] = [sum((r) => r.bac), sum((r) => r.pv), sum((r) => r.ev), sum((r) => r.ac)];
  return { key: null, summary, issueCount: sum((r) => r.issueCount), bac, pv, ev, ac, spi: definedRatio(ev, pv), cpi: definedRatio(ev, ac) };
}

/** Every epic row the viewer may see, with the project's figures (which are over the same issues) and its EAC. */
export function projectTotal(result: Pick<EvmResult, 'figures' | 'epics' | 'notDefined'>, variant: EacVariant): { row: EvmEpicRow; eac: EpicEac } {
  const { bac, pv, ev, ac, spi, cpi } = result.figures;
  const issueCount = result.epics.reduce((total, row) => total + row.issueCount, 0);
  const value = result.figures.eac[variant];
  const eac: EpicEac = value === null ? { value: null, reason: notDefinedReason(result, `eac.${variant}`) } : { value, reason: null };
  return { row: { key: null, summary: 'Total', issueCount, bac, pv, ev, ac, spi, cpi }, eac };
}
