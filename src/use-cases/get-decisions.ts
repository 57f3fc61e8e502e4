/**
 * The Decisions tab and macro: the issues of the decision type in scope, read as the viewer, mapped by the
 * decision settings (null field ids found by name on the site), as a log newest first with its findings
 * (DESIGN.md section 1, "Decision log").
 */
import { decisionFieldsToRequest, decisionFromIssue, type DecisionFieldMap } from '../adapters/jira/decision-from-issue';
import { fetchSiteFields } from '../adapters/jira/fetch-site-fields';
import { searchIssues } from '../adapters/jira/search-issues';
import { DECISION_FIELD_NAMES } from '../config/decision-settings';
import { fieldIdsByName } from '../config/field-ids-by-name';
import type { Settings } from '../config/settings';
import type { DecisionsResult } from '../contract/decisions';
import { decisionsWithinBudget } from '../domain/decisions/decisions-within-budget';
import { decisionLogOf } from '../domain/decisions/decision-log-of';
import type { ProductRequest } from '../adapters/product-request';
import { projectTypeJql } from './project-type-jql';
import { andJql, jqlString, loadReportScope, type ReportPorts, type ReportScopeInput } from './report-scope';

/** Decisions read at once: 50 search pages, inside Forge's 100 fetches an invocation and about 8 s of its 25 s at 150 ms a page. */
export const MAX_DECISIONS = 5000;
/** Bytes of JSON the log may take in an answer (the tab's, a macro's, an export's): under Keel's 1 MB. */
export const DECISIONS_ANSWER_BUDGET = 900_000;

/** The decision fields with null ids looked up on the site by name, and the site's names for them. */
export async function decisionFieldMap(viewerJira: ProductRequest, settings: Settings): Promise<{ map: DecisionFieldMap; names: Map<string, string> }> {
  return decisionFieldMapOf(settings, await fetchSiteFields(viewerJira));
}

function decisionFieldMapOf(settings: Settings, siteFields: readonly { id: string; name: string }[]): { map: DecisionFieldMap; names: Map<string, string> } {
  const { statusField, dateField, ownerField, statusNames, supersedesLinkType } = settings.decisions;
  const ids = fieldIdsByName({ dateField, ownerField }, DECISION_FIELD_NAMES, siteFields);
  return {
    map: { statusField, ...ids, statusNames, supersedesLinkType },
    names: new Map(siteFields.map((f) => [f.id, f.name])),
  };
}

/**
 * `budget`: bytes of decisions an answer may hold (DECISIONS_ANSWER_BUDGET, for a view); a page Keel writes itself
 * passes Infinity, as a decision left out there would be marked "not in Jira" (kept-decisions.ts), and Confluence's
 * own 5 MB limit is checked before it is written.
 */
export async function getDecisions(ports: ReportPorts, input: ReportScopeInput & { maxDecisions?: number; budget?: number }): Promise<DecisionsResult> {
  // The site's fields (to find the date and owner fields by name) are read with the project, not after it.
  const [{ settings, scope, jql }, siteFields] = await Promise.all([loadReportScope(ports, input), fetchSiteFields(ports.viewerJira)]);
  const { map, names } = decisionFieldMapOf(settings, siteFields);
  const decisionIssueType = settings.issueTypes.decision;
  // A project's log reads its decisions by project and type, so a scope JQL that leaves them out does not empty it.
  const decisionsJql = scope.projectKey === null ? andJql(jql, `issuetype = ${jqlString(decisionIssueType)}`) : projectTypeJql(scope.projectKey, decisionIssueType);
  const max = input.maxDecisions ?? MAX_DECISIONS;
  const search = await searchIssues(ports.viewerJira, { jql: decisionsJql, fields: decisionFieldsToRequest(map), maxIssues: max });
  const full = decisionLogOf(search.issues.map((issue) => decisionFromIssue(issue, map)));
  const log = decisionsWithinBudget(full, input.budget ?? DECISIONS_ANSWER_BUDGET);
  const cut = search.truncated || log !== full;
  const field = (slot: 'status' | 'date' | 'owner', id: string | null) => ({ slot, fieldId: id, fieldName: id === null ? null : (names.get(id) ?? null) });
  return {
    ...log,
    scope,
    decisionIssueType,
    decisionsJql,
    fields: [field('status', map.statusField), field('date', map.dateField), field('owner', map.ownerField)],
    truncatedAt: cut ? log.decisions.length : null,
  };
}
