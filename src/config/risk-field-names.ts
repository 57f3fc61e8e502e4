/**
 * The name-based fallback for risk fields the settings leave null: a field whose name matches one of these
 * (case and spacing ignored) is used. Only until detection (issue 7) writes the ids into the settings.
 */
import type { RiskFieldIds } from './risk-settings';

export const RISK_FIELD_NAMES: { readonly [K in keyof RiskFieldIds]: readonly string[] } = {
  probability: ['Risk probability', 'Probability', 'Likelihood', 'Risk likelihood'],
  // Not plain "Impact": Jira Service Management's own Impact field is a select of words.
  impact: ['Risk impact', 'Risk consequence', 'Consequence'],
  owner: ['Risk owner'],
  category: ['Risk category', 'Risk type'],
  proximityDate: ['Risk proximity', 'Proximity', 'Proximity date'],
  reviewDate: ['Risk review date', 'Review date', 'Next review'],
  residualProbability: ['Residual probability', 'Residual likelihood'],
  residualImpact: ['Residual impact', 'Residual consequence'],
  // Not plain "Severity": many sites rate bugs with it.
  severity: ['FMEA severity', 'Risk severity'],
  occurrence: ['FMEA occurrence', 'Occurrence'],
  detection: ['FMEA detection', 'Detection', 'Detectability'],
};

const normal = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The ids the settings give, with null ones filled from the site's fields by name (first name listed wins). */
export function riskFieldIdsByName(ids: RiskFieldIds, siteFields: readonly { id: string; name: string }[]): RiskFieldIds {
  const byName = new Map<string, string>();
  for (const field of siteFields) if (!byName.has(normal(field.name))) byName.set(normal(field.name), field.id);
  const filled = { ...ids };
  for (const slot of Object.keys(RISK_FIELD_NAMES) as (keyof RiskFieldIds)[]) {
    if (filled[slot] !== null) continue;
    filled[slot] = RISK_FIELD_NAMES[slot].map((name) => byName.get(normal(name))).find((id) => id !== undefined) ?? null;
  }
  return filled;
}
