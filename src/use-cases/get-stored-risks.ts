/**
 * The Risks tab of a project above the background threshold (DESIGN.md section 5): the risk issues are read as
 * the viewer (one search of the scope's issues of the risk type, not the first 4,000 issues of the scope), and
 * the schedule risks and critical-work weights come from the stored schedule as the viewer may see it
 * (get-project-schedule.ts `storedViewerSchedule`: the variant without security levels for a viewer outside
 * one, issues they may not browse cut), never from a schedule computed in the call; for a viewer who hides
 * nothing of it, from its `risks` view (schedule-views/risk-plan-view.ts), not every node and link. While no
 * stored schedule is there yet, the register is scored without a plan and `stored` says the plan is being computed.
 */
import type { RiskRegisterResult, ScheduleBackground, ScheduleResult } from '../contract';
import { fetchSiteFields } from '../adapters/jira/fetch-site-fields';
import { riskFieldsToRequest, riskFromIssue } from '../adapters/jira/risk-from-issue';
import { searchIssues } from '../adapters/jira/search-issues';
import { riskFieldIdsByName } from '../config/risk-field-names';
import { riskRegister } from '../domain/risk/risk-register';
import { storedViewerRead, storedViewerSchedule, type BackgroundSchedulePorts } from './get-project-schedule';
import type { LargeScope } from './large-scope';
import { andJql, jqlString } from './report-scope';
import { riskPlan } from './risk-plan';
import { riskSetupProblems } from './risk-setup-problems';

/** Risk issues read at most: 10 search pages. */
export const MAX_STORED_PATH_RISKS = 1000;

export async function getStoredRisks(ports: BackgroundSchedulePorts, scope: LargeScope, asOf: string): Promise<RiskRegisterResult> {
  const { settings: all, project, jql } = scope;
  const settings = all.risks;
  const riskType = settings.issueType ?? all.issueTypes.risk;
  const configured = settings.fields;
  const lookUp = settings.findFieldsByName && Object.values(configured).some((id) => id === null);
  const siteFields = lookUp ? await fetchSiteFields(ports.viewerJira) : [];
  const ids = lookUp ? riskFieldIdsByName(configured, siteFields) : configured;
  const names = new Map(siteFields.map((f) => [f.id, f.name]));
  const found = await searchIssues(ports.viewerJira, { jql: andJql(jql, `issuetype = ${jqlString(riskType)}`), fields: riskFieldsToRequest(ids), maxIssues: MAX_STORED_PATH_RISKS });
  const records = found.issues.map((issue) => riskFromIssue(issue, { ids, names, treatmentLinkType: settings.treatmentLinkType }));
  const riskKeys = new Set(records.map((r) => r.key));

  const { plan, types, background } = await storedPlan(ports, scope, asOf);
  const register = riskRegister({
    records,
    plan: riskPlan(plan, riskKeys),
    scale: settings.scale,
    weights: { critical: settings.criticalWeight, nearCritical: settings.nearCriticalWeight },
  });
  const truncated = found.truncated ? [`More than ${MAX_STORED_PATH_RISKS} issues of type "${riskType}" in scope: the register lists the first ${MAX_STORED_PATH_RISKS}. Narrow the scope JQL, or close risks that no longer apply.`] : [];
  return {
    project: { key: project.key, name: project.name },
    scopeJql: jql,
    asOf,
    riskIssueType: riskType,
    scale: settings.scale,
    weights: { critical: settings.criticalWeight, nearCritical: settings.nearCriticalWeight },
    fields: Object.entries(ids).map(([slot, id]) => ({ slot, fieldId: id, fieldName: id === null ? null : (names.get(id) ?? null) })),
    ...register,
    setupProblems: [
      ...truncated,
      ...riskSetupProblems({ riskType, projectKey: project.key, riskCount: records.length, types, ids, settings }),
    ],
    stored:
      background?.state === 'ready'
        ? { state: 'ready', computedAt: background.computedAt, refreshing: background.refreshing, ...(background.refreshFailed ? { refreshFailed: background.refreshFailed } : {}) }
        : background?.state === 'unavailable'
          ? background
          : { state: 'computing', issueCount: scope.counted ?? 0, queuedAt: background?.queuedAt ?? asOf },
  };
}

/** The plan the register is computed from, the issue types in scope, and how the stored schedule was read. */
async function storedPlan(ports: BackgroundSchedulePorts, scope: LargeScope, asOf: string): Promise<{ plan: Parameters<typeof riskPlan>[0]; types: string[]; background: ScheduleBackground | undefined }> {
  const read = await storedViewerRead(ports, scope, asOf, ['risks']);
  if (read.views?.risks) return { plan: read.views.risks, types: read.views.risks.types, background: read.read.background };
  const schedule: ScheduleResult = read.views ? await storedViewerSchedule(ports, scope, asOf) : read.schedule;
  return { plan: schedule, types: schedule.nodes.filter((n) => !n.external).map((n) => n.type), background: schedule.background };
}
