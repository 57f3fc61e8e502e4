/**
 * The register's filters: status, owner, category, flagged only, text, and one heat-map cell. A cell holds
 * the open risks rated exactly its probability and impact, as the heat map counts them.
 */
import type { ScoredRisk } from '@contract';

export const NO_OWNER = '__none__';
export const NO_CATEGORY = '__none__';

export interface HeatCell {
  which: 'inherent' | 'residual';
  probability: number;
  impact: number;
}

export interface RiskFilter {
  status: string | null;
  /** An account id, or `NO_OWNER`. */
  owner: string | null;
  /** A category, or `NO_CATEGORY`. */
  category: string | null;
  flaggedOnly: boolean;
  text: string;
  cell: HeatCell | null;
}

export const NO_FILTER: RiskFilter = { status: null, owner: null, category: null, flaggedOnly: false, text: '', cell: null };

export const isFlagged = (r: ScoredRisk): boolean => r.flags.noOwner || r.flags.noTreatment || r.flags.noReviewDate;

export function inCell(r: ScoredRisk, cell: HeatCell): boolean {
  const [p, i] = cell.which === 'inherent' ? [r.probability, r.impact] : [r.residualProbability, r.residualImpact];
  return r.statusCategory !== 'done' && p === cell.probability && i === cell.impact;
}

function matchesText(r: ScoredRisk, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (needle === '') return true;
  return [r.key, r.summary, r.category ?? '', r.owner?.displayName ?? '', r.status].some((s) => s.toLowerCase().includes(needle));
}

/** The risks that pass every filter, in their given order. */
export function filteredRisks(risks: readonly ScoredRisk[], f: RiskFilter): ScoredRisk[] {
  return risks.filter(
    (r) =>
      (f.status === null || r.status === f.status) &&
      (f.owner === null || (f.owner === NO_OWNER ? r.owner === null : r.owner?.accountId === f.owner)) &&
      (f.category === null || (f.category === NO_CATEGORY ? r.category === null : r.category === f.category)) &&
      (!f.flaggedOnly || isFlagged(r)) &&
      (f.cell === null || inCell(r, f.cell)) &&
      matchesText(r, f.text),
  );
}
