/**
 * The "Keel earned value summary" macro's content as ADF, for Confluence's PDF and Word export (`adfExport`):
 * the headline figures in a two-column table, money in the settings' currency and numbers and dates in the
 * reader's locale; a figure that is not defined says why, never "NaN" or "Infinity".
 */
import { bulletList, listItem, paragraph, table, tableRow, text } from '@atlaskit/adf-utils/builders';
import type { MacroEvmResult } from '../../contract';
import type { ViewerFormat } from '../../format/viewer-format';
import type { AdfNode } from './adf-node';
import { cell, headerCell, plain } from './adf-inline';

export function evmMacroBody(result: MacroEvmResult, f: ViewerFormat): AdfNode[] {
  const money = (value: number) => f.money(value, result.currency);
  const orNot = (value: number | null, write: (v: number) => string) => (value === null ? 'not defined' : write(value));
  const rows: [string, string][] = [
    ['Budget at completion (BAC)', money(result.bac)],
    ['Planned value (PV)', money(result.pv)],
    ['Earned value (EV)', money(result.ev)],
    ['Actual cost (AC)', money(result.ac)],
    ['Schedule performance index (SPI)', orNot(result.spi, f.ratio)],
    ['Cost performance index (CPI)', orNot(result.cpi, f.ratio)],
    ['Percent complete', orNot(result.percentComplete, f.percent)],
    ['Estimate at completion (EAC = BAC / CPI)', orNot(result.eac, money)],
    ['Planned finish', result.plannedFinish === null ? 'not defined' : f.date(result.plannedFinish)],
    ['Forecast finish', result.forecastFinish === null ? 'not defined' : f.date(result.forecastFinish)],
  ];
  const nodes: AdfNode[] = [
    paragraph(text(`${result.scope.label}: earned value as of ${f.date(result.asOf)}, against baseline "${result.baseline}".`)),
    table(tableRow([headerCell('Figure'), headerCell('Value')]), ...rows.map(([label, value]) => tableRow([cell([text(label)]), cell(plain(value))]))),
  ];
  if (result.notDefined.length > 0) {
    nodes.push(bulletList(...result.notDefined.map((n) => listItem([paragraph(text(`${n.figure}: ${n.reason}`))]))));
  }
  if (result.findingCount > 0) nodes.push(paragraph(text(`${f.number(result.findingCount)} data problems are listed on the Earned value tab in Jira.`)));
  return nodes;
}
