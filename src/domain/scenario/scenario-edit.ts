/**
 * A what-if scenario is a list of edits on a copy of the plan (issue #17): an activity's duration, a link's lag,
 * a dependency added or removed, an assignee, a target (due) date. Nothing here touches Jira; "Apply to Jira"
 * turns the applicable edits into changes (jira-changes.ts) only when the user asks.
 */

export type ScenarioEdit =
  /** The working days the schedule gives the activity (for work under way: the work left). */
  | { kind: 'duration'; key: string; days: number }
  /** The link's lag in working days (its ends as the editor saw them, to name it and to tell who may see it), replacing its link type's (negative: a lead). Kept in Keel: Jira has no lag per link. */
  | { kind: 'lag'; linkId: string; days: number; fromKey: string; toKey: string }
  /** A new link of `linkType` (one mapped to a dependency) making `fromKey` the predecessor of `toKey`. */
  | { kind: 'addDependency'; fromKey: string; toKey: string; linkType: string }
  | { kind: 'removeDependency'; linkId: string; fromKey: string; toKey: string }
  /** null: unassigned. */
  | { kind: 'assignee'; key: string; accountId: string | null; name: string | null }
  /** The due date (YYYY-MM-DD); null clears it. */
  | { kind: 'target'; key: string; date: string | null };

/** The id a dependency added by the edit at `index` carries in the scenario (no Jira link has it until applied). */
export const addedLinkId = (index: number): string => `scenario-${index + 1}`;

const days = (n: number): string => `${Math.round(n * 100) / 100} working day${n === 1 ? '' : 's'}`;

/** One line naming an edit, as the user wrote it. Example: { kind: 'duration', key: 'PAY-4', days: 5 } -> "PAY-4: duration 5 working days". */
export function describeEdit(edit: ScenarioEdit): string {
  switch (edit.kind) {
    case 'duration':
      return `${edit.key}: duration ${days(edit.days)}`;
    case 'lag':
      return `${edit.fromKey} before ${edit.toKey}: lag ${days(edit.days)}`;
    case 'addDependency':
      return `${edit.fromKey} before ${edit.toKey} (new "${edit.linkType}" link)`;
    case 'removeDependency':
      return `${edit.fromKey} before ${edit.toKey}: link removed`;
    case 'assignee':
      return `${edit.key}: assigned to ${edit.name ?? edit.accountId ?? 'nobody'}`;
    case 'target':
      return `${edit.key}: target ${edit.date ?? 'cleared'}`;
  }
}

/** The issue keys an edit names: the issue, or the ends of the link (as they were when the edit was made). */
export function editedKeys(edit: ScenarioEdit): string[] {
  return 'key' in edit ? [edit.key] : [edit.fromKey, edit.toKey];
}
