/**
 * "Apply to Jira" (issue #17): first the exact list of changes (applyPlan), then, when the user confirms, those
 * changes made as the user, each reported done or refused with Jira's reason; a refusal leaves the other changes
 * to go ahead. An issue's field changes go in one edit, so they are done or refused together. Two people applying
 * one scenario: the first holds a lease in KVS while writing and records the apply on the scenario; the second is
 * told who applied it and when, and nothing is written twice. An apply that left changes refused may be made again
 * for what is still to do (refusedAlready). An apply from an older version of the scenario
 * (edited since the list was shown) is refused: the list shown is the list written. The list comes back with the
 * apply, and a field Jira no longer holds the listed "from" in is not written (listed-changes.ts). A change whose
 * value Jira already holds (a large project's list comes from a stored analysis that can predate the last apply's
 * writes) is reported "already", not written again and not refused.
 */
import { AppError } from '../app-error';
import type { ApplyPlanResult, ApplyResult, ListedChange, PlannedChange } from '../contract';
import { createIssueLink, deleteIssueLink, editIssueFields, fetchMyself } from '../adapters/jira/issue-writes';
import { claimApplyLease, loadScenario, releaseApplyLease, saveScenario, type StoredScenario } from '../adapters/storage/scenario-store';
import type { Settings } from '../config/settings';
import { jiraChanges, type JiraChange } from '../domain/scenario/jira-changes';
import { describeEdit } from '../domain/scenario/scenario-edit';
import { listedVerdicts } from '../domain/scenario/listed-changes';
import { splitAlreadySo, writtenTo } from '../domain/scenario/already-so';
import { appliedCounts, outcomeCounts } from '../domain/scenario/applied-counts';
import { searchByKeys } from '../adapters/jira/search-by-keys';
import { searchIssues } from '../adapters/jira/search-issues';
import { fieldsToRequest, workItemFromIssue } from '../adapters/jira/work-item-from-issue';
import type { WorkItem } from '../domain/work-item';
import { planToApply, visibleEdits } from './scenario-plan';
import { editedPlan } from '../domain/scenario/edited-plan';
import { requireBrowse, type ScenarioPorts } from './scenarios';
import { claimNextVersion } from './claim-next-version';
import { summaryOf } from './scenario-view';

/** Jira writes one apply makes at most: Forge allows 100 requests an invocation, and reading the plan takes some. */
export const MAX_APPLY_WRITES = 60;

const hours = (seconds: number | null): string => (seconds === null ? 'none' : `${Math.round((seconds / 3600) * 100) / 100}h`);

function changeText(change: JiraChange): string {
  switch (change.kind) {
    case 'originalEstimate':
      return `${change.key}: original estimate ${hours(change.fromSeconds)} → ${hours(change.toSeconds)}`;
    case 'remainingEstimate':
      return `${change.key}: remaining estimate ${hours(change.fromSeconds)} → ${hours(change.toSeconds)}`;
    case 'storyPoints':
      return `${change.key}: story points ${change.from ?? 'none'} → ${change.to}`;
    case 'dueDate':
      return `${change.key}: due date ${change.from ?? 'none'} → ${change.to ?? 'none'}`;
    case 'assignee':
      return `${change.key}: assignee ${change.from?.name ?? 'unassigned'} → ${change.to?.name ?? 'unassigned'}`;
    case 'addLink':
      return `${change.outwardKey} → ${change.inwardKey}: new "${change.linkType}" link`;
    case 'removeLink':
      return `${change.outwardKey} → ${change.inwardKey}: "${change.linkType}" link ${change.linkId} removed`;
  }
}

const plannedOf = (id: string, change: JiraChange): PlannedChange => ({ id, kind: change.kind, key: writtenTo(change), text: changeText(change) });
const isLink = (change: JiraChange) => change.kind === 'addLink' || change.kind === 'removeLink';

interface Planned {
  stored: StoredScenario;
  /** The scenario's edited plan by key: what it holds where it makes no change now. */
  edited: ReadonlyMap<string, WorkItem>;
  changes: { change: JiraChange; planned: PlannedChange }[];
  /** Issues the scenario's edits the viewer may see are on: the only ones read again before writing. */
  editedKeys: ReadonlySet<string>;
  notWritten: ApplyPlanResult['notWritten'];
  settings: Settings;
  /** The viewer's plan by key when read from Jira in this call; null when cut from a stored analysis, which can predate Jira. */
  live: ReadonlyMap<string, WorkItem> | null;
}

async function planned(ports: ScenarioPorts, input: { projectKey: string; id: string; asOf: string }): Promise<Planned> {
  await requireBrowse(ports, input.projectKey);
  const stored = await loadScenario(ports.store, input.projectKey, input.id);
  if (!stored) throw new AppError('NOT_FOUND', `No scenario ${input.id} in ${input.projectKey}: it was deleted. Pick another from the list.`);
  const viewer = await planToApply(ports, input.projectKey, input.asOf);
  const { visible, hidden } = await visibleEdits(ports, viewer.plan, stored.edits);
  // The list compares the edited plan with the live one: no schedule, levelling or forecast of either is needed.
  const edited = editedPlan(viewer.plan, visible, viewer.context);
  const { changes, keelOnly } = jiraChanges(viewer.plan, edited, visible, viewer.context.duration);
  const text = (index: number) => (visible[index] ? describeEdit(visible[index]) : '');
  const notWritten = [
    ...keelOnly.map((k) => ({ edit: text(k.editIndex), reason: k.reason })),
    ...edited.problems.map((p) => ({ edit: text(p.editIndex), reason: p.message })),
    ...(hidden.length > 0 ? [{ edit: `${hidden.length} edit${hidden.length === 1 ? '' : 's'} on issues you may not see`, reason: 'Not applied by you: someone who may see those issues can apply them.' }] : []),
  ];
  const editedKeys = new Set(visible.flatMap((e) => ('key' in e ? [e.key] : [])));
  const live = viewer.basis.source === 'live' ? new Map([...viewer.plan.outside, ...viewer.plan.items].map((i) => [i.key, i])) : null;
  const editedByKey = new Map([...edited.outside, ...edited.items].map((i) => [i.key, i]));
  return { stored, edited: editedByKey, changes: changes.map((change, i) => ({ change, planned: plannedOf(`c${i + 1}`, change) })), editedKeys, notWritten, settings: viewer.settings, live };
}

/**
 * The list before an apply: the changes to make, and apart from them those Jira already holds. A plan read live
 * is Jira as it is; a plan cut from a stored analysis is not (it can predate the last apply's writes), so the
 * issues written to are read again as the viewer, one search per 100 keys.
 */
export async function applyPlan(ports: ScenarioPorts, input: { projectKey: string; id: string; asOf: string }): Promise<ApplyPlanResult> {
  const plan = await planned(ports, input);
  const listed = plan.changes.map((c) => ({ ...c.planned, change: c.change }));
  const now = plan.live ?? (await issuesNow(ports, [...new Set(listed.map((c) => writtenTo(c.change)))], plan.settings));
  const { toMake, already } = splitAlreadySo(listed, now);
  return { scenario: summaryOf(plan.stored, plan.stored.edits.length), changes: toMake, alreadyInJira: already, notWritten: plan.notWritten };
}

/**
 * An apply that made every change ends the scenario's applies. One that left changes refused (Jira moved a field
 * since the list, a permission) may be applied again: its list is made anew from Jira as it is, so the changes
 * already made are no longer in it and nothing is written twice.
 */
function refusedAlready(stored: StoredScenario): AppError | null {
  if (!stored.applied || stored.applied.refused > 0) return null;
  const { by, at } = stored.applied;
  return new AppError('CONFLICT', `${by.name} applied "${stored.name}" to Jira at ${at} (${appliedCounts(stored.applied)}): nothing was written again. Refresh the Dependencies tab to see the plan as it is now.`);
}

/** `listed` is the list the user confirmed, as `applyPlan` answered it. */
export async function applyScenario(ports: ScenarioPorts, input: { projectKey: string; id: string; version: number; asOf: string; listed: readonly ListedChange[] }): Promise<ApplyResult> {
  const plan = await planned(ports, input);
  const already = refusedAlready(plan.stored);
  if (already) throw already;
  if (plan.stored.version !== input.version) {
    throw new AppError('CONFLICT', `${plan.stored.updatedBy.name} changed "${plan.stored.name}" at ${plan.stored.updatedAt}, after the list of changes was shown: nothing was written. Review the new list, then apply again.`);
  }
  const writes = new Set(plan.changes.map(({ change }) => (change.kind === 'addLink' || change.kind === 'removeLink' ? `link:${change.kind === 'addLink' ? change.scenarioLinkId : change.linkId}` : change.key))).size;
  if (writes > MAX_APPLY_WRITES) {
    throw new AppError('TOO_LARGE', `This scenario makes ${writes} writes to Jira; Keel makes at most ${MAX_APPLY_WRITES} at once (Forge's request limit): nothing was written. Split it into smaller scenarios.`);
  }
  const me = await fetchMyself(ports.viewerJira);
  const claim = await claimApplyLease(ports, input.projectKey, input.id, { holder: me, since: ports.now() });
  if (!claim.taken) {
    throw new AppError('CONFLICT', `${claim.holder?.holder.name ?? 'Someone'} is applying "${plan.stored.name}" to Jira right now${claim.holder ? ` (since ${claim.holder.since})` : ''}: nothing was written. Wait for their results, then open the scenario again.`);
  }
  try {
    // Read again under the lease: the other apply may have finished between the first read and the claim.
    const again = await loadScenario(ports.store, input.projectKey, input.id);
    const late = again && refusedAlready(again);
    if (late) throw late;
    // The apply is this scenario's next version: a save or another apply from the same version is refused from here on.
    await claimNextVersion(ports, input.projectKey, plan.stored, { by: me, at: ports.now(), action: 'applied' });
    const results = await writeChanges(ports, plan, input.listed);
    // A change already so in Jira is neither done now nor refused: an apply with none refused ends the scenario's applies.
    const stored: StoredScenario = { ...plan.stored, version: plan.stored.version + 1, applied: { at: ports.now(), by: me, ...outcomeCounts(results) } };
    await saveScenario(ports.store, input.projectKey, stored);
    return { scenario: summaryOf(stored, stored.edits.length), results };
  } finally {
    await releaseApplyLease(ports.store, input.projectKey, input.id);
  }
}

async function writeChanges(ports: ScenarioPorts, plan: Planned, listed: readonly ListedChange[]): Promise<ApplyResult['results']> {
  // The scenario's own issues (a link's outward one too, to see whether Jira already holds it), and a listed one
  // only when the scenario edits it (a listed key is never put into JQL otherwise).
  const own = new Set([...plan.editedKeys, ...plan.changes.map((c) => writtenTo(c.change))]);
  const readKeys = [...new Set([...plan.changes.map((c) => c.change), ...listed.map((l) => l.change)].map(writtenTo).filter((k) => own.has(k)))];
  const now = await issuesNow(ports, readKeys, plan.settings);
  const verdicts = listedVerdicts(listed, plan.changes.map((c) => c.change), now, new Set(readKeys), plan.edited);
  // Results are kept per listed entry, not per id: a list that repeats an id still gets one line per entry.
  type Entry = { change: JiraChange; planned: PlannedChange; reason: string | null; already: boolean };
  const results = new Map<Entry, ApplyResult['results'][number]>();
  const attempt = async (entries: readonly Entry[], write: () => Promise<void>) => {
    let message: string | null = null;
    try {
      await write();
    } catch (error) {
      // A refusal (no permission, a field not on the screen, an issue gone) is reported; anything else is a fault.
      if (!(error instanceof AppError)) throw error;
      message = error.message;
    }
    for (const e of entries) results.set(e, { ...e.planned, outcome: message === null ? 'done' : 'refused', message });
  };
  const toWrite: Entry[] = verdicts.map((v) => ({ change: v.change, planned: plannedOf(v.id, v.change), reason: v.reason, already: v.already }));
  const byIssue = new Map<string, Entry[]>();
  for (const e of toWrite) {
    if (e.already) results.set(e, { ...e.planned, outcome: 'already', message: null });
    else if (e.reason !== null) results.set(e, { ...e.planned, outcome: 'refused', message: e.reason });
    else if (!isLink(e.change)) byIssue.set(e.planned.key, [...(byIssue.get(e.planned.key) ?? []), e]);
  }
  for (const [key, entries] of byIssue) {
    const fields = issueFields(entries.map((e) => e.change), plan.settings);
    if (typeof fields === 'string') for (const e of entries) results.set(e, { ...e.planned, outcome: 'refused', message: fields });
    else await attempt(entries, () => editIssueFields(ports.viewerJira, key, fields));
  }
  for (const e of toWrite) {
    const { change } = e;
    if (e.reason !== null || e.already) continue;
    if (change.kind === 'addLink') await attempt([e], () => createIssueLink(ports.viewerJira, change));
    else if (change.kind === 'removeLink') await attempt([e], () => deleteIssueLink(ports.viewerJira, change.linkId));
  }
  return toWrite.map((e) => results.get(e) ?? { ...e.planned, outcome: 'refused', message: 'Not attempted.' });
}

/** The issues about to be edited, as Jira answers them to the user now: one search per 100 keys. */
async function issuesNow(ports: ScenarioPorts, keys: readonly string[], settings: Settings): Promise<Map<string, WorkItem>> {
  if (keys.length === 0) return new Map();
  const fields = fieldsToRequest(settings);
  const { found } = await searchByKeys(keys, async (jql, count) => (await searchIssues(ports.viewerJira, { jql, fields, maxIssues: count })).issues);
  return new Map(found.map((issue) => [issue.key, workItemFromIssue(issue, settings)]));
}

/** One issue's field changes as Jira's edit body; a message when a field cannot be written (no story points field mapped). */
function issueFields(changes: readonly JiraChange[], settings: Settings): Record<string, unknown> | string {
  const fields: Record<string, unknown> = {};
  const timetracking: Record<string, string> = {};
  for (const change of changes) {
    switch (change.kind) {
      case 'originalEstimate':
        timetracking.originalEstimate = `${Math.round(change.toSeconds / 60)}m`;
        break;
      case 'remainingEstimate':
        timetracking.remainingEstimate = `${Math.round(change.toSeconds / 60)}m`;
        break;
      case 'storyPoints':
        if (settings.fields.storyPoints === null) return 'No story points field is mapped in the settings: set it, then apply again.';
        fields[settings.fields.storyPoints] = change.to;
        break;
      case 'dueDate':
        fields[settings.fields.dueDate] = change.to;
        break;
      case 'assignee':
        fields.assignee = change.to === null ? null : { accountId: change.to.accountId };
        break;
      default:
        break;
    }
  }
  if (Object.keys(timetracking).length > 0) fields.timetracking = timetracking;
  return fields;
}
