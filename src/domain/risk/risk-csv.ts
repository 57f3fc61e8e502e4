/**
 * The register as CSV (RFC 4180): fields joined by commas, records by CRLF; a field holding a comma, a
 * double quote, CR or LF is wrapped in double quotes with inner quotes doubled. Against formula injection
 * (OWASP, "CSV Injection"), a field starting with =, +, -, @, tab or CR is prefixed with a single quote so a
 * spreadsheet shows it as text. Columns are chosen by the caller, so an export holds exactly what is shown.
 */
import type { ScoredRisk } from './risk-record';

export type RiskColumn =
  | 'key' | 'summary' | 'status' | 'category' | 'owner' | 'probability' | 'impact' | 'inherentScore'
  | 'residualProbability' | 'residualImpact' | 'residualScore' | 'rpn' | 'weightedScore' | 'weightReason'
  | 'treatments' | 'proximityDate' | 'reviewDate' | 'flags' | 'problems'
  /** The forecast's working days the risk adds at P80 (issue #15), given to `riskCsv` by the caller. */
  | 'scheduleDays';

type Cell = string | number | null;

const FLAG_WORDS: readonly { flag: keyof ScoredRisk['flags']; words: string }[] = [
  { flag: 'noOwner', words: 'no owner' },
  { flag: 'noTreatment', words: 'no treatment' },
  { flag: 'noReviewDate', words: 'no review date' },
];

/**
 * The flags raised on an open risk, in words; null when none is.
 * @example riskFlagWords({ noOwner: true, noTreatment: true, noReviewDate: false }) // 'no owner; no treatment'
 */
export function riskFlagWords(flags: ScoredRisk['flags']): string | null {
  const raised = FLAG_WORDS.filter((f) => flags[f.flag]).map((f) => f.words);
  return raised.length === 0 ? null : raised.join('; ');
}

/** Risk key -> working days it adds at P80; null or absent: not measured. */
export type ScheduleDays = ReadonlyMap<string, number | null>;

const COLUMNS: { readonly [C in RiskColumn]: { header: string; cell: (r: ScoredRisk, days: ScheduleDays) => Cell } } = {
  key: { header: 'Key', cell: (r) => r.key },
  summary: { header: 'Summary', cell: (r) => r.summary },
  status: { header: 'Status', cell: (r) => r.status },
  category: { header: 'Category', cell: (r) => r.category },
  owner: { header: 'Owner', cell: (r) => (r.owner ? `${r.owner.displayName}${r.owner.active ? '' : ' (deactivated)'}` : null) },
  probability: { header: 'Probability', cell: (r) => r.probability },
  impact: { header: 'Impact', cell: (r) => r.impact },
  inherentScore: { header: 'Score', cell: (r) => r.inherentScore },
  residualProbability: { header: 'Residual probability', cell: (r) => r.residualProbability },
  residualImpact: { header: 'Residual impact', cell: (r) => r.residualImpact },
  residualScore: { header: 'Residual score', cell: (r) => r.residualScore },
  rpn: { header: 'RPN', cell: (r) => r.rpn },
  weightedScore: { header: 'Weighted score', cell: (r) => r.weightedScore },
  weightReason: { header: 'Why weighted', cell: (r) => r.weightReason },
  treatments: { header: 'Treatments', cell: (r) => r.treatmentKeys.join(' ') },
  proximityDate: { header: 'Proximity', cell: (r) => r.proximityDate },
  reviewDate: { header: 'Review date', cell: (r) => r.reviewDate },
  flags: { header: 'Flags', cell: (r) => riskFlagWords(r.flags) },
  problems: { header: 'Problems', cell: (r) => r.problems.join(' ') },
  scheduleDays: { header: 'Days added at P80', cell: (r, days) => days.get(r.key) ?? null },
};

/** Every column but the forecast's, which only a caller holding a forecast can fill. */
export const DEFAULT_RISK_COLUMNS: readonly RiskColumn[] = (Object.keys(COLUMNS) as RiskColumn[]).filter((c) => c !== 'scheduleDays');

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field.
 * @example csvField('a,b') // '"a,b"'
 * @example csvField('say "hi"') // '"say ""hi"""'
 * @example csvField('=SUM(A1)') // "'=SUM(A1)"
 * @example csvField(-3) // "'-3" (a leading minus is treated like any other formula start)
 */
export function csvField(value: Cell): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row and one row per risk, CRLF after every record (RFC 4180 allows the last one). */
export function riskCsv(risks: readonly ScoredRisk[], columns: readonly RiskColumn[] = DEFAULT_RISK_COLUMNS, scheduleDays: ScheduleDays = new Map()): string {
  const rows = [columns.map((c) => COLUMNS[c].header), ...risks.map((r) => columns.map((c) => COLUMNS[c].cell(r, scheduleDays)))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
