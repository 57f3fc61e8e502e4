/**
 * The register's columns: how each reads, sorts, and which `riskCsv` columns export it, so the CSV holds
 * exactly the columns on screen. RPN is a column only when the FMEA ratings are mapped.
 */
import type { RiskRegisterResult, ScoredRisk } from '@contract';
import type { RiskColumn, ScheduleDays } from '../../../src/domain/risk/risk-csv';

export type RiskColumnId =
  | 'key' | 'summary' | 'category' | 'owner' | 'status' | 'probability' | 'impact'
  | 'inherentScore' | 'residualScore' | 'rpn' | 'weightedScore' | 'scheduleDays' | 'flags' | 'problems';

export interface RiskColumnDefinition {
  id: RiskColumnId;
  label: string;
  numeric: boolean;
  /** The `riskCsv` columns this one exports. */
  csv: readonly RiskColumn[];
  /** The sort value; null sorts last in either direction. */
  value: (risk: ScoredRisk) => string | number | null;
}

const flagCount = (r: ScoredRisk) => Number(r.flags.noOwner) + Number(r.flags.noTreatment) + Number(r.flags.noReviewDate);

export const RISK_COLUMNS: readonly RiskColumnDefinition[] = [
  { id: 'key', label: 'Key', numeric: false, csv: ['key'], value: (r) => r.key },
  { id: 'summary', label: 'Summary', numeric: false, csv: ['summary'], value: (r) => r.summary },
  { id: 'category', label: 'Category', numeric: false, csv: ['category'], value: (r) => r.category },
  { id: 'owner', label: 'Owner', numeric: false, csv: ['owner'], value: (r) => r.owner?.displayName ?? null },
  { id: 'status', label: 'Status', numeric: false, csv: ['status'], value: (r) => r.status },
  { id: 'probability', label: 'Probability', numeric: true, csv: ['probability'], value: (r) => r.probability },
  { id: 'impact', label: 'Impact', numeric: true, csv: ['impact'], value: (r) => r.impact },
  { id: 'inherentScore', label: 'Score', numeric: true, csv: ['inherentScore'], value: (r) => r.inherentScore },
  { id: 'residualScore', label: 'Residual score', numeric: true, csv: ['residualScore'], value: (r) => r.residualScore },
  { id: 'rpn', label: 'RPN', numeric: true, csv: ['rpn'], value: (r) => r.rpn },
  { id: 'weightedScore', label: 'Weighted score', numeric: true, csv: ['weightedScore', 'weightReason'], value: (r) => r.weightedScore },
  { id: 'flags', label: 'Flags', numeric: true, csv: ['flags'], value: flagCount },
  { id: 'problems', label: 'Problems', numeric: true, csv: ['problems'], value: (r) => r.problems.length },
];

const FMEA_SLOTS = ['severity', 'occurrence', 'detection'];

/** True when severity, occurrence and detection are all read from a site field. */
export function fmeaMapped(fields: RiskRegisterResult['fields']): boolean {
  return FMEA_SLOTS.every((slot) => fields.some((f) => f.slot === slot && f.fieldId !== null));
}

/** The forecast's schedule effect: working days the risk adds at P80 (forecast/criticality); null sorts last. */
export function scheduleDaysColumn(days: ScheduleDays): RiskColumnDefinition {
  return { id: 'scheduleDays', label: 'Days added at P80', numeric: true, csv: ['scheduleDays'], value: (r) => days.get(r.key) ?? null };
}

/** The columns shown: RPN when the FMEA ratings are mapped, the schedule effect (after the weighted score) once the forecast answered. */
export function visibleRiskColumns(withRpn: boolean, days: ScheduleDays | null = null): RiskColumnDefinition[] {
  const columns = RISK_COLUMNS.filter((c) => c.id !== 'rpn' || withRpn);
  if (days === null) return columns;
  const at = columns.findIndex((c) => c.id === 'weightedScore') + 1;
  return [...columns.slice(0, at), scheduleDaysColumn(days), ...columns.slice(at)];
}

/** The CSV columns of the columns shown, in their order. */
export function csvColumnsOf(columns: readonly RiskColumnDefinition[]): RiskColumn[] {
  return columns.flatMap((c) => c.csv);
}
