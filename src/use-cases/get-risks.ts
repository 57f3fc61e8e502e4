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
import { loadScope, MAX_SCOPE_ISSUES, type Scope, type ScopePorts } from './load-scope';
import { projectTypeKeys } from './project-type-jql';
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

/**
 * Which issue security levels a register keeps (null: all) and who hears the levels its risks are under. A daily
 * snapshot reads the risks as the app, so a variant must drop a risk under a level it does not keep, as the
 * viewer's own risks/get would never read it.
 */
export interface RiskLevels {
  keep: readonly string[] | null;
  heard: (levels: string[]) => void;
}

async function riskRecords(ports: ScopePorts, keys: readonly string[], ids: RiskFieldIds, names: Map<string, string>, linkType: string, levels?: RiskLevels, scheduleImpactDays: string | null = null): Promise<RiskRecord[]> {
  const records: RiskRecord[] = [];
  const used = new Set<string>();
  const fields = riskFieldsToRequest(ids, scheduleImpactDays);
  for (let start = 0; start < keys.length; start += 100) {
    const chunk = keys.slice(start, start + 100);
    const { issues } = await searchIssues(ports.viewerJira, { jql: `key in (${chunk.join(',')})`, fields: levels ? [...fields, 'security'] : fields, maxIssues: chunk.length });
    for (const issue of issues) {
      const level = issue.fields.security?.id;
      if (level !== undefined) used.add(level);
      if (level !== undefined && levels && levels.keep !== null && !levels.keep.includes(level)) continue;
      records.push(riskFromIssue(issue, { ids, names, treatmentLinkType: linkType, scheduleImpactDays }));
    }
  }
  levels?.heard([...used].sort());
  return records;
}

/** The project's risk issues as records, read as the viewer, with the field ids and names they were read through. */
export async function riskRecordsOfScope(ports: ScopePorts, scope: Scope, levels?: RiskLevels) {
  const settings = scope.settings.risks;
  const riskType = settings.issueType ?? scope.settings.issueTypes.risk;
  const configured = settings.fields;
  const lookUp = settings.findFieldsByName && Object.values(configured).some((id) => id === null);
  const siteFields = lookUp ? await fetchSiteFields(ports.viewerJira) : [];
  const ids = lookUp ? riskFieldIdsByName(configured, siteFields) : configured;
  const names = new Map(siteFields.map((f) => [f.id, f.name]));

  // By project and type, not the scope JQL: leaving risks out of the schedule's scope must not empty the register.
  const found = await projectTypeKeys(ports.viewerJira, scope.project.key, riskType, MAX_SCOPE_ISSUES);
  const records = await riskRecords(ports, found, ids, names, settings.treatmentLinkType, levels, scope.settings.forecast.fields.scheduleImpactDays);
  return { records, ids, names, riskType };
}

/** The register of an already loaded scope and its schedule (the CLI computes both once for every section). */
export async function risksOfScope(ports: ScopePorts, scope: Scope, schedule: ScheduleResult, levels?: RiskLevels): Promise<RiskRegisterResult> {
  const settings = scope.settings.risks;
  const { records, ids, names, riskType } = await riskRecordsOfScope(ports, scope, levels);
  const riskKeys = records.map((r) => r.key);
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
