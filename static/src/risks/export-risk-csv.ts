/** Downloads the register as shown (rows and columns) as CSV, through the same `riskCsv` as `keel risks --csv`. */
import type { ScoredRisk } from '@contract';
import { riskCsv, type RiskColumn } from '../../../src/domain/risk/risk-csv';
import { download } from '../dependencies/export-image';

export function exportRiskCsv(rows: readonly ScoredRisk[], columns: readonly RiskColumn[], projectKey: string): void {
  download(new Blob([riskCsv(rows, columns)], { type: 'text/csv;charset=utf-8' }), `keel-${projectKey}-risks.csv`);
}
