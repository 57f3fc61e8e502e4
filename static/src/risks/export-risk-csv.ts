/** Downloads the register as shown (rows and columns) as CSV, through the same `riskCsv` as `keel risks --csv`. */
import type { ScoredRisk } from '@contract';
import { riskCsv, type RiskColumn, type ScheduleDays } from '../../../src/domain/risk/risk-csv';
import { downloadCsv } from '../exports/csv-document';

export function exportRiskCsv(rows: readonly ScoredRisk[], columns: readonly RiskColumn[], projectKey: string, scheduleDays?: ScheduleDays): void {
  downloadCsv(riskCsv(rows, columns, scheduleDays), `keel-${projectKey}-risks.csv`);
}
