/**
 * Earned value as CSV, each what the Earned value tab shows: the figures as of the status date, the per-epic
 * table in its current order with the chosen EAC, and the S-curve's cumulative series. Amounts stay numbers
 * (in the settings' currency, named in the header) so a spreadsheet can compute with them; a figure that is
 * not defined is an empty cell with its reason beside it.
 */
import type { EvmEpicRow, EvmResult } from '@contract';
import { EAC_VARIANTS, eacDefinition, epicEac, type EacVariant } from '../earned-value/eac-variant';
import { csvDocument, type CsvCell } from './csv-document';

const why = (result: EvmResult, figure: string): string | null => result.notDefined.find((n) => n.figure === figure)?.reason ?? null;

export function evmFiguresCsv(result: EvmResult): string {
  const { figures: f, earnedSchedule: es, currency } = result;
  const rows: CsvCell[][] = [
    ['Figure', 'Value', 'Unit', 'Not defined because'],
    ['Status date', result.asOf, 'date', null],
    ['Budget at completion (BAC)', f.bac, currency, null],
    ['Planned value (PV)', f.pv, currency, null],
    ['Earned value (EV)', f.ev, currency, null],
    ['Actual cost (AC)', f.ac, currency, null],
    ['Schedule variance (SV)', f.sv, currency, null],
    ['Cost variance (CV)', f.cv, currency, null],
    ['Schedule performance (SPI)', f.spi, 'ratio', why(result, 'spi')],
    ['Cost performance (CPI)', f.cpi, 'ratio', why(result, 'cpi')],
    ['Percent complete (EV / BAC)', f.percentComplete, 'ratio', why(result, 'percentComplete')],
    ['To-complete performance (TCPI, BAC)', f.tcpiBac, 'ratio', why(result, 'tcpiBac')],
    ...EAC_VARIANTS.flatMap((v) => [
      [`Estimate at completion, ${v.label} (${v.formula})`, f.eac[v.id], currency, why(result, `eac.${v.id}`)],
      [`Estimate to complete, ${v.label}`, f.etc[v.id], currency, why(result, `etc.${v.id}`)],
      [`Variance at completion, ${v.label}`, f.vac[v.id], currency, why(result, `vac.${v.id}`)],
      [`TCPI against the EAC, ${v.label}`, f.tcpiEac[v.id], 'ratio', why(result, `tcpiEac.${v.id}`)],
    ]),
    ['Earned schedule (ES)', es.es, 'working days', null],
    ['Actual time (AT)', es.at, 'working days', null],
    ['Schedule performance in time (SPI(t))', es.spit, 'ratio', why(result, 'earnedSchedule.spit')],
    ['Planned finish', es.plannedFinish, 'date', null],
    ['Forecast finish', es.forecastFinish, 'date', why(result, 'earnedSchedule.forecastFinish')],
  ];
  return csvDocument(rows);
}

/** The per-epic rows in the order shown, with the EAC the tab is set to. */
export function evmEpicsCsv(rows: readonly EvmEpicRow[], currency: string, variant: EacVariant): string {
  const header = ['Epic', 'Summary', 'Issues', `BAC (${currency})`, `PV (${currency})`, `EV (${currency})`, `AC (${currency})`, 'SPI', 'CPI', `EAC ${eacDefinition(variant).formula} (${currency})`];
  return csvDocument([
    header,
    ...rows.map((r) => [r.key ?? 'No epic', r.key === null ? null : r.summary, r.issueCount, r.bac, r.pv, r.ev, r.ac, r.spi, r.cpi, epicEac(r, variant).value]),
  ]);
}

/** The S-curve: cumulative PV, EV and AC per period; EV and AC are empty after the status date. */
export function sCurveCsv(result: Pick<EvmResult, 'currency' | 'series'>): string {
  const c = result.currency;
  return csvDocument([['Date', `PV (${c})`, `EV (${c})`, `AC (${c})`], ...result.series.map((p) => [p.date, p.pv, p.ev, p.ac])]);
}
