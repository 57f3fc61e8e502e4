/**
 * What "Apply to Jira" would change: the difference between the live plan and the scenario's edited copy,
 * field by field and link by link, so the list is exactly what would be written (an edit undone by a later one
 * writes nothing; a dependency added and removed again writes nothing). Lags are Keel's alone (Jira has no lag
 * per link): they are listed as not written. O(items + links).
 */
import type { DurationSettings } from '../schedule/item-duration';
import type { WorkItem } from '../work-item';
import { uniqueLinks } from '../unique-links';
import type { EditedPlan, ScenarioPlan } from './edited-plan';
import type { ScenarioEdit } from './scenario-edit';

export type JiraChange =
  | { kind: 'originalEstimate' | 'remainingEstimate'; key: string; fromSeconds: number | null; toSeconds: number }
  | { kind: 'storyPoints'; key: string; from: number | null; to: number }
  | { kind: 'dueDate'; key: string; from: string | null; to: string | null }
  | { kind: 'assignee'; key: string; from: { accountId: string; name: string } | null; to: { accountId: string; name: string } | null }
  /** `outwardKey` is the subject of the link type's outward words ("PAY-1 blocks PAY-2"). */
  | { kind: 'addLink'; scenarioLinkId: string; linkType: string; outwardKey: string; inwardKey: string }
  | { kind: 'removeLink'; linkId: string; linkType: string; outwardKey: string; inwardKey: string };

export interface KeelOnlyChange {
  editIndex: number;
  reason: string;
}

const person = (item: WorkItem) => (item.assigneeId === null ? null : { accountId: item.assigneeId, name: item.assigneeName ?? item.assigneeId });

export function jiraChanges(live: ScenarioPlan, edited: EditedPlan, edits: readonly ScenarioEdit[], duration: DurationSettings): { changes: JiraChange[]; keelOnly: KeelOnlyChange[] } {
  const before = new Map([...live.outside, ...live.items].map((i) => [i.key, i]));
  const changes: JiraChange[] = [];
  for (const after of [...edited.items, ...edited.outside]) {
    const was = before.get(after.key);
    if (!was) continue;
    const key = after.key;
    if (duration.source === 'originalEstimate' && after.originalEstimateSeconds !== was.originalEstimateSeconds && after.originalEstimateSeconds !== null) {
      changes.push({ kind: 'originalEstimate', key, fromSeconds: was.originalEstimateSeconds, toSeconds: after.originalEstimateSeconds });
    }
    if (after.remainingEstimateSeconds !== was.remainingEstimateSeconds && typeof after.remainingEstimateSeconds === 'number') {
      changes.push({ kind: 'remainingEstimate', key, fromSeconds: was.remainingEstimateSeconds ?? null, toSeconds: after.remainingEstimateSeconds });
    }
    if (after.storyPoints !== was.storyPoints && after.storyPoints !== null) changes.push({ kind: 'storyPoints', key, from: was.storyPoints, to: after.storyPoints });
    if (after.dueDate !== was.dueDate) changes.push({ kind: 'dueDate', key, from: was.dueDate, to: after.dueDate });
    if (after.assigneeId !== was.assigneeId) changes.push({ kind: 'assignee', key, from: person(was), to: person(after) });
  }
  const liveLinks = new Map(uniqueLinks([...live.items, ...live.outside]).map((l) => [l.id, l]));
  const editedLinks = new Map(uniqueLinks([...edited.items, ...edited.outside]).map((l) => [l.id, l]));
  for (const [id, l] of editedLinks) {
    if (!liveLinks.has(id)) changes.push({ kind: 'addLink', scenarioLinkId: id, linkType: l.linkType, outwardKey: l.outwardKey, inwardKey: l.inwardKey });
  }
  for (const [id, l] of liveLinks) {
    if (!editedLinks.has(id)) changes.push({ kind: 'removeLink', linkId: id, linkType: l.linkType, outwardKey: l.outwardKey, inwardKey: l.inwardKey });
  }
  const keelOnly = edited.applied
    .filter((i) => edits[i]?.kind === 'lag')
    .map((editIndex) => ({ editIndex, reason: 'Jira has no lag per link: the lag stays in this scenario (set a lag per link type in the settings).' }));
  return { changes, keelOnly };
}
