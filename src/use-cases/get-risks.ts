/**
 * The Risks tab: the project's risk issues scored and weighted by the critical work they touch, the schedule
 * risks its plan reveals, heat maps and flags (DESIGN.md section 1, "Risk register"), as the viewer sees them.
 */
import type { RiskRegisterResult, ScheduleResult } from '../contract';
import { fetchSiteFields } from '../adapters/jira/fetch-site-fields';
import { riskFieldsToRequest, riskFromIssue } from '../adapters/jira/risk-from-issue';
import { searchIssues } from '../adapters/jira/search-issues';
import { riskFieldIdsByName } from '../config/risk-field-names';
import type { RiskFieldIds } from '../config/risk-settings';
import { riskRegister } from '../domain/risk/risk-register';
import type { RiskRecord } from '../domain/risk/risk-record';
import { scheduleOfScope } from './get-schedule';
import { loadScope, type Scope, type ScopePorts } from './load-scope';
import { riskPlan } from './risk-plan';
import { riskSetupProblems } from './risk-setup-problems';
import type { BackgroundSchedulePorts } from './get-project-schedule';
import { getStoredRisks } from './get-stored-risks';
import { largeScope } from './large-scope';

export async function getRisks(ports: ScopePorts | BackgroundSchedulePorts, input: { projectKey: string; asOf: string; maxIssues?: number }): Promise<RiskRegisterResult> {
  // Above the background threshold, from the stored schedule (get-stored-risks.ts) when the caller passes its ports.
  if ('store' in ports) {
    const large = await largeScope(ports, input.projectKey);
    if (large) return getStoredRisks(ports, large, input.asOf);
  }
  const scope = await loadScope(ports, input.projectKey, input.maxIssues);
  return risksOfScope(ports, scope, await scheduleOfScope(ports, scope, input.asOf));
}

async function riskRecords(ports: ScopePorts, keys: readonly string[], ids: RiskFieldIds, names: Map<string, string>, linkType: string): Promise<RiskRecord[]> {
  const records: RiskRecord[] = [];
  for (let start = 0; start < keys.length; start += 100) {
    const chunk = keys.slice(start, start + 100);
    const { issues } = await searchIssues(ports.viewerJira, { jql: `key in (${chunk.join(',')})`, fields: riskFieldsToRequest(ids), maxIssues: chunk.length });
    records.push(...issues.map((issue) => riskFromIssue(issue, { ids, names, treatmentLinkType: linkType })));
  }
  return records;
}

/** The register of an already loaded scope and its schedule (the CLI computes both once for every section). */
export async function risksOfScope(ports: ScopePorts, scope: Scope, schedule: ScheduleResult): Promise<RiskRegisterResult> {
  const settings = scope.settings.risks;
  const riskType = settings.issueType ?? scope.settings.issueTypes.risk;
  const configured = settings.fields;
  const lookUp = settings.findFieldsByName && Object.values(configured).some((id) => id === null);
  const siteFields = lookUp ? await fetchSiteFields(ports.viewerJira) : [];
  const ids = lookUp ? riskFieldIdsByName(configured, siteFields) : configured;
  const names = new Map(siteFields.map((f) => [f.id, f.name]));

  const riskKeys = scope.items.filter((i) => i.type.toLowerCase() === riskType.toLowerCase()).map((i) => i.key);
  const records = await riskRecords(ports, riskKeys, ids, names, settings.treatmentLinkType);
  const register = riskRegister({
    records,
    plan: riskPlan(schedule, new Set(riskKeys)),
    scale: settings.scale,
    weights: { critical: settings.criticalWeight, nearCritical: settings.nearCriticalWeight },
  });
  return {
    project: { key: scope.project.key, name: scope.project.name },
    scopeJql: scope.jql,
    asOf: schedule.asOf,
    riskIssueType: riskType,
    scale: settings.scale,
    weights: { critical: settings.criticalWeight, nearCritical: settings.nearCriticalWeight },
    fields: Object.entries(ids).map(([slot, id]) => ({ slot, fieldId: id, fieldName: id === null ? null : (names.get(id) ?? null) })),
    ...register,
    setupProblems: riskSetupProblems({ riskType, projectKey: scope.project.key, riskCount: riskKeys.length, types: scope.items.map((i) => i.type), ids, settings }),
  };
}
