/**
 * The estimates at completion a person can choose between (PMI practice standard, plus Keel's bottom-up one),
 * and the same estimate for one epic's row: the epic rows carry BAC, EV, AC, SPI and CPI, not EAC.
 */
import type { EvmEpicRow, EvmPerEac } from '@contract';

export type EacVariant = keyof EvmPerEac;

export interface EacDefinition {
  id: EacVariant;
  label: string;
  formula: string;
  assumption: string;
}

export const EAC_VARIANTS: readonly EacDefinition[] = [
  { id: 'cpi', label: 'At current cost efficiency', formula: 'BAC / CPI', assumption: 'the rest of the work costs what the work so far has cost' },
  { id: 'budgetRate', label: 'At budgeted rates', formula: 'AC + (BAC − EV)', assumption: 'the rest of the work costs what was budgeted' },
  { id: 'cpiTimesSpi', label: 'Cost and schedule', formula: 'AC + (BAC − EV) / (CPI × SPI)', assumption: 'both cost and schedule performance carry on' },
  { id: 'bottomUp', label: 'Bottom-up', formula: 'AC + remaining estimates × rates', assumption: "the open issues' remaining estimates are right" },
];

export function eacDefinition(variant: EacVariant): EacDefinition {
  return EAC_VARIANTS.find((v) => v.id === variant) ?? { id: 'cpi', label: 'At current cost efficiency', formula: 'BAC / CPI', assumption: '' };
}

export type EpicEac = { value: number; reason: null } | { value: null; reason: string };

/**
 * One epic's EAC by `variant`. Example: BAC 10,000, EV 4,000, AC 5,000 (CPI 0.8) gives 12,500 by `cpi` and
 * 11,000 by `budgetRate`. Bottom-up needs remaining estimates, which Keel sums for the project only.
 */
export function epicEac(row: EvmEpicRow, variant: EacVariant): EpicEac {
  if (variant === 'budgetRate') return { value: row.ac + (row.bac - row.ev), reason: null };
  if (variant === 'bottomUp') return { value: null, reason: 'the bottom-up EAC is computed for the whole project only' };
  if (row.cpi === null) return { value: null, reason: 'CPI is not defined: nothing spent on this epic yet' };
  if (row.cpi === 0) return { value: null, reason: 'CPI is 0: money spent and nothing earned, so no finite forecast' };
  if (variant === 'cpi') return { value: row.bac / row.cpi, reason: null };
  if (row.spi === null || row.spi === 0) return { value: null, reason: 'SPI is not defined or 0 for this epic' };
  return { value: row.ac + (row.bac - row.ev) / (row.cpi * row.spi), reason: null };
}
