/**
 * What keeps the register from being complete, said to the admin who can fix it: no issues of the risk type
 * in scope, no field for probability, impact or owner, a scale the ratings cannot be read on.
 */
import type { RiskFieldIds, RiskSettings } from '../config/risk-settings';

export function riskSetupProblems(input: {
  riskType: string;
  projectKey: string;
  riskCount: number;
  types: readonly string[];
  ids: RiskFieldIds;
  settings: RiskSettings;
}): string[] {
  const { riskType, projectKey, riskCount, types, ids, settings } = input;
  const problems: string[] = [];
  if (riskCount === 0) {
    const seen = [...new Set(types)].sort().join(', ') || 'none';
    problems.push(
      `No issues of type "${riskType}" in ${projectKey}'s scope (types there: ${seen}). If risks use another issue type, map it in Keel's settings (issueTypes.risk).`,
    );
  }
  const searched = settings.findFieldsByName ? ', and no field on the site has a name Keel looks for' : '';
  if (ids.probability === null) problems.push(`No field is mapped to risk probability${searched}: map one in Keel's settings (risks.fields.probability).`);
  if (ids.impact === null) problems.push(`No field is mapped to risk impact${searched}: map one in Keel's settings (risks.fields.impact).`);
  if (ids.owner === null) problems.push('No risk owner field is mapped: the assignee is taken as the owner (risks.fields.owner).');
  return problems;
}
