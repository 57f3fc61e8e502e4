/**
 * Records a decision from Keel (DESIGN.md section 1, "Decision log"): checks the issues it supersedes or relates
 * to are visible to the user (and that superseded ones are decisions) before anything is written, creates the
 * decision issue as the user with the owner (default: the user), mapped status and date fields, links it, moves
 * it to the status asked for by a transition when no status field is mapped, moves the decisions a decided one
 * supersedes to Superseded, and says when it could not.
 */
import { AppError } from '../app-error';
import { createDecisionIssue } from '../adapters/jira/create-decision-issue';
import { decisionFieldsToRequest, decisionFromIssue, type DecisionFieldMap } from '../adapters/jira/decision-from-issue';
import { fetchIssueType } from '../adapters/jira/fetch-issue-type';
import { fetchLinkTypeNames } from '../adapters/jira/fetch-link-type-names';
import { searchIssues } from '../adapters/jira/search-issues';
import { transitionIssue } from '../adapters/jira/transition-issue';
import type { RecordDecisionPayload } from '../contract';
import type { RecordedDecision } from '../contract/decisions';
import type { DecisionRecord } from '../domain/decisions/decision-record';
import { decisionFieldMap } from './get-decisions';
import type { ReportPorts } from './report-scope';

export interface RecordDecisionInput extends RecordDecisionPayload {
  /** The user recording it: the owner when the form names nobody. */
  accountId: string;
  asOf: string;
}

async function checkLinkedKeys(ports: ReportPorts, input: RecordDecisionInput, decisionType: string): Promise<void> {
  const keys = [...new Set([...input.supersedes, ...input.relatesTo])];
  const types = new Map<string, string | null>();
  for (const key of keys) types.set(key, await fetchIssueType(ports.viewerJira, key));
  const problems = [
    ...keys.filter((k) => types.get(k) === null).map((k) => `${k} was not found, or you cannot see it`),
    ...input.supersedes.filter((k) => { const type = types.get(k); return typeof type === 'string' && type.toLowerCase() !== decisionType.toLowerCase(); }).map((k) => `${k} is not a ${decisionType}, so it cannot be superseded`),
  ];
  if (problems.length > 0) throw new AppError('BAD_REQUEST', `The decision was not recorded: ${problems.join('; ')}.`);
}

/** Refuses link types the site lacks before anything is written (settings saved before Keel checked them). */
async function checkLinkTypes(ports: ReportPorts, input: RecordDecisionInput, types: { supersedes: string; relates: string }): Promise<void> {
  const needed = [...(input.supersedes.length > 0 ? [types.supersedes] : []), ...(input.relatesTo.length > 0 ? [types.relates] : [])];
  if (needed.length === 0) return;
  const onSite = new Set((await fetchLinkTypeNames(ports.viewerJira)).map((n) => n.toLowerCase()));
  const missing = needed.filter((n) => !onSite.has(n.toLowerCase()));
  if (missing.length > 0) {
    throw new AppError('INVALID_SETTINGS', `The decision was not recorded: this site has no link type ${missing.map((n) => `"${n}"`).join(' or ')}, which Keel's decision-log settings name. A Jira admin picks one of the site's link types in Keel's settings.`);
  }
}

async function readBack(ports: ReportPorts, key: string, map: DecisionFieldMap): Promise<DecisionRecord | null> {
  const { issues } = await searchIssues(ports.viewerJira, { jql: `key = ${key}`, fields: decisionFieldsToRequest(map), maxIssues: 1 });
  return issues[0] ? decisionFromIssue(issues[0], map) : null;
}

/**
 * A decided decision replaces the ones it supersedes: each still open is moved to Superseded by a transition, so
 * the log never shows two decided answers to one question. Answers what could not be moved, or null.
 */
async function markSuperseded(ports: ReportPorts, keys: readonly string[], map: DecisionFieldMap, supersededNames: readonly string[]): Promise<string | null> {
  const left: string[] = [];
  for (const key of keys) {
    const record = await readBack(ports, key, map);
    if (record === null || record.status === 'superseded') continue;
    // With a mapped status field the status lives in that field, which Keel does not edit on existing issues.
    const reached = map.statusField === null ? await transitionIssue(ports.viewerJira, key, supersededNames) : null;
    if (reached === null) left.push(key);
  }
  return left.length === 0 ? null : `${left.join(', ')} still ${left.length === 1 ? 'reads' : 'read'} as not superseded: set ${left.length === 1 ? 'its' : 'their'} status to Superseded in Jira.`;
}

export async function recordDecision(ports: ReportPorts, input: RecordDecisionInput): Promise<RecordedDecision> {
  const settings = await ports.loadSettings(input.projectKey);
  const decisionType = settings.issueTypes.decision;
  await checkLinkedKeys(ports, input, decisionType);
  await checkLinkTypes(ports, input, { supersedes: settings.decisions.supersedesLinkType, relates: settings.decisions.relatesLinkType });
  const { map } = await decisionFieldMap(ports.viewerJira, settings);
  const owner = input.ownerAccountId ?? input.accountId;
  const statusName = settings.decisions.statusNames[input.status][0];
  const mappedFields: Record<string, unknown> = {
    ...(map.ownerField === null ? {} : { [map.ownerField]: { accountId: owner } }),
    ...(map.statusField === null || statusName === undefined ? {} : { [map.statusField]: { value: statusName } }),
    ...(map.dateField === null || input.status === 'proposed' ? {} : { [map.dateField]: input.asOf }),
  };
  const created = await createDecisionIssue(ports.viewerJira, {
    ...input,
    issueType: decisionType,
    ownerAccountId: owner,
    mappedFields,
    supersedesLinkType: settings.decisions.supersedesLinkType,
    relatesLinkType: settings.decisions.relatesLinkType,
  });
  let record = await readBack(ports, created.key, map);
  if (record !== null && map.statusField === null && record.status !== input.status) {
    // Jira creates every issue in its workflow's first status; the status asked for is one transition away.
    const reached = await transitionIssue(ports.viewerJira, created.key, settings.decisions.statusNames[input.status]);
    if (reached !== null) record = await readBack(ports, created.key, map);
  }
  const statusNote =
    record === null || record.status === input.status
      ? null
      : `${created.key} was created in status "${record.statusName}", and Jira offers you no transition to ${input.status}: move it in Jira.`;
  const supersededNote = input.status === 'decided' ? await markSuperseded(ports, input.supersedes, map, settings.decisions.statusNames.superseded) : null;
  return {
    key: created.key,
    url: `/browse/${created.key}`,
    status: input.status,
    statusNote,
    supersededNote,
    linkNote:
      created.missingLinks.length === 0
        ? null
        : `${created.key} was created, but Jira refused ${created.missingLinks.length === 1 ? 'a link' : 'links'} and would not let Keel delete it: ${created.missingLinks.join('; ')}. Add the links in Jira; do not record it again.`,
    linked: { supersedes: input.supersedes, relatesTo: input.relatesTo },
  };
}
